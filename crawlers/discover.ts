/**
 * Discovery: read a source's feeds, sitemaps (following indexes) and listings (following `next`),
 * plus its seed URLs, into a de-duplicated list of candidate article URLs in a stable order
 * (seeds, feeds, sitemaps, listings, each in configuration order).
 *
 * Discovery documents are grouped (one feed; one sitemap with its children; one listing with its
 * pages). The crawl saves a group's conditional-request validators only once every article the
 * group listed is settled, so an interrupted crawl re-reads what it had not finished.
 */
import type { FetchedPage } from '../types.js';
import type { Source } from './source-schema.js';
import type { FetchJob, FetchOutcome, SourceRuntime, Validators } from './fetch-core.js';
import { createRuntime } from './fetch-core.js';
import { decodeBody } from './charset.js';
import type { DiscoveredLink } from './feeds.js';
import { parseFeedLinks } from './feeds.js';
import { gunzipIfNeeded, parseSitemapDocument } from './sitemaps.js';
import { parseListingPage } from './listings.js';
import { RobotsCache } from './robots.js';
import { runJobs } from './run-jobs.js';
import type { RunControl } from './crawlee-setup.js';
import { normalizeUrl } from './url-policy.js';

export type Via = 'feed' | 'sitemap' | 'listing' | 'seed';
export type Hints = NonNullable<FetchedPage['hints']>;

/** Nested sitemap levels followed below a configured sitemap. */
export const MAX_SITEMAP_DEPTH = 3;
/** Child sitemaps fetched per configured sitemap (an index can list thousands of old archives). */
export const MAX_CHILD_SITEMAPS = 100;
/**
 * Listing pages in a row that add no article link not already found, after which `next` is no
 * longer followed: a calendar or archive trap (an endless chain of empty day pages, or pages
 * repeating the same sidebar) ends here instead of at maxPages, on every run.
 */
export const MAX_BARREN_LISTING_PAGES = 2;

export interface Candidate {
  url: string;
  via: Via;
  /** The discovery document (or, for seeds, the URL itself). */
  viaUrl: string;
  hints?: Hints;
  /** Indexes of the groups that listed this URL. */
  groups: Set<number>;
}

export interface DiscoveryGroup {
  index: number;
  kind: Via;
  root: string;
  /** Validators to save per document URL once the group is settled. */
  validators: Map<string, Validators>;
  /** Some document of the group could not be fetched or read. */
  failed: boolean;
  childSitemaps: number;
}

interface DocMeta {
  group: DiscoveryGroup;
  /** Position of the document in discovery order: [group, child, grandchild…] or [group, page]. */
  order: number[];
  depth: number;
  page: number;
  listingIndex: number;
  /** Listing pages in a row (up to this one) that added no new article link. */
  barren?: number;
}

export interface DiscoveryCallbacks {
  validatorsFor?(url: string): Validators | null;
  /** A discovery document (or robots.txt) was fetched or failed; the crawl reports it. */
  onOutcome?(outcome: FetchOutcome): Promise<void>;
  onDiscovered?(c: Candidate): void;
  onSkipped?(url: string, reason: 'robots' | 'off-host'): void;
  onSourceError?(message: string): void;
  /** Something worth a line in the log that is not an error (a listing trap avoided). */
  onNote?(message: string): void;
  /** Stop following documents once this many candidates are known (dry runs). */
  limit?: number;
}

export interface DiscoveryResult {
  candidates: Candidate[];
  groups: DiscoveryGroup[];
}

function validatorsOf(page: FetchedPage): Validators | null {
  const v: Validators = {};
  if (page.headers.etag) v.etag = page.headers.etag;
  if (page.headers['last-modified']) v.lastModified = page.headers['last-modified'];
  return v.etag || v.lastModified ? v : null;
}

