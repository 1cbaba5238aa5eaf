/**
 * The day a damage incident takes: the day of the attack the report tells, not a background date
 * ("since the full-scale invasion in February 2022"), not the page's own date line, not an earlier
 * attack a later paragraph recalls; without a publication date, a day and month with no year take
 * the year of the latest date the text writes in full. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function dates(text: string, published: string | null): (string | null)[] {
  return analyze({ text, published })
    .events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident')
    .map((e) => e.date);
}

describe('a background date in the clause of "since" / the full-scale invasion is not the attack day', () => {
  const cases: [lang: string, text: string][] = [
    ['en', 'A drone hit a kindergarten in Kharkiv, damaging its roof. The city has been shelled since Russia launched its full-scale invasion in February 2022.'],
    ['uk', 'Дрон влучив у дитячий садок у Харкові, пошкоджено дах. Місто обстрілюють з початку повномасштабного вторгнення у лютому 2022 року.'],
    ['ru', 'Беспилотник попал в детский сад в Харькове, поврежден фасад. Город обстреливают с начала полномасштабного вторжения в феврале 2022 года.'],
    ['pl', 'Dron uderzył w przedszkole w Charkowie, uszkodzony został dach. Miasto jest ostrzeliwane od początku pełnoskalowej inwazji w lutym 2022 roku.'],
    ['bg', 'Дрон удари детска градина в Харков, повреден е покривът. Градът е обстрелван от началото на пълномащабната инвазия през февруари 2022 г.'],
  ];
  it.each(cases)('%s', (_lang, text) => {
    expect(dates(text, '2024-05-20')).toEqual(['2024-05-20']);
  });
  it('a date in a clause of its own next to "since" still dates the attack', () => {
    expect(dates('A missile destroyed a school in Izium on 18 May, the first strike on the town since winter.', '2024-05-20')).toEqual(['2024-05-18']);
  });
});

describe('"only yesterday" said of how things were is no date', () => {
  const cases: [lang: string, text: string][] = [
    ['uk', 'Уночі дрони атакували Одесу, пошкоджено школу.\n\n«Вибиті вікна, через які ще вчора дивилися діти», — написала директорка школи.'],
    ['ru', 'Ночью дроны атаковали Одессу, повреждена школа.\n\n«Выбитые окна, через которые ещё вчера смотрели дети», — написала директор школы.'],
    ['pl', 'W nocy drony zaatakowały Odessę, uszkodzona została szkoła.\n\n„Wybite okna, przez które jeszcze wczoraj patrzyły dzieci” – napisała dyrektorka szkoły.'],
    ['bg', 'През нощта дронове атакуваха Одеса, повредено е училище.\n\n„Счупени прозорци, през които още вчера гледаха деца“, написа директорката на училището.'],
  ];
  it.each(cases)('%s', (_lang, text) => {
    expect(dates(text, '2024-05-20')).toEqual(['2024-05-20']);
  });
});

describe('the page date line with a clock time repeats the publication date: the text dates the attack', () => {
  it('"Thursday night" in a report dated Friday', () => {
    const text = 'Drones damage school in Odesa\nDate\n11/15/2024 7:12:45 AM\nA school in Odesa was damaged by a Russian drone attack on Thursday night, the city council said.';
    expect(dates(text, '2024-11-15')).toEqual(['2024-11-14']);
  });
  it('a date line that differs from the page date still dates the day\'s news', () => {
    const text = 'Missile strikes school in Kramatorsk\nMay 3, 2024 10:27 am\nA missile hit a school in Kramatorsk, the governor said. The building was damaged.';
    expect(dates(text, '2024-05-20')).toEqual(['2024-05-03']);
  });
});

describe('an attack a later paragraph recalls, weeks before the report, does not date the lead', () => {
  const cases: [lang: string, text: string][] = [
    ['uk', 'Дрони атакували Суми, згорів один з корпусів університету.\n\n3 квітня російська ракета вже влучила в будівлю цього університету.'],
    ['ru', 'Дроны атаковали Сумы, сгорел один из корпусов университета.\n\n3 апреля российская ракета уже попала в здание этого университета.'],
    ['pl', 'Drony zaatakowały Sumy, spłonął jeden z budynków uniwersytetu.\n\n3 kwietnia rosyjska rakieta trafiła już w budynek tego uniwersytetu.'],
    ['bg', 'Дронове атакуваха Суми, изгоря един от корпусите на университета.\n\nНа 3 април руска ракета вече удари сградата на този университет.'],
    ['en', 'Drones attacked Sumy, and one of the university buildings burned down.\n\nOn April 3 a Russian missile had already hit a building of this university.'],
  ];
  it.each(cases)('%s', (_lang, text) => {
    expect(dates(text, '2024-05-20')[0]).toBe('2024-05-20');
  });
  it('a date in the lead paragraph still dates the attack, however long before the report', () => {
    expect(dates('On April 3 a Russian missile destroyed a school in Sumy.\n\nThe school is being rebuilt.', '2024-05-20')).toEqual(['2024-04-03']);
  });
});

describe('no publication date: a day and month with no year take the year of the latest full date', () => {
  const cases: [lang: string, text: string, expected: string][] = [
    ['uk', 'Увечері 6 листопада ракета влучила в школу в Херсоні, пошкоджено фасад. Фото зроблено 7 листопада 2024 року.', '2024-11-06'],
    ['ru', 'Вечером 6 ноября ракета попала в школу в Херсоне, поврежден фасад. Фото сделано 7 ноября 2024 года.', '2024-11-06'],
    ['pl', 'W nocy 17 czerwca rakieta uszkodziła szkołę w Kijowie. To był jeden z największych ataków w 2025 roku.', '2025-06-17'],
    ['bg', 'Вечерта на 6 ноември ракета удари училище в Херсон, повредена е фасадата. Снимката е от 7 ноември 2024 г.', '2024-11-06'],
    ['en', 'On the night of June 17 a missile damaged a school in Kyiv. The photo was taken on June 18, 2025.', '2025-06-17'],
  ];
  it.each(cases)('%s', (_lang, text, expected) => {
    expect(dates(text, null)).toEqual([expected]);
  });
  it('with no year anywhere, or only a background year, the date stays unknown', () => {
    expect(dates('Russia attacked Kharkiv with drones on Oct. 22, damaging a kindergarten.', null)).toEqual([null]);
    expect(dates('Russia attacked Kharkiv with drones on Oct. 22, damaging a kindergarten. The city has been shelled since the full-scale invasion in February 2022.', null)).toEqual([null]);
  });
});
