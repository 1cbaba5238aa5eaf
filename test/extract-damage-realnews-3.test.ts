/**
 * Damage events on real-news constructions, third round: one table per error class found on the
 * real-news dev set, in every language where the class occurs. Sentences are written for these
 * tests in the style of real reports (no corpus text); negatives stay negative.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function damage(text: string, published: string | null = '2024-05-20'): DamageEvent[] {
  return analyze({ text, published }).events.filter((e): e is DamageEvent => e.type === 'damage');
}
const incidents = (text: string) => damage(text).filter((e) => e.scope === 'incident');
const statistics = (text: string) => damage(text).filter((e) => e.scope === 'statistic');
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.scope, e.institution ?? e.institutionKind, e.quote.slice(0, 60)]));

describe('a figure in thousands written with a word is the count it heads', () => {
  it.each([
    ['uk', 'Окупанти пошкодили понад 1,7 тис. закладів освіти в Україні.\n\nЗа ці три місяці ракетні удари пошкодили понад 240 закладів освіти, а загалом — понад 1,7 тис.', 2],
    ['ru', 'Оккупанты повредили более 1,7 тыс. учебных заведений.\n\nЗа три месяца ракетные удары повредили более 240 учебных заведений, а всего — более 1,7 тыс.', 2],
    ['bg', 'Руските удари са повредили над 1,7 хиляди учебни заведения.\n\nСамо за три месеца ракетите са повредили над 240 учебни заведения, а общо — над 1,7 хиляди.', 2],
    ['en', 'Strikes have damaged more than 1.7 thousand educational institutions.\n\nIn three months missile strikes damaged more than 240 educational institutions, and 1.7 thousand in all.', 2],
  ] as const)('%s: the rounded total and the count of a period are two statistics', (_l, text, n) => {
    expect(statistics(text).length, show(damage(text))).toBe(n);
  });
});

describe('"damaged and destroyed N" in a sentence of its own is a count of its own, "N completely destroyed" a part', () => {
  it.each([
    ['en', 'Troops have damaged or destroyed more than 1,900 educational institutions since February.\n\n"In these 60 days, missile attacks have damaged and destroyed more than 250 educational institutions," the minister wrote.\n\nAt least 210 educational institutions have been completely destroyed.', 2],
    ['uk', 'Окупанти пошкодили або зруйнували понад 1900 закладів освіти з лютого.\n\n«За ці 60 днів ракетні атаки пошкодили та зруйнували понад 250 закладів освіти», — написав міністр.\n\nЩонайменше 210 закладів освіти зруйновано повністю.', 2],
    ['ru', 'Оккупанты повредили или разрушили более 1900 учебных заведений с февраля.\n\n«За эти 60 дней ракетные удары повредили и разрушили более 250 учебных заведений», — написал министр.\n\nПо меньшей мере 210 учебных заведений разрушены полностью.', 2],
  ] as const)('%s', (_l, text, n) => {
    expect(statistics(text).length, show(damage(text))).toBe(n);
  });
});

describe('a round figure is the exact one given after it', () => {
  it.each([
    ['uk', 'Росіяни пошкодили понад 2 тис. закладів освіти.\n\n«2064 заклади освіти постраждали від обстрілів», — повідомили в міністерстві.'],
    ['en', 'Over 2,000 educational institutions have been damaged.\n\n"A total of 2,064 educational institutions were damaged by shelling," the ministry said.'],
    ['ru', 'Повреждены более 2 тыс. учебных заведений.\n\n«Всего 2064 учебных заведения пострадали от обстрелов», — сообщили в министерстве.'],
  ] as const)('%s: one statistic', (_l, text) => {
    expect(statistics(text).length, show(damage(text))).toBe(1);
  });

  it('a figure far above the round one is another count', () => {
    const text = 'Пошкоджено понад 2 тис. закладів освіти.\n\nЗагалом пошкоджено 2900 закладів освіти.';
    expect(statistics(text).length, show(damage(text))).toBe(2);
  });
});

describe('counts of different kinds side by side, each damage word after its noun', () => {
  it.each([
    ['ru', 'Он сообщил: «640 школ повреждены, 90 – разрушены; 75 учреждений высшего образования были повреждены, три – разрушены».', ['school', 'university']],
    ['uk', 'Він повідомив: «640 шкіл пошкоджено, 90 – зруйновано; 75 закладів вищої освіти були пошкоджені, три – зруйновані».', ['school', 'university']],
  ] as const)('%s', (_l, text, kinds) => {
    expect(statistics(text).map((e) => e.institutionKind), show(damage(text))).toEqual(kinds);
  });
});

describe('"already the third institution" counts the institutions hit so far', () => {
  it.each([
    ['ru', 'Ракета разрушила детский сад в Белгороде. Это уже третье учреждение образования — два детских сада и одна школа, где прямые прилеты или большие повреждения.'],
    ['uk', 'Ракета зруйнувала дитячий садок у Харкові. Це вже третій заклад освіти — два садочки та одна школа, де прямі влучання або значні пошкодження.'],
    ['en', 'A missile destroyed a kindergarten in Kharkiv. This is already the third educational institution damaged, two kindergartens and a school.'],
  ] as const)('%s: one incident and one statistic', (_l, text) => {
    const es = damage(text);
    expect(es.map((e) => e.scope).sort(), show(es)).toEqual(['incident', 'statistic']);
  });
});

describe('damage still being established is no damage told', () => {
  it.each([
    ['uk', 'У Києві уламки дрона впали на територію школи в Деснянському районі.\n\nДіти були в укритті.\n\nНа відкритій місцевості виникло загоряння.\n\nІнформація щодо пошкоджень та постраждалих уточнюється.'],
    ['ru', 'В Киеве обломки дрона упали на территорию школы.\n\nДети находились в укрытии.\n\nИнформация о повреждениях и пострадавших уточняется.'],
    ['pl', 'Szczątki drona spadły na teren szkoły w Rzeszowie.\n\nUczniowie byli w schronie.\n\nInformacje o uszkodzeniach są ustalane.'],
    ['bg', 'Отломки от дрон паднаха в двора на училище в Одеса.\n\nДецата са били в укритие.\n\nИнформацията за щетите се уточнява.'],
    ['en', 'Drone debris fell on the grounds of a school in Kyiv.\n\nThe pupils were in the shelter.\n\nInformation about damage is being clarified.'],
  ] as const)('%s: no incident', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });

  it.each([
    ['uk', 'Уламки дрона пошкодили дах школи в Києві. Кількість постраждалих уточнюється.'],
    ['en', 'Drone debris damaged the roof of a school in Kyiv. The number of injured is being clarified.'],
  ] as const)('%s: damage told before the open question stays', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });
});

describe('a school that takes in people moved from a damaged house was not damaged', () => {
  it.each([
    ['ru', 'Жильцов дома, где после удара молнии произошёл пожар, разместят в ближайшей школе № 47.'],
    ['uk', 'Мешканців будинку, де після удару дрона сталася пожежа, розмістять у найближчій школі № 12.'],
    ['en', 'Residents of the block hit by the drone strike will be housed at the nearby Oakfield Primary School.'],
  ] as const)('%s: no incident', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});
