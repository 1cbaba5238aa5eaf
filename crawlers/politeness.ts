/**
 * Politeness: a per-host gate spacing request starts by the source's delay and holding a host back
 * after 429/5xx; Retry-After parsing; exponential backoff.
 */

/** Longest Retry-After eduwatch honours; a server asking for more is waited on this long, then retried. */
export const MAX_RETRY_AFTER_MS = 120_000;
/** Longest backoff between two attempts of one URL. */
export const MAX_BACKOFF_MS = 60_000;
/** Smallest backoff step, so tests with `delay: 0` still back off a little. */
export const MIN_BACKOFF_MS = 250;

export class AbortedError extends Error {
  constructor() {
    super('crawl aborted');
    this.name = 'AbortedError';
  }
}

/** Sleep that ends early (rejecting with AbortedError) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new AbortedError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; capped at MAX_RETRY_AFTER_MS.
 * Returns null when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (v === '') return null;
  if (/^\d+$/.test(v)) return Math.min(Number(v) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

/** Backoff before attempt `retry` (1 = first retry): base · 2^(retry-1), capped, with up to 10 % jitter. */
export function backoffMs(retry: number, baseMs: number): number {
  const base = Math.max(MIN_BACKOFF_MS, baseMs);
  const raw = Math.min(base * 2 ** Math.max(0, retry - 1), MAX_BACKOFF_MS);
  return Math.round(raw * (1 + Math.random() * 0.1));
}

/**
 * Spaces the starts of requests to one host by `delayMs`, and lets a host be held back until a
 * time (after a 429 with Retry-After). Shared by every source of a crawl, so two sources on one
 * host do not double its load.
 */
export class HostGate {
  private next = new Map<string, number>();
  private notBefore = new Map<string, number>();

  /** Wait for this host's turn, then reserve the following slot `delayMs` later. */
  async acquire(host: string, delayMs: number, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = Date.now();
      const at = Math.max(now, this.next.get(host) ?? 0, this.notBefore.get(host) ?? 0);
      if (at <= now) {
        this.next.set(host, now + delayMs);
        return;
      }
      await sleep(at - now, signal);
    }
  }

  /** Hold every request to `host` until `until` (epoch ms). */
  holdUntil(host: string, until: number): void {
    if (until > (this.notBefore.get(host) ?? 0)) this.notBefore.set(host, until);
  }
}
