/**
 * One linear tokenisation for the institutions extractor: words (with inner hyphens and
 * apostrophes), numbers and single punctuation characters, each with its offsets, capitalisation,
 * line-break and sentence-start flags; e-mail addresses, URLs and menu lines marked as junk; and
 * quotation marks paired («…», „…“, „…”, “…”, "…", ‘…’ and the mixed “…“ of Bulgarian pages).
 */
import { splitSentences, type Span } from './sentences.js';
import { norm } from './_institution-lexicon.js';

export const TokType = { Word: 1, Num: 2, Punct: 3 } as const;
export type TokType = (typeof TokType)[keyof typeof TokType];

const F_TYPE = 3;
const F_CAP = 4;
const F_CAPS = 8;
const F_NL = 16;
const F_SENT = 32;
const F_JUNK = 64;

/** One token; the type and the flags share one small integer (200k tokens of a hostile text stay small for the collector). */
export class Tok {
  /** Surface text. */
  s: string;
  /** norm(s): lower case, ё → е, apostrophes unified. */
  lo: string;
  start: number;
  /** Type (F_TYPE bits) and the flags below. */
  private f: number;

  constructor(s: string, lo: string, start: number, f: number) {
    this.s = s;
    this.lo = lo;
    this.start = start;
    this.f = f;
  }

  /** Offset after the token (its surface text is the text between `start` and `end`). */
  get end(): number {
    return this.start + this.s.length;
  }

  get type(): TokType {
    return (this.f & F_TYPE) as TokType;
  }
  /** First character is an upper-case letter. */
  get cap(): boolean {
    return (this.f & F_CAP) !== 0;
  }
  /** Two or more letters, all upper case (an acronym shape: ИКЕМ, SPbPU counts via `acronymLetters`). */
  get caps(): boolean {
    return (this.f & F_CAPS) !== 0;
  }
  /** A line break lies between the previous token and this one (or this is the first token). */
  get nl(): boolean {
    return (this.f & F_NL) !== 0;
  }
  /** First token of a sentence. */
  get sent(): boolean {
    return (this.f & F_SENT) !== 0;
  }
  set sent(v: boolean) {
    this.f = v ? this.f | F_SENT : this.f & ~F_SENT;
  }
  /** Inside an e-mail address, URL or a navigation/menu line. */
  get junk(): boolean {
    return (this.f & F_JUNK) !== 0;
  }
  set junk(v: boolean) {
    this.f = v ? this.f | F_JUNK : this.f & ~F_JUNK;
  }
}

export interface Tokenized {
  toks: Tok[];
  /** For an opening quote token: index of its closing token; -1 otherwise. */
  closeOf: Int32Array;
  /** For a closing quote token: index of its opening token; -1 otherwise. */
  openOf: Int32Array;
}

/** A quotation longer than this many tokens is not a name (stray quote characters must not glue text together). */
const MAX_QUOTE_TOKENS = 16;
/** A line with at least this many | • · separators is navigation, not prose. */
const MENU_SEPARATORS = 2;


/** Closing quotes each opening quote accepts (typographic practice varies; Bulgarian pages write “…“). */
const CLOSERS: Record<string, string> = {
  '«': '»',
  '„': '“”"',
  '“': '”“"',
  '"': '"”“',
  '‘': '’‘',
  '‚': '‘’',
  '‹': '›',
};
const QUOTE_CHARS = '«»„“”"‘’‚‹›';

export function isQuoteChar(s: string): boolean {
  return s.length === 1 && QUOTE_CHARS.includes(s);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/** Character ranges of e-mail addresses, URLs and menu lines. */
function junkRanges(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  // Non-space runs containing @ or :// or starting with www.
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    const a = i;
    let at = false;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 64 /* @ */ || (c === 58 /* : */ && text.startsWith('//', i + 1))) at = true;
      i++;
    }
    if (i > a && (at || text.startsWith('www.', a))) out.push(a, i);
  }
  // Menu / share lines: "Головна | Новини | Контакти", "Facebook | Telegram | Viber".
  let ls = 0;
  while (ls < n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let seps = 0;
    for (let k = ls; k < le; k++) {
      const c = text.charCodeAt(k);
      if (c === 124 /* | */ || c === 0x2022 /* • */ || c === 0xb7 /* · */) seps++;
      else if (c === 47 /* / */ && k > ls && k + 1 < le && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) seps++;
    }
    if (seps >= MENU_SEPARATORS) out.push(ls, le);
    ls = le + 1;
  }
  return out;
}

