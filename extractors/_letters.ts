/**
 * Runs of letters found by hand instead of by a /\p{L}+/gu pattern: one table lookup per code unit
 * (the table is filled on first sight of each code unit), surrogate pairs tested as one code point,
 * no match objects. Same runs as the pattern finds, in the same order.
 */

/** Per BMP code unit: 0 not looked at yet, 1 a letter (\p{L}), 2 not a letter. Surrogates are never letters alone. */
const LETTER = new Uint8Array(65536);
const LETTER_RE = /^\p{L}$/u;

function isLetterUnit(c: number): boolean {
  let v = LETTER[c];
  if (v === 0) {
    v = c < 0xd800 || c > 0xdfff ? (LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2) : 2;
    LETTER[c] = v;
  }
  return v === 1;
}

/** Length (1 or 2 code units) of the letter starting at `i`, or 0 when none starts there. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterUnit(c) ? 1 : 0;
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
}

/**
 * Calls `f(start, end)` for every maximal run of letters (and of the code units in `extra`, e.g.
 * apostrophes) in `text`, left to right; stops early when `f` returns false.
 */
export function forEachLetterRun(text: string, f: (start: number, end: number) => boolean | void, extra: readonly number[] = []): void {
  const n = text.length;
  const inRun = (i: number): number => {
    const c = text.charCodeAt(i);
    if (extra.length > 0 && extra.includes(c)) return 1;
    return letterAt(text, i);
  };
  let i = 0;
  while (i < n) {
    let len = inRun(i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += len;
    while (i < n && (len = inRun(i)) > 0);
    if (f(start, i) === false) return;
  }
}
