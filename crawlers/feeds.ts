/**
 * RSS 2.0 / RSS 1.0 / Atom feeds → article links with date and title hints
 * (@rowanmanning/feed-parser, which is lenient with real-world feeds).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { normalizeUrl } from './url-policy.js';

export interface DiscoveredLink {
  url: string;
  hints?: { published?: string | null; title?: string | null };
}

/** A discovery document that cannot be read (malformed feed or sitemap). */
export class DiscoveryParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiscoveryParseError';
  }
}

/**
 * Remove a <!DOCTYPE …> declaration with its internal subset. Feeds never need one, and an internal
 * subset is where entity-expansion bombs live. Linear scan.
 */
export function stripDoctype(xml: string): string {
  const head = xml.slice(0, 65536);
  const start = head.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  let depth = 0;
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return xml.slice(0, start) + xml.slice(i + 1);
  }
  return xml.slice(0, start);
}

function iso(d: Date | null): string | null {
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** Article links of a feed, absolute and normalised, in feed order. Throws DiscoveryParseError. */
export function parseFeedLinks(xml: string, feedUrl: string): DiscoveredLink[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(stripDoctype(xml));
  } catch (err) {
    throw new DiscoveryParseError(`not a readable RSS/Atom feed: ${(err as Error).message}`);
  }
  const out: DiscoveredLink[] = [];
  for (const item of feed.items) {
    const candidate = item.url ?? (item.id && /^https?:\/\//i.test(item.id) ? item.id : null);
    if (!candidate) continue;
    const url = normalizeUrl(candidate, feedUrl);
    if (!url) continue;
    out.push({ url, hints: { published: iso(item.published ?? item.updated), title: item.title ?? null } });
  }
  return out;
}
