/**
 * Compiles the per-language institution tables once, at module load, into hash maps and token
 * sequences, so the extractor does one Map lookup per word instead of running patterns.
 */
import type { InstitutionKind, Lang } from '../types.js';
import type { Gender, HeadSpec, InstitutionTable, LegalForm, TypeAbbreviation } from './_institution-types.js';
import { BG_INSTITUTIONS } from './lang/institutions/bg.js';
import { EN_INSTITUTIONS } from './lang/institutions/en.js';
import { PL_INSTITUTIONS } from './lang/institutions/pl.js';
import { RU_INSTITUTIONS } from './lang/institutions/ru.js';
import { UK_INSTITUTIONS } from './lang/institutions/uk.js';

/** A head word form found in the text. */
export interface HeadHit {
  spec: HeadSpec;
  /** Plural-only form (generic plurals are not institutions). */
  plural: boolean;
  /** Ambiguous between a singular and a plural form (школи, ліцеї). */
  ambiguous: boolean;
  /** The form is the lemma (nominative / Bulgarian indefinite). */
  nominative: boolean;
}

/** A phrase as token surfaces; `ci` = compare lower-cased. */
export interface TokenSeq {
  toks: string[];
  ci: boolean;
}

export interface CompiledLegal extends TokenSeq {
  form: LegalForm;
}

export interface CompiledTable {
  t: InstitutionTable;
  lang: Lang;
  heads: Map<string, HeadHit>;
  /** Exact-case abbreviation → entry. */
  typeAbbr: Map<string, TypeAbbreviation>;
  /** Abbreviation → lemma of the head word in its expansion (СУ → училище, LO → liceum). */
  abbrHead: Map<string, string>;
  legalPre: CompiledLegal[];
  /** Legal suffixes, each also without its final dot ("sp. z o.o" before a full stop). */
  legalPost: CompiledLegal[];
  /** Legal forms by their first token (lower-cased for case-insensitive ones), pre and post. */
  legalPreByFirst: Map<string, CompiledLegal[]>;
  legalPreByLast: Map<string, CompiledLegal[]>;
  legalPostByFirst: Map<string, CompiledLegal[]>;
  namedAfter: TokenSeq[];
  numberSigns: TokenSeq[];
  locationMarkers: TokenSeq[];
  connectors: Set<string>;
  preps: TokenSeq[];
  stop: Set<string>;
  projectStems: string[];
  personTitles: { stem: string; exact: boolean }[];
  firstNameStems: Set<string>;
  /** First names in the nominative, as listed: a person named right after a patron (імені Тараса Шевченка Іван …). */
  firstNamesNominative: Set<string>;
  patronWords: Set<string>;
  starters: Set<string>;
  blockers: Set<string>;
  determiners: Set<string>;
  capitalGenitives: Set<string>;
  zeroGenitives: Set<string>;
  placeAbbreviations: Set<string>;
  placeNouns: Set<string>;
  countrySet: Set<string>;
  governedNouns: Set<string>;
  introducers: Set<string>;
  stemEndings: string[];
  softStems: string[];
  excludedStems: string[];
  educationStems: string[];
  territoryBefore: string[];
  personMemo: Map<string, number>;
}

/** Letters, marks and digits with inner hyphens/apostrophes; numbers; any other single character. */
export const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-‐'’ʼ`][\p{L}\p{M}\d]+)*|\d+|\S/gu;


