/**
 * Sitemaps → article links and nested sitemaps. The XML is parsed with crawlee's sitemap parser
 * (fed the text eduwatch fetched itself, so every fetch goes through eduwatch's policy); Google News
 * `news:publication_date` / `news:title`, which crawlee does not read, are picked up with cheerio.
 * Plain-text sitemaps (one URL per line) are read too.
 */
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { parseSitemap } from '@crawlee/utils';
import type { DiscoveredLink } from './feeds.js';
import { DiscoveryParseError } from './feeds.js';
import { quietCrawlee } from './crawlee-setup.js';
import { normalizeUrl } from './url-policy.js';

/** The sitemap protocol's own limits per file. */
export const MAX_SITEMAP_URLS = 50_000;
export const MAX_NESTED_SITEMAPS = 50_000;

export interface SitemapContent {
  links: DiscoveredLink[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
  /** Set when the XML broke off; the entries read before the break are still returned. */
  error?: string;
}

/** A sitemap served gzipped without Content-Encoding (sitemap.xml.gz): unzip, within the size limit. */
export function gunzipIfNeeded(body: Uint8Array, maxBytes: number): Uint8Array {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body;
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    throw new DiscoveryParseError(`gzipped sitemap could not be unpacked within maxBytes ${maxBytes}: ${(err as Error).message}`);
  }
}

/** news:publication_date / news:title per <loc>, whatever prefix the news namespace has. */
function newsHints(xml: string): Map<string, { published: string | null; title: string | null }> {
  const out = new Map<string, { published: string | null; title: string | null }>();
  if (!xml.includes('publication_date') && !xml.includes(':title')) return out;
  const $ = cheerio.load(xml, { xml: true });
  $('url').each((_, el) => {
    let loc: string | null = null;
    let published: string | null = null;
    let title: string | null = null;
    $(el)
      .find('*')
      .each((_, child) => {
        const name = (child as { name?: string }).name ?? '';
        const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
        if (name === 'loc' && loc === null) loc = $(child).text().trim();
        else if (local === 'publication_date' && published === null) published = $(child).text().trim() || null;
        else if (local === 'title' && name.includes(':') && title === null) title = $(child).text().trim() || null;
      });
    if (loc) out.set(loc, { published, title });
  });
  return out;
}

/** Newest child sitemaps first when the index gives <lastmod>, so a cap on children keeps the recent ones. */
function sortByIndexLastmod(xml: string, children: string[], sitemapUrl: string): void {
  const $ = cheerio.load(xml, { xml: true });
  const at = new Map<string, number>();
  $('sitemap').each((_, el) => {
    const loc = normalizeUrl($(el).children('loc').first().text().trim(), sitemapUrl);
    const t = Date.parse($(el).children('lastmod').first().text().trim());
    if (loc && !Number.isNaN(t)) at.set(loc, t);
  });
  if (at.size === 0) return;
  const order = new Map(children.map((c, i) => [c, i]));
  children.sort((a, b) => (at.get(b) ?? -Infinity) - (at.get(a) ?? -Infinity) || order.get(a)! - order.get(b)!);
}

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

function parseTextSitemap(text: string, sitemapUrl: string): SitemapContent {
  const links: DiscoveredLink[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t || !/^https?:\/\//i.test(t)) continue;
    const url = normalizeUrl(t, sitemapUrl);
    if (url) links.push({ url });
    if (links.length >= MAX_SITEMAP_URLS) break;
  }
  return { links, sitemaps: [] };
}

/**
 * Entries of one sitemap document (urlset, sitemapindex, Google News, or plain text), newest first
 * where dates are given. Throws DiscoveryParseError when nothing can be read.
 */
export async function parseSitemapDocument(text: string, sitemapUrl: string, contentType: string | null): Promise<SitemapContent> {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('<')) {
    if ((contentType ?? '').includes('text/plain') || /^https?:\/\//i.test(trimmed)) return parseTextSitemap(trimmed, sitemapUrl);
    throw new DiscoveryParseError('not a sitemap: the document is neither XML nor a list of URLs');
  }
  quietCrawlee();
  const dated: { link: DiscoveredLink; at: number }[] = [];
  const sitemaps: string[] = [];
  const seen = new Set<string>();
  let error: string | undefined;
  const news = newsHints(trimmed);
  try {
    for await (const item of parseSitemap([{ type: 'raw', content: trimmed }], undefined, { emitNestedSitemaps: true, maxDepth: 0 })) {
      if (item.originSitemapUrl === null) {
        const child = normalizeUrl(item.loc, sitemapUrl);
        if (child && sitemaps.length < MAX_NESTED_SITEMAPS) sitemaps.push(child);
        continue;
      }
      const url = normalizeUrl(item.loc, sitemapUrl);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      const n = news.get(item.loc);
      const published = toIso(n?.published) ?? (item.lastmod ? item.lastmod.toISOString() : null);
      const hints = published || n?.title ? { published, title: n?.title ?? null } : undefined;
      const at = published ? Date.parse(published) : NaN;
      dated.push({ link: hints ? { url, hints } : { url }, at: Number.isNaN(at) ? -Infinity : at });
      if (dated.length >= MAX_SITEMAP_URLS) break;
    }
  } catch (err) {
    error = `malformed sitemap XML: ${(err as Error).message.split('\n')[0]}`;
  }
  if (error && dated.length === 0 && sitemaps.length === 0) throw new DiscoveryParseError(error);
  if (sitemaps.length > 1) sortByIndexLastmod(trimmed, sitemaps, sitemapUrl);
  // Newest first, so a maxArticles cap takes the latest articles; undated entries keep their order at the end.
  const links = dated
    .map((d, i) => ({ ...d, i }))
    .sort((a, b) => (b.at === a.at ? a.i - b.i : b.at - a.at))
    .map((d) => d.link);
  return error ? { links, sitemaps, error } : { links, sitemaps };
}
