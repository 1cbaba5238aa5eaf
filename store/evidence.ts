/**
 * `eduwatch evidence EVENT_ID`: the full chain behind one tag — the sentence in its paragraph, the
 * document, the fetch that brought the text (time, URLs, HTTP status, SHA-256 of the raw bytes and
 * where those bytes are archived, checked against the hash), other sightings, and the source with
 * its verification.
 */
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DB } from './db.js';
import { sha256Hex } from './_hash.js';
import { EVENT_SELECT, toEventRow, type EventRecord, type EventRow } from './queries/events.js';

/** A paragraph longer than this is cut around the sentence (a page with no paragraph breaks). */
const MAX_PARAGRAPH_CHARS = 3000;

export interface Evidence {
  event: EventRow;
  sentence: {
    quote: string;
    start: number;
    end: number;
    /** 'offsets': the text holds the quote at the stored offsets; 'search': found elsewhere in the text; 'missing': not in the text. */
    located: 'offsets' | 'search' | 'missing';
  };
  /** The paragraph holding the sentence (offsets into the document text). */
  paragraph: { text: string; start: number; end: number };
  participants: { role: string; name: string; institution: { id: number; key: string; name: string; kind: string | null } | null }[];
  document: {
    id: number;
    url: string;
    title: string | null;
    published: string | null;
    publishedSource: string | null;
    lang: string | null;
    langConfidence: number | null;
    method: string;
    textSha256: string;
    extractorVersion: string;
    chars: number;
  };
  fetch: {
    id: number;
    runId: number | null;
    fetchedAt: string;
    requestedUrl: string;
    finalUrl: string;
    status: number;
    sha256: string | null;
    size: number | null;
    encoding: string | null;
    encodingSource: string | null;
    via: string;
    headers: Record<string, string>;
    /** Where the raw bytes are: "fetches.body_gz of fetch N in FILE". */
    archived: string | null;
    /** Where the browser-rendered DOM is, for browser fetches. */
    rendered: string | null;
    /** The archived bytes hash to `sha256` (null when nothing is archived). */
    bodyIntact: boolean | null;
  };
  sightings: { url: string; seenAt: string; fetchId: number; sourceId: string }[];
  source: {
    id: string;
    name: string;
    country: string;
    kind: string;
    home: string;
    languages: string[];
    verified: { by: string | null; on: string | null; note: string | null };
  };
}

