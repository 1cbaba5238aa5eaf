/**
 * The agreement frame written as a verb of partnering, with no agreement noun (issue 7, point 3;
 * round 13 class "frame not covered"): real headlines and leads say "X Partners With Y", "X Teams
 * Up With Y", "have partnered to", "entered a partnership with", "ties up with". Each is an
 * agreement entered into between the named parties, the body after "with" read as the other
 * party even when the institution tagger does not know it. Rows are phrasings seen in real
 * English education news (search results, quoted); talk of teaming up with no named party stays
 * no agreement. A headline's "Ink" and a board's "approves partnership" are agreements concluded too.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const ENTERED: { id: string; text: string; parties: string[] }[] = [
  // jbhe.com headlines
  { id: 'partners-with', text: 'Fayetteville State University Partners With Piedmont Community College', parties: ['Fayetteville State University', 'Piedmont Community College'] },
  { id: 'teams-up-with', text: 'Xavier University of Louisiana Teams Up With the University of Southern California', parties: ['Xavier University of Louisiana', 'University of Southern California'] },
  // jamestownsun.com
  { id: 'entered-a-partnership', text: 'The University of Jamestown announced on Wednesday, Aug. 23, that it entered a partnership with Chandigarh University in India to increase UJ’s international presence.', parties: ['University of Jamestown', 'Chandigarh University'] },
  // hindustantimes.com headline
  { id: 'ties-up-with', text: 'Plymouth ties up with Kaziranga University', parties: ['Kaziranga University'] },
  // financialexpress.com
  { id: 'has-partnered-descriptor', text: 'Leading educational institution Noida International University (NIU) has partnered with EV manufacturer OLA Electric to train and upskill its students in the field of electric mobility and futuristic technologies.', parties: ['Noida International University', 'OLA Electric'] },
  // hrdailyadvisor.blr.com
  { id: 'partnered-with', text: 'Wind turbine company Vestas partnered with Northern Maine Community College to develop a Wind Power Technician program.', parties: ['Vestas', 'Northern Maine Community College'] },
  { id: 'entered-into-partnership', text: 'In September, MSNBC reported that Delta Air Lines has entered into a partnership arrangement with Lansing Community College in Michigan to develop aircraft maintenance workers, who today require tech skills.', parties: ['Delta Air Lines', 'Lansing Community College'] },
  // uh.edu headline: a headline's present tense of "inked"
  { id: 'ink-headline', text: 'UH, TSU Ink Memorandum of Understanding', parties: ['UH', 'TSU'] },
  // ksl.com (AP) headline: a partnership approved by the boards
  { id: 'approves-partnership', text: 'University of Toledo approves partnership with health system', parties: ['University of Toledo'] },
];

/** Teaming up with no named party, or with people: no agreement. */
const NONE: { id: string; text: string }[] = [
  // ccdaily.com
  { id: 'team-with-mentors', text: 'Participants also will team with mentors who are current and retired city employees.' },
  // accugrind.com
  { id: 'unnamed-teamed-up', text: 'Colleges and employers in Massachusetts have teamed up to help students get the training they need to receive their credentials while simultaneously making a living and provide skills for their employers.' },
];

describe('a verb of partnering is an agreement entered into', () => {
  it.each(ENTERED)('$id', ({ text, parties }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].status).toBe('signed');
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
  });
  it.each(NONE)('$id', ({ text }) => {
    expect(partnerships(text)).toEqual([]);
  });
});
