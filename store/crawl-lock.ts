/**
 * One crawling process per evidence store at a time. A crawl takes the store's crawl lock (a row
 * in `crawl_lock`, taken in an IMMEDIATE transaction) before it fetches anything; a second crawl
 * on the same store waits for it (`--wait`) or refuses with a message naming the holder, so two
 * processes never fetch the same article or load one host twice. The lock is re-entrant within a
 * process (the scheduler's concurrent crawls share it) and carries a heartbeat: a holder killed
 * with kill -9 is detected by its dead pid, or by a heartbeat older than STALE_MS.
 */
import { hostname } from 'node:os';
import { CLIError, EXIT } from '../types.js';
import type { DB } from './db.js';

/** A heartbeat older than this means the holder is gone (even if its pid was reused). */
export const STALE_MS = 10 * 60_000;
/** How often a holder refreshes its heartbeat. */
export const HEARTBEAT_MS = 15_000;

export class CrawlBusyError extends CLIError {
  constructor(
    message: string,
    readonly holder: { pid: number; host: string; sources: string[]; since: string },
  ) {
    super(message, EXIT.failure);
    this.name = 'CrawlBusyError';
  }
}

export interface CrawlLock {
  release(): void;
}

interface Held {
  count: number;
  timer: NodeJS.Timeout;
  runIds: Set<number>;
}
const held = new WeakMap<DB, Held>();
const HOST = hostname();
const now = () => new Date().toISOString();

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
export function pidAlive(pid: number | null | undefined): boolean {
  if (!pid || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a process recorded with (pid, host, heartbeat) still runs. */
export function holderAlive(pid: number | null, host: string | null, heartbeatAt: string | null, at = Date.now()): boolean {
  const fresh = heartbeatAt === null || at - Date.parse(heartbeatAt) < STALE_MS;
  if (host === null || host === HOST) return pidAlive(pid) && fresh;
  return heartbeatAt !== null && fresh;
}

interface LockRow {
  pid: number;
  host: string;
  sources: string;
  acquired_at: string;
  heartbeat_at: string;
}

function heartbeat(db: DB, h: Held): void {
  try {
    const t = now();
    db.prepare('UPDATE crawl_lock SET heartbeat_at = ? WHERE id = 1 AND pid = ? AND host = ?').run(t, process.pid, HOST);
    const run = db.prepare('UPDATE runs SET heartbeat_at = ? WHERE id = ?');
    for (const id of h.runIds) run.run(t, id);
  } catch {
    // A busy moment: the next beat will do (STALE_MS is forty beats).
  }
}

/** Take the crawl lock now, or throw CrawlBusyError naming the live holder. */
export function acquireCrawlLock(db: DB, sources: string[]): CrawlLock {
  const mine = held.get(db);
  if (mine) {
    mine.count++;
    return lockHandle(db, mine);
  }
  const row = db.transaction((): LockRow | null => {
    const current = db.prepare('SELECT pid, host, sources, acquired_at, heartbeat_at FROM crawl_lock WHERE id = 1').get() as LockRow | undefined;
    if (current && !(current.pid === process.pid && current.host === HOST) && holderAlive(current.pid, current.host, current.heartbeat_at)) return current;
    const t = now();
    db.prepare(
      `INSERT INTO crawl_lock (id, pid, host, sources, acquired_at, heartbeat_at) VALUES (1, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET pid = excluded.pid, host = excluded.host, sources = excluded.sources,
         acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at`,
    ).run(process.pid, HOST, JSON.stringify(sources), t, t);
    return null;
  }).immediate();
  if (row) {
    let ids: string[] = [];
    try {
      ids = JSON.parse(row.sources) as string[];
    } catch {
      ids = [];
    }
    throw new CrawlBusyError(
      `another crawl (pid ${row.pid} on ${row.host}, since ${row.acquired_at}, sources ${ids.join(', ') || '?'}) is writing to ${db.name}; ` +
        `wait for it to finish, or pass --wait SECONDS to queue behind it`,
      { pid: row.pid, host: row.host, sources: ids, since: row.acquired_at },
    );
  }
  const h: Held = { count: 1, runIds: new Set(), timer: setInterval(() => heartbeat(db, h), HEARTBEAT_MS) };
  h.timer.unref();
  held.set(db, h);
  return lockHandle(db, h);
}

function lockHandle(db: DB, h: Held): CrawlLock {
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (--h.count > 0) return;
      clearInterval(h.timer);
      held.delete(db);
      try {
        db.prepare('DELETE FROM crawl_lock WHERE id = 1 AND pid = ? AND host = ?').run(process.pid, HOST);
      } catch {
        // The database is closing or gone; the next crawl sees a dead holder.
      }
    },
  };
}

/** The runs of this process whose heartbeat the lock keeps fresh. */
export function trackRun(db: DB, runId: number, on: boolean): void {
  const h = held.get(db);
  if (!h) return;
  if (on) h.runIds.add(runId);
  else h.runIds.delete(runId);
}

/**
 * Take the crawl lock, waiting up to `waitMs` (polling) for a live holder to finish. Throws
 * CrawlBusyError when the time is up, or the signal's reason when aborted.
 */
export async function waitForCrawlLock(db: DB, sources: string[], opts: { waitMs: number; signal?: AbortSignal; pollMs?: number }): Promise<CrawlLock> {
  const until = Date.now() + opts.waitMs;
  for (;;) {
    try {
      return acquireCrawlLock(db, sources);
    } catch (err) {
      if (!(err instanceof CrawlBusyError) || Date.now() >= until || opts.signal?.aborted) throw err;
    }
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(t);
        opts.signal?.removeEventListener('abort', done);
        resolve();
      };
      const t = setTimeout(done, Math.min(opts.pollMs ?? 500, Math.max(0, until - Date.now())));
      opts.signal?.addEventListener('abort', done, { once: true });
    });
  }
}

export { HOST as THIS_HOST };
