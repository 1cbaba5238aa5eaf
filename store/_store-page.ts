/**
 * Storing one fetched page with its full provenance, in ONE transaction: the fetch (SHA-256 of the
 * raw bytes, the bytes gzip-compressed, the rendered DOM), then for an article with a 2xx status the
 * document (one per distinct text: the same text at another URL is a new sighting of the same
 * document), its search-index row and its tags. A process killed at any moment leaves either all
 * of it or none of it.
 *
 * Extraction runs before the transaction opens (it is pure and may take a while on a big page), so
 * the write lock is held only for the writes.
 */
import { gzipSync } from 'node:zlib';
import type { BodyResult, ExtractedDocument, FetchedPage, TelegramPostMeta } from '../types.js';
import type { DB } from './db.js';
import { sha256Hex } from './_hash.js';
import { indexDocument } from './search-index.js';
import { writeTags } from './tags.js';
import { addDocumentIncidents } from './incidents/cluster.js';
import { sanitizeDocumentHtml } from './sanitize.js';

export type ExtractFn = (page: FetchedPage) => ExtractedDocument | null;

/** Body-extraction fields stored with a document when the extractor supplies them (top level or under `body`). */
export interface ExtractedExtras {
  byline?: string | null;
  siteName?: string | null;
  html?: string | null;
  htmlLang?: string | null;
  canonicalUrl?: string | null;
  body?: Partial<BodyResult> | null;
}

export type IngestOutcome = 'new' | 'duplicate' | 'no-article' | 'not-article' | 'http-error';

export interface IngestResult {
  fetchId: number;
  documentId: number | null;
  outcome: IngestOutcome;
  /** Why extraction produced nothing, when it threw (the page is stored; the crawl goes on). */
  error?: string;
}

/** A fetch that got no usable response may say why; stored in fetches.error. */
export type IngestPage = FetchedPage & {
  error?: string | null;
  /** The body already gzip-compressed (off the main thread, by the caller); computed here when absent. */
  bodyGz?: Buffer;
};

const LONGEST_ERROR = 2000;

const is2xx = (status: number) => status >= 200 && status < 300;

