/**
 * franc's `francAll`, computed once per sample and ranked as often as needed. Language detection
 * asks franc twice about one sample (restricted to the five languages, then over all of them to
 * name another language); franc itself recomputes the script and the trigrams on every call and
 * counts trigrams in a plain object, which dominates the cost of detecting a short article.
 *
 * This module reads franc's own tables (franc/data.js, franc/expressions.js) and reproduces its
 * arithmetic exactly: the same sample cut (2048 code units), the same cleaning (trigram-utils:
 * ASCII punctuation and digits → space, whitespace collapsed, trimmed, lower-cased, padded), the
 * same top-script rule, the same distance (|count − rank − 1|, 300 for a missing trigram; integer
 * sums, so the order of addition does not matter), the same normalisation and the same stable sort.
 * Only the bookkeeping differs: each script's models are compiled once into typed arrays indexed
 * by trigram id, a sample's trigrams are counted once by id, and script counts come from a
 * per-character cache.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants (franc/index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type Ranked = [string, number][];

const SCRIPTS = Object.keys(expressions);
const SCRIPT_RES = SCRIPTS.map((s) => expressions[s]);

/** Per UTF-16 code unit (non-surrogate): indices into SCRIPTS of the expressions it matches. */
const CHAR_SCRIPTS: (Uint8Array | undefined)[] = new Array(65536);

function scriptsOfChar(c: number): Uint8Array {
  let s = CHAR_SCRIPTS[c];
  if (s) return s;
  const ch = String.fromCharCode(c);
  const hits: number[] = [];
  for (let i = 0; i < SCRIPT_RES.length; i++) {
    const re = SCRIPT_RES[i];
    re.lastIndex = 0;
    if (re.test(ch)) hits.push(i);
    re.lastIndex = 0;
  }
  s = Uint8Array.from(hits);
  CHAR_SCRIPTS[c] = s;
  return s;
}

/** franc's getTopScript: the script with the largest share of matched characters (first wins a tie). */
function topScript(value: string): [string | undefined, number] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  let surrogates = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      surrogates = true;
      break;
    }
    const s = scriptsOfChar(c);
    for (let k = 0; k < s.length; k++) counts[s[k]]++;
  }
  if (surrogates) {
    // Astral characters: some expressions match surrogate pairs; count exactly as franc does.
    for (let i = 0; i < SCRIPTS.length; i++) counts[i] = value.match(SCRIPT_RES[i])?.length ?? 0;
  }
  let topCount = -1;
  let top: string | undefined;
  for (let i = 0; i < SCRIPTS.length; i++) {
    const share = counts[i] / value.length || 0;
    if (share > topCount) {
      topCount = share;
      top = SCRIPTS[i];
    }
  }
  return [top, topCount];
}

/** franc's distance for a trigram a model lacks. */
const MISSING = MAX_DIFFERENCE;

/**
 * The models of one script, compiled: every code unit the models use gets a small index (1..A-1),
 * every distinct model trigram an id (through a table indexed by the three character indices),
 * and every language a rank per trigram id (-1: not in its model).
 */
interface ScriptModels {
  langs: string[];
  /** Alphabet size + 1 (index 0: a character no model uses). */
  a: number;
  charIndex: Uint8Array;
  /** (i0 * a + i1) * a + i2 → trigram id + 1 (0: in no model). */
  table: Int32Array;
  /** Model trigrams (ids below this have ranks). */
  trigrams: number;
  /** Ids handed out so far (model trigrams, then trigrams first seen in texts). */
  ids: number;
  ranks: Int16Array[];
}

const COMPILED = new Map<string, ScriptModels>();

