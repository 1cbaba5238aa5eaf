/**
 * One linear tokenisation of a text, and a phrase index matched over the tokens. The event
 * extractors and the gazetteer look words up in hash maps instead of running one regex per
 * trigger word over the whole text: tokenise once, scan once, then work on the (few) hits.
 *
 * Phrase syntax (lexicon tables): words separated by spaces, each word one of
 *   `word`      exact (case-insensitive, ё = е, ’ ʼ ` = ')
 *   `stem*`     any word starting with `stem`
 *   `a|b*|c`    alternatives
 *   `~`         a gap of 0..2 arbitrary words (not across . ! ? ; or a line break)
 */

export interface Tokens {
  readonly n: number;
  /** Normalised lower-case words. */
  readonly words: string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1 when the token's first character is an upper-case letter. */
  readonly upper: Uint8Array;
  /** Numeric value of digit tokens ("3 000" → 3000), NaN otherwise. */
  readonly num: Float64Array;
}

const UPPER_RE = /\p{Lu}/u;
const APOSTROPHES_RE = /[’ʼ`]/g;
/** Stem phrases are looked up by this many leading characters (one hash lookup per word). */
const STEM_BUCKET = 3;
/** Largest gap `~` may span, in words. */
const MAX_GAP = 2;

export function normalizeWord(w: string): string {
  let s = w.toLowerCase();
  if (s.indexOf('ё') >= 0) s = s.replace(/ё/g, 'е');
  if (s.indexOf('’') >= 0 || s.indexOf('ʼ') >= 0 || s.indexOf('`') >= 0) s = s.replace(APOSTROPHES_RE, "'");
  return s;
}

/** Letter (or combining mark) flags for the Basic Multilingual Plane, built once on first use. */
let LETTER: Uint8Array | null = null;
function letterTable(): Uint8Array {
  if (LETTER) return LETTER;
  const t = new Uint8Array(65536);
  const re = /[\p{L}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) t[c] = 1;
    else if (c >= 128 && !(c >= 0xd800 && c <= 0xdfff) && re.test(String.fromCharCode(c))) t[c] = 1;
  }
  LETTER = t;
  return t;
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc || c === 96;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isGroupSep = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 44;

/**
 * Words (letters, with inner apostrophes: "п'ять", "обʼєкт") and numbers (with thousands groups:
 * "3 000", "3,000"), in one pass over the characters.
 */
export function tokenize(text: string): Tokens {
  const L = letterTable();
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const upper: number[] = [];
  const num: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const s = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // Thousands groups: up to 3 digits, then (separator + exactly 3 digits)+.
      if (i - s <= 3) {
        let j = i;
        while (j + 3 < n + 0 && isGroupSep(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !(j + 4 < n && isDigit(text.charCodeAt(j + 4)))) j += 4;
        i = j;
      }
      const w = text.slice(s, i);
      words.push(w);
      starts.push(s);
      ends.push(i);
      upper.push(0);
      num.push(w.length <= 3 ? +w : Number(w.replace(/[^\d]/g, '')));
      continue;
    }
    if (L[c] === 1) {
      const s = i;
      i++;
      for (;;) {
        while (i < n && L[text.charCodeAt(i)] === 1) i++;
        if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && L[text.charCodeAt(i + 1)] === 1) i += 2;
        else break;
      }
      const w = text.slice(s, i);
      const lower = normalizeWord(w);
      words.push(lower);
      starts.push(s);
      ends.push(i);
      // Upper case when lower-casing changed the first letter (cheaper than a \p{Lu} test).
      upper.push(lower.charCodeAt(0) !== c && UPPER_RE.test(w[0]) ? 1 : 0);
      num.push(NaN);
      continue;
    }
    i++;
  }
  return {
    n: words.length,
    words,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    upper: Uint8Array.from(upper),
    num: Float64Array.from(num),
  };
}

interface WordPat {
  gap: boolean;
  exact: Set<string>;
  stems: string[];
}

export interface Phrase<V> {
  cat: string;
  value: V;
  words: WordPat[];
  /** Number of non-gap words: the more specific phrase wins. */
  spec: number;
}

export interface Hit<V> {
  cat: string;
  value: V;
  /** First token and one past the last token of the match. */
  t0: number;
  t1: number;
  start: number;
  end: number;
}

function parseWord(w: string): WordPat {
  if (w === '~') return { gap: true, exact: new Set(), stems: [] };
  const exact = new Set<string>();
  const stems: string[] = [];
  for (const alt of w.split('|')) {
    if (!alt) continue;
    if (alt.endsWith('*')) stems.push(normalizeWord(alt.slice(0, -1)));
    else exact.add(normalizeWord(alt));
  }
  return { gap: false, exact, stems };
}

function wordMatches(p: WordPat, w: string): boolean {
  if (p.exact.has(w)) return true;
  for (const s of p.stems) if (w.startsWith(s)) return true;
  return false;
}

/** Split a pattern into words the way the tokenizer would ("Санкт-Петербург" → two words). */
function patternWords(pattern: string): string[] {
  return pattern
    .trim()
    .split(/[\s\-–]+/)
    .filter(Boolean);
}

