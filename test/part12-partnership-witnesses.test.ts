/**
 * Witnesses of a signing are no parties (issue 7, point 3): "The MOA which was signed earlier this
 * week was witnessed by the officials from the Department of Higher Education", "The signing was
 * witnessed by …", "Under the witness of …" name guests, as "in the presence of" does (the other
 * languages of the corpus write presence: "в присутствии", "у присутності", "w obecności", "в
 * присъствието на", already read so). Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const CASES: { id: string; text: string; parties: string[]; witnesses: string[] }[] = [
  {
    id: 'en-follow-up',
    text: 'The signing of a Memorandum of Agreement between the East Sepik Provincial Health Authority and Divine Word University will allow nursing students to train at the hospital.\n\nThe MOA which was signed earlier this week was witnessed by the officials from the Department of Higher Education and the Provincial Government.',
    parties: ['East Sepik Provincial Health Authority', 'Divine Word University'],
    witnesses: ['Department of Higher Education', 'Provincial Government'],
  },
  {
    id: 'en-same-sentence',
    text: 'The MOA which was signed on Monday by Divine Word University and the Madang Provincial Health Authority was witnessed by officials from the Department of Health.',
    parties: ['Divine Word University', 'Madang Provincial Health Authority'],
    witnesses: ['Department of Health'],
  },
  {
    id: 'en-under-the-witness',
    text: 'Stellenbosch University and the City of Cape Town signed a memorandum of understanding. Under the witness of the Western Cape Education Department, the two rectors exchanged the documents.',
    parties: ['Stellenbosch University', 'City of Cape Town'],
    witnesses: ['Western Cape Education Department'],
  },
];

describe('witnesses of a signing are no parties', () => {
  it.each(CASES)('$id', ({ text, parties, witnesses }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
    for (const w of witnesses) expect(events.flatMap((e) => e.parties).some((x) => norm(x).includes(norm(w))), `${w} is no party`).toBe(false);
  });
});
