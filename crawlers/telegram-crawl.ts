/**
 * Reading a source's Telegram channels (`discover.telegram`) in a crawl: each channel's preview
 * page is fetched as a `listing` by the normal HTTP runner (politeness, robots.txt, size limits)
 * and archived; each post on it not stored yet becomes an article page (crawlers/telegram.ts).
 *
 * Incremental: once a channel has stored posts, a crawl reads only `?after=<newest stored id>`
 * (following `data-after` while newer pages exist), so no old post is read again. The first crawl
 * reads the newest page; `backfill: N` then walks older pages (`?before=<oldest id>`) until N
 * posts have been read or the channel's start is reached.
 */
import { createHash } from 'node:crypto';
import type { FetchOutcome, FetchJob, SourceRuntime } from './fetch-core.js';
import type { RobotsCache } from './robots.js';
import { runJobs } from './run-jobs.js';
import { channelPageUrl, channelRef, MAX_CATCH_UP_PAGES, parseChannelPage, postPage, postUrl, type ChannelRef } from './telegram.js';

export interface TelegramCrawlHooks {
  /** Newest and oldest post ids of the channel already stored for this source. */
  storedRange(channel: string): { newest: number | null; oldest: number | null };
  isKnown(url: string): boolean;
  /** Every fetch (channel pages) and every post page, as the crawl reports them. */
  report(outcome: FetchOutcome): Promise<void>;
  onDiscovered(url: string): void;
  onSourceError(message: string): void;
  /** How many more posts may be stored this run (a source's maxArticles), or Infinity. */
  remaining(): number;
  signal?: AbortSignal;
}

async function fetchListing(rt: SourceRuntime, url: string): Promise<FetchOutcome | null> {
  let result: FetchOutcome | null = null;
  const job: FetchJob = { url, kind: 'listing' };
  await runJobs(rt, 'http', [job], async (o) => {
    result = o;
  });
  return result;
}

class ChannelReader {
  private stored = 0;
  constructor(
    private readonly rt: SourceRuntime,
    private readonly robots: RobotsCache,
    private readonly ref: ChannelRef,
    private readonly hooks: TelegramCrawlHooks,
  ) {}

  /** Fetch one channel page, store it and its new posts; null when it could not be read. */
  private async page(q: { before?: number; after?: number }): Promise<ReturnType<typeof parseChannelPage> | null> {
    const url = channelPageUrl(this.ref, q);
    if (!(await this.robots.isAllowed(url))) {
      this.hooks.onSourceError(`telegram ${this.ref.channel}: ${url} is disallowed by robots.txt`);
      return null;
    }
    const outcome = await fetchListing(this.rt, url);
    if (!outcome) return null;
    await this.hooks.report(outcome);
    if (outcome.type !== 'page' || outcome.page.status < 200 || outcome.page.status >= 300) return null;
    const parsed = parseChannelPage(outcome.page.html, this.ref.channel);
    if (!parsed.isChannelPage) {
      this.hooks.onSourceError(`telegram ${this.ref.channel}: ${url} is not a channel preview page (no message history): is the channel public?`);
      return null;
    }
    const sha = createHash('sha256').update(outcome.page.body).digest('hex');
    for (const post of parsed.posts) {
      if (this.hooks.signal?.aborted || this.hooks.remaining() <= 0) break;
      const postLink = postUrl(post.meta.channel, post.meta.postId);
      if (this.hooks.isKnown(postLink)) continue;
      this.hooks.onDiscovered(postLink);
      const page = postPage(post, outcome.page, sha, parsed.channelTitle);
      await this.hooks.report({ type: 'page', job: { url: postLink, kind: 'article', discoveredVia: page.discoveredVia }, page });
      this.stored++;
    }
    return parsed;
  }

  async run(backfill: number): Promise<void> {
    const { newest, oldest } = this.hooks.storedRange(this.ref.channel);
    let oldestSeen = oldest;
    if (newest !== null) {
      // Catch up: only what is newer than the newest stored post.
      let after = newest;
      for (let i = 0; i < MAX_CATCH_UP_PAGES && !this.hooks.signal?.aborted; i++) {
        const p = await this.page({ after });
        if (!p || p.posts.length === 0) break;
        const top = Math.max(...p.posts.map((x) => x.meta.postId));
        if (p.after === null || top <= after) break;
        after = top;
      }
    } else {
      const p = await this.page({});
      if (p) {
        const ids = p.posts.map((x) => x.meta.postId);
        if (ids.length) oldestSeen = Math.min(...ids);
        if (p.before !== null) oldestSeen = Math.min(oldestSeen ?? p.before, p.before);
      }
    }
    // Backfill: older pages, up to `backfill` posts read.
    let read = 0;
    let before = oldestSeen;
    while (backfill > 0 && read < backfill && before !== null && before > 1 && !this.hooks.signal?.aborted) {
      const p = await this.page({ before });
      if (!p || p.posts.length === 0) break;
      read += p.posts.length;
      const low = Math.min(...p.posts.map((x) => x.meta.postId));
      if (low >= before) break;
      before = low;
    }
  }
}

/** Read every Telegram channel of the source (see the file comment). */
export async function crawlTelegram(rt: SourceRuntime, robots: RobotsCache, hooks: TelegramCrawlHooks, opts: { backfill?: number } = {}): Promise<void> {
  for (const entry of rt.source.discover.telegram) {
    if (hooks.signal?.aborted) return;
    const ref = channelRef(entry);
    if (!ref) continue; // the schema rejects these
    try {
      await new ChannelReader(rt, robots, ref, hooks).run(opts.backfill ?? 0);
    } catch (err) {
      hooks.onSourceError(`telegram ${ref.channel}: ${(err as Error).message}`);
    }
  }
}
