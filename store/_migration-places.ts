/**
 * Migration 012 (issue 10, part 3): places. `places` holds the gazetteer (data/gazetteer/places.json)
 * and `events.place_id` the place each event is at (its settlement, else its region; a partnership's
 * place of signing), resolved by store/places/resolve.ts. Both are derived: the store fills them for
 * a store written before this migration, and again whenever the gazetteer or the resolver changes,
 * the first time it is opened for writing (ensurePlaces, recorded in _meta.places_version); the tag
 * writers fill place_id for every new event, reextract included. No foreign key: the places table is
 * reloaded whole when the gazetteer changes. v_events gains place_id, place_en, place_kind, lat, lon.
 */
import type { Migration } from './migrations.js';

export const PLACES: Migration = {
  name: '012_places',
  sql: /* sql */ `
CREATE TABLE places (
  id           TEXT PRIMARY KEY,      -- UA-63 (region: ISO 3166-2) | gn:706483 (GeoNames id) | x:ua-pushcha-vodytsia (part of a city)
  kind         TEXT NOT NULL,         -- region | settlement | section (part of a city)
  country      TEXT NOT NULL,         -- UA | RU | PL | BG
  admin_scheme TEXT,                  -- ISO 3166-2 | TERYT TERC | EKATTE obshtina
  admin_code   TEXT,
  lat          REAL NOT NULL,         -- WGS 84; a region: its seat; a part of a city: the city
  lon          REAL NOT NULL,
  region_id    TEXT,                  -- the region a settlement is in (places.id)
  parent_id    TEXT,                  -- the city a part of a city belongs to (places.id)
  population   INTEGER NOT NULL DEFAULT 0,
  names        TEXT NOT NULL,         -- JSON {uk, ru, pl, bg, en}
  derived      TEXT NOT NULL DEFAULT '[]'  -- JSON: languages whose name was transliterated, not taken from a source
);
CREATE INDEX places_region ON places(region_id);
CREATE INDEX places_parent ON places(parent_id);

ALTER TABLE events ADD COLUMN place_id TEXT;   -- places.id: the settlement (else region) the event is at
CREATE INDEX events_place ON events(place_id);

CREATE VIEW v_places AS
SELECT p.id,
       p.kind,
       p.country,
       p.admin_scheme,
       p.admin_code,
       p.lat,
       p.lon,
       p.region_id,
       json_extract(r.names, '$.en') AS region_en,
       p.parent_id,
       p.population,
       json_extract(p.names, '$.uk') AS name_uk,
       json_extract(p.names, '$.ru') AS name_ru,
       json_extract(p.names, '$.pl') AS name_pl,
       json_extract(p.names, '$.bg') AS name_bg,
       json_extract(p.names, '$.en') AS name_en,
       p.derived,
       (SELECT count(*) FROM events e WHERE e.place_id = p.id) AS events
FROM places p
LEFT JOIN places r ON r.id = p.region_id;

-- v_events as migration 010 made it, with the event's place and its coordinates.
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
       pl.lon
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sources s ON s.id = d.source_id
JOIN fetches f ON f.id = d.fetch_id
LEFT JOIN incident_reports r ON r.event_id = e.id
LEFT JOIN incidents i ON i.id = r.incident_id
LEFT JOIN places pl ON pl.id = e.place_id;
`,
};
