/**
 * datasette.yaml and metadata.yaml (issue 11, part 2). Datasette itself is not installed here, so
 * the files are checked for what Datasette would do with them: every table, view and column they
 * name exists in a freshly migrated store, the hidden tables exist, the facet columns are in their
 * views, every canned query runs (sqlite, with sample parameters) against a small store written by
 * two runs and returns what it should, and the search table finds a word as written.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { openStore, MIGRATIONS } from '../store/index.js';
import { twoRunStore } from './fixtures/store/two-runs.js';

interface TableConfig {
  hidden?: boolean;
  facets?: string[];
  sort?: string;
  sort_desc?: string;
  fts_table?: string;
  fts_pk?: string;
  label_column?: string;
}
interface Query { title: string; description: string; sql: string }
interface DbConfig { tables: Record<string, TableConfig>; queries: Record<string, Query> }
interface DbMeta { description?: string; tables: Record<string, { title?: string; description?: string; columns?: Record<string, string> }> }

const root = new URL('..', import.meta.url).pathname;
const config = parse(readFileSync(join(root, 'datasette.yaml'), 'utf8')) as { databases: Record<string, DbConfig> };
const metadata = parse(readFileSync(join(root, 'metadata.yaml'), 'utf8')) as { title: string; description: string; license: string; source: string; databases: Record<string, DbMeta> };
const cfg = config.databases.eduwatch;
const meta = metadata.databases.eduwatch;

const fresh = openStore(':memory:');
const objects = new Map(
  (fresh.prepare(`SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')`).all() as { name: string; type: string }[]).map((r) => [r.name, r.type]),
);
const columns = (name: string) => fresh.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[];

/** Sample parameters for each canned query and what its first row must show. */
const SAMPLES: Record<string, { params: Record<string, string>; check: (rows: Record<string, unknown>[]) => void }> = {
  damaged_institutions: {
    params: { kind: 'lyceum', region: 'Kharkiv', from: '2024-01-01', to: '2024-12-31' },
    check: (rows) => {
      // Both reports of the Kharkiv incident: one names the region in Ukrainian, one in English.
      expect(rows.map((r) => r.document_url)).toEqual(['https://ua-news.example/kharkiv', 'https://en-news.example/kharkiv']);
      expect(new Set(rows.map((r) => r.incident_handle)).size).toBe(1);
    },
  },
  incident_reports: {
    params: { handle: '' }, // filled below with the Kharkiv incident's handle
    check: (rows) => expect(rows.map((r) => r.source_id).sort()).toEqual(['en-news', 'ua-news']),
  },
  recent_partnerships: {
    params: { since: '2024-05-01' },
    check: (rows) => expect(rows.map((r) => r.document_url)).toEqual(['https://pl-news.example/ibe']),
  },
  incidents_by_grade: {
    params: {},
    check: (rows) => expect(rows.find((r) => r.grade === 'B2' && r.type === 'damage')).toMatchObject({ incidents: 1 }),
  },
  incidents_at_least: {
    params: { min_grade: 'b2' },
    check: (rows) => expect(rows.map((r) => r.grade)).toEqual(['B2']),
  },
  institution_events: {
    params: { name: 'Каразіна' },
    check: (rows) => expect(rows.map((r) => r.type)).toEqual(['partnership']),
  },
  new_documents_since: {
    params: { since: '2024-05-27T10:00:00.000Z' },
    check: (rows) => expect(rows.map((r) => r.source_id).sort()).toEqual(['en-news', 'pl-news', 'ua-official']),
  },
  search_text: {
    params: { q: 'Лублин OR Lublinie' },
    check: (rows) => expect(rows.map((r) => r.url)).toEqual(['https://pl-news.example/ibe']),
  },
  source_runs: {
    params: {},
    check: (rows) => expect(rows[0]).toMatchObject({ source_id: 'broken-news', status: 'failed' }),
  },
};

