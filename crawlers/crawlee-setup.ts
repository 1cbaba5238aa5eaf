/**
 * What the HTTP and browser runners share around crawlee: an in-memory storage per run (nothing is
 * written to ./storage and nothing eduwatch needs is purged: resume state lives in the SQLite store),
 * quiet logs, the job registry, retry backoff, failure reporting and abort handling.
 */
import { setMaxListeners } from 'node:events';
import { Configuration, RequestQueue, log, LogLevel } from '@crawlee/core';
import { MemoryStorage } from '@crawlee/memory-storage';
import type { FetchJob, FetchOutcome, SourceRuntime } from './fetch-core.js';
import { FatalFetchError, failureMessage, failureStatus, isFatal, RetryableFetchError } from './fetch-core.js';
import { backoffMs, sleep } from './politeness.js';
import { hostKey } from './url-policy.js';

/** Lets an outcome handler add follow-up fetches (sitemap index children, next listing pages). */
export interface RunControl {
  enqueue(jobs: FetchJob[]): Promise<void>;
}
export type OutcomeHandler = (outcome: FetchOutcome, ctl: RunControl) => Promise<void>;

/** crawlee logs to stdout; eduwatch reports through onEvent. CRAWLEE_LOG_LEVEL still wins for debugging. */
export function quietCrawlee(): void {
  if (process.env.CRAWLEE_LOG_LEVEL) return;
  log.setLevel(LogLevel.OFF);
}

/** A fresh crawlee configuration with memory-only storage, for one run. */
export function memoryConfiguration(): Configuration {
  quietCrawlee();
  return new Configuration({
    persistStorage: false,
    purgeOnStart: false,
    storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
    headless: true,
  });
}

/** Seconds of the crawlee request-handler budget beyond the fetch itself: gate waits (≤120 s) + onPage. */
export const HANDLER_SLACK_SECS = 150;

interface RequestLike {
  url: string;
  uniqueKey: string;
  retryCount: number;
  noRetry: boolean;
}

/**
 * The bookkeeping of one crawlee run: jobs by unique key, an abort controller chained to the crawl's
 * signal, and the errorHandler / failedRequestHandler both runners install.
 */
export class RunBook {
  readonly jobs = new Map<string, FetchJob>();
  readonly abort = new AbortController();
  private unlink: (() => void) | null = null;
  private inflight = new Set<Promise<unknown>>();

  constructor(readonly rt: SourceRuntime, readonly onOutcome: OutcomeHandler) {
    // Every request in flight or waiting at the host gate listens to this signal.
    setMaxListeners(1000, this.abort.signal);
  }

  static key(job: FetchJob): string {
    return `${job.kind} ${job.url}`;
  }

  /** Requests for crawlee, registering jobs; jobs already seen in this run are dropped. */
  toRequests(jobs: FetchJob[]): { url: string; uniqueKey: string }[] {
    const out: { url: string; uniqueKey: string }[] = [];
    for (const job of jobs) {
      const uniqueKey = RunBook.key(job);
      if (this.jobs.has(uniqueKey)) continue;
      this.jobs.set(uniqueKey, job);
      out.push({ url: job.url, uniqueKey });
    }
    return out;
  }

  job(request: { uniqueKey: string; url: string }): FetchJob {
    return this.jobs.get(request.uniqueKey) ?? { url: request.url, kind: 'article' };
  }

  get aborted(): boolean {
    return this.abort.signal.aborted;
  }

  /** Stop the crawler when the crawl's signal aborts; in-flight downloads are cancelled too. */
  linkAbort(stop: () => void): void {
    const outer = this.rt.signal;
    if (!outer) return;
    const onAbort = () => {
      this.abort.abort();
      stop();
    };
    if (outer.aborted) onAbort();
    else {
      outer.addEventListener('abort', onAbort, { once: true });
      this.unlink = () => outer.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Run an outcome handler so that the run can wait for it: crawlee's own SIGINT handling aborts its
   * pool without waiting, and a page in hand must still reach onPage before the crawl returns.
   */
  track<T>(fn: () => Promise<T>): Promise<T> {
    const p = fn();
    this.inflight.add(p);
    const forget = () => this.inflight.delete(p);
    p.then(forget, forget);
    return p;
  }

  /**
   * Hand an outcome to the handler from inside a crawlee request handler. A handler error is not a
   * reason to fetch the URL again, so it becomes a non-retryable failure.
   */
  async deliver(outcome: FetchOutcome, ctl: RunControl): Promise<void> {
    try {
      await this.track(() => this.onOutcome(outcome, ctl));
    } catch (err) {
      throw new FatalFetchError(`internal error while handling ${outcome.job.url}: ${(err as Error).message}`);
    }
  }

  /** Wait for every tracked handler still running. */
  async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  dispose(): void {
    this.unlink?.();
    this.unlink = null;
  }

  /**
   * crawlee calls this before re-queueing a failed attempt: fatal errors and aborts are not retried;
   * 429 with Retry-After holds the whole host; other errors back off exponentially.
   */
  errorHandler = async ({ request }: { request: RequestLike }, error: Error): Promise<void> => {
    if (this.aborted || isFatal(error)) {
      request.noRetry = true;
      return;
    }
    const delayMs = this.rt.source.politeness.delay * 1000;
    const retryAfter = error instanceof RetryableFetchError ? error.retryAfterMs : null;
    if (retryAfter !== null) {
      this.rt.gate.holdUntil(hostKey(request.url), Date.now() + retryAfter);
      return;
    }
    try {
      await sleep(backoffMs(request.retryCount + 1, delayMs), this.abort.signal);
    } catch {
      request.noRetry = true;
    }
  };

  /** Attempts exhausted (or not retryable): report a failure, unless the crawl was aborted. */
  failedRequestHandler = async ({ request }: { request: RequestLike }, error: Error): Promise<void> => {
    if (this.aborted) return;
    await this.track(() =>
      this.onOutcome(
        { type: 'failed', job: this.job(request), status: failureStatus(error), message: failureMessage(error) },
        { enqueue: async () => {} },
      ),
    );
  };
}

/** A request queue opened on the run's own configuration (so crawlee sizes its locks from our timeouts). */
export async function openQueue(config: Configuration): Promise<RequestQueue> {
  return await RequestQueue.open(null, { config });
}
