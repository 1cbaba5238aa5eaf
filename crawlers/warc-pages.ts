/**
 * Pages from a WARC file (eduwatch's own export, Browsertrix, wget `--warc-file`, Heritrix): each
 * `response` record becomes the FetchedPage a crawl would have produced, so import runs it through
 * the same ingest and extraction. Read with warcio (gzip members or plain); bodies are bounded like
 * a crawl's: a record larger than `maxBytes` is skipped, chunked transfer coding is undone, and
 * Content-Encoding is undone by the crawler's own bounded decoder (a compression bomb stops at the cap).
 *
 * Records eduwatch wrote carry their fetch kind, source, requested URL, the request headers and the
 * rendered DOM (`urn:dom:` resource record); for other archives an HTML (or XHTML) 2xx response is an
 * article and anything else (images, scripts, styles, revisits, DNS records) is skipped and counted.
 */
import { Readable } from 'node:stream';
import { WARCParser, type WARCRecord } from 'warcio';
import type { FetchedPage, FetchKind, TelegramPostMeta } from '../types.js';
import { parseChannelPage, postPage } from './telegram.js';
import { readLimitedBody } from './body-reader.js';
import { decodeBody, stripControlChars } from './charset.js';
import { KEPT_HEADERS } from './fetch-core.js';
import { notTextReason } from './text-check.js';

const KINDS: readonly FetchKind[] = ['article', 'feed', 'sitemap', 'listing', 'robots'];
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
/** The prefix of a rendered-DOM resource record's target URI (as store/warc.ts writes it). */
const DOM_URN = 'urn:dom:';

export type WarcSkip = 'not-response' | 'not-html' | 'not-http' | 'too-large' | 'unreadable' | 'revisit';

export interface WarcPagesOptions {
  /** The source every page belongs to; without it, each record's `eduwatch-Source-ID` (eduwatch archives). */
  sourceId?: string;
  /** Largest record payload read, on the wire and after decoding (a crawl's politeness.maxBytes). */
  maxBytes: number;
  onSkip?(reason: WarcSkip, url: string | null, detail?: string): void;
}

/** A record of an archive eduwatch did not write, read without a source to store it under. */
export class MissingSourceError extends Error {
  constructor(readonly url: string) {
    super(`the record of ${url} names no eduwatch source (not an eduwatch archive)`);
    this.name = 'MissingSourceError';
  }
}

/** Undo chunked transfer coding; a malformed stream is an error. */
export function dechunk(raw: Uint8Array): Buffer {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', at);
    if (eol < 0) throw new Error('chunked body without a chunk size line');
    const size = parseInt(buf.subarray(at, eol).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) throw new Error('bad chunk size in a chunked body');
    if (size === 0) return Buffer.concat(parts);
    const start = eol + 2;
    if (start + size > buf.length) throw new Error('chunked body cut short');
    parts.push(buf.subarray(start, start + size));
    at = start + size + 2;
  }
}

function lowerHeaders(record: WARCRecord): Record<string, string> {
  const out: Record<string, string> = {};
  const h = record.httpHeaders?.headers;
  if (!h) return out;
  for (const [name, value] of h as Iterable<[string, string]>) out[name.toLowerCase()] = value;
  return out;
}

function isoDate(warcDate: string | null | undefined): string {
  const t = warcDate ? Date.parse(warcDate) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : new Date().toISOString();
}

