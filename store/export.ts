/**
 * `eduwatch export`: flat rows with provenance columns, streamed from SQLite with stmt.iterate()
 * so memory stays constant however large the store. Column names are the same in CSV and JSONL.
 */
import type { DB } from './db.js';
import {
  dateConditions,
  documentConditions,
  documentWhere,
  eventConditions,
  eventWhere,
  limitOf,
  validateFilters,
  type EventFilters,
} from './queries/filters.js';
import { EVENT_ORDER } from './queries/events.js';
import { institutionColumns, institutionWhere } from './queries/institutions.js';

export type ExportWhat = 'events' | 'institutions' | 'documents';
export const EXPORT_KINDS: readonly ExportWhat[] = ['events', 'institutions', 'documents'];

const EVENT_EXPORT = `
SELECT e.id, e.type, e.date, e.date_basis, e.status, e.agreement_kind AS kind,
       (SELECT group_concat(p.name, '; ') FROM event_participants p WHERE p.event_id = e.id AND p.role = 'party') AS parties,
       (SELECT group_concat(p.name, '; ') FROM event_participants p WHERE p.event_id = e.id AND p.role = 'damaged') AS institution,
       e.institution_kind, e.location, e.settlement, e.region, e.place, e.valid_until, e.severity, e.cause, e.killed, e.injured, e.scope,
       e.quote, e.start, e."end", e.confidence,
       e.document_id, d.url AS document_url, d.title, d.published_at AS published, d.lang,
       d.source_id, s.country, d.fetch_id, f.fetched_at, f.final_url, f.status AS http_status, f.sha256,
       e.extractor, e.extractor_version
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sources s ON s.id = d.source_id
JOIN fetches f ON f.id = d.fetch_id`;

const DOCUMENT_EXPORT = `
SELECT d.id, d.url, d.source_id, s.country, d.lang, d.title, d.byline, d.published_at, d.published_source,
       d.extraction_method, d.text_sha256,
       (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events,
       (SELECT count(DISTINCT m.institution_id) FROM mentions m WHERE m.document_id = d.id) AS institutions,
       d.id AS document_id, d.url AS document_url, d.fetch_id, f.fetched_at, f.requested_url, f.final_url, f.status AS http_status,
       f.sha256, f.size, f.encoding, d.extraction_method AS extractor, d.extractor_version,
       d.text
FROM documents d
JOIN sources s ON s.id = d.source_id
JOIN fetches f ON f.id = d.fetch_id`;

/** Stream rows of one kind; the statement stays open until the iterator is finished or returned. */
export function iterateExport(db: DB, what: ExportWhat, f: EventFilters = {}): IterableIterator<Record<string, unknown>> {
  const { sql, params } = exportQuery(db, what, f);
  return db.prepare(sql).iterate(params) as IterableIterator<Record<string, unknown>>;
}

/** The columns an export of this kind has (for a CSV header even when no row matches). */
export function exportColumns(db: DB, what: ExportWhat): string[] {
  const { sql } = exportQuery(db, what, {});
  return db
    .prepare(sql)
    .columns()
    .map((c) => c.name);
}

export function exportQuery(db: DB, what: ExportWhat, f: EventFilters): { sql: string; params: Record<string, unknown> } {
  const limit = limitOf(f);
  if (what === 'events') {
    const { where, params } = eventWhere(db, f);
    return { sql: `${EVENT_EXPORT} ${where} ORDER BY ${EVENT_ORDER} LIMIT @limit`, params: { ...params, limit } };
  }
  if (what === 'documents') {
    const { where, params } = documentWhere(db, f);
    return { sql: `${DOCUMENT_EXPORT} ${where} ORDER BY d.id LIMIT @limit`, params: { ...params, limit } };
  }
  if (what === 'institutions') return institutionExport(db, f);
  throw new Error(`iterateExport: unknown kind "${String(what)}" (one of ${EXPORT_KINDS.join(', ')})`);
}

/**
 * Institutions, each with the document that first named it as provenance. Document filters
 * (lang, country, source, since/until) keep institutions named in a matching document; event
 * filters (type, location, min confidence) keep institutions taking part in a matching event.
 */
function institutionExport(db: DB, f: EventFilters): { sql: string; params: Record<string, unknown> } {
  validateFilters(f);
  const { where, params } = institutionWhere(db, f.institution !== undefined ? { search: f.institution } : {});
  const conds = where ? [where.replace(/^WHERE /, '')] : [];
  const docConds = [...documentConditions(f, params), ...dateConditions('substr(d.published_at, 1, 10)', f, params)];
  if (docConds.length) {
    conds.push(`EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id JOIN sources s ON s.id = d.source_id
                        WHERE m.institution_id = i.id AND ${docConds.join(' AND ')})`);
  }
  const evConds = eventConditions(db, f, params);
  if (evConds.length) {
    conds.push(`EXISTS (SELECT 1 FROM event_participants p JOIN events e ON e.id = p.event_id
                        WHERE p.institution_id = i.id AND ${evConds.join(' AND ')})`);
  }
  const sql = `
SELECT x.id, x.key, x.name, x.kind, x.names, x.mentions, x.documents, x.first_seen, x.last_seen, x.events,
       x.document_id, d.url AS document_url, d.source_id, d.fetch_id, f.fetched_at, f.sha256,
       (SELECT m.extractor FROM mentions m WHERE m.institution_id = x.id ORDER BY m.id DESC LIMIT 1) AS extractor,
       (SELECT m.extractor_version FROM mentions m WHERE m.institution_id = x.id ORDER BY m.id DESC LIMIT 1) AS extractor_version
FROM (
  SELECT ${institutionColumns('text')},
    (SELECT count(DISTINCT p.event_id) FROM event_participants p WHERE p.institution_id = i.id) AS events,
    (SELECT min(m.document_id) FROM mentions m WHERE m.institution_id = i.id) AS document_id
  FROM institutions i
  ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
) x
LEFT JOIN documents d ON d.id = x.document_id
LEFT JOIN fetches f ON f.id = d.fetch_id
ORDER BY x.id
LIMIT @limit`;
  return { sql, params: { ...params, limit: limitOf(f) } };
}
