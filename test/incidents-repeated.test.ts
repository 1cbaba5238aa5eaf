/**
 * A report that tells the attack as one more on its target ("Рашисты повторно обстреляли нашу
 * Могилянку", DamageEvent.repeated) and gives no day does not join the one incident the store knows
 * of that target: it may be the earlier strike (store/incidents/_rules.ts matchUndated).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import { matchUndated, type Report } from '../store/incidents/index.js';
import type { DamageEvent, Lang } from '../types.js';
import { damageReport } from './fixtures/store/incidents.js';

const damage = (lang: Lang, text: string) => {
  const e = analyze({ text, lang, published: null }).events.find((x): x is DamageEvent => x.type === 'damage');
  if (!e) throw new Error(`no damage event in: ${text}`);
  return e;
};

// [lang, a sentence telling a strike on the university again, the same without "again"]
const CASES: [Lang, string, string][] = [
  ['uk', 'Росіяни знову вдарили ракетами по університету імені Петра Могили в Миколаєві, будівлю пошкоджено.', 'Росіяни вдарили ракетами по університету імені Петра Могили в Миколаєві, будівлю пошкоджено.'],
  ['ru', 'Рашисты повторно обстреляли ракетами университет имени Петра Могилы в Николаеве, здание повреждено.', 'Рашисты обстреляли ракетами университет имени Петра Могилы в Николаеве, здание повреждено.'],
  ['pl', 'Rosjanie ponownie ostrzelali rakietami uniwersytet w Mikołajowie, budynek został uszkodzony.', 'Rosjanie ostrzelali rakietami uniwersytet w Mikołajowie, budynek został uszkodzony.'],
  ['bg', 'Руснаците отново удариха с ракети университета в Николаев, сградата е повредена.', 'Руснаците удариха с ракети университета в Николаев, сградата е повредена.'],
  ['en', 'Russian missiles hit the university in Mykolaiv again, damaging its building.', 'Russian missiles hit the university in Mykolaiv, damaging its building.'],
];

describe('the extractor tells a repeated strike', () => {
  it.each(CASES)('%s', (lang, again, once) => {
    expect(damage(lang, again).repeated).toBe(true);
    expect(damage(lang, once).repeated).toBe(false);
  });
});

/** A dated report of the first strike, and an undated one of the university. */
const dated = (o: Partial<Report> = {}): Report =>
  damageReport({ date: '2022-08-17', day: '2022-08-17', published: '2022-08-17', institutionId: 3, institution: 'Університет імені Петра Могили', institutionKind: 'university', settlement: 'Миколаїв' }, o);
const undated = (o: Partial<Report> = {}): Report =>
  dated({ eventId: 9, documentId: 9, date: null, day: null, published: null, lang: 'ru', settlement: 'Николаев', owner: 'b.ua', url: 'https://b.ua/9', ...o });

describe('an undated report of a repeated strike (matchUndated)', () => {
  it.each<[string, Partial<Report>, string | null]>([
    ['the same university, told once: the one incident known', {}, 'undated-one-incident'],
    ['the same university, told as a repeated strike: maybe another one', { repeated: true }, null],
    ['a repeated strike with its day and month: the day decides', { repeated: true, monthDay: '08-17' }, 'undated-same-day'],
    ['a repeated strike on another day', { repeated: true, monthDay: '08-19' }, null],
  ])('%s', (_name, ou, rule) => expect(matchUndated(undated(ou), dated())?.rule ?? null).toBe(rule));
});
