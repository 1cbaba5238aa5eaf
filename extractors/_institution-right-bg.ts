/**
 * The part of a Bulgarian name after its head word: prepositional complements (Министерство на
 * образованието и науката, асоциация за текстил, облекло и кожи, сдружение на общините в
 * България) and a place after a dash or a municipality's head (Тракийски университет – Стара
 * Загора, Община Червен бряг). Steps of extendRight in _institution-right.ts.
 */
import type { CompiledTable, HeadMatch } from './_institution-lexicon.js';
import { endsPhrase, PLACE_PREPOSITIONS, placeEnds, type RightExt } from './_institution-right.js';
import type { Scanner } from './_institution-scan.js';
import { lookupPlace } from './places.js';

/** Most words in one Bulgarian prepositional complement (за професионално образование и обучение). */
const MAX_BG_NP_WORDS = 3;

/** Bulgarian plural nouns the adjective pattern also reads (региони, зони, общините): not "-ски", "-ни" of an adjective before a noun. */
const BG_PLURAL_NOUN_RE = /\p{L}(?:[^снк]и|они|ини|ините)$/u;

/**
 * Bulgarian noun phrase after a preposition or "и": adjectives (possibly coordinated: национално и
 * световно), then one noun. Its end index and whether the noun is capitalised, or null.
 */
function bgNounPhrase(sc: Scanner, i: number, tb: CompiledTable): { end: number; cap: boolean } | null {
  let k = i;
  let words = 0;
  /** A word read as an adjective can still be the noun when nothing follows it (градове и региони, индустриалните зони). */
  const nounBefore = (): { end: number; cap: boolean } | null => (words > 0 && BG_PLURAL_NOUN_RE.test(sc.toks[k - 1].lo) ? { end: k, cap: sc.toks[k - 1].cap } : null);
  while (k < sc.n && !sc.brk(k) && sc.isWord(k) && words < MAX_BG_NP_WORDS + 2) {
    const t = sc.toks[k];
    if (tb.connectors.has(t.lo)) {
      // "национално и световно стопанство": a connector between two adjectives.
      const next = sc.isWord(k + 1) && !sc.brk(k + 1) && !sc.toks[k + 1].cap && tb.t.adjective.test(sc.toks[k + 1].lo) && sc.isWord(k + 2) && !sc.brk(k + 2) && !tb.stop.has(sc.toks[k + 2].lo);
      if (words === 0) return null;
      if (!next) return nounBefore();
      k++;
      continue;
    }
    if (sc.singularHeadAt(k)) return null;
    if (tb.stop.has(t.lo) || sc.isPersonWord(k, tb) || t.lo.length < 2 || tb.preps.some((p) => p.toks[0] === t.lo)) return nounBefore();
    words++;
    k++;
    // The noun ends the phrase; so does a capitalised word nothing follows (на Украйна, за Русия).
    const more = sc.isWord(k) && !sc.brk(k) && !tb.stop.has(sc.toks[k].lo) && !tb.connectors.has(sc.toks[k].lo);
    if (!tb.t.adjective.test(t.lo) || t.lo.length < 4 || (t.cap && !more)) return { end: k, cap: t.cap };
  }
  return nounBefore();
}

/** Most nouns in a Bulgarian comma list inside a name (за текстил, облекло и кожи). */
const MAX_BG_LIST_WORDS = 4;

/** ", облекло и кожи": lower-case nouns, "и", a last noun, then the phrase ends; its end, or -1. */
export function bgCommaList(sc: Scanner, comma: number, tb: CompiledTable): number {
  let k = comma;
  for (let words = 0; words < MAX_BG_LIST_WORDS; words++) {
    const sep = sc.toks[k];
    if (sc.brk(k) || (sep.s !== ',' && !tb.connectors.has(sep.lo))) return -1;
    const w = k + 1;
    const t = sc.toks[w];
    if (!sc.isWord(w) || sc.brk(w) || t.cap || tb.stop.has(t.lo) || sc.headAt(w) || tb.connectors.has(t.lo)) return -1;
    if (tb.connectors.has(sep.lo)) return endsPhrase(sc, w + 1) && !sc.isWord(w + 1) ? w + 1 : -1;
    k = w + 1;
  }
  return -1;
}

