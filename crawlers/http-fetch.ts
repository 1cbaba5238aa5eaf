/**
 * One HTTP fetch outside a crawler run, with the same policy as the HttpCrawler path (got-scraping,
 * same options, same body reader). Used for robots.txt and for the main document of browser pages,
 * whose raw bytes eduwatch fetches itself and hands to Chromium.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { gotScraping } from '@crawlee/utils';
import type { FetchJob, RawResponse, SourceRuntime } from './fetch-core.js';
import { FatalFetchError, keptHeaders, policyGotOptions, readLimitedBody, RetryableFetchError, wantsBody } from './fetch-core.js';

type GotStream = Readable & { once(event: 'response', cb: (r: IncomingMessage & { url: string }) => void): GotStream };

/** Fetch a job's URL once. Throws FatalFetchError / RetryableFetchError / got's errors; never retries. */
export async function policyFetch(rt: SourceRuntime, job: FetchJob, signal?: AbortSignal): Promise<RawResponse> {
  const refusal = rt.policy.refusal(job.url);
  if (refusal) throw new FatalFetchError(refusal);
  const pol = rt.source.politeness;
  const stream = (await gotScraping({ url: job.url, ...policyGotOptions(rt, job, signal), isStream: true } as never)) as unknown as GotStream;
  const response = await new Promise<IncomingMessage & { url: string }>((resolve, reject) => {
    stream.once('response', resolve);
    stream.once('error', (err: Error) => {
      const e = err as Error & { name?: string };
      reject(e.name === 'TimeoutError' ? new RetryableFetchError(`no response within ${pol.timeout} s`, null) : err);
    });
  });
  const status = response.statusCode ?? 0;
  let body: Buffer;
  if (wantsBody(status)) {
    body = await readLimitedBody(stream, {
      maxBytes: pol.maxBytes,
      timeoutMs: pol.timeout * 1000,
      contentLength: response.headers['content-length'] ?? null,
      status,
    });
  } else {
    stream.destroy();
    body = Buffer.alloc(0);
  }
  return { status, headers: keptHeaders(response.headers), finalUrl: response.url || job.url, body, fetchedAt: new Date().toISOString() };
}
