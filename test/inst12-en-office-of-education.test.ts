/**
 * A US county's "Office of Education" governs its schools, like a school district: an
 * education-authority, not an agency (real case en/1220 "Mendocino County Office of Education");
 * other offices stay agencies.
 */
import { describe, expect, it } from 'vitest';
import type { InstitutionKind } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ text: string; name: string; kind: InstitutionKind }> = [
  { text: 'Jeffries accepted a position at the Mendocino County Office of Education.', name: 'Mendocino County Office of Education', kind: 'education-authority' },
  { text: 'The Los Angeles County Office of Education opened applications for the programme.', name: 'Los Angeles County Office of Education', kind: 'education-authority' },
  { text: 'The Office for Students fined the university for breaching its registration conditions.', name: 'Office for Students', kind: 'agency' },
];

describe('en: a county office of education is an education authority', () => {
  it.each(ROWS)('$name', ({ text, name, kind }) => {
    const tag = analyze({ text, htmlLang: 'en' }).institutions.find((t) => t.name === name);
    expect(tag?.kind).toBe(kind);
  });
});
