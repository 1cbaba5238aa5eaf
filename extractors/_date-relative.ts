/**
 * Relative date expressions at a trigger word found by the word scan of dates.ts: durations with a
 * direction ("2 дня назад", "3 роки тому", "6 tygodni temu", "преди 3 дни", "через 2 дні",
 * "za 2 lata, 3 miesiące i 2 dni", "in three weeks' time", "1 year, 1 month and 1 day ago") and
 * fixed phrases ("в прошлом году", "онзи ден", "last week"). Reads a short slice around the trigger
 * (at most SLICE characters each way) token by token: linear, no backtracking patterns.
 * The vocabulary is in the language tables (extractors/lang/dates/*.ts), compiled by
 * extractors/_date-relative-lexicon.ts.
 */
import type { DateShift, DateUnit } from './_date-table.js';
import { isApostrophe, isDigit, isLetter, isSpace } from './_date-chars.js';
import { normWord, UNIT_RANK, type RelativeLexicon, type Trigger } from './_date-relative-lexicon.js';

/** How far a duration may reach from its direction word ("1 год, 1 месяц, 1 неделя, 1 день, 1 час и 1 минуту назад" is 58). */
const SLICE = 96;
/** The first, short slice read before a direction word ("2 дня назад"). */
const SHORT_SLICE = 24;
/** A duration read this close to the edge of the short slice may go on: the long slice is read. */
const NEAR_EDGE = 12;
/** The widest whitespace gap between two words of one expression. */
const MAX_GAP = 3;
/** Numbers this large are years or counts, not a duration ("в 2019 году"). */
const MAX_QUANTITY = 999;
/** At most this many parts in one compound duration. */
const MAX_PARTS = 8;

export interface RelativeHit {
  start: number;
  end: number;
  shift: DateShift;
}

interface Tok {
  s: number;
  e: number;
  /** w: word (normalised), n: number, p: one other character */
  k: 'w' | 'n' | 'p';
  t: string;
}

/** The words (lower case), numbers and other characters of text[from, to), by hand: no pattern, one pass. */
function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let i = from;
  // A slice may begin inside a word: that piece is no token.
  if (i > 0 && isLetter(text.charCodeAt(i - 1))) while (i < to && isLetter(text.charCodeAt(i))) i++;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isDigit(c)) {
      while (j < to && isDigit(text.charCodeAt(j))) j++;
      out.push({ s: i, e: j, k: 'n', t: text.slice(i, j) });
    } else if (isLetter(c)) {
      let apostrophe = false;
      for (;;) {
        while (j < to && isLetter(text.charCodeAt(j))) j++;
        if (j + 1 < to && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
          apostrophe = true;
          j++;
          continue;
        }
        break;
      }
      const w = text.slice(i, j);
      out.push({ s: i, e: j, k: 'w', t: apostrophe ? normWord(w) : w.toLowerCase() });
    } else {
      out.push({ s: i, e: j, k: 'p', t: text[i] });
    }
    i = j;
  }
  return out;
}

