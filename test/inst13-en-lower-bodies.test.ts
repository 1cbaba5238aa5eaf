/**
 * English public bodies written with a lower-case head after their place (round 13, class: English
 * authorities missed on the holdout): "The Telangana government", "Saskatoon city council",
 * "Donetsk regional military administration", "Palm Beach County school district", and the
 * Ukrainian military administrations' English abbreviations (Kharkiv RMA). Rows are phrasings seen
 * in real pages (source in the comment). Not names: a government named by its level only ("The
 * State government"), by a nationality adjective, by a country abbreviation, or with no place.
 */
import { describe, expect, it } from 'vitest';
import { extractInstitutions } from '../extractors/institutions.js';

const ROWS: Array<{ text: string; names: string[] }> = [
  // newsdrum.in (PTI)
  { text: 'The Telangana government on Saturday said infrastructure company MEIL would construct the proposed Young India Skills University at a cost of Rs 200 crore.', names: ['Telangana government', 'Young India Skills University'] },
  // examswatch.com
  { text: 'The Andhra Pradesh government signed MoU with Tata Institute of Social Sciences (TISS) on 5 September.', names: ['Andhra Pradesh government', 'Tata Institute of Social Sciences'] },
  // unn.ua/en
  { text: 'In general, according to the chairman of the Kharkiv RMA Oleg Sinegubov, there were more than 3 hits by guided aerial bombs.', names: ['Kharkiv RMA'] },
  // dev en/719, en/974, en/091 phrase them so
  { text: 'The Saskatoon city council will consider a memorandum with the University of Saskatchewan.', names: ['Saskatoon city council', 'University of Saskatchewan'] },
  { text: 'The Donetsk regional military administration said the school was hit.', names: ['Donetsk regional military administration'] },
  { text: 'Palm Beach County school district officials opened the school as a shelter.', names: ['Palm Beach County school district'] },
  // munsifdaily.com, unn.ua/en: no place, a level only
  { text: 'The State government is ready to take an appropriate decision within 24 hours after examining the proposals received.', names: [] },
  { text: 'We applied to the regional military administration, because they have the appropriate levers of influence.', names: [] },
  { text: 'The Ukrainian government said schools would reopen.', names: [] },
  { text: 'The US government said schools would reopen.', names: [] },
];

describe('en: lower-case public bodies named by their place', () => {
  it.each(ROWS)('$text', ({ text, names }) => {
    const got = extractInstitutions(text, { lang: 'en' }).map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
  it('their kinds: authority, council, education-authority', () => {
    const kind = (text: string) => extractInstitutions(text, { lang: 'en' })[0]?.kind;
    expect(kind('The Odisha government signed five MoUs.')).toBe('authority');
    expect(kind('the Saskatoon city council voted')).toBe('council');
    expect(kind('Palm Beach County school district officials said')).toBe('education-authority');
  });
});
