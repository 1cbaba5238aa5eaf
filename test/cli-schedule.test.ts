/**
 * `eduwatch schedule` as a child process: one scheduler per database, SIGTERM stops cleanly
 * (the page in hand stored, the run marked interrupted, exit 0, lock released). Also the lock
 * and due logic in-process.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireSchedulerLock, lockFileFor } from '../cli/schedule-lock.js';
import { isDue } from '../cli/due.js';
import { CLIError } from '../cli/errors.js';
import { SourceSchema } from '../crawlers/source-schema.js';
import { ARTICLES, startCliSite, writeSources, type CliSite } from './fixtures/cli/site.js';
import { spawn } from 'node:child_process';
import { MAIN_JS, requireBuild, runSpawned, spawnNode, waitFor } from './fixtures/cli/run.js';

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-cli-schedule-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scheduler lock', () => {
  it('refuses a second holder while the first lives, takes over a stale lock', () => {
    const db = join(dir, 'lock.db');
    const lock = acquireSchedulerLock(db);
    expect(() => acquireSchedulerLock(db)).toThrow(CLIError);
    expect(() => acquireSchedulerLock(db)).toThrow(/another scheduler \(pid \d+/);
    lock.release();
    expect(existsSync(lockFileFor(db))).toBe(false);
    // A lock left by a process that is gone (pid far above any real one).
    writeFileSync(lockFileFor(db), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: '2020-01-01T00:00:00Z' }));
    const again = acquireSchedulerLock(db);
    again.release();
  });
});

describe('due', () => {
  const source = (schedule?: string) =>
    SourceSchema.parse({
      id: 's', name: 'S', country: 'UA', languages: ['uk'], kind: 'news', home: 'https://example.org/',
      verified: { by: 't', on: '2026-01-01', note: 'a trusted test source' },
      discover: { feeds: ['https://example.org/rss'] },
      ...(schedule ? { schedule } : {}),
    });
  const now = new Date('2026-05-05T12:30:00Z');
  it.each([
    ['never crawled', '0 */6 * * *', null, true],
    ['crawled after the last fire time', '0 */6 * * *', '2026-05-05T12:10:00Z', false],
    ['crawled before the last fire time', '0 */6 * * *', '2026-05-05T11:59:00Z', true],
    ['no schedule', undefined, null, false],
  ])('%s', (_, schedule, last, due) => {
    expect(isDue(source(schedule), last, now).due).toBe(due);
  });
});

describe('schedule process', () => {
  let site: CliSite;
  beforeAll(async () => {
    site = await startCliSite({ delayMs: 300 });
  });
  afterAll(() => site.close());

  it('a second scheduler on the same database exits 2; SIGTERM mid-crawl exits 0 cleanly', async () => {
    const d = mkdtempSync(join(dir, 'proc-'));
    // Fired on 1 January; never crawled, so it is due at once (catch-up) and then idle.
    const sources = writeSources(d, site.server.url, { schedule: '0 0 1 1 *', concurrency: 1 });
    const db = join(d, 'store.db');
    const first = spawnNode(MAIN_JS, ['schedule', '--sources', sources, '--db', db]);
    try {
      await waitFor(() => first.stderr().includes('"event":"scheduler-start"'), 20_000, 'the scheduler to start');

      const second = await runSpawned(['schedule', '--sources', sources, '--db', db]);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(/another scheduler \(pid \d+/);

      const docs = () => {
        if (!existsSync(db)) return 0;
        const c = new Database(db, { readonly: true });
        try {
          return c.prepare('SELECT count(*) FROM documents').pluck().get() as number;
        } catch {
          return 0;
        } finally {
          c.close();
        }
      };
      await waitFor(() => docs() >= 1, 20_000, 'a stored document');
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      const logs = first.stderr().trim().split('\n').map((l) => JSON.parse(l));
      expect(logs.map((l) => l.event)).toEqual(expect.arrayContaining(['scheduled', 'crawl-start', 'scheduler-stopping', 'scheduler-stopped']));
      expect(existsSync(lockFileFor(db))).toBe(false);

      const c = new Database(db, { readonly: true });
      expect(c.prepare(`SELECT status FROM runs`).pluck().all()).toEqual(['interrupted']);
      expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = c.prepare('SELECT count(*) FROM documents').pluck().get() as number;
      expect(stored).toBeLessThan(ARTICLES.length);
      c.close();
    } finally {
      first.child.kill('SIGKILL');
    }
  });

  it('refuses a sources file where no source has a schedule', async () => {
    const d = mkdtempSync(join(dir, 'nosched-'));
    const sources = writeSources(d, site.server.url);
    const r = await runSpawned(['schedule', '--sources', sources, '--db', join(d, 's.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has a `schedule`/);
  });
});

describe('scheduler under npx', () => {
  it('stops and frees its lock when the npm process above it dies without passing SIGTERM on', async () => {
    const d = mkdtempSync(join(dir, 'npx-'));
    // Never due (1 January), so the scheduler only waits.
    const sources = writeSources(d, 'http://127.0.0.1:9', { schedule: '0 0 1 1 *' });
    const db = join(d, 'store.db');
    // What npm exec does: a shell (that does not exec) runs the bin with npm_command set. Killing
    // the shell with SIGKILL stands for npm going away on SIGTERM without forwarding it.
    const shell = spawn('/bin/sh', ['-c', `"${process.execPath}" "${MAIN_JS}" schedule --no-catch-up --sources "${sources}" --db "${db}"; :`], {
      env: { ...process.env, npm_command: 'exec', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    shell.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
    const closed = new Promise<void>((resolve) => shell.stderr!.once('close', () => resolve()));
    try {
      await waitFor(() => err.includes('"event":"scheduler-start"'), 60_000, 'the scheduler to start');
      expect(existsSync(lockFileFor(db))).toBe(true);
      shell.kill('SIGKILL');
      // The scheduler (now an orphan) notices, stops as on SIGTERM and closes its end of the pipe.
      await closed;
      expect(err).toMatch(/"event":"parent-gone"/);
      expect(err).toMatch(/"event":"scheduler-stopped"/);
      expect(existsSync(lockFileFor(db))).toBe(false);
      for (const line of err.trim().split('\n')) expect(() => JSON.parse(line), line).not.toThrow();
    } finally {
      shell.kill('SIGKILL');
    }
  });
});
