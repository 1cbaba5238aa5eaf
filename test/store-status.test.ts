import { describe, expect, it } from 'vitest';
import {
  addRunSourceError,
  bumpRunSource,
  finishRun,
  finishRunSource,
  ingestPage,
  openStore,
  sourceStatus,
  startRun,
  startRunSource,
  upsertSources,
  type DB,
  type RunSourceCounter,
} from '../store/index.js';
import { extracted, page, source } from './fixtures/store/builders.js';

const A = source('alpha', 'UA', ['uk']);
const B = source('beta', 'PL', ['pl']);

type Counts = Partial<Record<RunSourceCounter, number>>;

function run(db: DB, outcomes: Record<string, { status: 'ok' | 'failed' | 'interrupted'; counts?: Counts; error?: string }>, at?: string): number {
  const runId = startRun(db, 'crawl');
  for (const [id, o] of Object.entries(outcomes)) {
    startRunSource(db, runId, id);
    for (const [field, n] of Object.entries(o.counts ?? {})) bumpRunSource(db, runId, id, field as RunSourceCounter, n);
    if (o.error) addRunSourceError(db, runId, id, `https://${id}.example/feed.xml`, o.error);
    finishRunSource(db, runId, id, o.status);
  }
  finishRun(db, runId, 'ok');
  if (at) db.prepare('UPDATE run_sources SET started_at = ?, ended_at = ? WHERE run_id = ?').run(at, at, runId);
  return runId;
}

/** A document of `sourceId` stored at `created`, published on `published`. */
function addDoc(db: DB, sourceId: string, n: number, created: string, published: string): void {
  const r = ingestPage(
    db,
    null,
    page({ sourceId, requestedUrl: `https://${sourceId}.example/${n}` }),
    () => extracted({ lang: 'uk', title: `Новина ${n}`, text: `Новина номер ${n} про школу.`, published }),
  );
  db.prepare('UPDATE documents SET created_at = ? WHERE id = ?').run(created, r.documentId);
}

function fresh(): DB {
  const db = openStore(':memory:');
  upsertSources(db, [A, B]);
  return db;
}

const HEALTHY: Counts = { discovered: 12, skipped: 10, fetched: 2, new_documents: 2 };

