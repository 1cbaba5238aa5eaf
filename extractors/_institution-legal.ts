/**
 * Phase 3 of the candidates (_institution-phrases.ts): legal forms next to capitalised words
 * without a quote or a head word ("ТОВ Вудмастер", "Edu-Tech sp. z o.o.", "Radiometer Sp. z o.o.
 * w Stargardzie": the seat after the legal form is part of the name).
 */
import { legalFor, tablesForWord, type CompiledLegal, type CompiledTable } from './_institution-lexicon.js';
import { mark, MAX_CANDIDATES, type Cand } from './_institution-phrases.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';
import { lookupPlace } from './places.js';

/** Most capitalised words taken next to a legal form without a quote (ТОВ Смарт Освіта). */
const MAX_LEGAL_NAME_WORDS = 4;

/** Phase 3: legal forms next to capitalised words without a quote or head (ТОВ Вудмастер, Edu-Tech sp. z o.o.). */
export function legalCandidates(sc: Scanner, out: Cand[]): void {
  const toks = sc.toks;
  const capWord = (i: number, tb: CompiledTable): boolean =>
    i >= 0 && i < sc.n && !sc.used[i] && toks[i].type === TokType.Word && toks[i].cap && !tb.stop.has(toks[i].lo) && !sc.isPersonWord(i, tb) && !sc.isLegalToken(i);
  const firsts = new Set<string>();
  for (const tb of sc.tables) for (const m of [tb.legalPreByFirst, tb.legalPostByFirst]) for (const k of m.keys()) firsts.add(k);
  for (let i = 0; i < sc.n && out.length < MAX_CANDIDATES; i++) {
    const t = toks[i];
    if (sc.used[i] || t.junk || t.type === TokType.Num || !(firsts.has(t.s) || (t.lo !== t.s && firsts.has(t.lo)))) continue;
    for (const tb of sc.tables) {
      const pre = legalFor(tb.legalPreByFirst, t.s, t.lo)?.find((l) => sc.seqAt(i, l) > 0);
      if (pre) {
        const e = i + pre.toks.length;
        let k = e;
        while (k < sc.n && k - e < MAX_LEGAL_NAME_WORDS && !sc.brk(k) && capWord(k, tb)) k++;
        if (k > e) {
          out.push(legalCand(sc, tb, i, e, k, k, pre));
          break;
        }
      }
      const post = legalFor(tb.legalPostByFirst, t.s, t.lo)?.find((l) => sc.seqAt(i, l) > 0);
      if (post) {
        let k = i;
        while (k > 0 && i - k < MAX_LEGAL_NAME_WORDS && !sc.brk(k) && capWord(k - 1, tb) && !(toks[k - 1].sent && tb.starters.has(toks[k - 1].lo))) k--;
        if (k < i) {
          out.push(legalCand(sc, tb, k, k, i, sc.legalSuffixEnd(i), post));
          break;
        }
      }
    }
  }
}

function legalCand(sc: Scanner, tb: CompiledTable, t0: number, core0: number, core1: number, t1: number, l: CompiledLegal): Cand {
  mark(sc, t0, t1);
  return {
    type: 'name', t0, t1, core0, core1, tail0: core1, headTok: -1, head: null, table: tb, kind: l.form.kind,
    legal: l, q0: -1, q1: -1, nominative: true, confidence: 0.8,
  };
}

