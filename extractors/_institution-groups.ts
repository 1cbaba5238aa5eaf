/**
 * One institution per document: candidate names are grouped by key, then shorter names merge
 * into the one longer name that contains them (Секторният съвет → Секторен съвет за електрическа
 * мобилност; Polytechnic University → Peter the Great St. Petersburg Polytechnic University), and
 * near-identical names merge (a misspelling: Индустриалия / Индустриален клъстер).
 */
import type { InstitutionKind, Lang } from '../types.js';
import { institutionKey } from './institution-key.js';
import type { Cand } from './_institution-phrases.js';
import type { Scanner } from './_institution-scan.js';
import type { RegistryEntry } from './_registry.js';

/** Candidate lists longer than this are not searched for containing names (hostile input). */
const MAX_SUPERSET_CANDIDATES = 200;
/** Groups of one head and length compared pairwise for misspellings at most. */
const MAX_FUZZY_BUCKET = 80;

export interface ExtraMention {
  start: number;
  end: number;
  /** acronym | backref | partial | weak (a repeated quoted name) */
  how: 'acronym' | 'backref' | 'partial' | 'weak';
}

export interface Group {
  key: string;
  stems: string[];
  names: Cand[];
  extra: ExtraMention[];
  kind: InstitutionKind;
  /** Lemmas of the head words of its names (hyphens removed), for back-references and containment. */
  heads: Set<string>;
  /** Keys of quoted parts of its names («Уралтехснаб» → "уралтехснаб"). */
  quoteKeys: Set<string>;
  /** First character offset of any mention. */
  first: number;
  merged: Group | null;
  /** Display name given by the registry (abbreviation-only institutions: МОН, КНУ), or the abbreviation itself. */
  fixedName?: string;
  /** The registry entry an abbreviation resolved to. */
  registry?: RegistryEntry;
  confidence: number;
}

/** Key words of the country names of the active tables. */
function countryKeys(sc: Scanner, lang: Lang | null): Set<string> {
  const out = new Set<string>();
  for (const t of sc.tables) for (const c of t.t.countries) out.add(institutionKey(c, lang ?? t.lang));
  return out;
}

