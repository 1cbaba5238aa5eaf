import { describe, expect, it } from 'vitest';
import { extractDates, parseDateText, type DateContext } from '../extractors/dates.js';
import type { DateTag, Lang } from '../types.js';

const ctx = (lang: Lang | null, published: string | null = null): DateContext => ({ lang, published });
/** value/kind/how of every tag, for compact expectations. */
const brief = (tags: DateTag[]) => tags.map((t) => `${t.value} ${t.kind} ${t.how}`);

describe('parseDateText: numeric forms', () => {
  it.each([
    ['30.08.2020', '2020-08-30'],
    ['2020-08-30', '2020-08-30'],
    ['2022-07-18T19:02:00+03:00', '2022-07-18'],
    ['8.12.2020 r.', '2020-12-08'],
    ['30/08/2020', '2020-08-30'],
    ['30-08-2020', '2020-08-30'],
    ['01.09.2022 р.', '2022-09-01'],
    ['18.07.2022, 19:02', '2022-07-18'],
    ['2021.03.15', '2021-03-15'],
    ['29.02.2020', '2020-02-29'],
  ])('%s → %s', (s, iso) => expect(parseDateText(s, ctx(null))).toBe(iso));

  it('reads US order only on English pages and only when it is the only reading', () => {
    expect(parseDateText('11/19/2019', ctx('en'))).toBe('2019-11-19');
    expect(parseDateText('11/19/2019', ctx('pl'))).toBeNull();
    expect(parseDateText('05/06/2019', ctx('en'))).toBe('2019-06-05');
  });
});

describe('parseDateText: month names in every case form', () => {
  it.each<[string, Lang, string]>([
    // uk
    ['8 грудня 2020 р.', 'uk', '2020-12-08'],
    ['грудень 2020', 'uk', '2020-12'],
    ['31 грудня 2025 року', 'uk', '2025-12-31'],
    ['29 жовтня 2022', 'uk', '2022-10-29'],
    ['у березні 2022', 'uk', '2022-03'],
    ['1-го вересня 2021 року', 'uk', '2021-09-01'],
    ['15 лютого 2023р.', 'uk', '2023-02-15'],
    ['5 листопада 2019', 'uk', '2019-11-05'],
    ['у листопаді 2019 року', 'uk', '2019-11'],
    ['12 квіт. 2021', 'uk', '2021-04-12'],
    // ru
    ['30 августа 2020 года', 'ru', '2020-08-30'],
    ['август 2020', 'ru', '2020-08'],
    ['29 октября 2022 г.', 'ru', '2022-10-29'],
    ['в марте 2022 года', 'ru', '2022-03'],
    ['9 мая 2021', 'ru', '2021-05-09'],
    ['1-го сентября 2020 г.', 'ru', '2020-09-01'],
    ['12 дек. 2019 г.', 'ru', '2019-12-12'],
    ['31 декабря 2025г.', 'ru', '2025-12-31'],
    ['в мае 2023 г.', 'ru', '2023-05'],
    ['3 июня 2020', 'ru', '2020-06-03'],
    // pl
    ['8. grudnia 2020r.', 'pl', '2020-12-08'],
    ['8 grudnia 2020 r.', 'pl', '2020-12-08'],
    ['grudzień 2020', 'pl', '2020-12'],
    ['15 grudnia 2020', 'pl', '2020-12-15'],
    ['30 czerwca 2022 roku', 'pl', '2022-06-30'],
    ['w marcu 2022 roku', 'pl', '2022-03'],
    ['1 września 2021', 'pl', '2021-09-01'],
    ['1 wrzesnia 2021', 'pl', '2021-09-01'],
    ['27 października 2020 r.', 'pl', '2020-10-27'],
    ['3 maja 2019', 'pl', '2019-05-03'],
    // bg
    ['19 ноември 2019', 'bg', '2019-11-19'],
    ['19 ноември 2019 г.', 'bg', '2019-11-19'],
    ['31 декември 2025 година', 'bg', '2025-12-31'],
    ['ноември 2019', 'bg', '2019-11'],
    ['през март 2022 г.', 'bg', '2022-03'],
    ['1 септември 2020г.', 'bg', '2020-09-01'],
    ['15 май 2021', 'bg', '2021-05-15'],
    ['2 февр. 2020', 'bg', '2020-02-02'],
    ['24 февруари 2022 г.', 'bg', '2022-02-24'],
    ['7 юли 2018', 'bg', '2018-07-07'],
    // en
    ['19 November, 2019', 'en', '2019-11-19'],
    ['19 November 2019', 'en', '2019-11-19'],
    ['November 19, 2019', 'en', '2019-11-19'],
    ['Nov. 19, 2019', 'en', '2019-11-19'],
    ['19th of November 2019', 'en', '2019-11-19'],
    ['November 2019', 'en', '2019-11'],
    ['30 June 2022', 'en', '2022-06-30'],
    ['Sept 5, 2021', 'en', '2021-09-05'],
    ['1st March 2022', 'en', '2022-03-01'],
    ['March 1st, 2022', 'en', '2022-03-01'],
  ])('%s (%s) → %s', (s, lang, iso) => expect(parseDateText(s, ctx(lang))).toBe(iso));

  it('without a language, every table is tried', () => {
    expect(parseDateText('8 grudnia 2020', ctx(null))).toBe('2020-12-08');
    expect(parseDateText('30 августа 2020', ctx(null))).toBe('2020-08-30');
    expect(parseDateText('19 ноември 2019', ctx(null))).toBe('2019-11-19');
  });

  it('English month names count only when capitalised', () => {
    expect(parseDateText('we may 2020 see', ctx('en'))).toBeNull();
    expect(parseDateText('May 2020', ctx('en'))).toBe('2020-05');
  });

  it('an English date line on a Bulgarian page is read', () => {
    expect(parseDateText('Posted on 19 November, 2019 by admin', ctx('bg'))).toBe('2019-11-19');
  });
});