describe('datasette.yaml', () => {
  it('gives the same settings to data/demo.db as to data/eduwatch.db', () => {
    expect(config.databases.demo).toEqual(cfg);
    expect(metadata.databases.demo).toEqual(meta);
  });

  it('names only tables and views a migrated store has, and hides the internal ones', () => {
    for (const [name, t] of Object.entries(cfg.tables)) {
      expect(objects.has(name), `${name} is not in the store`).toBe(true);
      if (t.hidden) expect(objects.get(name), `${name}`).toBe('table');
    }
    const hidden = Object.entries(cfg.tables).filter(([, t]) => t.hidden).map(([n]) => n);
    for (const name of ['_migrations', '_meta', 'tag_state', 'crawl_lock', 'http_cache']) expect(hidden).toContain(name);
    // Every FTS shadow table is hidden.
    for (const name of objects.keys()) if (/^documents(_text)?_fts/.test(name)) expect(hidden, name).toContain(name);
    // Every view a researcher reads is configured.
    for (const [name, type] of objects) if (type === 'view') expect(cfg.tables[name], name).toBeDefined();
  });

  it('facets, sort, label and search columns exist in their tables', () => {
    for (const [name, t] of Object.entries(cfg.tables)) {
      const cols = columns(name);
      for (const c of [...(t.facets ?? []), t.sort, t.sort_desc, t.label_column, t.fts_pk].filter(Boolean) as string[]) {
        expect(cols, `${name}.${c}`).toContain(c);
      }
      if (t.fts_table) expect(objects.get(t.fts_table), t.fts_table).toBe('table');
    }
    expect(cfg.tables.v_events.facets).toEqual(expect.arrayContaining(['type', 'lang', 'country', 'institution_kind', 'severity']));
    expect(cfg.tables.v_incidents.facets).toEqual(expect.arrayContaining(['grade']));
    expect(cfg.tables.v_documents).toMatchObject({ fts_table: 'documents_text_fts', fts_pk: 'id' });
  });

  it('every canned query runs against a store written by two runs and answers its question', () => {
    const db = twoRunStore();
    SAMPLES.incident_reports.params.handle = db
      .prepare(`SELECT handle FROM incidents WHERE reports = 2`)
      .pluck()
      .get() as string;
    expect(Object.keys(cfg.queries).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const [name, q] of Object.entries(cfg.queries)) {
      expect(q.title, name).toBeTruthy();
      expect(q.description, name).toBeTruthy();
      const stmt = db.prepare(q.sql);
      // Datasette passes every :name in the SQL as a parameter; the sample gives exactly those.
      const named = [...new Set([...q.sql.matchAll(/:([a-z_]+)/g)].map((m) => m[1]))].sort();
      expect(named, name).toEqual(Object.keys(SAMPLES[name].params).sort());
      const rows = stmt.all(SAMPLES[name].params) as Record<string, unknown>[];
      expect(rows.length, name).toBeGreaterThan(0);
      SAMPLES[name].check(rows);
    }
    db.close();
  });

  it('the damaged-institutions query with another kind or period finds nothing', () => {
    const db = twoRunStore();
    const sql = cfg.queries.damaged_institutions.sql;
    expect(db.prepare(sql).all({ kind: 'college', region: 'Kharkiv', from: '2024-01-01', to: '2024-12-31' })).toEqual([]);
    expect(db.prepare(sql).all({ kind: 'lyceum', region: 'Kharkiv', from: '2022-01-01', to: '2022-12-31' })).toEqual([]);
    expect(db.prepare(sql).all({ kind: '', region: 'Kyiv', from: '2024-01-01', to: '2024-12-31' })).toHaveLength(1);
    db.close();
  });
});

describe('metadata.yaml', () => {
  it('has a title, description, licence and source', () => {
    for (const k of ['title', 'description', 'license', 'source'] as const) expect(metadata[k], k).toBeTruthy();
  });
  it('titles and describes every view, and its columns exist', () => {
    for (const [name, type] of objects) {
      if (type !== 'view') continue;
      expect(meta.tables[name]?.title, name).toBeTruthy();
      expect(meta.tables[name]?.description, name).toBeTruthy();
    }
    for (const [name, t] of Object.entries(meta.tables)) {
      expect(objects.has(name), name).toBe(true);
      const cols = columns(name);
      for (const c of Object.keys(t.columns ?? {})) expect(cols, `${name}.${c}`).toContain(c);
    }
  });
});

describe('documents_text_fts (migration 013)', () => {
  it('finds a word as written, where the stemmed index does not, and follows documents', () => {
    const db = twoRunStore();
    const match = (q: string) => db.prepare(`SELECT rowid FROM documents_text_fts WHERE documents_text_fts MATCH ?`).pluck().all(q) as number[];
    const plId = db.prepare(`SELECT id FROM documents WHERE url = 'https://pl-news.example/ibe'`).pluck().get() as number;
    expect(match('Lublinie')).toEqual([plId]);
    expect(match('porozumienie')).toEqual([plId]);
    // The stemmed index holds stems: the word as written is not in it.
    expect(db.prepare(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'porozumienie'`).all()).toEqual([]);
    expect(match('title:Porozumienie')).toEqual([plId]);
    // Deleting a document removes it from the index (the external-content delete trigger).
    db.exec(`PRAGMA foreign_keys = OFF; DELETE FROM events WHERE document_id = ${plId}; DELETE FROM documents WHERE id = ${plId}`);
    expect(match('Lublinie')).toEqual([]);
    expect(db.prepare(`INSERT INTO documents_text_fts (documents_text_fts) VALUES ('integrity-check')`).run()).toBeTruthy();
    db.close();
  });

  it('is filled for a store written before migration 013', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eduwatch-dsfts-'));
    try {
      const file = join(dir, 'old.db');
      const db = twoRunStore({ file });
      db.exec(`DROP TRIGGER documents_text_fts_insert; DROP TRIGGER documents_text_fts_delete; DROP TRIGGER documents_text_fts_update;
        DROP TABLE documents_text_fts; DELETE FROM _migrations WHERE name = '013_datasette_fts';`);
      db.close();
      const old = new Database(file);
      expect(old.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'documents_text_fts'`).pluck().get()).toBe(0);
      old.close();
      const again = openStore(file);
      // 013 is applied again (after any later migration, so compare by name).
      expect(again.prepare('SELECT name FROM _migrations ORDER BY name').pluck().all()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      expect(again.prepare(`SELECT count(*) FROM documents_text_fts WHERE documents_text_fts MATCH 'Lublinie'`).pluck().get()).toBe(1);
      expect(again.prepare(`SELECT count(*) FROM documents_text_fts_docsize`).pluck().get()).toBe(again.prepare('SELECT count(*) FROM documents').pluck().get());
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

afterAll(() => fresh.close());
