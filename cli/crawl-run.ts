/**
 * One crawl run, wired from the crawlers to the store: the run and its per-source rows, every
 * fetched page ingested (with its counters, in one transaction), progress shown or logged, and
 * the run finished as ok / partial / failed / interrupted. Used by `crawl`, `schedule` and the demo.
 */
import { crawlSources, type CrawlEvent, type CrawlHooks, type HostGate } from '../crawlers/index.js';
import type { Source } from '../crawlers/source-schema.js';
import {
  addRunSourceError,
  bumpRunSource,
  finishRun,
  finishRunSource,
  getValidators,
  ingestPage,
  isKnownUrl,
  telegramRange,
  markInterruptedRuns,
  saveValidators,
  startRun,
  startRunSource,
  upsertSources,
  waitForCrawlLock,
  ExtractPool,
  type DB,
  type IngestPage,
  type RunSourceCounter,
  type RunStatus,
} from '../store/index.js';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { ExtractedDocument, FetchedPage } from '../types.js';

const gzipAsync = promisify(gzip);
import { zeroCounts, type Progress, type SourceCounts } from './progress.js';

export type SourceRunStatus = 'ok' | 'failed' | 'interrupted';

/** What the crawl summary shows per source (the run's run_sources row). */
export interface SourceSummary extends SourceCounts {
  source: string;
  status: SourceRunStatus;
  /** The last problem reported for this source in this run, if any. */
  error: string | null;
}

export interface CrawlRunResult {
  runId: number;
  status: RunStatus;
  sources: SourceSummary[];
}

export interface CrawlRunOptions {
  db: DB;
  sources: Source[];
  progress: Progress;
  maxArticles?: number;
  signal?: AbortSignal;
  /** Recorded on the run (what started it). */
  command?: unknown;
  /** How long to wait for another process's crawl of this store to end (default 0: refuse at once). */
  waitMs?: number;
  /** A host gate shared with other crawls of this process (the scheduler's). */
  gate?: HostGate;
  /** Telegram channels: also read up to N older posts per channel. */
  backfill?: number;
}

interface SourceState {
  counts: SourceCounts;
  state: string;
  sourceErrors: number;
  /** A source-error that means the source as a whole did not work (refused address, robots.txt unreachable). */
  fatal: boolean;
  articleFailures: number;
  /** Article fetches answered 2xx. */
  articlesOk: number;
  lastError: string | null;
  ended: boolean;
}

/** The counter in run_sources for each of ours. */
const COLUMN: Record<keyof SourceCounts, RunSourceCounter> = {
  discovered: 'discovered',
  fetched: 'fetched',
  new: 'new_documents',
  duplicates: 'duplicates',
  noArticle: 'no_article',
  failed: 'failed',
  skipped: 'skipped',
};

const OUTCOME_COUNTER = { new: 'new', duplicate: 'duplicates', 'no-article': 'noArticle' } as const;

/**
 * A source failed entirely when no article was fetched and either every article fetch failed or
 * it reported a source error without finding a single article URL.
 */
function sourceFailed(s: SourceState): boolean {
  return s.articlesOk === 0 && (s.fatal || s.articleFailures > 0 || (s.sourceErrors > 0 && s.counts.discovered === 0));
}

export async function runCrawl(opts: CrawlRunOptions): Promise<CrawlRunResult> {
  const { db, sources, progress } = opts;
  // One crawling process per store: a second one waits (waitMs) or refuses, naming the first.
  const lock = await waitForCrawlLock(db, sources.map((s) => s.id), { waitMs: opts.waitMs ?? 0, signal: opts.signal });
  const pool = new ExtractPool();
  try {
    return await crawlLocked(opts, pool);
  } finally {
    await pool.close();
    lock.release();
  }
}

