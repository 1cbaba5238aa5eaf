/**
 * Migration 008 (issue 8, queries at 1M documents): what the queries filter, sort and count on,
 * stored and indexed instead of computed for every row through a join. Each derived column is kept
 * by triggers, so every write path keeps it right: ingest, reextract, and a hand-written INSERT or
 * UPDATE in sqlite3.
 *
 * - events.day: the event's date, else its document's publication date, cut to 10 characters:
 *   the date `query events` and `export events` filter and sort on (was
 *   substr(coalesce(e.date, d.published_at), 1, 10), computed through the documents join).
 *   Indexed alone and after the type. events_short_day lists days shorter than a year, which
 *   eduwatch never writes: while it is empty, a --since bound is an index range too.
 * - mentions.seen: the mentioning document's day (publication, else storage), so an institution's
 *   first and last seen are the two ends of its (institution_id, seen) index range.
 * - institutions.mention_count / document_count: mentions naming it and documents they are in
 *   (`query institutions` orders by the first).
 * - event_participants.event_type / event_date: the event's type and shown date (its own, else the
 *   publication day; its first 10 characters are events.day), so an institution's events, and
 *   those of one type in a date range, are one index range.
 *
 * A row the REPLACE conflict strategy removes fires no delete trigger (SQLite runs those only with
 * recursive_triggers on); eduwatch never writes tags with INSERT OR REPLACE.
 */
import type { Migration } from './migrations.js';

/** SQL of an event's day from its date and its document (`ev`: the event row, e.g. new). */
const eventDay = (ev: string) => `substr(coalesce(${ev}.date, (SELECT published_at FROM documents WHERE id = ${ev}.document_id)), 1, 10)`;
/** SQL of a mention's day from its document (`m`: the mention row). */
const mentionSeen = (m: string) => `(SELECT substr(coalesce(published_at, created_at), 1, 10) FROM documents WHERE id = ${m}.document_id)`;

/** SQL adding 1 (sign +) or taking 1 (sign -) from the counts of institution `m.institution_id` for mention row `m`. */
function countMention(m: 'new' | 'old', sign: '+' | '-'): string {
  // A document counts once per institution: added with its first mention of it, taken away with
  // its last (the mentions_document index makes the check a few rows).
  const others = m === 'new' ? ` AND x.id <> new.id` : '';
  return `UPDATE institutions SET mention_count = mention_count ${sign} 1,
         document_count = document_count ${sign} NOT EXISTS (SELECT 1 FROM mentions x
           WHERE x.document_id = ${m}.document_id AND x.institution_id = ${m}.institution_id${others})
   WHERE id = ${m}.institution_id;`;
}

const participantOf = (p: string) => `(SELECT type, coalesce(date, day) FROM events WHERE id = ${p}.event_id)`;
const participantWrong = (p: string) =>
  `${p}.event_type IS NOT (SELECT type FROM events WHERE id = ${p}.event_id) OR ${p}.event_date IS NOT (SELECT coalesce(date, day) FROM events WHERE id = ${p}.event_id)`;

