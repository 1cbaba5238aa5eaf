/**
 * The shape of one language's date vocabulary (extractors/lang/dates/<lang>.ts). Adding a language
 * to date extraction is adding one such table. Phrase fields are regular-expression sources
 * (no capturing groups, no nested quantifiers); they are matched case-insensitively, whole words.
 */
import type { Locale } from 'date-fns';
import type { Lang } from '../types.js';

export interface DateLangTable {
  lang: Lang;
  /** date-fns locale: its month names (formatting = genitive, standalone = nominative, abbreviated) seed the month table. */
  locale: Locale;
  /** Month forms date-fns does not give (locative "у березні", "w marcu", ASCII spellings, extra abbreviations) → 1..12. */
  extraMonths: Record<string, number>;
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
}
