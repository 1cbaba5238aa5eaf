/**
 * Keeping documents_fts in step with documents: each document's title and text are indexed as
 * stems (store/stem.ts) under the document's id. A new document is indexed in the transaction that
 * stores it; when the stemmer changes (STEMMER_VERSION), the whole index is rebuilt the next time
 * the store is opened for writing, and documents missing from the index (written by another tool)
 * are added then too.
 */
import type { Lang } from '../types.js';
import type { DB } from './db.js';
import { STEMMER_VERSION, stemText } from './stem.js';

const VERSION_KEY = 'search_stemmer_version';
/** Documents indexed per transaction while rebuilding. */
const REBUILD_BATCH = 500;

export function indexDocument(db: DB, id: number, title: string | null, text: string, lang: string | null): void {
  db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(
    id,
    stemText(title ?? '', lang as Lang | null),
    stemText(text, lang as Lang | null),
  );
}

/** The stemmer version the index was built with, or null before the first build. */
export function searchIndexVersion(db: DB): string | null {
  const row = db.prepare('SELECT value FROM _meta WHERE key = ?').get(VERSION_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Rebuild the index if it was built by another stemmer version; add documents missing from it. Returns documents indexed. */
export function ensureSearchIndex(db: DB): number {
  const current = searchIndexVersion(db);
  if (current !== STEMMER_VERSION) return rebuildSearchIndex(db);
  // Cheap check first (two b-tree counts): the index has one docsize row per indexed document.
  const docs = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  const indexed = db.prepare('SELECT count(*) FROM documents_fts_docsize').pluck().get() as number;
  if (docs === indexed) return 0;
  const missing = db
    .prepare('SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = d.id)')
    .pluck()
    .all() as number[];
  return indexIds(db, missing);
}

/** Drop and rebuild the whole index with the current stemmer. */
export function rebuildSearchIndex(db: DB): number {
  db.transaction(() => {
    db.exec(`DELETE FROM documents_fts`);
  })();
  const ids = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
  const n = indexIds(db, ids);
  db.prepare('INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(VERSION_KEY, STEMMER_VERSION);
  return n;
}

function indexIds(db: DB, ids: number[]): number {
  if (ids.length === 0) return 0;
  const get = db.prepare('SELECT id, title, text, lang FROM documents WHERE id = ?');
  const insert = db.prepare('INSERT OR REPLACE INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
  const batch = db.transaction((chunk: number[]) => {
    for (const id of chunk) {
      const d = get.get(id) as { id: number; title: string | null; text: string; lang: Lang | null } | undefined;
      if (d) insert.run(d.id, stemText(d.title ?? '', d.lang), stemText(d.text, d.lang));
    }
  });
  for (let i = 0; i < ids.length; i += REBUILD_BATCH) batch(ids.slice(i, i + REBUILD_BATCH));
  return ids.length;
}
