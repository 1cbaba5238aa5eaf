/**
 * The tolerant name matcher of the evaluation: decides whether a predicted institution name (or
 * place) and a labelled one denote the same thing, whatever the grammatical case, quotes,
 * legal-form abbreviations or initials. Deliberately independent of the extractors' own
 * normalisation, so an extractor bug cannot hide itself; `institutionKey` is only an extra way
 * to say "equal".
 *
 * A predicted name matches a labelled one when their number tokens agree (школа № 42 is not
 * школа № 43) and either
 *   - every word of each has a partner in the other (equal token sequences, any order), or
 *   - the Jaccard overlap of their words is >= MIN_JACCARD and only one of them has words the
 *     other lacks (Kuratorium Oświaty / Kuratorium Oświaty w Rzeszowie), or
 *   - the prediction is a short form of the label: all its words are in the label and it has
 *     two words or more, or a number ("Каразінський університет" for "Харківський національний
 *     університет імені В. Н. Каразіна", "Школа № 17" for "средняя школа № 17").
 * When both have words the other lacks (…w Rzeszowie / …w Krakowie) they are different; a
 * prediction with extra words (a name run on into the next words) needs the Jaccard overlap.
 * Two words are partners when they share a prefix of min(5, max(3, shorter length - 2)) letters:
 * case endings differ, stems do not (ліцей/ліцею, Politechnika/Politechniką, университет/университета).
 */
import type { Lang } from '../types.js';

/** Names that are not a short form of one another must overlap this much (the brief's 0.6). */
export const MIN_JACCARD = 0.6;
/** Longest prefix two words must share to be partners; shorter words need less (see above). */
const MAX_PREFIX = 5;
const MIN_PREFIX = 3;

/** Legal-form abbreviations, dropped: they are written on some mentions and not on others. */
const LEGAL_FORMS = new Set([
  // uk
  'тов', 'пп', 'прат', 'пат', 'ат', 'дп', 'кп', 'кз', 'кзо', 'кнп', 'днз', 'гпоу',
  // ru
  'ооо', 'оао', 'зао', 'пао', 'ао', 'нао', 'мку', 'мбу', 'мау', 'мбоу', 'маоу', 'мкоу', 'мадоу', 'мбдоу',
  'гбоу', 'гаоу', 'гбу', 'гау', 'гку', 'гапоу', 'гбпоу', 'гпоу', 'фгбоу', 'фгаоу', 'фгбу', 'ано', 'нко', 'мо',
  // pl
  'sp', 'spółka', 'sa',
  // bg
  'еоод', 'оод', 'ад', 'еад', 'ет',
  // en (and transliterated ru)
  'jsc', 'pjsc', 'ojsc', 'cjsc', 'llc', 'ltd', 'inc', 'plc', 'gmbh', 'ag', 'npc',
]);

/** Function words and "named after" fillers, dropped (they are not what tells institutions apart). */
const STOPWORDS = new Set([
  // uk
  'і', 'й', 'та', 'в', 'у', 'на', 'з', 'із', 'зі', 'до', 'для', 'по', 'при', 'імені', 'ім',
  // ru
  'и', 'во', 'с', 'со', 'к', 'имени', 'им',
  // pl
  'i', 'w', 'we', 'z', 'ze', 'do', 'dla', 'im', 'imienia', 'oraz', 'przy', 'nr',
  // bg
  'във', 'за', 'със', 'към', 'от', 'гр',
  // en
  'of', 'the', 'and', 'in', 'at', 'for', 'named', 'after', 'no', 'a', 'an',
]);

