import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportColumns, getEvidence, ingestPage, iterateExport, openStore, queryEvents, readRawBody, type DB } from '../store/index.js';
import { ARTICLES, buildCorpus } from './fixtures/store/corpus.js';
import { extracted, page } from './fixtures/store/builders.js';

let db: DB;
let docs: Record<string, number>;
let fetches: Record<string, number>;
beforeAll(() => {
  db = openStore(':memory:');
  ({ docs, fetches } = buildCorpus(db));
});

describe('getEvidence', () => {
  it('follows one event to its sentence, paragraph, document, fetch, sightings and source', () => {
    const [event] = queryEvents(db, { lang: 'uk' });
    // the same text seen again at a print URL: a second sighting
    const uk = ARTICLES.find((a) => a.key === 'uk-damage')!;
    ingestPage(db, null, page({ sourceId: 'ua-news', requestedUrl: 'https://ua-news.example/print/1' }), () => extracted(uk.spec));

    const ev = getEvidence(db, event.id)!;
    expect(ev.event).toMatchObject({ id: event.id, type: 'damage', date: '2022-03-12' });
    expect(ev.sentence).toMatchObject({ quote: event.quote, located: 'offsets' });
    expect(ev.paragraph.text).toBe(
      'Внаслідок ракетного удару 12 березня 2022 року пошкоджено будівлю Харківського професійного ліцею № 5. Учні школи та вчителі не постраждали.',
    );
    expect(uk.spec.text.slice(ev.paragraph.start, ev.paragraph.end)).toBe(ev.paragraph.text);
    expect(ev.document).toMatchObject({ id: docs['uk-damage'], url: uk.url, title: uk.spec.title, published: '2022-03-13', lang: 'uk', method: 'readability' });
    expect(ev.fetch).toMatchObject({ id: fetches['uk-damage'], requestedUrl: uk.url, finalUrl: uk.url, status: 200, bodyIntact: true, via: 'http', encoding: 'utf-8' });
    expect(ev.fetch.archived).toBe(`fetches.body_gz of fetch ${fetches['uk-damage']} in (in-memory database)`);
    expect(ev.fetch.headers['content-type']).toMatch(/text\/html/);
    const raw = readRawBody(db, ev.fetch.id)!;
    expect(createHash('sha256').update(raw).digest('hex')).toBe(ev.fetch.sha256);
    expect(raw.toString('utf8')).toContain('Ракетний удар пошкодив ліцей у Харкові');
    expect(ev.sightings.map((s) => s.url)).toEqual([uk.url, 'https://ua-news.example/print/1']);
    expect(ev.source).toMatchObject({ id: 'ua-news', name: 'Новини освіти', country: 'UA', languages: ['uk'], verified: { by: 'store tests', on: '2024-01-15' } });
    expect(ev.participants).toEqual([{ role: 'damaged', name: 'Харківський професійний ліцей № 5', institution: expect.objectContaining({ kind: 'vocational-school' }) }]);
  });

  it('notices archived bytes that no longer match their hash', () => {
    const [event] = queryEvents(db, { lang: 'pl' });
    const fetchId = event.fetchId;
    const saved = db.prepare('SELECT sha256 FROM fetches WHERE id = ?').pluck().get(fetchId);
    db.prepare('UPDATE fetches SET sha256 = ? WHERE id = ?').run('0'.repeat(64), fetchId);
    expect(getEvidence(db, event.id)!.fetch.bodyIntact).toBe(false);
    db.prepare('UPDATE fetches SET sha256 = ? WHERE id = ?').run(saved, fetchId);
  });

  it('returns null for an unknown event and for a fetch without bytes', () => {
    expect(getEvidence(db, 999_999)).toBeNull();
    expect(readRawBody(db, 999_999)).toBeNull();
  });
});