/** ingestPage() with the extractor given (no default, so this module does not load the pipeline). */
export function storePage(db: DB, runId: number | null, page: IngestPage, extract: ExtractFn): IngestResult {
  let doc: (ExtractedDocument & ExtractedExtras) | null = null;
  let extractError: string | undefined;
  if (page.kind === 'article' && is2xx(page.status) && page.rejected) {
    extractError = page.rejected.slice(0, LONGEST_ERROR);
  } else if (page.kind === 'article' && is2xx(page.status)) {
    try {
      doc = extract(page);
    } catch (err) {
      extractError = `extraction failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, LONGEST_ERROR);
    }
    if (doc && (typeof doc.text !== 'string' || doc.text.trim() === '')) doc = null;
  }

  const body = Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength);
  const fetchRow = {
    run_id: runId,
    source_id: page.sourceId,
    kind: page.kind,
    requested_url: page.requestedUrl,
    final_url: page.finalUrl,
    status: page.status,
    headers: JSON.stringify(page.headers ?? {}),
    fetched_at: page.fetchedAt,
    sha256: sha256Hex(body),
    size: body.byteLength,
    encoding: page.encoding ?? null,
    encoding_source: page.encodingSource ?? null,
    via: page.via ?? 'http',
    body_gz: page.bodyGz ?? gzipSync(body),
    rendered_gz: page.renderedHtml != null ? gzipSync(Buffer.from(page.renderedHtml, 'utf8')) : null,
    error: (page.error ?? extractError ?? null)?.slice(0, LONGEST_ERROR) ?? null,
  };
  const textSha = doc ? sha256Hex(doc.text) : null;
  // Sanitised before the write lock is taken (it parses the HTML).
  const rawHtml = doc ? (typeof doc.html === 'string' ? doc.html : typeof doc.body?.html === 'string' ? doc.body.html : null) : null;
  const cleanHtml = sanitizeDocumentHtml(rawHtml, page.finalUrl);

  return db.transaction((): IngestResult => {
    // A feed, sitemap or listing page re-read with the same bytes is archived once: the new fetch
    // row points at the earlier one (a calendar trap re-read every run no longer grows the store).
    const sameAs =
      page.kind !== 'article'
        ? ((db
            .prepare('SELECT id FROM fetches WHERE requested_url = ? AND sha256 = ? AND body_gz IS NOT NULL ORDER BY id DESC LIMIT 1')
            .pluck()
            .get(fetchRow.requested_url, fetchRow.sha256) as number | undefined) ?? null)
        : null;
    const fetchId = Number(
      db
        .prepare(
          `INSERT INTO fetches (run_id, source_id, kind, requested_url, final_url, status, headers, fetched_at, sha256, size,
             encoding, encoding_source, via, body_gz, rendered_gz, error, same_body_as)
           VALUES (@run_id, @source_id, @kind, @requested_url, @final_url, @status, @headers, @fetched_at, @sha256, @size,
             @encoding, @encoding_source, @via, @body_gz, @rendered_gz, @error, @same_body_as)`,
        )
        .run({ ...fetchRow, body_gz: sameAs === null ? fetchRow.body_gz : null, same_body_as: sameAs }).lastInsertRowid,
    );
    if ((page.requestHeaders || page.telegram) && hasMigration011(db)) {
      if (page.requestHeaders) db.prepare('UPDATE fetches SET request_headers = ? WHERE id = ?').run(JSON.stringify(page.requestHeaders), fetchId);
      if (page.telegram) writeTelegramPost(db, fetchId, page.finalUrl, page.telegram);
    }
    const result = (outcome: IngestOutcome, documentId: number | null = null): IngestResult =>
      extractError ? { fetchId, documentId, outcome, error: extractError } : { fetchId, documentId, outcome };

    if (page.kind !== 'article') return result('not-article');
    if (!is2xx(page.status)) return result('http-error');
    if (!doc || !textSha) return result('no-article');

    const sighting = db.prepare('INSERT OR IGNORE INTO sightings (document_id, fetch_id, source_id, url, seen_at) VALUES (?, ?, ?, ?, ?)');
    const existing = db.prepare('SELECT id FROM documents WHERE text_sha256 = ?').pluck().get(textSha) as number | undefined;
    if (existing !== undefined) {
      sighting.run(existing, fetchId, page.sourceId, page.finalUrl, page.fetchedAt);
      return result('duplicate', existing);
    }

    const extra = (k: keyof Omit<ExtractedExtras, 'body'>): string | null => {
      const top = doc![k];
      if (typeof top === 'string') return top;
      const nested = doc!.body?.[k as keyof BodyResult];
      return typeof nested === 'string' ? nested : null;
    };
    const documentId = Number(
      db
        .prepare(
          `INSERT INTO documents (url, source_id, fetch_id, title, byline, site_name, published_at, published_source, lang,
             lang_confidence, lang_other, html_lang, text, html, text_sha256, extraction_method, extractor_version, created_at)
           VALUES (@url, @source_id, @fetch_id, @title, @byline, @site_name, @published_at, @published_source, @lang,
             @lang_confidence, @lang_other, @html_lang, @text, @html, @text_sha256, @extraction_method, @extractor_version, @created_at)`,
        )
        .run({
          url: documentUrl(page.finalUrl, extra('canonicalUrl')),
          source_id: page.sourceId,
          fetch_id: fetchId,
          title: doc.title ?? null,
          byline: extra('byline'),
          site_name: extra('siteName'),
          published_at: doc.published ?? null,
          published_source: doc.published ? (doc.publishedSource ?? null) : null,
          lang: doc.lang ?? null,
          lang_confidence: doc.langConfidence ?? null,
          lang_other: doc.langOther ?? null,
          html_lang: extra('htmlLang'),
          text: doc.text,
          html: cleanHtml,
          text_sha256: textSha,
          extraction_method: doc.method ?? 'plain-text',
          extractor_version: doc.extractorVersion,
          created_at: new Date().toISOString(),
        }).lastInsertRowid,
    );
    sighting.run(documentId, fetchId, page.sourceId, page.finalUrl, page.fetchedAt);
    indexDocument(db, documentId, doc.title ?? null, doc.text, doc.lang ?? null);
    writeTags(db, documentId, doc);
    addDocumentIncidents(db, documentId);
    return result('new', documentId);
  })();
}

/** Connections whose schema has migration 011 (a store held at an older migration, as tests make, has not). */
const migrated011 = new WeakMap<DB, boolean>();
function hasMigration011(db: DB): boolean {
  if (migrated011.get(db)) return true;
  // Only a yes is remembered: the connection may migrate later.
  const yes = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'telegram_posts'`).get() !== undefined;
  if (yes) migrated011.set(db, true);
  return yes;
}

function writeTelegramPost(db: DB, fetchId: number, url: string, t: TelegramPostMeta): void {
  db.prepare(
    `INSERT INTO telegram_posts (fetch_id, channel, channel_title, post_id, url, posted_at, edited, views, forwarded_from, forwarded_url, media, album_ids, page_url, page_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(fetchId, t.channel, t.channelTitle, t.postId, url, t.postedAt, t.edited ? 1 : 0, t.views, t.forwardedFrom, t.forwardedUrl, JSON.stringify(t.media), JSON.stringify(t.albumIds), t.pageUrl, t.pageSha256);
}

/** Newest and oldest stored post ids of a Telegram channel of a source. */
export function telegramRange(db: DB, sourceId: string, channel: string): { newest: number | null; oldest: number | null } {
  if (!hasMigration011(db)) return { newest: null, oldest: null };
  const row = db
    .prepare(
      `SELECT max(t.post_id) AS newest, min(t.post_id) AS oldest FROM telegram_posts t JOIN fetches f ON f.id = t.fetch_id
        WHERE t.channel = ? COLLATE NOCASE AND f.source_id = ?`,
    )
    .get(channel, sourceId) as { newest: number | null; oldest: number | null };
  return { newest: row.newest ?? null, oldest: row.oldest ?? null };
}

/** The canonical URL when the page names one on its own host (a hostile page cannot claim another site's URL), else the final URL. */
export function documentUrl(finalUrl: string, canonical: string | null): string {
  if (!canonical) return finalUrl;
  try {
    const c = new URL(canonical, finalUrl);
    const f = new URL(finalUrl);
    if ((c.protocol === 'http:' || c.protocol === 'https:') && c.host === f.host) return c.href;
  } catch {
    // an unparsable canonical link is ignored
  }
  return finalUrl;
}