/** Lower-case company words that a brand name follows (компанією SoftServe, firmy Budimex, фирмата VILOFOSS). */
const BRAND_HEADS: ReadonlySet<string> = new Set(['компанія', 'компания', 'фірма', 'фирма', 'firma', 'spółka', 'koncern', 'концерн', 'корпорація', 'корпорация']);
/** Tokens after a brand that make it part of a longer name (Ernst&Young, Strojírny a stavby, Orlen-Serwis). */
const BRAND_GOES_ON: ReadonlySet<string> = new Set(['&', '+', 'a', 'i', 'и', 'і', 'and', '-']);
/** Prepositions of a company's seat after its name ("DANEX z Roska", "THULE w Hucie Szklanej"). */
const SEAT_PREPS: ReadonlySet<string> = new Set(['z', 'w', 'we', 'ze', 'из', 'з', 'от']);
/** Most words of a brand name after a company word. */
const MAX_BRAND_WORDS = 3;
/** A word in Latin letters with a capital somewhere (SoftServe, NewFactory, VILOFOSS, Huawei, iPhone not). */
const LATIN_BRAND_RE = /^[A-Za-z][A-Za-z0-9&+-]*$/;

/**
 * Brand names after a lower-case company word: "з компанією SoftServe", "директор финской компании
 * NewFactory", "фирмата VILOFOSS" (a Latin-script name in a Cyrillic text), "pracę całej firmy Budimex"
 * (Polish: capitalised words that are no head, person or place). The brand alone is the name, as
 * writers repeat it; the company word is left to be read as a back-reference. Runs before the head
 * words, which would otherwise take the company word bare.
 */
export function brandCandidates(sc: Scanner, out: Cand[]): void {
  const toks = sc.toks;
  for (let i = 0; i + 1 < sc.n && out.length < MAX_CANDIDATES; i++) {
    const t = toks[i];
    if (sc.used[i] || t.junk || t.type !== TokType.Word || t.cap) continue;
    const m = sc.headAt(i);
    if (!m || m.kind !== 'company' || !BRAND_HEADS.has(m.lemma)) continue;
    const tb = m.table;
    const cyr = tb.t.script === 'cyrillic';
    // Polish brands are read by the legal forms and head words (their names go on: "Rosti Poland Sp. z o.o.").
    if (!cyr) continue;
    // "Британская компания Quacquarelli Symonds": an adjective opening the sentence describes the company named after it.
    if (i > 0 && !sc.brk(i) && toks[i - 1].sent && tb.t.adjective.test(toks[i - 1].lo)) continue;
    let k = i + 1;
    while (k < sc.n && k - i - 1 < MAX_BRAND_WORDS && !sc.brk(k) && !sc.used[k] && brandWord(sc, k, tb, cyr)) k++;
    if (k === i + 1 || (!cyr && toks[i + 1].lo.length < 3)) continue;
    // A brand with more after it (a legal form, "&", a seat: "Rosti Poland Sp. z o.o.", "DANEX z Roska") is read by the
    // legal forms and head words, which take the whole name.
    if (!sc.brk(k) && k < sc.n && (sc.isLegalToken(k) || BRAND_GOES_ON.has(toks[k].s) || (k + 1 < sc.n && !sc.brk(k + 1) && toks[k + 1].cap && SEAT_PREPS.has(toks[k].lo)))) continue;
    // A Latin brand in a Cyrillic text is keyed by the Latin table, as its other mentions are.
    const table = cyr ? (tablesForWord(sc.tables, toks[i + 1].s)[0] ?? tb) : tb;
    mark(sc, i + 1, k);
    out.push({
      type: 'name', t0: i + 1, t1: k, core0: i + 1, core1: k, tail0: k, headTok: -1, head: null, table, kind: 'company',
      legal: null, q0: -1, q1: -1, nominative: true, confidence: 0.7,
    });
  }
}

function brandWord(sc: Scanner, k: number, tb: CompiledTable, cyr: boolean): boolean {
  const t = sc.toks[k];
  if (t.type !== TokType.Word || sc.isLegalToken(k)) return false;
  if (cyr) return LATIN_BRAND_RE.test(t.s) && /[A-Z]/.test(t.s) && !sc.headAt(k);
  return t.cap && !tb.stop.has(t.lo) && !sc.headAt(k) && !sc.isPersonWord(k, tb) && !tb.countrySet.has(t.lo) && lookupPlace(t.s, tb.lang) === null;
}
