/**
 * A quoted name introduced as an edition is a programme or event, not an institution, even when
 * it reads like one: "kolejna edycja „Wileńskiej Akademii Przedsiębiorczości”" (real case
 * pl/1248); "pn." (pod nazwą) and a comma before it are read past, so the word before them decides
 * ("szkolenie, pn. „Wileńska Akademia Biznesu”" is a training); a kindergarten "под названием
 * «Ромашка»" or "o nazwie „Słoneczko”" stays an institution.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ lang: Lang; text: string; not: string; kept: string }> = [
  { lang: 'pl', text: 'To już kolejna edycja „Wileńskiej Akademii Przedsiębiorczości”, którą organizuje Uniwersytet Warszawski.', not: 'Akademi', kept: 'Uniwersytet Warszawski' },
  { lang: 'pl', text: 'W tym roku było szkolenie, pn. „Wileńska Akademia Biznesu”, dla studentów Politechniki Gdańskiej.', not: 'Akademia Biznesu', kept: 'Politechnika Gdańska' },
  { lang: 'en', text: 'The second edition "Academy of Ideas" was hosted by the University of Leeds.', not: 'Academy of Ideas', kept: 'University of Leeds' },
];

describe('a quote introduced as an edition or by its name is a programme', () => {
  it.each(ROWS)('$lang: $not', ({ lang, text, not, kept }) => {
    const names = analyze({ text, htmlLang: lang }).institutions.map((t) => t.name);
    expect(names.filter((n) => n.includes(not)), names.join(' | ')).toEqual([]);
    expect(names.some((n) => n.includes(kept)), names.join(' | ')).toBe(true);
  });
  it.each([
    ['ru', 'Снаряд попал в детский сад под названием «Ромашка» в Горловке.', '«Ромашка»'],
    ['uk', 'Ракета знищила дитячий садок під назвою «Мир» у Торецьку.', '«Мир»'],
    ['pl', 'Pocisk trafił w przedszkole o nazwie „Słoneczko” w Ochtyrce.', '„Słoneczko”'],
  ] as Array<[Lang, string, string]>)('%s: a kindergarten named "under the name" stays', (lang, text, name) => {
    expect(analyze({ text, htmlLang: lang }).institutions.map((t) => t.name)).toContain(name);
  });
  it('ru: "выпускники «Лицея № 131»" is the lyceum, not a programme', () => {
    const mentions = analyze({ text: 'Выпускники «Лицея № 131» ежегодно поступают в вузы.', htmlLang: 'ru' }).institutions.flatMap((t) => t.mentions.map((m) => m.text));
    expect(mentions).toContain('«Лицея № 131»');
  });
  it('pl: a quoted lyceum after its type word is still an institution', () => {
    const names = analyze({ text: 'Uczniowie liceum „Szkoła Marzeń” wygrali konkurs.', htmlLang: 'pl' }).institutions.map((t) => t.name);
    expect(names).toEqual(['Liceum „Szkoła Marzeń”']);
  });
});
