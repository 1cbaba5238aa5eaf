/**
 * `query institutions`: each canonical institution with its name variants, kind, mention and
 * document counts, first and last seen (publication dates of the documents naming it), and events.
 */
import type { DB } from '../db.js';
import { StoreError } from '../errors.js';
import { institutionSearchCondition, limitOf, type Params } from './filters.js';

export interface InstitutionFilters {
  /** Name in any case form, abbreviation or part of a name. */
  search?: string;
  /** Institution kind (school, college, university, ministry, ...). */
  kind?: string;
  limit?: number;
}

export interface InstitutionRow {
  id: number;
  key: string;
  name: string;
  kind: string | null;
  names: string[];
  mentions: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
  events: { id: number; type: 'damage' | 'partnership'; date: string | null }[];
}

/** Columns of an institution row (alias i); names as a JSON array or as text joined by " | ". */
export const institutionColumns = (names: 'json' | 'text') => `
  i.id, i.key, i.name, i.kind,
  (SELECT ${names === 'json' ? 'json_group_array(n.name)' : "group_concat(n.name, ' | ')"} FROM institution_names n WHERE n.institution_id = i.id) AS names,
  (SELECT count(*) FROM mentions m WHERE m.institution_id = i.id) AS mentions,
  (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.institution_id = i.id) AS documents,
  (SELECT min(substr(coalesce(d.published_at, d.created_at), 1, 10)) FROM mentions m JOIN documents d ON d.id = m.document_id
    WHERE m.institution_id = i.id) AS first_seen,
  (SELECT max(substr(coalesce(d.published_at, d.created_at), 1, 10)) FROM mentions m JOIN documents d ON d.id = m.document_id
    WHERE m.institution_id = i.id) AS last_seen`;

export function institutionWhere(db: DB, f: InstitutionFilters): { where: string; params: Params } {
  const params: Params = {};
  const conds: string[] = [];
  if (f.search !== undefined) {
    if (typeof f.search !== 'string' || f.search.trim() === '') throw new StoreError('bad-filter', '--search: give some text to match');
    if (f.search.length > 500) throw new StoreError('bad-filter', '--search: the text is longer than 500 characters');
    conds.push(institutionSearchCondition(db, f.search, params));
  }
  if (f.kind !== undefined) {
    params.kind = f.kind;
    conds.push('i.kind = @kind');
  }
  if (f.limit !== undefined && !(Number.isInteger(f.limit) && f.limit > 0)) throw new StoreError('bad-filter', `--limit "${f.limit}": give a whole number above 0`);
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

interface Record_ {
  id: number;
  key: string;
  name: string;
  kind: string | null;
  names: string;
  mentions: number;
  documents: number;
  first_seen: string | null;
  last_seen: string | null;
  events: string;
}

export function queryInstitutions(db: DB, f: InstitutionFilters = {}): InstitutionRow[] {
  const { where, params } = institutionWhere(db, f);
  // The page of institutions is chosen first, by mention count alone (one index count each);
  // names, documents, first/last seen and events are then computed for that page only, not for
  // every institution the search matched. Same rows, same order.
  const rows = db
    .prepare(
      `WITH page AS (
         SELECT i.id, (SELECT count(*) FROM mentions m WHERE m.institution_id = i.id) AS mentions
           FROM institutions i ${where}
          ORDER BY mentions DESC, i.name, i.id
          LIMIT @limit),
       -- Documents and first/last seen of the page's institutions in one pass over their mentions
       -- (three correlated subqueries each walked them again).
       stats AS (
         SELECT m.institution_id AS id, count(DISTINCT m.document_id) AS documents,
                min(substr(coalesce(d.published_at, d.created_at), 1, 10)) AS first_seen,
                max(substr(coalesce(d.published_at, d.created_at), 1, 10)) AS last_seen
           FROM mentions m JOIN documents d ON d.id = m.document_id
          WHERE m.institution_id IN (SELECT id FROM page)
          GROUP BY m.institution_id)
       SELECT i.id, i.key, i.name, i.kind,
         (SELECT json_group_array(n.name) FROM institution_names n WHERE n.institution_id = i.id) AS names,
         page.mentions, coalesce(stats.documents, 0) AS documents, stats.first_seen, stats.last_seen,
         (SELECT json_group_array(json_object('id', e.id, 'type', e.type, 'date', coalesce(e.date, substr(d.published_at, 1, 10))))
            FROM events e JOIN documents d ON d.id = e.document_id
           WHERE e.id IN (SELECT p.event_id FROM event_participants p WHERE p.institution_id = i.id)) AS events
       FROM page JOIN institutions i ON i.id = page.id LEFT JOIN stats ON stats.id = page.id
       ORDER BY page.mentions DESC, i.name, i.id`,
    )
    .all({ ...params, limit: limitOf(f) }) as Record_[];
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
