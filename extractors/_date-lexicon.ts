/**
 * Compiles the per-language date tables (extractors/lang/dates/*.ts) into lookups and regular
 * expressions, once per set of languages (cached). Month names come from the date-fns locales
 * (formatting = genitive "грудня", standalone = nominative "грудень", abbreviated "груд.") plus each
 * table's extra forms.
 */
import type { Lang } from '../types.js';
import type { DateLangTable, DayForms } from './_date-table.js';
import { normWord, relativeLexicon, type RelativeLexicon } from './_date-relative-lexicon.js';
import { BG_DATES } from './lang/dates/bg.js';
import { EN_DATES } from './lang/dates/en.js';
import { PL_DATES } from './lang/dates/pl.js';
import { RU_DATES } from './lang/dates/ru.js';
import { UK_DATES } from './lang/dates/uk.js';

export const DATE_TABLES: Record<Lang, DateLangTable> = { uk: UK_DATES, ru: RU_DATES, pl: PL_DATES, bg: BG_DATES, en: EN_DATES };

export interface MonthForm {
  month: number;
  /** Only a capitalised spelling counts (the form exists only in a capitalised-months language). */
  capitalisedOnly: boolean;
  /** The form is English: month-first dates ("November 19, 2019") are tried. */
  monthFirst: boolean;
  /** The form names a month only with a day ("21 чер 2013", not "чер 2013"). */
  needsDay: boolean;
}

/** A day number written in words: "двадцать восьмое" → 28; `withYear`: counts only in a date with its year. */
export interface DayWord {
  day: number;
  withYear: boolean;
}

export interface DateLexicon {
  months: Map<string, MonthForm>;
  relative: Map<string, number>;
  /** Relative durations and phrases ("2 дня назад", "в прошлом году"). */
  rel: RelativeLexicon;
  /** Day numbers in words, keyed by their words joined with one space (lower case, apostrophes as "'"). */
  dayWords: Map<string, DayWord>;
  /** The most words a day number in words has ("двадесет и осми" has 3). */
  maxDayWords: number;
  /** The last word of every day number in words ("восьмое", "first"): a quick test before the lookup. */
  dayWordEnds: Set<string>;
  /** The last letters of those words (lower case code units): a quicker test still. */
  dayWordLastChars: Set<number>;
  /** Sticky: optional spaces and a year marker ("р.", "roku", "г.") at lastIndex. */
  yearMarker: RegExp;
  /** Global: a four-digit year followed by a year marker ("2022 року", "2020r."). */
  yearWithMarker: RegExp;
  /** Words that make a four-digit year after them a year ("год 2000"), lower case. */
  yearMarkersBefore: Set<string>;
  /** On the text left of a month word, anchored at its end: "1–5 ", "з 28 на 29 ". Groups: day1, joiner, day2. */
  dayRangeBefore: RegExp;
  /** On the text left of a month word: "8. ", "19th of ", "30-го ". Group: day. */
  dayBefore: RegExp;
  /** Left of a date: "у ніч на ", "в ночь на ", "on the night of ". */
  nightBefore: RegExp;
  /** Left of a day range: "у ніч з ", "w nocy z ", "в нощта на ". */
  nightBeforeRange: RegExp;
  /** Left of a date: "з ", "від ", "od ", "from ". */
  fromBefore: RegExp;
  /** Left of a date: "до ", "do ", "until ". */
  untilBefore: RegExp;
  /** A night joiner word ("на", "срещу"), to tell a night "з 28 на 29" from a range "з 1 по 5". */
  nightJoin: RegExp;
  /** The whole gap between two dates that makes them a range: " – ", " по ", " do ". */
  rangeGap: RegExp;
}

/** Ordinal endings after a day number: 19th, 1-го, 30-те. */
const ORDINAL = '(?:st|nd|rd|th|-?(?:го|ого|ий|й|е|я|те|ти|ви|ри|ми))?';
const SP = '[\\s\\u00a0]';
/** Characters that may not stand right before a day number: it would be part of another number or word. */
const NOT_BEFORE_NUMBER = '(?<![\\p{L}\\d.,:/+-])';

function alt(parts: string[]): string {
  return parts.length > 0 ? `(?:${[...parts].sort((a, b) => b.length - a.length).join('|')})` : '(?!)';
}

function addMonth(map: Map<string, MonthForm>, form: string, month: number, table: DateLangTable, needsDay = false): void {
  const key = form.replace(/\.$/, '').toLowerCase();
  if (key.length < 3 && !/^\p{L}{2}$/u.test(key)) return;
  const prev = map.get(key);
  const capitalisedOnly = table.capitalisedMonths === true;
  const monthFirst = table.lang === 'en';
  if (prev) {
    // Shared by several languages: capitalisation is required only if every language requires it.
    map.set(key, { month, capitalisedOnly: prev.capitalisedOnly && capitalisedOnly, monthFirst: prev.monthFirst || monthFirst, needsDay: prev.needsDay && needsDay });
  } else {
    map.set(key, { month, capitalisedOnly, monthFirst, needsDay });
  }
}

