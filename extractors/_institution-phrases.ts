/**
 * Candidate institution mentions, found in one pass per kind of anchor:
 * 1. quoted names (_institution-quotes.ts);
 * 2. head words with their modifiers and complements (Харківський ліцей № 42, Instytut Badań
 *    Edukacyjnych, Peter the Great St. Petersburg Polytechnic University); a head with nothing
 *    that names it is a back-reference (коледж, the Polytechnic) or a partial name (управління освіти);
 * 3. legal forms with capitalised words (ТОВ Вудмастер, Edu-Tech sp. z o.o.): _institution-legal.ts.
 */
import type { InstitutionKind, Lang } from '../types.js';
import { isRoman, isTitle, startsWithAny, type CompiledLegal, type CompiledTable, type HeadMatch } from './_institution-lexicon.js';
import { extendRight, family, type RightExt } from './_institution-right.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';
import { listedAfterPlural } from './_institution-lists.js';
import { isRegionAdjective } from './_institution-places.js';

/** Quote marks that open a quotation. */
const OPENING_QUOTE = /^[“«„"‘]$/u;

export type CandType = 'name' | 'weak-quote' | 'quote-acronym' | 'partial' | 'backref';

export interface Cand {
  type: CandType;
  /** Mention tokens [t0, t1). */
  t0: number;
  t1: number;
  /** The name without legal forms [core0, core1). */
  core0: number;
  core1: number;
  /** Start of a location tail inside the core, or core1. */
  tail0: number;
  headTok: number;
  head: HeadMatch | null;
  table: CompiledTable;
  kind: InstitutionKind;
  legal: CompiledLegal | null;
  q0: number;
  q1: number;
  /** The head is in its dictionary form (nominative / indefinite). */
  nominative: boolean;
  /** Listed after a plural head ("детските градини „Здравец“, „Брезичка“"): the singular type it names, written before it. */
  listPrefix?: string;
  confidence: number;
}

/**
 * Candidates looked at per document at most: far above any article (a long one names a few
 * dozen institutions a few hundred times), it bounds the work on hostile input.
 */
export const MAX_CANDIDATES = 4000;

/** Most modifier tokens before a head (Peter the Great St. Petersburg Polytechnic = 6 + dot). */
const MAX_LEFT_TOKENS = 7;
/** Demonstratives allowed before a bare head that refers back (цей ліцей, this college). */
const DEMONSTRATIVES = new Set([
  'цей', 'ця', 'це', 'цього', 'цієї', 'цьому', 'цим', 'цією', 'цьому', 'этот', 'эта', 'это', 'этого', 'этой', 'этому', 'этим',
  'ten', 'ta', 'to', 'tego', 'tej', 'temu', 'tym', 'tą', 'този', 'тази', 'това', 'наш', 'наша', 'нашого', 'нашої', 'нашей', 'нашего',
  'nasz', 'nasza', 'naszej', 'naszego', 'дана', 'даний', 'даного', 'даної', 'данный', 'данная', 'данного', 'данной',
  // "між згаданим ліцеєм та …", "с упомянутым колледжем": the institution named before.
  'згаданий', 'згадана', 'згадане', 'згаданого', 'згаданої', 'згаданому', 'згаданій', 'згаданим', 'згаданою', 'згадану',
  'упомянутый', 'упомянутая', 'упомянутое', 'упомянутого', 'упомянутой', 'упомянутому', 'упомянутым', 'упомянутую',
  'wspomniany', 'wspomniana', 'wspomnianego', 'wspomnianej', 'wspomnianym', 'wspomnianą', 'споменатия', 'споменатата', 'споменатото',
]);
/** An English possessive word: "Middleburg's", "King’s". */
const POSSESSIVE_RE = /['’]s$/;
/** Polish units of a university whose adjective comes after them (Wydział Mechaniczny, Katedra Fizyczna, Instytut …). */
const PL_UNIT_RE = /^(?:wydzia|katedr|zakład|instytut|filii|filia|oddzia)/u;
/** Words inside an English name before its head (Peter the Great …, Stratford-upon-Avon); not "of" (Students of X University). */
const EN_NAME_JOINERS = new Set(['the', 'de', 'upon']);
/**
 * English capitalised words that say what kind of body it is, not which: "the City Council", "the
 * Academic Council of the university" name no body of their own.
 */
const EN_GENERIC_MODIFIERS = new Set(['city', 'town', 'village', 'regional', 'district', 'municipal', 'county', 'academic', 'scientific', 'evacuation', 'main', 'central']);

/** en: "the" + only generic modifiers + the head, with nothing after it (a description, not a name). */
function enGenericOnly(sc: Scanner, start: number, h: number, r: RightExt, tb: CompiledTable): boolean {
  if (start >= h || r.compl > 0 || r.number || r.q0 >= 0 || start === 0 || !tb.determiners.has(sc.toks[start - 1].lo) || sc.brk(start)) return false;
  for (let k = start; k < h; k++) if (!EN_GENERIC_MODIFIERS.has(sc.toks[k].lo)) return false;
  return true;
}
/** Complement words (what it teaches, then whose it is) that name a lower-case uk/ru school. */
const MIN_LOWER_NAMED_COMPLEMENT = 4;
/** Kinds of public bodies that lower-case text may still name by their place (комитет образования города Курска). */
const AUTHORITY_KINDS: ReadonlySet<InstitutionKind> = new Set(['education-authority', 'council', 'other', 'ministry', 'agency', 'authority', 'municipality']);

/**
 * A school's number written before its name, per language: whether a bare numeral may stand there
 * (bg "18 СУ", "18 средно училище"), and the ordinal endings written after a numeral and a hyphen
 * (bg 1-ви/-ва/-во, 2-ри/-ра/-ро, 3-ти/-та/-то, 7-ми/-ма/-мо, 18-и/-а/-о). Only Bulgarian names its
 * schools so; a Ukrainian or Russian ordinal ("учнів 56-ї школи") is an inflected back-reference to
 * "школа № 56", whose key it would not share.
 */
const NUMBER_BEFORE_NAME: Partial<Record<Lang, { bare: boolean; ending: RegExp }>> = {
  bg: { bare: true, ending: /^(?:в|р|т|м)?[иао]$/u },
};
/** A school's number has at most three digits (a year before a name is no number of it). */
const SCHOOL_NUMBER_RE = /^\d{1,3}$/u;

/**
 * Bulgarian schools are numbered before their name ("51-во Средно училище „Елисавета Багряна“",
 * "18 средно училище", "149-то средно училище", "3-то ОУ"): the number, with its ordinal ending, is
 * the first part of the name. Returns how many tokens ending at `j` make it (0: none): a numeral
 * alone, or a numeral, a hyphen and an ending. A bare numeral before a form that is not the head's
 * nominative counts ("10 университета": ten universities), it numbers nothing.
 */
function numberBeforeName(sc: Scanner, j: number, lang: Lang, countForm: boolean): number {
  const rule = NUMBER_BEFORE_NAME[lang];
  const t = sc.toks;
  if (!rule) return 0;
  if (t[j].type === TokType.Num) return rule.bare && SCHOOL_NUMBER_RE.test(t[j].s) && !sc.brk(j + 1) && !countForm ? 1 : 0;
  if (j < 2 || t[j].type !== TokType.Word || !rule.ending.test(t[j].lo)) return 0;
  const glued = t[j - 1].s === '-' && t[j - 2].type === TokType.Num && SCHOOL_NUMBER_RE.test(t[j - 2].s) && !sc.brk(j) && !sc.brk(j - 1) && !sc.brk(j + 1);
  return glued ? 3 : 0;
}
/** en: lower-case heads of public bodies named by the place before them ("Odisha government", "Saskatoon city council"). */
const EN_LOWER_BODY_HEADS: ReadonlySet<string> = new Set(['government', 'council', 'administration']);
/** en: lower-case level words between the place and such a head. */
const EN_BODY_LEVELS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'regional', 'oblast', 'military', 'state', 'county', 'district', 'municipal', 'provincial', 'civil-military', 'military-civil']);
/** en: capitalised words that say what level a government is, not where ("the State government", "Federal Government"). */
const EN_GENERIC_CAPS: ReadonlySet<string> = new Set(['state', 'central', 'federal', 'union', 'national', 'local', 'regional', 'city', 'county', 'provincial', 'municipal', 'new', 'interim', 'military', 'the']);
/** en: a nationality adjective ("Ukrainian government"), which names a country's government only loosely. */
const EN_DEMONYM_RE = /(?:ian|ese|ish|ean|can|ic)$/;

