/**
 * `eduwatch status`: per source, the last run and its counts, the last success, consecutive
 * failures, the last error, and warnings that a source has quietly broken: it used to yield
 * articles and has yielded none for much longer than it usually takes to publish one, or
 * extraction fails on most pages (the site changed its layout). A source is failing when its most
 * recent finished runs failed; `status` exits non-zero then, for monitors.
 *
 * "No new articles" alone is no warning: an incremental crawl of a quiet site (feeds answering 304
 * Not Modified) finds nothing new most of the time. The warning compares the silence with the
 * source's own publishing rhythm (publication dates of its documents).
 */
import type { Source } from '../crawlers/source-schema.js';
import type { DB } from './db.js';

export interface StatusOptions {
  /** Consecutive failed runs that make a source failing. */
  failAfter?: number;
  /** Finished runs without a new document, at least, before a source counts as quiet. */
  quietRuns?: number;
  /** Days without a new document, at least, before a source counts as quiet (more for sources that publish rarely). */
  quietDays?: number;
}

export interface RunSummary {
  runId: number;
  startedAt: string;
  endedAt: string | null;
  status: string;
  discovered: number;
  fetched: number;
  newDocuments: number;
  duplicates: number;
  noArticle: number;
  failed: number;
  skipped: number;
  errors: { url: string | null; message: string }[];
}

export interface SourceStatus {
  id: string;
  name: string;
  lastRun: RunSummary | null;
  /** End time of the last run that succeeded for this source. */
  lastSuccess: string | null;
  newInLastRun: number | null;
  consecutiveFailures: number;
  lastError: string | null;
  /** Documents stored from this source, and when the newest was stored. */
  documents: number;
  lastNewDocument: string | null;
  warnings: string[];
  failing: boolean;
}

const DEFAULT_FAIL_AFTER = 1;
const DEFAULT_QUIET_RUNS = 3;
const DEFAULT_QUIET_DAYS = 7;
/** A source is quiet after this many of its usual gaps between publications without a new document. */
const QUIET_GAPS = 3;
/** Documents whose publication dates give a source's usual gap. */
const RHYTHM_DOCUMENTS = 50;
const DAY_MS = 86_400_000;
/** Runs read per source. */
const HISTORY = 20;
/** Pages an extraction ratio needs before it means anything. */
const MIN_PAGES_FOR_RATIO = 4;
/** Share of pages with no article (or of failed fetches) that raises a warning. */
const BAD_RATIO = 0.5;

interface RunSourceRecord {
  run_id: number;
  started_at: string;
  ended_at: string | null;
  status: string;
  discovered: number;
  fetched: number;
  new_documents: number;
  duplicates: number;
  no_article: number;
  failed: number;
  skipped: number;
  errors: string;
  run_error: string | null;
}

const FINISHED = new Set(['ok', 'failed', 'partial']);

