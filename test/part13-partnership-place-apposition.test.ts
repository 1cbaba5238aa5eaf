/**
 * The town after an English institution's name is no party (issue 7, point 3; round 13 class 1,
 * party slots): Indian, Nigerian and British news write "MSME Technology Centre, Puducherry", "Sona
 * Devi University (SDU), Ghatsila", "the University of Salford, Manchester, UK", and the gazetteer
 * knows none of these towns. One or two capitalised words set off by a comma after an education
 * institution (or centre), closed by a comma, "and", a bracket, the end or a lower-case word, are
 * where it is, not another signatory. Also: "to pursue academic research projects" is no planned
 * agreement (only pursuing an agreement is). Rows are sentences of real English news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const ROWS: { id: string; text: string; parties: string[]; places: string[]; status?: string }[] = [
  // news.careers360.com
  { id: 'centre-town-before-verb', text: 'NEW DELHI: The Pondicherry University and MSME Technology Centre, Puducherry, have signed an agreement for fostering industry-academic collaboration.', parties: ['Pondicherry University', 'Technology Centre'], places: ['Puducherry'] },
  // sonadeviuniversity.ac.in
  { id: 'towns-after-brackets', text: 'A Memorandum of Understanding (MoU) was signed today between Sona Devi University (SDU), Ghatsila and the National Institute of Electronics and Information Technology (NIELIT), Ranchi.', parties: ['Sona Devi University', 'National Institute of Electronics and Information Technology'], places: ['Ghatsila', 'Ranchi'] },
  // deccanherald.com
  { id: 'town-and-country', text: 'The state higher education department has signed a memorandum of understanding (MOU) with the University of Salford, Manchester, UK, for research and development, student and faculty exchange programme.', parties: ['University of Salford'], places: ['Manchester', 'UK'] },
  // financialexpress.com
  { id: 'town-before-to', text: 'Technological University of the Shannon (TUS), backed by Education in Ireland, has signed a memorandum of understanding (MoU) with MIT World Peace University, Pune to create an institutional partnership, as per an official statement.', parties: ['Technological University of the Shannon', 'World Peace University'], places: ['Pune'] },
  // tribuneindia.com: the country after the name; "to pursue academic research projects" is no planned agreement.
  { id: 'country-and-pursue', text: 'Guru Nanak Dev University and the University of Wolverhampton, England, have entered into an agreement to provide more opportunities for faculty members and students to pursue academic research projects, faculty-student exchange programmes and to explore career opportunities in England.', parties: ['Guru Nanak Dev University', 'University of Wolverhampton'], places: ['England'], status: 'signed' },
  // hindustantimes.com
  { id: 'state-after-name', text: 'Britain’s University of Plymouth, exploring for more linkages with India, recently signed a memorandum of understanding with Kaziranga University, Assam.', parties: ['University of Plymouth', 'Kaziranga University'], places: ['Assam'] },
];

describe('the town after an English institution is no party', () => {
  it.each(ROWS)('$id', ({ text, parties, places, status }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    const got = events[0].parties;
    for (const p of parties) expect(got.some((x) => norm(x).includes(norm(p))), `${p} in ${got.join(' | ')}`).toBe(true);
    for (const p of places) expect(got.some((x) => norm(x) === norm(p)), `${p} not in ${got.join(' | ')}`).toBe(false);
    expect(got.length).toBe(parties.length);
    if (status) expect(events[0].status).toBe(status);
  });
});