function allLevels(sc: Scanner, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!EN_BODY_LEVELS.has(sc.toks[k].lo)) return false;
  return true;
}

/** en: is [start, h) a place naming a lower-case body head: a capitalised word that is no level word or demonym? */
function enPlaceBefore(sc: Scanner, start: number, h: number): boolean {
  let caps = 0;
  let place = false;
  for (let k = start; k < h; k++) {
    const t = sc.toks[k];
    if (!t.cap) continue;
    caps++;
    if (!EN_GENERIC_CAPS.has(t.lo)) place = true;
  }
  if (caps === 1 && EN_DEMONYM_RE.test(sc.toks[start].lo)) return false;
  return place;
}

/** en: words after a head that make its name a ranking or an event ("World University Rankings", "University Games"). */
const EN_NOT_BODY_AFTER: ReadonlySet<string> = new Set(['rankings', 'ranking', 'games', 'league', 'cup', 'challenge', 'summit']);

/** en: last words of a name that make it a programme or an event ("Council of Europe Programme", "College Scholarship Program"). */
const EN_PROJECT_LAST: ReadonlySet<string> = new Set(['programme', 'program', 'programmes', 'programs', 'project', 'summit', 'forum', 'conference', 'festival', 'award', 'awards', 'prize', 'campaign', 'initiative', 'olympiad']);

/** en: what a group of education institutions is a group of ("United Group of Institutions"). */
const EN_EDUCATION_GROUP_WORDS: ReadonlySet<string> = new Set(['institutions', 'colleges', 'schools', 'universities', 'institutes', 'academies', 'education']);

/** Words before a council that make it a territory (території, межах, территории, пределах, terenie). */
const COUNCIL_TERRITORY_RE = /^(?:територі|территори|межах|пределах|terenie|obszarze)/u;

