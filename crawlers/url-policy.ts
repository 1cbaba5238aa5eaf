/**
 * Which URLs a source's crawl may touch: URL normalisation, the source's hosts, include/exclude
 * patterns, and the refusal of loopback/private/link-local addresses (unless allowPrivateNetwork).
 */
import { channelRef } from './telegram-ref.js';
import dns from 'node:dns';
import net from 'node:net';
import { nonPublicReason } from './ip-address.js';
import type { LookupAddress, LookupOptions } from 'node:dns';
import type { Source } from './source-schema.js';

/** Query parameters that only track campaigns; dropping them makes one article one URL. */
const TRACKING_PARAMS = /^(utm_[a-z0-9_]*|fbclid|gclid|yclid|mc_cid|mc_eid)$/i;

/**
 * Normalise an article URL: absolute, no fragment, no utm_* (and similar click-id) parameters,
 * default port dropped (WHATWG URL does that). Returns null for anything that is not http(s).
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const keys = [...new Set(u.searchParams.keys())];
  for (const k of keys) if (TRACKING_PARAMS.test(k)) u.searchParams.delete(k);
  if ([...u.searchParams.keys()].length === 0) u.search = '';
  return u.toString();
}

/** Host key used for allowed-host checks, robots.txt and per-host politeness: host[:port], no leading "www.". */
export function hostKey(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  const host = u.host.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** `hosts` entries may be written as bare hosts or as URLs; reduce them to host keys. */
function hostEntryKey(entry: string): string | null {
  const e = entry.trim();
  if (!e) return null;
  try {
    return hostKey(e.includes('://') ? e : `http://${e}`);
  } catch {
    return null;
  }
}

/** The hosts one source may visit: home, discovery URLs and the `hosts` list (www. and scheme ignored). */
export function allowedHostsOf(source: Source): Set<string> {
  const keys = new Set<string>();
  const add = (u: string) => {
    const k = hostEntryKey(u);
    if (k) keys.add(k);
  };
  add(source.home);
  for (const f of source.discover.feeds) add(f);
  for (const s of source.discover.sitemaps) add(s);
  for (const l of source.discover.listings) add(l.url);
  for (const u of source.discover.urls) add(u);
  for (const t of source.discover.telegram) {
    const ref = channelRef(t);
    if (ref) add(ref.origin);
  }
  for (const h of source.hosts) add(h);
  return keys;
}

// ---------------------------------------------------------------------------
// Private networks
// ---------------------------------------------------------------------------

export { isPrivateAddress, nonPublicReason } from './ip-address.js';

/** Longest URL quoted in a message; a hostile `data:` URL can be megabytes long. */
export const MAX_URL_IN_MESSAGE = 200;

/** A URL as quoted in errors: cut to MAX_URL_IN_MESSAGE characters, saying how long it was. */
export function shortUrl(url: string): string {
  if (url.length <= MAX_URL_IN_MESSAGE) return url;
  return `${url.slice(0, MAX_URL_IN_MESSAGE)}… (${url.length} characters)`;
}

/** Error for a fetch eduwatch refuses by policy; never retried. */
export class PolicyError extends Error {
  readonly code = 'EDUWATCH_POLICY';
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

const PRIVATE_HINT = 'set `allowPrivateNetwork: true` on the source only for local tests and demos';

/** Hostname without IPv6 brackets. */
function bareHostname(u: URL): string {
  return u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
}

/** Synchronous part of the private-network check: IP literals and localhost names. */
export function privateLiteralReason(u: URL): string | null {
  const h = bareHostname(u).toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return `${u.host} is a loopback host name`;
  const why = net.isIP(h) ? nonPublicReason(h) : null;
  if (why) return `${u.host} is not a public address (${why})`;
  return null;
}

/** Why a host name resolves to a non-public address, or null (also when it does not resolve: the fetch says why). */
export async function resolvesToPrivate(hostname: string): Promise<string | null> {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (net.isIP(bare)) return null;
  const addresses = await new Promise<LookupAddress[]>((resolve) =>
    dns.lookup(bare, { all: true }, (err, list) => resolve(err ? [] : list)),
  );
  for (const a of addresses) {
    const why = nonPublicReason(a.address);
    if (why) return `${hostname} resolves to private address ${a.address} (${why})`;
  }
  return null;
}

/**
 * A dns.lookup replacement for the HTTP client that fails when a host name resolves to a private
 * address. It runs on every connection, redirects included, so DNS answers cannot smuggle a
 * private target past the check.
 */
export function makePublicOnlyLookup() {
  return function lookup(
    hostname: string,
    options: LookupOptions | number | ((...args: unknown[]) => void),
    callback?: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void {
    let opts: LookupOptions = {};
    let cb = callback;
    if (typeof options === 'function') cb = options as typeof callback;
    else if (typeof options === 'number') opts = { family: options };
    else if (options) opts = options;
    dns.lookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return cb!(err, []);
      const bad = addresses.map((a) => ({ a, why: nonPublicReason(a.address) })).find((x) => x.why);
      if (bad) {
        const e = new PolicyError(`refused: ${hostname} resolves to private address ${bad.a.address} (${bad.why}; ${PRIVATE_HINT})`) as PolicyError & NodeJS.ErrnoException;
        return cb!(e, []);
      }
      if (opts.all) return cb!(null, addresses);
      const first = addresses[0];
      if (!first) return cb!(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      cb!(null, first.address, first.family);
    });
  };
}

/** The crawl policy of one source: hosts, filters, private network. */
export class UrlPolicy {
  readonly hosts: Set<string>;
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];
  readonly allowPrivateNetwork: boolean;

  constructor(source: Source) {
    this.hosts = allowedHostsOf(source);
    this.include = source.include.map((r) => new RegExp(r, 'u'));
    this.exclude = source.exclude.map((r) => new RegExp(r, 'u'));
    this.allowPrivateNetwork = source.allowPrivateNetwork;
  }

  isAllowedHost(url: string | URL): boolean {
    try {
      return this.hosts.has(hostKey(url));
    } catch {
      return false;
    }
  }

  /** include (any of, when given) and exclude (none of) applied to an article URL. */
  passesFilters(url: string): boolean {
    if (this.include.length > 0 && !this.include.some((r) => r.test(url))) return false;
    return !this.exclude.some((r) => r.test(url));
  }

  /** Why this URL may not be fetched at all (scheme, host, private literal), or null. DNS is checked at connect time. */
  refusal(url: string): string | null {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return `not a valid URL: ${shortUrl(url)}`;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return `not an http(s) URL: ${shortUrl(url)}`;
    if (!this.isAllowedHost(u)) return `${u.host} is not one of the source's hosts (${[...this.hosts].join(', ')}); add it to \`hosts\` if it belongs to the source`;
    if (!this.allowPrivateNetwork) {
      const reason = privateLiteralReason(u);
      if (reason) return `refused: ${reason} (${PRIVATE_HINT})`;
    }
    return null;
  }

  /** Whether a redirect from `fromUrl` to `location` may be followed. */
  redirectRefusal(location: string, fromUrl: string): string | null {
    let target: string;
    try {
      target = new URL(location, fromUrl).toString();
    } catch {
      return `redirect to an invalid URL (${shortUrl(location)})`;
    }
    const reason = this.refusal(target);
    return reason ? `redirect to ${shortUrl(target)} refused: ${reason}` : null;
  }
}
