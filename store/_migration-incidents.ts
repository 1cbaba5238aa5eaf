/**
 * Migration 009 (issue 10): incidents and Admiralty grades. Incidents are derived from events by
 * store/incidents/ (never written by hand); the tables only hold the result, and the store fills
 * them for a store written before this migration the first time it is opened for writing
 * (ensureIncidents, recorded in _meta.incidents_version).
 */
import type { Migration } from './migrations.js';

export const INCIDENTS: Migration = {
  name: '009_incidents',
  sql: /* sql */ `
-- One real-world incident (a damage incident or an agreement) reported by one or more events.
CREATE TABLE incidents (
  id                  INTEGER PRIMARY KEY,
  type                TEXT NOT NULL CHECK (type IN ('damage', 'partnership')),
  day                 TEXT,                -- merged date: earliest stated, else first publication
  institution_id      INTEGER,             -- damage: the institution most reports name (institutions.id)
  institution         TEXT,
  institution_kind    TEXT,
  settlement          TEXT,
  region              TEXT,
  severity            TEXT,
  cause               TEXT,
  killed              INTEGER,
  injured             INTEGER,
  parties             TEXT,                -- partnership: names joined by '; '
  agreement_kind      TEXT,
  status              TEXT,
  merged              TEXT NOT NULL,       -- JSON {field: {value, rule, eventIds}}: each value and the rule that chose it
  contradictions      TEXT NOT NULL DEFAULT '[]',  -- JSON [{field, values: [{value, eventIds}]}]
  reports             INTEGER NOT NULL,
  sources             INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,    -- not one owner, not copied text
  languages           TEXT NOT NULL,       -- e.g. 'en,uk'
  first_reported      TEXT,
  last_reported       TEXT,
  corroboration       TEXT NOT NULL CHECK (corroboration IN ('single', 'corroborated', 'official')),
  credibility         INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),  -- Admiralty 1-6
  credibility_reason  TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
CREATE INDEX incidents_type_day ON incidents(type, day);
CREATE INDEX incidents_day ON incidents(day);

-- Each event in an incident, and why it joined.
CREATE TABLE incident_reports (
  event_id     INTEGER PRIMARY KEY,        -- events.id (rebuilt with the events by reextract)
  incident_id  INTEGER NOT NULL REFERENCES incidents(id),
  document_id  INTEGER NOT NULL,
  source_id    TEXT NOT NULL,
  joined_to    INTEGER,                    -- the earlier event it matched; NULL for the first report
  rule         TEXT NOT NULL,              -- first-report | same-institution | same-number | same-settlement-kind | same-parties
  compared     TEXT NOT NULL DEFAULT '{}', -- JSON {field: [this report's value, the matched report's]}
  independent  INTEGER NOT NULL DEFAULT 1, -- 0: the same document, owner or copied text as an earlier report
  depends_on   INTEGER,                    -- that earlier event
  depends_why  TEXT                        -- same document | same owner | copied text
);
CREATE INDEX incident_reports_incident ON incident_reports(incident_id, event_id);
CREATE INDEX incident_reports_source ON incident_reports(source_id, incident_id);

-- Admiralty source reliability, with its reason and the record it rests on.
CREATE TABLE source_grades (
  source_id     TEXT PRIMARY KEY,
  reliability   TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  reason        TEXT NOT NULL,
  incidents     INTEGER NOT NULL,
  corroborated  INTEGER NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE VIEW v_source_grades AS
SELECT s.id AS source_id, s.name AS source_name, s.kind, s.country,
       s.verified_by IS NOT NULL AS verified,
       g.reliability, g.reason, g.incidents, g.corroborated
FROM sources s
LEFT JOIN source_grades g ON g.source_id = s.id;

CREATE VIEW v_incidents AS
SELECT i.id,
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

CREATE VIEW v_incident_reports AS
SELECT r.incident_id, r.event_id, r.rule, r.joined_to, r.compared, r.independent, r.depends_on, r.depends_why,
       e.date, d.published_at, d.lang, r.source_id, s.kind AS source_kind, g.reliability,
       d.url AS document_url, e.quote
FROM incident_reports r
JOIN events e ON e.id = r.event_id
JOIN documents d ON d.id = r.document_id
JOIN sources s ON s.id = r.source_id
LEFT JOIN source_grades g ON g.source_id = r.source_id;
`,
};