/** Where a Bulgarian body works, after its complement: "… за българите в чужбина", "… на общините в България". */
const BG_ABROAD = 'чужбина';

export function bgStep(sc: Scanner, k: number, tb: CompiledTable, r: RightExt, m: HeadMatch, named: boolean): number {
  const t = sc.toks[k];
  const preps = PLACE_PREPOSITIONS.bg!;
  if (r.compl > 0 && k === r.end && preps.has(t.lo) && sc.isWord(k + 1) && !sc.brk(k + 1) && endsPhrase(sc, k + 2)) {
    const p = sc.toks[k + 1];
    if (p.lo === BG_ABROAD || (p.cap && !p.caps && !sc.headAt(k + 1) && !sc.isPersonWord(k + 1, tb) && lookupPlace(p.s, 'bg') !== null)) {
      r.end = k + 2;
      return sc.n;
    }
  }
  for (const p of tb.preps) {
    const e = sc.seqAt(k, p);
    if (e > 0) {
      const np = bgNounPhrase(sc, e, tb);
      // One prepositional complement; a second only for a place (… и науката на Украйна), not "за ремонта".
      if (!np || (r.compl > 0 && !np.cap)) return k;
      r.compl++;
      if (np.cap) r.complCap = true;
      r.end = np.end;
      return np.end;
    }
  }
  if (tb.connectors.has(t.lo) && r.compl > 0 && !sc.newEntityAt(k + 1)) {
    const np = bgNounPhrase(sc, k + 1, tb);
    if (!np) return k;
    r.compl++;
    r.end = np.end;
    return np.end;
  }
  // "РУО София", "Община Пловдив", "Областна администрация Габрово", "ОБЩИНА БЕРКОВИЦА", "Община Червен бряг"
  // (the dash form "– Пловдив" is handled by the caller).
  if ((m.abbr || sc.toks[k - 1].cap || m.hit?.spec.namedLower || named) && k === r.end && r.compl === 0) {
    const e = bgPlaceEnd(sc, k, tb, sc.toks[r.head].caps);
    // Followed by a capitalised word, it may be a person's name ("ПГПТ Венцислав Петров"): a known place,
    // or a person's first name and surname after it ("Община Царево Георги Лапчев").
    const person = e > 0 && e < sc.n && sc.isPersonWord(e, tb) && sc.isWord(e + 1) && !sc.brk(e + 1) && sc.toks[e + 1].cap;
    if (e > 0 && placeEnds(sc, e, tb) && (e > k + 1 || endsPhrase(sc, e) || person || lookupPlace(t.s, 'bg') !== null)) {
      r.tail0 = k;
      r.end = e;
      return sc.n; // the place ends the name
    }
  }
  return k;
}

/**
 * End of a Bulgarian place name at token i: "гр. София" (a location marker), a known place of two
 * words ("Стара Загора", "Червен бряг"), or one capitalised word (in capitals only in a name in
 * capitals); -1 when none.
 */
export function bgPlaceEnd(sc: Scanner, i: number, tb: CompiledTable, caps: boolean): number {
  const loc = sc.locationAt(i, tb);
  if (loc > 0) return loc;
  const t = sc.toks[i];
  if (!sc.isWord(i) || sc.brk(i) || !t.cap || (t.caps && !caps) || sc.isPersonWord(i, tb) || sc.headAt(i)) return -1;
  if (sc.isWord(i + 1) && !sc.brk(i + 1)) {
    const two = sc.text.slice(t.start, sc.toks[i + 1].end);
    const p = lookupPlace(two, 'bg');
    if (p?.kind === 'settlement' && p.end === two.length) return i + 2;
  }
  return i + 1;
}
