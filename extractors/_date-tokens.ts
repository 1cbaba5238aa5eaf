/**
 * Tokens for the relative-date matcher (extractors/_date-relative.ts): words (lower case,
 * apostrophes as "'"), numbers and single other characters of a short slice of text, found by hand
 * in one pass; and quick looks at the word before or the token after a position.
 */
import { isApostrophe, isDigit, isLetter, isSpace } from './_date-chars.js';
import { normWord } from './_date-relative-lexicon.js';

/** The widest whitespace gap between two words of one expression. */
export const MAX_GAP = 3;

export interface Tok {
  s: number;
  e: number;
  /** w: word (normalised), n: number, p: one other character */
  k: 'w' | 'n' | 'p';
  t: string;
}

/** The words (lower case), numbers and other characters of text[from, to), by hand: no pattern, one pass. */
export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let i = from;
  // A slice may begin inside a word: that piece is no token.
  if (i > 0 && isLetter(text.charCodeAt(i - 1))) while (i < to && isLetter(text.charCodeAt(i))) i++;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isDigit(c)) {
      while (j < to && isDigit(text.charCodeAt(j))) j++;
      out.push({ s: i, e: j, k: 'n', t: text.slice(i, j) });
    } else if (isLetter(c)) {
      let apostrophe = false;
      for (;;) {
        while (j < to && isLetter(text.charCodeAt(j))) j++;
        if (j + 1 < to && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) {
          apostrophe = true;
          j++;
          continue;
        }
        break;
      }
      const w = text.slice(i, j);
      out.push({ s: i, e: j, k: 'w', t: apostrophe ? normWord(w) : w.toLowerCase() });
    } else {
      out.push({ s: i, e: j, k: 'p', t: text[i] });
    }
    i = j;
  }
  return out;
}

/** The gap between two tokens is short whitespace (or nothing: "1d"). */
export function close(text: string, a: Tok, b: Tok): boolean {
  if (b.s - a.e > MAX_GAP) return false;
  for (let i = a.e; i < b.s; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** Does `words` end at token index `end` (inclusive) of `toks`, hyphens skipped? Returns its first token index or -1. */
export function endsWith(text: string, toks: Tok[], end: number, words: string[]): number {
  let i = end;
  for (let w = words.length - 1; w >= 0; w--) {
    while (i >= 0 && toks[i].t === '-' && w < words.length - 1) i--;
    if (i < 0 || toks[i].k !== 'w' || toks[i].t !== words[w]) return -1;
    if (w > 0 && i > 0 && toks[i - 1].t !== '-' && !close(text, toks[i - 1], toks[i])) return -1;
    if (w > 0) i--;
  }
  return i;
}

/** The word (lower case, apostrophes as "'") ending at most MAX_GAP spaces before `pos`, a '.' or '-' after it allowed; or ''. */
export function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && pos - e < MAX_GAP && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > 0 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
  let s = e;
  while (s > 0 && e - s < 24 && (isLetter(text.charCodeAt(s - 1)) || (isApostrophe(text.charCodeAt(s - 1)) && s - 2 >= 0 && isLetter(text.charCodeAt(s - 2))))) s--;
  return s < e ? normWord(text.slice(s, e)) : '';
}

/** The token (word or digits, lower case) starting at most MAX_GAP spaces after `pos`, or ''. */
export function tokenAfter(text: string, pos: number): string {
  let s = pos;
  while (s < text.length && s - pos < MAX_GAP && isSpace(text.charCodeAt(s))) s++;
  const c = text.charCodeAt(s);
  let e = s;
  if (isDigit(c)) while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  else while (e < text.length && e - s < 24 && (isLetter(text.charCodeAt(e)) || (isApostrophe(text.charCodeAt(e)) && isLetter(text.charCodeAt(e + 1))))) e++;
  return e > s ? normWord(text.slice(s, e)) : '';
}

/** Where a slice forward from `at` of about `reach` characters ends: at the end of a word, not inside one. */
export function sliceEnd(text: string, at: number, reach: number): number {
  let to = Math.min(text.length, at + reach);
  const stop = Math.min(text.length, to + 24);
  while (to < stop && !isSpace(text.charCodeAt(to))) to++;
  return to;
}

/** Tokens of the text before `from`, ending with a stand-in for the direction word [from, we). */
export function tokensBefore(text: string, from: number, we: number, word: string, reach: number): Tok[] {
  const toks = tokenize(text, Math.max(0, from - reach), from);
  toks.push({ s: from, e: we, k: 'w', t: word });
  return toks;
}

