/**
 * Round 12 (dmg12): a dash before a named institution that closes the clause is an apposition naming what
 * was hit: "разрушено спортивное заведение — Днепровский профессиональный колледж". Before, every spaced dash
 * ended the damage word's clause. A dash before a name that goes on into a clause of its own ("— Херсонський
 * ліцей № 5 не постраждав") still ends it. Texts with a URL are copied from that page (dev items, none from
 * the holdout); the others are minimal texts of the same construction, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.quote.slice(0, 50)]));

describe('a named institution after a dash is what the damage word reached', () => {
  it.each([
    // zn.ua/UKRAINE/raketnaja-ataka-po-ukrainskomu-sportu.html (dev ru/1104)
    ['ru', '2 апреля РФ атаковала ракетами Днепр. Ранены 18 людей, 12 из них — в больнице. Повреждены четыре учебных заведения, девять многоквартирных домов, 25 авто. В частности разрушено спортивное заведение — Днепровский профессиональный колледж. В нем учатся 500 студентов в возрасте от 12 до 20 лет.', 'Днепровский профессиональный колледж'],
    // constructed
    ['pl', 'Pocisk zniszczył budynek dydaktyczny — Liceum Ogólnokształcące nr 3 w Charkowie.', 'Liceum Ogólnokształcące nr 3 w Charkowie'],
    ['bg', 'Ракета повреди сградата — Професионална гимназия по туризъм.', 'Професионална гимназия по туризъм'],
    ['en', 'A missile destroyed the main building — Kharkiv National University.', 'Kharkiv National University'],
  ] as const)('%s: %s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.map((e) => e.institution), show(es)).toContain(name);
  });

  it.each([
    // The name opens a clause of its own (constructed).
    ['uk', 'Ракета пошкодила будинок — Херсонський ліцей № 5 не постраждав.'],
  ] as const)('%s: stays negative: %s', (_l, text) => {
    expect(incidents(text), show(incidents(text))).toEqual([]);
  });
});
