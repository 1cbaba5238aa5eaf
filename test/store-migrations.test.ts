import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appliedMigrations, MIGRATIONS, openStore, StoreError } from '../store/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore and migrations', () => {
  it('creates folders, applies every migration once and records it', () => {
    const file = join(dir, 'nested', 'deeper', 'store.db');
    const db = openStore(file);
    expect(existsSync(file)).toBe(true);
    expect(appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.name));
    const rows = db.prepare('SELECT name, applied_at FROM _migrations').all() as { name: string; applied_at: string }[];
    expect(rows.every((r) => !Number.isNaN(Date.parse(r.applied_at)))).toBe(true);
    db.close();
    const again = openStore(file);
    expect(again.prepare('SELECT count(*) FROM _migrations').pluck().get()).toBe(MIGRATIONS.length);
    again.close();
  });

  it('sets WAL, foreign keys, busy timeout and synchronous NORMAL', () => {
    const db = openStore(join(dir, 's.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('applies only pending migrations to an older store', () => {
    const file = join(dir, 'old.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    raw.exec(MIGRATIONS[0].sql);
    raw.prepare('INSERT INTO _migrations VALUES (?, ?)').run(MIGRATIONS[0].name, '2024-01-01T00:00:00Z');
    raw.close();
    const db = openStore(file);
    const rows = db.prepare('SELECT name, applied_at FROM _migrations ORDER BY rowid').all() as { name: string; applied_at: string }[];
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(rows[0].applied_at).toBe('2024-01-01T00:00:00Z');
    db.close();
  });

  it('rolls back a failing migration whole and records nothing for it', () => {
    const file = join(dir, 'broken.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    raw.exec(MIGRATIONS[0].sql);
    raw.prepare('INSERT INTO _migrations VALUES (?, ?)').run(MIGRATIONS[0].name, '2024-01-01T00:00:00Z');
    raw.exec('CREATE TABLE v_events (x)'); // collides with a view 002 creates after v_documents
    raw.close();
    expect(() => openStore(file)).toThrow(/v_events/);
    const check = new Database(file, { readonly: true });
    expect(check.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'v_documents'`).pluck().get()).toBe(0);
    expect(check.prepare('SELECT name FROM _migrations').pluck().all()).toEqual([MIGRATIONS[0].name]);
    check.close();
  });

  it('readonly: refuses a missing file with a clear message and does not create it', () => {
    const file = join(dir, 'missing.db');
    const err = (() => {
      try {
        openStore(file, { readonly: true });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('no-database');
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(/eduwatch crawl/);
    expect(existsSync(file)).toBe(false);
  });

  it('readonly: reads a migrated store and cannot write', () => {
    const file = join(dir, 'ro.db');
    openStore(file).close();
    const db = openStore(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM v_documents').pluck().get()).toBe(0);
    expect(() => db.prepare(`INSERT INTO _meta VALUES ('a', 'b')`).run()).toThrow(/readonly/);
    db.close();
  });

  it('readonly: says which migrations a store still needs', () => {
    const file = join(dir, 'partial.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    raw.exec(MIGRATIONS[0].sql);
    raw.prepare('INSERT INTO _migrations VALUES (?, ?)').run(MIGRATIONS[0].name, 'x');
    raw.close();
    expect(() => openStore(file, { readonly: true })).toThrow(/needs migrations 002_views/);
  });

  it('refuses a store written by a newer eduwatch', () => {
    const file = join(dir, 'newer.db');
    openStore(file).close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO _migrations VALUES (?, ?)').run('999_future', 'x');
    raw.close();
    expect(() => openStore(file)).toThrow(/newer eduwatch.*999_future/);
    expect(() => openStore(file, { readonly: true })).toThrow(StoreError);
  });

  it('says so when the file is not a database', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(100));
    expect(() => openStore(file)).toThrow(/notes\.txt is not an eduwatch store/);
    expect(() => openStore(file, { readonly: true })).toThrow(StoreError);
  });

  it('every migration name is unique and ordered', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });
});
