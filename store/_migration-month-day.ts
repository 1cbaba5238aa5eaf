/**
 * Migration 014 (issue 10): v_events gains `month_day`, the day and month ("05-25") of an attack a
 * report on an undated page gives without a year (DamageEvent.monthDay, extractors 1.9.0; null
 * otherwise). It was in the event's JSON only (`events.data`), where the incident rule
 * undated-same-day reads it; a researcher filtering undated reports in sqlite or Datasette now sees
 * it as a column. Nothing is stored twice: the column reads the JSON.
 */
import type { Migration } from './migrations.js';

export const EVENT_MONTH_DAY: Migration = {
  name: '014_event_month_day',
  sql: /* sql */ `
-- v_events as migration 012 made it, with the event's day and month when it has no year.
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
       i.credibility AS incident_credibility,
       e.place_id,
       json_extract(pl.names, '$.en') AS place_en,
       pl.kind AS place_kind,
       pl.lat,
       pl.lon,
       json_extract(e.data, '$.monthDay') AS month_day
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sources s ON s.id = d.source_id
JOIN fetches f ON f.id = d.fetch_id
LEFT JOIN incident_reports r ON r.event_id = e.id
LEFT JOIN incidents i ON i.id = r.incident_id
LEFT JOIN places pl ON pl.id = e.place_id;
`,
};
