/**
 * Calendar helpers for date extraction, on date-fns: existence checks (31.02 does not exist),
 * day arithmetic, and choosing the year of a date written without one. Formatting and day
 * distances and shifts, done for every date found, use plain UTC day numbers: date-fns' `format` and
 * `differenceInCalendarDays` cost ~10 µs each (time-zone handling), too slow for 20,000 dates in 200 KB.
 */
import { isExists } from 'date-fns/isExists'; // not the root barrel: it loads every function (~150 ms at start-up)

/** Years outside this range are not taken as years (counts, codes, prices). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/**
 * A date without a year is rarely far in the future of the article: a date that far after the
 * publication is weighted this many times its distance when choosing between last, this and next year.
 * "29 грудня" in an article of 3 January is last December; "15 січня" on 20 December is next January; "1 березня" in November is last March.
 */
const FUTURE_DISTANCE_WEIGHT = 3;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function exists(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  // Every month has 28 days; only the month ends need the calendar.
  return d <= 28 || isExists(y, m - 1, d);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/** Parse the leading YYYY-MM-DD of an ISO date or timestamp; null if absent or impossible. */
export function parseIsoDay(iso: string | null | undefined): YMD | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return exists(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

/** `base` shifted by `days`, as ISO. */
export function shiftDays(base: YMD, days: number): YMD {
  const d = new Date((dayNumber(base.y, base.m, base.d) + days) * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** The year for day `d` of month `m` written without a year, so it lies nearest before (or shortly after) `published`. */
export function inferYear(m: number, d: number, published: YMD): number | null {
  const pub = dayNumber(published.y, published.m, published.d);
  let best: number | null = null;
  let bestCost = Infinity;
  for (const y of [published.y - 1, published.y, published.y + 1]) {
    if (!exists(y, m, d)) continue;
    const diff = dayNumber(y, m, d) - pub;
    const cost = diff > 0 ? diff * FUTURE_DISTANCE_WEIGHT : -diff;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}


/** Days in month `m` of year `y` (Gregorian). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A relative base: the publication day and its time of day in minutes. */
export interface Anchor extends YMD {
  minutes: number;
  /** The day as ISO (YYYY-MM-DD). */
  iso: string;
}

/**
 * Without a time of publication, relative hours count from midday: "23 hours ago" then lands on
 * the day before, "2 hours ago" on the same day, which is right for more than half of the hours
 * an article may have been published at.
 */
const DEFAULT_ANCHOR_MINUTES = 12 * 60;

/** The anchor of an ISO date or timestamp (its wall-clock time as written, no time-zone shift). */
export function parseAnchor(iso: string | null | undefined): Anchor | null {
  const day = parseIsoDay(iso);
  if (!day) return null;
  const t = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(iso!);
  const minutes = t ? Number(t[1]) * 60 + Number(t[2]) : DEFAULT_ANCHOR_MINUTES;
  return { ...day, minutes: minutes < 24 * 60 ? minutes : DEFAULT_ANCHOR_MINUTES, iso: isoDate(day.y, day.m, day.d) };
}

/** An offset by unit (see DateShift in _date-table.ts), as plain numbers. */
export interface Offset {
  decade?: number;
  year?: number;
  month?: number;
  week?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/**
 * `anchor` moved by `offset`, as ISO at the precision of its smallest unit: seconds to weeks give
 * a day, months a month, years and decades a year (dateparser's `period`). Calendar units first,
 * the day clamped to the month's end ("a month after 31 January" is 28/29 February), then weeks,
 * days and the time of day. Fractions of a year count as months, of a month as 30-day parts.
 * Null outside the years MIN_YEAR..MAX_YEAR.
 */
export function shiftAnchor(anchor: Anchor, offset: Offset): string | null {
  if (offset.day !== undefined && Number.isInteger(offset.day) && Object.keys(offset).length === 1) {
    const r = shiftDays(anchor, offset.day); // "вчора", "2 дня назад": the common case, no calendar units
    return r.y < MIN_YEAR || r.y > MAX_YEAR ? null : isoDate(r.y, r.m, r.d);
  }
  const has = (k: keyof Offset) => offset[k] !== undefined;
  const years = (offset.decade ?? 0) * 10 + (offset.year ?? 0);
  let months = years * 12 + (offset.month ?? 0);
  let days = (offset.week ?? 0) * 7 + (offset.day ?? 0);
  if (months % 1 !== 0) {
    days += Math.round((months % 1) * 30);
    months = Math.trunc(months);
  }
  const precision = has('week') || has('day') || has('hour') || has('minute') || has('second') ? 'day' : has('month') || years % 1 !== 0 ? 'month' : 'year';
  const total = anchor.y * 12 + (anchor.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  if (precision === 'year') return String(y).padStart(4, '0');
  const d = Math.min(anchor.d, daysInMonth(y, m));
  const minutes = anchor.minutes + (days % 1) * 1440 + (offset.hour ?? 0) * 60 + (offset.minute ?? 0) + (offset.second ?? 0) / 60;
  const r = shiftDays({ y, m, d }, Math.trunc(days) + Math.floor(minutes / 1440));
  if (r.y < MIN_YEAR || r.y > MAX_YEAR) return null;
  return precision === 'month' ? isoMonth(r.y, r.m) : isoDate(r.y, r.m, r.d);
}
