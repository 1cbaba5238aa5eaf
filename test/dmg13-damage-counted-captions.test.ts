/**
 * Round 13 (dmg13), class "how many events a document has": an attack that damaged a few unnamed
 * institutions is counted in the body ("в трьох школах міста вибито загалом понад 90 вікон") and shown one by
 * one in photo captions ("Пошкоджена школа в Одесі"). The singular caption is one of the counted, not a sign
 * that the text tells them one by one: the plural noun's own count gives the incidents (damage.ts, the
 * copies of an unnamed incident). A count standing before another noun ("Two rockets hit a school") still
 * counts nothing. Rows are copied from the pages named beside them (dev items marked).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement]));

/** The opening of a dev item, up to and including the paragraph that holds `until`. */
function devOpening(file: string, until: string): string {
  const text = readFileSync(new URL(`./realnews/dev/${file}`, import.meta.url), 'utf8');
  const at = text.indexOf(until);
  if (at < 0) throw new Error(`${file}: "${until}" not found; fix the test's quote`);
  const end = text.indexOf('\n', at + until.length);
  return end < 0 ? text : text.slice(0, end);
}

describe('a counted plural beside singular captions gives one incident per institution counted', () => {
  it.each([
    // glavnoe, Odesa (dev uk/1036): headline plural, two photo captions, the body's count of three
    ['uk', devOpening('uk/1036-odesa-three-schools-90-windows-glavnoe.txt', 'в трьох школах міста вибито'), 'school', 3],
    // uic.direct/2025/05/21/rosiiany-atakuvaly-dva-doshkilni-zaklady-u-khersoni.html
    ['uk', 'Росіяни атакували два дошкільні заклади у Херсоні\n\nРосійська армія атакувала два заклади дошкільної освіти у Дніпровському районі Херсона. У приміщеннях вибиті вікна.\n\nПро це інформує Херсонська МВА.\n\nВ одному закладі – внаслідок чергової атаки ворожого безпілотника вночі – пошкоджено дах і вікна. В іншому – внаслідок денного артобстрілу – вікна, двері, цоколь і доріжка.', 'kindergarten', 2],
  ] as const)('%s: %s', (_l, text, kind, n) => {
    const es = incidents(text).filter((e) => e.institutionKind === kind);
    expect(es.length, show(incidents(text))).toBe(n);
  });
});
