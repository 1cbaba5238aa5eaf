/**
 * Sentence splitting for uk / ru / pl / bg / en article text, in one linear pass.
 *
 * Rules, in order of precedence:
 * - Every newline is a hard break (body text keeps paragraphs and <br> lines as lines, so list
 *   items, headings and date lines each become their own sentence).
 * - A run of terminators (. ! ? …) followed by closing quotes/brackets and whitespace ends a
 *   sentence when what follows is not a lower-case letter (looking past a dialogue dash).
 * - Not after an abbreviation that precedes names or numbers (ул., im., np., Dr., т.е., No. 42),
 *   an initial (Т. Шевченка), a list number at the start of a sentence ("1. …"), or a place
 *   prefix that doubles as a unit / year marker (г., р., м., r.) unless a number precedes it
 *   ("2020 г. В Москве" ends a sentence, "в г. Москва" does not).
 * - Not inside a matched quotation («…», „…“, „…”, “…”, "…") unless the terminator closes it.
 * - A bullet (•, ▪, ►) after whitespace starts a new sentence.
 * Spans are trimmed of whitespace; together they cover every non-whitespace character.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Abbreviations (lower-cased, without the final dot) after which a capital letter or a number does
 * not start a new sentence: titles, street/place words, "named after", "for example", "No.".
 * Sentence-final abbreviations (etc., itd., т.д., тощо) are deliberately absent.
 */
const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // en
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'mt', 'ft', 'jr', 'sr', 'rev', 'gen', 'col', 'lt', 'sgt',
  'vs', 'approx', 'dept', 'univ', 'inc', 'co', 'corp', 'ltd', 'e.g', 'i.e', 'cf', 'fig', 'ref', 'jan', 'feb',
  // Before a company's name in South Asian English: "M/s. Pak Gulf Construction (Pvt) Limited", "Pvt. Ltd.", "Messrs."
  'm/s', 'messrs', 'pvt',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // pl
  'im', 'np', 'ok', 'ul', 'al', 'pl', 'os', 'ks', 'dr', 'mgr', 'inż', 'hab', 'św', 'płk', 'gen', 'tzw', 'tj',
  'm.in', 'ds', 'woj', 'pow', 'gm', 'ws', 'wg', 'zob', 'por', 'ang', 'nr', 'pt', 'sp', 'prof', 'dyr', 'red',
  'godz', 'tel', 'kom', 'n.p.m', 'p.o', 'zast', 'wicedyr', 'doc', 'lic', 'szk', 'zsz', 'zs',
  // uk
  'вул', 'пл', 'просп', 'пров', 'бульв', 'обл', 'р-н', 'смт', 'ім', 'див', 'напр', 'т.зв', 'ген', 'акад',
  'проф', 'доц', 'канд', 'тел', 'пп', 'ст', 'тис', 'гр', 'т.б', 'т.ч', 'зав', 'заст', 'кв',
  // ru
  'ул', 'пр', 'пер', 'наб', 'ш', 'пос', 'пгт', 'им', 'т.е', 'т.к', 'т.н', 'т.ч', 'см', 'св', 'д', 'корп',
  'стр', 'каб', 'оф', 'обл', 'респ', 'тыс', 'зам', 'ред', 'гос', 'мин',
  // bg
  'бул', 'ж.к', 'кв', 'гр', 'с', 'общ', 'обл', 'проф', 'доц', 'инж', 'арх', 'д-р', 'т.нар', 'вкл', 'напр',
]);

/**
 * Abbreviations that are a place prefix before a name but a unit or year marker after a number:
 * "в г. Москва", "м. Київ", "с. Іванівка" do not end a sentence; "в 2020 г. В" and "5 м. Далі" do.
 */
const NUMBER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['г', 'р', 'м', 'с', 'r', 'рр', 'гг', 'ст', 'д']);

/** Abbreviations that only hold a sentence together when a number follows: "No. 88", "Nr. 5". */
const BEFORE_NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'op', 'vol', 'p', 'pp']);

