/**
 * The store's crawl lock: a live holder in another process refuses (or delays) a second crawl;
 * a holder that died (dead pid, or a heartbeat older than STALE_MS) is taken over; re-entrant in
 * one process; released on release. Dead runs are found by the same rules.
 */
import { spawn } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireCrawlLock, CrawlBusyError, deadRuns, markInterruptedRuns, openStore, STALE_MS, waitForCrawlLock, type DB } from '../store/index.js';

let dir: string;
let db: DB;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-lock-'));
  db = openStore(join(dir, 'lock.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A process that is alive for the test and not this one. */
function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

function holdAs(pid: number, heartbeatAt = new Date().toISOString(), host = hostname()) {
  db.prepare(`INSERT OR REPLACE INTO crawl_lock (id, pid, host, sources, acquired_at, heartbeat_at) VALUES (1, ?, ?, '["a","b"]', ?, ?)`).run(pid, host, heartbeatAt, heartbeatAt);
}

describe('crawl lock', () => {
  it('a live holder in another process refuses, naming it', () => {
    const other = otherProcess();
    try {
      holdAs(other.pid);
      expect(() => acquireCrawlLock(db, ['x'])).toThrow(CrawlBusyError);
      expect(() => acquireCrawlLock(db, ['x'])).toThrow(new RegExp(`another crawl \\(pid ${other.pid} on .*sources a, b\\).*--wait SECONDS`));
    } finally {
      other.stop();
    }
  });

  it('waitForCrawlLock gets it once the holder is gone, leaving no listener on the signal', async () => {
    const other = otherProcess();
    holdAs(other.pid);
    const controller = new AbortController();
    const waiting = waitForCrawlLock(db, ['x'], { waitMs: 120_000, pollMs: 5, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 200)); // many polls
    other.stop();
    const lock = await waiting;
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(db.prepare('SELECT pid FROM crawl_lock').pluck().get()).toBe(process.pid);
    lock.release();
    expect(db.prepare('SELECT count(*) FROM crawl_lock').pluck().get()).toBe(0);
  });

  it('a dead pid, or a stale heartbeat, is taken over', () => {
    holdAs(2 ** 22 + 12345); // no such process
    acquireCrawlLock(db, ['x']).release();
    const other = otherProcess();
    try {
      holdAs(other.pid, new Date(Date.now() - STALE_MS - 1000).toISOString());
      const lock = acquireCrawlLock(db, ['x']);
      expect(db.prepare('SELECT pid FROM crawl_lock').pluck().get()).toBe(process.pid);
      lock.release();
    } finally {
      other.stop();
    }
  });

  it('another host counts as alive while its heartbeat is fresh', () => {
    holdAs(1, new Date().toISOString(), 'some-other-host');
    expect(() => acquireCrawlLock(db, ['x'])).toThrow(CrawlBusyError);
    holdAs(1, new Date(Date.now() - STALE_MS - 1000).toISOString(), 'some-other-host');
    acquireCrawlLock(db, ['x']).release();
  });

  it('is re-entrant in one process and released by the last holder', () => {
    const a = acquireCrawlLock(db, ['a']);
    const b = acquireCrawlLock(db, ['b']);
    a.release();
    expect(db.prepare('SELECT count(*) FROM crawl_lock').pluck().get()).toBe(1);
    b.release();
    expect(db.prepare('SELECT count(*) FROM crawl_lock').pluck().get()).toBe(0);
  });
});

describe('dead runs', () => {
  it('a running run whose pid is gone, or whose heartbeat is stale, is dead and gets closed', () => {
    const other = otherProcess();
    try {
      const at = new Date().toISOString();
      const old = new Date(Date.now() - STALE_MS - 1000).toISOString();
      const ins = db.prepare(`INSERT INTO runs (id, started_at, status, pid, host, heartbeat_at) VALUES (?, ?, 'running', ?, ?, ?)`);
      ins.run(1, at, 2 ** 22 + 12345, hostname(), at); // dead pid
      ins.run(2, at, other.pid, hostname(), at); // alive
      ins.run(3, at, other.pid, hostname(), old); // alive pid but stale (pid reused?)
      expect(deadRuns(db)).toEqual([1, 3]);
      expect(markInterruptedRuns(db)).toBe(2);
      expect(db.prepare(`SELECT id, status FROM runs ORDER BY id`).all()).toEqual([
        { id: 1, status: 'interrupted' },
        { id: 2, status: 'running' },
        { id: 3, status: 'interrupted' },
      ]);
    } finally {
      other.stop();
    }
  });
});
