/**
 * Politeness: a per-host gate spacing the moments requests leave by the source's delay and holding
 * a host back after 429; Retry-After parsing; exponential backoff.
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

/** A host's turn: say when the request actually left, or that it never did. Both are idempotent. */
export interface GateTicket {
  /** The request was written to the connection (now, or at `at` epoch ms). */
  sent(at?: number): void;
  /** No request went out (it failed before sending); the host is free at once. */
  release(): void;
}

/** Time and waiting, injectable so the gate can be tested without a clock. */
export interface GateClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
const REAL_CLOCK: GateClock = { now: () => Date.now(), sleep };

interface HostState {
  /** When the last request to the host actually left. */
  lastSentAt: number;
  /** Settles when the previous ticket's request has left (or was released). */
  previous: Promise<void>;
  /** Held back until (after a 429 with Retry-After). */
  notBefore: number;
}

/** Resolve when `p` settles or `ms` pass, whichever is first; reject on abort. */
function within(p: Promise<void>, ms: number, clock: GateClock, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new AbortedError());
  const inner = new AbortController();
  const onAbort = () => inner.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timeout = clock.sleep(ms, inner.signal).catch(() => undefined);
  return Promise.race([p, timeout]).finally(() => {
    inner.abort();
    signal?.removeEventListener('abort', onAbort);
    if (signal?.aborted) throw new AbortedError();
  });
}

/**
 * Spaces the moments requests to one host LEAVE by the source's delay: the next request waits
 * until the previous one has actually been sent (not merely scheduled: under load a scheduled
 * request can leave late, and the one after it must not follow on its heels), then `delayMs`
 * more. A host can be held back until a time (a 429 with Retry-After). Shared by every source of a
 * crawl (and every crawl of a scheduler), so two sources on one host do not double its load.
 */
export class HostGate {
  private hosts = new Map<string, HostState>();

  constructor(private readonly clock: GateClock = REAL_CLOCK) {}

  private state(host: string): HostState {
    let st = this.hosts.get(host);
    if (!st) {
      st = { lastSentAt: -Infinity, previous: Promise.resolve(), notBefore: 0 };
      this.hosts.set(host, st);
    }
    return st;
  }

  /**
   * Wait for this host's turn. `maxWaitMs` bounds the wait for a previous request that never says
   * whether it left (its own timeout), so one stuck request cannot stall a host for good.
   */
  async acquire(host: string, delayMs: number, signal?: AbortSignal, maxWaitMs = 120_000): Promise<GateTicket> {
    const st = this.state(host);
    const previous = st.previous;
    let settle!: () => void;
    st.previous = new Promise<void>((r) => (settle = r));
    let settled = false;
    const ticket: GateTicket = {
      sent: (at = this.clock.now()) => {
        if (settled) return;
        settled = true;
        st.lastSentAt = Math.max(st.lastSentAt, at);
        settle();
      },
      release: () => {
        if (settled) return;
        settled = true;
        settle();
      },
    };
    try {
      await within(previous, maxWaitMs, this.clock, signal);
      for (;;) {
        const now = this.clock.now();
        const at = Math.max(st.lastSentAt + delayMs, st.notBefore);
        if (at <= now) break;
        await this.clock.sleep(at - now, signal);
      }
    } catch (err) {
      ticket.release();
      throw err;
    }
    return ticket;
  }

  /** Hold every request to `host` until `until` (epoch ms). */
  holdUntil(host: string, until: number): void {
    const st = this.state(host);
    if (until > st.notBefore) st.notBefore = until;
  }
}