function decodeHint(v: string | null | undefined): string | null {
  if (!v) return null;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

/** A response record as a page, or the reason it is not one. */
async function toPage(record: WARCRecord, opts: WarcPagesOptions, requests: Map<string, Record<string, string>>): Promise<FetchedPage | WarcSkip> {
  const url = record.warcTargetURI ?? '';
  if (!/^https?:\/\//i.test(url)) return 'not-http';
  const status = Number(record.httpHeaders?.statusCode);
  if (!Number.isInteger(status) || status < 100) return 'unreadable';
  const all = lowerHeaders(record);
  const kindHeader = record.warcHeader('eduwatch-Fetch-Kind') as FetchKind | null | undefined;
  const kind: FetchKind | null = kindHeader && KINDS.includes(kindHeader) ? kindHeader : status >= 200 && status < 300 && HTML_TYPE.test(all['content-type'] ?? '') ? 'article' : null;
  if (!kind) return 'not-html';
  if (record.warcContentLength > opts.maxBytes + 64 * 1024) return 'too-large';

  let body: Buffer;
  try {
    let raw: Buffer = Buffer.from(await record.readFully(false));
    if (/\bchunked\b/i.test(all['transfer-encoding'] ?? '')) raw = dechunk(raw);
    body = await readLimitedBody(Readable.from([raw]), { maxBytes: opts.maxBytes, timeoutMs: 60_000, contentEncoding: all['content-encoding'] ?? null, status });
  } catch (err) {
    opts.onSkip?.('unreadable', url, (err as Error).message);
    return 'unreadable';
  }

  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) if (all[name] !== undefined) headers[name] = all[name];
  // The stored bytes are decoded; the coding eduwatch removed on export is put back as served.
  delete headers['content-encoding'];
  const removed = record.warcHeader('eduwatch-Content-Encoding-Removed');
  if (removed) headers['content-encoding'] = removed;
  if (all['content-encoding'] && !removed) headers['content-encoding'] = all['content-encoding'];

  const decoded = decodeBody(body, headers['content-type'] ?? null);
  const finalUrl = url;
  const sourceId = opts.sourceId ?? record.warcHeader('eduwatch-Source-ID');
  if (!sourceId) throw new MissingSourceError(url);
  const page: FetchedPage = {
    sourceId,
    kind,
    requestedUrl: record.warcHeader('eduwatch-Requested-URI') ?? finalUrl,
    finalUrl,
    status,
    headers,
    fetchedAt: isoDate(record.warcDate),
    body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    html: decoded.text,
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    via: record.warcHeader('eduwatch-Via') === 'browser' ? 'browser' : 'http',
  };
  const id = record.warcHeader('WARC-Record-ID');
  const sent = id ? requests.get(id) : undefined;
  if (sent) {
    page.requestHeaders = sent;
    requests.delete(id!);
  }
  const published = record.warcHeader('eduwatch-Hint-Published');
  const title = decodeHint(record.warcHeader('eduwatch-Hint-Title'));
  if (published || title) page.hints = { published: published ?? null, title };
  if (kind === 'article' && status >= 200 && status < 300) {
    const rejected = notTextReason(body, decoded.text, decoded.encoding);
    if (rejected) page.rejected = rejected;
  }
  return page;
}

/**
 * A Telegram post eduwatch archived as a conversion record of its channel page: the block is the
 * post's element as served; the page is rebuilt from it exactly as the crawl built it.
 */
async function telegramPostPage(record: WARCRecord, opts: WarcPagesOptions): Promise<FetchedPage | WarcSkip> {
  let meta: TelegramPostMeta;
  try {
    meta = JSON.parse(decodeURIComponent(record.warcHeader('eduwatch-Telegram') ?? '')) as TelegramPostMeta;
  } catch {
    return 'unreadable';
  }
  if (record.warcContentLength > opts.maxBytes) return 'too-large';
  const fragment = Buffer.from(await record.readFully(false)).toString('utf8');
  const post = parseChannelPage(fragment, meta.channel).posts.find((p) => p.meta.postId === meta.postId);
  if (!post) return 'unreadable';
  const sourceId = opts.sourceId ?? record.warcHeader('eduwatch-Source-ID');
  if (!sourceId) throw new MissingSourceError(record.warcTargetURI ?? '');
  const page = postPage(post, { sourceId, finalUrl: meta.pageUrl, fetchedAt: isoDate(record.warcDate), via: 'http' }, meta.pageSha256, meta.channelTitle ?? null);
  // The fragment as archived (parsing found the same post in it).
  page.body = new Uint8Array(Buffer.from(fragment, 'utf8'));
  return page;
}

/** The request headers of a request record eduwatch wrote (the ones it sent), keyed later by its response. */
async function requestHeadersOf(record: WARCRecord): Promise<Record<string, string> | null> {
  if (record.warcHeader('eduwatch-Request')) return null; // not recorded at fetch time
  const h = lowerHeaders(record);
  delete h.host;
  return Object.keys(h).length ? h : null;
}

/**
 * The pages of a WARC, in file order. A response's rendered DOM (a following `urn:dom:` resource
 * record concurrent to it) is attached as renderedHtml, as the browser crawl gave it.
 */
export async function* warcPages(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, opts: WarcPagesOptions): AsyncGenerator<FetchedPage> {
  const requests = new Map<string, Record<string, string>>();
  let pending: { page: FetchedPage; id: string | null } | null = null;
  for await (const record of WARCParser.iterRecords(source, { keepHeadersCase: false })) {
    const line = record.warcHeaders.statusline ?? '';
    if (!/^WARC\/\d/.test(line)) throw new Error(`a record starts with ${JSON.stringify(line.slice(0, 40))}, not a WARC version line (WARC/1.0, WARC/1.1)`);
    const type = record.warcType;
    if (type === 'resource' && pending && (record.warcTargetURI ?? '').startsWith(DOM_URN)) {
      const to = record.warcConcurrentTo ?? [];
      if (pending.id && to.map((t) => t.trim()).includes(pending.id) && record.warcContentLength <= opts.maxBytes * 4) {
        pending.page.renderedHtml = stripControlChars(Buffer.from(await record.readFully(false)).toString('utf8'));
        yield pending.page;
        pending = null;
        continue;
      }
    }
    if (pending) {
      yield pending.page;
      pending = null;
    }
    if (type === 'request') {
      const sent = await requestHeadersOf(record);
      for (const to of record.warcConcurrentTo ?? []) if (sent) requests.set(to.trim(), sent);
      continue;
    }
    if (type === 'conversion' && record.warcHeader('eduwatch-Telegram')) {
      const page = await telegramPostPage(record, opts);
      if (typeof page === 'string') opts.onSkip?.(page, record.warcTargetURI ?? null);
      else yield page;
      continue;
    }
    if (type !== 'response') {
      opts.onSkip?.(type === 'revisit' ? 'revisit' : 'not-response', record.warcTargetURI ?? null);
      continue;
    }
    const page = await toPage(record, opts, requests);
    if (typeof page === 'string') {
      if (page !== 'unreadable') opts.onSkip?.(page, record.warcTargetURI ?? null);
      continue;
    }
    pending = { page, id: record.warcHeader('WARC-Record-ID') ?? null };
  }
  if (pending) yield pending.page;
}
