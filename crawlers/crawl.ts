/**
 * crawlSources: for each source, discovery (feeds, sitemaps, listings, seeds; conditional requests),
 * then the new article URLs (normalised, filtered, robots.txt, not yet stored, at most maxArticles)
 * fetched with crawlee under the source's politeness. Every fetch goes to hooks.onPage; progress and
 * problems go to hooks.onEvent. A failing page or source never stops the crawl.
 */
import type { FetchedPage, FetchKind } from '../types.js';
import type { Source } from './source-schema.js';
import type { FetchJob, FetchOutcome, SourceRuntime, Validators } from './fetch-core.js';
import { createRuntime } from './fetch-core.js';
import { HostGate } from './politeness.js';
import { RobotsCache } from './robots.js';
import { runDiscovery, type Candidate, type DiscoveryGroup } from './discover.js';
import { runJobs } from './run-jobs.js';
import { crawlTelegram } from './telegram-crawl.js';
import { privateLiteralReason, resolvesToPrivate } from './url-policy.js';

export interface CrawlHooks {
  /** Article URL already stored → skipped, not fetched. */
  isKnown(url: string): boolean;
  /** Validators for conditional requests of feeds, sitemaps and listing pages. */
  getValidators(url: string): { etag?: string; lastModified?: string } | null;
  saveValidators(url: string, v: { etag?: string; lastModified?: string }): void;
  /** Every completed fetch of any kind (article, feed, sitemap, listing, robots), 2xx and 4xx; awaited. */
  onPage(page: FetchedPage): void | Promise<void>;
  /** Progress and logging. */
  onEvent?(e: CrawlEvent): void;
  /** Newest and oldest stored post ids of a Telegram channel of a source (incremental channel reading). */
  telegramRange?(sourceId: string, channel: string): { newest: number | null; oldest: number | null };
}

export type SkipReason = 'known' | 'robots' | 'filtered' | 'off-host' | 'limit';

export type CrawlEvent =
  | { type: 'source-start'; sourceId: string }
  | { type: 'discovered'; sourceId: string; url: string; via: 'feed' | 'sitemap' | 'listing' | 'seed' }
  | { type: 'skipped'; sourceId: string; url: string; reason: SkipReason }
  | { type: 'fetched'; sourceId: string; url: string; status: number; kind: FetchKind }
  | { type: 'not-modified'; sourceId: string; url: string }
  | { type: 'failed'; sourceId: string; url: string; kind: FetchKind; status: number | null; message: string }
  /** `fatal`: the source as a whole could not be crawled (refused address, robots.txt unreachable for every article). */
  | { type: 'source-error'; sourceId: string; message: string; fatal?: boolean }
  | { type: 'note'; sourceId: string; message: string }
  | { type: 'source-end'; sourceId: string; stats: SourceCrawlStats };

/**
 * Per-source counts. discovered: unique article URLs found; fetched: articles fetched with a 2xx;
 * failed: fetches of any kind that failed (4xx/5xx after retries, network, policy, too large);
 * skipped: article URLs not fetched (known, filtered, robots, off-host, limit);
 * notModified: feeds/sitemaps/listing pages answering 304.
 */
export interface SourceCrawlStats {
  discovered: number;
  fetched: number;
  failed: number;
  skipped: number;
  notModified: number;
}

export interface CrawlOptions {
  /** Cap on new article fetches per source (the smaller of this and the source's maxArticles). */
  maxArticles?: number;
  signal?: AbortSignal;
  /** Default User-Agent for sources that do not set politeness.userAgent. */
  userAgent?: string;
  chromiumPath?: string;
  /** The host gate to share (a scheduler shares one across its crawls); a new one by default. */
  gate?: HostGate;
  /** Telegram channels: also read older posts, up to this many per channel (`crawl --backfill N`). */
  backfill?: number;
}

/** Sources crawled at the same time (each with its own politeness; hosts share one gate). */
export const SOURCE_CONCURRENCY = 3;

function emptyStats(): SourceCrawlStats {
  return { discovered: 0, fetched: 0, failed: 0, skipped: 0, notModified: 0 };
}

class SourceCrawl {
  readonly stats = emptyStats();
  /** Article URLs that need nothing more this crawl (stored, or skipped for a lasting reason). */
  private settled = new Set<string>();
  private readonly rt: SourceRuntime;
  private readonly robots: RobotsCache;

