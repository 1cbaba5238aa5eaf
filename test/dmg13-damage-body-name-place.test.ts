/**
 * Round 13 (dmg13), class "one incident split in two" (places): a settlement written inside the name of a body
 * that is not an education institution ("Źródło: Michał Hebda - Burmistrz Miasta i Gminy Niepołomice", "Donetsk
 * Regional Military Administration Head") is that body's name, not a place the story moved to: it neither
 * starts a new scene between two mentions of the damaged institution nor gives a mention a place of its own
 * (_damage-details.ts insideBodyName). Rows are copied from the pages named beside them (dev items marked).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.quote.slice(0, 40)]));
const dev = (file: string) => readFileSync(new URL(`./realnews/dev/${file}`, import.meta.url), 'utf8');

describe('a place inside a body\'s name does not split an incident', () => {
  it.each([
    // tvn24.pl, Zabierzów Bocheński (dev pl/1020): photo credits name the mayor of the gmina between the mentions
    ['pl', dev('pl/1020-zabierzow-bochenski-kindergarten-fire-tvn24.txt'), 'kindergarten'],
  ] as const)('%s: one incident', (_l, text, kind) => {
    const es = incidents(text);
    expect(es.map((e) => e.institutionKind), show(es)).toEqual([kind]);
  });
});