/** Words before a head searched for a lower-case region adjective (charkowska obwodowa administracja). */
const MAX_REGION_ADJ_WORDS = 2;

interface Left {
  start: number;
  leftCap: boolean;
  /** A number opens the name (bg "51-во СУ", "18 средно училище"): it names the institution as "№ 18" after it would. */
  numbered: boolean;
  /** A lower-case adjective right before the head (зруйновану школу: not a back-reference). */
  adjBefore: boolean;
  /** The head is plural by agreement. */
  plural: boolean;
  /** An ordinal in digits right before the head numbers it ("56-й школы"). */
  ordinal?: boolean;
}

/** Place prepositions: their capitalised object is a place, never a modifier of the next name ("in Australia and Kurukshetra University"). */
const EN_PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'from']);

/** Modifiers before head h (adjectives; English capitalised words). null if a required left word is missing. */
export function extendLeft(sc: Scanner, h: number, m: HeadMatch): Left | null {
  const tb = m.table;
  const en = family(tb.lang) === 'en';
  const toks = sc.toks;
  let j = h - 1;
  const lim = Math.max(0, h - MAX_LEFT_TOKENS);
  const ordinal = ordinalBefore(sc, h, tb) && !sc.used[h - 1] && !sc.used[h - 3];
  // A head in the nominative takes modifiers in the nominative (masculine and feminine forms are unambiguous).
  const agree = m.hit?.nominative && !m.hit.ambiguous ? tb.t.nominativeAdjective?.[m.gender] : undefined;
  let numbered = false;
  const countForm = !!m.hit && (!m.hit.nominative || m.hit.ambiguous);
  while (j >= lim && !sc.brk(j + 1) && !sc.used[j] && !toks[j].junk) {
    const t = toks[j];
    if (en) {
      // "U of S University ..." never: the letter ends a spaced abbreviation (_institution-abbreviations.ts).
      if (t.s.length === 1 && j >= 2 && toks[j - 1].s === 'of' && toks[j - 2].s === 'U') break;
      // A possessor before other words of a name is no part of it ("Middleburg's Wilkinson Elementary School"; "King's College" is).
      if (t.type === TokType.Word && j < h - 1 && POSSESSIVE_RE.test(t.s)) break;
      // An acronym is a name of its own, except before a company's head word ("MMC Corporation").
      if (t.type === TokType.Word && t.cap && (!sc.isAcronymShape(j) || m.kind === 'company')) j--;
      // "Donetsk regional military administration", "Saskatoon city council": lower-case level words between a
      // place and a lower-case body head (the place before them is required when it is named).
      else if (t.type === TokType.Word && !t.cap && !toks[h].cap && EN_LOWER_BODY_HEADS.has(m.lemma) && EN_BODY_LEVELS.has(t.lo) && allLevels(sc, j + 1, h)) j--;
      // A plural possessive: "Polish Rectors' Foundation".
      else if ((t.s === "'" || t.s === '’') && j - 1 >= lim && toks[j - 1].cap && toks[j - 1].lo.endsWith('s') && !sc.brk(j)) j--;
      // Not "the" right before the head: "Inform the University …" is a verb and its object (Peter the Great University keeps it).
      else if (t.type === TokType.Word && EN_NAME_JOINERS.has(t.lo) && !(t.lo === 'the' && j === h - 1) && j - 1 >= lim && toks[j - 1].cap && !sc.brk(j)) j--;
      // "Educational and Scientific Institute": two capitalised modifiers joined by "and", neither a name of its own.
      // Not when the word before "and" is a preposition's object: "between the association of Haryanvis in Australia and Kurukshetra University".
      else if (t.type === TokType.Word && t.lo === 'and' && j === h - 2 && j - 1 >= lim && toks[j - 1].cap && !sc.headAt(j - 1) && !sc.isAcronymShape(j - 1) && !sc.brk(j)
        && !(j - 2 >= 0 && !sc.brk(j - 1) && EN_PLACE_PREPS.has(toks[j - 2].s))) j--;
      else if (t.s === '.' && j - 1 >= lim && toks[j - 1].cap && toks[j - 1].s.length <= 3 && !sc.brk(j)) j--;
      // An ampersand between capitalised words of one name: "Alabama A&M University", "Children's Hospital & Medical Center".
      else if (t.s === '&' && j - 1 >= lim && toks[j - 1].type === TokType.Word && toks[j - 1].cap && toks[j + 1]?.cap && !sc.brk(j) && !sc.brk(j + 1)) j--;
      else break;
    } else if (tb.lang === 'pl' && j >= 1 && t.cap && PL_UNIT_RE.test(toks[j - 1].lo) && !sc.brk(j)) {
      break; // "Wydziału Mechanicznego Politechniki Białostockiej": Polish adjectives follow their noun, this one the faculty's
    } else if (
      t.s === ')' && j - 3 >= lim && toks[j - 2].s === '(' && toks[j - 1].type === TokType.Word && toks[j - 1].cap && tb.t.adjective.test(toks[j - 1].lo)
      && toks[j - 3].type === TokType.Word && toks[j - 3].cap && tb.t.adjective.test(toks[j - 3].lo) && !sc.used[j - 3]
    ) {
      j -= 3; // "Северный (Арктический) федеральный университет": a bracketed adjective inside the name
    } else if (t.type === TokType.Word && j === h - 1 && toks[h].cap && t.s.length <= 5 && isRoman(t.s) && t.s === t.s.toUpperCase()) {
      j--; // "I Liceum Ogólnokształcące": the numeral, not the conjunction "i"
    } else if (
      t.type === TokType.Word && (t.lo.length >= 3 || isRoman(t.s)) && !tb.stop.has(t.lo) && !tb.connectors.has(t.lo) && !sc.isPersonWord(j, tb)
      && !tb.countrySet.has(t.lo) // "w Ukrainie centrum Charkowa": a country is no modifier
      && !tb.preps.some((p) => p.toks[0] === t.lo)
      && !tb.t.notAdjective?.test(t.lo)
      && (!agree || !tb.t.adjective.test(t.lo) || agree.test(t.lo))
      // A Roman numeral names a school written with a capital ("III Liceum"), not a class ("klas VIII szkoły").
      && (tb.t.adjective.test(t.lo) || (t.cap && isRoman(t.s) && toks[h].cap) || (j === h - 1 && t.cap && !!tb.t.adjectiveNextToHead?.test(t.lo)))
    ) {
      j--;
    } else if (t.type === TokType.Num && m.abbr && j === h - 1) {
      j--; // 119 СУ
      numbered = true;
    } else {
      // "51-во Средно училище", "18 средно училище": a number opens the name, and nothing before it is of it.
      const width = EDUCATION_KINDS.has(m.kind) ? numberBeforeName(sc, j, tb.lang, countForm) : 0;
      j -= width;
      numbered = width > 0;
      break;
    }
  }
  let start = j + 1;
  const need = m.hit?.spec.needLeft;
  if (need && !(h - 1 >= 0 && !sc.brk(h) && startsWithAny(toks[h - 1].lo, need))) return null;
  const keep = need ? h - 1 : h; // "детский сад": the required word stays even in lower case
  const adjBefore = start < h && !toks[h - 1].cap && !DEMONSTRATIVES.has(toks[h - 1].lo);
  const trim = (): void => {
    while (start < keep && (en ? !toks[start].cap || tb.starters.has(toks[start].lo) : toks[start].type !== TokType.Num && !toks[start].cap)) start++;
  };
  trim();
  // Lower-case adjectives of the type stay: "професионалната гимназия „…“", "благодійним фондом «…»",
  // "середня школа №56", "средней образовательной школы № 60" (the languages' typeAdjectives).
  const typeAdj = tb.t.typeAdjectives;
  if (typeAdj && start === keep) {
    let k = start - 1;
    while (k >= lim && !sc.brk(k + 1) && !sc.used[k] && toks[k].type === TokType.Word && !toks[k].cap && (en || tb.t.adjective.test(toks[k].lo)) && startsWithAny(toks[k].lo, typeAdj)) k--;
    start = k + 1;
  }
  // A lower-case region adjective names a public body as a capital would ("одеська міськрада", "донецкая мэрия",
  // "śląskie kuratorium", "charkowska obwodowa administracja"): it and the adjectives after it stay.
  let regionAdj = false;
  if (!en && start === keep && AUTHORITY_KINDS.has(m.kind) && m.kind !== 'other') {
    for (let k = start - 1; k >= Math.max(lim, start - MAX_REGION_ADJ_WORDS) && !sc.brk(k + 1) && !sc.used[k]; k--) {
      const w = toks[k];
      if (w.type !== TokType.Word || w.cap || !tb.t.adjective.test(w.lo) || tb.t.notAdjective?.test(w.lo)) break;
      if (isRegionAdjective(w.lo)) {
        start = k;
        regionAdj = true;
        break;
      }
    }
  }
  // A capitalised common adjective or participle opening the sentence is not part of a name
  // (Нова школа, Зруйнована школа, Zalana Szkoła, The).
  // A quote opening the sentence opens it too ("“Останній садочок, який …").
  const opens = toks[start].sent || (start > 0 && !sc.brk(start) && sc.closeOf[start - 1] >= 0) || (start > 0 && toks[start - 1].sent && OPENING_QUOTE.test(toks[start - 1].s));
  if (start < keep && opens && (tb.starters.has(toks[start].lo) || !!tb.t.participle?.test(toks[start].lo))) {
    start++;
    trim();
  }
  let leftCap = false;
  // The required word of the type opening a sentence names nothing ("Детската градина е наводнена").
  for (let i = start; i < h; i++) if (toks[i].cap && !(i === start && toks[i].sent && (en || (need && i === h - 1)))) leftCap = true;
  if (en && start < h) leftCap = true;
  if (regionAdj) leftCap = true;
  // A plural adjective before an ambiguous form makes a generic plural: Коммунальные службы, навчальні заклади.
  const prevLo = h > 0 && !sc.brk(h) ? toks[h - 1].lo : '';
  const pluralAdj = tb.t.pluralAdjective?.test(prevLo) && tb.t.adjective.test(prevLo) && !tb.t.notAdjective?.test(prevLo);
  // Two adjectives joined before a form that may be plural name two institutions, not one: "Смоленская и
  // Херсонская школы", "Харківський та Одеський університети".
  const adj = (i: number) => i >= 0 && toks[i].type === TokType.Word && tb.t.adjective.test(toks[i].lo) && !tb.t.notAdjective?.test(toks[i].lo);
  const joinedAdjs = h >= 3 && !sc.brk(h) && !sc.brk(h - 1) && !sc.brk(h - 2) && tb.connectors.has(toks[h - 2].lo) && adj(h - 1) && adj(h - 3);
  const plural = !!(m.hit?.ambiguous && (pluralAdj || joinedAdjs));
  if (ordinal) start = Math.min(start, h - ORDINAL_TOKENS);
  return { start, leftCap, adjBefore: adjBefore && !ordinal, plural, numbered, ordinal };
}

