/**
 * Researchers' commands (query, search, evidence, export, status) run in-process against a store
 * built by crawling the fixture site with the normal crawl code.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSources } from '../crawlers/index.js';
import { runCrawl } from '../cli/crawl-run.js';
import { createProgress } from '../cli/progress.js';
import { openStore } from '../store/index.js';
import { ARTICLES, startCliSite, writeSources, type CliSite } from './fixtures/cli/site.js';
import { runInProcess } from './fixtures/cli/run.js';

let dir: string;
let db: string;
let site: CliSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-cli-query-'));
  site = await startCliSite();
  const { sources } = loadSources(writeSources(dir, site.server.url));
  db = join(dir, 'store.db');
  const conn = openStore(db);
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const result = await runCrawl({ db: conn, sources, progress: createProgress({ json: true, stream: sink }) });
  conn.close();
  expect(result.sources[0]).toMatchObject({ status: 'ok', new: ARTICLES.length });
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = async (args: string[]) => {
  const r = await runInProcess(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('query events', () => {
  it('JSON rows carry the extract fields plus their provenance', async () => {
    const rows = await json(['query', 'events', '--db', db, '--json']);
    expect(rows.length).toBeGreaterThan(0);
    for (const e of rows) {
      expect(e).toEqual(
        expect.objectContaining({
          id: expect.any(Number),
          type: expect.stringMatching(/^(partnership|damage)$/),
          quote: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
          confidence: expect.any(Number),
          extractor: expect.any(String),
          extractorVersion: expect.any(String),
          documentId: expect.any(Number),
          documentUrl: expect.stringContaining(site.server.url),
          sourceId: 'fixture-news',
        }),
      );
      expect(e).toHaveProperty('published');
      expect(e).toHaveProperty('lang');
    }
  });

  it('--type partnership returns only partnerships, in every format', async () => {
    const rows = await json(['query', 'events', '--db', db, '--type', 'partnership', '--format', 'json']);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((e: { type: string }) => e.type === 'partnership')).toBe(true);
    const ids = rows.map((e: { id: number }) => e.id).sort();

    const jsonl = await runInProcess(['query', 'events', '--db', db, '--type', 'partnership', '--format', 'jsonl']);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).id).sort()).toEqual(ids);

    const csv = await runInProcess(['query', 'events', '--db', db, '--type', 'partnership', '--format', 'csv']);
    const lines = csv.stdout.split('\r\n').filter(Boolean);
    expect(lines[0].startsWith('id,type,date,')).toBe(true);
    expect(lines[0]).toContain('documentUrl');

    const table = await runInProcess(['query', 'events', '--db', db, '--type', 'partnership']);
    expect(table.code).toBe(0);
    const tableLines = table.stdout.trimEnd().split('\n');
    expect(tableLines[0]).toMatch(/^\s*id\s+date\s+type\s+institution \/ parties\s+location\s+status\s+source\s+conf\s+grade\s+incident\s+quote$/);
    expect(tableLines.filter((l) => !l.startsWith('*'))).toHaveLength(ids.length + 2);
  });

  it('--lang and --since filter rows', async () => {
    const all = await json(['query', 'events', '--db', db, '--json']);
    const pl = await json(['query', 'events', '--db', db, '--lang', 'pl', '--json']);
    expect(pl.every((e: { lang: string }) => e.lang === 'pl')).toBe(true);
    expect(pl.length).toBe(all.filter((e: { lang: string }) => e.lang === 'pl').length);
    const recent = await json(['query', 'events', '--db', db, '--since', '2024-01-01', '--json']);
    for (const e of recent) expect((e.date ?? e.published).slice(0, 10) >= '2024-01-01').toBe(true);
    expect(recent.length).toBeLessThan(all.length);
  });

  it.each([
    ['--institution', `' OR 1=1 --`],
    ['--institution', '%'],
    ['--institution', '_'],
    ['--institution', '"'],
    ['--location', `%'; DROP TABLE events; --`],
    ['--location', '_%_'],
    ['--source', `fixture-news' OR '1'='1`],
    ['--lang', `uk' OR 1=1`],
  ])('%s %j returns nothing (or a clear error), never every row', async (flag, value) => {
    const r = await runInProcess(['query', 'events', '--db', db, flag, value, '--json']);
    if (r.code === 0) expect(JSON.parse(r.stdout)).toEqual([]);
    else {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^eduwatch: --lang/);
    }
    // The store is unharmed.
    expect((await json(['query', 'events', '--db', db, '--json'])).length).toBeGreaterThan(0);
  });

  it('a text filter with a quote, % and _ matches literally', async () => {
    // The fixture article title holds „Sukces 100%”; the institution filter is literal text.
    const docs = await json(['query', 'documents', '--db', db, '--json']);
    const literal = docs.filter((d: { title: string }) => d.title.includes('100%'));
    expect(literal).toHaveLength(1);
    const none = await json(['query', 'documents', '--db', db, '--institution', '100%_', '--json']);
    expect(none).toEqual([]);
  });

  it('bad filter values exit 2 with a message naming the option', async () => {
    const r = await runInProcess(['query', 'events', '--db', db, '--since', '12.03.2024']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since/);
    const t = await runInProcess(['query', 'events', '--db', db, '--type', 'flood']);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/--type/);
  });

  it('a missing database is a clear usage error', async () => {
    const r = await runInProcess(['query', 'events', '--db', join(dir, 'nope.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no evidence store at .*nope\.db/);
  });
});

describe('query documents and institutions', () => {
  it('documents: one per article, in four languages', async () => {
    const docs = await json(['query', 'documents', '--db', db, '--json']);
    expect(docs).toHaveLength(ARTICLES.length);
    expect(new Set(docs.map((d: { lang: string }) => d.lang))).toEqual(new Set(['uk', 'ru', 'pl', 'bg']));
    const uk = await json(['query', 'documents', '--db', db, '--lang', 'uk', '--json']);
    expect(uk).toHaveLength(ARTICLES.filter((a) => a.lang === 'uk').length);
  });

  it('institutions: JSON with names and counts; table and csv render', async () => {
    const rows = await json(['query', 'institutions', '--db', db, '--json']);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toEqual(expect.objectContaining({ id: expect.any(Number), name: expect.any(String), names: expect.any(Array), mentions: expect.any(Number) }));
    const csv = await runInProcess(['query', 'institutions', '--db', db, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,key,name,kind,names,mentions,documents,firstSeen,lastSeen,events');
    const none = await json(['query', 'institutions', '--db', db, '--search', `'; DELETE FROM institutions; --`, '--json']);
    expect(none).toEqual([]);
  });
});

describe('search', () => {
  it('finds inflected forms and marks them', async () => {
    const rows = await json(['search', 'меморандум', '--db', db, '--json']);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r: { snippet: string }) => /\[меморандум\w*\]/i.test(r.snippet))).toBe(true);
    const szkola = await json(['search', 'szkoła', '--db', db, '--json']);
    expect(szkola.map((r: { lang: string }) => r.lang)).toContain('pl');
  });

  it('prints a readable list with plain markers when not a terminal', async () => {
    const r = await runInProcess(['search', 'меморандум', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#\d+ {2}(uk|bg)/m);
    expect(r.stdout).toContain('[');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it.each([[`" OR *`], ['NEAR(a b)'], [`school'; DROP TABLE documents; --`], ['100%']])('survives hostile text %j', async (q) => {
    const r = await runInProcess(['search', q, '--db', db, '--json']);
    expect([0, 2]).toContain(r.code);
    if (r.code === 0) expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    expect((await json(['query', 'documents', '--db', db, '--json'])).length).toBe(ARTICLES.length);
  });
});

describe('evidence', () => {
  it('prints the chain and writes the archived bytes exactly', async () => {
    const [event] = await json(['query', 'events', '--db', db, '--limit', '1', '--json']);
    const r = await runInProcess(['evidence', String(event.id), '--db', db]);
    expect(r.code).toBe(0);
    for (const label of ['Sentence in its paragraph', 'Document #', 'Fetch #', 'SHA-256', 'Archived', 'Verified', 'Why trusted']) {
      expect(r.stdout).toContain(label);
    }
    expect(r.stdout).toContain('[[');
    expect(r.stdout).toContain(event.documentUrl);

    const ev = await json(['evidence', String(event.id), '--db', db, '--json']);
    expect(ev.event.id).toBe(event.id);
    expect(ev.source.verified).toEqual({ by: 'test suite', on: '2026-11-22', note: expect.any(String) });

    const out = join(dir, 'raw.html');
    const raw = await runInProcess(['evidence', String(event.id), '--db', db, '--raw', out, '--json']);
    expect(raw.code).toBe(0);
    const bytes = readFileSync(out);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(ev.fetch.sha256);
    // To stdout with "-": the bytes and nothing else.
    const piped = await runInProcess(['evidence', String(event.id), '--db', db, '--raw', '-']);
    expect(piped.code).toBe(0);
    expect(createHash('sha256').update(Buffer.from(piped.stdout, 'utf8')).digest('hex')).toBe(ev.fetch.sha256);
    const slug = new URL(event.documentUrl).pathname.replace('/news/', '').replace('.html', '');
    expect(bytes.toString('utf8')).toContain(ARTICLES.find((a) => a.slug === slug)!.paragraphs[0].slice(0, 40));
  });

  it.each([['999999'], ['abc'], ['-1']])('unknown or bad id %s exits 2', async (id) => {
    const r = await runInProcess(['evidence', id, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/event|ID/);
  });
});

describe('export', () => {
  it.each([['events'], ['institutions'], ['documents']])('%s as CSV and JSONL to a file, nothing temporary left', async (what) => {
    const csvFile = join(dir, `${what}.csv`);
    const r = await runInProcess(['export', '--db', db, '--what', what, '--format', 'csv', '--out', csvFile]);
    expect(r.code).toBe(0);
    const lines = readFileSync(csvFile, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^id,/);
    expect(lines[0]).toContain(what === 'institutions' ? 'document_url' : 'sha256');
    const jsonlFile = join(dir, `${what}.jsonl`);
    expect((await runInProcess(['export', '--db', db, '--what', what, '--format', 'jsonl', '--out', jsonlFile])).code).toBe(0);
    const rows = readFileSync(jsonlFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    if (what === 'documents') expect(rows).toHaveLength(ARTICLES.length);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('streams to stdout with filters; an empty result still has the CSV header', async () => {
    const r = await runInProcess(['export', '--db', db, '--what', 'documents', '--format', 'jsonl', '--lang', 'bg']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).lang)).toEqual(['bg']);
    const empty = await runInProcess(['export', '--db', db, '--what', 'events', '--format', 'csv', '--institution', 'zzz-nothing']);
    expect(empty.stdout).toMatch(/^id,type,.*\r\n$/);
  });

  it('a failed export leaves no file behind', async () => {
    const out = join(dir, 'no-such-dir', 'x.csv');
    const r = await runInProcess(['export', '--db', db, '--what', 'events', '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
});

describe('status', () => {
  it('reports each source, exit 0 when healthy', async () => {
    const s = await json(['status', '--db', db, '--json']);
    expect(s.failing).toEqual([]);
    expect(s.sources).toEqual([
      expect.objectContaining({ id: 'fixture-news', failing: false, newInLastRun: ARTICLES.length, consecutiveFailures: 0, lastSuccess: expect.any(String) }),
    ]);
    const table = await runInProcess(['status', '--db', db]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/fixture-news\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+ok\s+6/);
  });

  it('--sources also lists sources never crawled into this store', async () => {
    const d = mkdtempSync(join(dir, 'status-sources-'));
    const file = writeSources(d, 'http://127.0.0.1:9', { id: 'not-yet' });
    const s = await json(['status', '--db', db, '--sources', file, '--json']);
    expect(s.sources).toEqual([expect.objectContaining({ id: 'not-yet', lastRun: null, failing: false, warnings: [expect.stringMatching(/never crawled/)] })]);
  });

  it('exits 1 when a source is failing', async () => {
    const d = mkdtempSync(join(dir, 'failing-'));
    // Nothing listens on port 9 of 127.0.0.1 (discard): the feed cannot be fetched.
    const { sources } = loadSources(writeSources(d, 'http://127.0.0.1:9', { id: 'dead-source' }));
    const failingDb = join(d, 'store.db');
    const conn = openStore(failingDb);
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    await runCrawl({ db: conn, sources, progress: createProgress({ json: true, stream: sink }) });
    conn.close();
    const r = await runInProcess(['status', '--db', failingDb, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).failing).toEqual(['dead-source']);
    expect(r.stderr).toMatch(/dead-source/);
  });
});

// Last: re-tagging rewrites the events (and their ids).
describe('reextract', () => {
  it('does nothing when every document is current; --all re-tags them all', async () => {
    const before = await json(['query', 'events', '--db', db, '--json']);
    const current = await json(['reextract', '--db', db, '--json']);
    expect(current).toMatchObject({ documents: 0, failed: [] });
    const r = await runInProcess(['reextract', '--db', db, '--all', '--json']);
    expect(r.code).toBe(0);
    const all = JSON.parse(r.stdout);
    expect(all).toMatchObject({ documents: ARTICLES.length, events: before.length, failed: [] });
    expect(all.docsPerSecond === null || all.docsPerSecond > 0).toBe(true);
    // Progress went to stderr as JSON lines.
    expect(r.stderr.trim().split('\n').map((l) => JSON.parse(l).event)).toContain('reextract-progress');
    const text = await runInProcess(['reextract', '--db', db, '--all']);
    expect(text.stdout).toMatch(new RegExp(`^Re-tagged ${ARTICLES.length} documents in [\\d.]+ s \\([\\d—]+ docs/s\\)`));
    expect((await json(['query', 'events', '--db', db, '--json'])).length).toBe(before.length);
  });
});
