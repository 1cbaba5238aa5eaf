/**
 * Opening the evidence store: folders created, WAL, foreign keys, busy timeout, pending migrations
 * applied (each in its own transaction, recorded in `_migrations`), search index kept in step with
 * the stemmer, and the SQL helper functions the store's queries use registered on the connection.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { StoreError } from './errors.js';
import { ensureSearchIndex } from './search-index.js';
import { ensureSanitizedHtml } from './sanitize.js';
import { stemPhrase } from './stem.js';
import { ensureIncidents } from './incidents/cluster.js';
import { ensurePlaces } from './places/store.js';

export type DB = import('better-sqlite3').Database;

/** Where commands keep the store unless given `--db FILE`. */
export const DEFAULT_DB = 'data/eduwatch.db';

export interface OpenOptions {
  /** Open without writing anything: no migrations, no index rebuild. The file must exist. */
  readonly?: boolean;
}

const IN_MEMORY = ':memory:';

export function openStore(file: string, opts: OpenOptions = {}): DB {
  const memory = file === IN_MEMORY || file === '';
  if (opts.readonly) {
    if (memory || !existsSync(file)) {
      throw new StoreError(
        'no-database',
        `no evidence store at ${memory ? '(memory)' : resolve(file)}: run \`eduwatch crawl\` (or \`npm run demo\`) to create one, or pass --db FILE to name an existing one`,
      );
    }
  } else if (!memory) {
    mkdirSync(dirname(resolve(file)), { recursive: true });
  }
  if (!memory && existsSync(file) && statSync(file).isDirectory()) {
    throw new StoreError('no-database', `${resolve(file)} is a folder, not an evidence store: pass --db with a file, e.g. --db ${join(file, 'eduwatch.db')}`);
  }
  let db: DB;
  try {
    db = new Database(file, { readonly: opts.readonly === true, fileMustExist: opts.readonly === true });
  } catch (err) {
    throw new StoreError('no-database', `cannot open the evidence store ${resolve(file)}: ${(err as Error).message} (check the path and its permissions)`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    registerFunctions(db);
    if (opts.readonly) checkSchema(db, file);
    else {
      migrate(db, file);
      ensureSearchIndex(db);
      ensureSanitizedHtml(db);
      ensurePlaces(db);
      ensureIncidents(db);
    }
    return db;
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new StoreError('no-database', `${resolve(file)} is not an eduwatch store (not a SQLite database): pass --db with the right file`);
    }
    throw err;
  }
}

/** Names of the migrations recorded in the database (empty for a new file). */
export function appliedMigrations(db: DB): string[] {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'`).get();
  if (!table) return [];
  return (db.prepare('SELECT name FROM _migrations ORDER BY rowid').all() as { name: string }[]).map((r) => r.name);
}

function unknownMigrations(applied: string[]): string[] {
  const known = new Set(MIGRATIONS.map((m) => m.name));
  return applied.filter((n) => !known.has(n));
}

function newerSchemaError(file: string, unknown: string[]): StoreError {
  return new StoreError(
    'newer-schema',
    `${file} was written by a newer eduwatch (it has migration${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} that this version does not know): upgrade eduwatch to use it`,
  );
}

/** Apply pending migrations, each in an IMMEDIATE transaction, so two processes opening one new file cannot both apply one. */
export function migrate(db: DB, file = db.name): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const unknown = unknownMigrations(appliedMigrations(db));
  if (unknown.length) throw newerSchemaError(file, unknown);
  const isApplied = db.prepare('SELECT 1 FROM _migrations WHERE name = ?');
  const record = db.prepare('INSERT INTO _migrations (name, applied_at) VALUES (?, ?)');
  const done: string[] = [];
  for (const m of MIGRATIONS) {
    if (isApplied.get(m.name)) continue;
    db.transaction(() => {
      if (isApplied.get(m.name)) return; // another process applied it while we waited for the lock
      db.exec(m.sql);
      record.run(m.name, new Date().toISOString());
      done.push(m.name);
    }).immediate();
  }
  return done;
}

function checkSchema(db: DB, file: string): void {
  const applied = appliedMigrations(db);
  const unknown = unknownMigrations(applied);
  if (unknown.length) throw newerSchemaError(file, unknown);
  const pending = MIGRATIONS.filter((m) => !applied.includes(m.name)).map((m) => m.name);
  if (pending.length) {
    throw new StoreError(
      'needs-migration',
      `${file} needs migration${pending.length > 1 ? 's' : ''} ${pending.join(', ')} before it can be read: run any writing command once (e.g. \`eduwatch reextract --db ${file}\`)`,
    );
  }
}

/**
 * SQL functions the store's own queries use (not the views, which stay plain SQL):
 * eduwatch_fold(text): lower case across scripts (SQLite's lower() and LIKE only fold ASCII);
 * eduwatch_stems(text): the text as padded script-generic stems, to match across case forms.
 */
function registerFunctions(db: DB): void {
  db.function('eduwatch_fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldText(text) : null));
  db.function('eduwatch_stems', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? stemPhrase(text) : null));
}

/** Case-folded text for substring matching (Unicode lower case, NFC, ё → е, one kind of apostrophe). */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
}
