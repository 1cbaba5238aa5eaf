/**
 * Round 12 (dmg12): a count of windows, doors or panes is no count of institutions. "Пошкоджено 15 вікон
 * у навчальному корпусі ..." tells one damaged institution; before this rule the count in front of the
 * institution noun made it a statistic. Sentences marked with a URL are copied from that page (dev items
 * only, none from the holdout); the others are minimal sentences of the same construction, written for
 * this table because no published one was found in the round's look-ups.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function damage(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.scope, e.institution ?? e.institutionKind, e.quote.slice(0, 50)]));

describe('a count of windows or doors before the institution: one incident, no statistic', () => {
  it.each([
    // 24tv.ua/education/ataka-droniv-lviv-15-sichnya-poshkodzheni-korpusi-lvivskoyi-politehniki_n2989457 (dev uk/1122)
    ['uk', "За попередньою інформацією, вибуховою хвилею пошкоджено 15 вікон у п'ятому навчальному корпусі та ще одне вікно – у шостому навчальному корпусі Львівської політехніки."],
    // constructed
    ['ru', 'Ударная волна повредила 15 окон в учебном корпусе университета.'],
    ['ru', 'Взрывной волной выбито 20 окон и 3 двери в здании школы.'],
    ['pl', 'Wybito 40 okien w budynku szkoły.'],
    ['bg', 'Взривната вълна е счупила 10 прозореца в сградата на училището.'],
    ['en', 'The blast damaged 15 windows in the school building.'],
  ] as const)('%s: %s', (_l, text) => {
    const es = damage(text);
    expect(es.filter((e) => e.scope === 'statistic'), show(es)).toEqual([]);
    expect(es.filter((e) => e.scope === 'incident').length, show(es)).toBe(1);
  });

  it.each([
    // A count of the institutions themselves still makes a statistic (constructed).
    ['ru', 'Повреждены 15 школ и 20 детских садов.'],
    ['uk', 'Пошкоджено 120 закладів освіти, у яких вибито понад 3000 вікон.'],
    ['en', 'More than 40 schools were damaged in the region.'],
  ] as const)('%s: a count of institutions stays a statistic: %s', (_l, text) => {
    const es = damage(text);
    expect(es.some((e) => e.scope === 'statistic'), show(es)).toBe(true);
  });
});
