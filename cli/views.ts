/**
 * How the store's rows look on screen and in CSV: table columns for events, institutions and
 * documents, and the fixed CSV column list for events (partnership and damage rows have
 * different fields, so CSV takes the union, in a stable order).
 */
import type { DocumentRow, EventRow, InstitutionRow } from '../store/index.js';
import type { Column } from './output.js';

/** Quotes in tables are cut to this many characters; the full sentence is in JSON and `evidence`. */
const QUOTE_CHARS = 70;

function eventDate(e: EventRow): string {
  if (e.date) return e.date;
  return e.published ? `${e.published.slice(0, 10)}*` : '';
}

function eventWho(e: EventRow): string {
  if (e.type === 'partnership') return e.parties.join(' + ');
  return e.institution ?? e.institutionKind ?? '';
}

function eventWhere(e: EventRow): string | null {
  return e.type === 'partnership' ? e.place : e.location;
}

function eventState(e: EventRow): string {
  if (e.type === 'partnership') return [e.status, e.kind].filter(Boolean).join(', ');
  return [e.severity, e.cause, e.scope !== 'incident' ? e.scope : null].filter(Boolean).join(', ');
}

export const EVENT_COLUMNS: Column<EventRow>[] = [
  { header: 'id', value: (e) => e.id, align: 'right' },
  { header: 'date', value: eventDate, max: 11 },
  { header: 'type', value: (e) => e.type },
  { header: 'institution / parties', value: eventWho, max: 48 },
  { header: 'location', value: eventWhere, max: 24 },
  { header: 'status', value: eventState, max: 24 },
  { header: 'source', value: (e) => e.sourceId, max: 20 },
  { header: 'conf', value: (e) => e.confidence, align: 'right' },
  { header: 'grade', value: (e) => e.incident?.grade ?? null },
  { header: 'incident', value: (e) => (e.incident ? `${e.incident.handle ?? `#${e.incident.id}`}${e.incident.reports > 1 ? ` (${e.incident.reports})` : ''}` : null), max: 22 },
  { header: 'quote', value: (e) => e.quote, max: QUOTE_CHARS },
];

/** CSV columns for events: every field of either event type, then the provenance. */
export const EVENT_CSV_COLUMNS = [
  'id', 'type', 'date', 'dateBasis', 'parties', 'partyKeys', 'kind', 'status', 'place', 'validUntil',
  'institution', 'institutionKey', 'institutionKind', 'location', 'settlement', 'region', 'severity', 'cause',
  'casualties', 'scope', 'quote', 'start', 'end', 'confidence', 'extractor', 'extractorVersion',
  'documentId', 'documentUrl', 'title', 'published', 'lang', 'sourceId', 'sourceName', 'country', 'fetchId',
  'incidentId', 'incidentHandle', 'incidentGrade', 'incidentCorroboration', 'incidentCredibility', 'incidentReports',
  'placeId', 'lat', 'lon', 'firstSeen',
];

/** An event as one CSV record: its incident's fields flattened (the JSON keeps them in `incident`). */
export function eventCsvRow(e: EventRow): Record<string, unknown> {
  const i = e.incident;
  return {
    ...e,
    incidentId: i?.id ?? null,
    incidentHandle: i?.handle ?? null,
    incidentGrade: i?.grade ?? null,
    incidentCorroboration: i?.corroboration ?? null,
    incidentCredibility: i?.credibility ?? null,
    incidentReports: i?.reports ?? null,
  };
}

export const INSTITUTION_COLUMNS: Column<InstitutionRow>[] = [
  { header: 'id', value: (i) => i.id, align: 'right' },
  { header: 'name', value: (i) => i.name, max: 48 },
  { header: 'kind', value: (i) => i.kind, max: 18 },
  { header: 'mentions', value: (i) => i.mentions, align: 'right' },
  { header: 'docs', value: (i) => i.documents, align: 'right' },
  { header: 'first seen', value: (i) => i.firstSeen },
  { header: 'last seen', value: (i) => i.lastSeen },
  { header: 'events', value: (i) => i.events.map((e) => `${e.type} #${e.id}`), max: 30 },
  { header: 'also written', value: (i) => i.names.filter((n) => n !== i.name), max: 50 },
];

/** An institution as one flat CSV record (lists joined with " | "). */
export function institutionCsvRow(i: InstitutionRow): Record<string, unknown> {
  return {
    id: i.id,
    key: i.key,
    name: i.name,
    kind: i.kind,
    names: i.names.join(' | '),
    mentions: i.mentions,
    documents: i.documents,
    firstSeen: i.firstSeen,
    lastSeen: i.lastSeen,
    events: i.events.map((e) => e.id).join(' | '),
  };
}

export const DOCUMENT_COLUMNS: Column<DocumentRow>[] = [
  { header: 'id', value: (d) => d.id, align: 'right' },
  { header: 'published', value: (d) => d.published?.slice(0, 10) ?? null },
  { header: 'lang', value: (d) => d.lang },
  { header: 'source', value: (d) => d.sourceId, max: 20 },
  { header: 'title', value: (d) => d.title, max: 56 },
  { header: 'events', value: (d) => d.events, align: 'right' },
  { header: 'insts', value: (d) => d.institutions, align: 'right' },
  { header: 'url', value: (d) => d.url, max: 60 },
];
