/**
 * Dates found from words, for extractors/dates.ts: month names with their day and year in every
 * order the five languages write them ("8 грудня 2020", "November 19, 2019", "Авг 26, 2015",
 * "2015-кві-12", "12-Iun-2013", "June 12-14, 2021", "2 Декабрь 95", "двадцать восьмое марта",
 * "the first of January"), relative days ("вчора") and relative expressions ("2 дня назад",
 * extractors/_date-relative.ts). One scan over the letter runs of the text; a word is looked up
 * only when its first two letters begin some word of the lexicon.
 */
import type { YMD } from './_date-calendar.js';
import { afterMarker, fullYear, NO_PART, yearOrNull, type Group } from './_date-groups.js';
import { yearAfterMarker } from './_date-numeric.js';
import type { DateLexicon, MonthForm } from './_date-lexicon.js';
import { isApostrophe, isDigit, isLetter, isSpace } from './_date-chars.js';
import { normWord } from './_date-relative-lexicon.js';
import { relativeAt } from './_date-relative.js';
import { forEachLetterRun } from './_letters.js';

/** Longest month, relative-day or trigger word; longer words are not looked up. */
const MAX_WORD = 14;
/** After a month word: the year ("грудня 2020", "November, 2019"). */
const YEAR_AFTER = /\.?,?[\s\u00a0]{1,3}(\d{4})(?!\d)/uy;
/** After a month word: a two-digit year, only when a time or the end follows ("2 Декабрь 95 11:15", "9 Jan 11 0:00") or as "'21". */
const YEAR2_AFTER = /(?:\.?,?[\s\u00a0]{1,3}(\d{2})(?=[\s\u00a0]*(?:$|[\r\n]|\d{1,2}[:.]\d{2}(?!\d)))|['’](\d{2})(?!\d))/uy;
/**
 * After a month word written first: the day, an optional second day of a range, and maybe a time and
 * the year ("November 19, 2019", "Nov. 19th 2019", "Wed Aug 05 12:00:00 2015", "June 12-14, 2021").
 */
const DAY_AFTER =
  /\.?[\s\u00a0]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?:[\s\u00a0]?[-–][\s\u00a0]?(\d{1,2})(?:st|nd|rd|th)?)?(?![\d\p{L}])(?:,?[\s\u00a0]{1,3}(?:\d{1,2}:\d{2}(?::\d{2})?[\s\u00a0]{1,3})?(\d{4})(?!\d))?/uy;
/** "2015-кві-12": a year and a hyphen before the month word, a hyphen and the day after it. */
const YEAR_HYPHEN_BEFORE = /(?<![\d.])(\d{4})-$/u;
const DAY_HYPHEN_AFTER = /-(\d{1,2})(?!\d)/y;
/** "12-Iun-2013": a day and a hyphen before, a hyphen and the year after. */
const DAY_HYPHEN_BEFORE = /(?<![\d.-])(\d{1,2})-$/u;
const YEAR_HYPHEN_AFTER = /-(\d{4})(?!\d)/y;
/** Longest word ending a day number in words, hyphenated ones included ("twenty-seventh", "чотирнадцятого"). */
const MAX_DAY_WORD = 20;
/** How far left of a month word its day, range or day words may start. */
export const LEFT_CONTEXT = 40;

/**
 * Lower case of one UTF-16 code unit when it is one code unit and does not depend on its context,
 * else NO_LC (surrogates, İ → i̇, Σ → σ or final ς). Filled on first use per code unit.
 */
const LC = new Uint32Array(65536);
const NO_LC = 0x10000;
function lowerUnit(c: number): number {
  let v = LC[c];
  if (v === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    v = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || l.length !== 1 ? NO_LC : l.charCodeAt(0);
    LC[c] = v + 1;
    return v;
  }
  return v - 1;
}

/** The first two code units (lower case) of every month, relative-day and trigger word of a lexicon. */
const PREFIXES = new WeakMap<DateLexicon, Set<number>>();
function prefixesOf(lex: DateLexicon): Set<number> {
  let p = PREFIXES.get(lex);
  if (!p) {
    p = new Set();
    for (const k of [...lex.months.keys(), ...lex.relative.keys(), ...lex.rel.triggers.keys(), ...lex.yearMarkersBefore]) {
      if (k.length >= 2) p.add(k.charCodeAt(0) * 65536 + k.charCodeAt(1));
    }
    PREFIXES.set(lex, p);
  }
  return p;
}

/**
 * Can the word text[start, end) (lower-cased) be a lexicon word? Its first two code units lower-cased
 * one by one are those of word.toLowerCase() whenever lowerUnit knows them, so a prefix no word of
 * the lexicon has rules it out without lower-casing it.
 */
function mayBeDateWord(text: string, start: number, end: number, prefixes: Set<number>): boolean {
  if (end - start < 2) return true;
  const a = lowerUnit(text.charCodeAt(start));
  const b = lowerUnit(text.charCodeAt(start + 1));
  return a === NO_LC || b === NO_LC || prefixes.has(a * 65536 + b);
}

/** A day number in words right before the month word at `ms`: its day and where it starts. */
function dayWordsBefore(text: string, ms: number, lex: DateLexicon): { day: number; start: number; withYear: boolean } | null {
  const floor = Math.max(0, ms - LEFT_CONTEXT);
  // Quick test on the letter before the space before the month: a day number in words ends there ("восьмое марта"), or "of".
  let e0 = ms;
  while (e0 > floor && isSpace(text.charCodeAt(e0 - 1))) e0--;
  if (e0 === ms || e0 === floor) return null;
  const last = text.charCodeAt(e0 - 1) | 0x20; // ASCII lower case; other scripts are tested as written and lower-cased
  if (last !== 0x66 && !lex.dayWordLastChars.has(last) && !lex.dayWordLastChars.has(text[e0 - 1].toLowerCase().charCodeAt(0))) return null;
  const words: { s: number; w: string }[] = [];
  let i = ms;
  while (words.length <= lex.maxDayWords) {
    let e = i;
    while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
    if (e === i) break;
    let s = e;
    for (let c = text.charCodeAt(s - 1); s > floor && (isLetter(c) || c === 45 || isApostrophe(c)); c = text.charCodeAt(s - 1)) s--;
    if (s === e || (words.length === 0 && e - s > MAX_DAY_WORD)) break;
    const w = normWord(text.slice(s, e));
    if (words.length === 0 && w !== 'of' && !lex.dayWordEnds.has(w.slice(w.lastIndexOf('-') + 1))) return null;
    words.unshift({ s, w });
    i = s;
  }
  if (words.length > 1 && words[words.length - 1].w === 'of') words.pop(); // "first of June"
  for (let k = Math.min(lex.maxDayWords, words.length); k >= 1; k--) {
    const part = words.slice(words.length - k);
    const hit = lex.dayWords.get(part.map((t) => t.w).join(' ').split(/[\s-]+/u).join(' '));
    if (hit) return { day: hit.day, start: part[0].s, withYear: hit.withYear };
  }
  return null;
}

/** What follows a month word after a dot, comma and spaces: 1 a digit, 2 an apostrophe, 0 anything else (no day or year there). */
function nextMark(text: string, at: number): number {
  let i = at;
  const stop = Math.min(text.length, at + 5);
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44 || isSpace(c)) i++;
    else return isDigit(c) ? 1 : c === 0x27 || c === 0x2019 ? 2 : 0;
  }
  return 0;
}

