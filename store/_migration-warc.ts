/**
 * Migration 011 (issue 12, web archives and Telegram):
 * - fetches.request_headers: the request headers eduwatch sent, so a WARC `request` record shows
 *   what was asked, not a reconstruction. Fetches stored before it have none; their request
 *   records carry only the method, path and Host, and say so.
 * - telegram_posts: one row per Telegram channel post stored as a page (its fetch), with what the
 *   channel preview says about it besides its text: time, edited, views, forwarded-from, media,
 *   album ids, and the channel page (URL and SHA-256 of its archived bytes) it was read from.
 */
import type { Migration } from './migrations.js';

export const WARC_TELEGRAM: Migration = {
  name: '011_warc_telegram',
  sql: /* sql */ `
ALTER TABLE fetches ADD COLUMN request_headers TEXT;   -- JSON: request headers sent (null: not recorded)

CREATE TABLE telegram_posts (
  fetch_id       INTEGER PRIMARY KEY REFERENCES fetches(id),
  channel        TEXT NOT NULL,
  channel_title  TEXT,                     -- the channel's name as its preview shows it
  post_id        INTEGER NOT NULL,
  url            TEXT NOT NULL,            -- https://t.me/<channel>/<id>
  posted_at      TEXT NOT NULL,            -- ISO instant of the post's <time datetime>
  edited         INTEGER NOT NULL DEFAULT 0,
  views          INTEGER,
  forwarded_from TEXT,
  forwarded_url  TEXT,
  media          TEXT NOT NULL DEFAULT '[]',  -- JSON: photo, video, document, poll, ...
  album_ids      TEXT NOT NULL DEFAULT '[]',  -- JSON: the message ids of an album (one post)
  page_url       TEXT NOT NULL,            -- the channel preview page the post was read from
  page_sha256    TEXT NOT NULL             -- SHA-256 of that page's archived bytes
);
CREATE INDEX telegram_posts_channel ON telegram_posts(channel COLLATE NOCASE, post_id);

CREATE VIEW v_telegram_posts AS
SELECT t.url, t.channel, t.channel_title, t.post_id, t.posted_at, t.edited, t.views, t.forwarded_from, t.forwarded_url, t.media,
       t.album_ids, f.source_id, s.document_id, d.lang, d.title, d.text, t.page_url, t.page_sha256, f.id AS fetch_id
  FROM telegram_posts t
  JOIN fetches f ON f.id = t.fetch_id
  LEFT JOIN sightings s ON s.fetch_id = t.fetch_id
  LEFT JOIN documents d ON d.id = s.document_id;
`,
};
