/**
 * Schools named by their number. Bulgarian schools are numbered before their name: "18 СУ „Уилям Гладстон“", "18-о СОУ", "51-во
 * Средно училище", "149-то средно училище" (extractors/_institution-phrases.ts bgSchoolNumber). The
 * number, with its ordinal ending, is the first part of the name and names the school as "№ 18"
 * after it would; "18 СУ" is a school, not Sofia University (СУ standing alone). A count before a
 * plural ("в 251 училища", "10 университета") names nothing. A school named by its number after its
 * head takes the lower-case words of its type before it ("середня школа №56", "средней
 * образовательной школы № 60"; the languages' typeAdjectives, read by extendLeft), no other adjective ("ближайшей школе № 47"). Rows
 * are real sentences (bg.wikipedia, bnr.bg, bta.bg, bntnews.bg, 18sou.net, school32.com, unian.ua,
 * interfax.com.ua, and real-news dev items).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';

const mentionsOf = (text: string) => analyze({ text, published: null }).institutions.map((t) => ({ kind: t.kind, mentions: t.mentions.map((m) => m.text) }));

describe('bg: a school numbered before its name', () => {
  it.each<[string, string, string]>([
    ['18 средно училище „Уилям Гладстон“ се намира в София, България.', '18 средно училище „Уилям Гладстон“', 'school'],
    ['За информацията в статията: 18-о средно училище „Уилям Гладстон“ е основано през 1907 г.', '18-о средно училище „Уилям Гладстон“', 'school'],
    ['Едно от столичните училища, които години наред се радват на силен интерес от родители и ученици, е 18-о СОУ "Уилям Гладстон".', '18-о СОУ "Уилям Гладстон"', 'school'],
    ['Голям успех за ученическия съвет към 18 СУ “Уилям Гладстон”', '18 СУ “Уилям Гладстон”', 'school'],
    ['Столичното 149-то средно училище е едно от тези с нов директор - историкът Стефан Иванов.', '149-то средно училище', 'school'],
    ['До тази седмица Асен Александров беше и директор на 51-во Средно училище (СУ) "Елисавета Багряна" в София.', '51-во Средно училище', 'school'],
    ['Скъпи ученици, не преставайте да пишете историята и да прославяте името на 32-ро училище.', '32-ро училище', 'school'],
  ])('%s', (text, mention, kind) => {
    const found = mentionsOf(text).find((t) => t.mentions.includes(mention));
    expect(found, JSON.stringify(mentionsOf(text))).toBeDefined();
    expect(found!.kind).toBe(kind);
  });

  it('"СУ" standing alone is still Sofia University', () => {
    const tags = analyze({ text: 'Ректорът на СУ проф. Анастас Герджиков откри академичната година.', published: null }).institutions;
    expect(tags.map((t) => t.kind)).toEqual(['university']);
  });

  it.each([
    'Приключиха конкурсите за директори на училища. Нови директори бяха избрани в 251 училища в страната. За съжаление за над 160 училища или нямаше кандидати.',
    'Обявиха конкурси за директори на десет училища в област Кърджали. Сред тях има само една гимназия, останалите девет са основни училища.',
  ])('a count before a plural names no school: %s', (text) => expect(mentionsOf(text)).toEqual([]));
});

describe('uk / ru: the type words before a numbered school', () => {
  it.each<[string, string]>([
    ['Сьогодні, 2 жовтня, в місті Щастя була обстріляна середня школа №56.', 'середня школа №56'],
    ['У середу вранці о 10.00 у Київському районі Донецька "ДНР" із системи залпового вогню обстріляли загальноосвітню школу №57, розташовану на вулиці Яснополянській.', 'загальноосвітню школу №57'],
    ['Накануне, 20 февраля, дрон влетел в дерево на территории средней образовательной школы № 60 в Энергодаре, в момент удара в учреждении находились 700 человек.', 'средней образовательной школы № 60'],
    ['Это вечерняя школа № 1, средняя общеобразовательная школа № 22 им. Героя.', 'вечерняя школа № 1'],
  ])('%s', (text, mention) => {
    const all = mentionsOf(text).flatMap((t) => t.mentions);
    expect(all, JSON.stringify(all)).toContain(mention);
  });
  it('another adjective says what is told of the school', () => {
    const text = 'Мэр города Сергей Шелест сообщил, что эвакуированных жильцов дома № 8 по улице Волгоградской разместят в ближайшей школе № 47.';
    const all = mentionsOf(text).flatMap((t) => t.mentions);
    expect(all).toContain('школе № 47');
  });
  it('a count before a masculine plural form numbers nothing (bg "10 университета")', () => {
    const all = mentionsOf('Меморандум за сътрудничество и интеграция на Балканите в областта на спортното образование и наука подписаха 10 университета от 7 балкански държави.').flatMap((t) => t.mentions);
    expect(all.some((m) => /^10 /.test(m))).toBe(false);
  });
});
