/**
 * Becoming a partner, or taking a class under patronage, is an agreement entered into (issue 7, point 3;
 * round 13 class 2, the frame): "Группа ПОЛИПЛАСТИК стала партнером МТУ", "… została partnerem …",
 * "Wydział obejmuje patronat nad klasami I LO". Such a verb frame names no document: one
 * naming a single party right after an agreement told before is that agreement's (the faculty that
 * signed the patronage agreement takes the class under its patronage), and one naming no body at all
 * ("более 2000 компаний стали партнёрами колледжей") is no agreement. Rows are real Russian and Polish
 * news (valverus.info, lo1.szczecin.pl, radio1.ru). The same rows stand in the uk ("стали партнерами")
 * and bg ("стана партньор") tables.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const ROWS: { id: string; text: string; events: string[][] }[] = [
  { id: 'ru-stala-partnerom', text: 'Группа ПОЛИПЛАСТИК стала партнером МТУ', events: [['ПОЛИПЛАСТИК', 'МТУ']] },
  {
    id: 'pl-patronat-joins-agreement',
    text: '16 listopada została podpisana umowa patronacka z Wydział Kształtowania Środowiska i Rolnictwa ZUT w Szczecinie reprezentowanym przez prof.dr.hab.inż. Arkadiusza Telesińskiego – Dziekana WKŚiR ZUT.\nWydział obejmuje patronat nad klasami I LO o nachyleniu programowym matematyczno-technologicznym.',
    events: [['ZUT', 'I LO']],
  },
  { id: 'ru-unnamed-plural', text: 'В Подмосковье более 2000 компаний стали партнёрами колледжей', events: [] },
];

describe('becoming a partner is an agreement entered into', () => {
  it.each(ROWS)('$id', ({ text, events }) => {
    const got = partnerships(text);
    expect(got.length, JSON.stringify(got)).toBe(events.length);
    events.forEach((parties, i) => {
      expect(got[i].status).toBe('signed');
      for (const p of parties) expect(got[i].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${got[i].parties.join(' | ')}`).toBe(true);
    });
  });
});
