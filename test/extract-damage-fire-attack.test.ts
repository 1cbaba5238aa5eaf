/**
 * A fire an attack set is no cause of its own: when an institution's sentence says it was damaged
 * "as a result of the attack" (no weapon named) and the only other cause near it is a fire ("burned
 * out", "згоріли"), the weapon the story names for the attack ("the drone attack") is the cause.
 * A fire with no attack told stays a fire; an attack with no weapon anywhere names no cause.
 * Sentences are written for these tests in the style of real reports (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: '2026-01-13' }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institutionKind, e.cause, e.quote.slice(0, 70)]));

describe('the unnamed attack that set a fire takes the weapon the story names', () => {
  it.each([
    ['en', '"The archive and the library burned out," the head of the education department said.\n\nHe added that a kindergarten next to the lyceum was also damaged as a result of the attack.\n\nIn addition, 30 apartments were damaged by the drone attack, the city council reported.', 'drone'],
    ['en', '"The gym burned out completely," the principal said.\n\nA kindergarten nearby was also damaged as a result of the attack.\n\nThe city was targeted by a missile attack overnight, officials said.', 'missile'],
    ['uk', '«Згоріли бухгалтерія та архів», — повідомив начальник управління освіти.\n\nТакож унаслідок атаки пошкоджено будівлю дитячого садка поруч із ліцеєм.\n\nКрім того, атака дронів пошкодила 30 квартир, повідомила міська рада.', 'drone'],
    ['ru', '«Сгорели бухгалтерия и архив», — сообщил начальник управления образования.\n\nТакже в результате атаки повреждено здание детского сада рядом с лицеем.\n\nКроме того, атака беспилотников повредила 30 квартир, сообщили в мэрии.', 'drone'],
  ] as const)('%s: %s', (_l, text, cause) => {
    const es = incidents(text).filter((e) => e.institutionKind === 'kindergarten');
    expect(es.length, show(incidents(text))).toBeGreaterThan(0);
    for (const e of es) expect(e.cause, show(es)).toBe(cause);
  });

  it.each([
    ['en', 'A fire broke out in the kindergarten overnight; the building was damaged, firefighters said.', 'fire'],
    ['uk', 'Уночі в дитячому садку сталася пожежа, будівлю пошкоджено, повідомили рятувальники.', 'fire'],
  ] as const)('%s: a fire with no attack told stays a fire: %s', (_l, text, cause) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBeGreaterThan(0);
    for (const e of es) expect(e.cause, show(es)).toBe(cause);
  });

  it('an attack with no weapon anywhere and no fire names no cause', () => {
    const es = incidents('A kindergarten in the city was damaged as a result of the attack, the mayor said.');
    expect(es.length, show(es)).toBeGreaterThan(0);
    for (const e of es) expect(e.cause, show(es)).toBeNull();
  });
});
