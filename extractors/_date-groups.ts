/**
 * The intermediate form of date extraction (extractors/dates.ts): a group is one written date,
 * range, night or relative expression with its span, before years are filled in and tags emitted.
 */
import type { DateHow } from '../types.js';
import { MAX_YEAR, MIN_YEAR, type YMD } from './_date-calendar.js';
import type { DateLexicon } from './_date-lexicon.js';
import type { DateShift } from './_date-table.js';

export interface Part {
  y: number | null;
  m: number | null;
  d: number | null;
  /** The year was taken from the publication date. */
  yearInferred?: boolean;
}

export interface Group {
  start: number;
  end: number;
  how: DateHow;
  /** single date; range of days in one month; night (a = evening's day, b = the night's date); relative to the publication. */
  shape: 'single' | 'range' | 'night' | 'relative';
  a: Part;
  b?: Part;
  /** For a relative group: its offset from the publication date. */
  shift?: DateShift;
  /** Set when two single dates form a range ("з 1 вересня по 5 жовтня"). */
  role?: 'range-start' | 'range-end';
  prefix?: 'from' | 'until';
}

export const NO_PART: Part = { y: null, m: null, d: null };

export function yearOrNull(s: string | undefined): number | null {
  if (!s) return null;
  const y = Number(s);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/**
 * How far after the publication a two-digit year may lie: "26.10.21" in a 2014 article is 2021,
 * "3/3/50" in a 2015 one is 1950 (dates in news lie before publication or shortly after).
 */
const TWO_DIGIT_AHEAD = 10;
/** Without a publication date, the C library's rule: 00-68 are 20xx, 69-99 are 19xx. */
const TWO_DIGIT_PIVOT = 68;

/** The full year of a two-digit year, against the publication date when there is one. */
export function fullYear(yy: number, pub: YMD | null): number {
  if (pub) return 2000 + yy <= pub.y + TWO_DIGIT_AHEAD ? 2000 + yy : 1900 + yy;
  return yy <= TWO_DIGIT_PIVOT ? 2000 + yy : 1900 + yy;
}

/** End of an optional year marker ("р.", " roku", " г.") at `at`, or `at`. */
export function afterMarker(text: string, at: number, lex: DateLexicon): number {
  lex.yearMarker.lastIndex = at;
  return lex.yearMarker.exec(text) ? lex.yearMarker.lastIndex : at;
}
