/**
 * Sitemaps → article links and nested sitemaps, read in ONE streaming pass with htmlparser2 (XML
 * mode): linear in the document, no DOM, no entity expansion (only the five XML entities and
 * character references are decoded; a DOCTYPE's internal subset is dropped first, so billion-laughs
 * and external entities have nothing to expand), fed in slices with a yield to the event loop
 * between them, and stopped at the protocol's 50,000 URLs. Google News `news:publication_date` /
 * `news:title` are read in the same pass. An entry with an undefined entity is skipped and
 * reported; the good entries around it are kept. Plain-text sitemaps (one URL per line) are read too.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import type { DiscoveredLink } from './feeds.js';
import { DiscoveryParseError, stripDoctype } from './feeds.js';
import { normalizeUrl } from './url-policy.js';

/** The sitemap protocol's own limits per file. */
export const MAX_SITEMAP_URLS = 50_000;
export const MAX_NESTED_SITEMAPS = 50_000;
/** Characters parsed between two yields to the event loop (other sources' requests keep going). */
export const PARSE_SLICE_CHARS = 256 * 1024;

export interface SitemapContent {
  links: DiscoveredLink[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
  /** Set when the XML broke off or entries were unreadable; the entries read are still returned. */
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

/** An entity reference left undecoded (not one of XML's five): the entry cannot be trusted. */
const UNDEFINED_ENTITY = /&[A-Za-z_][\w.-]*;/;

interface Entry {
  loc: string;
  lastmod: string;
  published: string;
  title: string;
}

const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name).toLowerCase();

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
  const xml = stripDoctype(trimmed);

  const dated: { link: DiscoveredLink; at: number }[] = [];
  const children: { url: string; at: number }[] = [];
  const seen = new Set<string>();
  let root: string | null = null;
  let depth = 0;
  let entry: Entry | null = null;
  let entryKind: 'url' | 'sitemap' | null = null;
  let field: keyof Entry | null = null;
  let badEntries = 0;
  let firstBad: string | null = null;
  let full = false;

  const closeEntry = () => {
    const e = entry!;
    entry = null;
    const loc = e.loc.trim();
    if (!loc || full) return;
    const bad = [e.loc, e.lastmod, e.published, e.title].map((v) => v.match(UNDEFINED_ENTITY)?.[0]).find(Boolean);
    if (bad) {
      badEntries++;
      firstBad ??= bad;
      return;
    }
    const url = normalizeUrl(loc, sitemapUrl);
    if (!url) return;
    if (entryKind === 'sitemap') {
      if (children.length < MAX_NESTED_SITEMAPS && !seen.has(`sitemap ${url}`)) {
        seen.add(`sitemap ${url}`);
        const t = Date.parse(e.lastmod.trim());
        children.push({ url, at: Number.isNaN(t) ? -Infinity : t });
      }
      return;
    }
    if (seen.has(url)) return;
    seen.add(url);
    const published = toIso(e.published.trim() || null) ?? toIso(e.lastmod.trim() || null);
    const title = e.title.trim() || null;
    const hints = published || title ? { published, title } : undefined;
    const at = published ? Date.parse(published) : NaN;
    dated.push({ link: hints ? { url, hints } : { url }, at: Number.isNaN(at) ? -Infinity : at });
    if (dated.length >= MAX_SITEMAP_URLS) full = true;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        depth++;
        const local = localName(name);
        if (root === null) {
          root = local;
          return;
        }
        if (entry === null) {
          if ((local === 'url' && root === 'urlset') || (local === 'sitemap' && root === 'sitemapindex')) {
            entry = { loc: '', lastmod: '', published: '', title: '' };
            entryKind = local;
          }
          return;
        }
        if (local === 'loc' && !name.includes(':')) field = 'loc';
        else if (local === 'lastmod' && !name.includes(':')) field = 'lastmod';
        else if (local === 'publication_date') field = 'published';
        else if (local === 'title' && name.includes(':')) field = 'title';
        else field = null;
      },
      ontext(data) {
        if (entry && field && entry[field].length < 8192) entry[field] += data;
      },
      onclosetag(name) {
        depth--;
        const local = localName(name);
        if (entry && (local === 'url' || local === 'sitemap') && local === entryKind) closeEntry();
        else field = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  for (let i = 0; i < xml.length && !full; i += PARSE_SLICE_CHARS) {
    parser.write(xml.slice(i, i + PARSE_SLICE_CHARS));
    if (i + PARSE_SLICE_CHARS < xml.length) await yieldToLoop();
  }
  const brokeOff = !full && depth > 0;
  if (!full) parser.end();

  if (root !== 'urlset' && root !== 'sitemapindex') {
    throw new DiscoveryParseError(`not a sitemap: the root element is <${root ?? '?'}>, not <urlset> or <sitemapindex>`);
  }
  const problems: string[] = [];
  if (brokeOff) problems.push(`malformed sitemap XML: the document ends inside an element (${dated.length + children.length} entries read before)`);
  if (badEntries) problems.push(`${badEntries} entr${badEntries === 1 ? 'y' : 'ies'} skipped: undefined entity ${firstBad} (entities are not expanded)`);
  const error = problems.length ? problems.join('; ') : undefined;
  if (error && dated.length === 0 && children.length === 0) throw new DiscoveryParseError(error);

  // Newest first, so a maxArticles cap takes the latest articles (and a cap on children the
  // latest sitemaps); undated entries keep their order at the end.
  const newestFirst = <T extends { at: number }>(items: T[]) =>
    items
      .map((d, i) => ({ d, i }))
      .sort((a, b) => (b.d.at === a.d.at ? a.i - b.i : b.d.at - a.d.at))
      .map((x) => x.d);
  const links = newestFirst(dated).map((d) => d.link);
  const sitemaps = newestFirst(children).map((c) => c.url);
  return error ? { links, sitemaps, error } : { links, sitemaps };
}
