/**
 * Patrons inside institution names without the words "імені"/"im." ("Uniwersytet Adama
 * Mickiewicza", "Університет Короля Данила", "Тараса Григоровича Шевченка") and the patron's years
 * after them ("im. Powstańców Wielkopolskich 1918-1919"). Used by the complement readers of
 * _institution-right.ts.
 */
import { isFirstName, type CompiledTable } from './_institution-lexicon.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';
import { DASHES, type RightExt } from './_institution-right.js';

/** Heads of education institutions, which may be named after a patron without "імені". */
export const EDUCATION_HEADS: ReadonlySet<string> = new Set(['school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute', 'kindergarten']);

/** The patron's years, part of a name ("im. Powstańców Wielkopolskich 1918-1919", "імені Героїв 1941–1945"): end index. */
export function yearsAfter(sc: Scanner, e: number): number {
  const year = (i: number) => i < sc.n && !sc.brk(i) && sc.toks[i].type === TokType.Num && /^1[89]\d\d$|^20\d\d$/.test(sc.toks[i].s);
  if (!year(e)) return e;
  if (e + 2 < sc.n && DASHES.has(sc.toks[e + 1].s) && year(e + 2)) return e + 3;
  return e + 1;
}

/**
 * A patron named without "імені"/"im." right after the head: a first name not in the nominative
 * (Adama, Тараса, Петра) or a patron word (Короля, Kardynała, Святого), then a capitalised name
 * ("Uniwersytet Adama Mickiewicza", "Університет Короля Данила"). End index, or -1.
 */
/** A saint's title written short before a patron named without "імені": "Софийского университета Св. Климента Охридского", "św. Jana". */
const SAINT_ABBREVIATIONS: ReadonlySet<string> = new Set(['св', 'św', 'sv']);

export function patronAt(sc: Scanner, k: number, tb: CompiledTable): number {
  const t = sc.toks[k];
  if (t.type === TokType.Word && t.cap && SAINT_ABBREVIATIONS.has(t.lo) && sc.toks[k + 1]?.s === '.' && !sc.brk(k + 1) && !sc.brk(k + 2) && sc.isWord(k + 2)) {
    const name = sc.toks[k + 2];
    if (!name.cap || name.caps || sc.headAt(k + 2)) return -1;
    const tail = k + 3;
    if (sc.isWord(tail) && !sc.brk(tail) && sc.toks[tail].cap && !sc.toks[tail].caps && !sc.headAt(tail) && isPatronTail(sc, tail, tb)) return tail + 1;
    return k + 3;
  }
  if (t.type !== TokType.Word || !t.cap || t.caps || sc.brk(k + 1) || !sc.isWord(k + 1)) return -1;
  const next = sc.toks[k + 1];
  if (!next.cap || next.caps || sc.headAt(k + 1) || tb.firstNamesNominative.has(next.lo)) return -1;
  const byName = isFirstName(tb, t.lo) && !tb.firstNamesNominative.has(t.lo);
  if (!byName && !tb.patronWords.has(t.lo)) return -1;
  // "Marii Curie-Skłodowskiej", "Тараса Григоровича Шевченка": a second capitalised name part.
  const third = k + 2;
  if (sc.isWord(third) && !sc.brk(third) && sc.toks[third].cap && !sc.toks[third].caps && !sc.headAt(third) && isPatronTail(sc, third, tb)) return third + 1;
  return k + 2;
}

/**
 * A capitalised head: a proper name, not a person after a lower-case head ("директора лицея Марины Гусевой");
 * or a saint's short title at k, which no person's name has ("Софийского университета Св. Климента Охридского").
 */
export function properHead(sc: Scanner, r: RightExt, k = -1): boolean {
  return sc.toks[r.head].cap || (k >= 0 && SAINT_ABBREVIATIONS.has(sc.toks[k].lo) && sc.toks[k + 1]?.s === '.');
}

/** A patronymic or surname in the genitive after a first name (Григоровича, Mickiewicza). */
export function isPatronTail(sc: Scanner, i: number, tb: CompiledTable): boolean {
  const lo = sc.toks[i].lo;
  return !tb.firstNamesNominative.has(lo) && /(?:ича|івни|ївни|овны|евны|ого|ьoго|ей|ой|ої|ego|iej|a)$/u.test(lo) && !isFirstName(tb, lo);
}

