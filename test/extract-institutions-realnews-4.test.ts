/**
 * Institution classes of round 4 on real news (extractors 1.5.0) that decide whether a damaged
 * institution is linked by name: number words ("numer 2", "номер 5"), the compound head "дитсадок",
 * and a capitalised common adjective after an opening quote ("“Останній садочок, …"). Sentences are
 * written for these tests in the style of real reports; each class has negatives.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { Lang } from '../types.js';

const names = (text: string, lang: Lang): string[] => {
  const doc = analyze({ text, published: '2024-05-10' });
  expect(doc.lang).toBe(lang);
  return doc.institutions.map((t) => t.name);
};

describe('a number word before the number is a number sign', () => {
  it.each([
    ['pl', 'W nocy spłonęło gimnazjum numer 2 w Gdańsku, strażacy gasili pożar do rana.', 'Gimnazjum numer 2 w Gdańsku'],
    ['pl', 'Uczniowie szkoły podstawowej numer 12 w Lublinie wrócili do klas po remoncie.', 'Szkoła podstawowa numer 12 w Lublinie'],
    ['ru', 'Снаряд попал в здание школы номер 5 в Донецке, в классах выбиты окна.', 'Школа номер 5'],
    ['uk', 'Уламки ракети пошкодили будівлю школи номер 5 у Харкові, вибито вікна.', 'Школа номер 5'],
    ['bg', 'Пожар избухна в училище номер 3 в Пловдив, учениците бяха евакуирани.', 'Училище номер 3'],
  ] as const)('%s: %s', (lang, text, name) => {
    expect(names(text, lang).map((n) => n.toLowerCase())).toContain(name.toLowerCase());
  });

  it.each([
    ['ru', 'Позвоните по номеру 112, если видите дым над школой.'],
    ['pl', 'Zadzwoń pod numer 112, gdy zobaczysz dym nad szkołą.'],
  ] as const)('%s: a phone number is no school number: %s', (lang, text) => {
    expect(names(text, lang).filter((n) => /\d/.test(n))).toEqual([]);
  });
});

describe('"дитсадок" and "садочок" are kindergarten heads like "садок"', () => {
  it.each([
    ['Російська ракета вщент знищила дитсадок "Мир" у Торецьку.', 'Дитсадок «Мир»'],
    ['Уламки дрона пошкодили дах дитсадка «Казка» у Харкові.', 'Дитсадок «Казка»'],
    ['У садочку «Веселка» в Одесі вибито вікна.', 'Садочок «Веселка»'],
  ] as const)('%s', (text, name) => {
    expect(names(text, 'uk')).toContain(name);
  });

  it('a bare "дитсадок" in lower case names no institution', () => {
    expect(names('Ракета влучила в дитсадок у Торецьку, будівлю зруйновано.', 'uk')).toEqual([]);
  });
});

describe('a capitalised common adjective after an opening quote is no name', () => {
  it.each([
    ['uk', '“Останній садочок, який нам зруйнували окупанти, стояв у центрі міста”, — сказала вона.'],
    ['ru', '«Последний детский сад, который разрушили, стоял в центре», — сказала она.'],
    ['pl', '„Ostatnia szkoła, którą zniszczyli, stała w centrum” – powiedziała.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(names(text, lang)).toEqual([]);
  });

  it.each([
    ['uk', '«Школа № 5 постраждала від удару», — сказав він.', 'Школа № 5'],
    ['ru', '«Гимназия № 3 пострадала от удара», — сказал он.', 'Гимназия № 3'],
  ] as const)('%s: a name opening a quote stays a name: %s', (lang, text, name) => {
    expect(names(text, lang)).toContain(name);
  });
});

describe('a head word, "named", then a quoted name: the quote names an institution of the head\'s kind', () => {
  it.each([
    ['pl', 'Pocisk trafił w przedszkole o nazwie „Słoneczko” w Ochtyrce.', 'Słoneczko', 'kindergarten'],
    ['uk', 'Ракета знищила дитячий садок під назвою «Мир» у Торецьку.', 'Мир', 'kindergarten'],
    ['ru', 'Снаряд попал в детский сад под названием «Ромашка» в Горловке.', 'Ромашка', 'kindergarten'],
    ['bg', 'Снаряд удари детска градина с име „Слънце“ в Харков.', 'Слънце', 'kindergarten'],
    ['en', 'A missile hit a school called “Hope” in Kharkiv.', 'Hope', 'school'],
  ] as const)('%s: %s', (lang, text, name, kind) => {
    const doc = analyze({ text, published: '2024-05-10' });
    expect(doc.lang).toBe(lang);
    const hit = doc.institutions.find((t) => t.name.replace(/[„“”«»"]/gu, '') === name);
    expect(hit?.kind, JSON.stringify(doc.institutions.map((t) => [t.name, t.kind]))).toBe(kind);
  });

  it.each([
    ['uk', 'У кінотеатрі показали фільм під назвою «Мир» про війну.'],
    ['pl', 'W kinie pokazano film o nazwie „Pokój” o wojnie.'],
  ] as const)('%s: a film called so is no institution: %s', (lang, text) => {
    expect(names(text, lang)).toEqual([]);
  });
});
