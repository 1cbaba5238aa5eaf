/**
 * Migration 010 (issue 10, part 3): places. `places` holds the gazetteer (data/gazetteer/places.json)
 * and `events.place_id` the place each event is at (its settlement, else its region; a partnership's
 * place of signing), resolved by store/places/resolve.ts. Both are derived: the store fills them for
 * a store written before this migration, and again whenever the gazetteer or the resolver changes,
 * the first time it is opened for writing (ensurePlaces, recorded in _meta.places_version); the tag
 * writers fill place_id for every new event, reextract included. No foreign key: the places table is
 * reloaded whole when the gazetteer changes.
 */
import type { Migration } from './migrations.js';

export const PLACES: Migration = {
  name: '010_places',
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
`,
};
