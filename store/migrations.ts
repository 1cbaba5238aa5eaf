/**
 * Named migrations, applied in order, each in its own transaction, recorded in `_migrations`.
 * Never edit a migration that has shipped: add a new one.
 */
import { QUERY_COLUMNS } from './_migration-query-columns.js';
import { INCIDENTS } from './_migration-incidents.js';
import { INCIDENT_HANDLES } from './_migration-incident-handles.js';
import { WARC_TELEGRAM } from './_migration-warc.js';
import { PLACES } from './_migration-places.js';
import { DATASETTE_FTS } from './_migration-datasette.js';
import { EVENT_MONTH_DAY } from './_migration-month-day.js';

export interface Migration {
  name: string;
  sql: string;
}

/** Rows of `fetches` that settle an article URL for good: stored (2xx) or gone (404, 410). */
export const SETTLED_ARTICLE_FETCH = `kind = 'article' AND (status BETWEEN 200 AND 299 OR status IN (404, 410))`;

export const MIGRATIONS: Migration[] = [
  {
    name: '001_core',
    sql: /* sql */ `
CREATE TABLE sources (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  country       TEXT NOT NULL,
  languages     TEXT NOT NULL,            -- JSON array of language codes
  kind          TEXT NOT NULL,            -- official | news
  home          TEXT NOT NULL,
  verified_by   TEXT,
  verified_on   TEXT,
  verified_note TEXT,
  definition    TEXT NOT NULL,            -- the source's sources.yaml entry as JSON, defaults applied
  updated_at    TEXT NOT NULL
);

CREATE TABLE runs (
  id         INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  ended_at   TEXT,
  status     TEXT NOT NULL DEFAULT 'running',  -- running | ok | partial | failed | interrupted
  pid        INTEGER,
  command    TEXT,                             -- JSON: the arguments the run was started with
  error      TEXT
);

-- One row per (run, source): the per-source counts analysts read in \`eduwatch status\`.
CREATE TABLE run_sources (
  run_id        INTEGER NOT NULL REFERENCES runs(id),
  source_id     TEXT NOT NULL REFERENCES sources(id),
  started_at    TEXT NOT NULL,
  ended_at      TEXT,
  status        TEXT NOT NULL DEFAULT 'running',  -- running | ok | failed | interrupted
  discovered    INTEGER NOT NULL DEFAULT 0,       -- article URLs found by discovery
  fetched       INTEGER NOT NULL DEFAULT 0,       -- article fetches completed (any status)
  new_documents INTEGER NOT NULL DEFAULT 0,       -- documents not seen before
  duplicates    INTEGER NOT NULL DEFAULT 0,       -- same text seen again (new sighting, no new document)
  no_article    INTEGER NOT NULL DEFAULT 0,       -- pages where extraction found no article body
  failed        INTEGER NOT NULL DEFAULT 0,       -- fetches that failed after retries
  skipped       INTEGER NOT NULL DEFAULT 0,       -- already stored, robots-disallowed, filtered
  errors        TEXT NOT NULL DEFAULT '[]',       -- JSON array of {url, message}
  PRIMARY KEY (run_id, source_id)
);

CREATE TABLE fetches (
  id              INTEGER PRIMARY KEY,
  run_id          INTEGER REFERENCES runs(id),
  source_id       TEXT NOT NULL REFERENCES sources(id),
  kind            TEXT NOT NULL,           -- article | feed | sitemap | listing | robots
  requested_url   TEXT NOT NULL,
  final_url       TEXT NOT NULL,
  status          INTEGER NOT NULL,        -- HTTP status; 0 when no response
  headers         TEXT NOT NULL DEFAULT '{}',  -- JSON: selected response headers
  fetched_at      TEXT NOT NULL,
  sha256          TEXT,                    -- SHA-256 (hex) of the raw body bytes
  size            INTEGER,                 -- raw body length in bytes
  encoding        TEXT,
  encoding_source TEXT,                    -- header | bom | meta | default
  via             TEXT NOT NULL DEFAULT 'http',  -- http | browser
  body_gz         BLOB,                    -- raw body bytes, gzip-compressed
  rendered_gz     BLOB,                    -- browser-rendered DOM (UTF-8), gzip-compressed
  error           TEXT
);
CREATE INDEX fetches_requested_url ON fetches(requested_url);
CREATE INDEX fetches_final_url ON fetches(final_url);
CREATE INDEX fetches_source ON fetches(source_id, fetched_at);

CREATE TABLE documents (
  id                INTEGER PRIMARY KEY,
  url               TEXT NOT NULL,          -- canonical URL of the first sighting
  source_id         TEXT NOT NULL REFERENCES sources(id),
  fetch_id          INTEGER NOT NULL REFERENCES fetches(id),  -- first fetch the text came from
  title             TEXT,
  byline            TEXT,
  site_name         TEXT,
  published_at      TEXT,                   -- ISO date or date-time
  published_source  TEXT,                   -- json-ld | meta | time | url | text | feed
  lang              TEXT,                   -- uk | ru | pl | bg | en | NULL (undetermined / other)
  lang_confidence   REAL,
  lang_other        TEXT,                   -- ISO 639-3 code when the text is in another language
  html_lang         TEXT,
  text              TEXT NOT NULL,
  html              TEXT,                   -- cleaned article HTML
  text_sha256       TEXT NOT NULL UNIQUE,   -- the same text at two URLs is one document
  extraction_method TEXT NOT NULL,          -- readability | readability-relaxed | main-text | plain-text
  extractor_version TEXT NOT NULL,
  created_at        TEXT NOT NULL
);
CREATE INDEX documents_source ON documents(source_id);
CREATE INDEX documents_published ON documents(published_at);
CREATE INDEX documents_url ON documents(url);

-- Every time a document was seen at a URL (the first sighting included).
CREATE TABLE sightings (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  fetch_id    INTEGER NOT NULL REFERENCES fetches(id),
  source_id   TEXT NOT NULL REFERENCES sources(id),
  url         TEXT NOT NULL,
  seen_at     TEXT NOT NULL,
  UNIQUE (document_id, fetch_id)
);
CREATE INDEX sightings_url ON sightings(url);

-- Conditional-request validators for feeds, sitemaps and listing pages.
CREATE TABLE http_cache (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  updated_at    TEXT NOT NULL
);

-- Canonical institutions across documents, by normalised key.
CREATE TABLE institutions (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  kind       TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE institution_names (
  institution_id INTEGER NOT NULL REFERENCES institutions(id),
  name           TEXT NOT NULL,
  PRIMARY KEY (institution_id, name)
) WITHOUT ROWID;

-- Tags. Every tag row carries its document, offsets, extractor and version.
CREATE TABLE mentions (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents(id),
  institution_id    INTEGER NOT NULL REFERENCES institutions(id),
  text              TEXT NOT NULL,
  start             INTEGER NOT NULL,
  "end"             INTEGER NOT NULL,
  confidence        REAL NOT NULL,
  extractor         TEXT NOT NULL,
  extractor_version TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_institution ON mentions(institution_id);

CREATE TABLE date_tags (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents(id),
  value             TEXT NOT NULL,
  kind              TEXT NOT NULL,
  how               TEXT NOT NULL,
  year_inferred     INTEGER NOT NULL DEFAULT 0,
  text              TEXT NOT NULL,
  start             INTEGER NOT NULL,
  "end"             INTEGER NOT NULL,
  extractor         TEXT NOT NULL,
  extractor_version TEXT NOT NULL
);
CREATE INDEX date_tags_document ON date_tags(document_id);

CREATE TABLE events (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents(id),
  type              TEXT NOT NULL CHECK (type IN ('partnership', 'damage')),
  date              TEXT,                   -- ISO event date
  date_basis        TEXT,                   -- partnership: text | published
  status            TEXT,                   -- partnership: signed | planned | terminated | unknown
  agreement_kind    TEXT,                   -- partnership: memorandum, cooperation agreement, ...
  place             TEXT,                   -- partnership: place of signing
  valid_until       TEXT,                   -- partnership: validity end
  institution_kind  TEXT,                   -- damage: kind of the damaged institution
  location          TEXT,                   -- damage: settlement, region
  settlement        TEXT,
  region            TEXT,
  severity          TEXT,                   -- damage: damaged | destroyed
  cause             TEXT,                   -- damage: missile | drone | shelling | airstrike | fire | other
  killed            INTEGER,
  injured           INTEGER,
  scope             TEXT,                   -- damage: incident | appeal | statistic
  quote             TEXT NOT NULL,          -- the supporting sentence
  start             INTEGER NOT NULL,
  "end"             INTEGER NOT NULL,
  confidence        REAL NOT NULL,
  extractor         TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  data              TEXT NOT NULL           -- the full event as JSON (the extract --json shape)
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_type_date ON events(type, date);

CREATE TABLE event_participants (
  event_id       INTEGER NOT NULL REFERENCES events(id),
  position       INTEGER NOT NULL,
  role           TEXT NOT NULL,              -- party | damaged
  name           TEXT NOT NULL,
  institution_id INTEGER REFERENCES institutions(id),
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_participants_institution ON event_participants(institution_id);
`,
  },
  {
    // Views for people who read the store with sqlite3 or Datasette: plain column names, one row per
    // thing, evidence columns alongside. Only SQL that old SQLite versions parse (no ->>, no ORDER BY
    // inside aggregates), so an older sqlite3 or Datasette can open the file.
    name: '002_views',
    sql: /* sql */ `
CREATE VIEW v_documents AS
SELECT d.id,
       d.url,
       d.source_id,
       d.lang,
       d.title,
       d.published_at,
       f.fetched_at,
       f.sha256,                       -- SHA-256 of the raw bytes of the fetch the text came from
       d.text_sha256,
       d.extraction_method,
       d.published_source,
       d.fetch_id,
       f.final_url,
       f.status AS http_status,
       length(d.text) AS chars,
       d.extractor_version,
       (SELECT count(*) FROM sightings g WHERE g.document_id = d.id) AS sightings,
       (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events
FROM documents d
JOIN fetches f ON f.id = d.fetch_id;

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
       f.sha256
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sources s ON s.id = d.source_id
JOIN fetches f ON f.id = d.fetch_id;

CREATE VIEW v_institutions AS
SELECT i.id,
       i.key,
       i.name,
       i.kind,
       (SELECT group_concat(n.name, ' | ') FROM institution_names n WHERE n.institution_id = i.id) AS names,
       (SELECT count(*) FROM mentions m WHERE m.institution_id = i.id) AS mentions,
       (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.institution_id = i.id) AS documents,
       (SELECT min(substr(coalesce(d.published_at, d.created_at), 1, 10))
          FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.institution_id = i.id) AS first_seen,
       (SELECT max(substr(coalesce(d.published_at, d.created_at), 1, 10))
          FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.institution_id = i.id) AS last_seen,
       (SELECT count(DISTINCT p.event_id) FROM event_participants p WHERE p.institution_id = i.id) AS events
FROM institutions i;
`,
  },
  {
    // Full-text search. documents_fts holds each document's title and text as stems (store/stem.ts),
    // one per word, rowid = documents.id; the query is stemmed the same way, so a word finds its
    // inflected forms. Rows are written by the store's code (stemming is JavaScript); deletes follow
    // by trigger. _meta records the stemmer version the index was built with.
    name: '003_fts',
    sql: /* sql */ `
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid = old.id;
END;

CREATE TABLE _meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
  {
    // Incremental crawls ask "is this article URL settled?" for every discovered link: partial
    // indexes over exactly those fetches. tag_state records which extractor version last tagged each
    // document (also documents that got no tags), so reextract knows what is stale.
    name: '004_incremental',
    sql: /* sql */ `
CREATE INDEX fetches_settled_requested ON fetches(requested_url) WHERE ${SETTLED_ARTICLE_FETCH};
CREATE INDEX fetches_settled_final ON fetches(final_url) WHERE ${SETTLED_ARTICLE_FETCH};
CREATE INDEX run_sources_source ON run_sources(source_id, run_id);

CREATE TABLE tag_state (
  document_id       INTEGER PRIMARY KEY REFERENCES documents(id),
  extractor_version TEXT NOT NULL,           -- version of the extractors that wrote the current tags
  tagged_at         TEXT NOT NULL
);
INSERT INTO tag_state (document_id, extractor_version, tagged_at)
SELECT id, extractor_version, created_at FROM documents;

CREATE TRIGGER tag_state_delete AFTER DELETE ON documents BEGIN
  DELETE FROM tag_state WHERE document_id = old.id;
END;
`,
  },
  {
    // Crash safety and concurrency (issue 9): one crawling process per store at a time (the
    // holder's pid, host and heartbeat, so a killed holder is detected), runs' heartbeats (a run
    // whose process died is closed by the next crawl or `status`), and unchanged discovery
    // documents archived once (same_body_as: the earlier fetch holding the same bytes).
    name: '005_crawl_lock',
    sql: /* sql */ `
CREATE TABLE crawl_lock (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  pid          INTEGER NOT NULL,
  host         TEXT NOT NULL,
  sources      TEXT NOT NULL DEFAULT '[]',   -- JSON: the ids being crawled
  acquired_at  TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
);
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN heartbeat_at TEXT;
ALTER TABLE fetches ADD COLUMN same_body_as INTEGER REFERENCES fetches(id);
`,
  },
  {
    // A relative date ("3 дні тому", "вчера") says so and names the day it was counted from.
    name: '006_date_basis',
    sql: /* sql */ `
ALTER TABLE date_tags ADD COLUMN basis TEXT;    -- absolute | relative (null: tagged before extractors 1.3.0)
ALTER TABLE date_tags ADD COLUMN anchor TEXT;   -- relative dates: the ISO day counted from
`,
  },
  {
    // Institution names folded and stemmed once, when written: a filter by name (--institution,
    // query institutions --search) compares stored strings instead of folding every name per query.
    name: '007_name_match',
    sql: /* sql */ `
ALTER TABLE institutions ADD COLUMN name_fold TEXT;
ALTER TABLE institutions ADD COLUMN name_stems TEXT;
ALTER TABLE institution_names ADD COLUMN name_fold TEXT;
ALTER TABLE institution_names ADD COLUMN name_stems TEXT;
UPDATE institutions SET name_fold = eduwatch_fold(name), name_stems = eduwatch_stems(name);
UPDATE institution_names SET name_fold = eduwatch_fold(name), name_stems = eduwatch_stems(name);
`,
  },
  QUERY_COLUMNS,
  INCIDENTS,
  INCIDENT_HANDLES,
  WARC_TELEGRAM,
  PLACES,
  DATASETTE_FTS,
  EVENT_MONTH_DAY,
];
