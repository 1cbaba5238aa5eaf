/**
 * The queries read stored, indexed columns (migration 008: events.day, mentions.seen, institution
 * counts, the participants' event type and date) and choose among several plans; what they return
 * must stay exactly what the plain definitions return. Each query is compared, row for row and in
 * order, with its definition written the simple way (every value computed from the base columns
 * through joins, the way the queries were written before 008), on a store of awkward data: after
 * ingest, after reextract with different tags, after hand-written SQL changes (publication dates,
 * event dates, moved mentions, days shorter than a year), and on a store built at migration 007
 * then migrated.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldText, iterateExport, MIGRATIONS, openStore, queryEvents, queryInstitutions, reextract, type DB, type EventFilters } from '../store/index.js';
import { eventQuery, EVENT_SELECT, toEventRow, type EventPlan, type EventRecord, type EventRow } from '../store/queries/events.js';
import { dateConditions, documentConditions, eventConditions, limitOf, textNeedle, validateFilters, type Params } from '../store/queries/filters.js';
import type { InstitutionFilters, InstitutionRow } from '../store/queries/institutions.js';
import { stemPhrase } from '../store/stem.js';
import type { AnalyzeInput, ExtractedDocument } from '../types.js';
import { buildTricky, trickyDocuments } from './fixtures/store/tricky.js';

// ---------------------------------------------------------------------------------------------
// The plain definitions.
// ---------------------------------------------------------------------------------------------

const PLAIN_DAY = 'substr(coalesce(e.date, d.published_at), 1, 10)';

/** Text matching as defined: folded and stemmed at query time, not from stored columns. */
function plainText(column: string, n: { fold: string; stems: string }): string {
  return `(instr(eduwatch_fold(${column}), ${n.fold}) > 0 OR (${n.stems} <> '' AND instr(eduwatch_stems(${column}), ${n.stems}) > 0))`;
}

/** Institution `alias` matches the text: by key, by its name or by a recorded variant. */
function plainInstitution(alias: string, text: string, params: Params): string {
  const n = textNeedle('q', text, params, true);
  const byKey = n.keys.length ? `${alias}.key IN (${n.keys.join(', ')}) OR ` : '';
  return `(${byKey}${plainText(`${alias}.name`, n)} OR EXISTS (SELECT 1 FROM institution_names n WHERE n.institution_id = ${alias}.id AND ${plainText('n.name', n)}))`;
}

function plainEvents(db: DB, f: EventFilters): EventRow[] {
  validateFilters(f);
  const params: Params = {};
  const conds = [...documentConditions(f, params), ...eventConditions(db, f, params), ...dateConditions(PLAIN_DAY, f, params)];
  if (f.institution !== undefined) {
    const inst = plainInstitution('i', f.institution, params);
    conds.push(`EXISTS (SELECT 1 FROM event_participants p LEFT JOIN institutions i ON i.id = p.institution_id WHERE p.event_id = e.id AND (
      (p.institution_id IS NOT NULL AND ${inst}) OR (p.institution_id IS NULL AND ${plainText('p.name', textNeedle('q', f.institution, params, false))})))`);
  }
  const sql = `${EVENT_SELECT} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''} ORDER BY ${PLAIN_DAY} DESC NULLS LAST, e.id DESC LIMIT @limit`;
  return (db.prepare(sql).all({ ...params, limit: limitOf(f) }) as EventRecord[]).map(toEventRow);
}

function plainInstitutions(db: DB, f: InstitutionFilters): InstitutionRow[] {
  const params: Params = {};
  const conds: string[] = [];
  if (f.search !== undefined) conds.push(plainInstitution('i', f.search, params));
  if (f.kind !== undefined) {
    params.kind = f.kind;
    conds.push('i.kind = @kind');
  }
  const rows = db
    .prepare(
      `SELECT i.id, i.key, i.name, i.kind,
         (SELECT json_group_array(n.name) FROM institution_names n WHERE n.institution_id = i.id) AS names,
         (SELECT count(*) FROM mentions m WHERE m.institution_id = i.id) AS mentions,
         (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.institution_id = i.id) AS documents,
         (SELECT min(substr(coalesce(d.published_at, d.created_at), 1, 10)) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.institution_id = i.id) AS first_seen,
         (SELECT max(substr(coalesce(d.published_at, d.created_at), 1, 10)) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.institution_id = i.id) AS last_seen,
         (SELECT json_group_array(json_object('id', e.id, 'type', e.type, 'date', coalesce(e.date, substr(d.published_at, 1, 10))))
            FROM events e JOIN documents d ON d.id = e.document_id
           WHERE e.id IN (SELECT p.event_id FROM event_participants p WHERE p.institution_id = i.id)) AS events
       FROM institutions i ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
       ORDER BY mentions DESC, i.name, i.id LIMIT @limit`,
    )
    .all({ ...params, limit: limitOf(f) }) as (Omit<InstitutionRow, 'names' | 'events' | 'firstSeen' | 'lastSeen'> & { names: string; events: string; first_seen: string | null; last_seen: string | null })[];
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    kind: r.kind,
    names: (JSON.parse(r.names) as string[]).sort((a, b) => a.localeCompare(b)),
    mentions: r.mentions,
    documents: r.documents,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    events: (JSON.parse(r.events) as InstitutionRow['events']).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id),
  }));
}

