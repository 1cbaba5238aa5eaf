/**
 * Weekdays as event dates: "у понеділок", "во вторник", "w poniedziałek", "в неделя", "on Tuesday",
 * "Tuesday night" name the most recent such day on or before the publication date; a night "from
 * Saturday to Sunday" ("w nocy z soboty na niedzielę", "в ночь с субботы на воскресенье", "в нощта
 * срещу вторник") names its second day. One regex pass over the text; each hit reads a short slice
 * to its left (the preposition) and right (the "to" of a night, English "night" / "morning").
 */
import type { DateTag, Lang } from '../types.js';
import { isoDate, parseIsoDay, shiftDays } from './_date-calendar.js';

/** Forms that name a day as a time ("у понеділок", "w środę"), by language → weekday (0 = Monday). */
const DAY_FORMS: Record<Lang, Record<string, number>> = {
  uk: {
    'понеділок': 0, 'вівторок': 1, 'середу': 2, 'четвер': 3, "п'ятницю": 4, 'пʼятницю': 4, 'п’ятницю': 4, 'суботу': 5, 'неділю': 6,
  },
  ru: { 'понедельник': 0, 'вторник': 1, 'среду': 2, 'четверг': 3, 'пятницу': 4, 'субботу': 5, 'воскресенье': 6 },
  pl: { 'poniedziałek': 0, 'wtorek': 1, 'środę': 2, 'czwartek': 3, 'piątek': 4, 'sobotę': 5, 'niedzielę': 6 },
  bg: { 'понеделник': 0, 'вторник': 1, 'сряда': 2, 'четвъртък': 3, 'петък': 4, 'събота': 5, 'неделя': 6 },
  en: { 'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3, 'friday': 4, 'saturday': 5, 'sunday': 6 },
};
/** Genitive forms that open a night "from X to Y" ("з суботи на неділю"): never a date themselves. */
const FROM_FORMS: Record<Lang, string[]> = {
  uk: ['понеділка', 'вівторка', 'середи', 'четверга', "п'ятниці", 'пʼятниці', 'п’ятниці', 'суботи', 'неділі'],
  ru: ['понедельника', 'вторника', 'среды', 'четверга', 'пятницы', 'субботы', 'воскресенья'],
  pl: ['poniedziałku', 'wtorku', 'środy', 'czwartku', 'piątku', 'soboty', 'niedzieli'],
  bg: [],
  en: [],
};
/** A preposition or time word right before the day ("у", "во", "w", "on", "last", "минулого"). */
const BEFORE: Record<Lang, RegExp> = {
  uk: /(?:^|[\s(,])(?:у|в|минулого|минулий|цього|цей|ніч\s+на|ніч\s+проти|на)\s+$/u,
  ru: /(?:^|[\s(,])(?:в|во|прошлый|прошлое|этот|это|ночь\s+на|на)\s+$/u,
  pl: /(?:^|[\s(,])(?:w|we|ubiegły|ubiegłą|ostatni|ostatnią|zeszły|zeszłą|minioną|miniony|nocy\s+na|na)\s+$/u,
  bg: /(?:^|[\s(,])(?:в|във|през|миналия|миналата|миналото|този|тази|срещу|на)\s+$/u,
  en: /(?:^|[\s(,])(?:on|last|this|late|early|overnight|into|to)\s+$/u,
};
/** "на" / "na" / "to" before the day only in a night ("з суботи на неділю", "в ночь на воскресенье"). */
const NIGHT_TO = /(?:^|\s)(?:на|na|to|into|срещу)\s+$/u;
const NIGHT_WORD = /(?:ніч|ночь|ночи|nocy|noc|нощ|night|overnight)/u;
/** English days also stand before a part of the day ("Tuesday night", "Monday morning"). */
const EN_AFTER = /^\s+(?:night|morning|evening|afternoon)\b/u;
/** Left context read per day word. */
const LEFT = 40;

/** At most this many tags per text. */
const MAX_TAGS = 100;

const WORD_RE = /[\p{L}'ʼ’]+/gu;

/** Weekday dates of a text, resolved against `published` (none without it). */
export function weekdayDates(text: string, lang: Lang | null, published: string | null): DateTag[] {
  const pub = parseIsoDay(published);
  if (!pub || !lang) return [];
  const forms = DAY_FORMS[lang];
  const from = new Set(FROM_FORMS[lang]);
  const pubDay = (new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay() + 6) % 7;
  const out: DateTag[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    if (m[0].length < 4 || m[0].length > 12) continue; // no day form is shorter or longer
    const word = m[0].toLowerCase();
    const day = forms[word];
    if (day === undefined || from.has(word)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const left = text.slice(Math.max(0, start - LEFT), start).toLowerCase();
    let ok = BEFORE[lang].test(left);
    // "на неділю" is a date only in a night; elsewhere it is a plan ("заплановано на понеділок").
    if (ok && NIGHT_TO.test(left) && !NIGHT_WORD.test(left)) ok = false;
    if (!ok && lang === 'en') ok = EN_AFTER.test(text.slice(end, end + 12));
    if (!ok) continue;
    const back = (pubDay - day + 7) % 7;
    const d = shiftDays(pub, -back);
    const value = isoDate(d.y, d.m, d.d);
    if (value) out.push({ value, kind: 'relative', how: 'relative', yearInferred: false, text: text.slice(start, end), start, end });
    if (out.length >= MAX_TAGS) break; // a real article has a few; hostile text is bounded
  }
  return out;
}