/** A year opener ("През 2022 г.") is at most this many characters long. */
const MAX_YEAR_OPENER = 16;
/** Longest abbreviation looked at, in characters (bounded look-back keeps the scan linear). */
const MAX_ABBREVIATION_LENGTH = 10;
/** A quotation longer than this is treated as unmatched (stray quote characters must not glue a page together). */
const MAX_QUOTE_LENGTH = 600;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xfeff;
}
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isTerminator(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */;
}
/** Closing quotes and brackets that may follow a terminator: ." .» .) .” .“ (uk/ru/bg close with “). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x2019 || c === 0x203a;
}
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015;
}
function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x25aa || c === 0x25ba || c === 0x25cf || c === 0x25e6 || c === 0x2023;
}

/** Outermost matched quotations on one line each, as [open, close] index pairs, in order. */
function findQuotations(text: string): Int32Array {
  const out: number[] = [];
  // The stack of open quotes as two parallel arrays (character, offset): no object per quote.
  const stackCh: number[] = [];
  const stackAt: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      stackCh.length = stackAt.length = 0;
      continue;
    }
    if (stackCh.length > 0 && i - stackAt[0] > MAX_QUOTE_LENGTH) stackCh.length = stackAt.length = 0;
    const top = stackCh.length > 0 ? stackCh[stackCh.length - 1] : -1;
    let close = false;
    let open = false;
    if (c === 0xab) open = true;
    else if (c === 0xbb) close = top === 0xab;
    else if (c === 0x201e) open = true;
    else if (c === 0x201c) {
      if (top === 0x201e) close = true;
      else open = true;
    } else if (c === 0x201d) close = top === 0x201e || top === 0x201c;
    else if (c === 34) {
      if (top === 34) close = true;
      else open = true;
    }
    if (open) {
      stackCh.push(c);
      stackAt.push(i);
    }
    if (close) {
      stackCh.pop();
      const at = stackAt.pop()!;
      if (stackCh.length === 0) out.push(at, i);
    }
  }
  return Int32Array.from(out);
}

/** The letters (and inner dots, "т.е", "m.in") right before the dot at `dot`; null if none or too long. */
function wordBefore(text: string, dot: number, lineStart: number): { word: string; start: number } | null {
  let i = dot;
  const min = Math.max(lineStart, dot - MAX_ABBREVIATION_LENGTH - 1);
  while (i > min) {
    const c = text.charCodeAt(i - 1);
    // Inner dots, hyphens and slashes between letters ("т.е", "р-н", "M/s").
    if (isLetterCode(c) || ((c === 46 || c === 45 || c === 47) && i - 1 > min && isLetterCode(text.charCodeAt(i - 2)) && i < dot)) i--;
    else break;
  }
  if (i === dot) return null;
  if (i > lineStart && isLetterCode(text.charCodeAt(i - 1))) return null; // longer than any abbreviation
  return { word: text.slice(i, dot), start: i };
}

/** Index of the previous non-space character before `i` (not crossing `lineStart`), or -1. */
function prevNonSpace(text: string, i: number, lineStart: number): number {
  let j = i - 1;
  while (j >= lineStart && isSpace(text.charCodeAt(j))) j--;
  return j >= lineStart ? j : -1;
}

/** Does the dot at `dot` belong to an abbreviation, initial or list number (so no sentence ends here)? */
function dotIsNonFinal(text: string, dot: number, lineStart: number, sentenceStart: number, next: number): boolean {
  const nextCode = next < text.length ? text.charCodeAt(next) : -1;
  // "1. Item", "8. grudnia": a bare number that is all the sentence has so far, or a number before a
  // lower-case word, is a list/ordinal number.
  let k = dot;
  while (k > lineStart && isDigitCode(text.charCodeAt(k - 1))) k--;
  if (k < dot) {
    const before = k > lineStart ? text.charCodeAt(k - 1) : -1;
    if (before === -1 || isSpace(before)) {
      if (k <= sentenceStart || prevNonSpace(text, k, sentenceStart) === -1) return dot - k <= 3;
    }
    return false;
  }
  const w = wordBefore(text, dot, lineStart);
  if (!w) return false;
  const lower = w.word.toLowerCase();
  // Initials: "Т. Шевченка", "J. Smith", "А.С. Пушкин".
  if (w.word.length === 1 && UPPER.test(w.word)) return true;
  if (/^\p{Lu}\.\p{Lu}$/u.test(w.word)) return true;
  if (NON_FINAL_ABBREVIATIONS.has(lower)) {
    if (!NUMBER_FINAL_ABBREVIATIONS.has(lower)) return true;
  }
  if (NUMBER_FINAL_ABBREVIATIONS.has(lower)) {
    const p = prevNonSpace(text, w.start, lineStart);
    if (!(p >= 0 && isDigitCode(text.charCodeAt(p)))) return true;
    // "През 2022 г. ЛТУ подписа ...", "W 2021 r. Uczelnia ...": a preposition and a year open the
    // sentence; two words so far are not a sentence of their own.
    return sentenceStart <= p && p - sentenceStart < MAX_YEAR_OPENER && text.slice(sentenceStart, w.start).trim().split(/\s+/).length === 2 && !isDigitCode(text.charCodeAt(sentenceStart));
  }
  if (BEFORE_NUMBER_ABBREVIATIONS.has(lower)) {
    return nextCode !== -1 && (isDigitCode(nextCode) || nextCode === 0x2116);
  }
  // Dotted lower-case abbreviations like "т.е." / "i.e." not listed above: a single lower-case
  // letter right after "<letter>." is part of one.
  if (w.word.length >= 3 && w.word.charCodeAt(w.word.length - 2) === 46 && LOWER.test(w.word[w.word.length - 1])) {
    return !/^(?:т\.д|т\.п|і т\.д|и т\.д|и т\.п)$/u.test(lower);
  }
  return false;
}