/** Rows where a stored column differs from its definition (none when the triggers did their work). */
function staleColumns(db: DB): Record<string, number> {
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    day: n(`SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.document_id WHERE e.day IS NOT ${PLAIN_DAY}`),
    seen: n(`SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.seen IS NOT substr(coalesce(d.published_at, d.created_at), 1, 10)`),
    mentionCount: n(`SELECT count(*) FROM institutions i WHERE i.mention_count <> (SELECT count(*) FROM mentions m WHERE m.institution_id = i.id)`),
    documentCount: n(`SELECT count(*) FROM institutions i WHERE i.document_count <> (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.institution_id = i.id)`),
    participant: n(`SELECT count(*) FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.event_type IS NOT e.type OR p.event_date IS NOT coalesce(e.date, e.day)`),
  };
}
const NONE_STALE = { day: 0, seen: 0, mentionCount: 0, documentCount: 0, participant: 0 };

// ---------------------------------------------------------------------------------------------
// The filters compared.
// ---------------------------------------------------------------------------------------------

const TYPES: EventFilters['type'][] = [undefined, 'damage', 'partnership'];
const DATES: Pick<EventFilters, 'since' | 'until'>[] = [
  {},
  { since: '2022' },
  { until: '2022' },
  { since: '2022-03', until: '2022-03' },
  { since: '2022-03-15', until: '2022-03-15' },
  { since: '2022-03-11', until: '2022-12-31' },
  { since: '2021-06-01', until: '2022-03-10' },
  { until: '2021-12-31' },
  { since: '2023-01-01' },
];
const INSTITUTIONS = [undefined, 'Київський ліцей № 1', 'ліцей', 'Szkoła Podstawowa nr 1', 'High School', 'City Council', 'Гимназия', 'nothing like it'];
const LIMITS = [undefined, 1, 4];

function eventFilters(): EventFilters[] {
  const out: EventFilters[] = [];
  for (const type of TYPES) for (const d of DATES) for (const institution of INSTITUTIONS) for (const limit of LIMITS) out.push({ type, ...d, institution, limit });
  // Filters that read the document or the event row beside them.
  const more: EventFilters[] = [
    { lang: 'uk' }, { lang: 'other' }, { country: 'PL' }, { source: ['t-gb', 't-pl'] }, { location: 'Київ' }, { minConfidence: 0.8 },
    { institution: 'ліцей', lang: 'uk', limit: 3 }, { institution: 'High School', minConfidence: 0.8, since: '2022' },
    { institution: 'Київський ліцей № 1', location: 'Kraków' }, { type: 'damage', country: 'UA', since: '2022-03', limit: 2 },
  ];
  return [...out, ...more];
}

const INSTITUTION_FILTERS: InstitutionFilters[] = [
  {}, { limit: 1 }, { limit: 3 }, { kind: 'school' }, { kind: 'school', limit: 2 }, { search: 'ліцей' }, { search: 'ліцей', limit: 1 },
  { search: 'High School' }, { search: 'Szkoła' }, { search: 'Київський ліцей № 1' }, { search: 'nothing like it' }, { search: 'університет', kind: 'university' },
];

