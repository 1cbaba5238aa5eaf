/**
 * Numeric dates for extractors/dates.ts: ISO (with an optional time), D.M.YYYY / D/M/YYYY /
 * D-M-YYYY, YYYY.MM.DD, two-digit years (26.10.21, 3/3/50, 21-12-19), dots with spaces
 * ("26. 10.21", "11. 12. 2014"), and years with a marker ("у 2022 році", "2020r."). Not inside
 * longer number runs, version numbers, clause numbers or phone numbers.
 */
import type { DateHow, Lang } from '../types.js';
import { exists, type YMD } from './_date-calendar.js';
import { afterMarker, fullYear, yearOrNull, type Group, type Part } from './_date-groups.js';
import type { DateLexicon } from './_date-lexicon.js';

const SP = '[ \\u00a0]';
/**
 * Groups: 1-3 ISO; 4-7 D sep M sep YYYY|YY; 8-10 YYYY.MM.DD; 11-13 DD . MM . YYYY|YY with spaces.
 * The spaced form needs two-digit days and months that can be ones ("1. 12.20" is a list item and a number).
 */
const NUMERIC = new RegExp(
  '(?<![\\p{L}\\d+\\-./])(?:(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?' +
    '|(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4}|\\d{2})' +
    '|(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})' +
    `|(0[1-9]|[12]\\d|3[01])${SP}?\\.${SP}?(0[1-9]|1[0-2])${SP}?\\.${SP}?(\\d{4}|\\d{2}))(?!\\d|[./-][\\d\\p{L}])`,
  'gu',
);
/** A software version number right before digits: "version 2.10.2020", "v1.2.2020", "версія 3.1". */
const VERSION_BEFORE = /(?:version|versio|wersj[aię]|верси[яи]|версі[яї]|ver\.?|v)\s{0,2}$/i;
/** Before a two-digit-year date: a clause, figure or list number ("п. 3.12.10", "ust. 2.10.15", "№ 12.10.21"). */
const CLAUSE_BEFORE = /(?:^|[^\p{L}])(?:п|пп|пункт\p{L}*|розд\p{L}*|разд\p{L}*|ст|стат\p{L}*|ч|част\p{L}*|гл|art|ust|pkt|punkt|par|§|№|nr|no|p|табл\p{L}*|рис|fig)\.?\s*$/iu;
/** Before a two-digit-year date: a phone number's area code or digits ("(044) 30-08-20", "067 12.10.21"). */
const PHONE_BEFORE = /[)\d][\s\u00a0]*$/u;

function twoDigitYearOk(text: string, at: number, sep: string, dd: string, mm: string): boolean {
  if (sep !== '/' && mm.length !== 2) return false; // "3.2.10" is a clause number
  if (sep === '-' && dd.length !== 2) return false;
  const left = text.slice(Math.max(0, at - 14), at);
  return !CLAUSE_BEFORE.test(left) && !PHONE_BEFORE.test(left);
}

export function collectNumeric(text: string, lang: Lang | null, pub: YMD | null, lex: DateLexicon, out: Group[]): void {
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    let part: Part;
    let how: DateHow = 'numeric';
    if (m[1]) {
      part = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      how = 'iso';
    } else if (m[4] || m[11]) {
      const [dd, sep, mm, yy] = m[4] ? [m[4], m[5], m[6], m[7]] : [m[11], '.', m[12], m[13]];
      part = { y: yy.length === 2 ? fullYear(Number(yy), pub) : Number(yy), m: Number(mm), d: Number(dd) };
      if (yy.length === 2 && !(Number(mm) <= 12 && Number(dd) <= 31 && twoDigitYearOk(text, m.index, sep, dd, mm))) continue;
      // US order (11/19/2019, 06-17-2014) only where it is the only reading, on English pages.
      if (lang === 'en' && !exists(part.y!, part.m!, part.d!) && exists(part.y!, part.d!, part.m!)) {
        part = { y: part.y, m: part.d, d: part.m };
      }
    } else {
      part = { y: Number(m[8]), m: Number(m[9]), d: Number(m[10]) };
    }
    if (!exists(part.y!, part.m!, part.d!)) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const end = afterMarker(text, m.index + m[0].length, lex);
    out.push({ start: m.index, end, how, shape: 'single', a: part });
  }
}

export function collectYears(text: string, lex: DateLexicon, out: Group[]): void {
  const re = lex.yearWithMarker;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const y = yearOrNull(m[1]);
    if (y !== null) out.push({ start: m.index, end: m.index + m[0].length, how: 'numeric', shape: 'single', a: { y, m: null, d: null } });
  }
}

/** After a year marker word: the year ("год 2000", "год2000"), not part of a longer number. */
const YEAR_AFTER_MARKER = /[\s\u00a0]{0,2}(\d{4})(?![\d.,:/-]?\d)/y;

/** A year after the marker word text[start, end) ("год 2000"), found by the word scan. */
export function yearAfterMarker(text: string, start: number, end: number, out: Group[]): boolean {
  YEAR_AFTER_MARKER.lastIndex = end;
  const m = YEAR_AFTER_MARKER.exec(text);
  const y = m ? yearOrNull(m[1]) : null;
  if (y === null) return false;
  out.push({ start, end: YEAR_AFTER_MARKER.lastIndex, how: 'numeric', shape: 'single', a: { y, m: null, d: null } });
  return true;
}
