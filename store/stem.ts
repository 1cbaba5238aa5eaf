/**
 * Light suffix stemmers for full-text search in uk, ru, bg, pl and en, so a word finds its
 * inflected forms (школа → школы, школу; szkoła → szkoły, szkole; університет → університету).
 *
 * They are deliberately light: strip the longest known inflectional ending that leaves a stem of
 * at least MIN_STEM letters, after a few spelling normalisations. The same function stems the
 * indexed text and the query, so what matters is that the forms of one word meet, not that the
 * stem is a real root. Changing any table here changes the index: bump STEMMER_VERSION, and the
 * store rebuilds its search index the next time it is opened for writing.
 */
import type { Lang } from '../types.js';

export const STEMMER_VERSION = '1';

/** Stemming rules: the five languages, plus a generic rule set per script for text of unknown language. */
export type StemLang = Lang | 'cyrl' | 'latn';

/** Shortest stem left after stripping an ending: "дома" → "дом", but "или" stays "или". */
const MIN_STEM = 3;
/** Tokens longer than this are indexed as they are (no language has endings on 64-letter words). */
const MAX_STEM_INPUT = 64;

/** A word: letters, digits and combining marks, with inner apostrophes (м'ята, п’ять, O'Neil). */
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`][\p{L}\p{N}\p{M}]+)*/gu;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /\p{Script=Latin}/u;
const MARKS_RE = /[\p{M}'’ʼ`]/gu;

const RU_ENDINGS = [
  // adjectives and participles
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ым', 'им', 'ых', 'их', 'ей', 'ом', 'ем',
  // nouns
  'иями', 'ями', 'ами', 'ией', 'ии', 'ия', 'ию', 'ие', 'ье', 'ья', 'ью', 'ьи', 'ов', 'ев', 'ам', 'ям', 'ах', 'ях', 'иям', 'иях',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
  // verb infinitives (past forms keep their -л- and meet by the noun endings: подписала/подписали → подписал)
  'ться', 'тся', 'ать', 'ять', 'ить', 'еть',
];

const UK_ENDINGS = [
  // adjectives
  'ими', 'іми', 'ого', 'ього', 'ому', 'ьому', 'ий', 'ій', 'ої', 'ьої', 'ою', 'ею', 'єю', 'им', 'ім', 'их', 'іх', 'ая', 'яя', 'ую', 'юю',
  // nouns
  'іями', 'ями', 'ами', 'ією', 'ія', 'ії', 'ію', 'іям', 'іях', 'ів', 'їв', 'ові', 'еві', 'єві', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'єм', 'ей',
  'а', 'я', 'и', 'і', 'ї', 'у', 'ю', 'о', 'е', 'є', 'ь', 'й',
  // verb infinitives and reflexive past forms
  'ться', 'лася', 'лися', 'лось', 'ати', 'яти', 'ити', 'іти',
];

const BG_ENDINGS = [
  // definite articles and plurals (училищата, университетът, министерството, колежите); adjective
  // endings meet through the vowels (професионална/-но/-ни/-ното → професионалн)
  'овете', 'евете', 'ията', 'ите', 'ата', 'ята', 'ото', 'ето', 'ове', 'еве', 'ият', 'ия', 'ът', 'ят',
  'а', 'я', 'е', 'и', 'о', 'у', 'ю', 'й',
];

const PL_ENDINGS = [
  // adjectives
  'owego', 'owemu', 'owej', 'owych', 'owymi', 'owa', 'owe', 'owy', 'ego', 'emu', 'ej', 'ymi', 'imi', 'ych', 'ich', 'ym', 'im',
  // nouns (after ó→o, ł→l, ń→n, ś→s, ć→c, ź→z)
  'iami', 'iach', 'iom', 'iem', 'ium', 'iow', 'owie', 'ami', 'ach', 'om', 'ow', 'owi', 'em', 'ie', 'ia', 'io', 'iu', 'um',
  'a', 'e', 'i', 'y', 'o', 'u', 'ą', 'ę',
  // verb infinitives (past forms keep their -l- and meet by the noun endings: podpisala/podpisali → podpisal)
  'owac', 'uje', 'uja', 'ują', 'ac', 'ic', 'yc',
];

/** Polish consonant alternations in the locative/dative: uniwersytecie → uniwersytet, Polsce → Polsk(a). */
const PL_ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [
  ['dzie', 'd'], ['cie', 't'], ['rze', 'r'], ['sce', 'sk'], ['wce', 'wk'], ['dze', 'g'],
];

/** Polish letters that alternate with plain ones across forms (szkoła/szkole/szkół, badań/badania). */
const PL_SOFT: Record<string, string> = { ó: 'o', ł: 'l', ń: 'n', ś: 's', ć: 'c', ź: 'z' };
const PL_SOFT_RE = /[ółńśćź]/g;

/** Polish letters that alternate across forms written plain (ó→o, ł→l, ń→n, ś→s, ć→c, ź→z), as the index stores them. */
export function foldPolish(word: string): string {
  return word.replace(PL_SOFT_RE, (c) => PL_SOFT[c]);
}