/** Character classes, filled lazily per UTF-16 code unit (one regex test per distinct character). */
const CLASS = new Uint8Array(65536);
const C_LETTER = 1;
const C_DIGIT = 2;
const C_SPACE = 3;
const C_OTHER = 4;
const C_JOINER = 5;
const LETTER_RE = /[\p{L}\p{M}]/u;
const JOINERS = "-‐'’ʼ`";

function classOf(c: number): number {
  let v = CLASS[c];
  if (v === 0) {
    if (c >= 48 && c <= 57) v = C_DIGIT;
    else if (isSpaceCode(c) || c === 11 || c === 12) v = C_SPACE;
    else if (c >= 0xd800 && c <= 0xdfff) v = C_OTHER;
    else if (LETTER_RE.test(String.fromCharCode(c))) v = C_LETTER;
    else if (JOINERS.includes(String.fromCharCode(c))) v = C_JOINER;
    else v = C_OTHER;
    CLASS[c] = v;
  }
  return v;
}

/** Lower-case form and capitalisation of a word, remembered per surface form (bounded). */
interface WordShape {
  lo: string;
  cap: boolean;
  caps: boolean;
}
const SHAPES = new Map<string, WordShape>();
/** Surface forms remembered before the memo starts afresh. */
const MAX_SHAPES = 50_000;

function shapeOf(s: string): WordShape {
  let w = SHAPES.get(s);
  if (w) return w;
  const lo = norm(s);
  const cap = s[0] !== lo[0] && s[0] === s[0].toUpperCase();
  const caps = cap && s.length >= 2 && lo !== s && s === s.toUpperCase();
  w = { lo, cap, caps };
  if (SHAPES.size >= MAX_SHAPES) SHAPES.clear();
  SHAPES.set(s, w);
  return w;
}

/** Quote characters numbered from 1 (QUOTE_CHARS order), and per opening quote the mask of its closers. */
const QUOTE_CODE = new Uint8Array(65536);
[...QUOTE_CHARS].forEach((c, i) => (QUOTE_CODE[c.charCodeAt(0)] = i + 1));
/** Every character that closes some quote. */
const ANY_CLOSER = [...new Set(Object.values(CLOSERS).join(''))].reduce((m, c) => m | (1 << QUOTE_CODE[c.charCodeAt(0)]), 0);
/** Per quote number, the mask of its closers (0: not an opening quote). */
const CLOSER_MASK = new Int32Array(QUOTE_CHARS.length + 1);
for (const [open, closers] of Object.entries(CLOSERS)) {
  CLOSER_MASK[QUOTE_CODE[open.charCodeAt(0)]] = [...closers].reduce((m, c) => m | (1 << QUOTE_CODE[c.charCodeAt(0)]), 0);
}

/**
 * Tokens as TOKEN_RE in _institution-lexicon.ts defines them (a word: a letter, then letters and
 * digits, with inner hyphens/apostrophes; a number; any other character), scanned by hand: one
 * pass over the characters, no match objects. `sentences` (splitSentences(text)) marks sentence
 * starts; pass it when the caller has it, else it is computed here (or skipped: `false`).
 */