function monthGroup(text: string, ms: number, me: number, form: MonthForm, lower: boolean, pub: YMD | null, lex: DateLexicon): Group | null {
  const leftStart = Math.max(0, ms - LEFT_CONTEXT);
  const left = text.slice(leftStart, ms);
  const m = form.month;
  YEAR_AFTER.lastIndex = me;
  const ym = YEAR_AFTER.exec(text);
  let y = ym ? yearOrNull(ym[1]) : null;
  let end = ym && y !== null ? afterMarker(text, YEAR_AFTER.lastIndex, lex) : me;
  const next = nextMark(text, me);
  if (y === null && next !== 0) {
    YEAR2_AFTER.lastIndex = me;
    const y2 = YEAR2_AFTER.exec(text);
    if (y2) {
      y = fullYear(Number(y2[1] ?? y2[2]), pub);
      end = YEAR2_AFTER.lastIndex;
    }
  }
  // A lower-case English month ("friday, 03 september 2014") counts only in a full date: "may", "march" are words.
  const full = (g: Group) => (!lower || (g.a.y !== null && g.a.d !== null) ? g : null);
  const hyphen = left.charCodeAt(left.length - 1) === 45;
  const hy = hyphen ? YEAR_HYPHEN_BEFORE.exec(left) : null;
  if (hy) {
    DAY_HYPHEN_AFTER.lastIndex = me;
    const dm = DAY_HYPHEN_AFTER.exec(text);
    if (dm) return full({ start: leftStart + hy.index, end: DAY_HYPHEN_AFTER.lastIndex, how: 'month-name', shape: 'single', a: { y: Number(hy[1]), m, d: Number(dm[1]) } });
  }
  const hd = hyphen ? DAY_HYPHEN_BEFORE.exec(left) : null;
  if (hd) {
    YEAR_HYPHEN_AFTER.lastIndex = me;
    const yh = YEAR_HYPHEN_AFTER.exec(text);
    if (yh) return full({ start: leftStart + hd.index, end: YEAR_HYPHEN_AFTER.lastIndex, how: 'month-name', shape: 'single', a: { y: Number(yh[1]), m, d: Number(hd[1]) } });
  }
  const range = lex.dayRangeBefore.exec(left);
  if (range) {
    const d1 = Number(range[1]);
    const d2 = Number(range[3]);
    const night = lex.nightJoin.test(range[2]);
    if (!night && d1 >= d2) return null;
    const a = night && d1 > d2 ? { y: null, m: m === 1 ? 12 : m - 1, d: d1 } : { y, m, d: d1 };
    return full({ start: leftStart + range.index, end, how: 'month-name', shape: night ? 'night' : 'range', a, b: { y, m, d: d2 } });
  }
  const day = lex.dayBefore.exec(left);
  if (day) return full({ start: leftStart + day.index, end, how: 'month-name', shape: 'single', a: { y, m, d: Number(day[1]) } });
  const words = dayWordsBefore(text, ms, lex);
  if (words && (!words.withYear || y !== null)) return full({ start: words.start, end, how: 'month-name', shape: 'single', a: { y, m, d: words.day } });
  DAY_AFTER.lastIndex = me;
  const dm = next === 1 ? DAY_AFTER.exec(text) : null;
  // Month first: English always ("November 19"); other languages with the year written ("Авг 26, 2015").
  if (dm && (form.monthFirst || dm[3] !== undefined)) {
    const yy = yearOrNull(dm[3]);
    const d1 = Number(dm[1]);
    const d2 = dm[2] === undefined ? null : Number(dm[2]);
    const g: Group =
      d2 !== null && d2 > d1
        ? { start: ms, end: DAY_AFTER.lastIndex, how: 'month-name', shape: 'range', a: { y: yy, m, d: d1 }, b: { y: yy, m, d: d2 } }
        : { start: ms, end: DAY_AFTER.lastIndex, how: 'month-name', shape: 'single', a: { y: yy, m, d: d1 } };
    if (d2 === null || d2 > d1) return full(g);
  }
  if (y !== null && !lower && !form.needsDay) return { start: ms, end, how: 'month-name', shape: 'single', a: { y, m, d: null } };
  return null;
}

