/**
 * Compiles the relative-date vocabulary of the per-language tables (extractors/lang/dates/*.ts)
 * into lookups, once per set of languages (cached): unit words, number words, and the trigger
 * words the word scan of dates.ts stops at. Every direction word and fixed phrase is keyed by its
 * last word ("назад" of "тому назад", "году" of "в прошлом году", "now" of "from now"); the matcher
 * (extractors/_date-relative.ts) checks the words before it.
 */
import type { Lang } from '../types.js';
import { DATE_UNITS, type DateLangTable, type DateShift, type DateUnit } from './_date-table.js';

export type Direction = 'ago-after' | 'later-after' | 'ago-before' | 'in-before' | 'phrase';

export interface Trigger {
  /** The words of the entry, lower case, apostrophes as "'", hyphenated words split ("по-късно" → по, късно). */
  words: string[];
  direction: Direction;
  /** For a phrase: its offset. */
  shift?: DateShift;
  /** The word counts only at the end of a clause ("4 days before."). */
  clauseEnd?: boolean;
}

export interface RelativeLexicon {
  units: Map<string, DateUnit>;
  /** Unit forms written as abbreviations, which may carry a dot inside a duration ("2 ч. 21 мин. назад"). */
  abbreviations: Set<string>;
  single: Set<string>;
  unitWords: Map<string, DateShift>;
  numbers: Map<string, number>;
  vague: Set<string>;
  /** "About" phrases, as word lists. */
  approx: string[][];
  join: Set<string>;
  /** Prepositions that make a duration after them an amount ("на 2 дня позже"). */
  amountBefore: Set<string>;
  /** First words of the several-word "about" phrases and unit words ("less" of "less than", "пів" of "пів року"). */
  leads: Set<string>;
  notAfterDuration: Set<string>;
  /** Last word of a direction word or phrase → the entries ending with it, longest first. */
  triggers: Map<string, Trigger[]>;
}

/** Unit rank: a compound duration lists its units largest first ("1 год, 2 месяца и 3 дня"). */
export const UNIT_RANK: Record<DateUnit, number> = Object.fromEntries(DATE_UNITS.map((u, i) => [u, DATE_UNITS.length - i])) as Record<DateUnit, number>;

/** Lower case with every apostrophe as "'" (п'ять, пʼять, п’ять). */
export function normWord(w: string): string {
  const l = w.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 0x2bc || c === 0x2019 || c === 0x60) return l.replace(/[ʼ’`]/g, "'");
  }
  return l;
}

export function splitWords(phrase: string): string[] {
  return normWord(phrase).split(/[\s-]+/u).filter((w) => w.length > 0);
}

const cache = new Map<string, RelativeLexicon>();

/** The compiled relative vocabulary of `tables` (the first table wins a word two languages spell alike). */
export function relativeLexicon(key: string, tables: readonly DateLangTable[]): RelativeLexicon {
  const hit = cache.get(key);
  if (hit) return hit;
  const lex: RelativeLexicon = {
    units: new Map(),
    abbreviations: new Set(),
    single: new Set(),
    unitWords: new Map(),
    numbers: new Map(),
    vague: new Set(),
    approx: [],
    join: new Set(),
    amountBefore: new Set(),
    leads: new Set(),
    notAfterDuration: new Set(),
    triggers: new Map(),
  };
  const setOnce = <V>(m: Map<string, V>, k: string, v: V) => {
    if (!m.has(k)) m.set(k, v);
  };
  const addTrigger = (phrase: string, t: Omit<Trigger, 'words'>) => {
    const words = splitWords(phrase);
    const last = words[words.length - 1];
    const list = lex.triggers.get(last) ?? [];
    if (!list.some((x) => x.direction === t.direction && x.words.join(' ') === words.join(' '))) list.push({ words, ...t });
    list.sort((a, b) => b.words.length - a.words.length);
    lex.triggers.set(last, list);
  };
  for (const t of tables) {
    for (const [unit, forms] of Object.entries(t.units) as [DateUnit, string[]][]) for (const f of forms) setOnce(lex.units, normWord(f), unit);
    for (const f of t.singleUnits) lex.single.add(normWord(f));
    for (const [w, s] of Object.entries(t.unitWords)) setOnce(lex.unitWords, splitWords(w).join(' '), s);
    for (const [w, n] of Object.entries(t.numbers)) setOnce(lex.numbers, normWord(w), n);
    for (const w of t.vagueNumbers) lex.vague.add(normWord(w));
    for (const w of t.approx) lex.approx.push(splitWords(w));
    for (const w of t.durationJoin) lex.join.add(normWord(w));
    for (const w of t.amountBefore) lex.amountBefore.add(normWord(w));
    for (const w of t.notAfterDuration ?? []) lex.notAfterDuration.add(normWord(w));
    const clauseEnd = new Set((t.clauseEndOnly ?? []).map(normWord));
    for (const w of t.agoAfter) addTrigger(w, { direction: 'ago-after', clauseEnd: clauseEnd.has(normWord(w)) });
    for (const w of t.laterAfter) addTrigger(w, { direction: 'later-after', clauseEnd: clauseEnd.has(normWord(w)) });
    for (const w of t.agoBefore) addTrigger(w, { direction: 'ago-before' });
    for (const w of t.inBefore) addTrigger(w, { direction: 'in-before' });
    for (const [p, shift] of Object.entries(t.relativePhrases)) addTrigger(p, { direction: 'phrase', shift });
  }
  lex.approx.sort((a, b) => b.length - a.length);
  for (const a of lex.approx) lex.leads.add(a[0]);
  for (const k of lex.unitWords.keys()) if (k.includes(' ')) lex.leads.add(k.slice(0, k.indexOf(' ')));
  // An abbreviation: a unit form that begins a longer form of its unit and is not a word meaning one unit ("мин" of "минута").
  for (const [form, unit] of lex.units) {
    if (lex.single.has(form)) continue;
    for (const [other, u] of lex.units) if (u === unit && other.length > form.length && other.startsWith(form)) lex.abbreviations.add(form);
  }
  cache.set(key, lex);
  return lex;
}

export function langKey(langs: readonly Lang[]): string {
  return langs.join(',');
}