export function lemmaKey(lemma: string): string {
  return lemma.replace(/['-]/g, '');
}

export function coreText(sc: Scanner, c: { core0: number; core1: number; listPrefix?: string }): string {
  const core = sc.text.slice(sc.toks[c.core0].start, sc.toks[c.core1 - 1].end);
  return c.listPrefix ? `${c.listPrefix} ${core}` : core;
}

function headLemmas(sc: Scanner, c: Cand): string[] {
  const out: string[] = [];
  if (c.head) out.push(lemmaKey(c.head.lemma));
  if (c.q0 >= 0) {
    for (let k = c.q0 + 1; k < c.q1; k++) {
      const m = sc.singularHeadAt(k);
      if (m) {
        out.push(lemmaKey(m.lemma));
        break;
      }
    }
  }
  return out;
}

export function newGroup(key: string, kind: InstitutionKind, first: number): Group {
  return { key, stems: key.split(' '), names: [], extra: [], kind, heads: new Set(), quoteKeys: new Set(), first, merged: null, confidence: 0 };
}

/** Build groups from name candidates and merge contained and misspelt names. */
export function groupNames(sc: Scanner, names: Cand[], lang: Lang | null): Group[] {
  const byKey = new Map<string, Group>();
  for (const c of names) {
    const key = institutionKey(coreText(sc, c), lang);
    if (!key) continue;
    let g = byKey.get(key);
    if (!g) {
      g = newGroup(key, c.kind, sc.toks[c.t0].start);
      byKey.set(key, g);
    }
    addName(sc, g, c, lang);
  }
  const groups = [...byKey.values()];
  mergeContained(groups, countryKeys(sc, lang));
  mergeMisspelt(groups);
  if (lang === 'en') mergeReordered(groups);
  return groups.filter((g) => !g.merged);
}

/** Most words of the place or patron X in "University of X" / "X University". */
const MAX_REORDERED_WORDS = 3;

/**
 * English writes one name in two orders: "University of Kordestan" and "Kordestan University" are
 * one institution in a document; the "of" form survives (the formal name).
 */
function mergeReordered(groups: Group[]): void {
  const byTail = new Map<string, Group>();
  for (const g of groups) {
    if (g.merged) continue;
    const s = g.stems;
    if (s.length >= 3 && s.length <= MAX_REORDERED_WORDS + 2 && s[1] === 'of' && g.heads.has(s[0])) byTail.set(`${s.slice(2).join(' ')} ${s[0]}`, g);
  }
  if (byTail.size === 0) return;
  for (const g of groups) {
    if (g.merged) continue;
    const into = byTail.get(g.key);
    if (into && into !== g && !into.merged) mergeInto(g, into);
  }
}

export function addName(sc: Scanner, g: Group, c: Cand, lang: Lang | null): void {
  g.names.push(c);
  for (const l of headLemmas(sc, c)) g.heads.add(l);
  if (c.q0 >= 0 && c.q1 > c.q0 + 1) {
    g.quoteKeys.add(institutionKey(sc.text.slice(sc.toks[c.q0 + 1].start, sc.toks[c.q1 - 1].end), lang));
  }
  g.first = Math.min(g.first, sc.toks[c.t0].start);
  if (c.confidence > g.confidence) {
    g.confidence = c.confidence;
    g.kind = c.kind;
  }
}

export function mergeInto(from: Group, to: Group): void {
  to.names.push(...from.names);
  to.extra.push(...from.extra);
  for (const h of from.heads) to.heads.add(h);
  for (const q of from.quoteKeys) to.quoteKeys.add(q);
  to.first = Math.min(to.first, from.first);
  if (from.confidence > to.confidence) to.kind = from.kind;
  to.confidence = Math.max(to.confidence, from.confidence);
  from.merged = to;
  from.names = [];
  from.extra = [];
}

/** Shortest key word compared by prefix (Каразінський / Каразіна share "каразін"). */
const MIN_PREFIX_WORD = 5;

/** Two key words of one name: equal, or one a prefix of the other (a derived adjective: каразінськ / каразін). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_PREFIX_WORD || b.length < MIN_PREFIX_WORD) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** Is `a` a subsequence of `b` (word by word, see sameWord)? */
export function isSubsequence(a: string[], b: string[]): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (sameWord(b[i], a[j])) j++;
  return j === a.length;
}

function sharesHead(a: Group, b: Group): boolean {
  for (const h of a.heads) if (b.heads.has(h)) return true;
  return false;
}

/** The group whose mentions are nearest before `pos` (else nearest after). */
export function nearest(groups: Group[], pos: number): Group | null {
  let best: Group | null = null;
  let bestD = Infinity;
  for (const g of groups) {
    for (const c of g.names) {
      const d = c.t0 <= pos ? pos - c.t0 : (c.t0 - pos) * 2 + 1;
      if (d < bestD) {
        bestD = d;
        best = g;
      }
    }
  }
  return best;
}

/** Does the longer name add a country the shorter lacks (Министерство … на Украйна vs Министерство …)? */
function addsCountry(short: string[], long: string[], countries: Set<string>): boolean {
  for (const w of long) if (countries.has(w) && !short.includes(w)) return true;
  return false;
}

function mergeContained(groups: Group[], countries: Set<string>): void {
  // Indexed by the first letters of each word, so "каразінськ" finds "каразін".
  const index = new Map<string, Group[]>();
  const ix = (s: string): string => s.slice(0, MIN_PREFIX_WORD);
  for (const g of groups) for (const s of new Set(g.stems.map(ix))) (index.get(s) ?? index.set(s, []).get(s)!).push(g);
  const order = [...groups].sort((a, b) => a.stems.length - b.stems.length);
  for (const s of order) {
    if (s.merged || s.stems.length < 2 || s.heads.size === 0) continue;
    let rare: Group[] | undefined;
    for (const st of s.stems) {
      const l = index.get(ix(st));
      if (l && (!rare || l.length < rare.length)) rare = l;
    }
    if (!rare || rare.length > MAX_SUPERSET_CANDIDATES) continue;
    const supers = rare.filter((g) => g !== s && !g.merged && g.stems.length > s.stems.length && sharesHead(s, g) && isSubsequence(s.stems, g.stems)
      && !addsCountry(s.stems, g.stems, countries));
    if (supers.length === 0) continue;
    const pos = Math.min(...s.names.map((c) => c.t0));
    const target = supers.length === 1 ? supers[0] : nearest(supers, pos);
    if (target) mergeInto(s, target);
  }
}

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows, reused across calls.
  if (ROW_A.length <= b.length) {
    ROW_A = new Int32Array(b.length + 1);
    ROW_B = new Int32Array(b.length + 1);
  }
  let prev = ROW_A;
  let cur = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}
let ROW_A = new Int32Array(64);
let ROW_B = new Int32Array(64);

/** Two keys one small misspelling apart: same length, numbers equal, one word within edit distance 1–2. */
export function nearlySame(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (/\d/.test(a[i]) || /\d/.test(b[i]) || a[i].length < 4 || b[i].length < 4) return false;
    const max = Math.min(a[i].length, b[i].length) >= 7 ? 2 : 1;
    if (++diffs > 1 || editDistance(a[i], b[i], max) > max) return false;
  }
  return diffs === 1;
}

function mergeMisspelt(groups: Group[]): void {
  const buckets = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.merged) continue;
    for (const h of g.heads) {
      const k = `${h}|${g.stems.length}`;
      (buckets.get(k) ?? buckets.set(k, []).get(k)!).push(g);
    }
  }
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > MAX_FUZZY_BUCKET) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        let a = list[i];
        let b = list[j];
        while (a.merged) a = a.merged;
        while (b.merged) b = b.merged;
        if (a === b || !nearlySame(a.stems, b.stems)) continue;
        // The better-attested spelling survives.
        if (b.names.length > a.names.length) mergeInto(a, b);
        else mergeInto(b, a);
      }
    }
  }
}