async function crawlLocked(opts: CrawlRunOptions, pool: ExtractPool): Promise<CrawlRunResult> {
  const { db, sources, progress } = opts;
  const interrupted = markInterruptedRuns(db);
  if (interrupted > 0) progress.log('info', 'stale-runs', { message: `marked ${interrupted} unfinished earlier run(s) interrupted` });
  upsertSources(db, sources);
  const runId = startRun(db, opts.command ?? null);
  const states = new Map<string, SourceState>();
  for (const s of sources) {
    startRunSource(db, runId, s.id);
    states.set(s.id, { counts: zeroCounts(), state: 'waiting', sourceErrors: 0, fatal: false, articleFailures: 0, articlesOk: 0, lastError: null, ended: false });
    progress.update(s.id, zeroCounts(), 'waiting');
  }
  progress.log('info', 'run-start', { runId, sources: sources.map((s) => s.id) });

  const stateOf = (id: string): SourceState => {
    const s = states.get(id);
    if (!s) throw new Error(`crawl event for unknown source "${id}"`);
    return s;
  };
  const bump = (id: string, counter: keyof SourceCounts) => {
    stateOf(id).counts[counter]++;
    bumpRunSource(db, runId, id, COLUMN[counter]);
  };
  const recordError = (id: string, url: string | null, message: string) => {
    stateOf(id).lastError = url ? `${url}: ${message}` : message;
    addRunSourceError(db, runId, id, url, message);
  };
  const show = (id: string, state?: string) => {
    const s = stateOf(id);
    if (state) s.state = state;
    progress.update(id, s.counts, s.state);
  };

  const onPage = async (fetched: FetchedPage) => {
    // Compress the archived bytes on the thread pool: a 70 MB sitemap must not stall the other
    // sources' requests while it is gzipped.
    const page: IngestPage = { ...fetched, bodyGz: await gzipAsync(fetched.body) };
    const id = page.sourceId;
    // Extraction runs on the pool's worker thread; its result (or error) is what the store records.
    let extracted: { doc: ExtractedDocument | null } | { error: Error } | null = null;
    if (page.kind === 'article' && page.status >= 200 && page.status < 300 && !page.rejected) {
      extracted = await pool.extract(page).then((doc) => ({ doc }), (error: Error) => ({ error }));
    }
    const extract = () => {
      if (extracted && 'error' in extracted) throw extracted.error;
      return extracted?.doc ?? null;
    };
    // The fetch, its document and the run counters land together or not at all.
    const result = db.transaction(() => {
      const r = ingestPage(db, runId, page, extract);
      if (page.kind === 'article') {
        bump(id, 'fetched');
        if (page.status >= 200 && page.status < 300) stateOf(id).articlesOk++;
        const counter = OUTCOME_COUNTER[r.outcome as keyof typeof OUTCOME_COUNTER];
        if (counter) bump(id, counter);
      }
      if (r.error) recordError(id, page.finalUrl, r.error);
      return r;
    })();
    const fields = { source: id, url: page.finalUrl, kind: page.kind, status: page.status, outcome: result.outcome, documentId: result.documentId };
    progress.log(page.kind === 'article' ? 'info' : 'debug', 'page', fields);
    if (result.error) progress.log('warn', 'extract-failed', { source: id, url: page.finalUrl, message: result.error });
    show(id);
  };

  const onEvent = (e: CrawlEvent) => {
    const s = stateOf(e.sourceId);
    switch (e.type) {
      case 'source-start':
        progress.log('info', 'source-start', { source: e.sourceId });
        show(e.sourceId, 'discovering');
        return;
      case 'discovered':
        bump(e.sourceId, 'discovered');
        progress.log('debug', 'discovered', { source: e.sourceId, url: e.url, via: e.via });
        break;
      case 'skipped':
        bump(e.sourceId, 'skipped');
        progress.log('debug', 'skipped', { source: e.sourceId, url: e.url, reason: e.reason });
        break;
      case 'fetched':
        if (e.kind === 'article') s.state = 'fetching';
        progress.log('debug', 'fetched', { source: e.sourceId, url: e.url, kind: e.kind, status: e.status });
        break;
      case 'not-modified':
        progress.log('debug', 'not-modified', { source: e.sourceId, url: e.url });
        break;
      case 'note':
        progress.log('info', 'note', { source: e.sourceId, message: e.message });
        break;
      case 'failed':
        if (e.kind === 'article') {
          s.articleFailures++;
          bump(e.sourceId, 'failed');
        }
        recordError(e.sourceId, e.url, e.message);
        progress.log('warn', 'fetch-failed', { source: e.sourceId, url: e.url, kind: e.kind, status: e.status, message: e.message });
        break;
      case 'source-error':
        s.sourceErrors++;
        if (e.fatal) s.fatal = true;
        recordError(e.sourceId, null, e.message);
        progress.log('error', 'source-error', { source: e.sourceId, message: e.message });
        break;
      case 'source-end': {
        s.ended = true;
        const status: SourceRunStatus = opts.signal?.aborted ? 'interrupted' : sourceFailed(s) ? 'failed' : 'ok';
        finishRunSource(db, runId, e.sourceId, status);
        progress.log(status === 'failed' ? 'error' : 'info', 'source-end', { source: e.sourceId, status, ...s.counts });
        show(e.sourceId, status === 'ok' ? 'done' : status);
        return;
      }
    }
    show(e.sourceId);
  };

  const hooks: CrawlHooks = {
    isKnown: (url) => isKnownUrl(db, url),
    getValidators: (url) => {
      const v = getValidators(db, url);
      if (!v) return null;
      return { ...(v.etag ? { etag: v.etag } : {}), ...(v.lastModified ? { lastModified: v.lastModified } : {}) };
    },
    saveValidators: (url, v) => saveValidators(db, url, v),
    onPage,
    onEvent,
    telegramRange: (sourceId, channel) => telegramRange(db, sourceId, channel),
  };

  let crashed: Error | null = null;
  try {
    await crawlSources(sources, hooks, { maxArticles: opts.maxArticles, signal: opts.signal, gate: opts.gate, backfill: opts.backfill });
  } catch (err) {
    crashed = err as Error;
  }

  const summaries: SourceSummary[] = sources.map((src) => {
    const s = stateOf(src.id);
    const status: SourceRunStatus = !s.ended || opts.signal?.aborted ? 'interrupted' : sourceFailed(s) ? 'failed' : 'ok';
    return { source: src.id, status, ...s.counts, error: s.lastError };
  });
  const failed = summaries.filter((s) => s.status === 'failed').length;
  let status: RunStatus;
  if (opts.signal?.aborted || summaries.some((s) => s.status === 'interrupted')) status = 'interrupted';
  else if (crashed || failed === summaries.length) status = 'failed';
  else status = failed > 0 ? 'partial' : 'ok';
  finishRun(db, runId, status, crashed ? (crashed.stack ?? crashed.message) : undefined);
  progress.close();
  progress.log('info', 'run-end', { runId, status });
  if (crashed) throw crashed;
  return { runId, status, sources: summaries };
}

/** Exit codes for a run stopped by a signal (128 + signal number), as shells report them. */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

export interface Interrupts {
  signal: AbortSignal;
  /** The signal that stopped the work, if any. */
  readonly received: 'SIGINT' | 'SIGTERM' | null;
  dispose(): void;
}

/**
 * SIGINT / SIGTERM abort the work: no new request starts, the page in hand is stored. A second
 * signal stops at once (every page is stored in its own transaction, so the store stays intact).
 */
export function handleInterrupts(progress: Progress): Interrupts {
  const controller = new AbortController();
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  const handler = (sig: 'SIGINT' | 'SIGTERM') => {
    if (received) {
      progress.log('warn', 'interrupt', { message: `second ${sig}: stopping now` });
      process.exit(SIGNAL_EXIT[sig]);
    }
    received = sig;
    progress.log('warn', 'interrupt', { message: `${sig}: finishing the page in hand, then stopping (send again to stop at once)` });
    controller.abort(new Error(`interrupted by ${sig}`));
  };
  const onInt = () => handler('SIGINT');
  const onTerm = () => handler('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
