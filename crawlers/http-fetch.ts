/**
 * One HTTP fetch outside a crawler run, with the same policy as the HttpCrawler path (the same
 * got options, client and body reader). Used for robots.txt and for the main document of browser
 * pages, whose raw bytes eduwatch fetches itself and hands to Chromium.
 */
import type { FetchJob, RawResponse, SourceRuntime } from './fetch-core.js';
import { FatalFetchError, keptHeaders, policyGotOptions, readLimitedBody, wantsBody } from './fetch-core.js';
import { openResponse } from './http-client.js';
import type { GateTicket } from './politeness.js';

/** Fetch a job's URL once. Throws FatalFetchError / RetryableFetchError / got's errors; never retries. */
export async function policyFetch(rt: SourceRuntime, job: FetchJob, signal?: AbortSignal, ticket?: GateTicket): Promise<RawResponse> {
  const refusal = rt.policy.refusal(job.url);
  if (refusal) {
    ticket?.release();
    throw new FatalFetchError(refusal);
  }
  const pol = rt.source.politeness;
  const opened = await openResponse({ url: job.url, ...policyGotOptions(rt, job), eduwatchTicket: ticket }, signal);
  try {
    const { response, stream } = opened;
    const status = response.statusCode ?? 0;
    const body = wantsBody(status)
      ? await readLimitedBody(stream, {
          maxBytes: pol.maxBytes,
          timeoutMs: pol.timeout * 1000,
          contentLength: response.headers['content-length'] ?? null,
          contentEncoding: response.headers['content-encoding'] ?? null,
          status,
        })
      : Buffer.alloc(0);
    return { status, headers: keptHeaders(response.headers), finalUrl: response.url || job.url, body, fetchedAt: new Date().toISOString() };
  } finally {
    opened.dispose();
  }
}
