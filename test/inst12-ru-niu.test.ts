/**
 * ru: "НИУ" (национальный исследовательский университет) is a university's status written
 * before its name or abbreviation, like a legal form: it belongs to the mention ("НИУ ВШЭ", real
 * case ru/1207 where the extractor found only "ВШЭ"), and the key drops it, so "НИУ ВШЭ" and
 * "Высшая школа экономики" stay one institution.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ text: string; mentions: string[] }> = [
  { text: 'Первое место впервые заняла Высшая школа экономики. В прошлом году НИУ ВШЭ занимал лишь 8-е место.', mentions: ['Высшая школа экономики', 'НИУ ВШЭ'] },
  { text: 'Студенты НИУ «Высшая школа экономики» победили в конкурсе.', mentions: ['НИУ «Высшая школа экономики»'] },
];

describe('ru: НИУ before a university\'s name belongs to it', () => {
  it('a registry university written with НИУ keeps its canonical name', () => {
    const tags = analyze({ text: 'Студенты НИУ МЭИ победили в конкурсе.', htmlLang: 'ru' }).institutions;
    expect(tags.map((t) => [t.name, t.mentions.map((m) => m.text)])).toEqual([['Национальный исследовательский университет «МЭИ»', ['НИУ МЭИ']]]);
  });
  it.each(ROWS)('$text', ({ text, mentions }) => {
    const tags = analyze({ text, htmlLang: 'ru' }).institutions;
    expect(tags).toHaveLength(1);
    expect(tags[0].mentions.map((m) => m.text)).toEqual(mentions);
  });
});
