import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import {
  addRunSourceError,
  bumpRunSource,
  finishRun,
  finishRunSource,
  getValidators,
  ingestPage,
  isKnownUrl,
  markInterruptedRuns,
  MAX_RUN_SOURCE_ERRORS,
  openStore,
  readRawBody,
  saveValidators,
  startRun,
  startRunSource,
  upsertSources,
  type DB,
  type ExtractFn,
  type IngestOutcome,
} from '../store/index.js';
import type { FetchKind } from '../types.js';
import { extracted, page, source, VERSION } from './fixtures/store/builders.js';

const SRC = source('ua-test', 'UA', ['uk']);
const TEXT = 'Ліцей № 3 у Києві підписав меморандум про співпрацю з Київським політехнічним інститутом.\n\nУчні ліцею пройдуть практику.';
const DOC = extracted({
  lang: 'uk',
  title: 'Меморандум ліцею',
  published: '2023-02-01',
  text: TEXT,
  institutions: [
    { name: 'Ліцей № 3', kind: 'lyceum', aliases: ['ліцей'], forms: ['Ліцей № 3'] },
    { name: 'Київський політехнічний інститут', kind: 'university', forms: ['Київським політехнічним інститутом'] },
  ],
  events: [
    {
      type: 'partnership',
      parties: ['Ліцей № 3', 'Київський політехнічний інститут'],
      quote: 'Ліцей № 3 у Києві підписав меморандум про співпрацю з Київським політехнічним інститутом.',
      date: '2023-01-31',
    },
  ],
  dates: [{ text: 'Києві', value: '2023-01-31' }],
});

