/**
 * `query documents`: documents with the same filters as events (event filters select documents
 * that report a matching event; the institution filter also matches mentions).
 */
import type { DB } from '../db.js';
import { documentWhere, limitOf, type EventFilters } from './filters.js';

export interface DocumentRow {
  id: number;
  url: string;
  sourceId: string;
  sourceName: string;
  lang: string | null;
  title: string | null;
  published: string | null;
  publishedSource: string | null;
  method: string;
  chars: number;
  fetchId: number;
  fetchedAt: string;
  /** SHA-256 of the raw bytes of the fetch the text came from. */
  sha256: string | null;
  textSha256: string;
  events: number;
  institutions: number;
  sightings: number;
}

export function queryDocuments(db: DB, f: EventFilters = {}): DocumentRow[] {
  const { where, params } = documentWhere(db, f);
  return db
    .prepare(
      `SELECT d.id, d.url, d.source_id AS sourceId, s.name AS sourceName, d.lang, d.title, d.published_at AS published,
              d.published_source AS publishedSource, d.extraction_method AS method, length(d.text) AS chars,
              d.fetch_id AS fetchId, f.fetched_at AS fetchedAt, f.sha256, d.text_sha256 AS textSha256,
              (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events,
              (SELECT count(DISTINCT m.institution_id) FROM mentions m WHERE m.document_id = d.id) AS institutions,
              (SELECT count(*) FROM sightings g WHERE g.document_id = d.id) AS sightings
       FROM documents d
       JOIN sources s ON s.id = d.source_id
       JOIN fetches f ON f.id = d.fetch_id
       ${where}
       ORDER BY coalesce(substr(d.published_at, 1, 10), substr(f.fetched_at, 1, 10)) DESC, d.id DESC
       LIMIT @limit`,
    )
    .all({ ...params, limit: limitOf(f) }) as DocumentRow[];
}
