/**
 * The part of a name after its head word, per language family:
 * - uk/ru: genitive complements (Інститут професійних кваліфікацій, Департамент освіти Харківської
 *   міської ради, колледж технологий и предпринимательства), stopped by verbs, persons, function words;
 * - bg: prepositional complements (Министерство на образованието и науката, съвет за електрическа
 *   мобилност), places after a dash or a municipality: _institution-right-bg.ts;
 * - pl and en: _institution-right-latin.ts (capitalised words, roman numerals, "i"/"z"/"dla";
 *   "of/for/on/at" + capitalised words);
 * - patrons without "імені" and their years: _institution-patrons.ts.
 * Shared by all: numbers (№ 42, nr 12, No. 88), "named after" (імені, im.), a location tail
 * (w Rzeszowie, м. Києва) and a quoted name (ліцей «Престиж»).
 */
import type { Lang } from '../types.js';
import { isRoman, startsWithAny, type CompiledTable, type HeadMatch } from './_institution-lexicon.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';
import { registryByAbbreviation } from './_registry.js';
import { EDUCATION_HEADS, patronAt, properHead, yearsAfter } from './_institution-patrons.js';
import { bgCommaList, bgPlaceEnd, bgStep } from './_institution-right-bg.js';
import { enCommaList, enStep, plStep } from './_institution-right-latin.js';
import { lookupPlace } from './places.js';

/** A registry abbreviation of a research academy (НАН, РАН, PAN, БАН)? */

/** First words of "в сфере" / "у сфері" complements, and the kinds of bodies whose names they continue. */
const SPHERE_PREPS: ReadonlySet<string> = new Set(['в', 'у']);
const SPHERE_KINDS: ReadonlySet<string> = new Set(['agency', 'authority', 'education-authority', 'ministry', 'council', 'ngo', 'other', 'research', 'centre']);

/** Bodies an institution is attached to with "при" (ru, uk): government, president, ministry, embassy, university, academy. */
const ATTACHED_TO_RE = /^(?:правительств|президент|министерств|посольств|уряд|міністерств|мон$|минобрнауки$|минпросвещения$|ран$|нан$|академи|університет|университет)/u;
/** "Российской Федерации", "Российской", "Федерации", "України": the country words after such a body. */
const COUNTRY_ADJECTIVE_RE = /^(?:российск|федераци|украин|україн|рф$)/u;

function isResearchAbbreviation(s: string, lang: Lang): boolean {
  return registryByAbbreviation(s, lang).some((e) => e.kind === 'research');
}

/** Most tokens a name may take after its head. */
const MAX_RIGHT_TOKENS = 16;

export type Family = 'cyr' | 'bg' | 'pl' | 'en';

export function family(lang: Lang): Family {
  return lang === 'uk' || lang === 'ru' ? 'cyr' : lang;
}

export interface RightExt {
  /** One past the last token of the name. */
  end: number;
  /** Start of a location tail (w Rzeszowie), or -1. */
  tail0: number;
  number: boolean;
  namedAfter: boolean;
  /** Quote pair absorbed into the name, or -1. */
  q0: number;
  q1: number;
  /** Complement words taken. */
  compl: number;
  /** A capitalised word among them. */
  complCap: boolean;
  /** The head word's token. */
  head: number;
  /** pl: lower-case genitive complement words were taken (a lower-case public body's name). */
  lowerCompl?: boolean;
  /** en: the name ends in "School District" (an education authority). */
  schoolDistrict?: boolean;
  /** en: a university's unit named before "at the University of …" (the university is the institution, not the unit). */
  unitAt?: boolean;
}

interface CyrState {
  prevCapAdj: boolean;
  prevGenPl: boolean;
}

export const DASHES = new Set(['–', '—', '-']);
/** uk/ru adjective endings that are only oblique (never nominative): a capitalised one belongs to a complement. */
export const OBLIQUE_ADJECTIVE_RE = /(?:ого|ього|его|ої|ьої|ой|ей|[иіы]х)$/;

