/**
 * The date classes of issue 7, point 4, in every language: relative durations and phrases against
 * the publication date, day numbers in words, month abbreviations, two-digit years, weekday forms;
 * each with its negatives. The publication date is Monday 18 July 2022, 10:30.
 */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../extractors/dates.js';
import type { DateTag, Lang } from '../types.js';

const PUB = '2022-07-18T10:30';
const tags = (text: string, lang: Lang | null, published: string | null = PUB) => extractDates(text, { lang, published });
/** The tag covering the most text (the expression itself), as value/kind/basis. */
function main(ts: DateTag[]): string | null {
  let best: DateTag | null = null;
  for (const t of ts) if (!best || t.end - t.start > best.end - best.start) best = t;
  return best ? `${best.value} ${best.kind} ${best.basis}` : null;
}

describe('relative durations with a direction', () => {
  it.each<[Lang, string, string]>([
    // uk
    ['uk', '3 дні тому', '2022-07-15'],
    ['uk', '5 років тому', '2017'],
    ['uk', 'через 2 дні', '2022-07-20'],
    ['uk', 'через тиждень', '2022-07-25'],
    ['uk', 'два тижні тому', '2022-07-04'],
    ['uk', 'місяць тому', '2022-06'],
    ['uk', 'півроку тому', '2022-01'],
    ['uk', 'через пів року', '2023-01'],
    ['uk', 'через півтора року', '2024-01'],
    ['uk', "п'ять днів тому", '2022-07-13'],
    ['uk', 'близько 3 годин тому', '2022-07-18'],
    ['uk', '2 роки, 3 місяці й 5 днів тому', '2020-04-13'],
    ['uk', '3 дні по тому', '2022-07-21'],
    ['uk', '2,5 року тому', '2020-01'],
    ['uk', 'через 1,5 року', '2024-01'],
    // ru
    ['ru', '2 дня назад', '2022-07-16'],
    ['ru', 'три месяца назад', '2022-04'],
    ['ru', 'через год', '2023'],
    ['ru', 'спустя 2 дня', '2022-07-20'],
    ['ru', '2 дня спустя', '2022-07-20'],
    ['ru', 'неделю назад', '2022-07-11'],
    ['ru', 'полгода назад', '2022-01'],
    ['ru', 'около 23 часов назад', '2022-07-17'],
    ['ru', 'через полтора года', '2024-01'],
    ['ru', 'двадцать пять лет назад', '1997'],
    ['ru', '2 ч. 21 мин. назад', '2022-07-18'],
    ['ru', '1 год, 1 месяц, 1 неделя, 1 день, 1 час и 1 минуту назад', '2021-06-10'],
    // pl
    ['pl', '6 tygodni temu', '2022-06-06'],
    ['pl', 'tydzień temu', '2022-07-11'],
    ['pl', 'za 2 lata', '2024'],
    ['pl', 'przed 3 dniami', '2022-07-15'],
    ['pl', 'pół roku temu', '2022-01'],
    ['pl', 'dwa miesiące później', '2022-09'],
    ['pl', '2 lata, 3 miesiące i 2 dni temu', '2020-04-16'],
    ['pl', '1 godz. 2 minuty temu', '2022-07-18'],
    // bg
    ['bg', 'преди 3 дни', '2022-07-15'],
    ['bg', 'след 2 седмици', '2022-08-01'],
    ['bg', 'преди година', '2021'],
    ['bg', 'преди около 23 часа', '2022-07-17'],
    ['bg', 'преди 3 месеца преди 2 седмици', '2022-04-04'],
    ['bg', 'два дни по-късно', '2022-07-20'],
    // en
    ['en', '3 days ago', '2022-07-15'],
    ['en', 'in 2 weeks', '2022-08-01'],
    ['en', 'a year ago', '2021'],
    ['en', 'about an hour ago', '2022-07-18'],
    ['en', 'two months later', '2022-09'],
    ["en", "in three weeks' time", '2022-08-08'],
    ['en', '5 years from now', '2027'],
    ['en', 'twenty-five years ago', '1997'],
    ['en', 'a decade ago', '2012'],
    ['en', '1 year, 2 months and 3 days ago', '2021-05-15'],
    ['en', '4 days before.', '2022-07-14'],
  ])('%s: %s → %s', (lang, text, value) => {
    const ts = tags(text, lang);
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ value, kind: 'relative', how: 'relative', basis: 'relative', anchor: '2022-07-18', start: 0 });
    expect(ts[0].text).toBe(text.replace(/\.$/, ''));
  });

  it('counts hours from midday when the publication has no time', () => {
    expect(tags('около 23 часов назад', 'ru', '2022-07-18')[0].value).toBe('2022-07-17');
    expect(tags('2 часа назад', 'ru', '2022-07-18')[0].value).toBe('2022-07-18');
    expect(tags('около 23 часов назад', 'ru', '2022-07-18T23:50:00+03:00')[0].value).toBe('2022-07-18');
  });

  it('is found inside running text, with its offsets', () => {
    const t = 'Як повідомили в ОВА, 3 дні тому ракета влучила в ліцей № 12.';
    const ts = tags(t, 'uk');
    expect(ts.map((x) => [x.value, x.text])).toEqual([['2022-07-15', '3 дні тому']]);
    expect(t.slice(ts[0].start, ts[0].end)).toBe('3 дні тому');
  });
});

