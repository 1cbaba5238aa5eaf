/**
 * The store's fetches as WARC 1.1 (ISO 28500:2017) records, written with warcio (Webrecorder):
 * per fetch a `request` record (the headers eduwatch sent, when recorded) and a `response` record
 * (status line, the kept response headers, the archived bytes), and for a browser-rendered page a
 * `resource` record holding the rendered DOM (`urn:dom:<url>`, as Browsertrix names its
 * `urn:text:` / `urn:view:` records). Each record is its own gzip member, so any reader can seek.
 *
 * WARC-Payload-Digest is `sha256:<hex>` of the payload, which is the store's SHA-256 of the raw
 * bytes (fetches.sha256), repeated in `eduwatch-SHA256` so a mismatch (archived bytes altered)
 * stays visible. The bytes are stored after Content-Encoding was undone, so the response carries
 * no Content-Encoding (the one served is in `eduwatch-Content-Encoding-Removed`) and a
 * Content-Length of the stored bytes. Record ids are derived from the fetch, so the same fetch
 * always gives the same records (`evidence N --warc` and `export --what warc` agree). A Telegram
 * post, read from its channel's preview page rather than fetched, is a `conversion` record of that
 * page's response (see telegramRecord).
 */
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { WARCRecord } from 'warcio';
import { WARCSerializer } from 'warcio/node';
import type { DB } from './db.js';

/** The WARC extension headers eduwatch writes and reads back on import. */
export const EDUWATCH_WARC = {
  fetchId: 'eduwatch-Fetch-ID',
  source: 'eduwatch-Source-ID',
  kind: 'eduwatch-Fetch-Kind',
  via: 'eduwatch-Via',
  sha256: 'eduwatch-SHA256',
  requested: 'eduwatch-Requested-URI',
  encodingRemoved: 'eduwatch-Content-Encoding-Removed',
  request: 'eduwatch-Request',
  hintPublished: 'eduwatch-Hint-Published',
  hintTitle: 'eduwatch-Hint-Title',
  telegram: 'eduwatch-Telegram',
} as const;

/** The target URI prefix of a rendered-DOM resource record. */
export const DOM_URN = 'urn:dom:';

/** One fetch as written, for callers that index or list what a WARC holds. */
export type WarcFetch = Pick<FetchRow, 'id' | 'source_id' | 'kind' | 'final_url' | 'fetched_at' | 'doc_id' | 'doc_first' | 'doc_title'>;

export interface WarcFilters {
  /** Source ids (any of). */
  source?: string[];
  /** fetched_at on or after this day (YYYY-MM-DD) or instant. */
  since?: string;
  /** fetched_at on or before this day. */
  until?: string;
  /** Exactly these fetches. */
  fetchIds?: number[];
  limit?: number;
}

interface FetchRow {
  id: number;
  source_id: string;
  kind: string;
  requested_url: string;
  final_url: string;
  status: number;
  headers: string;
  fetched_at: string;
  sha256: string | null;
  via: string;
  body_gz: Buffer | null;
  rendered_gz: Buffer | null;
  request_headers: string | null;
  doc_title: string | null;
  doc_published: string | null;
  doc_published_source: string | null;
  /** The document the fetch was first sighted as (null: a feed, sitemap, listing, robots.txt or a page without an article). */
  doc_id: number | null;
  /** 1 when this fetch is the document's first (documents.fetch_id), the one a WACZ lists as its page. */
  doc_first: number | null;
  /** A Telegram post (telegram_posts row as JSON), and the fetch of the channel page it was read from. */
  telegram: string | null;
  page_fetch_id: number | null;
  page_fetched_at: string | null;
}

/** Response headers that describe the wire, not the stored bytes. */
const WIRE_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

