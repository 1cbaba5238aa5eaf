/**
 * The per-source crawl summary printed at the end of `crawl`, `schedule` runs and the demo: a
 * table for people, or one JSON object for scripts.
 */
import type { CrawlRunResult, SourceSummary } from './crawl-run.js';
import { renderTable, type Column } from './output.js';

/** Longest "last problem" shown in a terminal; in a file or a pipe it is printed whole. */
const PROBLEM_CHARS_TTY = 60;

const columns = (problemMax: number): Column<SourceSummary>[] => [
  { header: 'source', value: (s) => s.source, max: 28 },
  { header: 'status', value: (s) => s.status },
  { header: 'discovered', value: (s) => s.discovered, align: 'right' },
  { header: 'fetched', value: (s) => s.fetched, align: 'right' },
  { header: 'new', value: (s) => s.new, align: 'right' },
  { header: 'duplicates', value: (s) => s.duplicates, align: 'right' },
  { header: 'no article', value: (s) => s.noArticle, align: 'right' },
  { header: 'failed', value: (s) => s.failed, align: 'right' },
  { header: 'skipped', value: (s) => s.skipped, align: 'right' },
  { header: 'last problem', value: (s) => s.error, max: problemMax },
];

export interface SummaryJson {
  runId: number;
  status: string;
  sources: SourceSummary[];
  totals: Omit<SourceSummary, 'source' | 'status' | 'error'>;
}

export function summaryJson(result: CrawlRunResult): SummaryJson {
  const totals = { discovered: 0, fetched: 0, new: 0, duplicates: 0, noArticle: 0, failed: 0, skipped: 0 };
  for (const s of result.sources) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += s[k];
  return { runId: result.runId, status: result.status, sources: result.sources, totals };
}

/** The summary table; `tty`: cut the last problem to fit a terminal line (default: stdout is a terminal). */
export function summaryTable(result: CrawlRunResult, tty: boolean = Boolean(process.stdout.isTTY)): string {
  const t = summaryJson(result).totals;
  const total = `total: ${t.discovered} discovered, ${t.fetched} fetched, ${t.new} new, ${t.duplicates} duplicates, ${t.failed} failed`;
  return `Run #${result.runId}: ${result.status}\n` + renderTable(columns(tty ? PROBLEM_CHARS_TTY : Infinity), result.sources) + total + '\n';
}