function summary(r: RunSourceRecord): RunSummary {
  let errors: RunSummary['errors'] = [];
  try {
    errors = JSON.parse(r.errors) as RunSummary['errors'];
  } catch {
    errors = [];
  }
  return {
    runId: r.run_id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    status: r.status,
    discovered: r.discovered,
    fetched: r.fetched,
    newDocuments: r.new_documents,
    duplicates: r.duplicates,
    noArticle: r.no_article,
    failed: r.failed,
    skipped: r.skipped,
    errors,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function sourceStatus(db: DB, sources: readonly Pick<Source, 'id' | 'name'>[], opts: StatusOptions = {}): SourceStatus[] {
  const failAfter = opts.failAfter ?? DEFAULT_FAIL_AFTER;
  const quietRuns = opts.quietRuns ?? DEFAULT_QUIET_RUNS;
  const history = db.prepare(
    `SELECT rs.run_id, rs.started_at, rs.ended_at, rs.status, rs.discovered, rs.fetched, rs.new_documents, rs.duplicates,
            rs.no_article, rs.failed, rs.skipped, rs.errors, r.error AS run_error
     FROM run_sources rs JOIN runs r ON r.id = rs.run_id
     WHERE rs.source_id = ? ORDER BY rs.run_id DESC LIMIT ${HISTORY}`,
  );
  const lastOk = db.prepare(`SELECT max(coalesce(ended_at, started_at)) FROM run_sources WHERE source_id = ? AND status = 'ok'`).pluck();
  const quietDays = opts.quietDays ?? DEFAULT_QUIET_DAYS;
  const runsSince = db
    .prepare(`SELECT count(*) FROM run_sources WHERE source_id = ? AND status IN ('ok', 'failed', 'partial') AND started_at > ?`)
    .pluck();
  const published = db
    .prepare(
      `SELECT substr(published_at, 1, 10) FROM documents WHERE source_id = ? AND published_at IS NOT NULL
       ORDER BY published_at DESC LIMIT ${RHYTHM_DOCUMENTS}`,
    )
    .pluck();
  const finishedOk = db.prepare(`SELECT count(*) FROM run_sources WHERE source_id = ? AND status = 'ok'`).pluck();
  const docs = db.prepare(`SELECT count(*) AS n, max(created_at) AS last FROM documents WHERE source_id = ?`);

  return sources.map((source) => {
    const runs = history.all(source.id) as RunSourceRecord[];
    const d = docs.get(source.id) as { n: number; last: string | null };
    const status: SourceStatus = {
      id: source.id,
      name: source.name,
      lastRun: runs.length ? summary(runs[0]) : null,
      lastSuccess: (lastOk.get(source.id) as string | null) ?? null,
      newInLastRun: runs.length ? runs[0].new_documents : null,
      consecutiveFailures: 0,
      lastError: null,
      documents: d.n,
      lastNewDocument: d.last,
      warnings: [],
      failing: false,
    };
    if (runs.length === 0) {
      status.warnings.push('never crawled: run `eduwatch crawl --source ' + source.id + '`');
      return status;
    }

    const finished = runs.filter((r) => FINISHED.has(r.status));
    for (const r of finished) {
      if (r.status !== 'failed') break;
      status.consecutiveFailures++;
    }
    for (const r of runs) {
      const errors = summary(r).errors;
      const last = errors[errors.length - 1];
      if (last) {
        status.lastError = last.url ? `${last.url}: ${last.message}` : last.message;
        break;
      }
      if (r.status === 'failed' && r.run_error) {
        status.lastError = r.run_error;
        break;
      }
    }
    status.failing = status.consecutiveFailures >= failAfter;
    if (status.failing) {
      status.warnings.push(`failed in the last ${plural(status.consecutiveFailures, 'run')}${status.lastError ? `: ${status.lastError}` : ''}`);
    }

    if (runs[0].status === 'interrupted') status.warnings.push(`the last run (#${runs[0].run_id}) was interrupted before it finished`);

    if (finished.length) {
      const latest = Date.parse(finished[0].started_at);
      if (d.n === 0) {
        const okRuns = finishedOk.get(source.id) as number;
        if (okRuns >= quietRuns) {
          status.warnings.push(`has yielded no article in ${plural(okRuns, 'run')} — check its discover settings with \`eduwatch sources test ${source.id}\``);
        }
      } else if (d.last) {
        const silentRuns = runsSince.get(source.id, d.last) as number;
        const silentDays = (latest - Date.parse(d.last)) / DAY_MS;
        const dates = (published.all(source.id) as string[]).map(Date.parse).filter((t) => !Number.isNaN(t));
        const usualGap = dates.length >= 2 ? (dates[0] - dates[dates.length - 1]) / (dates.length - 1) / DAY_MS : 0;
        if (silentRuns >= quietRuns && silentDays >= Math.max(quietDays, QUIET_GAPS * usualGap)) {
          status.warnings.push(
            `yielded articles before, none in the last ${plural(silentRuns, 'run')} (${Math.floor(silentDays)} days; ` +
              `the last new one was stored ${d.last.slice(0, 10)}) — the feed, sitemap or listing may have changed`,
          );
        }
      }
    }

    const last = finished[0];
    if (last) {
      const pages = last.new_documents + last.duplicates + last.no_article;
      if (pages >= MIN_PAGES_FOR_RATIO && last.no_article / pages >= BAD_RATIO) {
        status.warnings.push(
          `extraction found no article on ${last.no_article} of ${plural(pages, 'page')} in the last run — the site's layout may have changed`,
        );
      }
      const attempts = Math.max(last.fetched, last.failed);
      if (attempts >= MIN_PAGES_FOR_RATIO && last.failed / attempts >= BAD_RATIO) {
        status.warnings.push(`${last.failed} of ${attempts} article fetches failed in the last run`);
      }
    }
    return status;
  });
}
