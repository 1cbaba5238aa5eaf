/**
 * `query events`: each event as `eduwatch extract --json` prints it, plus where it came from.
 */
import type { EventTag } from '../../types.js';
import type { DB } from '../db.js';
import { EVENT_DATE, eventWhere, limitOf, type EventFilters } from './filters.js';

export interface EventParticipant {
  role: 'party' | 'damaged';
  name: string;
  institutionId: number | null;
}

/** Provenance every event row carries. */
export interface EventProvenance {
  id: number;
  documentId: number;
  documentUrl: string;
  published: string | null;
  lang: string | null;
  sourceId: string;
  sourceName: string;
  country: string;
  title: string | null;
  fetchId: number;
  participants: EventParticipant[];
}

/** The stored event (the extract --json shape: type, parties | institution, quote, start, end, confidence, ...) with its provenance. */
export type EventRow = EventTag & EventProvenance;

/** Columns and joins shared by every event query (also the evidence chain). */
export const EVENT_SELECT = `
SELECT e.id, e.data, e.document_id, d.url AS document_url, d.published_at, d.lang, d.source_id, d.title,
       s.name AS source_name, s.country, d.fetch_id,
       (SELECT json_group_array(json_object('role', p.role, 'name', p.name, 'institutionId', p.institution_id))
          FROM event_participants p WHERE p.event_id = e.id) AS participants
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sources s ON s.id = d.source_id`;

export interface EventRecord {
  id: number;
  data: string;
  document_id: number;
  document_url: string;
  published_at: string | null;
  lang: string | null;
  source_id: string;
  title: string | null;
  source_name: string;
  country: string;
  fetch_id: number;
  participants: string;
}

export function toEventRow(r: EventRecord): EventRow {
  const data = JSON.parse(r.data) as EventTag;
  return {
    ...data,
    id: r.id,
    documentId: r.document_id,
    documentUrl: r.document_url,
    published: r.published_at,
    lang: r.lang,
    sourceId: r.source_id,
    sourceName: r.source_name,
    country: r.country,
    title: r.title,
    fetchId: r.fetch_id,
    participants: JSON.parse(r.participants) as EventParticipant[],
  };
}

export function queryEvents(db: DB, f: EventFilters = {}): EventRow[] {
  const { where, params } = eventWhere(db, f);
  const rows = db
    .prepare(`${EVENT_SELECT} ${where} ORDER BY ${EVENT_DATE} DESC NULLS LAST, e.id DESC LIMIT @limit`)
    .all({ ...params, limit: limitOf(f) }) as EventRecord[];
  return rows.map(toEventRow);
}
