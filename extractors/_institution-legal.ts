/**
 * Phase 3 of the candidates (_institution-phrases.ts): legal forms next to capitalised words
 * without a quote or a head word ("ТОВ Вудмастер", "Edu-Tech sp. z o.o.", "Radiometer Sp. z o.o.
 * w Stargardzie": the seat after the legal form is part of the name).
 */
import { legalFor, type CompiledLegal, type CompiledTable } from './_institution-lexicon.js';
import { mark, MAX_CANDIDATES, type Cand } from './_institution-phrases.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';

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
