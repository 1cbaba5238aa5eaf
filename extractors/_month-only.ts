/**
 * A month written without a day or year as the time of an event: "у грудні", "в декабре", "w grudniu",
 * "през декември", "in December" → "YYYY-MM". The year is the publication's ("прошлого года" /
 * "last year" → the year before), unless the month lies more than half a year after the publication
 * month (then it was last year's: "у грудні" in a March article). One regex pass over the text.
 */
import type { DateTag, Lang } from '../types.js';
import { isoMonth, parseIsoDay } from './_date-calendar.js';
import { DATE_TABLES } from './_date-lexicon.js';

/** The month forms (`monthsIn`) and prepositions (`monthInBefore`) of each language table, compiled on first use. */
const BEFORE = new Map<Lang, RegExp>();
function beforeRe(lang: Lang): RegExp {
  let re = BEFORE.get(lang);
  if (!re) {
    re = new RegExp(`(?:^|[\\s(,])(?:${DATE_TABLES[lang].monthInBefore.join('|')})\\s+$`, 'u');
    BEFORE.set(lang, re);
  }
  return re;
}
/** A year or day after the month belongs to the full date extractor ("у грудні 2023 року", "March 5"). */
const NUMBER_AFTER = /^[\s\u00a0,.]{0,3}\d/u;
/** "у грудні минулого року": the `lastYear` phrases of every table (a Russian page may quote Ukrainian). */
const LAST_YEAR = new RegExp(`^\\s+(?:${Object.values(DATE_TABLES).flatMap((t) => t.lastYear).join('|')})`, 'u');
/** A month more than this far after the publication month is last year's. */
const MAX_AHEAD = 6;
const LEFT = 12;

/** At most this many tags per text. */
const MAX_TAGS = 100;

const WORD_RE = /\p{L}+/gu;
const INDEX = new Map<Lang, Map<string, number>>();

function monthIndex(lang: Lang): Map<string, number> {
  let ix = INDEX.get(lang);
  if (!ix) {
    ix = new Map(DATE_TABLES[lang].monthsIn.map((f, i) => [f, i + 1] as const));
    INDEX.set(lang, ix);
  }
  return ix;
}

/** Month-only event dates of a text (none without a publication date to take the year from). */
export function monthOnlyDates(text: string, lang: Lang | null, published: string | null): DateTag[] {
  const pub = parseIsoDay(published);
  if (!pub || !lang) return [];
  const ix = monthIndex(lang);
  const out: DateTag[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    if (m[0].length < 3 || m[0].length > 12) continue; // no month form is shorter or longer
    const month = ix.get(m[0].toLowerCase());
    if (month === undefined) continue;
    // English month names are capitalised; "may" / "march" in lower case are other words.
    if (lang === 'en' && m[0][0] === m[0][0].toLowerCase()) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!beforeRe(lang).test(text.slice(Math.max(0, start - LEFT), start).toLowerCase())) continue;
    const right = text.slice(end, end + 24).toLowerCase();
    if (NUMBER_AFTER.test(right)) continue;
    let y = pub.y;
    if (LAST_YEAR.test(right) || month - pub.m > MAX_AHEAD) y = pub.y - 1;
    out.push({ value: isoMonth(y, month), kind: 'event', how: 'month-name', yearInferred: true, text: m[0], start, end, basis: 'absolute' });
    if (out.length >= MAX_TAGS) break; // a real article has a few; hostile text is bounded
  }
  return out;
}
