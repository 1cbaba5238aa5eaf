/**
 * WACZ (issue 12): a store built by crawling a 127.0.0.1 fixture site (plus a browser-rendered page
 * stored directly) is exported with `export --what warc --format wacz`, and read back with a ZIP
 * reader that is not the writer's (fflate; eduwatch writes with yazl): every resource's size and
 * SHA-256, the datapackage digest, every CDXJ line followed to its record (warcio's parser on the
 * slice at offset/length), the WARC's digests by the independent reader, pages.jsonl against the
 * store's documents. The WARC inside is the one `export --what warc` writes; `import` of the .wacz
 * into a fresh store gives the same documents and tags. Bad --out values are one-line errors and
 * a failed export leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { crawledStoreWithRendered, RENDERED_URL, storeSnapshot } from './fixtures/store/crawled-with-rendered.js';
import { ARTICLES, startCliSite, type CliSite } from './fixtures/cli/site.js';
import { runInProcess } from './fixtures/cli/run.js';
import { parseWarc } from './helpers/warc-reader.js';
import { readWacz, recordAt, waczProblems, type ReadWacz } from './helpers/wacz-reader.js';

let dir: string;
let db: string;
let sourcesFile: string;
let site: CliSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-wacz-'));
  site = await startCliSite();
  db = join(dir, 'store.db');
  sourcesFile = await crawledStoreWithRendered(dir, site, db, Buffer.from('<!doctype html><html lang="uk"><head><title>Рендер</title></head><body><div id="app"></div></body></html>'));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = async (args: string[]) => {
  const r = await runInProcess(args);
  if (r.code !== 0) throw new Error(`eduwatch ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
};

function all<T>(file: string, sql: string): T[] {
  const conn = openStore(file, { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

describe('export --what warc --format wacz', () => {
  let file: string;
  let zip: Buffer;
  let wacz: ReadWacz;
  beforeAll(async () => {
    file = join(dir, 'crawl.wacz');
    const r = await run(['export', '--what', 'warc', '--format', 'wacz', '--db', db, '--out', file]);
    expect(r.stderr).toMatch(/^exported \d+ fetches \(\d+ WARC records, \d+ pages, \d+ index lines\) to .*crawl\.wacz\n$/);
    zip = readFileSync(file);
    wacz = readWacz(zip);
  });

  it('is a consistent WACZ 1.1.1: hashes and sizes, digest file, every index line points at its record, the WARC digests check', async () => {
    expect(await waczProblems(zip)).toEqual([]);
    expect(Object.keys(wacz.files).sort()).toEqual(['archive/data.warc.gz', 'datapackage-digest.json', 'datapackage.json', 'indexes/index.cdx', 'pages/pages.jsonl']);
    expect(wacz.datapackage.resources.map((r) => r.path)).toEqual(['archive/data.warc.gz', 'indexes/index.cdx', 'pages/pages.jsonl']);
    expect(wacz.datapackage).toMatchObject({ profile: 'data-package', wacz_version: '1.1.1', software: expect.stringMatching(/^eduwatch \d/) });
    expect(wacz.methods['archive/data.warc.gz']).toBe(0);
  });

  it('a tampered package is caught by the same check (the check can fail)', async () => {
    const files = Object.fromEntries(Object.entries(wacz.files).map(([k, v]) => [k, new Uint8Array(v)]));
    const warc = Buffer.from(files['archive/data.warc.gz']);
    warc[warc.length - 5] ^= 0xff;
    files['archive/data.warc.gz'] = new Uint8Array(warc);
    const bad = await waczProblems(Buffer.from(zipSync(files, { level: 0 })));
    expect(bad.some((m) => m.startsWith('resource archive/data.warc.gz: hash'))).toBe(true);
  });

  it('holds the WARC `export --what warc` writes, record for record', async () => {
    const plain = join(dir, 'crawl.warc.gz');
    await run(['export', '--what', 'warc', '--db', db, '--out', plain]);
    const a = parseWarc(readFileSync(plain));
    const b = parseWarc(wacz.files['archive/data.warc.gz']);
    expect(b.length).toBe(a.length);
    expect(b[0].field('WARC-Type')).toBe('warcinfo');
    // The warcinfo record is dated at the export and names the file; every other record is the same bytes.
    expect(b.slice(1).map((r) => r.block.toString('latin1'))).toEqual(a.slice(1).map((r) => r.block.toString('latin1')));
    expect(b.slice(1).map((r) => r.fields)).toEqual(a.slice(1).map((r) => r.fields));
  });

  it('indexes every response with the store\'s status and SHA-256, and the rendered DOM; no request or warcinfo line', async () => {
    const fetches = all<{ final_url: string; status: number; sha256: string; fetched_at: string }>(db, 'SELECT final_url, status, sha256, fetched_at FROM fetches WHERE status > 0 ORDER BY id');
    expect(wacz.index).toHaveLength(fetches.length + 1);
    for (const f of fetches) {
      const line = wacz.index.find((l) => l.json.url === f.final_url && l.timestamp === f.fetched_at.replace(/[-:T]/g, '').slice(0, 14))!;
      expect(line, f.final_url).toBeDefined();
      expect(line.json).toMatchObject({ status: String(f.status), digest: f.sha256, filename: 'data.warc.gz' });
      const { record } = await recordAt(wacz, line);
      expect(record.warcType).toBe('response');
    }
    const dom = wacz.index.find((l) => l.json.url === `urn:dom:${RENDERED_URL}`)!;
    expect((await recordAt(wacz, dom)).record.warcType).toBe('resource');
    expect(wacz.index.map((l) => l.urlkey).some((k) => k.startsWith('1,0,0,127:'))).toBe(true);
  });

  it('pages.jsonl: a header, then each document at the fetch it was first read from, with its title', () => {
    expect(wacz.pagesHeader).toEqual({ format: 'json-pages-1.0', id: 'pages', title: expect.stringContaining('store.db') });
    const docs = all<{ id: number; url: string; title: string | null; ts: string }>(
      db,
      'SELECT d.id, f.final_url AS url, d.title, f.fetched_at AS ts FROM documents d JOIN fetches f ON f.id = d.fetch_id ORDER BY d.id',
    );
    expect(docs.length).toBe(ARTICLES.length);
    expect(wacz.pages).toEqual(docs.map((d) => ({ id: `eduwatch-document-${d.id}`, url: d.url, ts: d.ts, ...(d.title ? { title: d.title } : {}) })));
  });

  it('--since/--until and --source filter as for the WARC', async () => {
    const out = join(dir, 'since.wacz');
    await run(['export', '--what', 'warc', '--format', 'wacz', '--db', db, '--since', '2026-01-02', '--until', '2026-01-02', '--out', out]);
    const w = readWacz(readFileSync(out));
    expect(await waczProblems(readFileSync(out))).toEqual([]);
    expect(w.index.map((l) => l.json.url).sort()).toEqual([RENDERED_URL, `urn:dom:${RENDERED_URL}`]);
    // The rendered page's text is a crawled article's: a second sighting, not a page of its own.
    expect(w.pages).toEqual([]);
    expect(w.datapackage.title).toMatch(/since 2026-01-02, until 2026-01-02/);
    const unknown = await runInProcess(['export', '--what', 'warc', '--format', 'wacz', '--db', db, '--source', 'nope', '--out', join(dir, 'x.wacz')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--source nope: no such source/);
  });

  it('bad --out: one-line errors, exit 2, nothing written; a failure half-way leaves nothing behind', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    mkdirSync(join(bad, 'adir.wacz'));
    const cases: [string[], RegExp][] = [
      [[], /give --out FILE\.wacz/],
      [['--out', join(bad, 'crawl.zip')], /crawl\.zip: a WACZ file name ends in \.wacz \(e\.g\. --out crawl\.wacz\)/],
      [['--out', join(bad, 'nodir', 'crawl.wacz')], /directory .*nodir does not exist/],
      [['--out', join(bad, 'adir.wacz')], /adir\.wacz is a directory/],
    ];
    for (const [extra, message] of cases) {
      const r = await runInProcess(['export', '--what', 'warc', '--format', 'wacz', '--db', db, ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const wrong = await runInProcess(['export', '--what', 'events', '--format', 'wacz', '--db', db, '--out', join(bad, 'e.wacz')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--format wacz needs --what warc/);
    // The ZIP cannot be written (its temporary name is taken by a directory): the export fails, and
    // neither the output, nor its temporary file, nor the working directory is left.
    mkdirSync(join(bad, 'fail.wacz.tmp'));
    const failed = await runInProcess(['export', '--what', 'warc', '--format', 'wacz', '--db', db, '--out', join(bad, 'fail.wacz')]);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/export failed \(nothing written to .*fail\.wacz\)/);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(bad).sort()).toEqual(['adir.wacz', 'fail.wacz.tmp']);
  });
});

describe('import FILE.wacz', () => {
  it('the WACZ imported into a fresh store gives the same documents and tags; a second import adds nothing', async () => {
    const file = join(dir, 'round.wacz');
    await run(['export', '--what', 'warc', '--format', 'wacz', '--db', db, '--out', file]);
    const fresh = join(dir, 'fresh.db');
    const first = JSON.parse((await run(['import', file, '--db', fresh, '--sources', sourcesFile, '--json'])).stdout);
    const before = storeSnapshot(db);
    expect(first).toMatchObject({ file, source: null, new: before.documents.length, duplicates: 1, known: 0, problems: [] });
    expect(before.events.length).toBeGreaterThan(0);
    expect(storeSnapshot(fresh)).toEqual(before);
    const sha = (f: string) => all<{ final_url: string; sha256: string }>(f, 'SELECT final_url, sha256 FROM fetches ORDER BY id');
    expect(sha(fresh)).toEqual(sha(db));
    const second = JSON.parse((await run(['import', file, '--db', fresh, '--sources', sourcesFile, '--json'])).stdout);
    expect(second).toMatchObject({ new: 0, known: ARTICLES.length + 1 });
    expect(storeSnapshot(fresh)).toEqual(before);
  });

  it('a ZIP without archive/*.warc.gz, or a broken ZIP, is a one-line error', async () => {
    const fresh = join(dir, 'bad-zip.db');
    const noWarc = join(dir, 'other.wacz');
    writeFileSync(noWarc, zipSync({ 'readme.txt': strToU8('not an archive') }));
    const r = await runInProcess(['import', noWarc, '--source', 'fixture-news', '--db', fresh, '--sources', sourcesFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/other\.wacz is a ZIP file without archive\/\*\.warc\.gz/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const broken = join(dir, 'broken.wacz');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), createHash('sha256').update('x').digest()]));
    const b = await runInProcess(['import', broken, '--source', 'fixture-news', '--db', fresh, '--sources', sourcesFile]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/broken\.wacz is not a readable ZIP \(WACZ\) file/);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
  });
});
