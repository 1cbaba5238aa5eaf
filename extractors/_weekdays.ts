/**
 * Weekdays as event dates: "у понеділок", "во вторник", "w poniedziałek", "в неделя", "on Tuesday",
 * "Tuesday night", "минулої п'ятниці" name the latest such day on or before the publication date;
 * "наступного понеділка", "в следующую среду", "next Monday" the next one after it; a night "from
 * Saturday to Sunday" ("w nocy z soboty na niedzielę", "в ночь с субботы на воскресенье", "в нощта
 * срещу вторник") names its second day; a day name or abbreviation with a time ("вів о 14:04",
 * "Mon 19:43", "Monday 7:15 AM") is a dateline of that day. A bare day name is no date ("Monday
 * said the minister"). One pass over the words of the text; each hit reads a short slice to its
 * left (the preposition) and right (a time, the "to" of a night, English "night" / "morning").
 * The words are in the language tables (extractors/lang/dates/*.ts, `weekdays`).
 */
import type { DateTag, Lang } from '../types.js';
import { isoDate, parseIsoDay, shiftDays } from './_date-calendar.js';
import { DATE_TABLES } from './_date-lexicon.js';
import { normWord } from './_date-relative-lexicon.js';

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

interface Compiled {
  forms: Map<string, number>;
  genitive: Map<string, number>;
  names: Map<string, number>;
  before: RegExp;
  next: RegExp;
  pastGenitive: RegExp;
  /** Sticky: a time right after a day name ("о 14:04", " 19:43", ", 7:15 AM"). */
  time: RegExp;
  minLen: number;
  maxLen: number;
}

const alt = (parts: string[]) => (parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)');
const COMPILED = new Map<Lang, Compiled>();

function compiled(lang: Lang): Compiled {
  let c = COMPILED.get(lang);
  if (!c) {
    const w = DATE_TABLES[lang].weekdays;
    const map = (r: Record<string, number>) => new Map(Object.entries(r).map(([k, v]) => [normWord(k), v] as const));
    const all = [...Object.keys(w.forms), ...Object.keys(w.genitive), ...Object.keys(w.names)];
    c = {
      forms: map(w.forms),
      genitive: map(w.genitive),
      names: map(w.names),
      before: new RegExp(`(?:^|[\\s(,])${alt(w.before)}\\s+$`, 'u'),
      next: new RegExp(`(?:^|[\\s(,])${alt(w.next)}\\s+$`, 'u'),
      pastGenitive: new RegExp(`(?:^|[\\s(,])${alt(w.pastGenitive)}\\s+$`, 'u'),
      time: new RegExp(`[\\s\\u00a0]{0,2},?[\\s\\u00a0]{1,3}(?:${alt(w.timeLink)}[\\s\\u00a0]{1,3})?\\d{1,2}:\\d{2}(?!\\d)`, 'iuy'),
      minLen: Math.min(...all.map((k) => k.length)),
      maxLen: Math.max(...all.map((k) => k.length)),
    };
    COMPILED.set(lang, c);
  }
  return c;
}

/** Weekday dates of a text, resolved against `published` (none without it). */
export function weekdayDates(text: string, lang: Lang | null, published: string | null): DateTag[] {
  const pub = parseIsoDay(published);
  if (!pub || !lang) return [];
  const c = compiled(lang);
  const anchor = isoDate(pub.y, pub.m, pub.d);
  const pubDay = (new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay() + 6) % 7;
  const out: DateTag[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    if (m[0].length < c.minLen || m[0].length > c.maxLen) continue; // no day word is shorter or longer
    const word = normWord(m[0]);
    const form = c.forms.get(word);
    const gen = c.genitive.get(word);
    const name = c.names.get(word);
    if (form === undefined && gen === undefined && name === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const left = text.slice(Math.max(0, start - LEFT), start).toLowerCase();
    let day: number | undefined;
    let ahead = false;
    if (form !== undefined || gen !== undefined) {
      if (c.next.test(left)) {
        day = form ?? gen;
        ahead = true;
      } else if (form !== undefined && c.before.test(left)) {
        // "на неділю" is a date only in a night; elsewhere it is a plan ("заплановано на понеділок").
        if (!(NIGHT_TO.test(left) && !NIGHT_WORD.test(left))) day = form;
      } else if (gen !== undefined && c.pastGenitive.test(left)) {
        day = gen;
      }
      if (day === undefined && form !== undefined && lang === 'en' && EN_AFTER.test(text.slice(end, end + 12))) day = form;
    }
    if (day === undefined && name !== undefined) {
      c.time.lastIndex = end;
      if (c.time.test(text)) day = name;
    }
    if (day === undefined) continue;
    const shift = ahead ? ((day - pubDay + 6) % 7) + 1 : -((pubDay - day + 7) % 7);
    const d = shiftDays(pub, shift);
    out.push({
      value: isoDate(d.y, d.m, d.d), kind: 'relative', how: 'relative', yearInferred: false,
      text: text.slice(start, end), start, end, basis: 'relative', anchor,
    });
    if (out.length >= MAX_TAGS) break; // a real article has a few; hostile text is bounded
  }
  return out;
}