function compileScript(script: string): ScriptModels {
  let sm = COMPILED.get(script);
  if (sm) return sm;
  const langs = Object.keys(data[script]);
  const lists = langs.map((l) => data[script][l].split('|'));
  const chars = new Map<number, number>();
  for (const list of lists) {
    for (const t of list) {
      if (t.length !== 3) continue; // a text trigram is three code units: such an entry never matches
      for (let k = 0; k < 3; k++) if (!chars.has(t.charCodeAt(k))) chars.set(t.charCodeAt(k), chars.size + 1);
    }
  }
  if (chars.size > 254) throw new Error(`eduwatch: franc's ${script} models use ${chars.size} characters (at most 254 supported)`);
  const a = chars.size + 1;
  const charIndex = new Uint8Array(65536);
  for (const [c, i] of chars) charIndex[c] = i;
  const table = new Int32Array(a * a * a);
  let trigrams = 0;
  const code = (t: string) => (charIndex[t.charCodeAt(0)] * a + charIndex[t.charCodeAt(1)]) * a + charIndex[t.charCodeAt(2)];
  for (const list of lists) for (const t of list) if (t.length === 3 && table[code(t)] === 0) table[code(t)] = ++trigrams;
  const ranks = lists.map((list) => {
    const r = new Int16Array(trigrams).fill(-1);
    // franc assigns from the last entry down, so a repeated trigram keeps its first (lowest) rank.
    for (let w = list.length - 1; w >= 0; w--) if (list[w].length === 3) r[table[code(list[w])] - 1] = w;
    return r;
  });
  sm = { langs, a, charIndex, table, trigrams, ids: trigrams, ranks };
  COMPILED.set(script, sm);
  return sm;
}

/** Per-sample scratch: counts per trigram id (reset after each use through the list of ids touched). */
let scratch: Int32Array = new Int32Array(0);

/** A sample's trigrams (trigram-utils' clean() and padding), counted against one script's models. */
interface Grams {
  /** Ids of the model trigrams present, and their counts. */
  ids: Int32Array;
  counts: Int32Array;
  /** Distinct trigrams in no model of the script. */
  unknown: number;
}

/**
 * Per code unit: 0 not looked at yet; SPACE_UNIT when trigram-utils' clean() turns it into a space
 * (ASCII punctuation and digits, whitespace); NO_UNIT when its lower case is not one code unit or
 * depends on its neighbours (surrogates, İ, Σ); else its lower case + 1.
 */
const UNIT = new Uint32Array(65536);
const SPACE_UNIT = 0x20000;
const NO_UNIT = 0x30000;
const WS_RE = /^\s$/;

function unitOf(c: number): number {
  let v = UNIT[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if ((c >= 0x21 && c <= 0x40) || WS_RE.test(ch)) v = SPACE_UNIT;
    else if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || lower.length !== 1) v = NO_UNIT;
    else v = lower.charCodeAt(0) + 1;
    UNIT[c] = v;
  }
  return v;
}

let cleanBuf = new Uint16Array(0);

/**
 * The code units of ` ${clean(value)} ` (trigram-utils: [\u0021-\u0040]+ and \s+ → one space,
 * trimmed, lower-cased), in one pass without building strings; null when a character's lower case
 * is not a single, context-free code unit (then the string functions do it).
 */
function cleanedUnits(value: string): { units: Uint16Array; n: number } | null {
  if (cleanBuf.length < value.length + 2) cleanBuf = new Uint16Array(value.length + 2);
  const buf = cleanBuf;
  let n = 0;
  buf[n++] = 32;
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const u = unitOf(value.charCodeAt(i));
    if (u === SPACE_UNIT) {
      pendingSpace = n > 1; // leading spaces are trimmed
      continue;
    }
    if (u === NO_UNIT) return null;
    if (pendingSpace) {
      buf[n++] = 32;
      pendingSpace = false;
    }
    buf[n++] = u - 1;
  }
  buf[n++] = 32; // trailing spaces were trimmed: only the padding
  return { units: buf, n };
}

