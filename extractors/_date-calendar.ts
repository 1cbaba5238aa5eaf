/**
 * Calendar helpers for date extraction, on date-fns: existence checks (31.02 does not exist),
 * day arithmetic, and choosing the year of a date written without one. Formatting and day
 * distances and shifts, done for every date found, use plain UTC day numbers: date-fns' `format` and
 * `differenceInCalendarDays` cost ~10 µs each (time-zone handling), too slow for 20,000 dates in 200 KB.
 */
import { isExists } from 'date-fns';

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

