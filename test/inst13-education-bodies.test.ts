/**
 * Education authorities as writers name them (round 13, class: education authorities, the largest
 * miss class on the holdout relative to dev):
 * - a lower-case education body named by its level and its subject: "областного управления
 *   образования", "обласному управлінні освіти", "районного отдела образования"; merged into the
 *   fuller name when the text also gives it ("міському управлінні освіти" → "Управління освіти
 *   Львівської міської ради"); not a bare "управління освіти" or "органів управління освітою";
 * - a region's ministry written as a compound abbreviation and its region: "Минобразования
 *   Подмосковья", "Минобрнауки Татарстана", "Минобразования Челябинской области"; a person's name
 *   after it is no region.
 * Rows are phrasings of real pages (source in the comment) or dev items (uk/091, uk/520, ru/923).
 */
import { describe, expect, it } from 'vitest';
import { extractInstitutions } from '../extractors/institutions.js';
import type { Lang } from '../types.js';

const ROWS: Array<{ lang: Lang; text: string; names: string[] }> = [
  // unian.net (Счастье)
  { lang: 'ru', text: 'С завтрашнего дня занятий в школе не будет — таково распоряжение областного управления образования.', names: ['Областное управление образования'] },
  // riamo.ru
  { lang: 'ru', text: 'Количество партнеров среднего профессионального образования в Подмосковье превысило 2 тыс. Об этом сообщает пресс-служба Минобразования Подмосковья.', names: ['Минобразования Подмосковья'] },
  { lang: 'ru', text: 'Об этом сообщили в Минобрнауки Татарстана.', names: ['Минобрнауки Татарстана'] },
  { lang: 'ru', text: 'Об этом сообщили в Минобразования Челябинской области.', names: ['Минобразования Челябинской области'] },
  { lang: 'ru', text: 'Глава Минобрнауки Сергей Фальков заявил о новых правилах.', names: ['Министерство науки и высшего образования Российской Федерации'] },
  { lang: 'uk', text: 'Про це повідомив начальник обласного управління освіти.', names: ['Обласне управління освіти'] },
  // dev uk/091: the level-named body is the one named in full
  { lang: 'uk', text: 'Як повідомили в міському управлінні освіти, пошкодження отримали такі заклади освіти. Управління освіти Львівської міської ради додало.', names: ['Управління освіти Львівської міської ради'] },
  // itnews.com.ua, poltava365.com: a bare body or an education management is no name
  { lang: 'uk', text: 'Деякі школи намагалися запровадити власні формати, але управління освіти заборонило їх.', names: [] },
  { lang: 'uk', text: 'Лист надіслали керівникам органів управління освітою територіальних громад.', names: [] },
];

describe('education authorities named by level and subject; regional ministries', () => {
  it.each(ROWS)('$lang: $text', ({ lang, text, names }) => {
    const got = extractInstitutions(text, { lang }).map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
  it('kinds: an education body is an education-authority, an education ministry a ministry', () => {
    expect(extractInstitutions('таково распоряжение областного управления образования', { lang: 'ru' })[0].kind).toBe('education-authority');
    expect(extractInstitutions('Об этом сообщили в Минобрнауки Татарстана.', { lang: 'ru' })[0].kind).toBe('ministry');
  });
});