describe('relative phrases', () => {
  it.each<[Lang, string, string]>([
    ['uk', 'торік', '2021'],
    ['uk', 'минулого року', '2021'],
    ['uk', 'наступного року', '2023'],
    ['uk', 'позавчора', '2022-07-16'],
    ['uk', 'післязавтра', '2022-07-20'],
    ['ru', 'в прошлом году', '2021'],
    ['ru', 'в следующем месяце', '2022-08'],
    ['ru', 'послезавтра', '2022-07-20'],
    ['ru', 'позавчера', '2022-07-16'],
    ['pl', 'w zeszłym roku', '2021'],
    ['pl', 'przedwczoraj', '2022-07-16'],
    ['pl', 'pojutrze', '2022-07-20'],
    ['bg', 'онзи ден', '2022-07-16'],
    ['bg', 'снощи', '2022-07-17'],
    ['bg', 'миналата година', '2021'],
    ['bg', 'вдругиден', '2022-07-20'],
    ['en', 'the day before yesterday', '2022-07-16'],
    ['en', 'day after tomorrow', '2022-07-20'],
    ['en', 'last month', '2022-06'],
    ['en', 'last night', '2022-07-17'],
    ['en', 'last decade', '2012'],
  ])('%s: %s → %s', (lang, text, value) => {
    const ts = tags(text, lang);
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ value, kind: 'relative', basis: 'relative', anchor: '2022-07-18', text, start: 0 });
  });

  it.each<[Lang, string]>([
    ['uk', 'минулого тижня'],
    ['uk', 'на наступному тижні'],
    ['ru', 'на прошлой неделе'],
    ['pl', 'w przyszłym tygodniu'],
    ['bg', 'следващата седмица'],
    ['en', 'last week'],
  ])('%s: a week named as a whole is no date: %s', (lang, text) => expect(tags(text, lang)).toEqual([]));

  it('a month with "last year" keeps its own tag and year', () => {
    expect(tags('у грудні минулого року', 'uk').map((t) => t.value)).toEqual(['2021-12', '2021']);
  });
});

describe('day numbers in words before a month', () => {
  it.each<[Lang, string, string]>([
    ['ru', 'двадцать восьмое марта', '2022-03-28 event absolute'],
    ['ru', 'первого сентября 2021 года', '2021-09-01 event absolute'],
    ['ru', 'до тридцать первого декабря 2025 года', '2025-12-31 valid-until absolute'],
    ['uk', 'двадцять восьме березня', '2022-03-28 event absolute'],
    ['uk', "п'яте травня 2020 року", '2020-05-05 event absolute'],
    ['uk', 'Першого вересня 2021 року', '2021-09-01 event absolute'],
    ['pl', 'dwudziestego ósmego marca', '2022-03-28 event absolute'],
    ['pl', 'pierwszego września 2021 r.', '2021-09-01 event absolute'],
    ['bg', 'двадесет и осми март', '2022-03-28 event absolute'],
    ['bg', 'първи септември 2021 г.', '2021-09-01 event absolute'],
    ['en', 'twenty-seventh of June', '2022-06-27 event absolute'],
    ['en', 'the first of January 2020', '2020-01-01 event absolute'],
    ['en', 'Twenty three January 1997', '1997-01-23 event absolute'],
    ['en', 'the 1st day of March 2015', '2015-03-01 event absolute'],
  ])('%s: %s → %s', (lang, text, expected) => expect(main(tags(text, lang))).toBe(expected));

  it.each<[Lang, string]>([
    ['en', 'There were two March rallies.'],
    ['ru', 'Прошло двадцать восемь марта.'],
    ['uk', 'Третє місце.'],
  ])('%s: no day from words in "%s"', (lang, text) => expect(tags(text, lang, null)).toEqual([]));
});

