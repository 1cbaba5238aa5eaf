/**
 * ru/bg: "по"/"за" + a word such as "специальности", "направлению", "покана" opens what the sentence
 * says about a name ("окончил университет по специальности «История»", real case ru/1202), not a
 * complement of the name, while "Комитет по образованию", "Колледж по подготовке кадров" keep theirs.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ lang: Lang; text: string; mention: string }> = [
  { lang: 'ru', text: 'Он окончил Курский государственный педагогический университет по специальности «История».', mention: 'Курский государственный педагогический университет' },
  { lang: 'ru', text: 'Она окончила Томский политехнический университет по направлению «Экономика».', mention: 'Томский политехнический университет' },
  { lang: 'ru', text: 'Лучшими по итогам года стали ученики Гимназии № 5.', mention: 'Гимназии № 5' },
  { lang: 'ru', text: 'Комитет по образованию Санкт-Петербурга утвердил график.', mention: 'Комитет по образованию Санкт-Петербурга' },
  { lang: 'ru', text: 'Колледж по подготовке кадров открыл набор.', mention: 'Колледж по подготовке кадров' },
  { lang: 'bg', text: 'Делегацията на Техническия университет по покана на кмета посети града.', mention: 'Техническия университет' },
];

describe('ru/bg: "по" + an adverbial noun ends a name', () => {
  it.each(ROWS)('$lang: $mention', ({ lang, text, mention }) => {
    const all = analyze({ text, htmlLang: lang }).institutions.flatMap((t) => t.mentions.map((m) => m.text));
    expect(all, all.join(' | ')).toContain(mention);
  });
});
