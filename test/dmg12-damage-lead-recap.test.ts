/**
 * Round 12 (dmg12): a recap that opens the body ("Как мы сообщали ранее, ...", "Нагадаємо, ...",
 * "Przypomnijmy, ...") before any other damage sentence is the story's own incident, told again by a
 * follow-up; the follow-up's later sentences about the same institution belong to it (one event, not two).
 * A recap after the story's own incident is still another incident. Texts with a URL are copied from that
 * page (dev items, none from the holdout); the others are minimal texts of the same construction.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement, e.quote.slice(0, 50)]));

describe('a recap opening the body is the story\'s own incident', () => {
  it.each([
    // dev ru/061 (a Novgorod regional site): the follow-up on a kindergarten hit by a tornado
    ['ru', 'Малышей в поддорском садике от смерча уберег сон\n\nКак мы сообщали ранее, недавно отремонтированный детский садик в Поддорье вчера получил серьезные повреждения от смерча.\n\nПо счастью, дети не пострадали — в момент, когда разрушительная воронка пронеслась над садом, они спали, персонал также был внутри, а иначе могла бы произойти трагедия.\n\nПострадала не только крыша детсада. Но и крышу соседнего магазина смерч перекинул через садик и она повисла на нем, как шапка набекрень.'],
    // constructed
    ['uk', 'Ліцей повертається до навчання\n\nНагадаємо, вчора внаслідок обстрілу було пошкоджено ліцей у Херсоні.\n\nСьогодні директор розповів, що у ліцеї вибито всі вікна.'],
    ['pl', 'Szkoła w Zawadzie nadal zamknięta\n\nPrzypomnijmy, w poniedziałek nawałnica zerwała dach szkoły w Zawadzie.\n\nW szkole zniszczona została też sala gimnastyczna.'],
  ] as const)('%s: one incident: %s', (_l, text) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBe(1);
  });

  it.each([
    // A recap after the story's incident is another one (constructed).
    ['uk', 'Уранці дрон пошкодив ліцей у Херсоні.\n\nНагадаємо, минулого тижня ракета зруйнувала школу в Одесі.', 2],
  ] as const)('%s: a later recap stays apart: %s', (_l, text, n) => {
    expect(incidents(text).length, show(incidents(text))).toBe(n);
  });
});