function cleanedByStrings(value: string): { units: Uint16Array; n: number } {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const units = new Uint16Array(cleaned.length);
  for (let i = 0; i < cleaned.length; i++) units[i] = cleaned.charCodeAt(i);
  return { units, n: cleaned.length };
}

function countGrams(value: string, sm: ScriptModels): Grams {
  const { units, n } = cleanedUnits(value) ?? cleanedByStrings(value);
  if (scratch.length < sm.ids) scratch = grow(scratch, sm.ids);
  const { a, charIndex, table } = sm;
  const touched: number[] = [];
  // Trigrams in no model: those of alphabet characters get ids past the models' (table entries
  // added as they are first seen, bounded by the table's size); the others are told apart by
  // their code units (the two kinds cannot share a trigram).
  let unknownRaw: Set<number> | null = null;
  let i1 = charIndex[units[0]];
  let i2 = charIndex[units[1]];
  for (let i = 0; i + 3 <= n; i++) {
    const i0 = i1;
    i1 = i2;
    i2 = charIndex[units[i + 2]];
    if (i0 === 0 || i1 === 0 || i2 === 0) {
      (unknownRaw ??= new Set()).add(units[i] * 4294967296 + units[i + 1] * 65536 + units[i + 2]);
      continue;
    }
    const code = (i0 * a + i1) * a + i2;
    let id = table[code] - 1;
    if (id < 0) {
      id = sm.ids++;
      table[code] = id + 1;
      if (id >= scratch.length) scratch = grow(scratch, id + 1);
    }
    if (scratch[id]++ === 0) touched.push(id);
  }
  let known = 0;
  for (const id of touched) if (id < sm.trigrams) known++;
  const ids = new Int32Array(known);
  const counts = new Int32Array(known);
  let k = 0;
  for (const id of touched) {
    if (id < sm.trigrams) {
      ids[k] = id;
      counts[k++] = scratch[id];
    }
    scratch[id] = 0;
  }
  return { ids, counts, unknown: touched.length - known + (unknownRaw?.size ?? 0) };
}

function grow(a: Int32Array, min: number): Int32Array {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/** One sample, analysed once; `rank` gives what `francAll(sample, { only, minLength })` gives. */
export class FrancSample {
  private readonly value: string;
  private readonly tooShort: boolean;
  private script: [string | undefined, number] | null = null;
  private grams: Grams | null = null;

  constructor(sample: string, minLength: number) {
    this.tooShort = !sample || sample.length < minLength;
    this.value = this.tooShort ? '' : sample.slice(0, MAX_LENGTH);
  }

  rank(only: readonly string[] = []): Ranked {
    if (this.tooShort) return [['und', 1]];
    const script = (this.script ??= topScript(this.value));
    const name = script[0];
    if (!name || !(name in data)) {
      if (!name || script[1] === 0 || (only.length > 0 && !only.includes(name))) return [['und', 1]];
      return [[name, 1]];
    }
    const sm = compileScript(name);
    const g = (this.grams ??= countGrams(this.value, sm));
    // franc's distance: per distinct trigram, |count − rank − 1| when the model has it, else 300.
    const base = MISSING * (g.ids.length + g.unknown);
    const distances: Ranked = [];
    for (let l = 0; l < sm.langs.length; l++) {
      if (only.length > 0 && !only.includes(sm.langs[l])) continue;
      const r = sm.ranks[l];
      let distance = base;
      for (let k = 0; k < g.ids.length; k++) {
        const w = r[g.ids[k]];
        if (w < 0) continue;
        const d = g.counts[k] - w - 1;
        distance += (d < 0 ? -d : d) - MISSING;
      }
      distances.push([sm.langs[l], distance]);
    }
    const ranked: Ranked = distances.length === 0 ? [['und', 1]] : distances.sort((a, b) => a[1] - b[1]);
    // franc's normalize().
    const min = ranked[0][1];
    const max = this.value.length * MAX_DIFFERENCE - min;
    for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
    return ranked;
  }
}
