/**
 * What every fetch shares, over HTTP or in the browser: the per-source runtime, the job and outcome
 * types, the HTTP client options that enforce the policy (User-Agent, redirects only within the
 * source's hosts, no private addresses, timeouts), a size-limited body reader, and the mapping of
 * HTTP statuses to pages, retries and failures.
 */
import type { FetchedPage, FetchKind } from '../types.js';
import type { Source } from './source-schema.js';
import { decodeBody, stripControlChars } from './charset.js';
import { notTextReason } from './text-check.js';
import { HostGate, parseRetryAfter } from './politeness.js';
import { NonRetryableError } from '@crawlee/core';
import { ACCEPT_ENCODING } from './body-reader.js';
import { FatalFetchError, RetryableFetchError } from './fetch-errors.js';
import { PolicyError, UrlPolicy, makePublicOnlyLookup } from './url-policy.js';

export const DEFAULT_USER_AGENT = 'eduwatch/0.1 (+https://github.com/eduwatch/eduwatch)';
/** Redirect hops followed for one URL before giving up (a loop ends here). */
export const MAX_REDIRECTS = 10;
/** Response headers kept with a fetch (lower-case). */
export const KEPT_HEADERS = [
  'content-type', 'content-length', 'content-encoding', 'content-language', 'etag', 'last-modified',
  'date', 'expires', 'cache-control', 'location', 'retry-after', 'server', 'x-robots-tag', 'link',
];

export type Validators = { etag?: string; lastModified?: string };

/** Everything a fetch of one source needs; built once per source per crawl. */
export interface SourceRuntime {
  source: Source;
  policy: UrlPolicy;
  gate: HostGate;
  userAgent: string;
  signal?: AbortSignal;
  chromiumPath?: string;
}

export function createRuntime(
  source: Source,
  opts: { gate?: HostGate; userAgent?: string; signal?: AbortSignal; chromiumPath?: string } = {},
): SourceRuntime {
  return {
    source,
    policy: new UrlPolicy(source),
    gate: opts.gate ?? new HostGate(),
    userAgent: source.politeness.userAgent ?? opts.userAgent ?? DEFAULT_USER_AGENT,
    signal: opts.signal,
    chromiumPath: opts.chromiumPath,
  };
}

/** One URL to fetch and what is known about it. */
export interface FetchJob {
  url: string;
  kind: FetchKind;
  /** Conditional-request validators (feeds, sitemaps, listings). */
  validators?: Validators | null;
  discoveredVia?: FetchedPage['discoveredVia'];
  hints?: FetchedPage['hints'];
}

export type FetchOutcome =
  | { type: 'page'; job: FetchJob; page: FetchedPage }
  | { type: 'not-modified'; job: FetchJob }
  | { type: 'failed'; job: FetchJob; status: number | null; message: string };

export { FatalFetchError, RetryableFetchError } from './fetch-errors.js';
export { readLimitedBody } from './body-reader.js';

