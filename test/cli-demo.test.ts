/**
 * `npm run demo` (dist/scripts/demo.js) on a random base port into a temporary database, twice:
 * the first run stores documents in uk, ru, pl and bg; the second finds nothing new and fetches
 * no article again (and reads no old Telegram post); its WARC export passes the independent
 * reader's digest check and imports into a fresh store with the same documents and tags; so does
 * its WACZ, read back with a ZIP reader that is not the writer's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_JS, requireBuild, runInProcess, spawnNode } from './fixtures/cli/run.js';
import { digestProblems, parseWarc } from './helpers/warc-reader.js';
import { readWacz, waczProblems } from './helpers/wacz-reader.js';
import { demoSourcesFile } from '../scripts/demo-sites/index.js';

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-cli-demo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function query(db: string, sql: string): unknown[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).pluck().all();
  } finally {
    conn.close();
  }
}

function rows(db: string, sql: string): unknown[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).all();
  } finally {
    conn.close();
  }
}

async function demo(args: string[]) {
  const s = spawnNode(DEMO_JS, args);
  const code = await s.exited;
  return { code, stdout: s.stdout(), stderr: s.stderr() };
}

describe('demo', () => {
  it('crawls the demo sites, then a second run fetches nothing', { timeout: 180_000 }, async () => {
    const db = join(dir, 'demo.db');
    // The same base port on both runs: the store knows articles by URL. Ports are drawn below
    // Linux's ephemeral range (32768+), where other tests' servers and clients get theirs; a
    // clash with some other program is a usage error (exit 2, "cannot listen"): draw again.
    let port = '';
    let first = { code: -1, stdout: '', stderr: '' };
    for (let attempt = 0; attempt < 5; attempt++) {
      port = String(20_000 + Math.floor(Math.random() * 12_000));
      first = await demo(['--fresh', '--port', port, '--db', db, '--json']);
      if (!(first.code === 2 && /cannot listen/.test(first.stderr))) break;
    }
    expect(first.stderr).not.toMatch(/\n\s+at /);
    expect(first.code).toBe(0);
    const one = JSON.parse(first.stdout);
    expect(one.status).toBe('ok');
    expect(one.totals.new).toBeGreaterThan(0);
    expect(one.totals.failed).toBe(0);
    const langs = query(db, 'SELECT DISTINCT lang FROM v_documents');
    expect(langs).toEqual(expect.arrayContaining(['uk', 'ru', 'pl', 'bg']));
    const articleFetches = () => query(db, `SELECT count(*) FROM fetches WHERE kind = 'article'`)[0];
    const fetchesBefore = articleFetches();

    // Second run, as a person sees it: nothing new, no article fetched, what to try next.
    const second = await demo(['--port', port, '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/total: \d+ discovered, 0 fetched, 0 new, 0 duplicates, 0 failed/);
    expect(second.stdout).toMatch(/Nothing new/);
    expect(second.stdout).toContain(`npx eduwatch query events --db ${db} --type partnership`);
    expect(articleFetches()).toBe(fetchesBefore);

    // Telegram (issue 12): events from posts, with their post URLs; the re-crawl read only newer posts.
    const tgEvents = query(db, `SELECT d.url FROM events e JOIN documents d ON d.id = e.document_id WHERE d.source_id LIKE 'demo-tg-%'`) as string[];
    expect(tgEvents.length).toBeGreaterThan(3);
    for (const url of tgEvents) expect(url).toMatch(/^https:\/\/t\.me\/\w+\/\d+$/);
    expect(query(db, `SELECT DISTINCT lang FROM documents WHERE source_id LIKE 'demo-tg-%' ORDER BY 1`)).toEqual(['ru', 'uk']);
    const secondRun = query(db, `SELECT requested_url FROM fetches WHERE kind = 'listing' AND source_id LIKE 'demo-tg-%' AND run_id = (SELECT max(id) FROM runs)`) as string[];
    expect(secondRun).toHaveLength(2);
    for (const url of secondRun) expect(url).toMatch(/\?after=\d+$/);

    // The demo as a WARC: every digest checks with the independent reader, and it round-trips.
    const warc = join(dir, 'demo.warc.gz');
    expect((await runInProcess(['export', '--what', 'warc', '--db', db, '--out', warc])).code).toBe(0);
    const records = parseWarc(readFileSync(warc));
    expect(records.flatMap(digestProblems)).toEqual([]);
    expect(new Set(records.map((r) => r.field('WARC-Type')))).toEqual(new Set(['warcinfo', 'request', 'response', 'resource', 'conversion']));
    const fresh = join(dir, 'fresh.db');
    const imported = await runInProcess(['import', warc, '--db', fresh, '--sources', demoSourcesFile()]);
    expect(imported.code, imported.stderr).toBe(0);
    for (const sql of [
      'SELECT url, source_id, title, published_at, lang, text_sha256 FROM documents ORDER BY url',
      'SELECT d.url, e.type, e.data FROM events e JOIN documents d ON d.id = e.document_id ORDER BY d.url, e.start, e.type',
      'SELECT d.url, m.start, i.key FROM mentions m JOIN documents d ON d.id = m.document_id JOIN institutions i ON i.id = m.institution_id ORDER BY 1, 2, 3',
    ]) {
      expect(rows(fresh, sql)).toEqual(rows(db, sql));
    }

    // The demo as a WACZ: consistent when read back with another ZIP reader, the Telegram posts
    // indexed at their post URLs, and it round-trips through `import` too.
    const waczFile = join(dir, 'demo.wacz');
    expect((await runInProcess(['export', '--what', 'warc', '--format', 'wacz', '--db', db, '--out', waczFile])).code).toBe(0);
    expect(await waczProblems(readFileSync(waczFile))).toEqual([]);
    const wacz = readWacz(readFileSync(waczFile));
    const tgUrls = query(db, `SELECT final_url FROM fetches WHERE source_id LIKE 'demo-tg-%' AND kind = 'article'`) as string[];
    expect(tgUrls.length).toBeGreaterThan(3);
    const indexed = new Set(wacz.index.map((l) => l.json.url));
    for (const url of tgUrls) expect(indexed.has(url), url).toBe(true);
    expect(wacz.pages.length).toBe(query(db, 'SELECT count(*) FROM documents')[0]);
    const freshWacz = join(dir, 'fresh-wacz.db');
    const fromWacz = await runInProcess(['import', waczFile, '--db', freshWacz, '--sources', demoSourcesFile()]);
    expect(fromWacz.code, fromWacz.stderr).toBe(0);
    for (const sql of [
      'SELECT url, source_id, title, published_at, lang, text_sha256 FROM documents ORDER BY url',
      'SELECT d.url, e.type, e.data FROM events e JOIN documents d ON d.id = e.document_id ORDER BY d.url, e.start, e.type',
      'SELECT d.url, m.start, i.key FROM mentions m JOIN documents d ON d.id = m.document_id JOIN institutions i ON i.id = m.institution_id ORDER BY 1, 2, 3',
    ]) {
      expect(rows(freshWacz, sql)).toEqual(rows(db, sql));
    }
  });

  it('rejects an unknown option with exit 2', async () => {
    const r = await demo(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--bogus/);
  });
});
