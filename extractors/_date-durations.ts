/**
 * Durations for the relative-date matcher (extractors/_date-relative.ts), read token by token
 * from a direction word: leftwards before "назад" / "ago" ("1 год, 2 месяца и 3 дня назад"),
 * rightwards after "через" / "in" ("через півтора року", "in three weeks' time"). Parts must come
 * largest unit first; a vague quantity ("несколько дней") makes no duration.
 */
import type { DateShift, DateUnit } from './_date-table.js';
import { UNIT_RANK, type RelativeLexicon } from './_date-relative-lexicon.js';
import { close, endsWith, type Tok } from './_date-tokens.js';

/** Numbers this large are years or counts, not a duration ("в 2019 году"). */
const MAX_QUANTITY = 999;
/** At most this many parts in one compound duration. */
const MAX_PARTS = 8;

interface Part {
  unit: DateUnit | null;
  shift: DateShift;
  first: number;
  last: number;
}

export function add(total: DateShift, shift: DateShift, sign: number): void {
  for (const u in shift) total[u as DateUnit] = (total[u as DateUnit] ?? 0) + sign * shift[u as DateUnit]!;
}

/** A number (digits or words, "двадцать пять") ending at token `i`: its value and first token, or null. */
function numberBefore(text: string, toks: Tok[], i: number, lex: RelativeLexicon): { n: number; first: number } | null {
  const t = toks[i];
  if (t.k === 'n') {
    if (t.t.length > 3) return null;
    // A decimal: "2,5 року тому", "1.5 hours ago".
    const dot = toks[i - 1];
    const whole = toks[i - 2];
    if (dot && whole && (dot.t === ',' || dot.t === '.') && whole.k === 'n' && whole.e === dot.s && dot.e === t.s && whole.t.length <= 3) {
      return { n: Number(`${whole.t}.${t.t}`), first: i - 2 };
    }
    return { n: Number(t.t), first: i };
  }
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
export function durationBefore(text: string, toks: Tok[], end: number, lex: RelativeLexicon): { shift: DateShift; first: number } | null {
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
  if (t.k === 'n' && t.t.length <= 3) {
    n = Number(t.t);
    const dot = toks[i + 1];
    const frac = toks[i + 2];
    if (dot && frac && (dot.t === ',' || dot.t === '.') && frac.k === 'n' && t.e === dot.s && dot.e === frac.s && frac.t.length <= 3) {
      n = Number(`${t.t}.${frac.t}`); // "через 1,5 року"
      j = i + 2;
    }
  } else if (t.k === 'w' && lex.numbers.has(t.t)) {
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
export function durationAfter(text: string, toks: Tok[], start: number, lex: RelativeLexicon, again: string): { shift: DateShift; last: number } | null {
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
export function timeWordEnd(toks: Tok[], last: number): number {
  let i = last + 1;
  if (toks[i]?.t === "'") i++;
  if (toks[i]?.t === 'time' || toks[i]?.t === "'s") return toks[toks[i].t === "'s" && toks[i + 1]?.t === 'time' ? i + 1 : i].e;
  return toks[last].e;
}

