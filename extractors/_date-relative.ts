/**
 * Relative date expressions at a trigger word found by the word scan of dates.ts: durations with a
 * direction ("2 дня назад", "3 роки тому", "6 tygodni temu", "преди 3 дни", "через 2 дні",
 * "za 2 lata, 3 miesiące i 2 dni", "in three weeks' time", "1 year, 1 month and 1 day ago") and
 * fixed phrases ("в прошлом году", "онзи ден", "last week"). Reads a short slice around the trigger
 * (at most SLICE characters each way) token by token: linear, no backtracking patterns.
 * The vocabulary is in the language tables (extractors/lang/dates/*.ts), compiled by
 * extractors/_date-relative-lexicon.ts.
 */
import type { DateShift } from './_date-table.js';
import { add, durationAfter, durationBefore, timeWordEnd } from './_date-durations.js';
import type { RelativeLexicon, Trigger } from './_date-relative-lexicon.js';
import { endsWith, MAX_GAP, sliceEnd, tokenAfter, tokenize, tokensBefore, wordBefore } from './_date-tokens.js';

/** How far a duration may reach from its direction word ("1 год, 1 месяц, 1 неделя, 1 день, 1 час и 1 минуту назад" is 58). */
const SLICE = 96;
/** The first, short slice read before a direction word ("2 дня назад"). */
const SHORT_SLICE = 24;
/** A duration read this close to the edge of the short slice may go on: the long slice is read. */
const NEAR_EDGE = 12;

export interface RelativeHit {
  start: number;
  end: number;
  shift: DateShift;
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