/** Compare every query with its definition; the failing filters are listed, so a diff names them. */
function expectSameAsDefinitions(db: DB): void {
  const differ: string[] = [];
  for (const f of eventFilters()) {
    const want = plainEvents(db, f);
    if (JSON.stringify(queryEvents(db, f)) !== JSON.stringify(want)) differ.push(`events ${JSON.stringify(f)}`);
    if (f.institution !== undefined) {
      for (const plan of ['participants', 'lookup', 'walk'] as EventPlan[]) {
        const { sql, params } = eventQuery(db, f, { plan });
        const got = (db.prepare(sql).all(params) as EventRecord[]).map(toEventRow);
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`events (${plan}) ${JSON.stringify(f)}`);
      }
    }
    const exported = [...iterateExport(db, 'events', f)].map((r) => r.id);
    if (JSON.stringify(exported) !== JSON.stringify(want.map((e) => e.id))) differ.push(`export events ${JSON.stringify(f)}`);
  }
  for (const f of INSTITUTION_FILTERS) {
    if (JSON.stringify(queryInstitutions(db, f)) !== JSON.stringify(plainInstitutions(db, f))) differ.push(`institutions ${JSON.stringify(f)}`);
  }
  const exported = [...iterateExport(db, 'institutions', {})].map((r) => [r.id, r.mentions, r.documents, r.first_seen, r.last_seen]);
  const plain = plainInstitutions(db, {}).map((r) => [r.id, r.mentions, r.documents, r.firstSeen, r.lastSeen]).sort((a, b) => (a[0] as number) - (b[0] as number));
  if (JSON.stringify(exported) !== JSON.stringify(plain)) differ.push('export institutions');
  expect(differ).toEqual([]);
  expect(staleColumns(db)).toEqual(NONE_STALE);
}

// ---------------------------------------------------------------------------------------------

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('queries against their plain definitions', () => {
  const db = openStore(':memory:');
  const ids = buildTricky(db);

  it('the generated store holds the awkward cases', () => {
    const n = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(n(`SELECT count(*) FROM events WHERE date IS NULL`)).toBeGreaterThan(5);
    expect(n(`SELECT count(*) FROM events WHERE length(date) IN (4, 7)`)).toBeGreaterThan(5);
    expect(n(`SELECT count(*) FROM documents WHERE published_at IS NULL`)).toBeGreaterThan(5);
    expect(n(`SELECT count(*) FROM documents WHERE length(published_at) > 10`)).toBeGreaterThan(5);
    expect(n(`SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.date IS NULL AND d.published_at IS NULL`)).toBeGreaterThan(0);
    expect(n(`SELECT count(*) FROM (SELECT day FROM events GROUP BY day HAVING count(*) > 1)`)).toBeGreaterThan(3);
    expect(n(`SELECT count(*) FROM (SELECT mention_count FROM institutions GROUP BY mention_count HAVING count(*) > 1)`)).toBeGreaterThan(0);
    expect(n(`SELECT count(*) FROM institutions WHERE mention_count > document_count`)).toBeGreaterThan(0);
    expect(n(`SELECT count(*) FROM event_participants WHERE institution_id IS NULL`)).toBeGreaterThan(3);
    expect(n(`SELECT count(*) FROM (SELECT 1 FROM event_participants WHERE institution_id IS NOT NULL GROUP BY event_id, institution_id HAVING count(*) > 1)`)).toBeGreaterThan(0);
  });

  it('after ingest', () => expectSameAsDefinitions(db));

  it('after reextract writes other tags (other event dates, other mentions)', () => {
    const other = trickyDocuments(99, ids.length).map((d) => d.doc);
    const analyze = (input: AnalyzeInput): ExtractedDocument => {
      const n = (db.prepare('SELECT id FROM documents WHERE text = ?').pluck().get(input.text) as number) - ids[0];
      const o = other[n];
      // The document's own text and lang, the other document's tags where their offsets fit.
      return { ...o, text: input.text, institutions: o.institutions.filter((i) => i.mentions.every((m) => m.end <= input.text.length)), events: o.events.filter((e) => e.end <= input.text.length), extractorVersion: 'test-2' };
    };
    const before = JSON.stringify(queryEvents(db, {}));
    const r = reextract(db, { analyze, version: 'test-2' });
    expect(r.documents).toBe(ids.length);
    expect(JSON.stringify(queryEvents(db, {}))).not.toBe(before);
    expectSameAsDefinitions(db);
  });

  it('after hand-written changes to publication dates, event dates, mentions and participants', () => {
    const run = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
    run(`UPDATE documents SET published_at = '2022-03-15' WHERE id % 5 = 0`);
    run(`UPDATE documents SET published_at = NULL WHERE id % 7 = 0`);
    run(`UPDATE documents SET published_at = '2022-03' WHERE id % 11 = 0`);
    run(`UPDATE documents SET created_at = '2020-01-01T00:00:00Z' WHERE id % 3 = 0`);
    run(`UPDATE events SET date = NULL WHERE id % 4 = 0`);
    run(`UPDATE events SET date = '2022-03-15T08:00' WHERE id % 9 = 0`);
    run(`UPDATE events SET type = 'damage' WHERE id % 13 = 0`);
    run(`UPDATE events SET day = 'wrong' WHERE id % 6 = 0`);
    run(`DELETE FROM mentions WHERE id % 8 = 0`);
    run(`UPDATE mentions SET institution_id = (SELECT min(id) FROM institutions) WHERE id % 10 = 1`);
    run(`UPDATE mentions SET document_id = ? WHERE id % 10 = 2`, ids[0]);
    run(`UPDATE event_participants SET event_date = 'wrong' WHERE event_id % 5 = 0`);
    run(`INSERT INTO mentions (document_id, institution_id, text, start, "end", confidence, extractor, extractor_version)
         SELECT ?, id, name, 0, 1, 0.5, 'hand', 'hand' FROM institutions WHERE id % 2 = 0`, ids[1]);
    expectSameAsDefinitions(db);
  });

  it('with event days shorter than a year, which turn the since range off', () => {
    const doc = ids[2];
    const insert = db.prepare(`INSERT INTO events (document_id, type, date, quote, start, "end", confidence, extractor, extractor_version, data)
      VALUES (?, 'damage', ?, 'q', 0, 1, 0.5, 'hand', 'hand', ?)`);
    for (const date of ['', '2', '20', '202', '2022-03-15 12:00:00+03']) insert.run(doc, date, JSON.stringify({ type: 'damage', date, quote: 'q', start: 0, end: 1 }));
    expect(db.prepare('SELECT count(*) FROM events WHERE length(day) < 4').pluck().get()).toBe(4);
    expectSameAsDefinitions(db);
  });
});