/** Lower-case, ё → е, typographic apostrophes → ', the form used for every table lookup. */
const ODD_CHARS_RE = /[ё’ʼ`‐]/;
export function norm(w: string): string {
  let s = w.toLowerCase();
  if (MIXED_SCRIPT_RE.test(s) && CYRILLIC_RE.test(s)) s = foldHomoglyphs(s);
  if (!ODD_CHARS_RE.test(s)) return s;
  return s.replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'").replace(/‐/g, '-');
}

const MIXED_SCRIPT_RE = /[a-z]/;
const CYRILLIC_RE = /[\u0400-\u04ff]/;
/** Latin letters that pages type inside Cyrillic words ("нaціонaльний" with a Latin a), as the Cyrillic ones they look like. */
const HOMOGLYPHS: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };
const HOMOGLYPH_RE = /[aceiopxykmthb]/g;

/** A Cyrillic word with Latin look-alike letters, in Cyrillic letters only (lower case). */
export function foldHomoglyphs(s: string): string {
  return s.replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c] ?? c);
}

/** Split a table phrase into token surfaces the way the text tokenizer does. */
export function phraseTokens(phrase: string): string[] {
  return phrase.match(TOKEN_RE) ?? [];
}

function seq(phrase: string): TokenSeq {
  const toks = phraseTokens(phrase);
  const ci = phrase === phrase.toLowerCase();
  return { toks: ci ? toks.map(norm) : toks, ci };
}

/** Strip trailing vowels / й / ь: the stem used to recognise a first name in any case form. */
export function nameStem(name: string): string {
  return norm(name).replace(/[аяоеиіїйьєуюыэaeiouy]+$/u, '');
}

function compile(t: InstitutionTable): CompiledTable {
  const heads = new Map<string, HeadHit>();
  const put = (form: string, spec: HeadSpec, plural: boolean, nominative: boolean): void => {
    const f = norm(form);
    const cur = heads.get(f);
    if (!cur) {
      heads.set(f, { spec, plural, ambiguous: false, nominative });
      return;
    }
    if (cur.spec !== spec) return; // first head listed wins
    if (cur.plural !== plural) {
      cur.ambiguous = true;
      cur.plural = false;
    }
    cur.nominative ||= nominative;
  };
  for (const h of t.heads) {
    put(h.lemma, h, false, true);
    for (const f of h.sg) put(f, h, false, false);
    for (const f of h.pl) put(f, h, true, false);
  }
  const typeAbbr = new Map<string, TypeAbbreviation>();
  const abbrHead = new Map<string, string>();
  for (const a of t.typeAbbreviations) {
    typeAbbr.set(a.abbr, a);
    const h = a.expansion.split(' ').map((w) => heads.get(norm(w))).find((x) => x);
    abbrHead.set(a.abbr, h ? h.spec.lemma : norm(a.abbr));
  }
  const legal = (pos: 'pre' | 'post'): CompiledLegal[] => {
    const out: CompiledLegal[] = [];
    for (const form of t.legalForms) {
      if (form.position !== pos) continue;
      const s = seq(form.text);
      out.push({ ...s, form });
      if (pos === 'post' && s.toks.length > 1 && s.toks[s.toks.length - 1] === '.') out.push({ toks: s.toks.slice(0, -1), ci: s.ci, form });
    }
    return out.sort((a, b) => b.toks.length - a.toks.length);
  };
  const index = (list: CompiledLegal[], last: boolean): Map<string, CompiledLegal[]> => {
    const m = new Map<string, CompiledLegal[]>();
    for (const l of list) {
      const k = last ? l.toks[l.toks.length - 1] : l.toks[0];
      (m.get(k) ?? m.set(k, []).get(k)!).push(l);
    }
    return m;
  };
  const legalPre = legal('pre');
  const legalPost = legal('post');
  return {
    t,
    lang: t.lang,
    heads,
    typeAbbr,
    abbrHead,
    legalPre,
    legalPost,
    legalPreByFirst: index(legalPre, false),
    legalPreByLast: index(legalPre, true),
    legalPostByFirst: index(legalPost, false),
    namedAfter: t.namedAfter.map(seq),
    numberSigns: t.numberSigns.map(seq),
    locationMarkers: t.locationMarkers.map(seq),
    connectors: new Set(t.connectors.map(norm)),
    preps: t.complementPrepositions.map(seq),
    stop: new Set(t.stopWords.map(norm)),
    projectStems: t.projectStems.map(norm),
    personTitles: t.personTitles.map((p) => (p.endsWith('=') ? { stem: norm(p.slice(0, -1)), exact: true } : { stem: norm(p), exact: false })),
    firstNameStems: new Set(t.firstNames.map(nameStem).filter((s) => s.length >= 3)),
    firstNamesNominative: new Set(t.firstNames.map(norm)),
    patronWords: new Set((t.patronWords ?? []).map(norm)),
    starters: new Set(t.sentenceStarters.map(norm)),
    blockers: new Set(t.backrefBlockers.map(norm)),
    determiners: new Set((t.backrefDeterminers ?? []).map(norm)),
    capitalGenitives: new Set(t.capitalGenitives.map(norm)),
    zeroGenitives: new Set((t.zeroEndingGenitives ?? []).map(norm)),
    placeAbbreviations: new Set(t.placeAbbreviations ?? []),
    placeNouns: new Set((t.placeNouns ?? []).map(norm)),
    countrySet: new Set(t.countries.map(norm)),
    governedNouns: new Set((t.governedNouns ?? []).map(norm)),
    introducers: new Set(t.acronymIntroducers.map(norm)),
    stemEndings: [...new Set(t.stemEndings.map(norm))].sort((a, b) => b.length - a.length),
    softStems: (t.softAdjectiveStems ?? []).map(norm),
    excludedStems: t.excludedStems.map(norm),
    educationStems: t.educationStems.map(norm),
    territoryBefore: t.territoryBefore.map(norm),
    personMemo: new Map(),
  };
}

export const TABLES: Readonly<Record<Lang, CompiledTable>> = {
  uk: compile(UK_INSTITUTIONS),
  ru: compile(RU_INSTITUTIONS),
  pl: compile(PL_INSTITUTIONS),
  bg: compile(BG_INSTITUTIONS),
  en: compile(EN_INSTITUTIONS),
};

const ALL: CompiledTable[] = [TABLES.uk, TABLES.ru, TABLES.bg, TABLES.pl, TABLES.en];

/**
 * Tables consulted for a document: its language first, then English (Latin-script names such as
 * "European Investment Advisory Hub" appear in texts of every language). Unknown language: all.
 */
export function activeTables(lang: Lang | null): CompiledTable[] {
  return lang ? ACTIVE[lang] : ALL;
}
/** The table lists per language, built once (lookups are memoised per list). */
const ACTIVE: Readonly<Record<Lang, CompiledTable[]>> = {
  uk: [TABLES.uk, TABLES.en],
  ru: [TABLES.ru, TABLES.en],
  pl: [TABLES.pl, TABLES.en],
  bg: [TABLES.bg, TABLES.en],
  en: [TABLES.en],
};

/** Legal forms of a list-by-token map that may match a token (exact or lower-cased spelling). */
export function legalFor(map: Map<string, CompiledLegal[]>, s: string, lo: string): CompiledLegal[] | null {
  const a = map.get(s);
  const b = lo !== s ? map.get(lo) : undefined;
  if (a && b) return [...a, ...b].sort((x, y) => y.toks.length - x.toks.length);
  return a ?? b ?? null;
}

export function isCyrillic(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x400 && c <= 0x52f;
}

/** Tables whose script matches a word (Cyrillic vs Latin). */
export function tablesForWord(tables: CompiledTable[], word: string): CompiledTable[] {
  const cyr = isCyrillic(word);
  return tables.filter((t) => (t.t.script === 'cyrillic') === cyr);
}

/** First parts of hyphenated words that turn a head word into something else (pre-university, позашкільний; a body's press service or press centre is not a body: прес-служба ОВА names the ОВА). */
const NON_HEAD_PREFIXES = new Set(['press', 'прес', 'пресс', 'pre', 'post', 'non', 'inter', 'intra', 'extra', 'sub', 'anti', 'co', 'after', 'out', 'міжшкільний', 'пост', 'пред', 'до', 'після', 'між', 'меж', 'после']);

export interface HeadMatch {
  table: CompiledTable;
  hit: HeadHit | null;
  abbr: TypeAbbreviation | null;
  kind: InstitutionKind;
  gender: Gender;
  lemma: string;
}

/**
 * Head lookup for one word: the whole word, then the last and first parts of a hyphenated word
 * (Multi-Center, бизнес-инкубатор, школа-інтернат), then type abbreviations (exact case).
 * `lower` is norm(surface) (as every token carries it): results are memoised by surface form.
 */
export function lookupHead(tables: CompiledTable[], surface: string, lower: string): HeadMatch | null {
  let memo = HEAD_MEMO.get(tables);
  if (!memo) HEAD_MEMO.set(tables, (memo = new Map()));
  const hit = memo.get(surface);
  if (hit !== undefined) return hit;
  const m = findHead(tables, surface, lower);
  if (memo.size >= MAX_HEAD_MEMO) memo.clear();
  memo.set(surface, m);
  return m;
}

/** Head lookups per table list and surface form (a text repeats its words, a crawl its vocabulary). */
const HEAD_MEMO = new WeakMap<CompiledTable[], Map<string, HeadMatch | null>>();
const MAX_HEAD_MEMO = 50_000;

function findHead(tables: CompiledTable[], surface: string, lower: string): HeadMatch | null {
  for (const table of tables) {
    if ((table.t.script === 'cyrillic') !== isCyrillic(surface)) continue;
    let hit = table.heads.get(lower);
    if (!hit && lower.includes('-')) {
      const parts = lower.split('-');
      // Not "Pre-University", "Non-School": a prefix makes the compound something else.
      if (!NON_HEAD_PREFIXES.has(parts[0])) hit = table.heads.get(parts[parts.length - 1]) ?? table.heads.get(parts[0]);
    }
    if (hit) return { table, hit, abbr: null, kind: hit.spec.kind, gender: hit.spec.gender, lemma: hit.spec.lemma };
    const abbr = table.typeAbbr.get(surface) ?? prefixAbbreviation(table, surface);
    if (abbr) return { table, hit: null, abbr, kind: abbr.kind, gender: abbr.gender, lemma: table.abbrHead.get(surface) ?? norm(abbr.abbr) };
  }
  return null;
}

const PREFIX_TAIL_RE = /^\p{Lu}{1,5}$/u;

/** A type abbreviation of a family (ПГМЕТ), see InstitutionTable.typeAbbreviationPrefixes. */
function prefixAbbreviation(table: CompiledTable, surface: string): TypeAbbreviation | null {
  for (const p of table.t.typeAbbreviationPrefixes ?? []) {
    if (surface.startsWith(p.prefix) && PREFIX_TAIL_RE.test(surface.slice(p.prefix.length))) {
      return { abbr: surface, kind: p.kind, gender: p.gender, expansion: p.expansion, standalone: surface.length >= p.standaloneLength };
    }
  }
  return null;
}

const ROMAN_RE = /^(?:[IVXІХ]{1,5}(?:-[IVXІХ]{1,5})?)$/u;
/** Roman numerals in Latin or Cyrillic letters (XIV, І-ІІІ). */
export function isRoman(surface: string): boolean {
  return ROMAN_RE.test(surface);
}

export function startsWithAny(word: string, stems: readonly string[]): boolean {
  for (const s of stems) if (word.startsWith(s)) return true;
  return false;
}

/** Longest ending a person title may take (директор → директорка, ректор → ректора). */
const TITLE_ENDING_MAX = 3;

/** Words looked up recently, per table: 1 title, 2 first name, 0 neither (bounded). */
const PERSON_MEMO_MAX = 50_000;

function personClass(table: CompiledTable, lower: string): number {
  let v = table.personMemo.get(lower);
  if (v !== undefined) return v;
  v = 0;
  for (const p of table.personTitles) {
    if (p.exact ? lower === p.stem : lower.startsWith(p.stem) && lower.length - p.stem.length <= TITLE_ENDING_MAX) {
      v = 1;
      break;
    }
  }
  for (let k = 0; v === 0 && k <= 3 && lower.length - k >= 3; k++) {
    if (table.firstNameStems.has(lower.slice(0, lower.length - k))) v = 2;
  }
  if (table.personMemo.size >= PERSON_MEMO_MAX) table.personMemo.clear();
  table.personMemo.set(lower, v);
  return v;
}

/** Is a word a person's title (директорка, Prezes, Dr)? */
export function isTitle(table: CompiledTable, lower: string): boolean {
  return personClass(table, lower) === 1;
}

/** Is a (capitalised) word a common first name in any case form? */
export function isFirstName(table: CompiledTable, lower: string): boolean {
  return personClass(table, lower) === 2;
}
