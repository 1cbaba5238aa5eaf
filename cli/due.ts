/**
 * When a source is due (for `crawl --due` and the scheduler's catch-up at start): its cron
 * schedule has fired since the start of its last successful run, or it never ran successfully.
 * A source without a `schedule` is never due; crawl it by name.
 */
import { Cron } from 'croner';
import type { Source } from '../crawlers/source-schema.js';
import type { DB } from '../store/index.js';

export interface DueDecision {
  sourceId: string;
  due: boolean;
  /** The latest time the schedule fired at or before `now` (ISO), null without a schedule. */
  lastScheduled: string | null;
  /** Start of the last successful run (ISO), null when it never succeeded. */
  lastSuccess: string | null;
  reason: string;
}

/** The latest time `cron` fired at or before `now`. */
export function lastScheduledTime(cron: string, now: Date): Date | null {
  const job = new Cron(cron, { paused: true });
  try {
    // previousRuns looks strictly before the reference; a fire time exactly at `now` counts too.
    const [prev] = job.previousRuns(1, new Date(now.getTime() + 1000));
    return prev ?? null;
  } finally {
    job.stop();
  }
}

export function isDue(source: Source, lastSuccess: string | null, now: Date = new Date()): DueDecision {
  const base = { sourceId: source.id, lastSuccess };
  if (!source.schedule) return { ...base, due: false, lastScheduled: null, reason: 'no schedule in sources.yaml' };
  const prev = lastScheduledTime(source.schedule, now);
  const lastScheduled = prev ? prev.toISOString() : null;
  if (!lastSuccess) return { ...base, due: true, lastScheduled, reason: 'never crawled successfully' };
  if (prev && prev.getTime() > Date.parse(lastSuccess)) {
    return { ...base, due: true, lastScheduled, reason: `scheduled at ${lastScheduled}, after the last success` };
  }
  return { ...base, due: false, lastScheduled, reason: `crawled since the last scheduled time${lastScheduled ? ` (${lastScheduled})` : ''}` };
}

/** Start of each source's last successful run (ISO), from the store's run_sources rows. */
export function lastSuccessStarts(db: DB): Map<string, string> {
  const rows = db
    .prepare(`SELECT source_id AS id, max(started_at) AS started FROM run_sources WHERE status = 'ok' GROUP BY source_id`)
    .all() as { id: string; started: string }[];
  return new Map(rows.map((r) => [r.id, r.started]));
}

/** The due decision for each source. */
export function dueSources(db: DB, sources: readonly Source[], now: Date = new Date()): DueDecision[] {
  const last = lastSuccessStarts(db);
  return sources.map((s) => isDue(s, last.get(s.id) ?? null, now));
}