/** A compiled set of phrases, indexed by their first word (exact form or stem prefix). */
export class PhraseIndex<V> {
  private readonly exact = new Map<string, Phrase<V>[]>();
  /** Stem phrases bucketed by the stem's first STEM_BUCKET characters; shorter stems in `shortStems`. */
  private readonly stemBuckets = new Map<string, { stem: string; phrase: Phrase<V> }[]>();
  private readonly shortStems: { stem: string; phrase: Phrase<V> }[] = [];
  size = 0;
  /** Candidates per word already looked up (a text repeats its words); emptied by add(). */
  private readonly memo = new Map<string, readonly Phrase<V>[]>();

  add(cat: string, pattern: string, value: V): void {
    this.memo.clear();
    const words = patternWords(pattern).map(parseWord);
    if (words.length === 0 || words[0].gap) throw new Error(`eduwatch: bad phrase pattern "${pattern}" (${cat})`);
    const phrase: Phrase<V> = { cat, value, words, spec: words.filter((w) => !w.gap).length };
    const first = words[0];
    for (const e of first.exact) push(this.exact, e, phrase);
    for (const s of first.stems) {
      if (s.length < STEM_BUCKET) this.shortStems.push({ stem: s, phrase });
      else push(this.stemBuckets, s.slice(0, STEM_BUCKET), { stem: s, phrase });
    }
    this.size++;
  }

  /** Phrases whose first word matches `w` (memoised; do not modify the list). */
  lookup(w: string): readonly Phrase<V>[] {
    const hit = this.memo.get(w);
    if (hit) return hit;
    const out: Phrase<V>[] = [];
    this.candidates(w, out);
    const list = out.length > 0 ? out : NO_PHRASES;
    if (this.memo.size >= MAX_MEMO_WORDS) this.memo.clear();
    this.memo.set(w, list);
    return list;
  }

  /** Phrases whose first word matches `w`. */
  candidates(w: string, out: Phrase<V>[]): void {
    out.length = 0;
    const e = this.exact.get(w);
    if (e) for (const p of e) out.push(p);
    if (w.length >= STEM_BUCKET) {
      const b = this.stemBuckets.get(w.slice(0, STEM_BUCKET));
      if (b) for (const x of b) if (w.startsWith(x.stem)) out.push(x.phrase);
    }
    for (const x of this.shortStems) if (w.startsWith(x.stem)) out.push(x.phrase);
  }
}

/** Words whose candidates are remembered per index before the memo starts afresh. */
const MAX_MEMO_WORDS = 50_000;
const NO_PHRASES: readonly never[] = [];

function push<K, T>(m: Map<K, T[]>, k: K, v: T): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Is there hard punctuation (. ! ? ; newline) between two tokens? Phrases never cross it. */
function hardBreakBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13) return true;
  }
  return false;
}

/** End token (exclusive) of the longest match of `words[wi..]` starting at token `ti`, or -1. */
function matchFrom(text: string, tk: Tokens, words: WordPat[], wi: number, ti: number): number {
  if (wi === words.length) return ti;
  const p = words[wi];
  if (p.gap) {
    let best = -1;
    for (let g = 0; g <= MAX_GAP; g++) {
      const t = ti + g;
      if (t > tk.n) break;
      if (g > 0 && hardBreakBetween(text, tk.end[t - 2 < 0 ? 0 : t - 2], tk.start[t - 1])) break;
      const r = matchFrom(text, tk, words, wi + 1, t);
      if (r > best) best = r;
    }
    return best;
  }
  if (ti >= tk.n || !wordMatches(p, tk.words[ti])) return -1;
  if (wi > 0 && ti > 0 && hardBreakBetween(text, tk.end[ti - 1], tk.start[ti])) return -1;
  return matchFrom(text, tk, words, wi + 1, ti + 1);
}

/**
 * All phrase matches over tokens [from, to): at each token, per category, the most specific
 * (then longest) phrase. Hits come out ordered by start token.
 */
export function scanPhrases<V>(text: string, tk: Tokens, index: PhraseIndex<V>, from = 0, to = tk.n): Hit<V>[] {
  const hits: Hit<V>[] = [];
  // Best phrase per category at the current token (few categories match one word: linear lists).
  const bestP: Phrase<V>[] = [];
  const bestEnd: number[] = [];
  for (let i = from; i < to; i++) {
    const cands = index.lookup(tk.words[i]);
    if (cands.length === 0) continue;
    bestP.length = 0;
    bestEnd.length = 0;
    for (const p of cands) {
      const end = p.words.length === 1 ? i + 1 : matchFrom(text, tk, p.words, 0, i);
      if (end < 0 || end > to) continue;
      let k = 0;
      while (k < bestP.length && bestP[k].cat !== p.cat) k++;
      if (k === bestP.length) {
        bestP.push(p);
        bestEnd.push(end);
      } else if (p.spec > bestP[k].spec || (p.spec === bestP[k].spec && end > bestEnd[k])) {
        bestP[k] = p;
        bestEnd[k] = end;
      }
    }
    for (let k = 0; k < bestP.length; k++) {
      const end = bestEnd[k];
      hits.push({ cat: bestP[k].cat, value: bestP[k].value, t0: i, t1: end, start: tk.start[i], end: tk.end[end - 1] });
    }
  }
  return hits;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tk: Tokens, offset: number): number {
  let lo = 0;
  let hi = tk.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tk.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