function hasColumn(db: DB, table: string, column: string): boolean {
  return db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = ?`).get(table, column) !== undefined;
}

/** The fetches a WARC holds (every fetch that got a response), in id order, one row at a time. */
export function* warcFetches(db: DB, filters: WarcFilters = {}): Generator<FetchRow> {
  const where: string[] = ['f.status > 0'];
  const params: unknown[] = [];
  if (filters.source?.length) {
    where.push(`f.source_id IN (${filters.source.map(() => '?').join(', ')})`);
    params.push(...filters.source);
  }
  if (filters.since) {
    where.push('f.fetched_at >= ?');
    params.push(filters.since);
  }
  if (filters.until) {
    // A date bound (YYYY, YYYY-MM, YYYY-MM-DD) includes the whole period: '~' sorts after every digit.
    where.push('f.fetched_at < ?');
    params.push(`${filters.until}~`);
  }
  if (filters.fetchIds) {
    where.push(`f.id IN (${filters.fetchIds.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...filters.fetchIds);
  }
  const requestHeaders = hasColumn(db, 'fetches', 'request_headers') ? 'f.request_headers' : 'NULL';
  const tg = hasColumn(db, 'telegram_posts', 'fetch_id');
  const telegram = tg
    ? `(SELECT json_object('channel', t.channel, 'channelTitle', t.channel_title, 'postId', t.post_id, 'postedAt', t.posted_at,
         'edited', json(CASE t.edited WHEN 1 THEN 'true' ELSE 'false' END), 'views', t.views, 'forwardedFrom', t.forwarded_from,
         'forwardedUrl', t.forwarded_url, 'media', json(t.media), 'albumIds', json(t.album_ids), 'pageUrl', t.page_url, 'pageSha256', t.page_sha256)
        FROM telegram_posts t WHERE t.fetch_id = f.id)`
    : 'NULL';
  const pageFetch = tg
    ? `(SELECT p.id FROM telegram_posts t JOIN fetches p ON p.final_url = t.page_url AND p.sha256 = t.page_sha256 WHERE t.fetch_id = f.id ORDER BY p.id LIMIT 1)`
    : 'NULL';
  const sql = `
    SELECT f.id, f.source_id, f.kind, f.requested_url, f.final_url, f.status, f.headers, f.fetched_at, f.sha256, f.via,
           coalesce(f.body_gz, (SELECT g.body_gz FROM fetches g WHERE g.id = f.same_body_as)) AS body_gz,
           f.rendered_gz, ${requestHeaders} AS request_headers,
           d.id AS doc_id, d.fetch_id = f.id AS doc_first, d.title AS doc_title, d.published_at AS doc_published, d.published_source AS doc_published_source,
           ${telegram} AS telegram, pf.id AS page_fetch_id, pf.fetched_at AS page_fetched_at
      FROM fetches f
      LEFT JOIN fetches pf ON pf.id = ${pageFetch}
      LEFT JOIN documents d ON d.id = (SELECT s.document_id FROM sightings s WHERE s.fetch_id = f.id ORDER BY s.id LIMIT 1)
     WHERE ${where.join(' AND ')}
     ORDER BY f.id${filters.limit ? ' LIMIT ?' : ''}`;
  if (filters.limit) params.push(filters.limit);
  yield* db.prepare(sql).iterate(...params) as IterableIterator<FetchRow>;
}

