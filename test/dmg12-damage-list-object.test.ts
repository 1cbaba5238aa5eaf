/**
 * Round 12 (dmg12): an attack or "suffered" word reaches the institutions of the enumeration right after
 * it, however far down the list they stand: "внаслідок атаки дронами постраждали 9 житлових будинків, церква
 * святих Ольги та Єлизавети, школа №55, коледж та Львівська політехніка", "пострадали жилые дома, школа и
 * детский сад". Before, an attack word reached only a target within five words, or right after it when the
 * sentence names no weapon. Texts with a URL are copied from that page (dev items, none from the holdout);
 * the others are minimal texts of the same construction, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.quote.slice(0, 50)]));

describe('an enumeration after an attack or "suffered" word: its institutions are hit', () => {
  it.each([
    // 24tv.ua/education/ataka-droniv-lviv-15-sichnya-poshkodzheni-korpusi-lvivskoyi-politehniki_n2989457 (dev uk/1122)
    ['uk', '- У Львові внаслідок атаки дронами постраждали 9 житлових будинків, церква святих Ольги та Єлизавети, школа №55, коледж та Львівська політехніка.', 'school'],
    // constructed
    ['ru', 'В Харькове в результате ракетного удара пострадали жилые дома, автомобили, магазин, остановка, школа и детский сад.', 'school'],
    ['bg', 'При ракетния удар в Одеса са пострадали жилищни сгради, магазин, спирка, църква и училище.', 'school'],
  ] as const)('%s: %s', (_l, text, kind) => {
    const es = incidents(text);
    expect(es.map((e) => e.institutionKind), show(es)).toContain(kind);
  });

  it.each([
    // Not past the end of the enumeration, nor a landmark (constructed).
    ['ru', 'В Харькове в результате ракетного удара пострадали жилые дома, автомобили, магазин и остановка возле школы.'],
    ['uk', 'Внаслідок атаки постраждали будинки та автомобілі, діти з найближчої школи в укритті.'],
  ] as const)('%s: stays negative: %s', (_l, text) => {
    expect(incidents(text), show(incidents(text))).toEqual([]);
  });
});