/** The gap between two tokens is short whitespace (or nothing: "1d"). */
function close(text: string, a: Tok, b: Tok): boolean {
  if (b.s - a.e > MAX_GAP) return false;
  for (let i = a.e; i < b.s; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** Does `words` end at token index `end` (inclusive) of `toks`, hyphens skipped? Returns its first token index or -1. */
function endsWith(text: string, toks: Tok[], end: number, words: string[]): number {
  let i = end;
  for (let w = words.length - 1; w >= 0; w--) {
    while (i >= 0 && toks[i].t === '-' && w < words.length - 1) i--;
    if (i < 0 || toks[i].k !== 'w' || toks[i].t !== words[w]) return -1;
    if (w > 0 && i > 0 && toks[i - 1].t !== '-' && !close(text, toks[i - 1], toks[i])) return -1;
    if (w > 0) i--;
  }
  return i;
}

interface Part {
  unit: DateUnit | null;
  shift: DateShift;
  first: number;
  last: number;
}

function add(total: DateShift, shift: DateShift, sign: number): void {
  for (const u in shift) total[u as DateUnit] = (total[u as DateUnit] ?? 0) + sign * shift[u as DateUnit]!;
}

/** A number (digits or words, "двадцать пять") ending at token `i`: its value and first token, or null. */
function numberBefore(text: string, toks: Tok[], i: number, lex: RelativeLexicon): { n: number; first: number } | null {
  const t = toks[i];
  if (t.k === 'n') return t.t.length <= 3 ? { n: Number(t.t), first: i } : null;
  if (t.k !== 'w') return null;
  const n = lex.numbers.get(t.t);
  if (n === undefined) return null;
  let j = i - 1;
  if (j >= 0 && toks[j].t === '-') j--;
  const tens = j >= 0 && toks[j].k === 'w' ? lex.numbers.get(toks[j].t) : undefined;
  if (n < 10 && tens !== undefined && tens >= 20 && tens % 10 === 0 && close(text, toks[j], toks[j + 1]) ) return { n: tens + n, first: j };
  return { n, first: i };
}

/** One duration part ("2 дня", "неделю", "полгода", "an hour") ending at token `i`, read right to left. */
function partBefore(text: string, toks: Tok[], i: number, lex: RelativeLexicon): Part | 'vague' | null {
  if (i > 0 && toks[i].t === '.' && lex.abbreviations.has(toks[i - 1].t)) i--; // "мин.", "godz."
  if (i < 0 || toks[i].k !== 'w') return null;
  const word = toks[i].t;
  const uw = lex.unitWords.get(word) ?? (i > 0 ? lex.unitWords.get(`${toks[i - 1].t} ${word}`) : undefined);
  if (uw) {
    const first = lex.unitWords.has(word) ? i : i - 1;
    return { unit: null, shift: uw, first, last: i };
  }
  const unit = lex.units.get(word);
  if (!unit) return null;
  const q = i > 0 && (close(text, toks[i - 1], toks[i]) || toks[i - 1].k === 'n') ? numberBefore(text, toks, i - 1, lex) : null;
  if (q && q.n > MAX_QUANTITY) return null;
  if (!q) {
    if (i > 0 && lex.vague.has(toks[i - 1].t)) return 'vague';
    if (!lex.single.has(word)) return null;
  }
  return { unit, shift: { [unit]: q ? q.n : 1 }, first: q ? q.first : i, last: i };
}

/** The "about" phrase ending at token `i` ("около", "less than"): its first token, or -1. */
function approxBefore(text: string, toks: Tok[], i: number, lex: RelativeLexicon): number {
  for (const words of lex.approx) {
    const f = endsWith(text, toks, i, words);
    if (f >= 0) return f;
  }
  return -1;
}

/** A compound duration ending right before token `end`, read right to left: the shift and its first token. */
function durationBefore(text: string, toks: Tok[], end: number, lex: RelativeLexicon): { shift: DateShift; first: number } | null {
  const total: DateShift = {};
  let i = end - 1;
  let first = -1;
  let rank = 0;
  for (let parts = 0; parts < MAX_PARTS && i >= 0; parts++) {
    if (!close(text, toks[i], toks[i + 1])) break;
    const p = partBefore(text, toks, i, lex);
    if (p === 'vague') return null;
    if (!p) break;
    const r = p.unit ? UNIT_RANK[p.unit] : 0;
    if (rank > 0 && r > 0 && r <= rank) break;
    add(total, p.shift, 1);
    if (r > 0) rank = r;
    first = p.first;
    const a = first > 0 ? approxBefore(text, toks, first - 1, lex) : -1;
    if (a >= 0) {
      first = a;
      break;
    }
    i = first - 1;
    if (i >= 0 && (toks[i].t === ',' || lex.join.has(toks[i].t))) i--;
  }
  return first < 0 ? null : { shift: total, first };
}

/** One duration part starting at token `i`, read left to right. */
function partAfter(text: string, toks: Tok[], i: number, lex: RelativeLexicon): Part | 'vague' | null {
  if (i >= toks.length) return null;
  const t = toks[i];
  if (t.k === 'w' && lex.vague.has(t.t)) return 'vague';
  const two = i + 1 < toks.length ? lex.unitWords.get(`${t.t} ${toks[i + 1].t}`) : undefined;
  if (two) return { unit: null, shift: two, first: i, last: i + 1 };
  const uw = lex.unitWords.get(t.t);
  if (uw) return { unit: null, shift: uw, first: i, last: i };
  let n: number | null = null;
  let j = i;
  if (t.k === 'n' && t.t.length <= 3) n = Number(t.t);
  else if (t.k === 'w' && lex.numbers.has(t.t)) {
    n = lex.numbers.get(t.t)!;
    let k = i + 1;
    if (k < toks.length && toks[k].t === '-') k++;
    const u = k < toks.length ? lex.numbers.get(toks[k].t) : undefined;
    if (n >= 20 && n % 10 === 0 && u !== undefined && u < 10) {
      n += u;
      j = k;
    }
  }
  if (n !== null) {
    j++;
    if (j < toks.length && toks[j].k === 'w' && lex.vague.has(toks[j].t)) return 'vague';
    if (j >= toks.length || toks[j].k !== 'w' || !(close(text, toks[j - 1], toks[j]) || toks[j - 1].k === 'n')) return null;
    const unit = lex.units.get(toks[j].t);
    if (!unit || n > MAX_QUANTITY) return null;
    return { unit, shift: { [unit]: n }, first: i, last: j };
  }
  const unit = t.k === 'w' ? lex.units.get(t.t) : undefined;
  if (!unit || !lex.single.has(t.t)) return null;
  return { unit, shift: { [unit]: 1 }, first: i, last: i };
}

/** A compound duration starting at token `start`, read left to right ("преди 3 месеца преди 2 седм" repeats its word). */
function durationAfter(text: string, toks: Tok[], start: number, lex: RelativeLexicon, again: string): { shift: DateShift; last: number } | null {
  const total: DateShift = {};
  let i = start;
  let last = -1;
  let rank = 0;
  for (let skip = 0; skip < lex.approx.length; skip++) {
    const w = lex.approx[skip];
    if (w.every((x, k) => toks[i + k]?.t === x)) {
      i += w.length;
      break;
    }
  }
  for (let parts = 0; parts < MAX_PARTS && i < toks.length; parts++) {
    if (i > 0 && !close(text, toks[i - 1], toks[i])) break;
    const p = partAfter(text, toks, i, lex);
    if (p === 'vague') return null;
    if (!p) break;
    const r = p.unit ? UNIT_RANK[p.unit] : 0;
    if (rank > 0 && r > 0 && r >= rank) break;
    add(total, p.shift, 1);
    if (r > 0) rank = r;
    last = p.last;
    i = last + 1;
    if (i < toks.length && (toks[i].t === ',' || lex.join.has(toks[i].t) || toks[i].t === again)) i++;
  }
  return last < 0 ? null : { shift: total, last };
}

/** End of an English "time" after a duration ("in three weeks time", "in three weeks' time"). */
function timeWordEnd(toks: Tok[], last: number): number {
  let i = last + 1;
  if (toks[i]?.t === "'") i++;
  if (toks[i]?.t === 'time' || toks[i]?.t === "'s") return toks[toks[i].t === "'s" && toks[i + 1]?.t === 'time' ? i + 1 : i].e;
  return toks[last].e;
}

/** The word (lower case, apostrophes as "'") ending at most MAX_GAP spaces before `pos`, a '.' or '-' after it allowed; or ''. */
function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && pos - e < MAX_GAP && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > 0 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
  let s = e;
  while (s > 0 && e - s < 24 && (isLetter(text.charCodeAt(s - 1)) || (isApostrophe(text.charCodeAt(s - 1)) && s - 2 >= 0 && isLetter(text.charCodeAt(s - 2))))) s--;
  return s < e ? normWord(text.slice(s, e)) : '';
}

/** The token (word or digits, lower case) starting at most MAX_GAP spaces after `pos`, or ''. */
function tokenAfter(text: string, pos: number): string {
  let s = pos;
  while (s < text.length && s - pos < MAX_GAP && isSpace(text.charCodeAt(s))) s++;
  const c = text.charCodeAt(s);
  let e = s;
  if (isDigit(c)) while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  else while (e < text.length && e - s < 24 && (isLetter(text.charCodeAt(e)) || (isApostrophe(text.charCodeAt(e)) && isLetter(text.charCodeAt(e + 1))))) e++;
  return e > s ? normWord(text.slice(s, e)) : '';
}

/** Can a duration end right before `pos`? (Cheap test before the slice is read.) */
function mayEndDuration(text: string, pos: number, lex: RelativeLexicon): boolean {
  const w = wordBefore(text, pos);
  return w !== '' && (lex.units.has(w) || lex.unitWords.has(w) || lex.unitWords.has(w.replace(/^.*\s/u, '')));
}

/** Can a duration start at `pos`? */
function mayStartDuration(text: string, pos: number, lex: RelativeLexicon): boolean {
  const t = tokenAfter(text, pos);
  if (t === '') return false;
  const c = t.charCodeAt(0);
  return (c >= 48 && c <= 57) || lex.numbers.has(t) || lex.single.has(t) || lex.unitWords.has(t) || lex.vague.has(t) || lex.leads.has(t);
}

/** Where a slice forward from `at` of about `reach` characters ends: at the end of a word, not inside one. */
function sliceEnd(text: string, at: number, reach: number): number {
  let to = Math.min(text.length, at + reach);
  const stop = Math.min(text.length, to + 24);
  while (to < stop && !isSpace(text.charCodeAt(to))) to++;
  return to;
}

/** Tokens of the text before `from`, ending with a stand-in for the direction word [from, we). */
function tokensBefore(text: string, from: number, we: number, word: string, reach: number): Tok[] {
  const toks = tokenize(text, Math.max(0, from - reach), from);
  toks.push({ s: from, e: we, k: 'w', t: word });
  return toks;
}

/**
 * The relative expression whose trigger word is text[ws, we), or null. `entries` are the lexicon's
 * triggers for that word, longest first.
 */
export function relativeAt(text: string, ws: number, we: number, entries: Trigger[], lex: RelativeLexicon): RelativeHit | null {
  for (const entry of entries) {
    const n = entry.words.length;
    // Cheap tests first: most trigger words ("року", "in", "через") stand in no relative expression.
    if (n > 1 && wordBefore(text, ws) !== entry.words[n - 2]) continue;
    const after = entry.direction === 'ago-after' || entry.direction === 'later-after';
    let from = ws;
    if (n > 1) {
      const left = tokenize(text, Math.max(0, ws - 16 * n), we);
      const f = left.length > 0 && left[left.length - 1].s === ws ? endsWith(text, left, left.length - 1, entry.words) : -1;
      if (f < 0) continue;
      from = left[f].s;
    }
    if (entry.direction === 'phrase') return { start: from, end: we, shift: entry.shift! };
    if (after) {
      if (entry.clauseEnd && /^\s*\p{L}/u.test(text.slice(we, we + 4))) continue;
      if (!mayEndDuration(text, from, lex)) continue;
      // Most durations are short: read a short slice first, the long one only when the duration fills it.
      let toks = tokensBefore(text, from, we, entry.words[0], SHORT_SLICE);
      let d = durationBefore(text, toks, toks.length - 1, lex);
      if (d && toks[d.first].s < from - SHORT_SLICE + NEAR_EDGE && from > SHORT_SLICE) {
        toks = tokensBefore(text, from, we, entry.words[0], SLICE);
        d = durationBefore(text, toks, toks.length - 1, lex);
      }
      if (!d || lex.amountBefore.has(wordBefore(text, toks[d.first].s))) continue;
      const shift: DateShift = {};
      add(shift, d.shift, entry.direction === 'ago-after' ? -1 : 1);
      return { start: toks[d.first].s, end: we, shift };
    }
    if (!mayStartDuration(text, we, lex)) continue;
    let to = sliceEnd(text, we, SHORT_SLICE);
    let right = tokenize(text, we, to);
    let d = right.length > 0 ? durationAfter(text, right, 0, lex, entry.words[n - 1]) : null;
    if (d && right[d.last].e > to - NEAR_EDGE && to < text.length) {
      to = sliceEnd(text, we, SLICE);
      right = tokenize(text, we, to);
      d = durationAfter(text, right, 0, lex, entry.words[n - 1]);
    }
    if (!d || right[0].s - we > MAX_GAP) continue;
    const next = right[d.last + 1];
    if (next && next.k === 'w' && lex.notAfterDuration.has(next.t)) continue;
    const shift: DateShift = {};
    add(shift, d.shift, entry.direction === 'ago-before' ? -1 : 1);
    return { start: from, end: timeWordEnd(right, d.last), shift };
  }
  return null;
}
