/**
 * reextract's write path and its parallel form: analysing on worker threads (the compiled pipeline
 * under dist/, as `npm test` builds it) leaves the store exactly as analysing on the calling thread
 * does, row ids included; the per-transaction institution cache keeps the kind rule (a stored null
 * kind is filled in, a stored kind is kept) and every name.
 */
import { describe, expect, it } from 'vitest';
import { openStore, reextract, reextractParallel, type DB } from '../store/index.js';
import { newTagBatch, writeTags } from '../store/tags.js';
import type { ExtractedDocument } from '../types.js';
import { buildBenchStore } from '../scripts/_bench-reextract.js';

/** Every tag table, rows in id order, timestamps left out. */
function tags(db: DB): Record<string, unknown[]> {
  return {
    institutions: db.prepare('SELECT id, key, name, kind FROM institutions ORDER BY id').all(),
    names: db.prepare('SELECT institution_id, name FROM institution_names ORDER BY 1, 2').all(),
    mentions: db.prepare('SELECT * FROM mentions ORDER BY id').all(),
    dates: db.prepare('SELECT * FROM date_tags ORDER BY id').all(),
    events: db.prepare('SELECT * FROM events ORDER BY id').all(),
    participants: db.prepare('SELECT * FROM event_participants ORDER BY event_id, position').all(),
    state: db.prepare('SELECT document_id, extractor_version FROM tag_state ORDER BY document_id').all(),
  };
}

const DOCS = 36;

describe('reextract on worker threads', () => {
  it('writes exactly what one thread writes, first tagging and --all', async () => {
    const one = openStore(':memory:');
    const two = openStore(':memory:');
    buildBenchStore(one, DOCS, 7);
    buildBenchStore(two, DOCS, 7);
    const progress: number[] = [];
    const a = reextract(one, { batchSize: 5 });
    const b = await reextractParallel(two, { workers: 2, batchSize: 5, onProgress: (done) => progress.push(done) });
    expect(b).toMatchObject({ documents: DOCS, events: a.events, institutions: a.institutions, removedInstitutions: a.removedInstitutions, failed: [] });
    expect(a.documents).toBe(DOCS);
    expect(a.events).toBeGreaterThan(0);
    expect(progress).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 36]);
    expect(tags(two)).toEqual(tags(one));
    const a2 = reextract(one, { all: true, batchSize: 4 });
    const b2 = await reextractParallel(two, { all: true, workers: 3, batchSize: 4 });
    expect(b2).toMatchObject({ documents: a2.documents, events: a2.events, failed: [] });
    expect(tags(two)).toEqual(tags(one));
    expect(await reextractParallel(two, { workers: 2 })).toMatchObject({ documents: 0 });
  });

  it('with one worker is reextract itself, and refuses a worker count below one', async () => {
    const db = openStore(':memory:');
    buildBenchStore(db, 4, 3);
    expect((await reextractParallel(db, { workers: 1 })).documents).toBe(4);
    await expect(reextractParallel(db, { workers: 0 })).rejects.toThrow(/workers must be a whole number of at least 1/);
  });
});

function doc(text: string, institutions: ExtractedDocument['institutions'], events: ExtractedDocument['events'] = []): ExtractedDocument {
  return {
    lang: 'uk', langConfidence: 0.9, langOther: null, title: null, published: null, publishedSource: null, text,
    institutions, events, dates: [], method: 'plain-text', extractorVersion: 'test-batch',
  };
}

describe('writeTags with a batch cache', () => {
  it('fills a null kind, keeps a set one, records every name once', () => {
    const db = openStore(':memory:');
    buildBenchStore(db, 2, 1);
    const [d1, d2] = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
    const text = 'Ліцей № 5 підписав угоду.';
    const partner = doc(text, [], [{
      type: 'partnership', parties: ['Ліцей № 5'], partyKeys: ['ліцей 5'], kind: 'agreement', status: 'signed', date: null,
      dateBasis: null, place: null, validUntil: null, quote: text, start: 0, end: text.length, confidence: 0.7,
      extractor: 'partnerships', extractorVersion: 'test-batch',
    }]);
    const named = (kind: 'lyceum' | 'school', alias: string) =>
      doc(text, [{ key: 'ліцей 5', name: 'Ліцей № 5', kind, aliases: [alias], confidence: 0.9, mentions: [{ text: 'Ліцей № 5', start: 0, end: 9 }] }]);
    db.transaction(() => {
      const batch = newTagBatch();
      writeTags(db, d1, partner, batch); // the institution appears as a party only: no kind
      expect(db.prepare(`SELECT kind FROM institutions WHERE key = 'ліцей 5'`).pluck().get()).toBeNull();
      writeTags(db, d2, named('lyceum', 'Ліцею № 5'), batch); // now named with its kind
      writeTags(db, d1, named('school', 'ліцей'), batch); // a later kind does not replace it
    })();
    expect(db.prepare(`SELECT kind FROM institutions WHERE key = 'ліцей 5'`).pluck().get()).toBe('lyceum');
    expect(db.prepare(`SELECT n.name FROM institution_names n JOIN institutions i ON i.id = n.institution_id WHERE i.key = 'ліцей 5' ORDER BY 1`).pluck().all())
      .toEqual(['Ліцей № 5', 'Ліцею № 5', 'ліцей'].sort());
    expect(db.prepare('SELECT count(*) FROM institutions').pluck().get()).toBe(1);
  });
});
