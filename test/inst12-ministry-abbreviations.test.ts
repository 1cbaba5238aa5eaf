/**
 * ru/uk compound abbreviations of ministries ("Мин"/"Мін" + what it governs) name a body even
 * when the text never spells them out (real cases ru/1204 "экс-глава Минэкономразвития РБ",
 * ru/1246 "пресс-служба Минпромэнерго республики"); the region after one is part of its name;
 * one the text also spells out is the same institution ("Минпромторга РТ" = "Министерство
 * промышленности и торговли Татарстана"); an education ministry's is a ministry, others are
 * authorities; Минск, Минута and the defence ministry are none.
 */
import { describe, expect, it } from 'vitest';
import type { InstitutionKind, Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ lang: Lang; text: string; expected: Array<[string, InstitutionKind, string[]]> }> = [
  { lang: 'ru', text: 'Временно кресло руководителя вуза займет экс-глава Минэкономразвития РБ Сергей Новиков, сообщили в Уфимском государственном авиационном техническом университете.',
    expected: [['Минэкономразвития РБ', 'authority', ['Минэкономразвития РБ']]] },
  { lang: 'ru', text: 'Об этом сообщает пресс-служба Минпромэнерго республики. Чувашский государственный университет открыл набор.',
    expected: [['Минпромэнерго республики', 'authority', ['Минпромэнерго республики']]] },
  { lang: 'ru', text: 'Соглашение подписали Министерство промышленности и торговли Татарстана и Казанский федеральный университет. Глава Минпромторга РТ отметил важность проекта.',
    expected: [['Министерство промышленности и торговли Татарстана', 'authority', ['Министерство промышленности и торговли Татарстана', 'Минпромторга РТ']]] },
  { lang: 'uk', text: 'Мінцифри та Київський національний університет імені Тараса Шевченка підписали меморандум.',
    expected: [['Мінцифри', 'authority', ['Мінцифри']]] },
];

const NONE: Array<{ lang: Lang; text: string }> = [
  { lang: 'ru', text: 'В Минске открылась новая школа № 5. Минута молчания прошла в гимназии № 2.' },
  { lang: 'ru', text: 'Минобороны России сообщило о новых учениях рядом со школой № 3.' },
  { lang: 'uk', text: 'Міноборони України повідомило про навчання поруч із ліцеєм № 7.' },
];

describe('ministries named by compound abbreviations', () => {
  it.each(ROWS)('$lang: $text', ({ lang, text, expected }) => {
    const tags = analyze({ text, htmlLang: lang }).institutions;
    for (const [name, kind, mentions] of expected) {
      const tag = tags.find((t) => t.name === name);
      expect(tag, tags.map((t) => t.name).join(' | ')).toBeDefined();
      expect(tag!.kind).toBe(kind);
      expect(tag!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(mentions));
    }
  });
  it.each(NONE)('$lang: no ministry in $text', ({ lang, text }) => {
    const tags = analyze({ text, htmlLang: lang }).institutions;
    expect(tags.filter((t) => /^Мин|^Мін/u.test(t.name)).map((t) => t.name)).toEqual([]);
  });
});
