/**
 * `eduwatch crawl` end to end, as a child process of the built CLI against fixture sites on
 * 127.0.0.1: documents stored, an incremental second crawl, kill -9 and resume, invalid sources.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES, startCliSite, writeManySources, writeSources, type CliSite } from './fixtures/cli/site.js';
import { MAIN_JS, requireBuild, runInProcess, runSpawned, spawnNode, waitFor } from './fixtures/cli/run.js';

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-cli-crawl-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(sql).pluck().get() as number) ?? 0;
  } finally {
    conn.close();
  }
}

/** Documents stored so far by a crawl still running (0 while the file or its tables are being created). */
function storedSoFar(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    return count(db, 'SELECT count(*) FROM documents');
  } catch {
    return 0;
  }
}

describe('crawl end to end', () => {
  let site: CliSite;
  let sources: string;
  let db: string;
  beforeAll(async () => {
    site = await startCliSite();
    const d = mkdtempSync(join(dir, 'e2e-'));
    sources = writeSources(d, site.server.url);
    db = join(d, 'store.db');
  });
  afterAll(() => site.close());

  it('stores every article and prints a JSON summary', async () => {
    const r = await runSpawned(['crawl', '--sources', sources, '--db', db, '--json']);
    expect(r.stderr).not.toMatch(/Error:|at .*\.js:\d+/);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ status: 'ok', totals: { discovered: ARTICLES.length, fetched: ARTICLES.length, new: ARTICLES.length, failed: 0 } });
    expect(summary.sources).toEqual([
      expect.objectContaining({ source: 'fixture-news', status: 'ok', discovered: ARTICLES.length, fetched: ARTICLES.length, new: ARTICLES.length, duplicates: 0, failed: 0 }),
    ]);
    expect(count(db, 'SELECT count(*) FROM documents')).toBe(ARTICLES.length);
    expect(count(db, `SELECT count(DISTINCT lang) FROM documents WHERE lang IN ('uk','ru','pl','bg')`)).toBe(4);
    expect(count(db, `SELECT count(*) FROM runs WHERE status = 'ok'`)).toBe(1);
    // Logs on stderr are JSON lines (not a terminal).
    const logs = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(logs.every((l) => typeof l.ts === 'string' && typeof l.level === 'string' && typeof l.event === 'string')).toBe(true);
    expect(logs.some((l) => l.event === 'source-end' && l.source === 'fixture-news')).toBe(true);
  });

  it('a second crawl fetches no article again', async () => {
    const before = site.articleHits();
    const r = await runSpawned(['crawl', '--sources', sources, '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(site.articleHits()).toBe(before);
    const summary = JSON.parse(r.stdout);
    expect(summary.totals).toMatchObject({ fetched: 0, new: 0, skipped: ARTICLES.length });
    expect(count(db, 'SELECT count(*) FROM documents')).toBe(ARTICLES.length);
  });

  it('prints a readable table without --json', async () => {
    const r = await runSpawned(['crawl', '--sources', sources, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/source\s+status\s+discovered\s+fetched\s+new\s+duplicates/);
    expect(r.stdout).toMatch(/fixture-news\s+ok\s+6\s+0\s+0\s+0/);
  });

  it('--max-articles caps the new articles fetched per source', async () => {
    const r = await runInProcess(['crawl', '--sources', sources, '--db', join(dir, 'capped.db'), '--max-articles', '2', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals).toMatchObject({ discovered: ARTICLES.length, fetched: 2, new: 2, skipped: ARTICLES.length - 2 });
    const bad = await runInProcess(['crawl', '--sources', sources, '--db', join(dir, 'capped.db'), '--max-articles', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-articles lots: give a whole number/);
  });

  it('--due skips a source crawled since its last scheduled time', async () => {
    const d = mkdtempSync(join(dir, 'due-'));
    const file = writeSources(d, site.server.url, { schedule: '0 0 1 1 *' });
    const r = await runSpawned(['crawl', '--sources', file, '--db', db, '--due', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'nothing-due', due: [{ sourceId: 'fixture-news', due: false }] });
    // In a fresh store it was never crawled, so it is due.
    const fresh = join(d, 'fresh.db');
    const r2 = await runSpawned(['crawl', '--sources', file, '--db', fresh, '--due', '--json']);
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.stdout).totals.new).toBe(ARTICLES.length);
  });
});

describe('failing sources', () => {
  it('exit 1 when a source fails entirely; the others are stored, the run is partial', async () => {
    const site = await startCliSite();
    try {
      const d = mkdtempSync(join(dir, 'partial-'));
      // Nothing listens on port 9 of 127.0.0.1 (discard): that source's feed cannot be fetched.
      const file = writeManySources(d, [[site.server.url, { id: 'good' }], ['http://127.0.0.1:9', { id: 'dead' }]]);
      const db = join(d, 'store.db');
      const r = await runInProcess(['crawl', '--sources', file, '--db', db, '--json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/eduwatch: 1 source failed: dead \(/);
      const summary = JSON.parse(r.stdout);
      expect(summary.status).toBe('partial');
      expect(summary.sources).toEqual([
        expect.objectContaining({ source: 'good', status: 'ok', new: ARTICLES.length }),
        expect.objectContaining({ source: 'dead', status: 'failed', fetched: 0, error: expect.any(String) }),
      ]);
      expect(count(db, `SELECT count(*) FROM run_sources WHERE source_id = 'dead' AND status = 'failed'`)).toBe(1);
    } finally {
      await site.close();
    }
  });
});

describe('crawl refuses bad input before crawling', () => {
  it('an invalid sources file exits 2 and creates no run', async () => {
    const d = mkdtempSync(join(dir, 'invalid-'));
    const file = join(d, 'sources.yaml');
    writeFileSync(file, 'sources:\n  - id: Bad Id\n    name: x\n');
    const db = join(d, 'store.db');
    const r = await runSpawned(['crawl', '--sources', file, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:2`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    if (existsSync(db)) expect(count(db, 'SELECT count(*) FROM runs')).toBe(0);
  });

  it('an unknown --source id exits 2 and lists the valid ids', async () => {
    const d = mkdtempSync(join(dir, 'unknown-'));
    const file = writeSources(d, 'http://127.0.0.1:9');
    const r = await runSpawned(['crawl', '--sources', file, '--db', join(d, 's.db'), '--source', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown source id "nope".*valid ids: fixture-news/);
  });
});

describe('interrupted crawls', () => {
  it('Ctrl-C stores the page in hand, marks the run interrupted and exits 130', async () => {
    const site = await startCliSite({ delayMs: 250 });
    try {
      const d = mkdtempSync(join(dir, 'sigint-'));
      const sources = writeSources(d, site.server.url, { concurrency: 1 });
      const db = join(d, 'store.db');
      const run = spawnNode(MAIN_JS, ['crawl', '--sources', sources, '--db', db, '--json']);
      await waitFor(() => storedSoFar(db) >= 1, 20_000, 'a stored document');
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      expect(run.stderr()).toMatch(/crawl interrupted by SIGINT; run the same command again/);
      expect(JSON.parse(run.stdout())).toMatchObject({ status: 'interrupted', sources: [{ source: 'fixture-news', status: 'interrupted' }] });
      expect(count(db, `SELECT count(*) FROM runs WHERE status = 'interrupted' AND ended_at IS NOT NULL`)).toBe(1);
      expect(count(db, 'SELECT count(*) FROM documents')).toBeLessThan(ARTICLES.length);
    } finally {
      await site.close();
    }
  });

  it('a crawl killed (kill -9) mid-way and started again stores every article once, database intact', async () => {
    const site = await startCliSite({ delayMs: 250 });
    try {
      const d = mkdtempSync(join(dir, 'kill-'));
      const sources = writeSources(d, site.server.url, { concurrency: 1 });
      const db = join(d, 'store.db');
      const first = spawnNode(MAIN_JS, ['crawl', '--sources', sources, '--db', db]);
      let code: number | null = null;
      void first.exited.then((c) => (code = c));
      await waitFor(() => code !== null || storedSoFar(db) >= 2, 20_000, 'two stored documents');
      expect(code).toBeNull();
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe(137);
      const stored = count(db, 'SELECT count(*) FROM documents');
      expect(stored).toBeGreaterThanOrEqual(2);
      expect(stored).toBeLessThan(ARTICLES.length);
      const hitsBefore = site.articleHits();

      const second = await runSpawned(['crawl', '--sources', sources, '--db', db, '--json']);
      expect(second.code).toBe(0);
      expect(count(db, 'SELECT count(*) FROM documents')).toBe(ARTICLES.length);
      expect(count(db, 'SELECT count(*) FROM (SELECT url FROM documents GROUP BY url HAVING count(*) > 1)')).toBe(0);
      expect(count(db, `SELECT count(*) FROM fetches WHERE kind = 'article' AND status = 200`)).toBe(ARTICLES.length);
      // Only the articles not stored before were fetched again (plus at most the one in flight at the kill).
      expect(site.articleHits() - hitsBefore).toBe(ARTICLES.length - stored);
      // The killed run is marked interrupted, the resumed one ok.
      expect(count(db, `SELECT count(*) FROM runs WHERE status = 'interrupted'`)).toBe(1);
      expect(count(db, `SELECT count(*) FROM runs WHERE status = 'ok'`)).toBe(1);
      const conn = new Database(db, { readonly: true });
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      conn.close();
    } finally {
      await site.close();
    }
  });
});