export function tokenize(text: string, sentences: Span[] | boolean = true): Tokenized {
  const toks: Tok[] = [];
  const n = text.length;
  let nl = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === C_SPACE) {
      if (c === 10 || c === 13) nl = true;
      i++;
      continue;
    }
    const start = i;
    let type: TokType;
    if (k === C_LETTER) {
      i++;
      for (;;) {
        while (i < n) {
          const kk = classOf(text.charCodeAt(i));
          if (kk !== C_LETTER && kk !== C_DIGIT) break;
          i++;
        }
        if (i + 1 < n && classOf(text.charCodeAt(i)) === C_JOINER) {
          const kk = classOf(text.charCodeAt(i + 1));
          if (kk === C_LETTER || kk === C_DIGIT) {
            i += 2;
            continue;
          }
        }
        break;
      }
      type = TokType.Word;
    } else if (k === C_DIGIT) {
      while (i < n && classOf(text.charCodeAt(i)) === C_DIGIT) i++;
      type = TokType.Num;
    } else {
      i++;
      type = TokType.Punct;
    }
    const s = text.slice(start, i);
    if (type === TokType.Word) {
      const w = shapeOf(s);
      toks.push(new Tok(s, w.lo, start, type | (w.cap ? F_CAP : 0) | (w.caps ? F_CAPS : 0) | (nl ? F_NL | F_SENT : 0)));
    } else {
      toks.push(new Tok(s, s, start, type | (nl ? F_NL | F_SENT : 0)));
    }
    nl = false;
  }
  // Junk ranges (sorted by start within each pass; mark by a two-pointer per pass).
  const junk = junkRanges(text);
  if (junk.length > 0) {
    const pairs: [number, number][] = [];
    for (let k = 0; k < junk.length; k += 2) pairs.push([junk[k], junk[k + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    let p = 0;
    for (const t of toks) {
      while (p < pairs.length && pairs[p][1] <= t.start) p++;
      for (let q = p; q < pairs.length && pairs[q][0] < t.end; q++) {
        if (pairs[q][1] > t.start) {
          t.junk = true;
          break;
        }
      }
    }
  }
  if (sentences !== false) {
    const spans = sentences === true ? splitSentences(text) : sentences;
    let ti = 0;
    for (const sp of spans) {
      while (ti < toks.length && toks[ti].start < sp.start) ti++;
      if (ti < toks.length && toks[ti].start < sp.end) toks[ti].sent = true;
    }
  }
  // Pair quotes on one line: per token its quote number (0: none), whether a line break or a
  // space precedes it, so the look-ahead reads typed arrays only.
  const count = toks.length;
  const closeOf = new Int32Array(count).fill(-1);
  const openOf = new Int32Array(count).fill(-1);
  const quote = new Uint8Array(count);
  const stop = new Uint8Array(count); // 1: line break before; 2: space before (not a closer)
  let anyQuote = false;
  for (let j = 0; j < count; j++) {
    const t = toks[j];
    if (t.nl) stop[j] = 1;
    if (t.type !== TokType.Punct) continue;
    const q = QUOTE_CODE[t.s.charCodeAt(0)];
    if (q === 0) continue;
    quote[j] = q;
    anyQuote = true;
    if (stop[j] === 0 && isSpaceCode(text.charCodeAt(t.start - 1))) stop[j] = 2;
  }
  if (!anyQuote) return { toks, closeOf, openOf };
  // next[j]: the first token at or after j that may end a look-ahead (a line break before it) or
  // close a quote (a closing character with no space before it); the others are skipped unread.
  const next = new Int32Array(count + 1);
  next[count] = count;
  for (let j = count - 1; j >= 0; j--) next[j] = stop[j] === 1 || (stop[j] === 0 && (ANY_CLOSER & (1 << quote[j])) !== 0 && quote[j] !== 0) ? j : next[j + 1];
  for (let i = 0; i < count; i++) {
    if (quote[i] === 0 || openOf[i] >= 0) continue;
    const t = toks[i];
    const mask = CLOSER_MASK[quote[i]];
    if (mask === 0) continue;
    // An opening quote is followed by a non-space character.
    if (t.end >= text.length || isSpaceCode(text.charCodeAt(t.end))) continue;
    for (let j = next[i + 1]; j < count && j <= i + MAX_QUOTE_TOKENS; j = next[j + 1]) {
      if (stop[j] === 1) break;
      if ((mask & (1 << quote[j])) !== 0) {
        closeOf[i] = j;
        openOf[j] = i;
        i = j;
        break;
      }
    }
  }
  return { toks, closeOf, openOf };
}
