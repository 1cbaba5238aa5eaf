/**
 * WARC (issue 12): a store built by crawling a 127.0.0.1 fixture site (one page served gzip-encoded,
 * plus a browser-rendered page stored directly) is exported with `export --what warc`, read back by
 * an independent reader (test/helpers/warc-reader.ts: node:zlib, no warcio) that checks every
 * digest and record; `evidence N --warc` gives the fetch's records; `import` of the export into a
 * fresh store gives the same documents and tags; a second import adds nothing; a foreign archive
 * (wget-like: chunked, gzip Content-Encoding, an image, a revisit) imports its HTML pages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { crawledStoreWithRendered, RENDERED_URL, storeSnapshot } from './fixtures/store/crawled-with-rendered.js';
import { articleHtml, ARTICLES, startCliSite, type CliSite } from './fixtures/cli/site.js';
import { runInProcess } from './fixtures/cli/run.js';
import { digestProblems, parseWarc, type ReadRecord } from './helpers/warc-reader.js';

let dir: string;
let db: string;
let sourcesFile: string;
let site: CliSite;
const GZIP_SLUG = ARTICLES[1].slug;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-warc-'));
  site = await startCliSite();
  // One article served gzip-encoded: the store keeps the decoded bytes, the WARC says so.
  const gz = gzipSync(Buffer.from(articleHtml(ARTICLES[1]), 'utf8'));
  site.server.routes[`/news/${GZIP_SLUG}.html`] = (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gz);
  };
  // A browser-rendered page: the served HTML has no body text, the rendered DOM has it.
  db = join(dir, 'store.db');
  sourcesFile = await crawledStoreWithRendered(dir, site, db, Buffer.from('<!doctype html><html lang="uk"><head><title>Рендер</title></head><body><div id="app"></div><script>render()</script></body></html>'));
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

interface FetchRow {
  id: number;
  kind: string;
  requested_url: string;
  final_url: string;
  status: number;
  sha256: string;
  size: number;
  fetched_at: string;
  via: string;
  rendered: number;
  request_headers: string | null;
}
function fetchRows(file: string): FetchRow[] {
  const conn = openStore(file, { readonly: true });
  try {
    return conn
      .prepare('SELECT id, kind, requested_url, final_url, status, sha256, size, fetched_at, via, rendered_gz IS NOT NULL AS rendered, request_headers FROM fetches ORDER BY id')
      .all() as FetchRow[];
  } finally {
    conn.close();
  }
}

describe('export --what warc', () => {
  let records: ReadRecord[];
  let rows: FetchRow[];
  beforeAll(async () => {
    const out = join(dir, 'crawl.warc.gz');
    const r = await run(['export', '--what', 'warc', '--db', db, '--out', out]);
    expect(r.stderr).toMatch(/^exported \d+ fetches \(\d+ WARC records\) to /);
    records = parseWarc(readFileSync(out));
    rows = fetchRows(db);
  });

  it('every record is well framed and every digest matches its bytes', () => {
    expect(records.length).toBeGreaterThan(2 * ARTICLES.length);
    const problems = records.flatMap(digestProblems);
    expect(problems).toEqual([]);
    for (const rec of records) {
      expect(rec.version).toBe('WARC/1.1');
      expect(rec.field('WARC-Record-ID')).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
      expect(Date.parse(rec.field('WARC-Date')!)).not.toBeNaN();
      if (rec.field('WARC-Type') !== 'warcinfo') {
        expect(rec.field('WARC-Block-Digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(rec.field('WARC-Payload-Digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
      }
    }
    const ids = records.map((r) => r.field('WARC-Record-ID'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(records[0].field('WARC-Type')).toBe('warcinfo');
  });

  it('each fetch is a request and a response record; the payload digest is the store\'s SHA-256 of the archived bytes', () => {
    for (const f of rows) {
      const mine = records.filter((r) => r.field('eduwatch-Fetch-ID') === String(f.id));
      const response = mine.find((r) => r.field('WARC-Type') === 'response')!;
      const request = mine.find((r) => r.field('WARC-Type') === 'request')!;
      expect(response, `response of fetch ${f.id}`).toBeDefined();
      expect(request, `request of fetch ${f.id}`).toBeDefined();
      expect(response.field('WARC-Payload-Digest')).toBe(`sha256:${f.sha256}`);
      expect(response.field('eduwatch-SHA256')).toBe(f.sha256);
      expect(response.http!.payload.length).toBe(f.size);
      expect(createHash('sha256').update(response.http!.payload).digest('hex')).toBe(f.sha256);
      expect(response.http!.startLine).toMatch(new RegExp(`^HTTP/1\\.1 ${f.status}\\b`));
      expect(response.http!.headers['content-length']).toBe(String(f.size));
      expect(response.field('WARC-Target-URI')).toBe(f.final_url);
      expect(response.field('WARC-Date')).toBe(f.fetched_at);
      expect(response.field('eduwatch-Fetch-Kind')).toBe(f.kind);
      expect(request.field('WARC-Concurrent-To')).toBe(response.field('WARC-Record-ID'));
      expect(request.http!.startLine).toBe(`GET ${new URL(f.final_url).pathname}${new URL(f.final_url).search} HTTP/1.1`);
      expect(request.http!.headers.host).toBe(new URL(f.final_url).host);
      if (f.request_headers) {
        for (const [k, v] of Object.entries(JSON.parse(f.request_headers) as Record<string, string>)) expect(request.http!.headers[k]).toBe(v);
      }
    }
  });

  it('the request record holds the headers the site received', () => {
    const article = rows.find((f) => f.final_url.endsWith(`/news/${ARTICLES[0].slug}.html`))!;
    const request = records.find((r) => r.field('eduwatch-Fetch-ID') === String(article.id) && r.field('WARC-Type') === 'request')!;
    const received = site.server.requests.find((q) => q.path === `/news/${ARTICLES[0].slug}.html`)!;
    expect(request.http!.headers['user-agent']).toBe(received.headers['user-agent']);
    expect(request.http!.headers.accept).toBe(received.headers.accept);
  });

  it('a gzip-served page is archived decoded, with no Content-Encoding and the coding named', () => {
    const f = rows.find((r) => r.final_url.endsWith(`/news/${GZIP_SLUG}.html`))!;
    const response = records.find((r) => r.field('eduwatch-Fetch-ID') === String(f.id) && r.field('WARC-Type') === 'response')!;
    expect(response.http!.headers['content-encoding']).toBeUndefined();
    expect(response.field('eduwatch-Content-Encoding-Removed')).toBe('gzip');
    expect(response.http!.payload.toString('utf8')).toBe(articleHtml(ARTICLES[1]));
  });

  it('a browser-rendered page keeps its rendered DOM as a resource record', () => {
    const f = rows.find((r) => r.final_url === RENDERED_URL)!;
    const mine = records.filter((r) => r.field('eduwatch-Fetch-ID') === String(f.id));
    const dom = mine.find((r) => r.field('WARC-Type') === 'resource')!;
    const response = mine.find((r) => r.field('WARC-Type') === 'response')!;
    expect(dom.field('WARC-Target-URI')).toBe(`urn:dom:${RENDERED_URL}`);
    expect(dom.field('WARC-Concurrent-To')).toBe(response.field('WARC-Record-ID'));
    expect(dom.field('Content-Type')).toBe('text/html; charset=utf-8');
    expect(dom.block.toString('utf8')).toBe(articleHtml(ARTICLES[2]));
    expect(response.field('eduwatch-Via')).toBe('browser');
    expect(mine.filter((r) => r.field('WARC-Type') === 'resource')).toHaveLength(1);
    expect(records.filter((r) => r.field('WARC-Type') === 'resource')).toHaveLength(1);
  });

  it('--source, --since and --until select fetches; a filter that means nothing for fetches is refused', async () => {
    const out = join(dir, 'since.warc');
    await run(['export', '--what', 'warc', '--db', db, '--since', '2026-01-02', '--until', '2026-01-02', '--out', out]);
    const recs = parseWarc(readFileSync(out));
    expect(recs.filter((r) => r.field('WARC-Type') === 'response').map((r) => r.field('WARC-Target-URI'))).toEqual([RENDERED_URL]);
    const bad = await runInProcess(['export', '--what', 'warc', '--db', db, '--lang', 'uk', '--out', join(dir, 'x.warc.gz')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang does not apply to --what warc/);
    const unknown = await runInProcess(['export', '--what', 'warc', '--db', db, '--source', 'nope', '--out', join(dir, 'x.warc.gz')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--source nope: no such source/);
  });

  it('evidence N --warc writes the records of the event\'s fetch, the same as in the export', async () => {
    const events = JSON.parse((await run(['query', 'events', '--db', db, '--json'])).stdout) as { id: number; fetchId: number }[];
    const ev = events[0];
    const out = join(dir, 'one.warc.gz');
    await run(['evidence', String(ev.id), '--db', db, '--warc', out]);
    const one = parseWarc(readFileSync(out));
    expect(one.flatMap(digestProblems)).toEqual([]);
    expect(one.map((r) => r.field('WARC-Type'))).toEqual(['request', 'response']);
    const inExport = records.filter((r) => r.field('eduwatch-Fetch-ID') === String(ev.fetchId));
    expect(one.map((r) => r.field('WARC-Record-ID'))).toEqual(inExport.map((r) => r.field('WARC-Record-ID')));
    expect(one.map((r) => r.block.toString('latin1'))).toEqual(inExport.map((r) => r.block.toString('latin1')));
  });
});

describe('import', () => {
  it('an exported store imported into a fresh store gives the same documents and tags; a second import adds nothing', async () => {
    const out = join(dir, 'round.warc.gz');
    await run(['export', '--what', 'warc', '--db', db, '--out', out]);
    const fresh = join(dir, 'fresh.db');
    const first = JSON.parse((await run(['import', out, '--db', fresh, '--sources', sourcesFile, '--json'])).stdout);
    const before = storeSnapshot(db);
    // The rendered page's text is one of the crawled articles': a second sighting, as in the crawl.
    expect(first).toMatchObject({ source: null, new: before.documents.length, duplicates: 1, known: 0, problems: [] });
    expect(before.events.length).toBeGreaterThan(0);
    expect(storeSnapshot(fresh)).toEqual(before);
    // Header order is not kept (it means nothing in HTTP); the headers are.
    const comparable = (file: string) => fetchRows(file).map(({ id: _id, request_headers, ...r }) => ({ ...r, request_headers: request_headers ? JSON.parse(request_headers) : null }));
    expect(comparable(fresh)).toEqual(comparable(db));

    const second = JSON.parse((await run(['import', out, '--db', fresh, '--sources', sourcesFile, '--json'])).stdout);
    expect(second).toMatchObject({ new: 0, known: ARTICLES.length + 1 });
    expect(storeSnapshot(fresh)).toEqual(before);
  });

  it('a foreign archive (chunked, gzip-encoded, an image, a revisit) imports its HTML pages under --source', async () => {
    const url = 'http://127.0.0.1:9/news/foreign.html';
    const html = Buffer.from(articleHtml(ARTICLES[3]), 'utf8');
    const gz = gzipSync(html);
    const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
    const record = (fields: string[], block: Buffer) => {
      const head = ['WARC/1.0', ...fields, `Content-Length: ${block.length}`].join('\r\n');
      return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
    };
    const http = (start: string, headers: string[], payload: Buffer) => Buffer.concat([Buffer.from([start, ...headers].join('\r\n') + '\r\n\r\n'), payload]);
    const warc = Buffer.concat([
      record(['WARC-Type: warcinfo', 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>', 'WARC-Date: 2025-05-01T10:00:00Z', 'Content-Type: application/warc-fields'], Buffer.from('software: Wget/1.21\r\n')),
      record(
        ['WARC-Type: request', 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000002>', `WARC-Target-URI: <${url}>`, 'WARC-Date: 2025-05-01T10:00:01Z', 'WARC-Concurrent-To: <urn:uuid:00000000-0000-4000-8000-000000000003>', 'Content-Type: application/http;msgtype=request'],
        http('GET /news/foreign.html HTTP/1.1', ['Host: 127.0.0.1:9', 'User-Agent: Wget/1.21'], Buffer.alloc(0)),
      ),
      record(
        ['WARC-Type: response', 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000003>', `WARC-Target-URI: <${url}>`, 'WARC-Date: 2025-05-01T10:00:01Z', 'Content-Type: application/http;msgtype=response'],
        http('HTTP/1.1 200 OK', ['Content-Type: text/html; charset=UTF-8', 'Content-Encoding: gzip', 'Transfer-Encoding: chunked'], chunked),
      ),
      record(
        ['WARC-Type: response', 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000004>', 'WARC-Target-URI: http://127.0.0.1:9/logo.png', 'WARC-Date: 2025-05-01T10:00:02Z', 'Content-Type: application/http;msgtype=response'],
        http('HTTP/1.1 200 OK', ['Content-Type: image/png'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      ),
      record(
        ['WARC-Type: revisit', 'WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000005>', `WARC-Target-URI: ${url}`, 'WARC-Date: 2025-05-02T10:00:00Z', 'WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest'],
        Buffer.alloc(0),
      ),
    ]);
    const file = join(dir, 'wget.warc');
    writeFileSync(file, warc);
    const fresh = join(dir, 'foreign.db');

    const noSource = await runInProcess(['import', file, '--db', fresh, '--sources', sourcesFile]);
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toMatch(/names no eduwatch source.*pass --source ID/);

    const r = JSON.parse((await run(['import', file, '--source', 'fixture-news', '--db', fresh, '--sources', sourcesFile, '--json'])).stdout);
    expect(r).toMatchObject({ source: 'fixture-news', pages: 1, new: 1, skipped: { 'not-html': 1, revisit: 1, 'not-response': 1 } });
    const conn = openStore(fresh, { readonly: true });
    try {
      const doc = conn.prepare('SELECT d.url, d.lang, d.title, f.sha256, f.headers, f.request_headers, f.fetched_at FROM documents d JOIN fetches f ON f.id = d.fetch_id').get() as Record<string, string>;
      expect(doc).toMatchObject({ url, lang: ARTICLES[3].lang, fetched_at: '2025-05-01T10:00:01.000Z', sha256: createHash('sha256').update(html).digest('hex') });
      expect(JSON.parse(doc.headers)).toMatchObject({ 'content-type': 'text/html; charset=UTF-8', 'content-encoding': 'gzip' });
      expect(JSON.parse(doc.request_headers)).toMatchObject({ 'user-agent': 'Wget/1.21' });
      expect(conn.prepare('SELECT count(*) FROM events').pluck().get()).toBeGreaterThan(0);
    } finally {
      conn.close();
    }
  });

  it('bad input: a missing file, a file that is no WARC, an unknown source', async () => {
    const fresh = join(dir, 'bad.db');
    const missing = await runInProcess(['import', join(dir, 'nope.warc.gz'), '--db', fresh, '--sources', sourcesFile]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.warc\.gz: no such file/);
    const junk = join(dir, 'junk.warc');
    writeFileSync(junk, 'this is not a warc file\r\n\r\n');
    const notWarc = await runInProcess(['import', junk, '--source', 'fixture-news', '--db', fresh, '--sources', sourcesFile]);
    expect(notWarc.code).toBe(2);
    expect(notWarc.stderr.trim().split('\n')).toHaveLength(1);
    expect(notWarc.stderr).toMatch(/junk\.warc/);
    const unknown = await runInProcess(['import', junk, '--source', 'nope', '--db', fresh, '--sources', sourcesFile]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown source id "nope"/);
  });
});
