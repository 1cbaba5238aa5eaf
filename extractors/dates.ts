/**
 * Dates inside a text, in uk / ru / pl / bg / en: numeric (30.08.2020, 2020-08-30, 8.12.2020 r.,
 * 26.10.21), month names in any case form and order (8. grudnia 2020r., 30 августа, 19 November,
 * 2019, Авг 26, 2015, 2015-кві-12, у березні 2022, двадцать восьмое марта), ranges (1–5 września
 * 2022, з 1 по 5 вересня, from 1 September to 5 October, June 12-14), nights ("у ніч на 29 жовтня" =
 * the 29th, with the 28th as the range start), validity ends ("do 30 czerwca 2022 roku"), years
 * with a marker ("у 2022 році"), and, against the publication date, relative days (вчора, wczoraj,
 * онзи ден), relative expressions ("2 дня назад", "через 2 дні", "6 tygodni temu", "в прошлом
 * году", extractors/_date-relative.ts), weekdays (extractors/_weekdays.ts) and bare months ("у
 * грудні", extractors/_month-only.ts). Linear: words and numbers are found by global scans; the
 * context of each is read from a short slice around it.
 *
 * Parts: _date-numeric.ts (numbers), _date-words.ts (month names, relative words), _date-emit.ts
 * (groups to tags); the vocabulary is in extractors/lang/dates/<lang>.ts.
 */
import type { DateTag, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { parseAnchor } from './_date-calendar.js';
import { emit, fillYear } from './_date-emit.js';
import type { Group } from './_date-groups.js';
import { dateLexicon, type DateLexicon } from './_date-lexicon.js';
import { collectNumeric, collectYears } from './_date-numeric.js';
import { collectWords, LEFT_CONTEXT } from './_date-words.js';
import { monthOnlyDates } from './_month-only.js';
import { weekdayDates } from './_weekdays.js';

export interface DateContext {
  lang: Lang | null;
  /** ISO date (or timestamp) of publication: the year of dates written without one, the base of "yesterday". */
  published: string | null;
}


/** The widest gap between two dates that still joins them into a range (" – ", " по ", " do dnia "). */
const MAX_RANGE_GAP = 14;
/** A weekday right before a full date names that date ("Tuesday, 22 July 2014", "вівторок, 5 травня"), not a day of its own. */
const WEEKDAY_BEFORE_DATE = /^[\s\u00a0,.]{0,3}$/u;

function langsFor(lang: Lang | null): readonly Lang[] {
  if (lang === null) return LANGS;
  return lang === 'en' ? ['en'] : [lang, 'en'];
}

/** Keep the earliest, then longest, of overlapping groups. */
function dropOverlaps(groups: Group[]): Group[] {
  groups.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: Group[] = [];
  let lastEnd = -1;
  for (const g of groups) {
    if (g.start >= lastEnd) {
      kept.push(g);
      lastEnd = g.end;
    }
  }
  return kept;
}

function isDay(g: Group): boolean {
  return g.shape === 'single' && g.a.d !== null;
}

/** Read the words just left of each group: night phrases, range and validity words; join date pairs into ranges. */
function applyContext(text: string, groups: Group[], lex: DateLexicon): void {
  const leftOf = (g: Group, floor: number) => {
    const from = Math.max(floor, g.start - LEFT_CONTEXT);
    return { from, left: text.slice(from, g.start) };
  };
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const floor = i > 0 ? groups[i - 1].end : 0;
    if (g.shape === 'relative' || g.role === 'range-end') continue;
    const { from, left } = leftOf(g, floor);
    if (g.shape === 'range' || g.shape === 'night') {
      const night = lex.nightBeforeRange.exec(left);
      if (night) {
        g.shape = 'night';
        g.start = from + night.index;
        continue;
      }
      const f = lex.fromBefore.exec(left);
      if (f) g.start = from + f.index;
      continue;
    }
    const night = isDay(g) ? lex.nightBefore.exec(left) : null;
    if (night) {
      g.shape = 'night';
      g.b = g.a;
      g.start = from + night.index;
      continue;
    }
    const f = lex.fromBefore.exec(left);
    const next = groups[i + 1];
    if (next && isDay(g) && isDay(next) && next.start - g.end <= MAX_RANGE_GAP) {
      const gap = text.slice(g.end, next.start);
      if (lex.rangeGap.test(gap) && (f || /[-–—]/.test(gap))) {
        g.role = 'range-start';
        next.role = 'range-end';
        if (f) g.start = from + f.index;
        continue;
      }
    }
    if (f) {
      g.prefix = 'from';
      g.start = from + f.index;
      continue;
    }
    const u = lex.untilBefore.exec(left);
    if (u) {
      g.prefix = 'until';
      g.start = from + u.index;
    }
  }
}

/** Every date in `text`, sorted by start. Dates without a year need `ctx.published`; relative days too. */
export function extractDates(text: string, ctx: DateContext): DateTag[] {
  const lex = dateLexicon(langsFor(ctx.lang));
  const pub = parseAnchor(ctx.published);
  const found: Group[] = [];
  collectNumeric(text, ctx.lang, pub, lex, found);
  collectWords(text, lex, pub, found);
  collectYears(text, lex, found);
  const groups = dropOverlaps(found);
  applyContext(text, groups, lex);
  // Range partners: the start takes the end's year before years are inferred.
  for (let i = 0; i + 1 < groups.length; i++) {
    const g = groups[i];
    const next = groups[i + 1];
    if (g.role === 'range-start' && next.role === 'range-end') {
      fillYear(next.a, pub);
      fillYear(g.a, pub, next.a);
    }
  }
  const out: DateTag[] = [];
  for (const g of groups) emit(text, g, pub, out);
  // Weekdays ("у понеділок", "Tuesday night") and bare months ("у грудні"), where no full date stands.
  const extra = [...weekdayDates(text, ctx.lang, ctx.published), ...monthOnlyDates(text, ctx.lang, ctx.published)];
  if (extra.length > 0) {
    out.sort((x, y) => x.start - y.start);
    for (const d of extra) {
      if (overlapsAny(out, d.start, d.end)) continue;
      if (d.how === 'relative' && startsRightAfter(out, d.end, text)) continue;
      out.push(d);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Does [start, end) overlap a tag of the start-sorted `tags`? (Binary search.) */
function overlapsAny(tags: DateTag[], start: number, end: number): boolean {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tags[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  // tags[0 .. lo) start before `end`; scan back over the ones that may reach `start`.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (tags[i].end > start) return true;
  return false;
}

/** Does a tag of the start-sorted `tags` start within a few spaces or a comma after `end`? */
function startsRightAfter(tags: DateTag[], end: number, text: string): boolean {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tags[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo < tags.length && tags[lo].start - end <= 3 && tags[lo].basis === 'absolute' && WEEKDAY_BEFORE_DATE.test(text.slice(end, tags[lo].start));
}

/** One date expression → ISO ("8. grudnia 2020r." → "2020-12-08"); a night gives its date; null if none. */
export function parseDateText(s: string, ctx: DateContext): string | null {
  const tags = extractDates(s, ctx);
  if (tags.length === 0) return null;
  const night = tags.find((t) => t.how === 'night-of' && t.kind === 'event');
  return (night ?? tags[0]).value;
}