export const QUERY_COLUMNS: Migration = {
  name: '008_query_columns',
  sql: /* sql */ `
ALTER TABLE events ADD COLUMN day TEXT;
UPDATE events SET day = ${eventDay('events')};
DROP INDEX events_type_date;
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_short_day ON events(day) WHERE length(day) < 4;

ALTER TABLE mentions ADD COLUMN seen TEXT;
UPDATE mentions SET seen = ${mentionSeen('mentions')};
DROP INDEX mentions_institution;
CREATE INDEX mentions_institution_seen ON mentions(institution_id, seen);

ALTER TABLE institutions ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE institutions ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0;
UPDATE institutions SET mention_count = c.mentions, document_count = c.documents
  FROM (SELECT institution_id AS id, count(*) AS mentions, count(DISTINCT document_id) AS documents FROM mentions GROUP BY institution_id) c
 WHERE c.id = institutions.id;

ALTER TABLE event_participants ADD COLUMN event_type TEXT;
ALTER TABLE event_participants ADD COLUMN event_date TEXT;
UPDATE event_participants SET (event_type, event_date) = ${participantOf('event_participants')};
DROP INDEX event_participants_institution;
CREATE INDEX event_participants_institution_events ON event_participants(institution_id, event_type, event_date, event_id);

-- The view reads the stored counts and days too (same columns, same values).
DROP VIEW v_institutions;
CREATE VIEW v_institutions AS
SELECT i.id,
       i.key,
       i.name,
       i.kind,
       (SELECT group_concat(n.name, ' | ') FROM institution_names n WHERE n.institution_id = i.id) AS names,
       i.mention_count AS mentions,
       i.document_count AS documents,
       (SELECT min(m.seen) FROM mentions m WHERE m.institution_id = i.id) AS first_seen,
       (SELECT max(m.seen) FROM mentions m WHERE m.institution_id = i.id) AS last_seen,
       (SELECT count(DISTINCT p.event_id) FROM event_participants p WHERE p.institution_id = i.id) AS events
FROM institutions i;

CREATE TRIGGER events_day_insert AFTER INSERT ON events WHEN new.day IS NOT ${eventDay('new')} BEGIN
  UPDATE events SET day = ${eventDay('new')} WHERE id = new.id;
END;
CREATE TRIGGER events_day_update AFTER UPDATE OF date, document_id, day ON events WHEN new.day IS NOT ${eventDay('new')} BEGIN
  UPDATE events SET day = ${eventDay('new')} WHERE id = new.id;
END;
CREATE TRIGGER events_participants_update AFTER UPDATE OF type, date, day ON events BEGIN
  UPDATE event_participants SET event_type = new.type, event_date = coalesce(new.date, new.day)
   WHERE event_id = new.id AND (event_type IS NOT new.type OR event_date IS NOT coalesce(new.date, new.day));
END;
CREATE TRIGGER event_participants_event_insert AFTER INSERT ON event_participants WHEN ${participantWrong('new')} BEGIN
  UPDATE event_participants SET (event_type, event_date) = ${participantOf('new')} WHERE event_id = new.event_id AND position = new.position;
END;
CREATE TRIGGER event_participants_event_update AFTER UPDATE OF event_id, position, event_type, event_date ON event_participants
WHEN ${participantWrong('new')} BEGIN
  UPDATE event_participants SET (event_type, event_date) = ${participantOf('new')} WHERE event_id = new.event_id AND position = new.position;
END;

CREATE TRIGGER mentions_seen_insert AFTER INSERT ON mentions WHEN new.seen IS NOT ${mentionSeen('new')} BEGIN
  UPDATE mentions SET seen = ${mentionSeen('new')} WHERE id = new.id;
END;
CREATE TRIGGER mentions_seen_update AFTER UPDATE OF document_id, seen ON mentions WHEN new.seen IS NOT ${mentionSeen('new')} BEGIN
  UPDATE mentions SET seen = ${mentionSeen('new')} WHERE id = new.id;
END;

CREATE TRIGGER documents_days_update AFTER UPDATE OF published_at, created_at ON documents BEGIN
  UPDATE events SET day = substr(coalesce(date, new.published_at), 1, 10)
   WHERE document_id = new.id AND day IS NOT substr(coalesce(date, new.published_at), 1, 10);
  UPDATE mentions SET seen = substr(coalesce(new.published_at, new.created_at), 1, 10)
   WHERE document_id = new.id AND seen IS NOT substr(coalesce(new.published_at, new.created_at), 1, 10);
END;

CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
  ${countMention('new', '+')}
END;
CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
  ${countMention('old', '-')}
END;
CREATE TRIGGER mentions_count_update AFTER UPDATE OF document_id, institution_id ON mentions
WHEN old.document_id IS NOT new.document_id OR old.institution_id IS NOT new.institution_id BEGIN
  ${countMention('old', '-')}
  ${countMention('new', '+')}
END;
`,
};