function fresh(): DB {
  const db = openStore(':memory:');
  upsertSources(db, [SRC]);
  return db;
}
const count = (db: DB, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('ingestPage', () => {
  it('stores a new article with its fetch, raw bytes, document, sighting, search row and tags', () => {
    const db = fresh();
    const runId = startRun(db, ['crawl']);
    const html = '<html><head><meta charset="windows-1251"></head><body>Ліцей</body></html>';
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]);
    const p = page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/a?utm=1', finalUrl: 'https://x.example/a', body, html, renderedHtml: '<html>rendered</html>' });
    const r = ingestPage(db, runId, p, () => ({ ...DOC, canonicalUrl: 'https://x.example/a-canonical', byline: 'Редакція' } as never));
    expect(r.outcome).toBe('new');
    const f = db.prepare('SELECT * FROM fetches WHERE id = ?').get(r.fetchId) as Record<string, unknown>;
    expect(f).toMatchObject({ run_id: runId, source_id: 'ua-test', kind: 'article', requested_url: p.requestedUrl, final_url: p.finalUrl, status: 200, size: body.length });
    expect(f.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(readRawBody(db, r.fetchId)).toEqual(Buffer.from(body));
    const d = db.prepare('SELECT * FROM documents WHERE id = ?').get(r.documentId) as Record<string, unknown>;
    expect(d).toMatchObject({
      url: 'https://x.example/a-canonical',
      fetch_id: r.fetchId,
      title: 'Меморандум ліцею',
      byline: 'Редакція',
      lang: 'uk',
      published_at: '2023-02-01',
      text: TEXT,
      text_sha256: createHash('sha256').update(TEXT).digest('hex'),
      extraction_method: 'readability',
      extractor_version: VERSION,
    });
    expect(count(db, 'sightings')).toBe(1);
    expect(count(db, 'documents_fts')).toBe(1);
    expect(count(db, 'institutions')).toBe(2);
    expect(count(db, 'mentions')).toBe(2);
    expect(count(db, 'date_tags')).toBe(1);
    expect(count(db, 'events')).toBe(1);
    const parts = db.prepare('SELECT role, name, institution_id FROM event_participants ORDER BY position').all() as { institution_id: number }[];
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.institution_id !== null)).toBe(true);
    expect(db.prepare('SELECT name FROM institution_names ORDER BY name').pluck().all()).toContain('ліцей');
    expect(db.prepare('SELECT DISTINCT extractor_version FROM mentions').pluck().all()).toEqual([VERSION]);
    expect(db.prepare('SELECT extractor_version FROM tag_state WHERE document_id = ?').pluck().get(r.documentId)).toBe(VERSION);
  });

  it('keeps one document for the same text at two URLs, with two sightings', () => {
    const db = fresh();
    const a = ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/a' }), () => DOC);
    const b = ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/print/a' }), () => DOC);
    expect(a.outcome).toBe('new');
    expect(b).toMatchObject({ outcome: 'duplicate', documentId: a.documentId });
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'fetches')).toBe(2);
    expect(db.prepare('SELECT url FROM sightings ORDER BY id').pluck().all()).toEqual(['https://x.example/a', 'https://x.example/print/a']);
    expect(count(db, 'events')).toBe(1); // tags are not written twice
  });

  it.each<[string, number, FetchKind, ExtractFn, IngestOutcome]>([
    ['no article found', 200, 'article', () => null, 'no-article'],
    ['empty text', 200, 'article', () => ({ ...DOC, text: '  \n ' }), 'no-article'],
    ['HTTP 404', 404, 'article', () => DOC, 'http-error'],
    ['HTTP 500', 500, 'article', () => DOC, 'http-error'],
    ['a feed', 200, 'feed', () => DOC, 'not-article'],
  ])('%s → %s, fetch archived, no document', (_name, status, kind, extract, outcome) => {
    const db = fresh();
    const r = ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/z', status, kind }), extract);
    expect(r).toMatchObject({ outcome, documentId: null });
    expect(count(db, 'fetches')).toBe(1);
    expect(count(db, 'documents')).toBe(0);
    expect(readRawBody(db, r.fetchId)).not.toBeNull();
  });

  it('does not call the extractor for an HTTP error', () => {
    const db = fresh();
    const extract = vi.fn(() => DOC);
    ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/gone', status: 410 }), extract);
    expect(extract).not.toHaveBeenCalled();
  });

  it('survives an extractor that throws: the fetch is kept with the error, no document', () => {
    const db = fresh();
    const r = ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/boom' }), () => {
      throw new Error('jsdom choked');
    });
    expect(r.outcome).toBe('no-article');
    expect(r.error).toMatch(/jsdom choked/);
    expect(db.prepare('SELECT error FROM fetches').pluck().get()).toMatch(/extraction failed: jsdom choked/);
  });

  it('writes nothing when the transaction fails half-way (unknown source → foreign key)', () => {
    const db = fresh();
    expect(() => ingestPage(db, null, page({ sourceId: 'nope', requestedUrl: 'https://x.example/a' }), () => DOC)).toThrow(/FOREIGN KEY/);
    expect(count(db, 'fetches') + count(db, 'documents') + count(db, 'institutions')).toBe(0);
  });

  it('ignores a canonical URL on another host', () => {
    const db = fresh();
    const r = ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/a' }), () => ({ ...DOC, canonicalUrl: 'https://evil.example/a' }) as never);
    expect(db.prepare('SELECT url FROM documents WHERE id = ?').pluck().get(r.documentId)).toBe('https://x.example/a');
  });
});

