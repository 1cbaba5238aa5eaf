/**
 * Round 12 (dmg12): damage told as a part of the building that "suffered" or was "touched", in either
 * order: "пострадало остекление здания ...", "остекление пострадало", "обломками задело здание школы",
 * "зачепило фасад та скління дитячого садка", "постраждало скління ліцею". A part named with the verb is
 * needed: "пострадали жители" and "постраждали люди" are people, not buildings. Texts with a URL are copied
 * from that page (dev items, none from the holdout); the others are minimal texts of the same
 * construction, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.quote.slice(0, 50)]));

describe('a part of the building that suffered or was touched: the institution is damaged', () => {
  it.each([
    // tsn.ua (dev uk/816): "Зокрема, у Чорноморськк внаслідок атаки зачепило фасад та скління дитячого садка." (the page's typo kept)
    ['uk', 'Зокрема, у Чорноморськк внаслідок атаки зачепило фасад та скління дитячого садка.', 'kindergarten'],
    // constructed
    ['uk', 'Постраждало скління ліцею у Харкові.', 'lyceum'],
    ['uk', 'Дах школи постраждав від вибухової хвилі.', 'school'],
    ['ru', 'В Белгороде обломками задело здание школы.', 'school'],
    ['ru', 'Пострадала кровля колледжа в Донецке.', 'college'],
  ] as const)('%s: %s', (_l, text, kind) => {
    const es = incidents(text);
    expect(es.map((e) => e.institutionKind), show(es)).toEqual([kind]);
  });

  it.each([
    // People, not a building (constructed).
    ['ru', 'В результате обстрела пострадали жители, выбиты окна в жилых домах.'],
    ['uk', 'Внаслідок атаки постраждали люди, пошкоджено будинки.'],
    ['ru', 'Обломками задело жилой дом рядом со школой.'],
  ] as const)('%s: stays negative: %s', (_l, text) => {
    expect(incidents(text), show(incidents(text))).toEqual([]);
  });
});