describe('month abbreviations and other orders', () => {
  it.each<[Lang, string, string]>([
    ['uk', '21 чер 2013 3:13', '2013-06-21'],
    ['uk', '12 кві. 2021', '2021-04-12'],
    ['uk', '2015-кві-12', '2015-04-12'],
    ['uk', '2020-берез-11', '2020-03-11'],
    ['uk', '10 листоп 2017, 10:00:00', '2017-11-10'],
    ['uk', '1 сер 2015', '2015-08-01'],
    ['ru', 'Авг 26, 2015 15:12', '2015-08-26'],
    ['ru', '13 янв. 2005 19:13', '2005-01-13'],
    ['ru', 'Пнд, 07 янв. 2019 г. 12:15', '2019-01-07'],
    ['pl', '5 paź 2021', '2021-10-05'],
    ['bg', '25 ян 2016', '2016-01-25'],
    ['en', '12-Jun-2013', '2013-06-12'],
    ['en', 'Wed Aug 05 12:00:00 2015', '2015-08-05'],
    ['en', 'friday, 03 september 2014', '2014-09-03'],
    ['en', '25th march 2015', '2015-03-25'],
  ])('%s: %s → %s', (lang, text, value) => expect(tags(text, lang)[0]?.value).toBe(value));

  it('a month-first day range gives both ends', () => {
    expect(tags('June 12-14, 2021', 'en').map((t) => `${t.value} ${t.kind}`)).toEqual(['2021-06-12 range-start', '2021-06-14 range-end']);
  });

  it.each<[Lang, string]>([
    ['en', 'we may 2020 see'],
    ['en', 'the march 2015 was long'],
    ['uk', 'лис 2020'],
  ])('%s: a lower-case or bare abbreviation is no month in "%s"', (lang, text) => {
    expect(tags(text, lang).filter((t) => t.value.length >= 7)).toEqual([]);
  });
});

describe('two-digit years', () => {
  it.each<[Lang, string, string, string]>([
    ['uk', '26.10.21', '2014-05-01', '2021-10-26'],
    ['ru', '2 Декабрь 95 11:15', '2012-11-13', '1995-12-02'],
    ['en', '3/3/50', '2015-02-15', '1950-03-03'],
    ['en', '3/3/94', '2015-02-15', '1994-03-03'],
    ['en', '1/1/16 9:02', '2012-11-13', '2016-01-01'],
    ['en', '21-12-19', '2012-11-13', '2019-12-21'],
    ['pl', '26. 10.21', '2012-11-13', '2021-10-26'],
    ['en', '9 Jan 11 0:00', '2012-11-13', '2011-01-09'],
    ['ru', "14 дек'21", '2022-01-10', '2021-12-14'],
  ])('%s: %s (published %s) → %s', (lang, text, pub, value) => expect(tags(text, lang, pub)[0]?.value).toBe(value));

  it('without a publication date, 00-68 are 20xx', () => {
    expect(tags('18.07.22', 'uk', null)[0].value).toBe('2022-07-18');
    expect(tags('18.07.75', 'uk', null)[0].value).toBe('1975-07-18');
  });

  it.each<[Lang, string]>([
    ['uk', 'відповідно до п. 3.2.10 положення'],
    ['uk', 'згідно з пп. 12.10.21 Порядку'],
    ['uk', 'тел. (044) 30-08-20'],
    ['uk', 'тел. 067 12.10.21'],
    ['ru', 'версия 1.10.21'],
    ['pl', 'Rys. 1. 12.20'],
    ['en', 'the 5 may 20 rule'],
  ])('%s: no two-digit-year date in "%s"', (lang, text) => {
    expect(tags(text, lang).filter((t) => t.value.length === 10)).toEqual([]);
  });

  it('a number after a month is a year only before a time or the end', () => {
    expect(tags('5 грудня 12 учнів', 'uk').map((t) => t.value)).toEqual(['2021-12-05']);
  });
});

