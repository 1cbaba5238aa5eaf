/**
 * Dates inside a text, in uk / ru / pl / bg / en: numeric (30.08.2020, 2020-08-30, 8.12.2020 r.),
 * month names in any case form (8. grudnia 2020r., 30 августа, 19 November, 2019, у березні 2022),
 * ranges (1–5 września 2022, з 1 по 5 вересня, from 1 September to 5 October), nights
 * ("у ніч на 29 жовтня" = the 29th, with the 28th as the range start), validity ends
 * ("do 30 czerwca 2022 roku"), years with a marker ("у 2022 році"), relative days (вчора, wczoraj,
 * yesterday), weekdays (extractors/_weekdays.ts) and bare months ("у грудні", extractors/_month-only.ts)
 * resolved against the publication date. Linear: words and numbers are found by global
 * scans; the context of each is read from a short slice around it.
 */
import type { DateHow, DateKind, DateTag, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { exists, inferYear, isoDate, isoMonth, MAX_YEAR, MIN_YEAR, parseIsoDay, shiftDays, type YMD } from './_date-calendar.js';
import { dateLexicon, type DateLexicon, type MonthForm } from './_date-lexicon.js';
import { forEachLetterRun } from './_letters.js';
import { monthOnlyDates } from './_month-only.js';
import { weekdayDates } from './_weekdays.js';

export interface DateContext {
  lang: Lang | null;
  /** ISO date (or timestamp) of publication: the year of dates written without one, the base of "yesterday". */
  published: string | null;
}

/** Numeric dates: ISO (with an optional time), D.M.YYYY / D/M/YYYY / D-M-YYYY, YYYY.MM.DD. Not inside longer number runs. */
const NUMERIC =
  /(?<![\p{L}\d+\-./])(?:(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(\d{1,2})([./-])(\d{1,2})\5(\d{4})|(\d{4})\.(\d{1,2})\.(\d{1,2}))(?!\d|[./-][\d\p{L}])/gu;
/** A software version number right before digits: "version 2.10.2020", "v1.2.2020", "версія 3.1". */
const VERSION_BEFORE = /(?:version|versio|wersj[aię]|верси[яи]|версі[яї]|ver\.?|v)\s{0,2}$/i;
/** Longest month or relative-day word; longer words are not looked up. */
const MAX_WORD = 14;
/** After a month word: the year ("грудня 2020", "November, 2019"). */
const YEAR_AFTER = /\.?,?[\s\u00a0]{1,3}(\d{4})(?!\d)/uy;
/** After an English month word: the day and maybe the year ("November 19, 2019", "Nov. 19th 2019"). */
const DAY_AFTER = /\.?[\s\u00a0]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])(?:,?[\s\u00a0]{1,3}(\d{4})(?!\d))?/uy;
/** How far left of a month word or date its day, range or prefix phrase may start. */
const LEFT_CONTEXT = 40;
/** The widest gap between two dates that still joins them into a range (" – ", " по ", " do dnia "). */
const MAX_RANGE_GAP = 14;

interface Part {
  y: number | null;
  m: number | null;
  d: number | null;
  /** The year was taken from the publication date. */
  yearInferred?: boolean;
}

interface Group {
  start: number;
  end: number;
  how: DateHow;
  /** single date; range of days in one month; night (a = evening's day, b = the night's date); relative day. */
  shape: 'single' | 'range' | 'night' | 'relative';
  a: Part;
  b?: Part;
  offset?: number;
  /** Set when two single dates form a range ("з 1 вересня по 5 жовтня"). */
  role?: 'range-start' | 'range-end';
  prefix?: 'from' | 'until';
}

function langsFor(lang: Lang | null): readonly Lang[] {
  if (lang === null) return LANGS;
  return lang === 'en' ? ['en'] : [lang, 'en'];
}

function yearOrNull(s: string | undefined): number | null {
  if (!s) return null;
  const y = Number(s);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** End of an optional year marker ("р.", " roku", " г.") at `at`, or `at`. */
function afterMarker(text: string, at: number, lex: DateLexicon): number {
  lex.yearMarker.lastIndex = at;
  return lex.yearMarker.exec(text) ? lex.yearMarker.lastIndex : at;
}

function collectNumeric(text: string, lang: Lang | null, lex: DateLexicon, out: Group[]): void {
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    let part: Part;
    let how: DateHow = 'numeric';
    if (m[1]) {
      part = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      how = 'iso';
    } else if (m[4]) {
      part = { y: Number(m[7]), m: Number(m[6]), d: Number(m[4]) };
      // US order (11/19/2019) only where it is the only reading, on English pages.
      if (m[5] === '/' && lang === 'en' && !exists(part.y!, part.m!, part.d!) && exists(part.y!, part.d!, part.m!)) {
        part = { y: part.y, m: part.d, d: part.m };
      }
    } else {
      part = { y: Number(m[8]), m: Number(m[9]), d: Number(m[10]) };
    }
    if (!exists(part.y!, part.m!, part.d!)) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const end = afterMarker(text, m.index + m[0].length, lex);
    out.push({ start: m.index, end, how, shape: 'single', a: part });
  }
}

