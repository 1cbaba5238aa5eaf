/**
 * A sentence about the previous attack ("попередній обстріл Житомира стався 1 березня", "предыдущий
 * обстрел", "poprzedni ostrzał", "предишният обстрел", "the previous shelling") tells of an earlier
 * attack: its date is not the date of the attack the report is about, even though it says the town
 * was shelled (extractors/_damage-details.ts dateOfAttack, previousAttack). A recap alone ("Як
 * повідомлялося, ...") may retell the very attack and still dates it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent, Lang } from '../types.js';

const damage = (lang: Lang, text: string, published: string | null) => {
  const e = analyze({ text, lang, published }).events.find((x): x is DamageEvent => x.type === 'damage');
  if (!e) throw new Error(`no damage event in: ${text}`);
  return e;
};

// [lang, text]: the strike in the lead with no date, the recap of an earlier shelling dated 1 March.
const CASES: [Lang, string][] = [
  ['uk', 'Російська ракета влучила в школу №25 у Житомирі. Половина будівлі школи зруйнована.\n\nНагадаємо, попередній обстріл Житомира стався ввечері 1 березня.'],
  ['ru', 'Российская ракета попала в школу №25 в Житомире. Половина здания школы разрушена.\n\nНапомним, предыдущий обстрел Житомира произошел вечером 1 марта.'],
  ['pl', 'Rosyjska rakieta trafiła w szkołę nr 25 w Żytomierzu. Połowa budynku szkoły jest zniszczona.\n\nPrzypomnijmy, poprzedni ostrzał Żytomierza miał miejsce wieczorem 1 marca.'],
  ['bg', 'Руска ракета удари училище №25 в Житомир. Половината от сградата на училището е разрушена.\n\nПрипомняме, предишният обстрел на Житомир беше вечерта на 1 март.'],
  ['en', 'A Russian missile hit School No. 25 in Zhytomyr. Half of the school building was destroyed.\n\nRecall that the previous shelling of Zhytomyr took place on the evening of March 1.'],
];

describe('a sentence about the previous attack dates no attack of the report', () => {
  it.each(CASES)('%s: an undated page gives no day and month', (lang, text) => {
    const e = damage(lang, text, null);
    expect(e.date).toBeNull();
    expect(e.monthDay ?? null).toBeNull();
  });
  it.each(CASES)('%s: a dated page dates the strike by its publication day', (lang, text) => {
    const e = damage(lang, text, '2022-03-04');
    expect([e.date, e.dateBasis]).toEqual(['2022-03-04', 'published']);
  });
  it.each<[Lang, string, string]>([
    ['uk', 'Нагадаємо, попередній обстріл', 'Як повідомлялося, обстріл'],
    ['uk', 'Нагадаємо, попередній обстріл Житомира стався', 'Як повідомлялося, обстріл Житомира, попередньо без жертв, стався'],
    ['ru', 'Напомним, предыдущий обстрел', 'Как сообщалось, обстрел'],
    ['en', 'Recall that the previous shelling', 'As reported earlier, the shelling'],
  ])('%s: a recap of the same shelling ("%s" -> "%s") dates the strike', (lang, from, to) => {
    const text = CASES.find(([l]) => l === lang)![1].replace(from, to);
    expect(text).not.toBe(CASES.find(([l]) => l === lang)![1]);
    expect(damage(lang, text, '2022-03-04').date).toBe('2022-03-01');
  });
});
