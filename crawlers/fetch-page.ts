/**
 * fetchPage: one URL of a source, fetched exactly as a crawl would (hosts, robots.txt, redirects,
 * size limit, retries, and Chromium for `render: browser` articles and listings). For
 * `sources test` / `sources add`.
 */
import type { FetchedPage, FetchKind } from '../types.js';
import type { Source } from './source-schema.js';
import type { FetchOutcome } from './fetch-core.js';
import { createRuntime } from './fetch-core.js';
import { RobotsCache } from './robots.js';
import { runJobs } from './run-jobs.js';
import { normalizeUrl } from './url-policy.js';

/** A fetch that ended without a page; `status` is the last HTTP status seen, if any. */
export class FetchFailedError extends Error {
  constructor(readonly url: string, readonly status: number | null, message: string) {
    super(message);
    this.name = 'FetchFailedError';
  }
}

export async function fetchPage(source: Source, url: string, opts: { kind?: FetchKind } = {}): Promise<FetchedPage> {
  const kind = opts.kind ?? 'article';
  const normalized = normalizeUrl(url);
  if (!normalized) throw new FetchFailedError(url, null, `not an absolute http(s) URL: ${url}`);
  const rt = createRuntime(source);
  const refusal = rt.policy.refusal(normalized);
  if (refusal) throw new FetchFailedError(normalized, null, `${normalized}: ${refusal}`);
  if (kind !== 'robots') {
    const rules = await new RobotsCache(rt, async () => {}).rulesFor(normalized);
    if (!rules.isAllowed(normalized)) {
      const origin = new URL(normalized).origin;
      const why = rules.basis === 'unreachable'
        ? `robots.txt of ${origin} could not be fetched (server error or unreachable), so nothing on that host is fetched (RFC 9309)`
        : `disallowed by robots.txt of ${origin}`;
      throw new FetchFailedError(normalized, null, `${normalized}: ${why}`);
    }
  }
  const browser = source.render === 'browser' && (kind === 'article' || kind === 'listing');
  let result: FetchOutcome | null = null;
  await runJobs(rt, browser ? 'browser' : 'http', [{ url: normalized, kind }], async (o) => {
    result = o;
  });
  const outcome = result as FetchOutcome | null;
  if (outcome?.type === 'page') return outcome.page;
  if (outcome?.type === 'failed') throw new FetchFailedError(normalized, outcome.status, `${normalized}: ${outcome.message}`);
  throw new FetchFailedError(normalized, 304, `${normalized}: no page (HTTP 304 Not Modified)`);
}