describe('years missing: taken from the publication date', () => {
  it.each<[string, Lang, string, string]>([
    ['30 августа', 'ru', '2020-08-30', '2020-08-30'],
    ['30 августа, 09:50', 'ru', '2020-08-31', '2020-08-30'],
    ['29 грудня', 'uk', '2021-01-03', '2020-12-29'],
    ['15 січня', 'uk', '2020-12-20', '2021-01-15'],
    ['15 grudnia', 'pl', '2020-12-16', '2020-12-15'],
    ['5 września', 'pl', '2022-08-30', '2022-09-05'],
    ['19 ноември', 'bg', '2019-11-20', '2019-11-19'],
    ['19 November', 'en', '2019-11-20', '2019-11-19'],
    ['1 березня', 'uk', '2022-11-10', '2022-03-01'],
  ])('%s (%s, published %s) → %s', (s, lang, pub, iso) => {
    const tags = extractDates(s, ctx(lang, pub));
    expect(tags[0].value).toBe(iso);
    expect(tags[0].yearInferred).toBe(true);
  });

  it('a written year is not inferred', () => {
    expect(extractDates('30 августа 2019', ctx('ru', '2020-08-30'))[0].yearInferred).toBe(false);
  });

  it('no publication date: a date without a year is skipped, not guessed', () => {
    expect(extractDates('30 августа', ctx('ru'))).toEqual([]);
    expect(parseDateText('30 августа', ctx('ru', null))).toBeNull();
  });
});

describe('nights', () => {
  it.each<[string, Lang, string | null, string, string]>([
    ['у ніч на 29 жовтня', 'uk', '2022-10-29', '2022-10-29', '2022-10-28'],
    ['В ніч на 29 жовтня 2022 року', 'uk', null, '2022-10-29', '2022-10-28'],
    ['уночі на 1 березня', 'uk', '2022-03-01', '2022-03-01', '2022-02-28'],
    ['в ночь на 29 октября', 'ru', '2022-10-30', '2022-10-29', '2022-10-28'],
    ['в ночь с 28 на 29 октября 2022 года', 'ru', null, '2022-10-29', '2022-10-28'],
    ['у ніч з 28 на 29 жовтня', 'uk', '2022-10-29', '2022-10-29', '2022-10-28'],
    ['w nocy z 28 na 29 października 2022 r.', 'pl', null, '2022-10-29', '2022-10-28'],
    ['в нощта срещу 29 октомври', 'bg', '2022-10-29', '2022-10-29', '2022-10-28'],
    ['в нощта на 28 срещу 29 октомври 2022 г.', 'bg', null, '2022-10-29', '2022-10-28'],
    ['on the night of 29 October 2022', 'en', null, '2022-10-29', '2022-10-28'],
    ['в ночь с 31 на 1 ноября 2022 года', 'ru', null, '2022-11-01', '2022-10-31'],
    ['у ніч на 29.10.2022', 'uk', null, '2022-10-29', '2022-10-28'],
  ])('%s (%s, published %s) → event %s, from %s', (s, lang, pub, event, start) => {
    const tags = extractDates(s, ctx(lang, pub));
    const ev = tags.find((t) => t.kind === 'event');
    const rs = tags.find((t) => t.kind === 'range-start');
    expect(ev?.value).toBe(event);
    expect(ev?.how).toBe('night-of');
    expect(rs?.value).toBe(start);
    expect(ev?.text).toBe(s);
  });

  it('parseDateText gives the night\'s date', () => {
    expect(parseDateText('у ніч на 29 жовтня 2022 року', ctx('uk'))).toBe('2022-10-29');
  });
});

