/**
 * The display name of an institution: the fullest of its names, preferring a form already in the
 * nominative, with its legal form (borrowed from another mention when this one lacks it:
 * «Открытая школа» + МАОУ → МАОУ «Открытая школа»), quotes normalised per language, put into the
 * nominative when only oblique forms were seen (Інституту професійних кваліфікацій → Інститут …;
 * Харківського ліцею № 42 → Харківський ліцей № 42; Bulgarian articles dropped: Секторния → Секторен).
 */
import type { Lang } from '../types.js';
import { institutionKey } from './institution-key.js';
import { TABLES, type CompiledTable } from './_institution-lexicon.js';
import { coreText, type Group } from './_institution-groups.js';
import { ordinalBefore, type Cand } from './_institution-phrases.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';

const SOFT_NOMINATIVE = { m: 'ій', f: 'я', n: 'є' } as const;

function withCase(orig: string, lemma: string): string {
  if (orig.length > 1 && orig === orig.toUpperCase()) return lemma.toUpperCase();
  return orig[0] !== orig[0].toLowerCase() ? lemma[0].toUpperCase() + lemma.slice(1) : lemma;
}

function longestPair(lo: string, pairs: ReadonlyArray<readonly [string, string]>): readonly [string, string] | null {
  let best: readonly [string, string] | null = null;
  for (const p of pairs) if (lo.endsWith(p[0]) && (!best || p[0].length > best[0].length)) best = p;
  return best;
}

function rewriteAdjective(word: string, gender: 'm' | 'f' | 'n', tb: CompiledTable): string {
  const lo = word.toLowerCase();
  const pair = longestPair(lo, tb.t.adjectiveNominative[gender]);
  if (!pair) return word;
  const base = lo.slice(0, lo.length - pair[0].length);
  const to = tb.softStems.some((s) => base.endsWith(s)) ? SOFT_NOMINATIVE[gender] : pair[1];
  return word.slice(0, word.length - pair[0].length) + to;
}

function deArticle(word: string, tb: CompiledTable): string {
  const pair = longestPair(word.toLowerCase(), tb.t.deArticle ?? []);
  return pair ? word.slice(0, word.length - pair[0].length) + pair[1] : word;
}

/** Token replacements that put a name into the nominative (empty when it already is). */
export function nominativeEdits(sc: Scanner, c: Cand, end: number): Map<number, string> {
  const edits = new Map<number, string>();
  const m = c.head;
  const h = c.headTok;
  if (!m || h < 0) return edits;
  const tb = m.table;
  const toks = sc.toks;
  if (m.hit && !m.hit.nominative) {
    const t = toks[h];
    if (tb.heads.has(t.lo)) edits.set(h, withCase(t.s, m.lemma));
    else if (t.s.includes('-')) {
      const parts = t.s.split('-');
      const lastLo = parts[parts.length - 1].toLowerCase();
      if (tb.heads.has(lastLo)) parts[parts.length - 1] = withCase(parts[parts.length - 1], m.lemma);
      else parts[0] = withCase(parts[0], m.lemma);
      edits.set(h, parts.join('-'));
    }
  }
  // Quoted names keep their own words unless the head is inside the same quote.
  const headInQuote = c.q0 >= 0 && h > c.q0 && h < c.q1;
  const from = headInQuote ? c.q0 + 1 : c.core0;
  // "56-й школы" → "56-я школа": the ordinal's ending agrees with the head.
  if (tb.t.ordinal && h - 3 >= from && ordinalBefore(sc, h, tb)) {
    const to = tb.t.ordinal.nominative[m.gender];
    if (toks[h - 1].lo !== to) edits.set(h - 1, to);
  }
  for (let i = h - 1; i >= from; i--) {
    const t = toks[i];
    if (i === h - 1 && tb.t.ordinal && ordinalBefore(sc, h, tb)) break;
    const adjective = tb.t.adjective.test(t.lo) || (i === h - 1 && !!tb.t.adjectiveNextToHead?.test(t.lo));
    if (t.type !== TokType.Word || !adjective) {
      if (t.type === TokType.Word) break;
      continue;
    }
    const w = tb.t.deArticle ? deArticle(t.s, tb) : rewriteAdjective(t.s, m.gender, tb);
    if (w !== t.s) edits.set(i, w);
  }
  if (tb.lang === 'pl') {
    // Agreeing adjectives after the head: Szkoły Podstawowej → Szkoła Podstawowa.
    for (let i = h + 1; i < end && toks[i].type === TokType.Word && tb.t.adjective.test(toks[i].lo); i++) {
      const w = rewriteAdjective(toks[i].s, m.gender, tb);
      if (w !== toks[i].s) edits.set(i, w);
    }
  }
  return edits;
}

function spanText(sc: Scanner, a: number, b: number, edits: Map<number, string>, quotes: readonly [string, string] | null, c: Cand): string {
  const toks = sc.toks;
  let out = '';
  for (let i = a; i < b; i++) {
    if (i > a) out += oneSpace(sc.text.slice(toks[i - 1].end, toks[i].start));
    if (quotes && i === c.q0) out += quotes[0];
    else if (quotes && i === c.q1) out += quotes[1];
    else out += edits.get(i) ?? toks[i].s;
  }
  return out;
}