const APOSTROPHE_RE = /['’ʼ`]/g;
/** "I-III", "І–ІІІ" (Latin or Cyrillic I): school levels, not an identifier. */
const LEVEL_RANGE_RE = /(?<![\p{L}\p{N}])[IVXІ]+\s*[-–—]\s*[IVXІ]+(?![\p{L}\p{N}])/gu;
/** A Latin Roman numeral standing alone (XIV Liceum), not an initial ("M. W."). */
const ROMAN_RE = /(?<![\p{L}\p{N}])[IVXLC]+(?![\p{L}\p{N}.])/gu;
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const DIGITS_RE = /^\p{N}+$/u;

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

export interface NameTokens {
  /** Content words, lower case, ё → е, apostrophes removed. */
  words: string[];
  /** Numbers (digits and Roman numerals), sorted: they must agree exactly. */
  numbers: string[];
}

export function nameTokens(name: string): NameTokens {
  const numbers: string[] = [];
  const cleaned = name
    .replace(LEVEL_RANGE_RE, ' ')
    .replace(ROMAN_RE, (r) => {
      numbers.push(String(romanValue(r)));
      return ' ';
    })
    .replace(APOSTROPHE_RE, '');
  const words: string[] = [];
  // Single letters ("U. of I.") count only in a name that has no longer word.
  const letters: string[] = [];
  for (const m of cleaned.toLowerCase().replace(/ё/g, 'е').matchAll(WORD_RE)) {
    // A page's Latin look-alikes inside a Cyrillic word ("нaціонaльний") read as the Cyrillic letters.
    const w = /[a-z]/.test(m[0]) && /[\u0400-\u04ff]/.test(m[0]) ? m[0].replace(/[aceiopxy]/g, (c) => 'асеіорху'['aceiopxy'.indexOf(c)]) : m[0];
    if (DIGITS_RE.test(w)) {
      numbers.push(String(Number(w)));
      continue;
    }
    if (w.length < 2) letters.push(w);
    if (w.length < 2 || STOPWORDS.has(w) || LEGAL_FORMS.has(w)) continue;
    words.push(w);
  }
  if (words.length === 0 && letters.length > 1) words.push(...letters);
  numbers.sort();
  return { words, numbers };
}

/** Two words are partners when they share a stem-length prefix (endings may differ). */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  const need = Math.min(MAX_PREFIX, Math.max(MIN_PREFIX, min - 2));
  if (min < need) return false;
  for (let i = 0; i < need; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Number of one-to-one word partnerships between a and b (greedy, in order). */
function partnerCount(a: string[], b: string[]): number {
  const used = new Array<boolean>(b.length).fill(false);
  let n = 0;
  for (const w of a) {
    for (let j = 0; j < b.length; j++) {
      if (!used[j] && wordsMatch(w, b[j])) {
        used[j] = true;
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * Similarity of a labelled and a predicted institution name in 0..1; 0 means "different
 * institutions". 1 is an exact token match; otherwise the Jaccard overlap of the words, so a
 * greedy assignment prefers the closest name.
 */
export function nameSimilarity(label: string, predicted: string): number {
  const A = nameTokens(label);
  const B = nameTokens(predicted);
  if (A.numbers.join(' ') !== B.numbers.join(' ')) return 0;
  if (A.words.length === 0 || B.words.length === 0) return 0;
  const matched = partnerCount(A.words, B.words);
  const leftLabel = A.words.length - matched;
  const leftPredicted = B.words.length - matched;
  if (leftLabel === 0 && leftPredicted === 0) return 1;
  if (leftLabel > 0 && leftPredicted > 0) return 0;
  const jaccard = matched / (A.words.length + B.words.length - matched);
  if (jaccard >= MIN_JACCARD) return jaccard;
  const shortForm = leftPredicted === 0 && (B.words.length >= 2 || B.numbers.length > 0);
  return shortForm ? jaccard : 0;
}

export type KeyFn = (name: string, lang: Lang) => string;

/**
 * Best similarity between a labelled name and any of a predicted institution's names/aliases.
 * `key` (the predicted tag's institution key) equal to `keyFn(label)` counts as an exact match.
 */
export function bestSimilarity(label: string, names: readonly string[], lang: Lang, key?: string | null, keyFn?: KeyFn | null): number {
  if (key && keyFn) {
    try {
      if (keyFn(label, lang) === key) return 1;
    } catch {
      // A key function that cannot handle a label name is no equality; the matcher still decides.
    }
  }
  let best = 0;
  for (const n of names) {
    const s = nameSimilarity(label, n);
    if (s > best) best = s;
    if (best === 1) break;
  }
  return best;
}

/** Place names (settlement, signing place): same words up to case endings, or the label's words within the prediction. */
export function placeMatches(label: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const A = nameTokens(label).words;
  const B = nameTokens(predicted).words;
  if (A.length === 0) return false;
  return partnerCount(A, B) === A.length;
}
