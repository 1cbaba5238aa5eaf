/**
 * The one place eduwatch opens an HTTP request (got-scraping, with the policy's options): for the
 * HttpCrawler (as its crawlee `httpClient`) and for standalone fetches (robots.txt, the browser's
 * main document). Here the host gate learns the moment the request actually left, every request
 * gets its own abort signal (so nothing piles listeners onto the crawl's signal), the stream is
 * destroyed when done, and the connected address is checked once more against the private ranges.
 */
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { BaseHttpClient, HttpRequest, HttpResponse, RedirectHandler, StreamingHttpResponse } from '@crawlee/core';
import { gotScraping } from '@crawlee/utils';
import { FatalFetchError, RetryableFetchError } from './fetch-errors.js';
import type { GateTicket } from './politeness.js';
import { nonPublicReason } from './ip-address.js';

/** Options eduwatch adds to a request for its own use; removed before got sees them. */
export interface EduwatchRequestExtras {
  eduwatchTicket?: GateTicket;
  eduwatchTimeoutSecs?: number;
  /** Refuse a connection that ended up at a non-public address. */
  eduwatchPublicOnly?: boolean;
}

type GotStream = Readable & {
  once(event: 'response', cb: (r: IncomingMessage & { url: string; ip?: string; redirectUrls?: URL[] }) => void): GotStream;
  once(event: 'request', cb: (r: ClientRequest) => void): GotStream;
  on(event: 'redirect', cb: (opts: { url?: URL; headers: Record<string, string> }, res: IncomingMessage) => void): GotStream;
  downloadProgress: { percent: number; transferred: number; total?: number };
  uploadProgress: { percent: number; transferred: number; total?: number };
};

export interface OpenedResponse {
  stream: GotStream;
  response: IncomingMessage & { url: string; ip?: string; redirectUrls?: URL[] };
  /** Abort and free everything (idempotent). */
  dispose(): void;
}

/**
 * Open `options` (got-scraping options, plus eduwatch's extras) as a stream and wait for the
 * response head. The ticket is marked sent when the request is written, released on failure.
 */
export async function openResponse(options: Record<string, unknown> & EduwatchRequestExtras, outer?: AbortSignal): Promise<OpenedResponse> {
  const { eduwatchTicket: ticket, eduwatchTimeoutSecs: timeoutSecs, eduwatchPublicOnly: publicOnly, signal: given, ...gotOptions } = options;
  const controller = new AbortController();
  const signals = [outer, given as AbortSignal | undefined].filter((s): s is AbortSignal => Boolean(s));
  const onAbort = () => controller.abort();
  for (const s of signals) {
    if (s.aborted) controller.abort();
    else s.addEventListener('abort', onAbort, { once: true });
  }
  let disposed = false;
  let stream: GotStream | null = null;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    for (const s of signals) s.removeEventListener('abort', onAbort);
    ticket?.release();
    stream?.destroy();
  };
  try {
    stream = (await gotScraping({ ...gotOptions, signal: controller.signal, isStream: true } as never)) as unknown as GotStream;
    const s = stream;
    s.once('request', (req: ClientRequest) => {
      // 'finish': the request has been handed to the connection (this is when it leaves).
      req.once('finish', () => ticket?.sent());
      req.once('error', () => ticket?.release());
    });
    const response = await new Promise<OpenedResponse['response']>((resolve, reject) => {
      s.once('response', resolve);
      s.once('error', (err: Error) => {
        const e = err as Error & { name?: string };
        reject(e.name === 'TimeoutError' ? new RetryableFetchError(`no response within ${timeoutSecs ?? '?'} s`, null) : err);
      });
    });
    ticket?.sent();
    if (publicOnly && response.ip) {
      const why = nonPublicReason(response.ip);
      if (why) throw new FatalFetchError(`refused: the connection went to ${response.ip}, not a public address (${why})`);
    }
    return { stream: s, response, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

/**
 * crawlee's HTTP client for eduwatch's HttpCrawler: the stream comes from openResponse, the body
 * is read (and freed) by the crawler's _parseResponse.
 */
export class EduwatchHttpClient implements BaseHttpClient {
  async sendRequest<T extends 'json' | 'text' | 'buffer' = 'text'>(_request: HttpRequest<T>): Promise<HttpResponse<T>> {
    throw new Error('eduwatch: sendRequest is not used');
  }

  async stream(request: HttpRequest, _onRedirect?: RedirectHandler): Promise<StreamingHttpResponse> {
    // crawlee adds cookieJar/sessionToken/proxyUrl (unused: no sessions, no proxies).
    const { cookieJar: _c, sessionToken: _s, proxyUrl: _p, ...options } = request as Record<string, unknown>;
    const opened = await openResponse(options);
    const { stream, response } = opened;
    stream.once('close', opened.dispose);
    return {
      stream,
      request,
      redirectUrls: response.redirectUrls ?? [],
      url: response.url,
      ip: response.ip,
      statusCode: response.statusCode ?? 0,
      headers: response.headers,
      trailers: response.trailers ?? {},
      complete: response.complete,
      get downloadProgress() {
        return stream.downloadProgress;
      },
      get uploadProgress() {
        return stream.uploadProgress;
      },
    };
  }
}
