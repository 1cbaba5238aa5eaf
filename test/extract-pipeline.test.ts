/**
 * The extraction pipeline end to end: plain texts of the seed kinds (an appeal, a memorandum with
 * the publisher as a party, a three-party agreement with place and end date, a planned agreement,
 * a signed agreement dated by its page), HTML through analyzeHtml with metadata and feed hints,
 * and the gazetteer lookups the events rely on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeHtml, EXTRACTOR_VERSION, publishedFromText } from '../extractors/pipeline.js';
import { findPlaces, lookupPlace } from '../extractors/places.js';
import type { DamageEvent, ExtractedDocument, PartnershipEvent } from '../types.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'extract', name), 'utf8');
const partnerships = (d: ExtractedDocument) => d.events.filter((e): e is PartnershipEvent => e.type === 'partnership');
const damage = (d: ExtractedDocument) => d.events.filter((e): e is DamageEvent => e.type === 'damage');

describe('analyze() on plain texts', () => {
  it('an appeal collecting reports of damaged vocational schools is one appeal event, not an incident', () => {
    const doc = analyze({ text: fixture('uk-appeal.txt') });
    expect(doc.lang).toBe('uk');
    expect(doc.published).toBeNull();
    expect(partnerships(doc)).toHaveLength(0);
    const [e, ...rest] = damage(doc);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ scope: 'appeal', institution: null, institutionKind: 'vocational-school', location: 'Україна', date: null });
    expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('a memorandum signed by "our network": date line in English, the publication date as signing date', () => {
    const doc = analyze({ text: fixture('bg-memorandum.txt') });
    expect(doc.lang).toBe('bg');
    expect(doc.published).toBe('2021-03-12');
    expect(doc.publishedSource).toBe('text');
    const [e, ...rest] = partnerships(doc);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ status: 'signed', kind: 'memorandum of cooperation', date: '2021-03-12', dateBasis: 'published', validUntil: null });
    expect(e.parties.some((p) => p.includes('Мехатроника'))).toBe(true);
  });

  it('a three-party agreement: signing date, place in the locative, validity end in another paragraph', () => {
    const doc = analyze({ text: fixture('pl-partnership.txt') });
    expect(doc.lang).toBe('pl');
    expect(doc.published).toBe('2020-12-15');
    const [e, ...rest] = partnerships(doc);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ status: 'signed', date: '2020-12-08', dateBasis: 'text', place: 'Lublin', validUntil: '2022-06-30' });
    expect(e.parties).toHaveLength(3);
    expect(e.parties.join(' | ')).toMatch(/Instytut Badań Edukacyjnych/);
  });

  it('an agreement that "will be signed in the near future" is planned, with no date', () => {
    const doc = analyze({ text: fixture('en-planned.txt') });
    expect(doc.lang).toBe('en');
    const [e, ...rest] = partnerships(doc);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ status: 'planned', date: null, dateBasis: null, kind: 'strategic partnership agreement' });
    expect(e.parties.length).toBe(2);
  });

  it('a headline signing dated only by its page: date from the date line, basis published, place from the genitive', () => {
    const doc = analyze({ text: fixture('ru-perm.txt') });
    expect(doc.lang).toBe('ru');
    expect(doc.published).toBe('2020-08-30');
    const [e, ...rest] = partnerships(doc);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ status: 'signed', date: '2020-08-30', dateBasis: 'published', place: 'Пермь', kind: 'cooperation agreement' });
    expect(e.parties.join(' | ')).toMatch(/Пермский центр бизнеса/);
    expect(e.parties.join(' | ')).toMatch(/Открыт/);
  });

  it('publication date: the input wins over a date line; the version is stamped on the document and every event', () => {
    const doc = analyze({ text: fixture('ru-perm.txt'), published: '2020-09-01', publishedSource: 'meta' });
    expect(doc.published).toBe('2020-09-01');
    expect(doc.publishedSource).toBe('meta');
    expect(doc.method).toBeNull();
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.extractorVersion).toBe(EXTRACTOR_VERSION);
    for (const e of doc.events) expect(e.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it('empty and whitespace texts give an empty document', () => {
    for (const text of ['', '   \n\n  ']) {
      const doc = analyze({ text });
      expect(doc.events).toEqual([]);
      expect(doc.lang).toBeNull();
    }
  });

  it.each([
    ['15 grudnia 2020\n\nTekst artykułu.', 'pl', '2020-12-15'],
    ['Новости Перми за 30.08.2020\n\nТекст.', 'ru', '2020-08-30'],
    ['19 November, 2019\n/ in news\n\nText.', 'en', '2019-11-19'],
    ['Текст без дати, лише 30 серпня в середині довгого речення про події.', 'uk', null],
  ])('publishedFromText(%j)', (text, lang, want) => {
    expect(publishedFromText(text, lang as 'pl')).toBe(want);
  });
});

describe('analyzeHtml()', () => {
  it('takes the body through Readability, the date from the page metadata and tags the damage', () => {
    const doc = analyzeHtml(fixture('uk-lyceum-missile.html'), 'https://news.example.org/2022/10/29/lyceum')!;
    expect(doc).not.toBeNull();
    expect(doc.method).not.toBeNull();
    expect(doc.lang).toBe('uk');
    expect(doc.published?.slice(0, 10)).toBe('2022-10-29');
    expect(doc.publishedSource).toBe('meta');
    expect(doc.text).not.toMatch(/Усі права захищено/);
    const [e, ...rest] = damage(doc);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ scope: 'incident', institutionKind: 'lyceum', settlement: 'Харків', date: '2022-10-29', severity: 'damaged', cause: 'missile' });
    expect(e.casualties).toEqual({ killed: 0, injured: 0 });
  });

  it('uses a feed date when the page has none (source "feed") and the feed title when the page has none', () => {
    const doc = analyzeHtml(fixture('pl-nodate.html'), 'https://example.pl/aktualnosci/umowa', { published: '2023-03-14', title: 'Z kanału RSS' })!;
    expect(doc.published).toBe('2023-03-14');
    expect(doc.publishedSource).toBe('feed');
    const [e] = partnerships(doc);
    expect(e).toMatchObject({ status: 'signed', date: '2023-03-14', dateBasis: 'published' });
  });

  it('returns null for a page with no text', () => {
    expect(analyzeHtml(fixture('empty.html'), 'https://example.org/empty')).toBeNull();
  });
});

describe('gazetteer', () => {
  it.each([
    ['w Rzeszowie', 'pl', 'settlement', 'Rzeszów', 'województwo podkarpackie'],
    ['в Перми', 'ru', 'settlement', 'Пермь', 'Пермский край'],
    ['у Харкові', 'uk', 'settlement', 'Харків', 'Харківська область'],
    ['з Харкова', 'uk', 'settlement', 'Харків', 'Харківська область'],
    ['in Kharkiv', 'en', 'settlement', 'Kharkiv', 'Kharkiv region'],
    ['у Кривому Розі', 'uk', 'settlement', 'Кривий Ріг', 'Дніпропетровська область'],
    ['в Санкт-Петербурге', 'ru', 'settlement', 'Санкт-Петербург', null],
    ['w Zielonej Górze', 'pl', 'settlement', 'Zielona Góra', 'województwo lubuskie'],
    ['в Стара Загора', 'bg', 'settlement', 'Стара Загора', 'област Стара Загора'],
    ['на Харківщині', 'uk', 'region', 'Харківська область', null],
    ['Сумської області', 'uk', 'region', 'Сумська область', null],
    ['w województwie podkarpackim', 'pl', 'region', 'województwo podkarpackie', null],
    ['Пермского края', 'ru', 'region', 'Пермский край', null],
    ['в област Пловдив', 'bg', 'region', 'област Пловдив', null],
    ['Пловдивска област', 'bg', 'region', 'област Пловдив', null],
    ['in the Kherson region', 'en', 'region', 'Kherson region', null],
    ['для України', 'uk', 'country', 'Україна', null],
  ])('%s (%s) → %s %s', (text, lang, kind, name, region) => {
    const p = lookupPlace(text, lang as 'uk');
    expect(p).not.toBeNull();
    expect(p).toMatchObject({ kind, name, region });
    expect(text.slice(p!.start, p!.end)).toBe(p!.text);
  });

  it.each([
    ['суми коштів', 'uk'],
    ['Владимир Путин', 'ru'],
    ['1 września 2022', 'pl'],
    ['харківська школа', 'uk'],
  ])('finds no place in %j', (text, lang) => {
    expect(findPlaces(text, { lang: lang as 'uk' }).filter((p) => p.kind !== 'country')).toEqual([]);
  });
});
