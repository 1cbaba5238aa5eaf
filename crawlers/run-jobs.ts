/** Pick the runner for a render mode: crawlee's HttpCrawler or PlaywrightCrawler. */
import type { FetchJob, SourceRuntime } from './fetch-core.js';
import type { OutcomeHandler } from './crawlee-setup.js';
import { runHttpJobs } from './http-runner.js';
import { runBrowserJobs } from './browser.js';

export type RenderMode = 'http' | 'browser';

export async function runJobs(rt: SourceRuntime, mode: RenderMode, jobs: FetchJob[], onOutcome: OutcomeHandler): Promise<void> {
  if (mode === 'browser') await runBrowserJobs(rt, jobs, onOutcome);
  else await runHttpJobs(rt, jobs, onOutcome);
}