/** Would a sentence starting at `i` plausibly be a new sentence (not a lower-case continuation)? */
function startsNewSentence(text: string, i: number, lineEnd: number): boolean {
  if (i >= lineEnd) return true;
  let c = text.charCodeAt(i);
  if (isDash(c)) {
    // Dialogue: «Готово!» — сказав він. Look past the dash.
    let j = i + 1;
    while (j < lineEnd && isSpace(text.charCodeAt(j))) j++;
    if (j >= lineEnd) return true;
    c = text.charCodeAt(j);
  }
  if (c === 44 || c === 59 || c === 58) return false; // , ; :
  const ch = String.fromCharCode(c);
  return !LOWER.test(ch);
}

function pushTrimmed(text: string, out: Span[], a: number, b: number): void {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}

/** Split `text` into sentence spans (trimmed, end exclusive, in order, covering all non-space text). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const quotes = findQuotations(text);
  let q = 0; // index into quotes (pairs)
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let sentenceStart = lineStart;
    let i = lineStart;
    while (i < lineEnd) {
      const c = text.charCodeAt(i);
      if (isBullet(c) && i > sentenceStart && isSpace(text.charCodeAt(i - 1))) {
        pushTrimmed(text, out, sentenceStart, i);
        sentenceStart = i;
        i++;
        continue;
      }
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      // Consume the terminator run and closing quotes/brackets.
      const termStart = i;
      let j = i;
      while (j < lineEnd && isTerminator(text.charCodeAt(j))) j++;
      while (j < lineEnd && (isCloser(text.charCodeAt(j)) || isTerminator(text.charCodeAt(j)))) j++;
      // Must be followed by whitespace (or the line end): "3.5", "www.x.pl", "30.08.2020" stay whole.
      if (j < lineEnd && !isSpace(text.charCodeAt(j))) {
        i = j;
        continue;
      }
      let next = j;
      while (next < lineEnd && isSpace(text.charCodeAt(next))) next++;
      // Inside a quotation that this run does not close?
      while (q < quotes.length && quotes[q + 1] < termStart) q += 2;
      const inQuote = q < quotes.length && quotes[q] < termStart && quotes[q + 1] >= j;
      let breakHere = !inQuote && next < lineEnd && startsNewSentence(text, next, lineEnd);
      if (breakHere && text.charCodeAt(termStart) === 46 && j - termStart === 1) {
        breakHere = !dotIsNonFinal(text, termStart, lineStart, sentenceStart, next);
      }
      if (breakHere) {
        pushTrimmed(text, out, sentenceStart, j);
        sentenceStart = next;
      }
      i = next > j ? next : j;
    }
    pushTrimmed(text, out, sentenceStart, lineEnd);
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The span containing `offset` (start <= offset < end), by binary search; undefined between spans. */
export function sentenceAt(spans: Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Is the line ending just before index `nl` (a "\n") blank, i.e. is `nl` the second newline of "\n\n"? */
function blankLineEndsAt(text: string, nl: number): boolean {
  let j = nl - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j--;
  return j >= 0 && text.charCodeAt(j) === 10;
}

/** The paragraph (delimited by blank lines, "\n\n") around `offset`, trimmed of whitespace. */
export function paragraphAt(text: string, offset: number): Span {
  const n = text.length;
  const at = Math.max(0, Math.min(offset, n));
  let a = at;
  while (a > 0) {
    const c = text.charCodeAt(a - 1);
    if (c === 10 && blankLineEndsAt(text, a - 1)) break;
    a--;
  }
  let b = at;
  while (b < n) {
    const c = text.charCodeAt(b);
    if (c === 10 && b + 1 < n) {
      let j = b + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (j < n && text.charCodeAt(j) === 10) break;
    }
    b++;
  }
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}
