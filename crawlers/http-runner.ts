/**
 * Static fetching with crawlee's HttpCrawler. eduwatch's subclass reads the body itself (raw bytes,
 * size limit, no decoding by crawlee) and the pre-navigation hook applies the source's policy to
 * got's options (User-Agent, conditional headers, redirects only within the source's hosts, no
 * private addresses, timeout) after waiting for the host's turn.
 */
import type { IncomingMessage } from 'node:http';
import { HttpCrawler, type HttpCrawlerOptions, type HttpCrawlingContext } from '@crawlee/http';
import type { Request } from '@crawlee/core';
import type { FetchJob, SourceRuntime } from './fetch-core.js';
import { buildPage, classifyStatus, FatalFetchError, keptHeaders, policyGotOptions, readLimitedBody, wantsBody } from './fetch-core.js';
import { EduwatchHttpClient } from './http-client.js';
import { HANDLER_SLACK_SECS, memoryConfiguration, openQueue, RunBook, type OutcomeHandler } from './crawlee-setup.js';
import { hostKey } from './url-policy.js';

class EduwatchHttpCrawler extends HttpCrawler<HttpCrawlingContext> {
  constructor(private readonly rt: SourceRuntime, options: HttpCrawlerOptions<HttpCrawlingContext>, config: ReturnType<typeof memoryConfiguration>) {
    super(options, config);
  }

  /** Read the raw bytes (bounded), never letting crawlee decode or buffer an unbounded body. */
  protected override async _parseResponse(_request: Request, responseStream: IncomingMessage) {
    const status = responseStream.statusCode ?? 0;
    const type = String(responseStream.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() || 'application/octet-stream';
    let body: Buffer;
    if (wantsBody(status)) {
      body = await readLimitedBody(responseStream, {
        maxBytes: this.rt.source.politeness.maxBytes,
        timeoutMs: this.rt.source.politeness.timeout * 1000,
        contentLength: responseStream.headers['content-length'] ?? null,
        contentEncoding: responseStream.headers['content-encoding'] ?? null,
        status,
      });
    } else {
      responseStream.destroy();
      body = Buffer.alloc(0);
    }
    return { body, response: responseStream, contentType: { type, encoding: 'latin1' as BufferEncoding }, isXml: type.includes('xml') };
  }

  protected override _handleRequestTimeout(): void {
    throw new Error(`no response within ${this.rt.source.politeness.timeout} s`);
  }
}

/** Fetch `jobs` (and whatever the handler enqueues) over HTTP, reporting each outcome once. */
export async function runHttpJobs(rt: SourceRuntime, jobs: FetchJob[], onOutcome: OutcomeHandler): Promise<void> {
  if (jobs.length === 0) return;
  const pol = rt.source.politeness;
  const book = new RunBook(rt, onOutcome);
  const config = memoryConfiguration();
  const requestQueue = await openQueue(config);
  let crawler: EduwatchHttpCrawler | undefined;
  const ctl = { enqueue: async (more: FetchJob[]) => void (await crawler!.addRequests(book.toRequests(more))) };
  // Each request gets its own signal, following the run's while the request lasts. got never
  // removed its listener from the run-wide signal (the request stream is not destroyed), so every
  // request and its response body stayed reachable until the run ended: +0.3 MB of buffers per page.
  const linked = new Map<string, () => void>();
  const unlink = (key: string) => {
    linked.get(key)?.();
    linked.delete(key);
  };
  const requestSignal = (key: string): AbortSignal => {
    unlink(key);
    const own = new AbortController();
    const outer = book.abort.signal;
    if (outer.aborted) own.abort();
    const onAbort = () => own.abort();
    outer.addEventListener('abort', onAbort, { once: true });
    linked.set(key, () => outer.removeEventListener('abort', onAbort));
    return own.signal;
  };

  crawler = new EduwatchHttpCrawler(
    rt,
    {
      requestQueue,
      httpClient: new EduwatchHttpClient(),
      useSessionPool: false,
      persistCookiesPerSession: false,
      maxRequestRetries: pol.retries,
      maxConcurrency: pol.concurrency,
      minConcurrency: 1,
      autoscaledPoolOptions: { desiredConcurrency: pol.concurrency, maybeRunIntervalSecs: 0.05, loggingIntervalSecs: null },
      navigationTimeoutSecs: pol.timeout,
      requestHandlerTimeoutSecs: pol.timeout + HANDLER_SLACK_SECS,
      additionalMimeTypes: ['*/*'],
      statusMessageLoggingInterval: 3600,
      preNavigationHooks: [
        async ({ request }, gotOptions) => {
          const refusal = rt.policy.refusal(request.url);
          if (refusal) throw new FatalFetchError(refusal);
          const ticket = await rt.gate.acquire(hostKey(request.url), pol.delay * 1000, book.abort.signal, pol.timeout * 1000);
          Object.assign(gotOptions, policyGotOptions(rt, book.job(request), requestSignal(request.uniqueKey)), { eduwatchTicket: ticket });
        },
      ],
      postNavigationHooks: [async ({ request }) => unlink(request.uniqueKey)],
      requestHandler: async ({ request, response, body }) => {
        const job = book.job(request);
        const status = response.statusCode ?? 0;
        const headers = keptHeaders(response.headers);
        const finalUrl = response.url || request.url;
        if (classifyStatus(rt, status, headers, finalUrl) === 'not-modified') {
          await book.deliver({ type: 'not-modified', job }, ctl);
          return;
        }
        const raw = { status, headers, finalUrl, body: body as Buffer, fetchedAt: new Date().toISOString() };
        await book.deliver({ type: 'page', job, page: buildPage(rt, job, raw, 'http') }, ctl);
      },
      errorHandler: async (ctx, err) => {
        unlink(ctx.request.uniqueKey);
        return book.errorHandler(ctx, err);
      },
      failedRequestHandler: async (ctx, err) => {
        unlink(ctx.request.uniqueKey);
        return book.failedRequestHandler(ctx, err);
      },
    },
    config,
  );
  book.linkAbort(() => crawler!.stop('eduwatch crawl aborted'));
  try {
    if (!book.aborted) await crawler.run(book.toRequests(jobs));
  } finally {
    await book.drain();
    book.dispose();
  }
}
