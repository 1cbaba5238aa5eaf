/**
 * How `eduwatch sources add` fetches: through the crawlers' own fetchPage, with a throw-away
 * source definition for the site, so it decodes, follows redirects, obeys robots.txt, caps sizes
 * and refuses private addresses exactly as a crawl would. Failures are returned, not thrown, so
 * one missing /feed does not stop the suggestion.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { FetchFailedError, fetchPage, isPrivateAddress } from '../../crawlers/index.js';
import { SourceSchema, type Source } from '../../crawlers/source-schema.js';
import type { FetchKind } from '../../types.js';
import { CLIError } from '../errors.js';

export interface SuggestFetchOptions {
  /** Allow loopback/private addresses (tests, the bundled demo). */
  allowPrivateNetwork?: boolean;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
}

export type SuggestFetchResult = { ok: true; finalUrl: string; status: number; text: string } | { ok: false; problem: string };

/** True when the host is, or resolves to, a loopback or private address. */
export async function hostIsPrivate(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host);
  try {
    const addresses = await lookup(host, { all: true });
    return addresses.some((a) => isPrivateAddress(a.address));
  } catch (err) {
    throw new CLIError(`cannot resolve ${host}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** A throw-away source for one site: its host only, no retries, the crawl's limits. */
export function probeSource(url: URL, opts: SuggestFetchOptions): Source {
  return SourceSchema.parse({
    id: 'sources-add-probe',
    name: url.hostname,
    country: 'XX',
    languages: ['en'],
    kind: 'news',
    home: url.href,
    verified: { by: 'eduwatch sources add', on: new Date().toISOString().slice(0, 10), note: 'temporary definition used only to look at the site' },
    discover: { urls: [url.href] },
    politeness: {
      delay: 0,
      concurrency: 1,
      retries: 0,
      timeout: Math.max(1, Math.round((opts.timeoutMs ?? 15_000) / 1000)),
      ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
    },
    allowPrivateNetwork: opts.allowPrivateNetwork ?? false,
  });
}

export async function fetchForSuggest(source: Source, url: string, kind: FetchKind): Promise<SuggestFetchResult> {
  try {
    const page = await fetchPage(source, url, { kind });
    if (page.status >= 400) return { ok: false, problem: `HTTP ${page.status}` };
    return { ok: true, finalUrl: page.finalUrl, status: page.status, text: page.renderedHtml ?? page.html };
  } catch (err) {
    if (err instanceof FetchFailedError) return { ok: false, problem: err.message.replace(`${err.url}: `, '') };
    throw err;
  }
}
