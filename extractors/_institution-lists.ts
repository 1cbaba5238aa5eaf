/**
 * Institutions listed after one plural head or a numbered name: "детските градини „Здравец“,
 * „Райна Княгиня“ и „Брезичка“", "ліцеї № 5 та № 12", "szkoły nr 1 i 3", "Ліцей № 5, 12 та 17",
 * Bulgarian municipalities by their places ("общините Бургас, Камено и Царево").
 * Each item is a name candidate written with the singular type before it (Детска градина „Здравец“,
 * Ліцей № 12); a year or a count is no item. Part of phase 2 of _institution-phrases.ts.
 */
import type { CompiledTable, HeadMatch } from './_institution-lexicon.js';
import { mark, type Cand } from './_institution-phrases.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';
import { BG_SECOND_WORDS, lookupPlace } from './places.js';

/** Most institutions listed after one plural head ("шкіл № 5, 12, 17 …"): bounds the work on hostile input. */
const MAX_LISTED = 20;

/**
 * Institutions listed right after a plural head, each a quoted name or a number: "детските градини
 * „Здравец“, „Райна Княгиня“ и „Брезичка“", "ліцеї № 5 та № 12", "szkoły nr 1 i 3". Each is a name
 * written with the singular type before it (Детска градина „Здравец“, Ліцей № 12).
 */
export function listedAfterPlural(sc: Scanner, h: number, m: HeadMatch, out: Cand[], from = h + 1, afterNumber = false): void {
  const tb = m.table;
  const spec = m.hit?.spec;
  const title = spec?.title ?? spec?.lemma ?? m.lemma;
  const prefix = title[0].toUpperCase() + title.slice(1);
  let k = from;
  let numbered = afterNumber;
  /** The number sign written with the first number ("№", "nr"), for the bare numbers after it. */
  let sign = afterNumber ? signBefore(sc, from) : '';
  if (afterNumber) {
    // "ліцеї № 5 та № 12": the first number went with the head; the list goes on after a separator.
    const sep = k < sc.n && !sc.brk(k) ? sc.toks[k] : null;
    if (!sep || !(sep.s === ',' || tb.connectors.has(sep.lo))) return;
    k++;
  }
  const items: [number, number][] = [];
  /** bg: "общините Бургас, Добрич, … и Царево": municipalities listed by their places. */
  const places = !afterNumber && tb.lang === 'bg' && m.kind === 'municipality';
  let placeItems = 0;
  while (k < sc.n && items.length < MAX_LISTED && !sc.brk(k) && !sc.used[k]) {
    const close = sc.closeOf[k];
    let end = -1;
    if (places && items.length === placeItems && placeAt(sc, k, tb) > 0) {
      end = placeAt(sc, k, tb);
      placeItems++;
    } else if (close > k && !sc.used[close] && !sc.projectBefore(k, tb)) end = close + 1;
    else if (sc.numberAt(k, tb) > 0) {
      end = sc.numberAt(k, tb);
      numbered = true;
      sign ||= sc.text.slice(sc.toks[k].start, sc.toks[end - 2].end);
    } else if (numbered && bareListNumber(sc, k, tb, k > 0 && tb.connectors.has(sc.toks[k - 1].lo))) end = k + 1;
    if (end < 0) break;
    items.push([k, end]);
    k = end;
    const sep = k < sc.n && !sc.brk(k) ? sc.toks[k] : null;
    if (!sep || !(sep.s === ',' || tb.connectors.has(sep.lo))) break;
    k++;
  }
  // One place after the head is the municipality's own name ("общини Бургас"), not a list.
  if (placeItems === 1) items.length = 0;
  for (const [a, b] of items) {
    const q = sc.closeOf[a] === b - 1;
    const bare = b === a + 1 && sc.toks[a].type === TokType.Num;
    out.push({
      type: 'name', t0: a, t1: b, core0: a, core1: b, tail0: b, headTok: h, head: m, table: tb, kind: m.kind, legal: null,
      q0: q ? a : -1, q1: q ? b - 1 : -1, nominative: true, confidence: 0.6, listPrefix: bare && sign ? `${prefix} ${sign}` : prefix,
    });
    mark(sc, a, b);
  }
}

/** End of a place listed after a plural municipality head ("Бургас", "Малко Търново"), or -1. */
function placeAt(sc: Scanner, k: number, tb: CompiledTable): number {
  const t = sc.toks[k];
  if (!sc.isWord(k) || !t.cap || t.caps || sc.headAt(k) || sc.isPersonWord(k, tb) || tb.stop.has(t.lo)) return -1;
  // A lower-case second word of a Bulgarian place ("Сливо поле", "Червен бряг") is the place's.
  if (sc.isWord(k + 1) && !sc.brk(k + 1) && !sc.toks[k + 1].cap && BG_SECOND_WORDS.has(sc.toks[k + 1].lo)) return k + 2;
  if (sc.isWord(k + 1) && !sc.brk(k + 1) && sc.toks[k + 1].cap && !sc.headAt(k + 1)) {
    const two = sc.text.slice(t.start, sc.toks[k + 1].end);
    const p = lookupPlace(two, tb.lang);
    // A known place, or two capitalised words the list goes on after ("Малко Търново, Несебър").
    const sep = sc.toks[k + 2];
    if ((p && p.end === two.length) || (sep && !sc.brk(k + 2) && (sep.s === ',' || tb.connectors.has(sep.lo)))) return k + 2;
    return -1;
  }
  return k + 1;
}

/** The number sign of the number that ends right before token `end` ("№ 5" → "№"), or ''. */
function signBefore(sc: Scanner, end: number): string {
  for (let k = end - 2; k >= 0 && k >= end - 4; k--) {
    const t = sc.toks[k];
    if (t.type === TokType.Num) continue;
    if (t.s === '№' || t.lo === 'nr' || t.lo === 'no' || t.s === 'N' || t.s === '#') return t.s;
    break;
  }
  return '';
}

/** A bare number in a list of numbered institutions: small (not a year), and the list or phrase goes on or ends after it. */
function bareListNumber(sc: Scanner, k: number, tb: CompiledTable, last: boolean): boolean {
  const t = sc.toks[k];
  if (t.type !== TokType.Num || Number(t.s) >= 1000) return false;
  const next = k + 1 < sc.n && !sc.brk(k + 1) ? sc.toks[k + 1] : null;
  // After "та"/"i" it ends the list ("№ 5, 12 та 17 отримали"); else the phrase must go on or end.
  return last || !next || next.type === TokType.Punct || tb.connectors.has(next.lo) || tb.locationMarkers.some((l) => l.toks[0] === next.lo);
}