export async function runDiscovery(rt: SourceRuntime, robots: RobotsCache, cb: DiscoveryCallbacks = {}): Promise<DiscoveryResult> {
  const d = rt.source.discover;
  const groups: DiscoveryGroup[] = [];
  const byUrl = new Map<string, Candidate>();
  const meta = new Map<string, DocMeta>();
  const visited = new Set<string>();
  /** Why discovery documents could not be read, so a source that yields nothing says why. */
  const problems: string[] = [];
  // For dry runs: stop following documents once `limit` URLs that a crawl would consider are known.
  let wanted = 0;
  const enough = () => cb.limit !== undefined && wanted >= cb.limit;

  const newGroup = (kind: Via, root: string): DiscoveryGroup => {
    const g: DiscoveryGroup = { index: groups.length, kind, root, validators: new Map(), failed: false, childSitemaps: 0 };
    groups.push(g);
    return g;
  };

  /**
   * Links are collected per document and merged at the end in document order, so the candidate
   * order (and which document a URL is credited to) does not depend on which fetch finished first.
   */
  const batches: { order: number[]; links: DiscoveredLink[]; via: Via; viaUrl: string; group: DiscoveryGroup }[] = [];
  const seenLinks = new Set<string>();
  /** Record a document's links; returns how many were not found before in this discovery. */
  const addLinks = (links: DiscoveredLink[], via: Via, viaUrl: string, group: DiscoveryGroup, order: number[]): number => {
    batches.push({ order, links, via, viaUrl, group });
    let fresh = 0;
    for (const link of links) {
      if (seenLinks.has(link.url)) continue;
      seenLinks.add(link.url);
      fresh++;
      if (rt.policy.isAllowedHost(link.url) && rt.policy.passesFilters(link.url)) wanted++;
    }
    return fresh;
  };

  const merge = () => {
    const cmp = (a: number[], b: number[]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
      return a.length - b.length;
    };
    for (const batch of batches.sort((a, b) => cmp(a.order, b.order))) {
      for (const link of batch.links) {
        const existing = byUrl.get(link.url);
        if (existing) {
          existing.groups.add(batch.group.index);
          if (link.hints) {
            const h = (existing.hints ??= {});
            if (!h.published && link.hints.published) h.published = link.hints.published;
            if (!h.title && link.hints.title) h.title = link.hints.title;
          }
          continue;
        }
        const c: Candidate = { url: link.url, via: batch.via, viaUrl: batch.viaUrl, groups: new Set([batch.group.index]) };
        if (link.hints) c.hints = { ...link.hints };
        byUrl.set(link.url, c);
        cb.onDiscovered?.(c);
      }
    }
  };

  /** Admit a discovery document: on the source's hosts, allowed by robots.txt, not yet visited. */
  const admit = async (job: FetchJob, m: DocMeta): Promise<FetchJob | null> => {
    if (visited.has(job.url)) return null;
    visited.add(job.url);
    if (!rt.policy.isAllowedHost(job.url)) {
      cb.onSkipped?.(job.url, 'off-host');
      return null;
    }
    const rules = await robots.rulesFor(job.url);
    if (!rules.isAllowed(job.url)) {
      cb.onSkipped?.(job.url, 'robots');
      problems.push(rules.reason ?? `${job.kind} ${job.url}: disallowed by robots.txt`);
      m.group.failed = true;
      return null;
    }
    meta.set(`${job.kind} ${job.url}`, m);
    return { ...job, validators: cb.validatorsFor?.(job.url) ?? null };
  };

  // Seeds need no fetch to be discovered.
  if (d.urls.length > 0) {
    const g = newGroup('seed', rt.source.home);
    for (const u of d.urls) {
      const url = normalizeUrl(u);
      if (url) addLinks([{ url }], 'seed', url, g, [g.index]);
    }
  }

  const httpJobs: FetchJob[] = [];
  const listingJobs: FetchJob[] = [];
  for (const f of d.feeds) {
    const url = normalizeUrl(f);
    const g = newGroup('feed', f);
    const job = url && (await admit({ url, kind: 'feed' }, { group: g, order: [g.index], depth: 0, page: 1, listingIndex: -1 }));
    if (job) httpJobs.push(job);
  }
  for (const s of d.sitemaps) {
    const url = normalizeUrl(s);
    const g = newGroup('sitemap', s);
    const job = url && (await admit({ url, kind: 'sitemap' }, { group: g, order: [g.index], depth: 0, page: 1, listingIndex: -1 }));
    if (job) httpJobs.push(job);
  }
  for (let i = 0; i < d.listings.length; i++) {
    const url = normalizeUrl(d.listings[i].url);
    const g = newGroup('listing', d.listings[i].url);
    const job = url && (await admit({ url, kind: 'listing' }, { group: g, order: [g.index, 1], depth: 0, page: 1, listingIndex: i }));
    if (job) listingJobs.push(job);
  }

  const handle = async (outcome: FetchOutcome, ctl: RunControl): Promise<void> => {
    const m = meta.get(`${outcome.job.kind} ${outcome.job.url}`);
    await cb.onOutcome?.(outcome);
    if (!m) return;
    if (outcome.type === 'failed') {
      problems.push(`${outcome.job.kind} ${outcome.job.url}: ${outcome.message}`);
      m.group.failed = true;
      return;
    }
    if (outcome.type === 'not-modified') return;
    const page = outcome.page;
    if (page.status >= 300) {
      problems.push(`${page.kind} ${page.requestedUrl}: HTTP ${page.status}`);
      m.group.failed = true;
      return;
    }
    try {
      const follow = await readDocument(page, m, ctl);
      const v = validatorsOf(page);
      if (v && follow) m.group.validators.set(page.requestedUrl, v);
    } catch (err) {
      m.group.failed = true;
      cb.onSourceError?.(`${page.kind} ${page.requestedUrl}: ${(err as Error).message}`);
    }
  };

  /** Parse one discovery document; returns whether its validators may be saved (not for sitemap indexes). */
  const readDocument = async (page: FetchedPage, m: DocMeta, ctl: RunControl): Promise<boolean> => {
    if (page.kind === 'feed') {
      addLinks(parseFeedLinks(page.html, page.finalUrl), 'feed', page.requestedUrl, m.group, m.order);
      return true;
    }
    if (page.kind === 'sitemap') {
      const bytes = gunzipIfNeeded(page.body, rt.source.politeness.maxBytes);
      const text = bytes === page.body ? page.html : decodeBody(bytes, null).text;
      const content = await parseSitemapDocument(text, page.finalUrl, page.headers['content-type'] ?? null);
      if (content.error) {
        m.group.failed = true;
        cb.onSourceError?.(`sitemap ${page.requestedUrl}: ${content.error}`);
      }
      addLinks(content.links, 'sitemap', page.requestedUrl, m.group, m.order);
      if (m.depth < MAX_SITEMAP_DEPTH && !enough()) {
        const children: FetchJob[] = [];
        for (const [i, child] of content.sitemaps.entries()) {
          if (m.group.childSitemaps >= MAX_CHILD_SITEMAPS) break;
          const job = await admit({ url: child, kind: 'sitemap' }, { ...m, order: [...m.order, i], depth: m.depth + 1 });
          if (!job) continue;
          m.group.childSitemaps++;
          children.push(job);
        }
        await ctl.enqueue(children);
      }
      return content.sitemaps.length === 0;
    }
    // listing
    const listing = rt.source.discover.listings[m.listingIndex];
    const result = parseListingPage(page.renderedHtml ?? page.html, page.finalUrl, listing);
    if (result.links.length === 0 && m.page === 1) {
      const how = [listing.articles && `selector "${listing.articles}"`, listing.articlePattern && `pattern /${listing.articlePattern}/`].filter(Boolean).join(' and ');
      cb.onSourceError?.(`listing ${page.requestedUrl}: ${how} found no article links (has the page changed?)`);
    }
    const fresh = addLinks(result.links, 'listing', page.requestedUrl, m.group, m.order);
    const barren = fresh === 0 ? (m.barren ?? 0) + 1 : 0;
    if (result.next && barren >= MAX_BARREN_LISTING_PAGES) {
      cb.onNote?.(`listing ${rt.source.discover.listings[m.listingIndex].url}: stopped after page ${m.page}: ${barren} pages in a row added no new article link (a calendar or archive trap?)`);
    } else if (result.next && m.page < listing.maxPages && !enough()) {
      const job = await admit({ url: result.next, kind: 'listing' }, { ...m, order: [m.order[0], m.page + 1], page: m.page + 1, barren });
      if (job) await ctl.enqueue([job]);
    }
    return true;
  };

  const listingMode = rt.source.render === 'browser' ? 'browser' : 'http';
  if (listingMode === 'http') {
    await runJobs(rt, 'http', [...httpJobs, ...listingJobs], handle);
  } else {
    await runJobs(rt, 'http', httpJobs, handle);
    if (!rt.signal?.aborted) await runJobs(rt, 'browser', listingJobs, handle);
  }

  merge();
  const candidates = [...byUrl.values()];
  const docGroups = groups.filter((g) => g.kind !== 'seed');
  if (candidates.length === 0 && docGroups.length > 0 && docGroups.every((g) => g.failed) && !rt.signal?.aborted) {
    // The cause first: summaries truncate long messages.
    cb.onSourceError?.(
      problems.length
        ? `nothing discovered: ${problems[0]}`
        : 'nothing discovered: no feed, sitemap or listing of this source could be fetched and read',
    );
  }
  return { candidates, groups };
}

