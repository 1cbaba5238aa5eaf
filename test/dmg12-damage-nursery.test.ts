/**
 * Round 12 (dmg12): a nursery-kindergarten, "ясли-сад" / "ясла-садок", is a kindergarten in every case
 * form ("здания яслей-сада № 165", "будівлю ясел-садка"); the tokenizer splits the hyphen, so the two
 * words make the noun. Texts with a URL are copied from that page (dev items, none from the holdout);
 * the others are minimal texts of the same construction, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.quote.slice(0, 50)]));

describe('ясли-сад / ясла-садок is a kindergarten', () => {
  it.each([
    // aif.ru/incidents/v_donecke_postradalo_zdanie_detskogo_sada_posle_obstrela_vsu (dev ru/1103), the quoted sentence
    ['ru', '«При обстреле Кировского района в микрорайоне шахты "Лидиевка" пострадало остекление здания яслей-сада № 165», — написал Кулемзин.'],
    // constructed
    ['ru', 'Снаряд повредил здание яслей-сада в Донецке.'],
    ['uk', 'Снаряд пошкодив будівлю ясел-садка у Херсоні.'],
    ['uk', 'Уламки пошкодили ясла-садок «Сонечко» у Херсоні.'],
  ] as const)('%s: %s', (_l, text) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBe(1);
    expect(es[0].institutionKind, show(es)).toBe('kindergarten');
  });

  it.each([
    // A garden that is no kindergarten (constructed).
    ['ru', 'Снаряд повредил фруктовый сад возле дома.'],
    ['uk', 'Уламки впали в сад біля приватного будинку.'],
  ] as const)('%s: a garden stays negative: %s', (_l, text) => {
    expect(incidents(text), show(incidents(text))).toEqual([]);
  });
});