/**
 * English names take the kind of their last head word before a complement: "Kombolcha Polytechnic
 * College" is a college, "Lviv Polytechnic National University" a university, "Institute of
 * Philology" an institute.
 */
function enHeadKind(sc: Scanner, h: number, end: number, head: InstitutionKind): InstitutionKind {
  // "Mendocino County Office of Education": a county's office of education governs its schools (like a school district).
  if (sc.toks[h].lo === 'office' && h + 2 < end && sc.toks[h + 1].lo === 'of' && sc.toks[h + 2].lo === 'education') return 'education-authority';
  let kind = head;
  for (let k = h + 1; k < end; k++) {
    const t = sc.toks[k];
    if (t.type !== TokType.Word || !t.cap) break;
    const m = sc.headAt(k);
    // A university's name may hold a school's: "National Research University Higher School of Economics".
    if (m && !m.abbr && kind !== 'university') kind = m.kind;
  }
  return kind;
}

/** Kinds that only education bodies have (others of the same head word are `authority`). */
const EDUCATION_GOVERNANCE: ReadonlySet<InstitutionKind> = new Set(['ministry', 'education-authority']);

export function refineKind(kind: InstitutionKind, tb: CompiledTable, words: string[]): InstitutionKind {
  for (const r of tb.t.kindRefinements) {
    if (!r.from.includes(kind)) continue;
    for (const w of words) if (r.stems.some((s) => (s.endsWith('=') ? w === s.slice(0, -1) : w.startsWith(s)))) return r.to;
  }
  if (EDUCATION_GOVERNANCE.has(kind) && !words.some((w) => startsWithAny(w, tb.educationStems))) return 'authority';
  return kind;
}

