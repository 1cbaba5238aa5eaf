/**
 * Listing pages (archives, category pages) → article links and the next page.
 * Links are taken with the `articles` CSS selector and/or every link matching `articlePattern`.
 */
import * as cheerio from 'cheerio';
import type { Listing } from './source-schema.js';
import type { DiscoveredLink } from './feeds.js';
import { DiscoveryParseError } from './feeds.js';
import { normalizeUrl } from './url-policy.js';

export interface ListingPage {
  links: DiscoveredLink[];
  next: string | null;
}

/** Link targets of an element: its own href, or the hrefs of the links inside it. */
function hrefsOf($: cheerio.CheerioAPI, el: Parameters<cheerio.CheerioAPI>[0]): { href: string; text: string }[] {
  const node = $(el);
  const own = node.attr('href');
  if (own !== undefined) return [{ href: own, text: node.text() }];
  return node
    .find('a[href]')
    .toArray()
    .map((a) => ({ href: $(a).attr('href') ?? '', text: $(a).text() }));
}

function cleanTitle(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 500 ? t : null;
}

/** Read one listing page. `pageUrl` is where the page ended up (after redirects). */
export function parseListingPage(html: string, pageUrl: string, listing: Listing): ListingPage {
  let $: cheerio.CheerioAPI;
  try {
    $ = cheerio.load(html);
  } catch (err) {
    throw new DiscoveryParseError(`listing page could not be parsed: ${(err as Error).message}`);
  }
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && normalizeUrl(baseHref, pageUrl)) || pageUrl;
  const pattern = listing.articlePattern ? new RegExp(listing.articlePattern, 'u') : null;

  let candidates: { href: string; text: string }[];
  try {
    candidates = listing.articles
      ? $(listing.articles).toArray().flatMap((el) => hrefsOf($, el))
      : $('a[href]').toArray().map((a) => ({ href: $(a).attr('href') ?? '', text: $(a).text() }));
  } catch (err) {
    throw new DiscoveryParseError(`listing selector "${listing.articles}" is not valid CSS: ${(err as Error).message}`);
  }

  const seen = new Set<string>();
  const links: DiscoveredLink[] = [];
  for (const c of candidates) {
    const url = normalizeUrl(c.href, base);
    if (!url || seen.has(url) || url === normalizeUrl(pageUrl)) continue;
    if (pattern && !pattern.test(url)) continue;
    seen.add(url);
    const title = cleanTitle(c.text);
    links.push(title ? { url, hints: { title } } : { url });
  }

  let next: string | null = null;
  if (listing.next) {
    try {
      const el = $(listing.next).first();
      const href = el.attr('href') ?? el.find('a[href]').first().attr('href');
      if (href) next = normalizeUrl(href, base);
    } catch (err) {
      throw new DiscoveryParseError(`listing selector next "${listing.next}" is not valid CSS: ${(err as Error).message}`);
    }
  }
  return { links, next };
}