/** Raw response as read by eduwatch: status, kept headers, final URL and the bytes served. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  finalUrl: string;
  body: Buffer;
  fetchedAt: string;
}

export function keptHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const v = headers[name];
    if (v !== undefined) out[name] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

/** Request headers for a job: identity, accepted types, conditional validators. */
export function requestHeaders(rt: SourceRuntime, job: FetchJob): Record<string, string> {
  const h: Record<string, string> = {
    'user-agent': rt.userAgent,
    accept: job.kind === 'feed' || job.kind === 'sitemap'
      ? 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
      : 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'uk,ru;q=0.9,pl;q=0.9,bg;q=0.9,en;q=0.8',
    // eduwatch undoes Content-Encoding itself, bounded (body-reader.ts).
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (job.validators?.etag) h['if-none-match'] = job.validators.etag;
  if (job.validators?.lastModified) h['if-modified-since'] = job.validators.lastModified;
  return h;
}

/**
 * got(-scraping) options enforcing the policy. Used by the HttpCrawler's pre-navigation hook and by
 * the standalone fetch (robots.txt, the browser's main document).
 */
export function policyGotOptions(rt: SourceRuntime, job: FetchJob, signal?: AbortSignal): Record<string, unknown> {
  const timeoutMs = rt.source.politeness.timeout * 1000;
  return {
    headers: requestHeaders(rt, job),
    useHeaderGenerator: false,
    http2: false,
    // Decoded by readLimitedBody, layer by layer within maxBytes (got would inflate without a cap).
    decompress: false,
    throwHttpErrors: false,
    retry: { limit: 0 },
    maxRedirects: MAX_REDIRECTS,
    // A redirect off the source's hosts (or to a private address) is not followed: the 3xx becomes
    // the final response and is reported as a failure by classifyStatus.
    followRedirect: (response: { headers: Record<string, string | string[] | undefined>; url: string }) => {
      const loc = response.headers.location;
      if (typeof loc !== 'string') return false;
      return rt.policy.redirectRefusal(loc, response.url) === null;
    },
    timeout: { request: timeoutMs },
    ...(rt.policy.allowPrivateNetwork ? {} : { dnsLookup: makePublicOnlyLookup() }),
    ...(signal ? { signal } : {}),
    // Read by openResponse (http-client.ts), never passed to got.
    eduwatchTimeoutSecs: rt.source.politeness.timeout,
    eduwatchPublicOnly: !rt.policy.allowPrivateNetwork,
  };
}

/** Whether the body of a response with this status is worth downloading. */
export function wantsBody(status: number): boolean {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
}

/**
 * Map a status to what happens next: 'page' (2xx, and 4xx other than 429, recorded so a 404 is
 * known), 'not-modified' (304), or an exception: retryable for 429/5xx (with Retry-After),
 * fatal for redirects that were not followed and anything else.
 */
export function classifyStatus(rt: SourceRuntime, status: number, headers: Record<string, string>, url: string): 'page' | 'not-modified' {
  if (status === 304) return 'not-modified';
  if (wantsBody(status)) return 'page';
  if (status === 429 || status >= 500) {
    const label = status === 429 ? 'HTTP 429 Too Many Requests' : `HTTP ${status}`;
    throw new RetryableFetchError(label, status, parseRetryAfter(headers['retry-after']));
  }
  if (status >= 300 && status < 400) {
    const loc = headers.location;
    const why = loc ? rt.policy.redirectRefusal(loc, url) : `redirect (HTTP ${status}) without a Location header`;
    throw new FatalFetchError(why ?? `redirect to ${loc} not followed (more than ${MAX_REDIRECTS} hops?)`, status);
  }
  throw new FatalFetchError(`unexpected HTTP status ${status}`, status);
}

/** Build the FetchedPage handed to hooks.onPage: raw bytes, decoded once. */
export function buildPage(rt: SourceRuntime, job: FetchJob, raw: RawResponse, via: 'http' | 'browser', renderedHtml?: string): FetchedPage {
  const decoded = decodeBody(raw.body, raw.headers['content-type'] ?? null);
  const page: FetchedPage = {
    sourceId: rt.source.id,
    kind: job.kind,
    requestedUrl: job.url,
    finalUrl: raw.finalUrl,
    status: raw.status,
    headers: raw.headers,
    fetchedAt: raw.fetchedAt,
    body: new Uint8Array(raw.body.buffer, raw.body.byteOffset, raw.body.byteLength),
    html: decoded.text,
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    via,
    requestHeaders: requestHeaders(rt, job),
  };
  if (renderedHtml !== undefined) page.renderedHtml = stripControlChars(renderedHtml);
  if (job.kind === 'article' && raw.status >= 200 && raw.status < 300) {
    const rejected = notTextReason(raw.body, decoded.text, decoded.encoding);
    if (rejected) page.rejected = rejected;
  }
  if (job.discoveredVia) page.discoveredVia = job.discoveredVia;
  if (job.hints) page.hints = job.hints;
  return page;
}

/** Whether an error must not be retried: policy refusals, redirect loops, fatal classifications. */
export function isFatal(err: unknown): boolean {
  if (err instanceof FatalFetchError || err instanceof PolicyError || err instanceof NonRetryableError) return true;
  const e = err as { code?: string; cause?: unknown } | null;
  if (e?.code === 'EDUWATCH_POLICY' || e?.code === 'ERR_TOO_MANY_REDIRECTS') return true;
  if (e?.cause && e.cause !== err) return isFatal(e.cause);
  return false;
}

/** A short, human message for a failed fetch. */
export function failureMessage(err: unknown): string {
  const e = err as { message?: string; code?: string; cause?: { message?: string } } | null;
  if (e?.code === 'ERR_TOO_MANY_REDIRECTS') return `too many redirects (more than ${MAX_REDIRECTS}; a redirect loop?)`;
  const msg = (e?.message ?? String(err)).split('\n')[0];
  if (e?.code?.startsWith('Z_') || e?.code === 'ERR_BODY_PARSE_FAILURE') return `body could not be decompressed (Content-Encoding): ${msg}`;
  if ((err as Error | null)?.name === 'TimeoutError' && !/timed? ?out/i.test(msg)) return `timed out: ${msg}`;
  return msg;
}

export function failureStatus(err: unknown): number | null {
  const e = err as { status?: unknown } | null;
  return typeof e?.status === 'number' ? e.status : null;
}