export function wordsOf(sc: Scanner, a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i < b; i++) if (sc.toks[i].type === TokType.Word) out.push(sc.toks[i].lo);
  return out;
}

export function mark(sc: Scanner, a: number, b: number): void {
  for (let i = a; i < b; i++) sc.used[i] = 1;
}

export function clamp(x: number): number {
  return Math.min(0.95, Math.max(0.3, x));
}

/** Polish faculties and chairs, whose names list subjects: "Wydział Prawa i Administracji", "Katedra Ekonomii i Zarządzania". */
const PL_FACULTY_RE = /^(?:wydzia|katedr|zakład)/u;
/** Most capitalised subject words between a faculty word and the "i" before a head. */
const MAX_FACULTY_SUBJECT_WORDS = 3;

/**
 * pl: a head word joined by "i"/"oraz" to the subjects of a faculty is one of them, not a body:
 * "Wydziału Prawa i Administracji Uniwersytetu …" (the university is the institution after it).
 */
function inFacultyName(sc: Scanner, h: number, tb: CompiledTable): boolean {
  if (tb.lang !== 'pl' || h < 3 || sc.brk(h) || !sc.toks[h].cap) return false;
  const conj = sc.toks[h - 1];
  if (conj.type !== TokType.Word || (conj.lo !== 'i' && conj.lo !== 'oraz') || sc.brk(h - 1)) return false;
  for (let j = h - 2, words = 0; j >= 0 && words <= MAX_FACULTY_SUBJECT_WORDS; j--) {
    const t = sc.toks[j];
    if (t.type !== TokType.Word) return false;
    if (PL_FACULTY_RE.test(t.lo)) return words > 0;
    if (!t.cap || sc.brk(j + 1)) return false;
    words++;
  }
  return false;
}

/** A name of a body outside education (police, rescue service, hospital), also when the next word says so (… ДСНС). */
export function excludedBody(sc: Scanner, a: number, b: number, tb: CompiledTable): boolean {
  for (let k = a; k <= b && k < sc.n; k++) {
    if (k === b && sc.brk(k)) break;
    const t = sc.toks[k];
    if (t.type === TokType.Word && startsWithAny(t.lo, tb.excludedStems)) return true;
  }
  return false;
}

const EDUCATION_KINDS: ReadonlySet<InstitutionKind> = new Set([
  'school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute', 'kindergarten',
]);

/** Kinds whose council is their organ: an education institution's, a union's or an association's (совет Российского Союза ректоров). */
const COUNCIL_OWNER_KINDS: ReadonlySet<InstitutionKind> = new Set([...EDUCATION_KINDS, 'ngo']);

