/**
 * "New since": a moment in eduwatch's own history, for `query events --new-since` and `digest
 * --since`. `last-run` is the start (runs.started_at) of the most recent crawl run; a date
 * YYYY-MM-DD is that day's first instant in UTC; a date-time YYYY-MM-DDTHH:MM[:SS[.mmm]] is read
 * as UTC unless it carries a zone (Z, +03:00, -0500). What is compared with the moment is when
 * eduwatch first fetched a document (the fetched_at of documents.fetch_id, the fetch its text first
 * came from, which is also its earliest sighting), never the event's or the publication's date.
 */
import type { DB } from '../db.js';
import { StoreError } from '../errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export type MomentSpec = { kind: 'last-run' } | { kind: 'instant'; iso: string };

function bad(option: string, value: string, why: string): never {
  throw new StoreError(
    'bad-filter',
    `${option} "${value}": ${why}; give last-run (the start of the latest crawl run), a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM (UTC unless it ends in Z or +HH:MM), e.g. ${option} 2024-05-27`,
  );
}

/** Parse the option's text (no store needed); throws a StoreError naming the option on bad input. */
export function parseMoment(value: string, option: string): MomentSpec {
  const v = value.trim();
  if (v.toLowerCase() === 'last-run') return { kind: 'last-run' };
  let m = DATE.exec(v);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}T00:00:00.000Z`;
    if (Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== v) bad(option, value, 'no such day');
    return { kind: 'instant', iso };
  }
  m = DATETIME.exec(v);
  if (!m) bad(option, value, 'not a moment eduwatch reads');
  const [, y, mo, d, h, mi, s = '00', frac = '', zone] = m;
  const day = `${y}-${mo}-${d}`;
  if (new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) bad(option, value, 'no such day or time');
  const z = zone === undefined ? 'Z' : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const t = Date.parse(`${day}T${h}:${mi}:${s}${frac ? `.${frac.slice(0, 3).padEnd(3, '0')}` : ''}${z}`);
  if (Number.isNaN(t)) bad(option, value, 'not a moment eduwatch reads');
  return { kind: 'instant', iso: new Date(t).toISOString() };
}

/** The start of the most recent crawl run, or null when the store has none. */
export function lastRunStart(db: DB): string | null {
  return (db.prepare('SELECT started_at FROM runs ORDER BY started_at DESC, id DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
}

/** The moment as an ISO instant (UTC, milliseconds, as fetched_at is written). */
export function resolveMoment(db: DB, value: string, option: string): string {
  const spec = parseMoment(value, option);
  if (spec.kind === 'instant') return spec.iso;
  const start = lastRunStart(db);
  if (start === null) {
    throw new StoreError('bad-filter', `${option} last-run: ${db.name} has no crawl runs yet; run \`eduwatch crawl\` first, or give a date, e.g. ${option} 2024-05-27`);
  }
  return start;
}

/** SQL true when document `alias`'s first fetch is at or after @param. */
export function firstSeenSince(alias: string, param: string): string {
  return `${alias}.fetch_id IN (SELECT f.id FROM fetches f WHERE f.id = ${alias}.fetch_id AND f.fetched_at >= @${param})`;
}
