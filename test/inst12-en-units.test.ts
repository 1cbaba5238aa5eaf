/**
 * English colleges and schools of a university named by their subject ("College of Engineering",
 * "School of Medicine") are its units: the university is the institution, whether the unit comes
 * after its name ("University of Washington College of Engineering") or after "at the"
 * ("the College of Medicine at the University of Illinois"), or stands alone in a story about it
 * (test/realnews/dev en/1216-1219). Polish and Cyrillic faculties (Wydział, факультет) are units
 * already; this is the English form of the same class.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ text: string; names: string[] }> = [
  { text: 'Michael Bragg will become dean of the University of Washington College of Engineering in July.', names: ['University of Washington'] },
  { text: 'Li is a senior associate dean at Ohio State University College of Medicine.', names: ['Ohio State University'] },
  { text: 'She is the dean of the College of Liberal Arts and Sciences at the University of Illinois.', names: ['University of Illinois'] },
  { text: 'The College of Engineering will be under new leadership this fall, the University of Illinois said.', names: ['University of Illinois'] },
  { text: 'He is a professor at the Harvard University School of Public Health.', names: ['Harvard University'] },
  // not units: a university named with "College", a college with a place, "at" a place
  { text: 'He studied at University College London before moving to Imperial College London.', names: ['Imperial College London', 'University College London'] },
  { text: 'Cangellaris earned his doctorate from University of California at Berkeley in 1985.', names: ['University of California at Berkeley'] },
  { text: 'The Government College of Engineering signed a memorandum with the Indian Institute of Technology.', names: ['Government College of Engineering', 'Indian Institute of Technology'] },
  { text: 'Students of the School of Computing at the University of Leeds built a robot.', names: ['University of Leeds'] },
  // a subject college with its place after it is a college of its own, not a unit
  { text: 'The memorandum was signed by Tata Consultancy Services Limited and the College of Engineering Trivandrum.', names: ['College of Engineering Trivandrum', 'Tata Consultancy Services Limited'] },
];

describe('en: a university\'s colleges and schools named by their subject are units', () => {
  it.each(ROWS)('$text', ({ text, names }) => {
    const got = analyze({ text, htmlLang: 'en' }).institutions.map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
});