/** Every spelling of 1..31 of one table's day words. */
function addDayWords(map: Map<string, DayWord>, w: DayForms, join: string[], withYear: boolean): void {
  const put = (phrase: string, day: number) => {
    const key = phrase.split(/[\s-]+/u).map(normWord).join(' ');
    if (!map.has(key)) map.set(key, { day, withYear });
  };
  w.ones.forEach((forms, i) => forms.forEach((f) => put(f, i + 1)));
  w.tens.forEach((forms, t) => forms.forEach((f) => put(f, 20 + 10 * t)));
  w.tensLead.forEach((leads, t) => {
    for (let u = 1; u <= (t === 0 ? 9 : 1); u++) {
      for (const lead of leads) {
        for (const f of w.ones[u - 1]) {
          put(`${lead} ${f}`, 20 + 10 * t + u);
          for (const j of join) put(`${lead} ${j} ${f}`, 20 + 10 * t + u);
        }
      }
    }
  });
}

const cache = new Map<string, DateLexicon>();

/** The compiled lexicon for `langs` (the document's language plus English, or all five). */
export function dateLexicon(langs: readonly Lang[]): DateLexicon {
  const key = [...langs].sort().join(',');
  const hit = cache.get(key);
  if (hit) return hit;
  const tables = langs.map((l) => DATE_TABLES[l]);
  const months = new Map<string, MonthForm>();
  const relative = new Map<string, number>();
  for (const t of tables) {
    for (let i = 0; i < 12; i++) {
      for (const width of ['wide', 'abbreviated'] as const) {
        for (const context of ['formatting', 'standalone'] as const) {
          addMonth(months, String(t.locale.localize.month(i as 0, { width, context })), i + 1, t);
        }
      }
    }
    for (const [form, m] of Object.entries(t.extraMonths)) addMonth(months, form, m, t);
    for (const [form, m] of Object.entries(t.dayMonths ?? {})) addMonth(months, form, m, t, true);
    for (const [w, d] of Object.entries(t.relativeDays)) relative.set(w.toLowerCase(), d);
  }
  const collect = (f: (t: DateLangTable) => string[]) => tables.flatMap(f);
  const markers = alt(collect((t) => t.yearMarkers));
  const joinWords = alt(collect((t) => [...t.rangeTo, ...t.nightJoin]));
  const dayWords = new Map<string, DayWord>();
  for (const t of tables) {
    addDayWords(dayWords, t.dayWords, t.dayWords.join ?? [], false);
    if (t.dayWords.withYear) addDayWords(dayWords, t.dayWords.withYear, t.dayWords.join ?? [], true);
  }
  let maxDayWords = 1;
  const dayWordEnds = new Set<string>();
  for (const k of dayWords.keys()) {
    const w = k.split(' ');
    maxDayWords = Math.max(maxDayWords, w.length);
    dayWordEnds.add(w[w.length - 1]);
  }
  const dayWordLastChars = new Set<number>();
  for (const w of dayWordEnds) dayWordLastChars.add(w.charCodeAt(w.length - 1));
  const lex: DateLexicon = {
    months,
    relative,
    rel: relativeLexicon(key, tables),
    dayWords,
    maxDayWords,
    dayWordEnds,
    dayWordLastChars,
    yearMarker: new RegExp(`${SP}{0,2}${markers}(?![\\p{L}])`, 'iuy'),
    yearWithMarker: new RegExp(`${NOT_BEFORE_NUMBER}(\\d{4})${SP}{0,2}${markers}(?![\\p{L}])`, 'giu'),
    yearMarkersBefore: new Set(collect((t) => t.yearMarkersBefore).map((w) => w.toLowerCase())),
    dayRangeBefore: new RegExp(
      `${NOT_BEFORE_NUMBER}(\\d{1,2})${ORDINAL}\\.?(${SP}{0,3}[-–—]${SP}{0,3}|${SP}{1,3}${joinWords}${SP}{1,3})(\\d{1,2})${ORDINAL}\\.?${SP}{1,3}$`,
      'iu',
    ),
    dayBefore: new RegExp(`${NOT_BEFORE_NUMBER}(\\d{1,2})${ORDINAL}(?:\\.${SP}{0,3}|${SP}{1,3}(?:day${SP}{1,3})?of${SP}{1,3}|${SP}{1,3})$`, 'iu'),
    nightBefore: new RegExp(`(?<!\\p{L})${alt(collect((t) => t.nightPrefix))}(?:${SP}{1,3}${alt(collect((t) => t.nightLink))})?${SP}{1,3}$`, 'iu'),
    nightBeforeRange: new RegExp(
      `(?<!\\p{L})${alt(collect((t) => t.nightPrefix))}(?:${SP}{1,3}${alt(collect((t) => [...t.nightLink, ...t.nightFrom]))})?${SP}{1,3}$`,
      'iu',
    ),
    fromBefore: new RegExp(`(?<!\\p{L})${alt(collect((t) => t.rangeFrom))}${SP}{1,3}$`, 'iu'),
    untilBefore: new RegExp(`(?<!\\p{L})${alt(collect((t) => t.until))}${SP}{1,3}$`, 'iu'),
    nightJoin: new RegExp(`^${SP}*${alt(collect((t) => t.nightJoin))}${SP}*$`, 'iu'),
    rangeGap: new RegExp(`^${SP}{0,3}(?:[-–—]|${alt(collect((t) => t.rangeTo))})${SP}{0,3}$`, 'iu'),
  };
  cache.set(key, lex);
  return lex;
}
