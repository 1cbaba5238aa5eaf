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

/**
 * Columns of an institution row (alias i); names as a JSON array or as text joined by " | ".
 * Mention and document counts are stored on the institution (kept by triggers, migration 008);
 * first and last seen are the ends of its (institution_id, seen) index range.
 */
export const institutionColumns = (names: 'json' | 'text') => `
  i.id, i.key, i.name, i.kind,
  (SELECT ${names === 'json' ? 'json_group_array(n.name)' : "group_concat(n.name, ' | ')"} FROM institution_names n WHERE n.institution_id = i.id) AS names,
  i.mention_count AS mentions,
  i.document_count AS documents,
  (SELECT min(m.seen) FROM mentions m WHERE m.institution_id = i.id) AS first_seen,
  (SELECT max(m.seen) FROM mentions m WHERE m.institution_id = i.id) AS last_seen`;

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
  // The page of institutions is chosen first, on the stored mention count; the other columns are
  // then read for that page only, an institution's events from its participants index range
  // (event type and shown date stored there).
  const rows = db
    .prepare(
      `WITH page AS (SELECT i.id FROM institutions i ${where} ORDER BY i.mention_count DESC, i.name, i.id LIMIT @limit)
       SELECT ${institutionColumns('json')},
         (SELECT json_group_array(json_object('id', p.event_id, 'type', p.event_type, 'date', p.event_date))
            FROM event_participants p WHERE p.institution_id = i.id) AS events
       FROM page JOIN institutions i ON i.id = page.id
       ORDER BY i.mention_count DESC, i.name, i.id`,
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
    events: newestFirst(JSON.parse(r.events) as InstitutionRow['events']),
  }));
}

/**
 * Events newest first (then highest id), each once: an institution taking part twice in one event
 * has two participant rows for it, next to each other once sorted. The rows come in index order
 * (type, then date and id ascending): a descending run per type, which the sort merges cheaply.
 */
function newestFirst(events: InstitutionRow['events']): InstitutionRow['events'] {
  events.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);
  return events.filter((e, i) => i === 0 || e.id !== events[i - 1].id);
}