/** Whitespace runs as one space (the gap between two tokens is nearly always one space already). */
function oneSpace(gap: string): string {
  return gap === ' ' || gap === '' ? gap : gap.replace(/\s+/g, ' ');
}

interface Ranked {
  c: Cand;
  stems: number;
  nominative: boolean;
  freq: number;
}

function coreKeyText(sc: Scanner, c: Cand): string {
  return sc.text.slice(sc.toks[c.core0].start, sc.toks[c.tail0 > c.core0 ? c.tail0 - 1 : c.core1 - 1].end);
}

/** Pick the best name of a group and write it out. */
export function displayName(sc: Scanner, g: Group, lang: Lang | null): string {
  if (g.fixedName) return g.fixedName;
  const toks = sc.toks;
  const counts = new Map<string, number>();
  for (const c of g.names) {
    const k = coreKeyText(sc, c);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: Ranked | null = null;
  const seen = new Set<string>();
  for (const c of g.names) {
    // One of each written form is enough to rank (a long text repeats its names).
    const form = `${c.t1 - c.t0}|${c.core0 - c.t0}|${c.q0 >= 0}|${c.nominative}|${sc.text.slice(sc.toks[c.t0].start, sc.toks[c.t1 - 1].end)}`;
    if (seen.has(form)) continue;
    seen.add(form);
    const r: Ranked = {
      c,
      stems: c.type === 'quote-acronym' ? 0 : institutionKey(coreKeyText(sc, c), lang).split(' ').length,
      nominative: c.nominative && nominativeEdits(sc, c, c.core1).size === 0,
      freq: counts.get(coreKeyText(sc, c)) ?? 0,
    };
    if (!best || better(r, best, toks)) best = r;
  }
  const c = best!.c;
  if (c.listPrefix) return coreText(sc, c);
  // Keep a location tail only if no mention of this name goes without it (Kuratorium Oświaty w Rzeszowie).
  const tailless = c.tail0 < c.core1 && g.names.some((o) => o.tail0 === o.core1 && coreKeyText(sc, o) === coreKeyText(sc, c));
  const end = tailless ? c.tail0 : c.core1;
  const tb = lang ? TABLES[lang] : c.table;
  const wholeQuote = c.q0 === c.core0 && c.q1 === end - 1;
  let prefix = c.t0 < c.core0 ? sc.text.slice(toks[c.t0].start, toks[c.core0].start).replace(/\s+/g, ' ') : '';
  if (!prefix) {
    // Borrow the legal form written with another mention (Фото: МАОУ Открытая школа).
    for (const o of g.names) {
      if (o.t0 < o.core0 && o.legal?.form.position === 'pre') {
        prefix = sc.text.slice(toks[o.t0].start, toks[o.core0].start).replace(/\s+/g, ' ');
        break;
      }
    }
  }
  const suffix = !tailless && c.t1 > c.core1 ? sc.text.slice(toks[c.core1 - 1].end, toks[c.t1 - 1].end).replace(/\s+/g, ' ') : '';
  const stripQuotes = wholeQuote && !prefix && !suffix && tb.lang === 'en';
  const quotes = c.q0 >= 0 && !stripQuotes ? tb.t.quotes : null;
  const a = stripQuotes ? c.q0 + 1 : c.core0;
  const b = stripQuotes ? c.q1 : end;
  let core = spanText(sc, a, b, nominativeEdits(sc, c, end), quotes, c);
  if (stripQuotes) core = sc.text.slice(toks[a].start, toks[b - 1].end);
  if (tb.lang !== 'en' && !prefix && /^\p{Ll}/u.test(core)) core = core[0].toUpperCase() + core.slice(1);
  return (prefix + core + suffix).trim();
}

function better(r: Ranked, b: Ranked, toks: Scanner['toks']): boolean {
  if (r.stems !== b.stems) return r.stems > b.stems;
  // The type spelled out rather than abbreviated: Полтавська обласна військова адміністрація, not Полтавська ОВА.
  const ra = !!r.c.head?.abbr && r.c.headTok >= r.c.core0;
  const ba = !!b.c.head?.abbr && b.c.headTok >= b.c.core0;
  if (ra !== ba) return !ra;
  if (r.nominative !== b.nominative) return r.nominative;
  if ((r.c.q0 >= 0) !== (b.c.q0 >= 0)) return r.c.q0 >= 0;
  const rl = r.c.t0 < r.c.core0 || r.c.t1 > r.c.core1;
  const bl = b.c.t0 < b.c.core0 || b.c.t1 > b.c.core1;
  if (rl !== bl) return rl;
  const rc = toks[r.c.core0].caps;
  const bc = toks[b.c.core0].caps;
  if (rc !== bc) return !rc;
  if (r.freq !== b.freq) return r.freq > b.freq;
  return r.c.t0 < b.c.t0;
}
