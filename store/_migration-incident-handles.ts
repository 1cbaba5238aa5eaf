/**
 * Migration 010: incidents get a stable handle (store/incidents/handle.ts), and the views show it;
 * v_events gains each event's incident (id, handle, grade, corroboration, credibility), so a
 * researcher reading events sees how far each is confirmed. The handles are filled by the
 * incidents rebuild that follows (INCIDENTS_VERSION changed with them).
 */
import type { Migration } from './migrations.js';

export const INCIDENT_HANDLES: Migration = {
  name: '010_incident_handles',
  sql: /* sql */ `
ALTER TABLE incidents ADD COLUMN handle TEXT;  -- e.g. D20251022-3fa9c1d2: the same every run (see store/incidents/handle.ts)
CREATE INDEX incidents_handle ON incidents(handle);

DROP VIEW v_incidents;
CREATE VIEW v_incidents AS
SELECT i.id,
       i.handle,
       i.type,
       i.day AS date,
       (SELECT min(g.reliability) FROM incident_reports r JOIN source_grades g ON g.source_id = r.source_id
         WHERE r.incident_id = i.id) || i.credibility AS grade,
       i.corroboration,
       i.credibility,
       i.credibility_reason,
       i.institution,
       i.institution_kind,
       i.settlement,
       i.region,
       i.severity,
       i.cause,
       i.killed,
       i.injured,
       i.parties,
       i.agreement_kind,
       i.status,
       i.reports,
       i.sources,
       i.independent_sources,
       i.languages,
       i.first_reported,
       i.last_reported,
       (SELECT group_concat(r.event_id, ' ') FROM incident_reports r WHERE r.incident_id = i.id) AS event_ids,
       (SELECT group_concat(DISTINCT r.source_id) FROM incident_reports r WHERE r.incident_id = i.id) AS source_ids,
       i.contradictions,
       i.merged,
       i.institution_id
FROM incidents i;

DROP VIEW v_events;
CREATE VIEW v_events AS
SELECT e.id,
       e.type,
       e.date,
       coalesce(e.date, substr(d.published_at, 1, 10)) AS date_or_published,
       (SELECT group_concat(p.name, '; ') FROM event_participants p WHERE p.event_id = e.id) AS participants,
       e.status,
       e.agreement_kind,
       e.place,
       e.valid_until,
       e.institution_kind,
       e.location,
       e.settlement,
       e.region,
       e.severity,
       e.cause,
       e.killed,
       e.injured,
       e.scope,
       e.quote,
       e.confidence,
       e.extractor,
       e.extractor_version,
       e.document_id,
       d.url AS document_url,
       d.title AS document_title,
       d.published_at,
       d.lang,
       d.source_id,
       s.name AS source_name,
       s.country,
       d.fetch_id,
       f.fetched_at,
       f.status AS http_status,
       f.sha256,
       r.incident_id,
       i.handle AS incident_handle,
       (SELECT min(g.reliability) FROM incident_reports r2 JOIN source_grades g ON g.source_id = r2.source_id
         WHERE r2.incident_id = r.incident_id) || i.credibility AS incident_grade,
       i.corroboration AS incident_corroboration,
       i.credibility AS incident_credibility
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sources s ON s.id = d.source_id
JOIN fetches f ON f.id = d.fetch_id
LEFT JOIN incident_reports r ON r.event_id = e.id
LEFT JOIN incidents i ON i.id = r.incident_id;
`,
};
