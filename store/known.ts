/**
 * What an incremental crawl asks the store: is this article URL settled, and which validators did
 * a feed, sitemap or listing page send last time (for conditional requests).
 */
import type { DB } from './db.js';
import { SETTLED_ARTICLE_FETCH } from './migrations.js';

/**
 * True when the URL needs no fetch: an article fetch with a final status (2xx, 404, 410) was
 * requested at it or ended at it, or a document was seen there (a sighting or its canonical URL).
 */
export function isKnownUrl(db: DB, url: string): boolean {
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM fetches WHERE requested_url = @url AND ${SETTLED_ARTICLE_FETCH})
           OR EXISTS (SELECT 1 FROM fetches WHERE final_url = @url AND ${SETTLED_ARTICLE_FETCH})
           OR EXISTS (SELECT 1 FROM sightings WHERE url = @url)
           OR EXISTS (SELECT 1 FROM documents WHERE url = @url) AS known`,
    )
    .get({ url }) as { known: number };
  return row.known === 1;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export function getValidators(db: DB, url: string): Validators | null {
  const row = db.prepare('SELECT etag, last_modified FROM http_cache WHERE url = ?').get(url) as
    | { etag: string | null; last_modified: string | null }
    | undefined;
  return row ? { etag: row.etag, lastModified: row.last_modified } : null;
}

/** Remember a response's validators; a response with neither forgets the URL's old ones. */
export function saveValidators(db: DB, url: string, v: Partial<Validators>): void {
  const etag = v.etag ?? null;
  const lastModified = v.lastModified ?? null;
  if (etag === null && lastModified === null) {
    db.prepare('DELETE FROM http_cache WHERE url = ?').run(url);
    return;
  }
  db.prepare(
    `INSERT INTO http_cache (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`,
  ).run(url, etag, lastModified, new Date().toISOString());
}
