/**
 * `query events`: each event as `eduwatch extract --json` prints it, plus where it came from.
 */
import type { EventTag } from '../../types.js';
import type { DB } from '../db.js';
import { EVENT_DATE, eventSelection, limitOf, type EventFilters, type Params } from './filters.js';

export interface EventParticipant {
  role: 'party' | 'damaged';
  name: string;
  institutionId: number | null;
}

/** The incident an event reports (null when it is in none: appeals, statistics, a one-party agreement). */
export interface EventIncident {
  /** The store's incident id (`query incidents`, `evidence --incident N`). */
  id: number;
  /** Its stable handle (`evidence --incident HANDLE`), the same every run. */
  handle: string | null;
  /** Admiralty grade of the incident: its most reliable source's letter and its credibility, e.g. "B1". */
  grade: string | null;
  corroboration: 'single' | 'corroborated' | 'official';
  credibility: number;
  credibilityReason: string;
  reports: number;
  independentSources: number;
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
  /** The event's incident and how far it is confirmed. */
  incident: EventIncident | null;
  /** The gazetteer place the event is at (store/places: settlement, else region), its coordinates; null when unresolved. */
  placeId: string | null;
  lat: number | null;
  lon: number | null;
  /** When eduwatch first fetched the event's document (fetched_at of its first fetch, UTC): what `--new-since` compares. */
  firstSeen: string;
}

/** The stored event (the extract --json shape: type, parties | institution, quote, start, end, confidence, ...) with its provenance. */
export type EventRow = EventTag & EventProvenance;

/** Columns and joins shared by every event query (also the evidence chain). */
export const EVENT_SELECT = `
SELECT e.id, e.data, e.document_id, d.url AS document_url, d.published_at, d.lang, d.source_id, d.title,
       s.name AS source_name, s.country, d.fetch_id, e.place_id, pl.lat, pl.lon,
       (SELECT fs.fetched_at FROM fetches fs WHERE fs.id = d.fetch_id) AS first_seen,
       (SELECT json_group_array(json_object('role', p.role, 'name', p.name, 'institutionId', p.institution_id))
          FROM event_participants p WHERE p.event_id = e.id) AS participants,
       (SELECT json_object('id', i.id, 'handle', i.handle,
                 'grade', (SELECT min(g.reliability) FROM incident_reports r2 JOIN source_grades g ON g.source_id = r2.source_id
                            WHERE r2.incident_id = i.id) || i.credibility,
                 'corroboration', i.corroboration, 'credibility', i.credibility, 'credibilityReason', i.credibility_reason,
                 'reports', i.reports, 'independentSources', i.independent_sources)
          FROM incident_reports r JOIN incidents i ON i.id = r.incident_id WHERE r.event_id = e.id) AS incident
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sources s ON s.id = d.source_id
LEFT JOIN places pl ON pl.id = e.place_id`;

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
  incident: string | null;
  place_id: string | null;
  lat: number | null;
  lon: number | null;
  first_seen: string;
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
    incident: r.incident ? (JSON.parse(r.incident) as EventIncident) : null,
    placeId: r.place_id ?? null,
    lat: r.lat ?? null,
    lon: r.lon ?? null,
    firstSeen: r.first_seen,
  };
}

/** The order of every event list: latest day first (events without one last), then latest id. */
export const EVENT_ORDER = `${EVENT_DATE} DESC NULLS LAST, e.id DESC`;

/**
 * Below this many participant rows matching an institution filter, the events are read from them
 * (one lookup each, then sorted); above it, the day index is walked in order, testing each event
 * against them, and the walk stops at the limit. Both give the same rows; the walk reads about
 * limit ÷ (share of events matching) index entries, the lookups one table row per matching event.
 */
const FROM_IDS_MAX = 20_000;

function fewEvents(db: DB, idsSql: string, params: Params): boolean {
  const n = db.prepare(`SELECT count(*) FROM (${idsSql} LIMIT ${FROM_IDS_MAX + 1})`).pluck().get(params) as number;
  return n <= FROM_IDS_MAX;
}

export function queryEvents(db: DB, f: EventFilters = {}): EventRow[] {
  const { sql, params } = eventQuery(db, f);
  return (db.prepare(sql).all(params) as EventRecord[]).map(toEventRow);
}

/** How the page of an institution-filtered query is found (see eventQuery); tests compare them. */
export type EventPlan = 'participants' | 'lookup' | 'walk';

/**
 * The SQL of queryEvents. The page of event ids is chosen first, then its columns, joins and
 * participants are read. With an institution filter the page comes, by what the filters allow,
 * from (`plan`, chosen unless given):
 * - participants: the participant rows alone, when only a type and dates are filtered beside the
 *   institution (the rows hold the event's type and day);
 * - lookup: the matching events looked up one by one, then sorted (when they are few, or no
 *   limit is asked);
 * - walk: the (type, day) or (day) index walked in order, each event tested, stopping at the limit.
 * Without one, the page is always that walk. Every way gives the same rows in the same order.
 */
export function eventQuery(db: DB, f: EventFilters, opts: { plan?: EventPlan } = {}): { sql: string; params: Params } {
  const s = eventSelection(db, f);
  const limit = limitOf(f);
  const conds = [...s.conds];
  const joins = s.readsDocument ? 'JOIN documents d ON d.id = e.document_id JOIN sources s ON s.id = d.source_id' : '';
  let page: string;
  const plan = s.institutionIds === null ? 'walk' : (opts.plan ?? (s.onlyTypeAndDates ? 'participants' : limit < 0 || fewEvents(db, s.institutionIds, s.params) ? 'lookup' : 'walk'));
  if (plan === 'participants' && s.institutionDays !== null && s.onlyTypeAndDates) {
    // DISTINCT pairs are distinct events (an event has one day).
    page = `SELECT event_id AS id FROM (SELECT DISTINCT event_id, day FROM (${s.institutionDays}))
            ORDER BY day DESC NULLS LAST, event_id DESC LIMIT @limit`;
  } else {
    let from = `events e ${joins}`;
    if (s.institutionIds !== null) {
      // CROSS JOIN keeps the matching ids as the outer loop (SQLite never reorders it).
      if (plan !== 'walk') from = `(SELECT DISTINCT event_id FROM (${s.institutionIds})) ids CROSS JOIN events e ON e.id = ids.event_id ${joins}`;
      else conds.push(`e.id IN (${s.institutionIds})`);
    }
    page = `SELECT e.id FROM ${from} ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''} ORDER BY ${EVENT_ORDER} LIMIT @limit`;
  }
  return {
    sql: `WITH page AS (${page}) ${EVENT_SELECT} WHERE e.id IN (SELECT id FROM page) ORDER BY ${EVENT_ORDER}`,
    params: { ...s.params, limit },
  };
}