function educationHeadIn(sc: Scanner, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const m = sc.headAt(k);
    if (m && COUNCIL_OWNER_KINDS.has(m.kind)) return true;
  }
  return false;
}

/**
 * Is the name starting at token t0 written as a territory? The word before it is a place
 * preposition, a settlement or district noun, or an attack on it (the table's territoryBefore),
 * or a capitalised place name ("селі Львове Тягинської громади").
 */
function territorial(sc: Scanner, t0: number, tb: CompiledTable, t1 = t0): boolean {
  // A heading of a summary by territory: "Краснопільська громада: ворог бив з артилерії …".
  if (t1 < sc.n && !sc.brk(t1) && sc.toks[t1].s === ':') return true;
  const p = t0 - 1;
  if (p < 0 || sc.brk(t0)) return false;
  const t = sc.toks[p];
  if (t.type !== TokType.Word) return false;
  if (tb.territoryBefore.some((w) => (w.endsWith('*') ? t.lo.startsWith(w.slice(0, -1)) : t.lo === w))) return true;
  return t.cap && !t.sent && !sc.headAt(p) && !sc.isAcronymShape(p);
}

/** A person's name at token i: a first name, or a dash and a capitalised word ("– Teresa Misiuk"). */
function holderAfter(sc: Scanner, i: number, tb: CompiledTable): boolean {
  if (i >= sc.n || sc.brk(i)) return false;
  if (sc.toks[i].type === TokType.Word && sc.toks[i].cap && sc.isPersonWord(i, tb)) return true;
  return (sc.toks[i].s === '–' || sc.toks[i].s === '—') && i + 1 < sc.n && !sc.brk(i + 1) && sc.toks[i + 1].type === TokType.Word && sc.toks[i + 1].cap && !sc.headAt(i + 1);
}

/**
 * Is the unit at token t0 written as a person's post ("директор на дирекция „Екология и чиста среда“",
 * "директорът на дирекция „Кабинет на ректора“")? Such a unit only says where the person works.
 */
export function titleOfUnit(sc: Scanner, t0: number): boolean {
  if (t0 < 2 || sc.brk(t0) || sc.brk(t0 - 1)) return false;
  const prep = sc.toks[t0 - 1];
  if (prep.type !== TokType.Word || prep.lo !== 'на') return false;
  const title = sc.toks[t0 - 2];
  return title.type === TokType.Word && sc.tables.some((tb) => isTitle(tb, title.lo));
}

/** Tokens of an ordinal in digits: "56", "-", "й". */
const ORDINAL_TOKENS = 3;

/** Words before an ordinal that make it a count, not a school's number ("Це вже 274-а школа в області", "уже 5-я школа"). */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['вже', 'уже', 'ще', 'еще', 'ещё', 'вече', 'още', 'już']);

/**
 * Is an ordinal in digits written right before head h ("56-й школы", "57-ї школи"), in the table's
 * endings, and not a count ("вже 274-а школа")?
 */
export function ordinalBefore(sc: Scanner, h: number, tb: CompiledTable): boolean {
  const o = tb.t.ordinal;
  if (!o || h < ORDINAL_TOKENS || sc.brk(h) || sc.brk(h - 1) || sc.brk(h - 2)) return false;
  if (h > ORDINAL_TOKENS && !sc.brk(h - 3) && COUNTING_WORDS.has(sc.toks[h - 4].lo)) return false;
  const [n, dash, end] = [sc.toks[h - 3], sc.toks[h - 2], sc.toks[h - 1]];
  return n.type === TokType.Num && /^\d{1,4}$/.test(n.s) && dash.s === '-' && n.end === dash.start && dash.end === end.start
    && end.type === TokType.Word && o.suffix.test(end.lo);
}

/** Is the word before head h a lower-case adjective of a territory level (обласного, районному, міського)? */
function levelBefore(sc: Scanner, h: number, tb: CompiledTable): boolean {
  if (h === 0 || sc.brk(h) || sc.used[h - 1]) return false;
  const t = sc.toks[h - 1];
  return t.type === TokType.Word && !t.cap && tb.t.adjective.test(t.lo) && startsWithAny(t.lo, tb.t.levelStems ?? []);
}

/** Is the first complement word after head h the body's subject (освіти, образования)? */
function educationFirst(sc: Scanner, h: number, end: number, tb: CompiledTable): boolean {
  return h + 1 < end && sc.toks[h + 1].type === TokType.Word && startsWithAny(sc.toks[h + 1].lo, tb.educationStems);
}

/** Are the words of [a, b) all the table's place nouns (району, города, села)? */
function onlyPlaceNouns(sc: Scanner, a: number, b: number, tb: CompiledTable): boolean {
  const words = wordsOf(sc, a, b);
  return words.length > 0 && words.every((w) => tb.placeNouns.has(w));
}