/** A stable urn:uuid for one record of one fetch (an RFC 4122 layout over a SHA-256). */
function recordId(row: Pick<FetchRow, 'id' | 'fetched_at' | 'sha256'>, type: string): string {
  const h = createHash('sha256').update(`eduwatch:${row.id}:${row.fetched_at}:${row.sha256 ?? ''}:${type}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

function parseHeaders(json: string | null): Record<string, string> | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, string>) : null;
  } catch {
    return null;
  }
}

/** The named WARC fields first (as other tools write them), then eduwatch's. */
function warcFields(type: string, id: string, date: string, url: string, rest: Record<string, string>): [string, string][] {
  return [['WARC-Type', type], ['WARC-Record-ID', id], ['WARC-Date', date], ['WARC-Target-URI', url], ...Object.entries(rest)];
}

/** Header values must be one line of Latin-1 text on the wire. */
function headerValue(v: string): string {
  return v.replace(/[\r\n]+/g, ' ');
}

function requestPath(url: string): string {
  const u = new URL(url);
  return `${u.pathname || '/'}${u.search}`;
}

/**
 * A Telegram post was not fetched on its own: it is a part of its channel page's response. It is
 * written as a `conversion` record (content derived from another record, WARC 1.1 §6.7) whose block
 * is the post's element exactly as in that page, referring to the page's response record.
 */
function telegramRecord(row: FetchRow, body: Buffer, common: Record<string, string>): WARCRecord {
  const fields: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
  if (row.page_fetch_id !== null && row.page_fetched_at !== null) {
    const page = { id: row.page_fetch_id, fetched_at: row.page_fetched_at, sha256: JSON.parse(row.telegram!).pageSha256 as string };
    fields['WARC-Refers-To'] = recordId(page, 'response');
  }
  if (row.sha256) fields[EDUWATCH_WARC.sha256] = row.sha256;
  fields[EDUWATCH_WARC.telegram] = encodeURIComponent(row.telegram!);
  return WARCRecord.create(
    {
      url: row.final_url,
      date: row.fetched_at,
      type: 'conversion',
      warcVersion: 'WARC/1.1',
      warcHeaders: warcFields('conversion', recordId(row, 'conversion'), row.fetched_at, row.final_url, { ...fields, ...common }),
    },
    [body],
  );
}

/** The records of one fetch: request, response and (browser pages) the rendered DOM; a Telegram post's conversion record. */
export function fetchRecords(row: FetchRow): WARCRecord[] {
  const body = row.body_gz ? gunzipSync(row.body_gz) : Buffer.alloc(0);
  const date = row.fetched_at;
  const responseId = recordId(row, 'response');
  const common: Record<string, string> = {
    [EDUWATCH_WARC.fetchId]: String(row.id),
    [EDUWATCH_WARC.source]: row.source_id,
    [EDUWATCH_WARC.kind]: row.kind,
    [EDUWATCH_WARC.via]: row.via,
  };
  if (row.requested_url !== row.final_url) common[EDUWATCH_WARC.requested] = row.requested_url;
  if (row.telegram) return [telegramRecord(row, body, common)];

  const stored = parseHeaders(row.headers) ?? {};
  const httpHeaders: [string, string][] = [];
  for (const [name, value] of Object.entries(stored)) {
    if (!WIRE_HEADERS.has(name.toLowerCase())) httpHeaders.push([name, headerValue(String(value))]);
  }
  httpHeaders.push(['content-length', String(body.byteLength)]);
  const responseWarc: Record<string, string> = { ...common };
  if (row.sha256) responseWarc[EDUWATCH_WARC.sha256] = row.sha256;
  if (stored['content-encoding']) responseWarc[EDUWATCH_WARC.encodingRemoved] = headerValue(stored['content-encoding']);
  // What extraction took from discovery (a feed's date): needed to extract the page the same way again.
  if (row.doc_published && row.doc_published_source === 'feed') responseWarc[EDUWATCH_WARC.hintPublished] = row.doc_published;
  if (row.doc_title) responseWarc[EDUWATCH_WARC.hintTitle] = encodeURIComponent(row.doc_title);
  const response = WARCRecord.create(
    {
      url: row.final_url,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: `HTTP/1.1 ${row.status} ${STATUS_CODES[row.status] ?? ''}`.trimEnd(),
      httpHeaders,
      warcHeaders: warcFields('response', responseId, date, row.final_url, responseWarc),
      keepHeadersCase: true,
    },
    [body],
  );

  const sent = parseHeaders(row.request_headers);
  const requestWarc: Record<string, string> = { 'WARC-Concurrent-To': responseId, ...common };
  if (!sent) requestWarc[EDUWATCH_WARC.request] = 'headers not recorded (fetched before eduwatch kept request headers)';
  const reqHeaders: [string, string][] = [['host', new URL(row.final_url).host]];
  for (const [name, value] of Object.entries(sent ?? {})) if (name.toLowerCase() !== 'host') reqHeaders.push([name, headerValue(String(value))]);
  const request = WARCRecord.create(
    {
      url: row.final_url,
      date,
      type: 'request',
      warcVersion: 'WARC/1.1',
      statusline: `GET ${requestPath(row.final_url)} HTTP/1.1`,
      httpHeaders: reqHeaders,
      warcHeaders: warcFields('request', recordId(row, 'request'), date, row.final_url, requestWarc),
      keepHeadersCase: true,
    },
    [],
  );

  const records = [request, response];
  if (row.rendered_gz) {
    const dom = gunzipSync(row.rendered_gz);
    records.push(
      WARCRecord.create(
        {
          url: `${DOM_URN}${row.final_url}`,
          date,
          type: 'resource',
          warcVersion: 'WARC/1.1',
          warcHeaders: warcFields('resource', recordId(row, 'dom'), date, `${DOM_URN}${row.final_url}`, {
            'WARC-Concurrent-To': responseId,
            'Content-Type': 'text/html; charset=utf-8',
            ...common,
          }),
        },
        [dom],
      ),
    );
  }
  return records;
}

/** One record serialised as its own gzip member (or plain), with its block and payload digests. */
export async function serializeRecord(record: WARCRecord, gzip = true): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip, digest: { algo: 'sha-256', prefix: 'sha256:', base32: false } });
}

/** The warcinfo record that opens an export. */
export function warcInfoRecord(info: Record<string, string>, filename?: string): WARCRecord {
  return WARCRecord.createWARCInfo({ warcVersion: 'WARC/1.1', filename, date: new Date().toISOString() }, info);
}

/**
 * Write the WARC of the fetches matching `filters` through `write` (awaited per record), opened by
 * a warcinfo record. Returns how many fetches and records were written.
 */
export async function writeWarc(
  db: DB,
  filters: WarcFilters,
  write: (chunk: Uint8Array) => Promise<void>,
  opts: { gzip?: boolean; filename?: string; software?: string; onFetch?: (fetch: WarcFetch) => void } = {},
): Promise<{ fetches: number; records: number }> {
  const gzip = opts.gzip !== false;
  const info = warcInfoRecord(
    {
      software: opts.software ?? 'eduwatch',
      format: 'WARC File Format 1.1',
      conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      description: 'eduwatch evidence store: every fetch as request and response records; eduwatch-* headers link each to the store',
    },
    opts.filename,
  );
  await write(await serializeRecord(info, gzip));
  let fetches = 0;
  let records = 1;
  // Rows are read one at a time, but serialising is async: collect ids first so no statement
  // stays open across an await (the connection may be used meanwhile).
  const ids: number[] = [];
  for (const row of warcFetches(db, { ...filters })) ids.push(row.id);
  const BATCH = 200;
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = [...warcFetches(db, { fetchIds: ids.slice(i, i + BATCH) })];
    for (const row of rows) {
      for (const rec of fetchRecords(row)) {
        await write(await serializeRecord(rec, gzip));
        records++;
      }
      fetches++;
      opts.onFetch?.(row);
    }
  }
  return { fetches, records };
}

/** The records of one fetch, serialised (gzip members), for `evidence N --warc`. */
export async function fetchWarc(db: DB, fetchId: number, gzip = true): Promise<Uint8Array | null> {
  const row = [...warcFetches(db, { fetchIds: [fetchId] })][0];
  if (!row) return null;
  const parts: Uint8Array[] = [];
  for (const rec of fetchRecords(row)) parts.push(await serializeRecord(rec, gzip));
  return Buffer.concat(parts);
}
