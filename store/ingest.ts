/**
 * ingestPage(): store one fetched page with its full provenance in one transaction (see
 * _store-page.ts), extracting articles with the extraction pipeline unless told otherwise.
 */
import type { DB } from './db.js';
import { extractPage } from './extract-default.js';
import { storePage, type ExtractFn, type IngestPage, type IngestResult } from './_store-page.js';

export { storePage, documentUrl, telegramRange, type ExtractFn, type ExtractedExtras, type IngestOutcome, type IngestPage, type IngestResult } from './_store-page.js';

export function ingestPage(db: DB, runId: number | null, page: IngestPage, extract: ExtractFn = extractPage): IngestResult {
  return storePage(db, runId, page, extract);
}
