/**
 * Round 13 (dmg13), class "no damage predicted" (lexicon): wind tearing a school's roof off is told with the
 * verb in every past form and in the passive ("буревій зірвав дах зі школи", "ветер снес крышу школы",
 * "сорвал часть крыши со школы"); the uk and ru rows of extractors/lang/events now hold the whole paradigm
 * (зірвав / зірвала / зірвало / зніс / знесло, сорвал* / снёс / снесло, the passive and "дах ... зірвало"),
 * not only some forms. Rows are copied from the pages named beside them (dev items marked).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement]));

describe('a roof torn off a school is damage', () => {
  it.each([
    // ukrinform, Kirovohrad region (dev uk/1004)
    ['uk', 'На Кіровоградщині буревій зірвав дах зі школи\nПро це "Суспільному" розповіла директор навчального закладу Любов Нестройна, передає Укрінформ.', 'school'],
    // vesti.ru/article/2592069
    ['ru', 'Порыв ветра снес крышу школы в Новоорске\n\nВ оренбургском поселке Новоорск ввели режим ЧС после того, как ураганный ветер снес крышу со здания школы и повредил кровлю жилых домов.', 'school'],
    // vrn.aif.ru, "Ураганный ветер сорвал часть крыши со школы в Воронежской области"
    ['ru', 'Ураганный ветер сорвал часть крыши со школы в Воронежской области\n\nИнцидент произошёл из-за ураганного ветра, который разбушевался вечером субботы, 23 августа.', 'school'],
    // ktelegram.com/the-hurricane-damaged-the-roof-of-the-school (en rows held the form already: a guard)
    ['en', 'In the Donetsk region hurricane wind tore off the roof of the school in Mirograd. At that time, children in the building was not.', 'school'],
  ] as const)('%s: %s', (_l, text, kind) => {
    const es = incidents(text);
    expect(es.map((e) => e.institutionKind), show(es)).toEqual([kind]);
  });
});
