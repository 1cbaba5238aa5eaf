/**
 * An agreement still to be ratified or approved is planned, not signed (issue 7, point 3; the status of
 * the agreement frame): Bulgarian news announce "Договорът ще бъде ратифициран от ректора …" for a
 * ceremony to come, and a council "одобри докладна записка за сключване на споразумение" (approved a
 * report on concluding one). A signing told in the same text stays signed. Rows: a real Bulgarian
 * article (Shumen municipality and three higher schools).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const TEXT =
  'Церемонията по подписването е от 10:00 ч. на 17 юли в сградата на Община Шумен. Договорът ще бъде ратифициран от ректора на Варненския свободен университет „Черноризец Храбър“ проф. д-р Петър Христов и от кмета на община Шумен проф. д-р Христо Христов.\n' +
  'През март Община Шумен и Шуменският университет „Епископ Константин Преславски“ сключиха договор за стажантски програми и сътрудничество. През май Общинският съвет в Шумен одобри докладна записка за сключване на споразумение за стратегическо сътрудничество между Община Шумен и Шуменския технологичен институт.';

const ROWS: { id: string; party: string; status: string }[] = [
  { id: 'bg-shte-bade-ratifitsiran', party: 'Варненски свободен университет', status: 'planned' },
  { id: 'bg-signed-stays-signed', party: 'Шуменски университет', status: 'signed' },
  { id: 'bg-odobri-za-skliuchvane', party: 'Шуменски технологичен институт', status: 'planned' },
];

describe('an agreement to be ratified or approved is planned', () => {
  const events = analyze({ text: TEXT, published: '2024-07-10' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');
  it.each(ROWS)('$id', ({ party, status }) => {
    const e = events.find((x) => x.parties.some((p) => norm(p).includes(norm(party))));
    expect(e, JSON.stringify(events.map((x) => [x.status, x.parties]))).toBeDefined();
    expect(e!.status).toBe(status);
  });
});