/**
 * The complement of head h. `named`: the name already has a capitalised part (left modifiers),
 * which lets a Bulgarian "– Варна" follow.
 */
export function extendRight(sc: Scanner, h: number, m: HeadMatch, named: boolean): RightExt {
  const r: RightExt = { end: h + 1, tail0: -1, number: false, namedAfter: false, q0: -1, q1: -1, compl: 0, complCap: false, head: h };
  const tb = m.table;
  const fam = family(tb.lang);
  const toks = sc.toks;
  const st: CyrState = { prevCapAdj: false, prevGenPl: false };
  if (m.hit?.spec.expansion && !m.hit.spec.compound) return r; // политех: a short name takes no complement
  let k = h + 1;
  /** End of the last number, patron or quote: complement words before it are not trimmed. */
  let fixedEnd = h + 1;
  while (k < sc.n && k - h <= MAX_RIGHT_TOKENS) {
    if (sc.brk(k) || sc.used[k] || toks[k].junk) break;
    let e = sc.numberAt(k, tb);
    if (e > 0) {
      r.number = true;
      k = r.end = fixedEnd = e;
      continue;
    }
    e = sc.namedAfterAt(k, tb);
    if (e > 0) {
      r.namedAfter = true;
      k = r.end = fixedEnd = yearsAfter(sc, e);
      continue;
    }
    // School levels "І–ІІІ ступенів" written with a dash between two Roman numerals.
    if (fam !== 'en' && isRoman(toks[k].s) && k + 2 < sc.n && DASHES.has(toks[k + 1].s) && isRoman(toks[k + 2].s) && !sc.brk(k + 2)) {
      k = r.end = fixedEnd = k + 3;
      continue;
    }
    e = sc.locationAt(k, tb);
    if (e > 0) {
      r.tail0 = k;
      r.end = e;
      break;
    }
    const t = toks[k];
    if (t.type === TokType.Punct) {
      const close = sc.closeOf[k];
      if (close > 0 && r.q0 < 0 && !sc.used[close] && !sc.projectBefore(k, tb)) {
        r.q0 = k;
        r.q1 = close;
        k = r.end = fixedEnd = close + 1;
        continue;
      }
      // An abbreviation in brackets before the patron: "госуниверситетом (МГУ) имени М.В. Ломоносова".
      if (fam === 'cyr' && t.s === '(' && sc.isAcronymShape(k + 1) && sc.toks[k + 2]?.s === ')' && sc.namedAfterAt(k + 3, tb) > 0) {
        k = k + 3;
        continue;
      }
      // A short parenthesis naming the type inside a name: заклад дошкільної освіти (ясла-садок) № 12.
      if (fam === 'cyr' && t.s === '(' && r.compl > 0) {
        const close2 = parenthesisEnd(sc, k);
        if (close2 > 0) {
          k = r.end = fixedEnd = close2;
          continue;
        }
      }
      if (fam === 'bg' && DASHES.has(t.s) && (r.compl > 0 || m.abbr || named || toks[h].cap)) {
        // "– Варна", "– Стара Загора", "– гр. София".
        const e2 = bgPlaceEnd(sc, k + 1, tb, false);
        if (e2 > 0 && endsPhrase(sc, e2)) {
          r.tail0 = k;
          r.end = e2;
        }
        break;
      }
      if (t.s === ',' && r.compl > 0) {
        const e2 = fam === 'en' ? enCommaList(sc, k, tb) : fam === 'bg' ? bgCommaList(sc, k, tb) : fam === 'cyr' ? cyrCommaList(sc, k, tb) : fam === 'pl' ? enCommaList(sc, k, tb, true) : -1;
        if (e2 > 0) {
          r.compl += 1;
          k = r.end = e2;
          continue;
        }
      }
      break;
    }
    if (t.type !== TokType.Word) break;
    const step = fam === 'cyr' ? cyrStep(sc, k, tb, r, st, m.kind) : fam === 'bg' ? bgStep(sc, k, tb, r, m, named) : fam === 'pl' ? plStep(sc, k, tb, r) : enStep(sc, k, tb, r);
    if (step <= k) break;
    k = step;
  }
  // A name of modifiers and a head alone takes the settlement it is in ("Медицинският университет в София",
  // "Европейский университет в Санкт-Петербурге"); one with a number, a quote or a complement is named already.
  if (named && r.end === h + 1 && r.tail0 < 0) {
    const e = placeTailAt(sc, h + 1, tb);
    if (e > 0) {
      r.tail0 = h + 1;
      r.end = e;
    }
  }
  // uk/ru: a complement does not end in an adjective (… України напередодні нового навчального року).
  if (fam === 'cyr') {
    let trimmed = false;
    while (r.end - 1 >= fixedEnd && r.end - 1 > h && r.tail0 < 0) {
      const t = toks[r.end - 1];
      if (t.type !== TokType.Word || t.cap || !tb.t.adjective.test(t.lo) || !OBLIQUE_ADJECTIVE_RE.test(t.lo) || sc.headAt(r.end - 1)) break;
      r.end--;
      r.compl--;
      trimmed = true;
    }
    // … and the preposition or connector left before one (Відкритий університет для дорослих, "… им. Н.П. Огарева и музей").
    const left = toks[r.end - 1].lo;
    if (trimmed && r.end - 1 > h && (tb.connectors.has(left) || tb.preps.some((p) => p.toks.length === 1 && p.toks[0] === left))) r.end--;
  }
  return r;
}