describe('sourceStatus', () => {
  it('reports a source never crawled, without failing it', () => {
    const [s] = sourceStatus(fresh(), [A]);
    expect(s).toMatchObject({ id: 'alpha', lastRun: null, lastSuccess: null, newInLastRun: null, consecutiveFailures: 0, failing: false });
    expect(s.warnings).toEqual([expect.stringMatching(/never crawled.*--source alpha/)]);
  });

  it('reports a healthy source: last run, last success, new documents, no warnings', () => {
    const db = fresh();
    run(db, { alpha: { status: 'ok', counts: HEALTHY } });
    const last = run(db, { alpha: { status: 'ok', counts: { ...HEALTHY, new_documents: 3 } } });
    const [s] = sourceStatus(db, [A]);
    expect(s).toMatchObject({ newInLastRun: 3, consecutiveFailures: 0, lastError: null, failing: false, warnings: [] });
    expect(s.lastRun).toMatchObject({ runId: last, status: 'ok', discovered: 12, newDocuments: 3 });
    expect(s.lastSuccess).toBe(s.lastRun!.endedAt);
  });

  it('counts consecutive failures, keeps the last success and error, and fails the source', () => {
    const db = fresh();
    run(db, { alpha: { status: 'ok', counts: HEALTHY }, beta: { status: 'ok', counts: HEALTHY } });
    const okEnd = sourceStatus(db, [A])[0].lastSuccess;
    run(db, { alpha: { status: 'failed', error: 'getaddrinfo ENOTFOUND' }, beta: { status: 'ok', counts: HEALTHY } });
    run(db, { alpha: { status: 'interrupted' } });
    run(db, { alpha: { status: 'failed', error: 'HTTP 503 after 3 retries' }, beta: { status: 'ok', counts: HEALTHY } });
    const [a, b] = sourceStatus(db, [A, B]);
    expect(a).toMatchObject({ consecutiveFailures: 2, failing: true, lastSuccess: okEnd, lastError: 'https://alpha.example/feed.xml: HTTP 503 after 3 retries' });
    expect(a.warnings).toContainEqual(expect.stringMatching(/failed in the last 2 runs: .*HTTP 503/));
    expect(b.failing).toBe(false);
    expect(sourceStatus(db, [A], { failAfter: 3 })[0].failing).toBe(false);
  });

  it('recovers when a run succeeds again', () => {
    const db = fresh();
    run(db, { alpha: { status: 'failed', error: 'boom' } });
    run(db, { alpha: { status: 'ok', counts: HEALTHY } });
    expect(sourceStatus(db, [A])[0]).toMatchObject({ consecutiveFailures: 0, failing: false });
  });

  it('does not call a source quiet for a few runs without new articles (feeds not modified)', () => {
    const db = fresh();
    addDoc(db, 'alpha', 1, '2024-01-01T08:00:00Z', '2024-01-01');
    for (let i = 0; i < 5; i++) run(db, { alpha: { status: 'ok' } }, `2024-01-0${2 + i}T06:00:00Z`);
    expect(sourceStatus(db, [A])[0].warnings).toEqual([]);
  });

  it('warns when a source that yielded articles has been silent much longer than usual', () => {
    const db = fresh();
    addDoc(db, 'alpha', 1, '2024-01-01T08:00:00Z', '2023-12-31');
    run(db, { alpha: { status: 'ok' } }, '2024-01-05T06:00:00Z');
    run(db, { alpha: { status: 'ok' } }, '2024-01-09T06:00:00Z');
    expect(sourceStatus(db, [A])[0].warnings).toEqual([]); // two quiet runs: not yet
    run(db, { alpha: { status: 'ok' } }, '2024-01-12T06:00:00Z');
    const [s] = sourceStatus(db, [A]);
    expect(s.warnings).toEqual([
      'yielded articles before, none in the last 3 runs (10 days; the last new one was stored 2024-01-01) — the feed, sitemap or listing may have changed',
    ]);
    expect(s.failing).toBe(false);
    expect(sourceStatus(db, [A], { quietDays: 30 })[0].warnings).toEqual([]);
  });

  it("measures silence against the source's own publishing rhythm", () => {
    const db = fresh();
    // publishes every 10 days: silence is unusual only after 30
    for (let i = 0; i < 6; i++) addDoc(db, 'alpha', i + 1, '2024-01-01T08:00:00Z', new Date(Date.parse('2023-11-11') + i * 10 * 86_400_000).toISOString().slice(0, 10));
    for (const day of ['05', '12', '19']) run(db, { alpha: { status: 'ok' } }, `2024-01-${day}T06:00:00Z`);
    expect(sourceStatus(db, [A])[0].warnings).toEqual([]);
    run(db, { alpha: { status: 'ok' } }, '2024-02-05T06:00:00Z');
    expect(sourceStatus(db, [A])[0].warnings).toEqual([expect.stringMatching(/^yielded articles before, none in the last 4 runs \(34 days/)]);
  });

  it('warns about a source that has never yielded an article', () => {
    const db = fresh();
    for (let i = 0; i < 2; i++) run(db, { alpha: { status: 'ok' } });
    expect(sourceStatus(db, [A])[0].warnings).toEqual([]);
    run(db, { alpha: { status: 'ok' } });
    expect(sourceStatus(db, [A])[0].warnings).toEqual(['has yielded no article in 3 runs — check its discover settings with `eduwatch sources test alpha`']);
  });

  it('warns when extraction finds no article on most pages (layout changed)', () => {
    const db = fresh();
    run(db, { alpha: { status: 'ok', counts: { discovered: 10, fetched: 10, new_documents: 2, no_article: 8 } } });
    const [s] = sourceStatus(db, [A]);
    expect(s.warnings).toEqual(["extraction found no article on 8 of 10 pages in the last run — the site's layout may have changed"]);
  });

  it('does not warn about a few pages or a minority without articles', () => {
    const db = fresh();
    run(db, { alpha: { status: 'ok', counts: { discovered: 3, fetched: 3, no_article: 2, new_documents: 1 } }, beta: { status: 'ok', counts: { discovered: 10, fetched: 10, no_article: 4, new_documents: 6 } } });
    expect(sourceStatus(db, [A, B]).map((s) => s.warnings)).toEqual([[], []]);
  });

  it('warns when most article fetches failed, and when the last run was interrupted', () => {
    const db = fresh();
    run(db, { alpha: { status: 'ok', counts: { discovered: 10, fetched: 10, failed: 7, new_documents: 3 } } });
    run(db, { alpha: { status: 'interrupted', counts: { discovered: 5 } } });
    const [s] = sourceStatus(db, [A]);
    expect(s.warnings).toEqual([expect.stringMatching(/was interrupted/), '7 of 10 article fetches failed in the last run']);
  });
});