describe('iterateExport', () => {
  it('streams events as flat rows with provenance columns', () => {
    const it = iterateExport(db, 'events', { type: 'partnership' });
    expect(Array.isArray(it)).toBe(false);
    expect(typeof it.next).toBe('function');
    const rows = [...it];
    expect(rows).toHaveLength(4);
    const pl = rows.find((r) => r.document_id === docs['pl-partnership'])!;
    expect(pl).toMatchObject({
      type: 'partnership',
      parties: 'Instytut Badań Edukacyjnych; Kuratorium Oświaty w Rzeszowie',
      date: '2020-12-08',
      valid_until: '2022-06-30',
      document_url: 'https://pl-ibe.example/aktualnosci/porozumienie',
      source_id: 'pl-ibe',
      fetch_id: fetches['pl-partnership'],
      extractor: 'partnerships',
      extractor_version: 'test-1',
    });
    for (const col of ['fetched_at', 'sha256']) expect(pl[col]).toBeTruthy();
    for (const v of Object.values(pl)) expect(typeof v === 'object' && v !== null).toBe(false);
  });

  it('streams documents and institutions with provenance', () => {
    const docsOut = [...iterateExport(db, 'documents', { lang: 'bg' })];
    expect(docsOut).toHaveLength(1);
    expect(docsOut[0]).toMatchObject({ document_id: docs['bg-memorandum'], source_id: 'bg-mon', extractor_version: 'test-1', lang: 'bg' });
    expect(String(docsOut[0].text)).toContain('меморандум');
    const inst = [...iterateExport(db, 'institutions', { institution: 'ИКЕМ' })];
    expect(inst).toHaveLength(1);
    expect(inst[0]).toMatchObject({ name: 'Индустриален клъстер „Електромобили“', document_id: docs['bg-memorandum'], source_id: 'bg-mon', extractor: 'institutions', extractor_version: 'test-1', mentions: 1 });
    expect(inst[0].names).toBe('ИКЕМ | Индустриален клъстер „Електромобили“');
    expect([...iterateExport(db, 'institutions', { country: 'PL' })].map((r) => r.name).sort()).toEqual(['Instytut Badań Edukacyjnych', 'Kuratorium Oświaty w Rzeszowie']);
  });

  it.each(['events', 'institutions', 'documents'] as const)('names the %s columns, with provenance, also when no row matches', (what) => {
    const cols = exportColumns(db, what);
    for (const c of ['document_id', 'document_url', 'source_id', 'fetch_id', 'fetched_at', 'sha256', 'extractor', 'extractor_version']) expect(cols).toContain(c);
    expect([...iterateExport(db, what, { source: ["x' OR 1=1 --"] })]).toEqual([]);
    const first = iterateExport(db, what).next().value as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(cols);
  });

  it('is lazy: rows are read as they are consumed, and stopping early releases the statement', () => {
    const many = openStore(':memory:');
    buildCorpus(many);
    const insert = many.prepare(`INSERT INTO events (document_id, type, quote, start, "end", confidence, extractor, extractor_version, data)
      SELECT document_id, type, quote, start, "end", confidence, extractor, extractor_version, data FROM events`);
    for (let i = 0; i < 11; i++) insert.run(); // 6 × 2^11 = 12 288 events
    const total = many.prepare('SELECT count(*) FROM events').pluck().get() as number;
    expect(total).toBe(12_288);
    const it = iterateExport(many, 'events');
    const first = it.next();
    expect(first.done).toBe(false);
    // the connection is busy while the statement is open: proof the rows were not all read up front
    expect(() => many.prepare('DELETE FROM events').run()).toThrow(/busy/);
    it.return?.();
    expect(many.prepare('SELECT count(*) FROM events WHERE id > 0').pluck().get()).toBe(total);
    let n = 0;
    for (const row of iterateExport(many, 'events')) {
      n++;
      if (n === 1) expect(row).toHaveProperty('document_url');
    }
    expect(n).toBe(total);
    many.close();
  });
});