function collectYears(text: string, lex: DateLexicon, out: Group[]): void {
  const re = lex.yearWithMarker;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const y = yearOrNull(m[1]);
    if (y !== null) out.push({ start: m.index, end: m.index + m[0].length, how: 'numeric', shape: 'single', a: { y, m: null, d: null } });
  }
}

function monthGroup(text: string, ms: number, me: number, form: MonthForm, lex: DateLexicon): Group | null {
  const leftStart = Math.max(0, ms - LEFT_CONTEXT);
  const left = text.slice(leftStart, ms);
  const m = form.month;
  YEAR_AFTER.lastIndex = me;
  const ym = YEAR_AFTER.exec(text);
  const y = ym ? yearOrNull(ym[1]) : null;
  const end = ym && y !== null ? afterMarker(text, YEAR_AFTER.lastIndex, lex) : me;
  const range = lex.dayRangeBefore.exec(left);
  if (range) {
    const d1 = Number(range[1]);
    const d2 = Number(range[3]);
    const night = lex.nightJoin.test(range[2]);
    if (!night && d1 >= d2) return null;
    const a: Part = night && d1 > d2 ? { y: null, m: m === 1 ? 12 : m - 1, d: d1 } : { y, m, d: d1 };
    return { start: leftStart + range.index, end, how: 'month-name', shape: night ? 'night' : 'range', a, b: { y, m, d: d2 } };
  }
  const day = lex.dayBefore.exec(left);
  if (day) return { start: leftStart + day.index, end, how: 'month-name', shape: 'single', a: { y, m, d: Number(day[1]) } };
  if (form.monthFirst) {
    DAY_AFTER.lastIndex = me;
    const dm = DAY_AFTER.exec(text);
    if (dm) {
      const yy = yearOrNull(dm[2]);
      return { start: ms, end: DAY_AFTER.lastIndex, how: 'month-name', shape: 'single', a: { y: yy, m, d: Number(dm[1]) } };
    }
  }
  if (y !== null) return { start: ms, end, how: 'month-name', shape: 'single', a: { y, m, d: null } };
  return null;
}

/**
 * Lower case of one UTF-16 code unit when it is one code unit and does not depend on its context,
 * else NO_LC (surrogates, İ → i̇, Σ → σ or final ς). Filled on first use per code unit.
 */
const LC = new Uint32Array(65536);
const NO_LC = 0x10000;
function lowerUnit(c: number): number {
  let v = LC[c];
  if (v === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    v = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || l.length !== 1 ? NO_LC : l.charCodeAt(0);
    LC[c] = v + 1;
    return v;
  }
  return v - 1;
}

/** The first two code units (lower case) of every month and relative-day word of a lexicon. */
const PREFIXES = new WeakMap<DateLexicon, Set<number>>();
function prefixesOf(lex: DateLexicon): Set<number> {
  let p = PREFIXES.get(lex);
  if (!p) {
    p = new Set();
    for (const k of [...lex.months.keys(), ...lex.relative.keys()]) if (k.length >= 2) p.add(k.charCodeAt(0) * 65536 + k.charCodeAt(1));
    PREFIXES.set(lex, p);
  }
  return p;
}

/**
 * Can the word text[start, end) (lower-cased) be a month or relative-day word? Its first two code units lower-cased
 * one by one are those of word.toLowerCase() whenever lowerUnit knows them, so a prefix no word of
 * the lexicon has rules it out without lower-casing it.
 */
function mayBeDateWord(text: string, start: number, end: number, prefixes: Set<number>): boolean {
  if (end - start < 2) return true;
  const a = lowerUnit(text.charCodeAt(start));
  const b = lowerUnit(text.charCodeAt(start + 1));
  return a === NO_LC || b === NO_LC || prefixes.has(a * 65536 + b);
}

