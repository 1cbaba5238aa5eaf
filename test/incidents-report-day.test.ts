/**
 * A page with no publication date and no year that says when its story was told ("Про це 25 травня
 * повідомив міський голова"): that day stands for the missing publication date, so the attack the
 * lead dates only as "last night" (or by nothing) gets the day and month of the report, and a
 * relative day ("вчора") counts back from it (extractors/_damage-details.ts findMonthDay, reportDay).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent, Lang } from '../types.js';

const monthDay = (lang: Lang, text: string, published: string | null = null) => {
  const e = analyze({ text, lang, published }).events.find((x): x is DamageEvent => x.type === 'damage');
  if (!e) throw new Error(`no damage event in: ${text}`);
  return { monthDay: e.monthDay ?? null, date: e.date };
};

// [lang, text, expected monthDay]
const CASES: [Lang, string, string | null][] = [
  // The report's day, the attack "last night" (no date of its own), told in a paragraph of its own as news sites do.
  ['uk', 'Російські окупанти минулої ночі вдарили по Харкову. Про це 25 травня в Telegram повідомив міський голова.\n\nУнаслідок прильоту частково зруйновано ліцей.', '05-25'],
  ['ru', 'Российские военные ночью нанесли удар по Харькову. Об этом 25 мая сообщил городской голова.\n\nВ результате прилета частично разрушено здание лицея.', '05-25'],
  ['pl', 'Poinformował o tym 25 maja mer Charkowa.\n\nW wyniku nocnego ataku rakietowego zniszczone zostało liceum.', '05-25'],
  ['bg', 'Руските войски нанесоха ракетен удар по Харков през нощта. Това съобщи на 25 май кметът на града.\n\nПри удара е разрушен лицеят.', '05-25'],
  ['en', 'The news was reported by the mayor of Kharkiv on May 25.\n\nA lyceum was partially destroyed in an overnight missile strike on the city.', '05-25'],
  // A relative day in the attack's sentence counts back from the report's day.
  ['uk', 'Про це 25 травня повідомив міський голова.\n\nВчора внаслідок ракетного удару частково зруйновано ліцей у Харкові.', '05-24'],
  ['ru', 'Об этом 1 марта сообщил городской голова.\n\nВчера в результате ракетного удара частично разрушено здание лицея в Харькове.', '02-29'],
  // No reporting verb: a day alone outside the attack's sentences tells nothing.
  ['uk', 'Російські окупанти минулої ночі вдарили по Харкову. Фото 25 травня.\n\nУнаслідок прильоту частково зруйновано ліцей.', null],
  // Two days in the reporting sentence: which one is the report's is not told.
  ['ru', 'Об этом 24 мая и 25 мая сообщил городской голова.\n\nВ результате прилета частично разрушено здание лицея в Харькове.', null],
];

describe('the day a report was told stands for a missing publication date', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    const got = monthDay(lang, text);
    expect(got.date).toBeNull();
    expect(got.monthDay).toBe(expected);
  });

  it('a publication date gives the attack its date and no day and month', () => {
    const got = monthDay('uk', CASES[0][1], '2024-05-25');
    expect(got.date).toBe('2024-05-25');
    expect(got.monthDay).toBeNull();
  });
});