describe('a store made at migration 007, then migrated', () => {
  it('gets the stored columns right and answers as defined', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eduwatch-007-'));
    dirs.push(dir);
    const file = join(dir, 'old.db');
    const old = new Database(file);
    old.function('eduwatch_fold', { deterministic: true }, (t: unknown) => (typeof t === 'string' ? foldText(t) : null));
    old.function('eduwatch_stems', { deterministic: true }, (t: unknown) => (typeof t === 'string' ? stemPhrase(t) : null));
    old.exec('CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const upTo007 = MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === '007_name_match') + 1);
    for (const m of upTo007) {
      old.exec(m.sql);
      old.prepare('INSERT INTO _migrations VALUES (?, ?)').run(m.name, '2024-01-01T00:00:00Z');
    }
    buildTricky(old as unknown as DB, 3, 80);
    old.prepare(`UPDATE documents SET published_at = NULL WHERE id % 6 = 0`).run();
    expect(old.prepare(`SELECT count(*) FROM pragma_table_info('events') WHERE name = 'day'`).pluck().get()).toBe(0);
    old.close();

    const db = openStore(file);
    expect(db.prepare(`SELECT name FROM _migrations ORDER BY rowid`).pluck().all()).toEqual(MIGRATIONS.map((m) => m.name));
    expectSameAsDefinitions(db);
    db.close();
    const readonly = openStore(file, { readonly: true });
    expect(queryInstitutions(readonly, { limit: 2 })).toEqual(plainInstitutions(readonly, { limit: 2 }));
    readonly.close();
  });
});

describe('query plans at scale', () => {
  it.each<[string, EventFilters, RegExp]>([
    ['type and dates walk the (type, day) index', { type: 'damage', since: '2022-03', until: '2022-12-31', limit: 100 }, /USING COVERING INDEX events_type_day \(type=\? AND day>\? AND day<\?\)/],
    ['dates alone walk the (day) index', { since: '2022', limit: 10 }, /USING COVERING INDEX events_day \(day>\?\)/],
    ['an institution with type and dates reads the participants index', { type: 'partnership', since: '2022', until: '2022', institution: 'ліцей', limit: 10 },
      /event_participants_institution_events \(institution_id=\? AND event_type=\? AND event_date>\? AND event_date<\?\)/],
  ])('%s', (_name, f, plan) => {
    const db = openStore(':memory:');
    buildTricky(db, 5, 20);
    const { sql, params } = eventQuery(db, f);
    const detail = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
    expect(detail.join('\n')).toMatch(plan);
    // The page is read in index order: the only sort is of the page's rows at the end.
    expect(detail.filter((d) => d.includes('TEMP B-TREE FOR ORDER BY')).length).toBeLessThanOrEqual(f.institution ? 2 : 1);
    db.close();
  });
});
