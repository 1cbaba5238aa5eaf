/**
 * The evidence store's public face: open it, record sources and runs, ingest fetched pages,
 * re-extract, query, search, follow the evidence chain, export, and report source health.
 */
export { openStore, migrate, appliedMigrations, foldText, DEFAULT_DB, type DB, type OpenOptions } from './db.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { upsertSources } from './sources.js';
export {
  startRun,
  finishRun,
  markInterruptedRuns,
  startRunSource,
  bumpRunSource,
  addRunSourceError,
  finishRunSource,
  MAX_RUN_SOURCE_ERRORS,
  type RunStatus,
  type RunSourceStatus,
  type RunSourceCounter,
} from './runs.js';
export { isKnownUrl, getValidators, saveValidators, type Validators } from './known.js';
export { ingestPage, storePage, documentUrl, telegramRange, type IngestResult, type IngestOutcome, type IngestPage, type ExtractFn, type ExtractedExtras } from './ingest.js';
export { sha256Hex } from './_hash.js';
export { reextract, staleDocumentIds, removeOrphanInstitutions, type ReextractOptions, type ReextractResult } from './reextract.js';
export { reextractParallel, type ParallelReextractOptions } from './reextract-workers.js';
export { type EventFilters } from './queries/filters.js';
export { queryEvents, type EventRow, type EventParticipant, type EventProvenance, type EventIncident } from './queries/events.js';
export { queryDocuments, type DocumentRow } from './queries/documents.js';
export { queryInstitutions, type InstitutionRow, type InstitutionFilters } from './queries/institutions.js';
export { searchDocuments, parseSearch, DEFAULT_MARKS, type SearchRow, type SearchOptions } from './search.js';
export { rebuildSearchIndex, ensureSearchIndex } from './search-index.js';
export { getEvidence, readRawBody, readRendered, type Evidence } from './evidence.js';
export { iterateExport, exportColumns, exportQuery, EXPORT_KINDS, type ExportWhat } from './export.js';
export { ExtractPool, EXTRACT_TIMEOUT_MS } from './extract-pool.js';
export { sanitizeDocumentHtml, ensureSanitizedHtml, SANITIZER_VERSION } from './sanitize.js';
export { acquireCrawlLock, waitForCrawlLock, CrawlBusyError, holderAlive, pidAlive, STALE_MS, type CrawlLock } from './crawl-lock.js';
export { deadRuns, closeDeadRuns } from './runs.js';
export { sourceStatus, type SourceStatus, type RunSummary, type StatusOptions } from './status.js';
export { queryIncidents, getIncidentEvidence, CORROBORATION_LEVELS, type IncidentRow, type IncidentFilters, type IncidentEvidence, type IncidentReportRow } from './queries/incidents.js';
export { rebuildIncidents, ensureIncidents, parseGrade, settlementKey, sameSettlement, incidentHandle, HANDLE_PATTERN, type Reliability } from './incidents/index.js';
// WARC (store/warc.ts) is imported directly by the commands that write or read archives: warcio
// takes ~100 ms to load, which the other commands should not pay.
