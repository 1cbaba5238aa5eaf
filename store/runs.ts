/**
 * Runs and their per-source counts: what `eduwatch status` and the crawl summary read.
 * Every write is one statement (atomic on its own) or one transaction.
 */
import Database from 'better-sqlite3';
import type { DB } from './db.js';
import { holderAlive, THIS_HOST, trackRun } from './crawl-lock.js';

export type RunStatus = 'ok' | 'partial' | 'failed' | 'interrupted';
export type RunSourceStatus = 'ok' | 'failed' | 'interrupted';
export type RunSourceCounter = 'discovered' | 'fetched' | 'new_documents' | 'duplicates' | 'no_article' | 'failed' | 'skipped';

const COUNTERS: readonly RunSourceCounter[] = ['discovered', 'fetched', 'new_documents', 'duplicates', 'no_article', 'failed', 'skipped'];
/** Errors kept per (run, source): the newest ones; a hostile site failing on every page cannot grow the row without bound. */
export const MAX_RUN_SOURCE_ERRORS = 200;
/** Longest error message kept. */
const MAX_ERROR_CHARS = 2000;

const now = () => new Date().toISOString();

export function startRun(db: DB, command: unknown): number {
  const t = now();
  const r = db
    .prepare(`INSERT INTO runs (started_at, status, pid, host, heartbeat_at, command) VALUES (?, 'running', ?, ?, ?, ?)`)
    .run(t, process.pid, THIS_HOST, t, JSON.stringify(command ?? null));
  const id = Number(r.lastInsertRowid);
  trackRun(db, id, true);
  return id;
}

export function finishRun(db: DB, runId: number, status: RunStatus, error?: string): void {
  trackRun(db, runId, false);
  db.transaction(() => {
    db.prepare(`UPDATE runs SET ended_at = ?, status = ?, error = ? WHERE id = ?`).run(now(), status, error ?? null, runId);
    // A source still marked running when its run ends did not finish.
    db.prepare(`UPDATE run_sources SET ended_at = ?, status = 'interrupted' WHERE run_id = ? AND status = 'running'`).run(now(), runId);
  })();
}

/** Runs marked 'running' whose process is gone (dead pid, or a heartbeat older than STALE_MS). */
export function deadRuns(db: DB): number[] {
  const cols = (db.prepare(`SELECT name FROM pragma_table_info('runs')`).pluck().all() as string[]);
  const hasBeat = cols.includes('heartbeat_at');
  const running = db
    .prepare(`SELECT id, pid, ${hasBeat ? 'host, heartbeat_at' : 'NULL AS host, NULL AS heartbeat_at'} FROM runs WHERE status = 'running'`)
    .all() as { id: number; pid: number | null; host: string | null; heartbeat_at: string | null }[];
  return running.filter((r) => !holderAlive(r.pid, r.host, r.heartbeat_at)).map((r) => r.id);
}

/** Runs left 'running' by a process that no longer exists become 'interrupted' (with their sources). Returns how many. */
export function markInterruptedRuns(db: DB): number {
  const dead = deadRuns(db).map((id) => ({ id }));
  if (dead.length === 0) return 0;
  const t = now();
  const run = db.prepare(`UPDATE runs SET status = 'interrupted', ended_at = coalesce(ended_at, ?), error = coalesce(error, 'the process ended before the run finished') WHERE id = ? AND status = 'running'`);
  const sources = db.prepare(`UPDATE run_sources SET status = 'interrupted', ended_at = coalesce(ended_at, ?) WHERE run_id = ? AND status = 'running'`);
  db.transaction(() => {
    for (const r of dead) {
      run.run(t, r.id);
      sources.run(t, r.id);
    }
  })();
  return dead.length;
}

/**
 * For readers (`status`): close the dead runs of the store in `file` with a short write of its own
 * (no migrations), so a crawl killed with kill -9 does not show as running for ever. Returns how
 * many were closed; 0 when the file cannot be written (a read-only copy), which changes nothing.
 */
export function closeDeadRuns(file: string): number {
  let db: DB | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return markInterruptedRuns(db);
  } catch {
    return 0;
  } finally {
    db?.close();
  }
}

export function startRunSource(db: DB, runId: number, sourceId: string): void {
  db.prepare(
    `INSERT INTO run_sources (run_id, source_id, started_at, status) VALUES (?, ?, ?, 'running')
     ON CONFLICT (run_id, source_id) DO UPDATE SET status = 'running', ended_at = NULL`,
  ).run(runId, sourceId, now());
}

export function bumpRunSource(db: DB, runId: number, sourceId: string, field: RunSourceCounter, by = 1): void {
  if (!COUNTERS.includes(field)) throw new Error(`bumpRunSource: unknown counter "${String(field)}" (one of ${COUNTERS.join(', ')})`);
  // `field` is one of the fixed column names above, never user text.
  db.prepare(`UPDATE run_sources SET ${field} = ${field} + ? WHERE run_id = ? AND source_id = ?`).run(by, runId, sourceId);
}

export function addRunSourceError(db: DB, runId: number, sourceId: string, url: string | null, message: string): void {
  const msg = message.length > MAX_ERROR_CHARS ? `${message.slice(0, MAX_ERROR_CHARS)}…` : message;
  db.prepare(
    `UPDATE run_sources SET errors = CASE
       WHEN json_array_length(errors) >= ? THEN json_insert(json_remove(errors, '$[0]'), '$[#]', json_object('url', ?, 'message', ?))
       ELSE json_insert(errors, '$[#]', json_object('url', ?, 'message', ?)) END
     WHERE run_id = ? AND source_id = ?`,
  ).run(MAX_RUN_SOURCE_ERRORS, url, msg, url, msg, runId, sourceId);
}

export function finishRunSource(db: DB, runId: number, sourceId: string, status: RunSourceStatus): void {
  db.prepare(`UPDATE run_sources SET status = ?, ended_at = ? WHERE run_id = ? AND source_id = ?`).run(status, now(), runId, sourceId);
}
