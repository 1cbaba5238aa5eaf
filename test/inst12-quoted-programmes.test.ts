/**
 * A quoted name introduced as an edition or "under the name" is a programme or event, not an
 * institution, even when it reads like one: "kolejna edycja „Wileńskiej Akademii
 * Przedsiębiorczości”", "szkolenie pn. „Wileńska Akademia Biznesu”" (real case pl/1248),
 * "проект под названием «Школа лидеров»"; a quoted school after its type word stays.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ lang: Lang; text: string; not: string; kept: string }> = [
  { lang: 'pl', text: 'To już kolejna edycja „Wileńskiej Akademii Przedsiębiorczości”, którą organizuje Uniwersytet Warszawski.', not: 'Akademi', kept: 'Uniwersytet Warszawski' },
  { lang: 'pl', text: 'W tym roku było szkolenie, pn. „Wileńska Akademia Biznesu”, dla studentów Politechniki Gdańskiej.', not: 'Akademia Biznesu', kept: 'Politechnika Gdańska' },
  { lang: 'ru', text: 'Стартовал проект под названием «Школа лидеров» для студентов Томского государственного университета.', not: 'Школа лидеров', kept: 'Томский государственный университет' },
  { lang: 'uk', text: 'Розпочався проєкт під назвою «Школа успіху» для учнів Ліцею № 7.', not: 'Школа успіху', kept: 'Ліцей № 7' },
  { lang: 'en', text: 'The second edition "Academy of Ideas" was hosted by the University of Leeds.', not: 'Academy of Ideas', kept: 'University of Leeds' },
];

describe('a quote introduced as an edition or by its name is a programme', () => {
  it.each(ROWS)('$lang: $not', ({ lang, text, not, kept }) => {
    const names = analyze({ text, htmlLang: lang }).institutions.map((t) => t.name);
    expect(names.filter((n) => n.includes(not)), names.join(' | ')).toEqual([]);
    expect(names.some((n) => n.includes(kept)), names.join(' | ')).toBe(true);
  });
  it('pl: a quoted lyceum after its type word is still an institution', () => {
    const names = analyze({ text: 'Uczniowie liceum „Szkoła Marzeń” wygrali konkurs.', htmlLang: 'pl' }).institutions.map((t) => t.name);
    expect(names).toEqual(['Liceum „Szkoła Marzeń”']);
  });
});
