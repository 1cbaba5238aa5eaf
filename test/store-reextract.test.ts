import { describe, expect, it } from 'vitest';
import { openStore, queryEvents, reextract, staleDocumentIds, type DB } from '../store/index.js';
import type { AnalyzeInput, ExtractedDocument } from '../types.js';
import { ARTICLES, buildCorpus } from './fixtures/store/corpus.js';
import { extracted } from './fixtures/store/builders.js';

const snapshot = (db: DB) => ({
  fetches: db.prepare('SELECT * FROM fetches ORDER BY id').all(),
  documents: db.prepare('SELECT * FROM documents ORDER BY id').all(),
  sightings: db.prepare('SELECT * FROM sightings ORDER BY id').all(),
});

/** A v2 analyser: the fixture's tags for the text, with a changed version and, for Polish, one event fewer. */
function v2(calls: AnalyzeInput[] = []) {
  return (input: AnalyzeInput): ExtractedDocument => {
    calls.push(input);
    const a = ARTICLES.find((x) => x.spec.text === input.text)!;
    const doc = extracted({ ...a.spec, version: 'test-2' });
    return a.key === 'pl-partnership' ? { ...doc, events: [], institutions: doc.institutions.slice(0, 1) } : doc;
  };
}

describe('reextract', () => {
  it('replaces tags of older versions from the stored text and leaves the raw evidence untouched', () => {
    const db = openStore(':memory:');
    const { docs } = buildCorpus(db);
    const before = snapshot(db);
    const calls: AnalyzeInput[] = [];
    const progress: [number, number][] = [];
    const r = reextract(db, { analyze: v2(calls), version: 'test-2', batchSize: 4, onProgress: (d, t) => progress.push([d, t]) });
    expect(r).toMatchObject({ documents: 6, events: 5, failed: [] });
    expect(r.institutions).toBeGreaterThan(0);
    expect(r.removedInstitutions).toBe(1); // Kuratorium is no longer named anywhere
    expect(progress).toEqual([[0, 6], [4, 6], [6, 6]]);
    expect(snapshot(db)).toEqual(before);
    for (const t of ['mentions', 'date_tags', 'events']) {
      expect(db.prepare(`SELECT DISTINCT extractor_version FROM ${t}`).pluck().all()).toEqual(['test-2']);
    }
    expect(db.prepare('SELECT DISTINCT extractor_version FROM tag_state').pluck().all()).toEqual(['test-2']);
    expect(queryEvents(db, { lang: 'pl' })).toEqual([]);
    expect(db.prepare(`SELECT count(*) FROM institutions WHERE name = 'Kuratorium Oświaty w Rzeszowie'`).pluck().get()).toBe(0);
    // analysed from the store's columns, not from HTML
    const uk = calls.find((c) => c.url === ARTICLES[0].url)!;
    expect(uk).toMatchObject({ title: ARTICLES[0].spec.title, published: '2022-03-13', publishedSource: 'meta' });
    expect(uk.text).toBe(ARTICLES[0].spec.text);
    expect(docs['uk-damage']).toBeTypeOf('number');
  });

  it('skips documents already tagged by the current version unless asked for all', () => {
    const db = openStore(':memory:');
    buildCorpus(db);
    expect(staleDocumentIds(db, 'test-1')).toEqual([]);
    expect(reextract(db, { analyze: v2(), version: 'test-1' }).documents).toBe(0);
    expect(reextract(db, { analyze: v2(), version: 'test-2' }).documents).toBe(6);
    const eventIds = db.prepare('SELECT id FROM events ORDER BY id').pluck().all();
    expect(reextract(db, { analyze: v2(), version: 'test-2' }).documents).toBe(0);
    expect(db.prepare('SELECT id FROM events ORDER BY id').pluck().all()).toEqual(eventIds);
    expect(reextract(db, { analyze: v2(), version: 'test-2', all: true }).documents).toBe(6);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(5);
  });

  it('keeps the old tags of a document whose analysis throws, and reports it', () => {
    const db = openStore(':memory:');
    const { docs } = buildCorpus(db);
    const good = v2();
    const r = reextract(db, {
      version: 'test-2',
      analyze: (input) => {
        if (input.text.startsWith('Ракетний')) throw new Error('catastrophic input');
        return good(input);
      },
    });
    expect(r.failed).toEqual([{ documentId: docs['uk-damage'], message: 'catastrophic input' }]);
    expect(r.documents).toBe(5);
    expect(db.prepare('SELECT extractor_version FROM events WHERE document_id = ?').pluck().all(docs['uk-damage'])).toEqual(['test-1']);
    expect(staleDocumentIds(db, 'test-2')).toEqual([docs['uk-damage']]);
  });

  it('is fast on a store of a thousand documents', () => {
    const db = openStore(':memory:');
    buildCorpus(db);
    const copy = db.prepare(
      `INSERT INTO documents (url, source_id, fetch_id, title, published_at, lang, text, text_sha256, extraction_method, extractor_version, created_at)
       SELECT url || '#' || ?, source_id, fetch_id, title, published_at, lang, text, text_sha256 || ?, extraction_method, extractor_version, created_at FROM documents WHERE id <= 6`,
    );
    for (let i = 0; i < 170; i++) copy.run(i, `-${i}`);
    const n = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    expect(n).toBe(1026);
    const r = reextract(db, { analyze: v2(), version: 'test-2' });
    expect(r.documents).toBe(n);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe((n / 6) * 5);
  });
});
