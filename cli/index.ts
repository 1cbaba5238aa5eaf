/**
 * The CLI stage's public face: the command tree and its runner, the crawl-run wiring the demo and
 * the scheduler share, and the output helpers every command uses.
 */
export { main, runCli } from './app.js';
export { CLIError, EXIT } from './errors.js';
export { runCrawl, handleInterrupts, SIGNAL_EXIT, type CrawlRunOptions, type CrawlRunResult, type SourceSummary, type Interrupts } from './crawl-run.js';
export { createProgress, zeroCounts, type Progress, type ProgressOptions, type SourceCounts, type Level } from './progress.js';
export { summaryJson, summaryTable, type SummaryJson } from './summary.js';
export { displayWidth, truncate, renderTable, formatRows, rowWriter, csvField, csvLine, FORMATS, type Format, type Column, type RowWriter } from './output.js';
export { isDue, dueSources, lastScheduledTime, type DueDecision } from './due.js';
export { acquireSchedulerLock, lockFileFor, type SchedulerLock } from './schedule-lock.js';
