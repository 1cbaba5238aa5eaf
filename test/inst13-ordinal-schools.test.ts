/**
 * Schools numbered by an ordinal in digits before the head (round 13, class: schools and lyceums
 * missed on the holdout): "56-й школы", "56-ї школи", "3-му ліцеї". The ordinal names the school (its
 * ending agrees with the head in the name: "56-я школа"), takes no lower-case complement ("В 56-й школе
 * выбиты окна"), and is one institution with the school the text numbers with a sign ("середня школа
 * №56" … "56-ї школи"). Rows are phrasings of real pages (unian.net, unian.ua: the same story in ru and uk).
 */
import { describe, expect, it } from 'vitest';
import { extractInstitutions } from '../extractors/institutions.js';
import type { Lang } from '../types.js';

const ROWS: Array<{ lang: Lang; text: string; names: string[] }> = [
  { lang: 'ru', text: 'Учебный год для учеников 56-й школы начался только 16 сентября, и за две недели школа уже дважды подвергалась обстрелам.', names: ['56-я школа'] },
  { lang: 'ru', text: 'В 56-й школе выбиты окна.', names: ['56-я школа'] },
  { lang: 'uk', text: 'Сьогодні, 2 жовтня, в місті Щастя була обстріляна середня школа №56. Навчальний рік для учнів 56-ї школи розпочався тільки 16 вересня.', names: ['Середня школа №56'] },
  { lang: 'uk', text: 'Снаряд влучив у 3-й ліцей.', names: ['3-й ліцей'] },
  // an ordinal that counts is no school's number (the same row as test/dmg13-damage-written-names.test.ts)
  { lang: 'uk', text: 'Це вже 274-а школа в області, обстріляна росіянами з початку повномасштабного вторгнення, і 29-а, знищена вщент.', names: [] },
  // an ordinal before a class or a year is no school
  { lang: 'ru', text: 'Другая — в кабинет географии, где занимался 5-Б класс.', names: [] },
  { lang: 'uk', text: 'У 5-му класі ліцею навчаються 30 учнів.', names: [] },
];

describe('schools numbered by an ordinal in digits', () => {
  it.each(ROWS)('$lang: $text', ({ lang, text, names }) => {
    const got = extractInstitutions(text, { lang }).map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
  it('the ordinal form is a mention of the numbered school', () => {
    const [t] = extractInstitutions('Сьогодні в місті Щастя була обстріляна середня школа №56. Навчальний рік для учнів 56-ї школи розпочався 16 вересня.', { lang: 'uk' });
    // The type word before a numbered school is part of its name (test/institutions-numbered.test.ts).
    expect(t.mentions.map((m) => m.text)).toEqual(['середня школа №56', '56-ї школи']);
  });
});