describe('weekday forms', () => {
  it.each<[Lang, string, string]>([
    ['uk', 'у неділю', '2022-07-17'],
    ['uk', "минулої п'ятниці", '2022-07-15'],
    ['uk', 'наступного понеділка', '2022-07-25'],
    ['uk', 'вів о 14:04', '2022-07-12'],
    ['ru', 'во вторник', '2022-07-12'],
    ['ru', 'в следующую среду', '2022-07-20'],
    ['ru', 'срд в 09:00', '2022-07-13'],
    ['pl', 'w przyszłą środę', '2022-07-20'],
    ['pl', 'w zeszły piątek', '2022-07-15'],
    ['bg', 'следващия петък', '2022-07-22'],
    ['bg', 'миналата събота', '2022-07-16'],
    ['en', 'next Friday', '2022-07-22'],
    ['en', 'Mon 19:43', '2022-07-18'],
    ['en', 'Monday 7:15 AM', '2022-07-18'],
    // a part of the day before the day ('ввечері неділі', 'early hours of Sunday', 'w sobotnią noc')
    ['uk', 'ввечері неділі', '2022-07-17'],
    ['uk', 'Вранці суботи', '2022-07-16'],
    ['ru', 'вечером воскресенья', '2022-07-17'],
    ['ru', 'прошлой пятницы', '2022-07-15'],
    ['pl', 'w niedzielny wieczór', '2022-07-17'],
    ['pl', 'w sobotnią noc', '2022-07-16'],
    ['en', 'in the early hours of Sunday', '2022-07-17'],
    ['en', 'on the evening of Saturday', '2022-07-16'],
  ])('%s: %s → %s', (lang, text, value) => {
    const ts = tags(text, lang);
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ value, kind: 'relative', basis: 'relative', anchor: '2022-07-18' });
  });

  it.each<[Lang, string]>([
    ['uk', 'з суботи на неділю'],
    ['uk', 'Вівторок був спокійним.'],
    ['ru', 'Среда обитания'],
    ['en', 'Monday said the minister.'],
    ['en', 'Black Friday sales'],
    ['uk', 'Неділі були вихідними.'],
    ['ru', 'Среды обитания разные.'],
    ['pl', 'na niedzielny obiad'],
    ['en', 'the office of Friday Holdings'],
  ])('%s: no weekday date in "%s"', (lang, text) => {
    expect(tags(text, lang).filter((t) => t.basis === 'relative' && t.text !== 'неділю')).toEqual([]);
  });

  it('a weekday right before its full date is not a second date', () => {
    expect(tags('Russian troops shelled Kherson on Monday, February 13, killing a guard.', 'en').map((t) => t.value)).toEqual(['2022-02-13']);
    expect(tags('We wtorek 15 listopada Rosja zaatakowała.', 'pl').map((t) => t.value)).toEqual(['2021-11-15']);
  });
});

describe('basis and anchor on every tag', () => {
  it('absolute dates carry basis absolute and no anchor; relative ones their anchor', () => {
    const ts = tags('8 грудня 2020 р. підписали угоду, а 3 дні тому її продовжили.', 'uk');
    expect(ts.map((t) => [t.value, t.basis, t.anchor])).toEqual([
      ['2020-12-08', 'absolute', undefined],
      ['2022-07-15', 'relative', '2022-07-18'],
    ]);
  });
});

describe('ordinary text gives no relative date', () => {
  it.each<[Lang, string]>([
    ['uk', 'Школа № 27 отримала 2 дні на підготовку.'],
    ['uk', 'Він запізнився, тому що автобус зламався.'],
    ['uk', 'Через дорогу від школи стоїть ліцей № 5.'],
    ['uk', 'За 2 дні до виборів вчителі страйкували.'],
    ['uk', 'Кілька днів тому все змінилося.'],
    ['uk', 'Початок перенесли на 2 дні пізніше.'],
    ['uk', 'Урок триває 45 хвилин, перерва о 10:30.'],
    ['ru', 'Несколько лет назад школа закрылась.'],
    ['ru', 'Много лет назад здесь был лицей.'],
    ['ru', 'Школа работает 5 лет, в ней 300 учеников.'],
    ['ru', 'Занятия начались на 2 дня позже.'],
    ['ru', 'Позвоните по телефону +7 495 123-45-67 через секретаря.'],
    ['pl', 'Kilka dni temu szkoła była zamknięta.'],
    ['pl', 'Zapłacił za 2 bilety 30 zł.'],
    ['pl', 'Lekcje zaczną się o tydzień później.'],
    ['bg', 'Преди изборите учителите протестираха.'],
    ['bg', 'Няколко дни преди това училището беше затворено.'],
    ['bg', 'Часовете започнаха с една седмица по-късно.'],
    ['en', 'They met after 4 days of talks.'],
    ['en', 'It closed 4 days before the vote.'],
    ['en', 'A few days ago the school reopened.'],
    ['en', 'Lessons are taught in 3 languages in 2 buildings.'],
    ['en', 'The lesson lasts 45 minutes.'],
    ['en', 'Call +380 44 123 45 67 at 10:30, room 12.10.'],
  ])('%s: %s', (lang, text) => {
    expect(tags(text, lang).filter((t) => t.basis === 'relative')).toEqual([]);
  });

  it('no publication date, no relative date', () => {
    expect(tags('3 дні тому ракета влучила в ліцей.', 'uk', null)).toEqual([]);
    expect(tags('в прошлом году', 'ru', null)).toEqual([]);
  });
});
