import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, queryDocuments, queryEvents, queryInstitutions, StoreError, type DB, type EventFilters } from '../store/index.js';
import { buildCorpus } from './fixtures/store/corpus.js';

let db: DB;
let docs: Record<string, number>;
beforeAll(() => {
  db = openStore(':memory:');
  docs = buildCorpus(db).docs;
});

/** Article keys of the events a filter returns, in order. */
const eventsOf = (f: EventFilters) => queryEvents(db, f).map((e) => Object.entries(docs).find(([, id]) => id === e.documentId)![0]);
const docsOf = (f: EventFilters) => queryDocuments(db, f).map((d) => Object.entries(docs).find(([, id]) => id === d.id)![0]);

const ALL = ['en-hostile', 'en-damage', 'uk-damage', 'ru-partnership', 'pl-partnership', 'bg-memorandum'];

describe('queryEvents', () => {
  it('returns every event, newest first, in the extract --json shape with provenance', () => {
    expect(eventsOf({})).toEqual(ALL);
    const pl = queryEvents(db, { lang: 'pl' })[0];
    expect(pl).toMatchObject({
      type: 'partnership',
      parties: ['Instytut Badań Edukacyjnych', 'Kuratorium Oświaty w Rzeszowie'],
      status: 'signed',
      date: '2020-12-08',
      place: 'Rzeszów',
      validUntil: '2022-06-30',
      kind: 'partnership agreement',
      confidence: 0.95,
      documentId: docs['pl-partnership'],
      documentUrl: 'https://pl-ibe.example/aktualnosci/porozumienie',
      published: '2020-12-15',
      lang: 'pl',
      sourceId: 'pl-ibe',
      sourceName: 'Instytut Badań Edukacyjnych',
      title: 'Porozumienie o partnerstwie w Rzeszowie',
    });
    expect(typeof pl.id).toBe('number');
    expect(pl.quote.startsWith('W dniu 8 grudnia 2020 r.')).toBe(true);
    expect(pl.participants.map((p) => p.role)).toEqual(['party', 'party']);
    const damage = queryEvents(db, { lang: 'uk' })[0];
    expect(damage).toMatchObject({ type: 'damage', institution: 'Харківський професійний ліцей № 5', institutionKind: 'vocational-school', location: 'Харків, Харківська область', severity: 'damaged', cause: 'missile', casualties: null });
  });

  it.each<[string, EventFilters, string[]]>([
    ['type damage', { type: 'damage' }, ['en-damage', 'uk-damage']],
    ['type partnership', { type: 'partnership' }, ['en-hostile', 'ru-partnership', 'pl-partnership', 'bg-memorandum']],
    ['lang', { lang: 'bg' }, ['bg-memorandum']],
    ['lang other', { lang: 'other' }, []],
    ['country in lower case', { country: 'ua' }, ['uk-damage']],
    ['country', { country: 'GB' }, ['en-hostile', 'en-damage']],
    ['sources', { source: ['ru-news', 'pl-ibe'] }, ['ru-partnership', 'pl-partnership']],
    ['unknown source', { source: ['nope'] }, []],
    ['since a year', { since: '2022' }, ['en-hostile', 'en-damage', 'uk-damage']],
    ['until a month', { until: '2020-12' }, ['pl-partnership', 'bg-memorandum']],
    ['month-only event date is inside a since day of that month', { since: '2023-05-10', until: '2023-05-31' }, ['en-damage']],
    ['until the day before that month', { since: '2023-01-01', until: '2023-04-30' }, []],
    ['since/until a day', { since: '2021-09-01', until: '2021-09-01' }, ['ru-partnership']],
    ['min confidence', { minConfidence: 0.85 }, ['uk-damage', 'ru-partnership', 'pl-partnership']],
    ['limit', { limit: 2 }, ['en-hostile', 'en-damage']],
    ['combined', { type: 'partnership', country: 'PL', since: '2020', minConfidence: 0.9 }, ['pl-partnership']],
  ])('filter: %s', (_name, f, expected) => {
    expect(eventsOf(f)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['a name in another case (ru instrumental)', 'Открытой школой', ['ru-partnership']],
    ['a name in the nominative', '«Открытая школа»', ['ru-partnership']],
    ['a name in the genitive (uk)', 'Харківського професійного ліцею № 5', ['uk-damage']],
    ['a name in the nominative (uk), no space after №', 'Харківський професійний ліцей №5', ['uk-damage']],
    ['part of a name, lower case', 'kuratorium', ['pl-partnership']],
    ['a name in the locative (pl)', 'Kuratorium Oświaty w Rzeszowie', ['pl-partnership']],
    ['an abbreviation recorded as a variant', 'ИКЕМ', ['bg-memorandum']],
    ['a party that is no institution tag', 'Министерство на образованието', ['bg-memorandum']],
    ['quotes', '"100%"', ['en-hostile']],
    ['a percent sign alone', '%', ['en-hostile']],
    ['an underscore alone', '_', ['en-hostile']],
    ['an apostrophe', "O'Brien", ['en-hostile']],
    ['SQL', "Robert'); DROP TABLE events;--", ['en-hostile']],
    ['SQL that matches nothing', "' OR 1=1 --", []],
    ['a LIKE pattern', 'K%m', []],
  ])('institution: %s', (_name, institution, expected) => {
    expect(eventsOf({ institution })).toEqual(expected);
    expect(db.prepare(`SELECT count(*) FROM events`).pluck().get()).toBe(6);
  });

  it.each<[string, string, string[]]>([
    ['a settlement', 'Харків', ['uk-damage']],
    ['a region in another case', 'Харківської області', ['uk-damage']],
    ['lower case Latin', 'mykolaiv', ['en-damage']],
    ['a place of signing, with diacritics', 'Rzeszów', ['pl-partnership']],
    ['a place in the locative', 'Rzeszowie', ['pl-partnership']],
    ['a LIKE wildcard', '%', []],
    ['an underscore', '_', []],
    ['SQL', "x' OR '1'='1", []],
  ])('location: %s', (_name, location, expected) => {
    expect(eventsOf({ location })).toEqual(expected);
  });

  it.each<[EventFilters, RegExp]>([
    [{ type: 'fire' as never }, /--type "fire"/],
    [{ lang: 'de' }, /--lang "de"/],
    [{ country: 'UKR' }, /--country/],
    [{ since: '2022-13-01' }, /--since "2022-13-01".*YYYY-MM-DD/],
    [{ until: "2022' OR 1=1" }, /--until/],
    [{ minConfidence: 2 }, /--min-confidence/],
    [{ minConfidence: Number.NaN }, /--min-confidence/],
    [{ limit: 0 }, /--limit/],
    [{ institution: '   ' }, /--institution/],
    [{ location: 'x'.repeat(501) }, /--location.*500/],
  ])('rejects a bad filter %j with a clear message', (f, message) => {
    expect(() => queryEvents(db, f)).toThrow(StoreError);
    expect(() => queryEvents(db, f)).toThrow(message);
  });
});

describe('queryDocuments', () => {
  it('lists documents with provenance', () => {
    const rows = queryDocuments(db, { lang: 'ru' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: docs['ru-partnership'], sourceId: 'ru-news', lang: 'ru', published: '2021-09-02', method: 'readability', events: 1, institutions: 2, sightings: 1 });
    expect(rows[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, EventFilters, string[]]>([
    ['all', {}, ['en-hostile', 'en-damage', 'uk-damage', 'ru-partnership', 'pl-partnership', 'bg-memorandum']],
    ['with a damage event', { type: 'damage' }, ['en-damage', 'uk-damage']],
    ['naming an institution by its alias', { institution: 'IBE' }, ['pl-partnership']],
    ['published since', { since: '2023-05-05' }, ['en-hostile', 'en-damage']],
    ['with an event at a place', { location: 'Cork' }, ['en-hostile']],
    ['hostile text', { institution: '%' }, ['en-hostile']],
  ])('filter: %s', (_n, f, expected) => {
    expect(docsOf(f)).toEqual(expected);
  });
});

describe('queryInstitutions', () => {
  it('finds an institution by any case form, with variants, counts, dates and events', () => {
    const [row, ...rest] = queryInstitutions(db, { search: 'Открытой школой' });
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      name: '«Открытая школа»',
      kind: 'school',
      mentions: 2,
      documents: 1,
      firstSeen: '2021-09-02',
      lastSeen: '2021-09-02',
    });
    expect(row.names).toEqual(['«Открытая школа»', '«Открытой школой»']);
    expect(row.events).toEqual([{ id: expect.any(Number), type: 'partnership', date: '2021-09-01' }]);
  });

  it('lists all, most mentioned first, and honours limit and hostile text', () => {
    const all = queryInstitutions(db);
    expect(all.length).toBe(9);
    expect(all[0].name).toBe('«Открытая школа»');
    expect(queryInstitutions(db, { limit: 3 })).toHaveLength(3);
    expect(queryInstitutions(db, { search: '_' }).map((r) => r.name)).toEqual(['O\'Brien "100%" Academy_Trust']);
    expect(queryInstitutions(db, { search: "'; DELETE FROM institutions; --" })).toEqual([]);
    expect(queryInstitutions(db)).toHaveLength(9);
  });
});

describe('views', () => {
  it('v_documents has a row per document with the fetch hash', () => {
    const rows = db.prepare('SELECT * FROM v_documents ORDER BY id').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(6);
    for (const k of ['id', 'url', 'source_id', 'lang', 'title', 'published_at', 'fetched_at', 'sha256', 'text_sha256', 'extraction_method']) expect(rows[0]).toHaveProperty(k);
    expect(db.prepare('SELECT lang, count(*) AS n FROM v_documents GROUP BY lang ORDER BY lang').all()).toEqual([
      { lang: 'bg', n: 1 }, { lang: 'en', n: 2 }, { lang: 'pl', n: 1 }, { lang: 'ru', n: 1 }, { lang: 'uk', n: 1 },
    ]);
    const f = db.prepare('SELECT sha256 FROM fetches WHERE id = (SELECT fetch_id FROM documents WHERE id = ?)').pluck().get(docs['uk-damage']);
    expect(db.prepare('SELECT sha256 FROM v_documents WHERE id = ?').pluck().get(docs['uk-damage'])).toBe(f);
  });

  it('v_events has one row per event with participants, source and evidence', () => {
    const rows = db.prepare('SELECT * FROM v_events ORDER BY id').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(6);
    const pl = rows.find((r) => r.document_id === docs['pl-partnership'])!;
    expect(pl).toMatchObject({
      type: 'partnership',
      participants: 'Instytut Badań Edukacyjnych; Kuratorium Oświaty w Rzeszowie',
      source_id: 'pl-ibe',
      source_name: 'Instytut Badań Edukacyjnych',
      country: 'PL',
      http_status: 200,
      valid_until: '2022-06-30',
    });
    expect(pl.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('v_institutions counts mentions, documents and events', () => {
    const row = db.prepare(`SELECT * FROM v_institutions WHERE name = '«Открытая школа»'`).get();
    expect(row).toMatchObject({ kind: 'school', mentions: 2, documents: 1, first_seen: '2021-09-02', last_seen: '2021-09-02', events: 1 });
    expect((row as { names: string }).names.split(' | ').sort()).toEqual(['«Открытая школа»', '«Открытой школой»']);
  });
});