function collectWords(text: string, lex: DateLexicon, hasPublished: boolean, out: Group[]): void {
  const prefixes = prefixesOf(lex);
  forEachLetterRun(text, (start, end) => {
    if (end - start > MAX_WORD || !mayBeDateWord(text, start, end, prefixes)) return;
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    const form = lex.months.get(lower);
    if (form) {
      const first = word[0];
      if (form.capitalisedOnly && first === first.toLowerCase()) return;
      const g = monthGroup(text, start, end, form, lex);
      if (g) out.push(g);
      return;
    }
    const offset = lex.relative.get(lower);
    if (offset !== undefined && hasPublished) {
      out.push({ start, end, how: 'relative', shape: 'relative', a: { y: null, m: null, d: null }, offset });
    }
  });
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
  return g.shape === 'single' && g.a.d !== null && g.how !== 'relative';
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

function valueOf(p: Part): string | null {
  if (p.y === null) return null;
  if (p.m === null) return String(p.y);
  if (p.d === null) return isoMonth(p.y, p.m);
  return exists(p.y, p.m, p.d) ? isoDate(p.y, p.m, p.d) : null;
}

/**
 * Fill a missing year: from a range partner (inheriting whether the partner's was inferred), else
 * from the publication date. False when no year can be had.
 */
function fillYear(p: Part, pub: YMD | null, partner?: Part): boolean {
  if (p.y !== null) return true;
  if (partner && partner.y !== null && partner.m !== null && p.m !== null) {
    p.y = p.m > partner.m ? partner.y - 1 : partner.y;
    p.yearInferred = partner.yearInferred === true;
    return true;
  }
  if (!pub || p.m === null) return false;
  p.y = inferYear(p.m, p.d ?? 1, pub);
  p.yearInferred = p.y !== null;
  return p.y !== null;
}

function emit(text: string, g: Group, pub: YMD | null, out: DateTag[]): void {
  const base = { start: g.start, end: g.end, text: text.slice(g.start, g.end) };
  const push = (value: string | null, kind: DateKind, how: DateHow, yearInferred: boolean) => {
    if (value) out.push({ value, kind, how, yearInferred, ...base });
  };
  if (g.shape === 'relative') {
    if (pub) {
      const d = shiftDays(pub, g.offset!);
      push(isoDate(d.y, d.m, d.d), 'relative', 'relative', false);
    }
    return;
  }
  if (g.shape === 'single') {
    if (!fillYear(g.a, pub)) return;
    const kind: DateKind = g.role ?? (g.prefix === 'from' ? 'range-start' : g.prefix === 'until' ? 'valid-until' : 'event');
    push(valueOf(g.a), kind, g.how, g.a.yearInferred === true);
    return;
  }
  // range / night: the later day carries the written year; the earlier one takes it.
  const b = g.b!;
  if (!fillYear(b, pub)) return;
  const inferredB = b.yearInferred === true;
  if (g.shape === 'night' && g.a === b) {
    const ev = valueOf(b);
    if (!ev) return;
    const prev = shiftDays({ y: b.y!, m: b.m!, d: b.d! }, -1);
    push(ev, 'event', 'night-of', inferredB);
    push(isoDate(prev.y, prev.m, prev.d), 'range-start', 'night-of', inferredB);
    return;
  }
  const a = g.a;
  fillYear(a, pub, b);
  const va = valueOf(a);
  const vb = valueOf(b);
  if (!va || !vb) return;
  if (g.shape === 'night') {
    push(vb, 'event', 'night-of', inferredB);
    push(va, 'range-start', 'night-of', inferredB);
  } else {
    push(va, 'range-start', g.how, inferredB);
    push(vb, 'range-end', g.how, inferredB);
  }
}

/** Every date in `text`, sorted by start. Dates without a year need `ctx.published`; relative days too. */
export function extractDates(text: string, ctx: DateContext): DateTag[] {
  const lex = dateLexicon(langsFor(ctx.lang));
  const pub = parseIsoDay(ctx.published);
  const found: Group[] = [];
  collectNumeric(text, ctx.lang, lex, found);
  collectWords(text, lex, pub !== null, found);
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
    for (const d of extra) if (!overlapsAny(out, d.start, d.end)) out.push(d);
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

/** One date expression → ISO ("8. grudnia 2020r." → "2020-12-08"); a night gives its date; null if none. */
export function parseDateText(s: string, ctx: DateContext): string | null {
  const tags = extractDates(s, ctx);
  if (tags.length === 0) return null;
  const night = tags.find((t) => t.how === 'night-of' && t.kind === 'event');
  return (night ?? tags[0]).value;
}
