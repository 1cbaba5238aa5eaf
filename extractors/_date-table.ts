/**
 * The shape of one language's date vocabulary (extractors/lang/dates/<lang>.ts). Adding a language
 * to date extraction is adding one such table. Phrase fields are regular-expression sources
 * (no capturing groups, no nested quantifiers); they are matched case-insensitively, whole words.
 */
import type { Locale } from 'date-fns';
import type { Lang } from '../types.js';

export const DATE_UNITS = ['decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
/** Units of a duration, largest first. */
export type DateUnit = (typeof DATE_UNITS)[number];
/** An offset from the publication date by unit; negative numbers lie before it. */
export type DateShift = Partial<Record<DateUnit, number>>;

/**
 * Day numbers written as words before a month name ("двадцать восьмое марта", "first of June").
 * ones[n - 1]: the forms of n for 1..19; tens[0] / tens[1]: the forms of 20 / 30; tensLead[0] /
 * tensLead[1]: the first word of 21..29 / 31 ("двадцать", "dwudziestego"), followed by an optional
 * join word ("двадесет и първи") and a form of 1..9. `withYear` holds forms that count only in a
 * date with its year written (English cardinals: "Twenty three January 1997").
 */
export interface DayForms {
  ones: string[][];
  tens: [string[], string[]];
  tensLead: [string[], string[]];
}
export interface DayWords extends DayForms {
  join?: string[];
  withYear?: DayForms;
}

/** Weekday words of one language; every map gives the weekday, 0 = Monday. */
export interface WeekdayWords {
  /** Forms naming a day as a time after a preposition or time word: "понеділок" ("у понеділок"), "środę", "Tuesday". */
  forms: Record<string, number>;
  /** Genitive forms ("з суботи на неділю"): never a date alone; a date after a word of `pastGenitive` or `next`. */
  genitive: Record<string, number>;
  /** Names and abbreviations of datelines and forum stamps, a date when a time follows: "вів о 14:04", "Mon 19:43". */
  names: Record<string, number>;
  /** Words right before a day form that make it the latest such day (regex sources): "у", "минулого", "on", "last". */
  before: string[];
  /** Words before a day form or its genitive that make it the next such day: "наступного", "в следующий", "next". */
  next: string[];
  /** Words before a genitive form that make it the latest such day: "минулої" ("минулої п'ятниці"). */
  pastGenitive: string[];
  /** Words between a day name and its time: "о", "в", "at". */
  timeLink: string[];
}

export interface DateLangTable {
  lang: Lang;
  /** date-fns locale: its month names (formatting = genitive, standalone = nominative, abbreviated) seed the month table. */
  locale: Locale;
  /** Month forms date-fns does not give (locative "у березні", "w marcu", ASCII spellings, extra abbreviations) → 1..12. */
  extraMonths: Record<string, number>;
  /** Short month forms that are also words ("лис", "чер"): months only with a day ("21 чер 2013"). */
  dayMonths?: Record<string, number>;
  /** Month names are written with a capital letter only (English): lower-case "may", "march" are not months. */
  capitalisedMonths?: boolean;
  /** Whole words for days relative to the publication date → offset in days. */
  relativeDays: Record<string, number>;
  /** Year markers written after a year: "р.", "року", "г.", "года", "r.", "roku", "година". */
  yearMarkers: string[];
  /** "At night" phrase before a night's date or range: "у ніч", "в ночь", "w nocy", "в нощта", "on the night of". */
  nightPrefix: string[];
  /** Word between the night phrase and the date: "на" ("у ніч на 29 жовтня"), "срещу". */
  nightLink: string[];
  /** Word after the night phrase before the first of two days: "у ніч з 28 на 29", "w nocy z", "в нощта на 28 срещу 29". */
  nightFrom: string[];
  /** Words joining the two days of a night: "з 28 на 29" — the night from the 28th to the 29th. */
  nightJoin: string[];
  /** Words starting a range or a validity start: "з", "від", "с", "od", "от", "from", "since". */
  rangeFrom: string[];
  /** Words joining the two ends of a range: "по", "до", "do", "to", "until". */
  rangeTo: string[];
  /** Words before a validity end or deadline: "до", "по", "do", "until", "till", "through". */
  until: string[];
  /** Day numbers in words before a month name. */
  dayWords: DayWords;
  /** Weekdays as dates (extractors/_weekdays.ts). */
  weekdays: WeekdayWords;
  /** A month without a day as an event time (extractors/_month-only.ts): its 12 forms after the preposition ("грудні" of "у грудні"). */
  monthsIn: string[];
  /** The prepositions before such a month: "у", "в", "w", "през", "in" (regex sources). */
  monthInBefore: string[];
  /** Words after such a month that put it in the year before the publication: "минулого року", "last year" (regex sources). */
  lastYear: string[];
  /** Words before a four-digit year that make it a year: "год 2000" (regex sources). */
  yearMarkersBefore: string[];
  /**
   * Phrases for a fixed offset from the publication date, one or more words (matched whole,
   * any case): "в прошлом году" → { year: -1 }, "онзи ден" → { day: -2 }, "last month" → { month: -1 }.
   * Not a week named as a whole ("минулого тижня", "last week"): an ISO value cannot hold a week.
   */
  relativePhrases: Record<string, DateShift>;
  /** Every form of each unit word used after a number: "дня", "дней", "тижнів", "godz", "седм", "hrs". */
  units: Partial<Record<DateUnit, string[]>>;
  /** Unit forms that mean one unit with no number: "неделю назад", "преди година", "tydzień temu", "через год". */
  singleUnits: string[];
  /** Words that are a number and a unit at once: "полгода" → { month: 6 }, "півгодини" → { minute: 30 }. */
  unitWords: Record<string, DateShift>;
  /** Number words: "два", "дві", "пару", "полтора", "a", "twenty". Tens (20, 30, ...) combine with a following 1..9. */
  numbers: Record<string, number>;
  /** Vague quantities: a duration counted with one is no date ("несколько дней назад", "kilka lat temu"). */
  vagueNumbers: string[];
  /** Words or phrases after a duration that put it before the publication: "назад", "тому", "temu", "ago". */
  agoAfter: string[];
  /** Words before a duration that put it before the publication: "преди", "przed". */
  agoBefore: string[];
  /** Words or phrases after a duration that put it after the publication: "спустя", "później", "later", "from now". */
  laterAfter: string[];
  /** Words before a duration that put it after the publication: "через", "za", "след", "in". */
  inBefore: string[];
  /** Words or phrases for "about" before a number: "около", "близько", "about", "less than". */
  approx: string[];
  /** Words joining the parts of a compound duration: "и", "і", "i", "and". */
  durationJoin: string[];
  /** Prepositions before a duration that make it an amount, not a time: "на 2 дня позже", "с една седмица по-късно", "o tydzień później". */
  amountBefore: string[];
  /** Direction words that count only at the end of a clause: English "4 days before" (not "4 days before the vote"). */
  clauseEndOnly?: string[];
  /** Words that may not follow a duration after an inBefore word: "after 4 days of talks", "in 3 years of war". */
  notAfterDuration?: string[];
}