describe('ranges and validity ends', () => {
  it.each<[string, Lang, string | null, string[]]>([
    ['з 1 по 5 вересня 2022 року', 'uk', null, ['2022-09-01 range-start month-name', '2022-09-05 range-end month-name']],
    ['1–5 września 2022', 'pl', null, ['2022-09-01 range-start month-name', '2022-09-05 range-end month-name']],
    ['od 1 do 5 września 2022 r.', 'pl', null, ['2022-09-01 range-start month-name', '2022-09-05 range-end month-name']],
    ['с 1 по 5 сентября', 'ru', '2022-08-20', ['2022-09-01 range-start month-name', '2022-09-05 range-end month-name']],
    ['from 1 to 5 September 2022', 'en', null, ['2022-09-01 range-start month-name', '2022-09-05 range-end month-name']],
    ['з 20 грудня 2022 по 10 січня 2023 року', 'uk', null, ['2022-12-20 range-start month-name', '2023-01-10 range-end month-name']],
    ['з 20 грудня по 10 січня 2023 року', 'uk', null, ['2022-12-20 range-start month-name', '2023-01-10 range-end month-name']],
    ['1 września – 5 października 2022', 'pl', null, ['2022-09-01 range-start month-name', '2022-10-05 range-end month-name']],
    ['от 1 до 5 септември 2022 г.', 'bg', null, ['2022-09-01 range-start month-name', '2022-09-05 range-end month-name']],
    ['01.09.2022 – 05.09.2022', 'uk', null, ['2022-09-01 range-start numeric', '2022-09-05 range-end numeric']],
    ['do 30 czerwca 2022 roku', 'pl', null, ['2022-06-30 valid-until month-name']],
    ['до 31 грудня 2025 року', 'uk', null, ['2025-12-31 valid-until month-name']],
    ['до 31 декабря 2025 года', 'ru', null, ['2025-12-31 valid-until month-name']],
    ['до 31 декември 2025 г.', 'bg', null, ['2025-12-31 valid-until month-name']],
    ['until 30 June 2022', 'en', null, ['2022-06-30 valid-until month-name']],
    ['do dnia 31.12.2023 r.', 'pl', null, ['2023-12-31 valid-until numeric']],
    ['з 1 вересня 2022 року', 'uk', null, ['2022-09-01 range-start month-name']],
  ])('%s (%s) → %j', (s, lang, pub, expected) => {
    expect(brief(extractDates(s, ctx(lang, pub)))).toEqual(expected);
  });

  it('a validity end after a signing date stays a validity end', () => {
    const t = 'Porozumienie podpisano 8 grudnia 2020 r. Obowiązuje do 30 czerwca 2022 roku.';
    expect(brief(extractDates(t, ctx('pl')))).toEqual(['2020-12-08 event month-name', '2022-06-30 valid-until month-name']);
  });
});

describe('relative days', () => {
  it.each<[string, Lang, string]>([
    ['вчора', 'uk', '2022-07-17'],
    ['Учора', 'uk', '2022-07-17'],
    ['сьогодні', 'uk', '2022-07-18'],
    ['позавчора', 'uk', '2022-07-16'],
    ['вчера', 'ru', '2022-07-17'],
    ['Сегодня', 'ru', '2022-07-18'],
    ['позавчера', 'ru', '2022-07-16'],
    ['wczoraj', 'pl', '2022-07-17'],
    ['dzisiaj', 'pl', '2022-07-18'],
    ['вчера', 'bg', '2022-07-17'],
    ['днес', 'bg', '2022-07-18'],
    ['yesterday', 'en', '2022-07-17'],
    ['Today', 'en', '2022-07-18'],
  ])('%s (%s) → %s', (s, lang, iso) => {
    const tags = extractDates(`${s} відбулося`, ctx(lang, '2022-07-18'));
    expect(tags[0]).toMatchObject({ value: iso, kind: 'relative', how: 'relative', text: s, start: 0 });
  });

  it('resolves across a month end', () => {
    expect(extractDates('вчора', ctx('uk', '2022-03-01'))[0].value).toBe('2022-02-28');
  });
  it('is skipped without a publication date', () => {
    expect(extractDates('Вчора у ліцеї відбулося засідання', ctx('uk'))).toEqual([]);
  });
  it('only whole words count', () => {
    expect(extractDates('сьогоднішній день', ctx('uk', '2022-07-18'))).toEqual([]);
  });
});

