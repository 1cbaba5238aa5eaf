/**
 * Round 13 (dmg13), class "label unnamed, predictions named": a sentence that opens with an adjective that
 * describes the building or the school's standing (storeys, village, local, private, old, new) and the kind
 * noun ("Триповерховий коледж обвалився ...", "Сельская школа сгорела на Таймыре") is written with a capital
 * because it opens the sentence; it describes an institution, it does not name one (_damage-names.ts,
 * descriptiveName). The damage event stays unnamed, of that kind. Rows are copied from the pages named beside them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement]));

describe('a describing adjective and a kind noun name no institution', () => {
  it.each([
    // nnovosti, Kolomyia (dev uk/1120)
    ['uk', "З'явилося відео обвалу будівлі коледжу на Прикарпатті (відео)\n\nТриповерховий коледж обвалився просто під час навчання на Прикарпатті! Руїни тепер - замість корпусу економіко-правового навчального закладу в Коломиї. На місці подій працюють бригади рятувальників і медики.", 'college'],
    // amp.ren.tv/news/v-rossii/733295-selskaia-shkola-sgorela-na-taimyre (a guard: the tagger leaves it unnamed already)
    ['ru', 'Деревянное здание школы сгорело в поселке Волочанка на самом севере Красноярского края. Об этом рассказали в пресс-службе регионального управления МЧС.\nРечь идет об одноэтажном здании, в котором учились дети долган и нганасан. Площадь пожара уточняется, никто не пострадал.\nСельская школа сгорела на Таймыре', 'school'],
  ] as const)('%s: %s', (_l, text, kind) => {
    const es = incidents(text);
    expect(es.map((e) => [e.institution, e.institutionKind]), show(es)).toEqual([[null, kind]]);
  });
});
