/** Character classes for the hand-written scans of date extraction: table lookups, no patterns. */

/** Per BMP code unit: 0 not looked at yet, 1 a letter (\p{L}), 2 not. Surrogates count as no letter. */
const LETTER = new Uint8Array(65536);
const LETTER_RE = /^\p{L}$/u;

export function isLetter(c: number): boolean {
  let v = LETTER[c];
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = v;
  }
  return v === 1;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
/** ' ʼ ’ ` inside a word ("п'ять"). */
export const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2bc || c === 0x2019 || c === 0x60;