describe('years with a marker', () => {
  it.each<[string, Lang, string]>([
    ['у 2022 році', 'uk', '2022'],
    ['в 2021 году', 'ru', '2021'],
    ['w 2020 roku', 'pl', '2020'],
    ['през 2019 г.', 'bg', '2019'],
  ])('%s → %s', (s, lang, y) => expect(parseDateText(s, ctx(lang))).toBe(y));
});

describe('rejections', () => {
  it.each<[string, Lang | null]>([
    ['31.02.2020', null],
    ['30.13.2020', null],
    ['+380 44 123 45 67', 'uk'],
    ['тел. 044-123-45-67', 'uk'],
    ['(044) 30-08-20', 'uk'],
    ['версія 1.12.2020.3', 'uk'],
    ['v1.2.2020', 'en'],
    ['version 2.10.2020-rc1', 'en'],
    ['19:02', null],
    ['о 09:50', 'uk'],
    ['3.14159', null],
    ['1234567890123', null],
    ['31 лютого 2020', 'uk'],
    ['30 февраля 2021 г.', 'ru'],
    ['у 3000 році', 'uk'],
    ['0.5 mln', 'pl'],
  ])('%s gives no date', (s, lang) => {
    expect(extractDates(s, ctx(lang, '2020-05-05'))).toEqual([]);
  });
});

describe('extractDates on running text', () => {
  it('finds every date with its offsets, sorted by start', () => {
    const t = 'Меморандум підписано 8 грудня 2020 р. у Києві. Він діє до 31 грудня 2025 року. Вчора, 17.07.2022, ректор прокоментував угоду.';
    const tags = extractDates(t, ctx('uk', '2022-07-18'));
    expect(brief(tags)).toEqual([
      '2020-12-08 event month-name',
      '2025-12-31 valid-until month-name',
      '2022-07-17 relative relative',
      '2022-07-17 event numeric',
    ]);
    for (const tag of tags) expect(t.slice(tag.start, tag.end)).toBe(tag.text);
    expect(tags[0].text).toBe('8 грудня 2020 р.');
    expect(tags[1].text).toBe('до 31 грудня 2025 року');
  });

  it('keeps the sentence-final year marker inside the tag and the sentence end outside', () => {
    const t = 'Porozumienie podpisano 8. grudnia 2020r. W spotkaniu uczestniczyli dyrektorzy.';
    const tags = extractDates(t, ctx('pl'));
    expect(tags.map((x) => x.text)).toEqual(['8. grudnia 2020r.']);
  });
});

describe('extractDates on 200 KB of hostile text', () => {
  const n = 200_000;
  const rep = (s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  let seed = 3;
  const random = Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'абвгдежзиклмнопрстуфхцчшщьюяыэёъąćęłńóśźż0123456789 .,-–/:\nрг'[seed % 61];
  }).join('');
  it.each([
    ['digits', rep('1234567890')],
    ['repeated "30."', rep('30.')],
    ['repeated "30. "', rep('30. ')],
    ['dense numeric dates', rep('30.08.2020 ')],
    ['dense ISO timestamps', rep('2020-08-30T09:50:00Z ')],
    ['month names', rep('грудня ')],
    ['month names without spaces', rep('grudniagrudnia')],
    ['day + month', rep('1 грудня ')],
    ['ranges', rep('1–5 września 2022 r. ')],
    ['nights', rep('у ніч на 29 жовтня ')],
    ['relative words', rep('вчора сьогодні wczoraj yesterday ')],
    ['phone-like runs', rep('+38 (044) 123-45-67, ')],
    ['prefix words without dates', rep('з до по od do until у ніч на ')],
    ['random', random],
  ])('%s completes quickly with well-formed tags', (_name, text) => {
    const tags = extractDates(text, ctx(null, '2022-07-18'));
    for (const t of tags.slice(0, 200)) {
      expect(t.value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
