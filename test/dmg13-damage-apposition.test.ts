/**
 * Round 13 (dmg13), class "one incident told twice in a sentence": an unnamed noun set beside the name of the
 * institution it stands for, after a dash or a colon ("another educational institution in Donbas — Avdiivka
 * School №1", "по найбільшому освітньому закладу Межівської громади – Межівському ліцею №1"). The noun is the
 * name's apposition, not a second, unnamed institution; "another" / "ще одна" before it counts the text's
 * incidents and does not set it apart (damage.ts, appositionOf). Rows are copied from the pages named beside them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement]));

describe('a noun in apposition to a name is that institution, one event', () => {
  it.each([
    // war-ukraine, Avdiivka School №1 (dev en/974)
    ['en', 'Russians destroyed another educational institution in Donbas — Avdiivka School №1. On the night of May 18, the Russian army fired on the building with banned phosphorus munitions. The school burned down completely.', 'Avdiivka School №1'],
    // for-ua.com/article/1252103
    ['uk', 'Уночі 29 листопада російські окупанти поцілили по ліцею на Дніпропетровщині – навчальний заклад зруйновано.\nПро це повідомив Департамент гуманітарної політики Дніпровської міськради в Telegram.\n"У ніч на 29 листопада армія РФ завдала удару КАБом по найбільшому освітньому закладу Межівської громади – Межівському ліцею №1", - йде мова в повідомленні.', 'Межівський ліцей №1'],
  ] as const)('%s: %s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.map((e) => e.institution), show(es)).toEqual([name]);
  });

  it.each([
    // zn.ua (dev ru/1104): the named college after a dash; the four institutions counted before it stay a statistic
    ['ru', 'Повреждены четыре учебных заведения, девять многоквартирных домов, 25 авто. В частности разрушено спортивное заведение — Днепровский профессиональный колледж.', 'Днепровский профессиональный колледж'],
  ] as const)('%s: the name is still the incident: %s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.map((e) => e.institution), show(es)).toEqual([name]);
  });
});
