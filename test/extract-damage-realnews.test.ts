/**
 * Damage events on constructions real news uses (issue 7, point 3), one table per error class,
 * in every language where the class exists. Sentences are written for these tests in the style of
 * real reports; negatives stay negative.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function damage(text: string, published: string | null = '2024-05-20'): DamageEvent[] {
  return analyze({ text, published }).events.filter((e): e is DamageEvent => e.type === 'damage');
}

describe('statistics: one event per count', () => {
  it.each([
    ['uk two counts in two sentences', 'З початку вторгнення пошкоджено понад 3 000 закладів освіти.\n\nЛише за останній місяць росіяни зруйнували 45 шкіл.', 2],
    ['uk the headline repeats the lead', 'Пошкоджено понад 3 000 закладів освіти\n\nЗ початку війни в Україні пошкоджено понад 3 000 закладів освіти, повідомили в міністерстві.', 1],
    ['uk a list under one damage word is one count', 'На Київщині пошкоджено будівлі 4 закладів дошкільної освіти, 7 закладів загальної середньої освіти та 2 закладів професійної освіти.', 1],
    ['ru counts of kinds, each with its own damage word', 'Министр рассказал: «1 200 школ повреждены, 150 – разрушены; 95 учреждений высшего образования были повреждены».', 2],
    ['ru the wholly destroyed part of a count', 'С начала войны повреждены или разрушены более 2 500 учебных заведений.\n\nПо данным министерства, 310 учебных заведений разрушены полностью.', 1],
    ['ru a rate is a count of its own', 'С начала войны повреждены более 1 100 учебных заведений.\n\nЕжедневно разрушается 15 учебных заведений.', 2],
    ['pl two counts', 'Ponad 150 szkół ucierpiało podczas powodzi.\n\nW samym województwie opolskim uszkodzonych zostało 40 przedszkoli.', 2],
    ['en two periods, two counts', 'Since the invasion began, Russian strikes have damaged or destroyed more than 3,000 educational institutions.\n\nIn the first 100 days of this school year alone, attacks damaged more than 400 educational institutions.', 2],
    ['en a question heading goes with the count it introduces', 'How many schools were damaged this year?\n\nMore than 300 schools were damaged or destroyed this year, the ministry said.', 1],
  ] as const)('%s', (_name, text, n) => {
    const events = damage(text);
    expect(events.map((e) => e.scope), JSON.stringify(events.map((e) => e.quote))).toEqual(Array(n).fill('statistic'));
  });

  it.each([
    ['uk a missile model is no count', 'Вночі росіяни атакували Краматорськ ракетами С-300, пошкоджено дитячий садок.', 'incident'],
    ['ru a missile model is no count', 'Ночью армия ударила по городу ракетами С-300, повреждена школа.', 'incident'],
    ['ru a quantity word about children is no count of institutions', 'Ракета попала в детский сад в Киеве. Завтра здесь играли бы десятки детей.', 'incident'],
    ['en a quantity word about people is no count of institutions', 'A missile hit a school in Kharkiv on Monday; hundreds of residents were left without power.', 'incident'],
  ] as const)('%s', (_name, text, scope) => {
    const events = damage(text);
    expect(events.map((e) => e.scope)).toEqual([scope]);
  });
});

describe('the settlement written with the institution, known to the gazetteer or not', () => {
  it.each([
    ['pl after the noun', 'Pożar szkoły w Brzezinkach Dolnych. Ogień strawił poddasze budynku.', 'Brzezinkach Dolnych'],
    ['pl inside the name', 'W nocy spłonął dach budynku, w którym mieści się Szkoła Podstawowa nr 2 w Kamionce.', 'Kamionce'],
    ['uk after the noun', 'Уночі дрон влучив у ліцей у Зарічному, пошкоджено дах і вікна.', 'Зарічному'],
    ['ru after the noun', 'Снаряд попал в школу в Журавке, выбиты окна.', 'Журавке'],
    ['en after the name', 'A fire broke out at Riverside Elementary School in Oakvale on Saturday, damaging three classrooms.', 'Oakvale'],
    ['en a possessive before the name', "An overnight fire destroyed a portable classroom at Millbrook's Hillcrest Elementary School.", 'Millbrook'],
    ['en a dateline', 'PORT LINDEN, Philippines — A fire damaged six classrooms of the Linden Central School on Sunday.', 'Port Linden'],
  ] as const)('%s', (_name, text, settlement) => {
    const events = damage(text);
    expect(events.map((e) => e.settlement)).toEqual([settlement]);
  });

  it.each([
    ['en a possessive country is no settlement', "A missile struck a village school in Ukraine's east on Friday.", null],
    ['ru a district is no settlement', 'Снаряд попал в школу в Калининском районе, выбиты окна.', null],
    ['pl a month is no settlement', 'Szkoła została zalana w Sierpniu podczas burzy.', null],
  ] as const)('%s', (_name, text, settlement) => {
    const events = damage(text);
    expect(events.length).toBe(1);
    expect(events[0].settlement).toBe(settlement);
  });

  it('two schools in two villages are two incidents', () => {
    const events = damage('Сегодня под обстрел попала школа в Заречном — выбиты стекла. Вчера разрушена школа в Ольховке.');
    expect(events.map((e) => e.settlement)).toEqual(['Заречном', 'Ольховке']);
  });
});

describe('incidents told with attack, fire and storm phrases of real reports', () => {
  it.each([
    ['pl attack on a school', 'Atak Rosji na szkołę w Sudży. Bomba lotnicza spadła na budynek.', 'school', 'airstrike'],
    ['pl a raid on a school', 'W sobotę wojsko przeprowadziło nalot na szkołę z internatem w Sudży.', 'school', 'airstrike'],
    ['pl flames appeared in a school', 'W sali lekcyjnej szkoły w Łęczycy pojawiły się płomienie.', 'school', 'fire'],
    ['pl fire spread onto the roof', 'Najpierw zapalił się autobus, potem ogień przeniósł się na dach szkoły.', 'school', 'fire'],
    ['pl a hall roof collapsed', 'Podczas ulewy zapadł się dach szkoły podstawowej w Nowej Wsi.', 'school', 'other'],
    ['en a fire that broke out at a school', 'A fire that reached second alarm broke out at Riverside Elementary School on Saturday.', 'school', 'fire'],
    ['en wind blew the roof off', "A portion of the school's roof blew off when strong winds hit the town on Sunday.", 'school', 'other'],
    ['ru windows knocked out (genitive)', 'В результате обстрела в школе выбиты около 30 окон.', 'school', 'shelling'],
    ['ru an attack on a kindergarten', 'Утром атака на детский сад: дрон попал в здание.', 'kindergarten', 'drone'],
    ['uk an attack on a lyceum', 'Нічна атака на ліцей: дрон влучив у будівлю.', 'lyceum', 'drone'],
  ] as const)('%s', (_name, text, kind, cause) => {
    const events = damage(text);
    expect(events.map((e) => [e.scope, e.institutionKind, e.cause])).toEqual([['incident', kind, cause]]);
  });

  it.each([
    ['ru an attack on a region, a shelter at a school', 'После атаки беспилотников на Саратовскую область на базе школы номер 16 организован пункт временного размещения.'],
    ['en an attack on a city, a school as a shelter', 'After the attack on the city, residents sheltered at the school overnight.'],
    ['ru a drone on the school grounds, no damage', 'Беспилотник атаковал территорию школы в посёлке.\n\nРазрушений и повреждений здания нет, никто не пострадал.'],
    ['uk debris on the kindergarten grounds, no damage', 'Уламки дрона впали на території дитячого садка. Діти були в укритті, пошкоджень немає.'],
    ['en debris on school grounds, no damage', 'Debris from a downed drone fell on the grounds of a school. No damage was reported.'],
  ] as const)('%s: no incident', (_name, text) => {
    expect(damage(text).filter((e) => e.scope === 'incident')).toEqual([]);
  });

  it('a burnt-school participle qualifies its own noun, not the school named before it', () => {
    const events = damage('Dzieci zostały przekierowane do szkoły w Rogożu, oddalonej o pięć kilometrów od spalonej szkoły w Szkotowie.');
    expect(events.map((e) => e.settlement)).toEqual(['Szkotowie']);
  });

  it('"not only" is no denial', () => {
    const events = damage('The missile strike on Kyiv damaged not only a residential building but also hit a kindergarten nearby.');
    expect(events.map((e) => e.institutionKind)).toEqual(['kindergarten']);
  });
});

describe('named institutions listed after a colon about damaged institutions', () => {
  it.each([
    ['bg', 'Бурята нанесе щети на училища в града. Сред най-пострадалите от бурята учебни заведения са: ОУ „Васил Левски“ и Английската гимназия.', 2],
    ['uk', 'Унаслідок обстрілу пошкоджено навчальні заклади міста: Ліцей № 5 та Гімназію № 12.', 2],
    ['en', 'The storm damaged several schools in the county: Lincoln Elementary School and Central High School.', 2],
  ] as const)('%s', (_lang, text, n) => {
    const events = damage(text).filter((e) => e.scope === 'incident' && e.institution);
    expect(events.length, JSON.stringify(events.map((e) => e.institution))).toBe(n);
  });
});

describe('Bulgarian forms', () => {
  it.each([
    ['a destructive storm is not a destruction', 'Унищожителният щорм нанесе поражения на училище в Бургас. Засегнат е покривът.', 'damaged'],
    ['a school burned down', 'Пожар унищожи изцяло старото училище в селото. Пожарникарите са гасили огъня цяла нощ, няма пострадали хора.', 'destroyed'],
  ] as const)('%s', (_name, text, severity) => {
    const events = damage(text);
    expect(events.map((e) => e.severity)).toEqual([severity]);
  });

  it('a two-word village with a lower-case noun', () => {
    const events = damage('Бурният вятър отнесе покрива на детската градина в село Ново село. Няма пострадали деца, съобщиха от общината.');
    expect(events.map((e) => e.settlement)).toEqual(['Ново село']);
  });
});
