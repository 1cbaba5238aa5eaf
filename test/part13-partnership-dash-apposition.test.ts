/**
 * A party described and then named after a dash is one party (issue 7, point 3; round 13 class 1,
 * party slots): "між Херсонським національним технічним університетом та Білозерським закладом
 * початкової освіти – науковим ліцеєм ім. О.Я. Печерського …" signs between two bodies, the lyceum
 * being the "institution of primary education" the list describes first. A description the tagger
 * does not know, renamed after a spaced dash by a name it knows, gives that name alone (the description,
 * an instrumental case form, is neither a party nor an institution). Row: kntu.net.ua.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const ROWS: { id: string; text: string; parties: string[]; not: string[] }[] = [
  {
    id: 'uk-description-dash-name',
    text: 'Укладено Меморандум про співпрацю між ХНТУ і Білозерським науковим ліцеєм ім. О.Я. Печерського\n\n16 січня у науковому ліцеї ім. О.Я.Печерського відбулось підписання Меморандуму про співпрацю між Херсонським національним технічним університетом та Білозерським закладом початкової освіти – науковим ліцеєм ім. О.Я. Печерського Білозерської селищної ради Херсонської області.',
    parties: ['Херсонський національний технічний університет', 'ліцей ім. О.Я. Печерського'],
    not: ['закладом'],
  },
];

describe('a description renamed after a dash is one party', () => {
  it.each(ROWS)('$id', ({ text, parties, not }) => {
    const doc = analyze({ text, published: '2024-05-20' });
    const events = doc.events.filter((e): e is PartnershipEvent => e.type === 'partnership');
    expect(events.length, JSON.stringify(events)).toBe(1);
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
    for (const n of not) {
      expect(events[0].parties.some((x) => x.includes(n)), events[0].parties.join(' | ')).toBe(false);
      expect(doc.institutions.some((i) => i.name.includes(n)), doc.institutions.map((i) => i.name).join(' | ')).toBe(false);
    }
  });
});
