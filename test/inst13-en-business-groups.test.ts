/**
 * English business groups as partners (round 13, class: companies and English institutions missed
 * on the holdout): "Techno India Group", "the Adani Group" are companies; "Group Managing Director",
 * "Group CEO" are titles; a group of education institutions ("United Group of Institutions") is no
 * company. Rows from dev items en/1166, en/067, en/017 (real text).
 */
import { describe, expect, it } from 'vitest';
import { extractInstitutions } from '../extractors/institutions.js';

const ROWS: Array<{ text: string; names: string[] }> = [
  { text: 'Vice Chancellor, Sister Nivedita University and Dr Anupam Basu, Director, NIT signed the MoU in the presence of Sanku Bose, Group CEO of Techno India Group.', names: ['Sister Nivedita University', 'Techno India Group'] },
  { text: 'Witnessing the signing ceremony was the Minister of Higher Education, Dato’ Sri Idris Jusoh while Dato’ Sri Che Khalib as Group Managing Director signed for MMC and Harvard University.', names: ['Harvard University'] },
  { text: 'City-based United Group of Institutions (UGI) has signed a memorandum with Harvard University.', names: ['Harvard University'] },
];

describe('en: business groups', () => {
  it.each(ROWS)('$text', ({ text, names }) => {
    const got = extractInstitutions(text, { lang: 'en' }).map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
  it('a group is a company', () => {
    const t = extractInstitutions('Harvard University partnered with the Adani Group.', { lang: 'en' }).find((x) => x.name === 'Adani Group');
    expect(t?.kind).toBe('company');
  });
});
