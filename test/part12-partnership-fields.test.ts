/**
 * A field of study is no party (issue 7, point 3): English capitalises subjects in running text
 * ("in the subject areas of Bioscience and Technology, Sister Nivedita University signed a
 * Memorandum", "Research, Science and Technology"); a capitalised field alone is no body, while a
 * body named with one keeps its name ("Institute of Technology", "Faculty of Science" units aside).
 * English only: the Slavic languages of the corpus write subjects in lower case. Sentences written
 * in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const CASES: { id: string; text: string; parties: string[]; fields: string[] }[] = [
  { id: 'en-subject-areas', text: 'To facilitate research collaborations, especially in the subject areas of Bioscience and Technology, Sister Nivedita University signed a Memorandum of Understanding with NIT Durgapur.', parties: ['Sister Nivedita University'], fields: ['Bioscience', 'Technology'] },
  { id: 'en-fields-list', text: 'In Engineering, Medicine and Management, Stellenbosch University signed an agreement with the University of Ghana.', parties: ['Stellenbosch University', 'University of Ghana'], fields: ['Engineering', 'Medicine', 'Management'] },
  { id: 'en-named-with-field', text: 'The Massachusetts Institute of Technology signed a memorandum of understanding with Tsinghua University on Science and Engineering.', parties: ['Massachusetts Institute of Technology', 'Tsinghua University'], fields: ['Science', 'Engineering'] },
];

describe('a capitalised field of study is no party', () => {
  it.each(CASES)('$id', ({ text, parties, fields }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
    for (const f of fields) expect(events[0].parties.map(norm), `${f} is no party`).not.toContain(norm(f));
  });
});
