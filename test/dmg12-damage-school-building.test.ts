/**
 * Round 12 (dmg12): the school told by its building and an adjective, in any case form: "do pożaru w
 * budynku szkolnym", "dach szkolnego budynku", "obiekt szkolny", "училищната сграда", "школьное помещение".
 * Before, only some forms were education nouns (pl "budynek szkolny", bg "сградата на училището"), so a fire or
 * a strike on "budynku szkolnym" was no damage event. Texts with a URL are copied from that page (dev items,
 * none from the holdout); the others are minimal texts of the same construction, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.cause, e.quote.slice(0, 50)]));

describe('a school building told with the school adjective is the school', () => {
  it.each([
    // koscierzyna.naszemiasto.pl/ewakuacja-uczniow-zespolu-szkol-w-lipuszu-strazacy-walczyli/ar/c1-9587255 (dev pl/1129)
    ['pl', '- Zostaliśmy zadysponowani przez SKKP w Kościerzynie do pożaru w budynku szkolnym w miejscowości Lipusz - relacjonują strażacy OSP Łubiana.', /^Lipusz/u],
    // constructed
    ['pl', 'Ogień strawił dach szkolnego budynku w Zawadzie.', /^Zawad/u],
    ['pl', 'Pocisk uszkodził obiekt szkolny w Chersoniu.', /^Cherso/u],
    ['bg', 'Огънят унищожи училищната сграда в Ямбол.', /^Ямбол/u],
    ['ru', 'Пожар повредил школьное помещение в селе Салы.', /^Салы/u],
  ] as const)('%s: %s', (_l, text, place) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBe(1);
    expect(es[0].institutionKind, show(es)).toBe('school');
    expect(es[0].settlement ?? '', show(es)).toMatch(place);
  });

  it.each([
    // A building next to the school is not the school (constructed).
    ['pl', 'Pożar strawił budynek gospodarczy obok budynku szkolnego w Zawadzie.'],
    ['bg', 'Огънят унищожи склад до училищната сграда в Ямбол.'],
  ] as const)('%s: a building near the school stays negative: %s', (_l, text) => {
    const es = incidents(text);
    expect(es, show(es)).toEqual([]);
  });
});