/**
 * Dry run: read a source's feeds, sitemaps and listings (robots.txt respected) and list the article
 * URLs a crawl would consider, without hooks or storage. URLs outside the source's hosts, filtered by
 * include/exclude or disallowed by robots.txt are left out.
 */
export async function discoverArticles(
  source: Source,
  opts: { limit?: number; signal?: AbortSignal; onProblem?: (message: string) => void } = {},
): Promise<{ url: string; via: Via; hints?: Hints }[]> {
  const rt = createRuntime(source, { signal: opts.signal });
  const robots = new RobotsCache(rt, async (o) => {
    if (o.type === 'failed') opts.onProblem?.(`${o.job.kind} ${o.job.url}: ${o.message}`);
  });
  const { candidates } = await runDiscovery(rt, robots, {
    limit: opts.limit,
    onSourceError: (message) => opts.onProblem?.(message),
    onOutcome: async (o) => {
      if (o.type === 'failed') opts.onProblem?.(`${o.job.kind} ${o.job.url}: ${o.message}`);
      else if (o.type === 'page' && o.page.status >= 400) opts.onProblem?.(`${o.job.kind} ${o.job.url}: HTTP ${o.page.status}`);
    },
  });
  const out: { url: string; via: Via; hints?: Hints }[] = [];
  for (const c of candidates) {
    if (opts.limit !== undefined && out.length >= opts.limit) break;
    if (!rt.policy.isAllowedHost(c.url) || !rt.policy.passesFilters(c.url)) continue;
    if (!(await robots.isAllowed(c.url))) continue;
    out.push(c.hints ? { url: c.url, via: c.via, hints: c.hints } : { url: c.url, via: c.via });
  }
  return out;
}
