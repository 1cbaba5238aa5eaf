/**
 * English names with an ampersand between capitalised words are one name: "Alabama A&M University"
 * (real case en/1224: the extractor found "M University"), "Texas A&M University"; and a hospital
 * written "Children's Hospital & Medical Center" stays a hospital, not a "Medical Center" (en/1239).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ text: string; names: string[] }> = [
  { text: 'Graduates can complete a degree at Alabama State University or Alabama A&M University.', names: ['Alabama A&M University', 'Alabama State University'] },
  { text: 'Texas A&M University signed an agreement with Rice University on Monday.', names: ['Rice University', 'Texas A&M University'] },
  { text: "The grand opening of Children's Hospital & Medical Center's new wing was held on Wednesday.", names: [] },
  { text: 'Florida A&M University and Tallahassee Community College announced a transfer programme.', names: ['Florida A&M University', 'Tallahassee Community College'] },
];

describe('en: an ampersand inside a name', () => {
  it.each(ROWS)('$text', ({ text, names }) => {
    expect(analyze({ text, htmlLang: 'en' }).institutions.map((t) => t.name).sort()).toEqual([...names].sort());
  });
});