const EN_ENDINGS = ['ing', 'ed', 'es', 's', 'e', 'y'];

function sortLongestFirst(list: readonly string[]): string[] {
  return [...new Set(list)].sort((a, b) => b.length - a.length);
}

/** Endings per rule set, longest first so "ами" wins over "и". */
const ENDINGS: Record<StemLang, string[]> = {
  ru: sortLongestFirst(RU_ENDINGS),
  uk: sortLongestFirst(UK_ENDINGS),
  bg: sortLongestFirst(BG_ENDINGS),
  pl: sortLongestFirst(PL_ENDINGS),
  en: sortLongestFirst(EN_ENDINGS),
  cyrl: sortLongestFirst([...RU_ENDINGS, ...UK_ENDINGS, ...BG_ENDINGS]),
  latn: sortLongestFirst([...PL_ENDINGS, ...EN_ENDINGS]),
};

const SCRIPT_OF: Record<Lang, 'cyrl' | 'latn'> = { uk: 'cyrl', ru: 'cyrl', bg: 'cyrl', pl: 'latn', en: 'latn' };

export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

/** The words of `text` with their offsets (UTF-16, end exclusive). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Lower case, NFC, ё→е, without combining marks (stress accents) or apostrophes. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(MARKS_RE, '').replace(/ё/g, 'е');
}

/** Script of a (normalised) word: 'cyrl', 'latn', or null for digits and other scripts. */
export function scriptOf(word: string): 'cyrl' | 'latn' | null {
  if (CYRILLIC_RE.test(word)) return 'cyrl';
  if (LATIN_RE.test(word)) return 'latn';
  return null;
}

/** The rule set for a word in a document of language `lang`: the language's own when the scripts agree. */
export function ruleFor(word: string, lang: Lang | null): StemLang | null {
  const script = scriptOf(word);
  if (script === null) return null;
  return lang !== null && SCRIPT_OF[lang] === script ? lang : script;
}

function stripEnding(word: string, rules: StemLang): string {
  if (rules === 'pl' || rules === 'latn') {
    for (const [from, to] of PL_ALTERNATIONS) {
      if (word.length - from.length >= MIN_STEM && word.endsWith(from)) return word.slice(0, -from.length) + to;
    }
  }
  if (rules === 'en' || rules === 'latn') {
    // universities / university → universit
    if (word.length - 3 >= MIN_STEM && word.endsWith('ies')) return word.slice(0, -3);
  }
  for (const ending of ENDINGS[rules]) {
    if (word.length - ending.length < MIN_STEM || !word.endsWith(ending)) continue;
    // class, campus, analysis: a final s that is not a plural ending
    if (ending === 's' && (rules === 'en' || rules === 'latn') && /[sui]s$/.test(word)) continue;
    return word.slice(0, -ending.length);
  }
  return word;
}

/** The stem of one word under the given rules (null: no rules, the normalised word itself). */
export function stemWith(word: string, rules: StemLang | null): string {
  let w = normalizeWord(word);
  if (rules === null || w.length > MAX_STEM_INPUT) return w;
  if (rules === 'pl' || rules === 'latn') w = foldPolish(w);
  return stripEnding(w, rules);
}

/** The stem of a word under rule set `r` when the word is in r's script, else under its own script's generic rules. */
export function stemUnder(word: string, r: StemLang): string {
  const w = normalizeWord(word);
  const script = scriptOf(w);
  if (script === null) return w;
  const rScript = r === 'cyrl' || r === 'latn' ? r : SCRIPT_OF[r];
  return stemWith(w, rScript === script ? r : script);
}

/** The stem of a word in a document of language `lang` (null: unknown language, rules by script). */
export function stem(word: string, lang: Lang | null): string {
  return stemWith(word, ruleFor(normalizeWord(word), lang));
}

/** The text as space-separated stems, one per word: what the search index stores. */
export function stemText(text: string, lang: Lang | null): string {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push(stem(m[0], lang));
  return out.join(' ');
}

/**
 * Every stem a query word may have in a document of any language written in its script
 * (школы → ru "школ", uk "школы", ...), so one query finds the word in uk, ru and bg documents alike.
 */
export function queryStems(word: string, lang?: Lang | null): string[] {
  const w = normalizeWord(word);
  const script = scriptOf(w);
  if (script === null) return [w];
  const rules: StemLang[] = lang ? [ruleFor(w, lang) ?? script] : script === 'cyrl' ? ['uk', 'ru', 'bg', 'cyrl'] : ['pl', 'en', 'latn'];
  return [...new Set(rules.map((r) => stemWith(w, r)))];
}

/**
 * Script-generic stems of a phrase, padded with spaces: " школ харк ". Used to compare names and
 * places across case forms ("Харківської області" inside "Харківська область").
 */
export function stemPhrase(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = normalizeWord(m[0]);
    out.push(stemWith(w, scriptOf(w)));
  }
  return out.length ? ` ${out.join(' ')} ` : '';
}