describe('isKnownUrl', () => {
  it.each([
    ['a stored article (requested URL)', 'https://x.example/req', 200, 'article', true],
    ['a stored article (final URL)', 'https://x.example/final', 200, 'article', true],
    ['a 404', 'https://x.example/req', 404, 'article', true],
    ['a 410', 'https://x.example/req', 410, 'article', true],
    ['a 500 (retry next time)', 'https://x.example/req', 500, 'article', false],
    ['a 429', 'https://x.example/req', 429, 'article', false],
    ['a feed fetch', 'https://x.example/req', 200, 'feed', false],
  ] as const)('%s', (_n, ask, status, kind, known) => {
    const db = fresh();
    ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/req', finalUrl: 'https://x.example/final', status, kind }), () => null);
    expect(isKnownUrl(db, ask)).toBe(known);
    expect(isKnownUrl(db, 'https://x.example/other')).toBe(false);
  });

  it('knows a URL where a document was seen, and its canonical URL', () => {
    const db = fresh();
    ingestPage(db, null, page({ sourceId: 'ua-test', requestedUrl: 'https://x.example/a' }), () => ({ ...DOC, canonicalUrl: '/canon' }) as never);
    expect(isKnownUrl(db, 'https://x.example/a')).toBe(true);
    expect(isKnownUrl(db, 'https://x.example/canon')).toBe(true);
  });

  it('uses the partial indexes', () => {
    const db = fresh();
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM fetches WHERE requested_url = ? AND kind = 'article' AND (status BETWEEN 200 AND 299 OR status IN (404, 410))`)
      .all('u') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/fetches_settled_requested/);
  });
});

describe('validators', () => {
  it('saves, reads, replaces and forgets ETag / Last-Modified', () => {
    const db = fresh();
    expect(getValidators(db, 'https://x.example/feed')).toBeNull();
    saveValidators(db, 'https://x.example/feed', { etag: '"abc"', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' });
    expect(getValidators(db, 'https://x.example/feed')).toEqual({ etag: '"abc"', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' });
    saveValidators(db, 'https://x.example/feed', { etag: 'W/"def"' });
    expect(getValidators(db, 'https://x.example/feed')).toEqual({ etag: 'W/"def"', lastModified: null });
    saveValidators(db, 'https://x.example/feed', {});
    expect(getValidators(db, 'https://x.example/feed')).toBeNull();
  });
});

describe('runs', () => {
  it('counts per source, keeps the newest errors, finishes', () => {
    const db = fresh();
    const runId = startRun(db, { argv: ['crawl', '--source', 'ua-test'] });
    startRunSource(db, runId, 'ua-test');
    bumpRunSource(db, runId, 'ua-test', 'discovered', 10);
    bumpRunSource(db, runId, 'ua-test', 'fetched');
    bumpRunSource(db, runId, 'ua-test', 'fetched');
    expect(() => bumpRunSource(db, runId, 'ua-test', 'errors; DROP TABLE runs' as never)).toThrow(/unknown counter/);
    for (let i = 0; i < MAX_RUN_SOURCE_ERRORS + 5; i++) addRunSourceError(db, runId, 'ua-test', `https://x.example/${i}`, `boom ${i}`);
    finishRunSource(db, runId, 'ua-test', 'ok');
    finishRun(db, runId, 'partial', 'one source had errors');
    const rs = db.prepare('SELECT * FROM run_sources').get() as Record<string, unknown>;
    expect(rs).toMatchObject({ discovered: 10, fetched: 2, status: 'ok' });
    const errors = JSON.parse(rs.errors as string) as { url: string; message: string }[];
    expect(errors).toHaveLength(MAX_RUN_SOURCE_ERRORS);
    expect(errors[errors.length - 1]).toEqual({ url: `https://x.example/${MAX_RUN_SOURCE_ERRORS + 4}`, message: `boom ${MAX_RUN_SOURCE_ERRORS + 4}` });
    expect(db.prepare('SELECT status, error, pid, command FROM runs').get()).toEqual({
      status: 'partial',
      error: 'one source had errors',
      pid: process.pid,
      command: JSON.stringify({ argv: ['crawl', '--source', 'ua-test'] }),
    });
  });

  it('marks runs of dead processes interrupted, leaves live ones running', async () => {
    const db = fresh();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    const live = startRun(db, 'live');
    const dead = startRun(db, 'dead');
    db.prepare('UPDATE runs SET pid = ? WHERE id = ?').run(deadPid, dead);
    startRunSource(db, dead, 'ua-test');
    expect(markInterruptedRuns(db)).toBe(1);
    expect(db.prepare('SELECT status FROM runs WHERE id = ?').pluck().get(live)).toBe('running');
    expect(db.prepare('SELECT status FROM runs WHERE id = ?').pluck().get(dead)).toBe('interrupted');
    expect(db.prepare('SELECT status FROM run_sources WHERE run_id = ?').pluck().get(dead)).toBe('interrupted');
    expect(markInterruptedRuns(db)).toBe(0);
  });
});