/** Phase 2: head words. */
export function headCandidates(sc: Scanner, out: Cand[]): void {
  const toks = sc.toks;
  for (let h = 0; h < sc.n && out.length < MAX_CANDIDATES; h++) {
    if (sc.used[h] || toks[h].junk || toks[h].type !== TokType.Word) continue;
    const m = sc.headAt(h);
    if (!m) continue;
    if (inFacultyName(sc, h, m.table)) continue;
    if (m.hit && m.hit.plural) {
      listedAfterPlural(sc, h, m, out);
      continue;
    }
    const spec = m.hit?.spec;
    if (spec?.needRight && !(h + 1 < sc.n && startsWithAny(toks[h + 1].lo, spec.needRight))) continue;
    const left = extendLeft(sc, h, m);
    if (!left || left.plural) continue;
    const r = extendRight(sc, h, m, left.leftCap);
    // The word a head requires after it is its complement even when it is a title ("Kancelaria Prezydenta",
    // "Офіс Президента"), which would otherwise end the name as a person's.
    if (spec?.needRight && r.end === h + 1 && toks[h + 1].type === TokType.Word && !sc.used[h + 1]) {
      r.end = h + 2;
      r.compl = Math.max(r.compl, 1);
      if (toks[h + 1].cap) r.complCap = true;
    }
    if (r.unitAt) continue;
    const tb = m.table;
    const fam = family(tb.lang);
    const lp = sc.legalPreEnding(left.start);
    const postEnd = sc.legalSuffixEnd(r.end);
    const t = toks[h];
    const headCap = t.cap && !t.sent;
    const authority = AUTHORITY_KINDS.has(m.kind);
    let named: boolean;
    if (spec?.generic) named = !!lp || r.q0 >= 0 || r.number || postEnd > 0;
    // English names capitalise their head: "European university networks" is not a name.
    // A lower-case body head after its place: "The Odisha government", "Palm Beach County school district".
    else if (fam === 'en' && !t.cap && !m.abbr) {
      named = !!lp || postEnd > 0 || r.q0 >= 0 || r.number
        || ((EN_LOWER_BODY_HEADS.has(m.lemma) || !!r.schoolDistrict) && left.start < h && enPlaceBefore(sc, left.start, h));
    }
    else if (fam === 'en' && !lp && postEnd <= 0 && enGenericOnly(sc, left.start, h, r, tb)) continue;
    else if (lp || r.q0 >= 0 || r.number || left.numbered || r.namedAfter || postEnd > 0 || left.leftCap || left.ordinal) named = true;
    // A family abbreviation alone (ПГЕЕ) is read with the other abbreviations: the short form of a name, or a name of its own.
    else if (m.abbr) named = r.complCap || r.tail0 >= 0;
    else if (fam === 'en') named = t.cap && r.complCap;
    else if (fam === 'pl') named = (r.complCap && (t.cap || !!spec?.namedLower)) || (!!r.lowerCompl && (!t.cap || t.sent));
    // uk/ru/bg: Інститут професійних кваліфікацій, Министерство на образованието, Администрация города Курска;
    // in lower case only a body named by its place: управління освіти Чернігівської міської ради.
    // A capital that only opens a sentence with a place noun after the head names nothing: "Школа района …".
    else if (t.cap) named = r.complCap || (r.compl > 0 && !spec?.properComplement && !(t.sent && onlyPlaceNouns(sc, h + 1, r.end, tb))) || (r.tail0 >= 0 && authority);
    // A lower-case school named by what it teaches and whose it is: "колледжем коммерции, технологий и сервиса Курского
    // государственного университета".
    else {
      named = (authority && (r.complCap || r.tail0 >= 0)) || (fam === 'cyr' && EDUCATION_KINDS.has(m.kind) && r.complCap && r.compl >= MIN_LOWER_NAMED_COMPLEMENT);
      // "обласне управління освіти", "районного отдела образования": a level adjective and the subject name the body.
      if (!named && fam === 'cyr' && m.kind === 'education-authority' && levelBefore(sc, h, tb) && educationFirst(sc, h, r.end, tb)) {
        named = true;
        left.start = h - 1;
      }
    }
    // "Британская компания Quacquarelli Symonds", "Оборонное предприятие …": an adjective that opens the sentence and a
    // lower-case company word with nothing after it describe a company, they do not name one.
    if (named && fam === 'cyr' && m.kind === 'company' && !t.cap && left.start === h - 1 && toks[left.start].sent && r.compl === 0
      && !lp && r.q0 < 0 && postEnd <= 0 && !r.number && !r.namedAfter) named = false;
    // "spółka Mechatronika sp. z o.o.", "firma «Х»": a lower-case generic word only describes the name after it.
    // Opening a sentence, only a generic word is dropped so ("Przedsiębiorstwem Sprzętu Ochronnego MASKPOL SA" is the name).
    if (named && (!t.cap || (t.sent && !!spec?.generic)) && !lp && left.start === h && (spec?.generic || m.kind === 'company') && r.end > h + 1) left.start = h + 1;
    // "В 56-й школе выбиты окна": a name numbered by its ordinal alone takes no lower-case complement.
    if (named && left.ordinal && !t.cap && !lp && !r.complCap && r.q0 < 0 && !r.number && !r.namedAfter && r.tail0 < 0) r.end = h + 1;
    const core1 = r.end;
    const cand: Cand = {
      type: 'name',
      t0: lp ? lp.start : left.start,
      t1: postEnd > 0 ? postEnd : core1,
      core0: left.start,
      core1,
      tail0: r.tail0 >= 0 ? r.tail0 : core1,
      headTok: h,
      head: m,
      table: tb,
      kind: r.schoolDistrict ? 'education-authority' : refineKind(fam === 'en' ? enHeadKind(sc, h, core1, m.kind) : m.kind, tb, wordsOf(sc, left.start, core1)),
      legal: lp?.form ?? null,
      q0: r.q0,
      q1: r.q1,
      nominative: m.hit ? m.hit.nominative : true,
      confidence: 0,
    };
    if (named && excludedBody(sc, cand.t0, cand.t1, tb)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    // "директор на дирекция „Кабинет на ректора“": a unit of a municipality or a university as a person's post.
    if (named && spec?.unitUnlessEducation && cand.kind !== 'education-authority' && titleOfUnit(sc, cand.t0)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    // "Lubelski Kurator Oświaty – Teresa Misiuk", "Kurator Oświaty Aleksander Palczewski": a title before its holder's name.
    if (named && spec?.holderTitle && holderAfter(sc, cand.t1, tb)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    // A municipality named as a territory is a place: "у Сумській громаді", "в селі Добрянської громади", "na terenie gminy";
    // its office is not ("w Urzędzie Miasta Krakowa", "у мерії Чернівців").
    if (named && cand.kind === 'municipality' && m.kind === 'municipality' && !spec?.office && territorial(sc, cand.t0, tb, cand.t1)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    // A council named for its territory is a place too: "на території Колодистенської сільради", "в пределах горсовета".
    if (named && m.kind === 'council' && cand.t0 > 0 && !sc.brk(cand.t0) && COUNCIL_TERRITORY_RE.test(toks[cand.t0 - 1].lo)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    // "World University Rankings", "University Games": a ranking or an event named after the head, not a body;
    // so is a name ending in a project word ("Council of Europe Programme", "World Government Summit").
    const lastTok = toks[cand.t1 - 1];
    if (named && fam === 'en' && ((h + 1 < sc.n && !sc.brk(h + 1) && EN_NOT_BODY_AFTER.has(toks[h + 1].lo))
      || (cand.t1 - 1 > h && lastTok.cap && EN_PROJECT_LAST.has(lastTok.lo)))) {
      mark(sc, cand.t0, Math.max(cand.t1, h + 2));
      continue;
    }
    // "Provincial Government", "the State Government": a level with no place names no government.
    if (named && fam === 'en' && t.cap && EN_LOWER_BODY_HEADS.has(m.lemma) && m.lemma !== 'council' && r.compl === 0 && !lp && r.q0 < 0
      && cand.t0 < h && !enPlaceBefore(sc, cand.t0, h)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    // "United Group of Institutions": a business head whose complement names education institutions is an
    // education group, read by those heads.
    if (named && fam === 'en' && m.kind === 'company' && r.compl > 0 && (educationHeadIn(sc, h + 1, r.end) || wordsOf(sc, h + 1, r.end).some((w) => EN_EDUCATION_GROUP_WORDS.has(w)))) continue;
    // A council of a school or university is its organ (Рада Львівської політехніки): the institution is named instead.
    if (named && m.kind === 'council' && !r.number && r.q0 < 0 && educationHeadIn(sc, h + 1, r.end)) continue;
    if (named && r.number && !m.abbr) listedAfterPlural(sc, h, m, out, cand.t1, true);
    if (named) {
      cand.confidence = clamp(
        0.6 + (lp || postEnd > 0 ? 0.15 : 0) + (r.q0 >= 0 ? 0.1 : 0) + (r.number || left.numbered ? 0.15 : 0) + (r.namedAfter ? 0.15 : 0)
          + (left.leftCap ? 0.2 : 0) + (r.complCap ? 0.1 : 0) + (headCap ? 0.15 : 0) - (t.sent && !left.leftCap ? 0.1 : 0),
      );
      out.push(cand);
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    if (spec?.generic || m.abbr) continue;
    if (r.compl > 0) {
      cand.type = 'partial';
      cand.t0 = cand.core0 = h;
      cand.confidence = 0.5;
      out.push(cand);
      mark(sc, h, cand.t1);
      continue;
    }
    // A bare head: a back-reference, unless generic in context (кожна школа, a university).
    const mode = spec?.backref ?? 'none';
    if (mode === 'none' || left.adjBefore) continue;
    const prev = h > 0 && !sc.brk(h) && toks[h - 1].type === TokType.Word ? toks[h - 1] : null;
    if (fam === 'en') {
      if (!prev || !tb.determiners.has(prev.lo)) continue;
    } else {
      if (prev && tb.blockers.has(prev.lo)) continue;
      if (mode === 'capital' && !t.cap) continue;
    }
    cand.type = 'backref';
    cand.t0 = cand.core0 = h;
    // pl: "szkoły w Szkotowie", "szkołę w miejscowości Nowa Cerkiew": the place says which one.
    cand.t1 = cand.core1 = fam === 'pl' && r.tail0 === h + 1 ? r.end : h + 1;
    cand.tail0 = h + 1;
    cand.confidence = 0.5;
    out.push(cand);
    mark(sc, h, cand.t1);
  }
}