  constructor(private readonly source: Source, private readonly hooks: CrawlHooks, private readonly opts: CrawlOptions, gate: HostGate) {
    this.rt = createRuntime(source, { gate, userAgent: opts.userAgent, signal: opts.signal, chromiumPath: opts.chromiumPath });
    this.robots = new RobotsCache(this.rt, (o) => this.report(o));
  }

  private emit(e: CrawlEvent): void {
    try {
      this.hooks.onEvent?.(e);
    } catch {
      // A broken progress display must not stop the crawl.
    }
  }

  private skip(url: string, reason: SkipReason): void {
    this.stats.skipped++;
    if (reason !== 'limit') this.settled.add(url);
    this.emit({ type: 'skipped', sourceId: this.source.id, url, reason });
  }

  private fail(job: FetchJob, status: number | null, message: string): void {
    this.stats.failed++;
    this.emit({ type: 'failed', sourceId: this.source.id, url: job.url, kind: job.kind, status, message });
  }

  /** Every fetch outcome of this source: onPage, events, counts. */
  async report(outcome: FetchOutcome): Promise<void> {
    const { job } = outcome;
    if (outcome.type === 'failed') return this.fail(job, outcome.status, outcome.message);
    if (outcome.type === 'not-modified') {
      this.stats.notModified++;
      this.emit({ type: 'not-modified', sourceId: this.source.id, url: job.url });
      return;
    }
    const page = outcome.page;
    try {
      await this.hooks.onPage(page);
    } catch (err) {
      return this.fail(job, page.status, `fetched, but onPage failed: ${(err as Error).message}`);
    }
    if (job.kind === 'article') this.settled.add(job.url);
    const ok = page.status >= 200 && page.status < 300;
    if (ok || job.kind === 'robots') {
      if (ok && job.kind === 'article') this.stats.fetched++;
      this.emit({ type: 'fetched', sourceId: this.source.id, url: job.url, status: page.status, kind: job.kind });
    } else {
      this.fail(job, page.status, `HTTP ${page.status}`);
    }
  }

  /** A host of the source that is, or resolves to, a non-public address (checked again at every connection). */
  private async refusedHosts(): Promise<string | null> {
    if (this.source.allowPrivateNetwork) return null;
    for (const h of this.rt.policy.hosts) {
      const u = new URL(`http://${h}`);
      const reason = privateLiteralReason(u) ?? (await resolvesToPrivate(u.hostname));
      if (reason) return `refused: ${reason}; set \`allowPrivateNetwork: true\` on the source only for local tests and demos`;
    }
    return null;
  }

  private async selectArticles(candidates: Candidate[]): Promise<FetchJob[]> {
    const caps = [this.opts.maxArticles, this.source.maxArticles].filter((n): n is number => typeof n === 'number');
    const cap = caps.length > 0 ? Math.min(...caps) : Infinity;
    const jobs: FetchJob[] = [];
    let unreachable: string | null = null;
    for (const c of candidates) {
      if (this.rt.signal?.aborted) break;
      if (!this.rt.policy.isAllowedHost(c.url)) this.skip(c.url, 'off-host');
      else if (!this.rt.policy.passesFilters(c.url)) this.skip(c.url, 'filtered');
      else if (!(await this.robots.isAllowed(c.url))) {
        const rules = await this.robots.rulesFor(c.url);
        if (rules.basis === 'unreachable') unreachable ??= rules.reason ?? `robots.txt of ${new URL(c.url).origin} could not be fetched`;
        this.skip(c.url, 'robots');
      }
      else if (this.hooks.isKnown(c.url)) this.skip(c.url, 'known');
      else if (jobs.length >= cap) this.skip(c.url, 'limit');
      else {
        const job: FetchJob = { url: c.url, kind: 'article', discoveredVia: { kind: c.via, url: c.viaUrl } };
        if (c.hints) job.hints = c.hints;
        jobs.push(job);
      }
    }
    // Articles were found but none may be fetched because robots.txt could not be read: the source
    // did not work this time, whatever the counts say.
    if (jobs.length === 0 && unreachable && !this.rt.signal?.aborted) {
      this.emit({ type: 'source-error', sourceId: this.source.id, message: `no article fetched: ${unreachable}`, fatal: true });
    }
    return jobs;
  }