/** Prepositions of a settlement written after a name: "Общинският съвет във Варна", "университет в Санкт-Петербурге". */
export const PLACE_PREPOSITIONS: Partial<Record<Lang, ReadonlySet<string>>> = {
  bg: new Set(['в', 'във']),
  ru: new Set(['в', 'во']),
  uk: new Set(['в', 'у']),
};

const CYRILLIC_WORD = /^[\u0400-\u04ff][\u0400-\u04ff’'-]*$/;
/** Capitalised words after "в" that are no settlement: platforms and media ("в Telegram", "във Фейсбук"). */
const NOT_PLACE_STEMS = ['телеграм', 'фейсбук', 'фб', 'инстаграм', 'інстаграм', 'ютуб', 'вайбер', 'тикток', 'тікток'];

/** End of "в <settlement>" at token i when the phrase ends after it, or -1 (not a country, a region or a person). */
function placeTailAt(sc: Scanner, i: number, tb: CompiledTable): number {
  const preps = PLACE_PREPOSITIONS[tb.lang];
  if (!preps || !sc.isWord(i) || sc.brk(i) || !preps.has(sc.toks[i].lo)) return -1;
  const p = i + 1;
  if (!sc.isWord(p) || sc.brk(p) || !sc.toks[p].cap || sc.toks[p].caps || sc.isPersonWord(p, tb) || sc.headAt(p)) return -1;
  for (const e of [p + 2, p + 1]) {
    if (e > p + 1 && (!sc.isWord(e - 1) || sc.brk(e - 1))) continue;
    const s = sc.text.slice(sc.toks[p].start, sc.toks[e - 1].end);
    const place = lookupPlace(s, tb.lang);
    if (place?.kind === 'settlement' && place.end === s.length && endsPhrase(sc, e)) return e;
    // A settlement the gazetteer does not hold ("Висшето училище в Митвайда"): one Cyrillic word, not a country or region.
    if (e === p + 1 && !place && CYRILLIC_WORD.test(sc.toks[p].s) && !tb.countrySet.has(sc.toks[p].lo) && !startsWithAny(sc.toks[p].lo, NOT_PLACE_STEMS) && endsPhrase(sc, e)) return e;
  }
  return -1;
}

/** Most tokens inside a parenthesis that is part of a name. */
const MAX_PARENTHESIS_TOKENS = 3;

/** End (after ")") of a parenthesis of lower-case words containing a head word, or -1. */
function parenthesisEnd(sc: Scanner, open: number): number {
  let hasHead = false;
  for (let k = open + 1; k < sc.n && k <= open + 1 + MAX_PARENTHESIS_TOKENS && !sc.brk(k); k++) {
    const t = sc.toks[k];
    if (t.s === ')') return hasHead ? k + 1 : -1;
    if (t.type !== TokType.Word || t.cap) return -1;
    if (sc.headAt(k)) hasHead = true;
  }
  return -1;
}

/** Is token i past the end of a phrase (punctuation, line end, a lower-case word, the text end)? */
export function endsPhrase(sc: Scanner, i: number): boolean {
  if (i >= sc.n || sc.brk(i)) return true;
  const t = sc.toks[i];
  return t.type === TokType.Punct || (t.type === TokType.Word && !t.cap);
}

/** After a place: the phrase ends, or a person's name follows (Община Благоевград Илко Стоянов). */
export function placeEnds(sc: Scanner, i: number, tb: CompiledTable): boolean {
  if (endsPhrase(sc, i)) return true;
  return sc.isPersonWord(i, tb) || (sc.isWord(i + 1) && !sc.brk(i + 1) && sc.toks[i].cap && sc.toks[i + 1].cap && endsPhrase(sc, i + 2));
}

/** Most words in a uk/ru comma list inside a name (коледж промисловості, інформаційних технологій та бізнесу). */
const MAX_CYR_LIST_WORDS = 6;

/**
 * ", інформаційних технологій та бізнесу": lower-case genitive words, commas, then "та"/"і"/"и" and
 * the last genitive word(s); its end, or -1. A list that stops before its connector is no part of the name.
 */
function cyrCommaList(sc: Scanner, comma: number, tb: CompiledTable): number {
  let k = comma + 1;
  let sawAnd = false;
  let words = 0;
  const st: CyrState = { prevCapAdj: false, prevGenPl: false };
  while (k < sc.n && !sc.brk(k) && words < MAX_CYR_LIST_WORDS) {
    const t = sc.toks[k];
    if (t.s === ',' && !sawAnd && words > 0) {
      k++;
      continue;
    }
    if (tb.connectors.has(t.lo) && !sawAnd && words > 0) {
      sawAnd = true;
      k++;
      continue;
    }
    if (t.type !== TokType.Word || t.cap || sc.headAt(k) || cyrWord(sc, k, tb, st) !== 'low') break;
    st.prevGenPl = /[иіы]х$/.test(t.lo);
    words++;
    k++;
  }
  return sawAnd && k > comma + 1 && sc.toks[k - 1].type === TokType.Word && !tb.connectors.has(sc.toks[k - 1].lo) ? k : -1;
}

/** A registry abbreviation of a university or academy (КГУ, МГУ): an institute or college of it carries it. */
function isUniversityAbbreviation(s: string, lang: Lang): boolean {
  return registryByAbbreviation(s, lang).some((e) => e.kind === 'university' || e.kind === 'academy');
}

/** Heads of a university's units that carry its name after them (колледж КГУ, Институт физики и химии МГУ). */
const UNIT_HEADS: ReadonlySet<string> = new Set(['college', 'institute']);

/** uk/ru complement word: 'cap' / 'low' / null (not part of the name). */
function cyrWord(sc: Scanner, k: number, tb: CompiledTable, st: CyrState, capsHead = false, unitHead = false): 'cap' | 'low' | null {
  const t = sc.toks[k];
  if (t.type !== TokType.Word || tb.stop.has(t.lo) || sc.isPersonWord(k, tb)) return null;
  if (isRoman(t.s)) return 'cap';
  // A name written in capitals (ДЕРЖАВНИЙ УНІВЕРСИТЕТ ІНТЕЛЕКТУАЛЬНИХ ТЕХНОЛОГІЙ І ЗВ’ЯЗКУ): its words read as lower case.
  if (capsHead && t.caps && t.s.length > MAX_CAPS_ACRONYM) {
    const gen = tb.t.genitive;
    return gen && !tb.t.verbEndings?.test(t.lo) && (gen.test(t.lo) || st.prevGenPl || tb.zeroGenitives.has(t.lo)) ? 'low' : null;
  }
  if (sc.isAcronymShape(k)) {
    const m = sc.headAt(k);
    // "Інститут фізики НАН України": an academy of sciences is part of its institutes' names.
    return (m && m.abbr && st.prevCapAdj) || tb.capitalGenitives.has(t.lo) || tb.placeAbbreviations.has(t.s) || isResearchAbbreviation(t.s, tb.lang)
      || (unitHead && isUniversityAbbreviation(t.s, tb.lang)) ? 'cap' : null;
  }
  const gen = tb.t.genitive;
  if (!gen || tb.t.verbEndings?.test(t.lo)) return null;
  if (t.cap) {
    if (tb.t.adjective.test(t.lo) && OBLIQUE_ADJECTIVE_RE.test(t.lo)) return 'cap';
    if (tb.capitalGenitives.has(t.lo)) return 'cap';
    if (st.prevCapAdj && gen.test(t.lo)) return 'cap';
    // A patron without "імені": університет Петра Великого, Ярослава Мудрого.
    const next = sc.toks[k + 1];
    if (next && !next.nl && next.type === TokType.Word && next.cap && OBLIQUE_ADJECTIVE_RE.test(next.lo) && gen.test(t.lo)) return 'cap';
    return null;
  }
  // A nominative plural adjective starts a new phrase ("… академії та прилеглі житлові будинки").
  if (tb.t.adjective.test(t.lo) && NOMINATIVE_PLURAL_ADJECTIVE_RE.test(t.lo)) return null;
  // A participle is the predicate, not the name ("Громади задіяні в роботі …"); not the noun of a
  // genitive adjective before it ("національної пам’яті").
  const prev = sc.toks[k - 1];
  const afterGenAdj = !!prev && prev.type === TokType.Word && tb.t.adjective.test(prev.lo) && GENITIVE_SG_ADJECTIVE_RE.test(prev.lo);
  if (tb.t.participle?.test(t.lo) && !st.prevGenPl && !afterGenAdj) return null;
  if (gen.test(t.lo) || st.prevGenPl || tb.zeroGenitives.has(t.lo)) return 'low';
  return null;
}

/** uk/ru nominative plural adjective endings (прилеглі, новые, другие): never inside a genitive complement. */
const NOMINATIVE_PLURAL_ADJECTIVE_RE = /(?:[^о]і|ые|ие)$/;
/** uk/ru adjective endings of the genitive singular: the word after one is its noun. */
const GENITIVE_SG_ADJECTIVE_RE = /(?:ого|ього|его|ої|ьої|ой|ей)$/;

/** Longest word in capitals read as an abbreviation inside a name in capitals (НАН, ЗВО). */
const MAX_CAPS_ACRONYM = 4;

/** Kinds of public bodies that a capitalised place right after them names (міська рада Любліна). */
const PLACE_NAMED_KINDS: ReadonlySet<string> = new Set(['council', 'other', 'education-authority', 'authority', 'municipality']);

function cyrStep(sc: Scanner, k: number, tb: CompiledTable, r: RightExt, st: CyrState, headKind: string): number {
  const t = sc.toks[k];
  const pe = r.compl === 0 && EDUCATION_HEADS.has(headKind) && properHead(sc, r, k) ? patronAt(sc, k, tb) : -1;
  if (pe > 0) {
    r.compl++;
    r.complCap = true;
    r.end = pe;
    st.prevCapAdj = false;
    st.prevGenPl = false;
    return pe;
  }
  // "Університет Шевченка", "Университета Кембриджа", "університету Болоньї": a capitalised genitive
  // noun (a patron's surname, a city) right after a capitalised education head.
  if (r.compl === 0 && k === r.head + 1 && EDUCATION_HEADS.has(headKind) && properHead(sc, r) && t.type === TokType.Word && t.cap && !t.caps
    && tb.t.genitive?.test(t.lo) && !(tb.t.adjective.test(t.lo) && !OBLIQUE_ADJECTIVE_RE.test(t.lo)) && !tb.stop.has(t.lo)
    && !sc.isPersonWord(k, tb) && !tb.firstNamesNominative.has(t.lo) && !sc.headAt(k) && !tb.countrySet.has(t.lo)) {
    r.compl++;
    r.complCap = true;
    r.end = k + 1;
    return k + 1;
  }
  // "Финансовый университет при правительстве России", "Рада молодих учених при МОН": the body it is attached to names it.
  if (t.lo === 'при' && k + 1 < sc.n && !sc.brk(k + 1) && sc.isWord(k + 1) && ATTACHED_TO_RE.test(sc.toks[k + 1].lo)) {
    r.compl++;
    r.end = k + 2;
    let e = k + 2;
    // Its country after it: "при Президенте Российской Федерации", "при правительстве России".
    while (e < sc.n && e < k + 4 && !sc.brk(e) && sc.isWord(e) && sc.toks[e].cap && (tb.countrySet.has(sc.toks[e].lo) || COUNTRY_ADJECTIVE_RE.test(sc.toks[e].lo))) e++;
    r.end = e;
    st.prevCapAdj = false;
    st.prevGenPl = false;
    return e;
  }
  for (const p of tb.preps) {
    // "в сфере / у сфері …" names a public body's remit (служба по надзору в сфере образования), never a company's or a school's:
    // "с Казанским заводом … в сфере научно-инновационной деятельности" is what the agreement is about.
    if (p.toks.length > 1 && SPHERE_PREPS.has(p.toks[0]) && !SPHERE_KINDS.has(headKind)) continue;
    const e = sc.seqAt(k, p);
    if (e > 0 && sc.isWord(e) && !sc.brk(e) && !tb.stop.has(sc.toks[e].lo) && !sc.toks[e].cap) {
      r.compl++;
      r.end = e + 1;
      st.prevCapAdj = false;
      st.prevGenPl = false;
      return e + 1;
    }
  }
  const capsHead = sc.toks[r.head].caps;
  if (tb.connectors.has(t.lo)) {
    if (r.compl === 0 || k + 1 >= sc.n || sc.brk(k + 1)) return k;
    // In a name in capitals only a word in capitals goes on after "і" (… ТЕХНОЛОГІЙ І ЗВ’ЯЗКУ, not "… та ліцей").
    if (capsHead ? !sc.toks[k + 1].caps : sc.newEntityAt(k + 1)) return k;
    if (!cyrWord(sc, k + 1, tb, { prevCapAdj: false, prevGenPl: false }, capsHead)) return k;
    return k + 1;
  }
  // After a number only an adjective goes on in lower case ("ЗОШ №20 грати буде": a verb, not the name).
  if (!t.cap && sc.toks[k - 1].type === TokType.Num && !tb.t.adjective.test(t.lo)) return k;
  const w = cyrWord(sc, k, tb, st, capsHead, UNIT_HEADS.has(headKind));
  if (!w) {
    // A public body followed by its place: міська рада Любліна, Администрация Курска.
    const gen = tb.t.genitive;
    if (t.cap && !t.caps && gen?.test(t.lo) && !OBLIQUE_ADJECTIVE_RE.test(t.lo) && PLACE_NAMED_KINDS.has(headKind) && !sc.isPersonWord(k, tb) && placeEnds(sc, k + 1, tb)) {
      r.tail0 = k;
      r.end = k + 1;
      return sc.n;
    }
    return k;
  }
  r.compl++;
  if (w === 'cap') r.complCap = true;
  r.end = k + 1;
  st.prevCapAdj = t.cap && (tb.t.adjective.test(t.lo) || tb.capitalGenitives.has(t.lo));
  st.prevGenPl = /[иіы]х$/.test(t.lo);
  return k + 1;
}