export function getEvidence(db: DB, eventId: number): Evidence | null {
  const rec = db.prepare(`${EVENT_SELECT} WHERE e.id = ?`).get(eventId) as EventRecord | undefined;
  if (!rec) return null;
  const event = toEventRow(rec);
  const doc = db
    .prepare(
      `SELECT id, url, title, published_at, published_source, lang, lang_confidence, extraction_method, text_sha256,
              extractor_version, text, fetch_id FROM documents WHERE id = ?`,
    )
    .get(rec.document_id) as {
    id: number; url: string; title: string | null; published_at: string | null; published_source: string | null; lang: string | null;
    lang_confidence: number | null; extraction_method: string; text_sha256: string; extractor_version: string; text: string; fetch_id: number;
  };
  const f = db
    .prepare(
      `SELECT id, run_id, fetched_at, requested_url, final_url, status, sha256, size, encoding, encoding_source, via, headers,
              body_gz, rendered_gz IS NOT NULL AS has_rendered FROM fetches WHERE id = ?`,
    )
    .get(doc.fetch_id) as {
    id: number; run_id: number | null; fetched_at: string; requested_url: string; final_url: string; status: number; sha256: string | null;
    size: number | null; encoding: string | null; encoding_source: string | null; via: string; headers: string; body_gz: Buffer | null; has_rendered: number;
  };
  const src = db.prepare('SELECT id, name, country, kind, home, languages, verified_by, verified_on, verified_note FROM sources WHERE id = ?').get(rec.source_id) as {
    id: string; name: string; country: string; kind: string; home: string; languages: string; verified_by: string | null; verified_on: string | null; verified_note: string | null;
  };
  const sightings = db
    .prepare('SELECT url, seen_at AS seenAt, fetch_id AS fetchId, source_id AS sourceId FROM sightings WHERE document_id = ? ORDER BY seen_at, id')
    .all(doc.id) as Evidence['sightings'];
  const participants = (
    db
      .prepare(
        `SELECT p.role, p.name, i.id, i.key, i.name AS institution_name, i.kind FROM event_participants p
         LEFT JOIN institutions i ON i.id = p.institution_id WHERE p.event_id = ? ORDER BY p.position`,
      )
      .all(eventId) as { role: string; name: string; id: number | null; key: string; institution_name: string; kind: string | null }[]
  ).map((p) => ({ role: p.role, name: p.name, institution: p.id === null ? null : { id: p.id, key: p.key, name: p.institution_name, kind: p.kind } }));

  const sentence = locate(doc.text, event.quote, event.start, event.end);
  const file = db.name === ':memory:' ? '(in-memory database)' : resolve(db.name);
  return {
    event,
    sentence,
    paragraph: paragraphAround(doc.text, sentence.start, sentence.end),
    participants,
    document: {
      id: doc.id,
      url: doc.url,
      title: doc.title,
      published: doc.published_at,
      publishedSource: doc.published_source,
      lang: doc.lang,
      langConfidence: doc.lang_confidence,
      method: doc.extraction_method,
      textSha256: doc.text_sha256,
      extractorVersion: doc.extractor_version,
      chars: doc.text.length,
    },
    fetch: {
      id: f.id,
      runId: f.run_id,
      fetchedAt: f.fetched_at,
      requestedUrl: f.requested_url,
      finalUrl: f.final_url,
      status: f.status,
      sha256: f.sha256,
      size: f.size,
      encoding: f.encoding,
      encodingSource: f.encoding_source,
      via: f.via,
      headers: JSON.parse(f.headers) as Record<string, string>,
      archived: f.body_gz ? `fetches.body_gz of fetch ${f.id} in ${file}` : null,
      rendered: f.has_rendered ? `fetches.rendered_gz of fetch ${f.id} in ${file}` : null,
      bodyIntact: f.body_gz && f.sha256 ? sha256Hex(gunzipSync(f.body_gz)) === f.sha256 : null,
    },
    sightings,
    source: {
      id: src.id,
      name: src.name,
      country: src.country,
      kind: src.kind,
      home: src.home,
      languages: JSON.parse(src.languages) as string[],
      verified: { by: src.verified_by, on: src.verified_on, note: src.verified_note },
    },
  };
}

function locate(text: string, quote: string, start: number, end: number): Evidence['sentence'] {
  if (start >= 0 && end <= text.length && start <= end && text.slice(start, end) === quote) return { quote, start, end, located: 'offsets' };
  const at = quote ? text.indexOf(quote) : -1;
  if (at >= 0) return { quote, start: at, end: at + quote.length, located: 'search' };
  const s = Math.max(0, Math.min(start, text.length));
  return { quote, start: s, end: Math.max(s, Math.min(end, text.length)), located: 'missing' };
}

/** The paragraph ("\n\n"-separated) holding [start, end), cut to MAX_PARAGRAPH_CHARS around it. */
export function paragraphAround(text: string, start: number, end: number): Evidence['paragraph'] {
  const before = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  let pStart = before < 0 ? 0 : before + 2;
  const after = text.indexOf('\n\n', end);
  let pEnd = after < 0 ? text.length : after;
  if (pStart > start) pStart = start;
  if (pEnd - pStart > MAX_PARAGRAPH_CHARS) {
    const room = Math.max(0, Math.floor((MAX_PARAGRAPH_CHARS - (end - start)) / 2));
    pStart = Math.max(pStart, start - room);
    pEnd = Math.min(pEnd, end + room);
  }
  return { text: text.slice(pStart, pEnd), start: pStart, end: pEnd };
}

/** The archived bytes of a fetch exactly as served (for `evidence --raw`), or null when there are none. */
export function readRawBody(db: DB, fetchId: number): Buffer | null {
  const row = db
    .prepare('SELECT coalesce(f.body_gz, (SELECT g.body_gz FROM fetches g WHERE g.id = f.same_body_as)) AS body_gz FROM fetches f WHERE f.id = ?')
    .get(fetchId) as { body_gz: Buffer | null } | undefined;
  return row?.body_gz ? gunzipSync(row.body_gz) : null;
}

/** The browser-rendered DOM of a fetch (UTF-8), or null. */
export function readRendered(db: DB, fetchId: number): string | null {
  const row = db.prepare('SELECT rendered_gz FROM fetches WHERE id = ?').get(fetchId) as { rendered_gz: Buffer | null } | undefined;
  return row?.rendered_gz ? gunzipSync(row.rendered_gz).toString('utf8') : null;
}