  /** Save a group's validators only when every article it listed is settled, so nothing is lost to a 304. */
  private saveValidators(candidates: Candidate[], groups: DiscoveryGroup[]): void {
    for (const g of groups) {
      if (g.failed || g.validators.size === 0) continue;
      const open = candidates.some((c) => c.groups.has(g.index) && !this.settled.has(c.url));
      if (open) continue;
      for (const [url, v] of g.validators) this.hooks.saveValidators(url, v as Validators);
    }
  }

  /** The source's Telegram channels (crawlers/telegram-crawl.ts), within what is left of the article cap. */
  private async telegram(articlesFetched: number): Promise<void> {
    const caps = [this.opts.maxArticles, this.source.maxArticles].filter((n): n is number => typeof n === 'number');
    let left = (caps.length > 0 ? Math.min(...caps) : Infinity) - articlesFetched;
    const id = this.source.id;
    await crawlTelegram(
      this.rt,
      this.robots,
      {
        storedRange: (channel) => this.hooks.telegramRange?.(id, channel) ?? { newest: null, oldest: null },
        isKnown: (url) => this.hooks.isKnown(url),
        report: async (o) => {
          if (o.type === 'page' && o.job.kind === 'article') left--;
          await this.report(o);
        },
        onDiscovered: (url) => {
          this.stats.discovered++;
          this.emit({ type: 'discovered', sourceId: id, url, via: 'listing' });
        },
        onSourceError: (message) => this.emit({ type: 'source-error', sourceId: id, message }),
        remaining: () => left,
        signal: this.rt.signal,
      },
      { backfill: this.opts.backfill },
    );
  }

  async run(): Promise<SourceCrawlStats> {
    const id = this.source.id;
    this.emit({ type: 'source-start', sourceId: id });
    try {
      const refused = await this.refusedHosts();
      if (refused) {
        this.emit({ type: 'source-error', sourceId: id, message: refused, fatal: true });
        return this.stats;
      }
      const { candidates, groups } = await runDiscovery(this.rt, this.robots, {
        validatorsFor: (url) => this.hooks.getValidators(url),
        onOutcome: (o) => this.report(o),
        onDiscovered: (c) => {
          this.stats.discovered++;
          this.emit({ type: 'discovered', sourceId: id, url: c.url, via: c.via });
        },
        onSkipped: (url, reason) => this.skip(url, reason),
        onSourceError: (message) => this.emit({ type: 'source-error', sourceId: id, message }),
        onNote: (message) => this.emit({ type: 'note', sourceId: id, message }),
      });
      if (this.rt.signal?.aborted) return this.stats;
      const jobs = await this.selectArticles(candidates);
      if (this.rt.signal?.aborted) return this.stats;
      await runJobs(this.rt, this.source.render === 'browser' ? 'browser' : 'http', jobs, (o) => this.report(o));
      if (!this.rt.signal?.aborted) this.saveValidators(candidates, groups);
      if (this.source.discover.telegram.length && !this.rt.signal?.aborted) await this.telegram(jobs.length);
    } catch (err) {
      this.emit({ type: 'source-error', sourceId: id, message: (err as Error).message ?? String(err) });
    } finally {
      this.emit({ type: 'source-end', sourceId: id, stats: { ...this.stats } });
    }
    return this.stats;
  }
}

/**
 * Crawl sources (up to SOURCE_CONCURRENCY at once). Returns the counts per source id of every source
 * that was started; when `opts.signal` aborts, no new request or source starts, pages in hand still
 * reach onPage, and the promise resolves promptly.
 */
export async function crawlSources(sources: Source[], hooks: CrawlHooks, opts: CrawlOptions = {}): Promise<Record<string, SourceCrawlStats>> {
  const gate = opts.gate ?? new HostGate();
  const results: Record<string, SourceCrawlStats> = {};
  let next = 0;
  const worker = async () => {
    while (next < sources.length && !opts.signal?.aborted) {
      const source = sources[next++];
      results[source.id] = await new SourceCrawl(source, hooks, opts, gate).run();
    }
  };
  await Promise.all(Array.from({ length: Math.min(SOURCE_CONCURRENCY, sources.length) }, worker));
  const ordered: Record<string, SourceCrawlStats> = {};
  for (const s of sources) if (results[s.id]) ordered[s.id] = results[s.id];
  return ordered;
}
