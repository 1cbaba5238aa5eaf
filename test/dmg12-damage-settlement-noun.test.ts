/**
 * Round 12 (dmg12): a settlement the gazetteer does not know, written after the word for a settlement
 * whatever the preposition: "удар ... по поселку Максима Горького", "в село Воздвижівка", "wieś Zawada",
 * "село Гълъбово". Before, only a locative ("в поселке X", "w miejscowości X") gave such a place, and the
 * event took a region named elsewhere in the text. A region's adjective after the noun ("город Донецкой
 * области") is no settlement. Texts with a URL are copied from that page (dev items, none from the
 * holdout); the others are minimal texts of the same construction, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.region, e.quote.slice(0, 50)]));

describe('a name after the word for a settlement is the incident\'s settlement', () => {
  it.each([
    // aif.ru/incidents/alekseenko_vsu_udarili_raketami_po_shkole_i_detsadu_v_hersonskoy_oblasti (dev ru/1009), first two sentences
    ['ru', 'Школа и детский сад на территории Каланчакского района Херсонской области подверглись ракетным ударам со стороны ВСУ, сообщил в своем Telegram-канале председатель регионального правительства Андрей Алексеенко.\nПо его словам, здания школы и детсада попали под удар, нанесенный украинскими военными минувшей ночью по поселку Максима Горького.', 'Максима Горького'],
    // constructed
    ['uk', 'Окупанти пошкодили школу, удар припав по селу Воздвижівка.', 'Воздвижівка'],
    ['pl', 'Nawałnica, która przeszła przez wieś Zawada, uszkodziła dach szkoły.', 'Zawada'],
    ['bg', 'При удара по село Гълъбово е повредено училището.', 'Гълъбово'],
  ] as const)('%s: %s', (_l, text, want) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBeGreaterThan(0);
    expect(es.every((e) => e.settlement === want), show(es)).toBe(true);
  });

  it.each([
    // A region's adjective after the noun is no settlement (constructed).
    ['ru', 'Снаряды повредили школу, обстрелу подвергся город Донецкой области.'],
  ] as const)('%s: no settlement: %s', (_l, text) => {
    const es = incidents(text);
    expect(es.map((e) => e.settlement), show(es)).toEqual([null]);
  });
});