/** Month names with their day and year, relative days, and (with a publication date) relative expressions. */
export function collectWords(text: string, lex: DateLexicon, pub: YMD | null, out: Group[]): void {
  const prefixes = prefixesOf(lex);
  forEachLetterRun(text, (start, end) => {
    if (end - start > MAX_WORD || !mayBeDateWord(text, start, end, prefixes)) return;
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    const form = lex.months.get(lower);
    if (form) {
      const first = word[0];
      const isLower = form.capitalisedOnly && first === first.toLowerCase();
      const g = monthGroup(text, start, end, form, isLower, pub, lex);
      if (g) out.push(g);
      return;
    }
    if (lex.yearMarkersBefore.has(lower) && yearAfterMarker(text, start, end, out)) return;
    if (!pub) return;
    const entries = lex.rel.triggers.get(lower);
    if (entries) {
      const hit = relativeAt(text, start, end, entries, lex.rel);
      if (hit) {
        out.push({ start: hit.start, end: hit.end, how: 'relative', shape: 'relative', a: NO_PART, shift: hit.shift });
        return;
      }
    }
    const offset = lex.relative.get(lower);
    if (offset !== undefined) out.push({ start, end, how: 'relative', shape: 'relative', a: NO_PART, shift: { day: offset } });
  });
}
