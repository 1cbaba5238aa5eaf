/**
 * The schema of sources.yaml: one zod schema, defaults inside it, types inferred from it.
 * The JSON Schema in sources.schema.json is generated from this file (scripts/gen-schema.ts).
 */
import { z } from 'zod';
import { Cron } from 'croner';
import { channelRef } from './telegram-ref.js';

const LANGUAGE_CODES = ['uk', 'ru', 'pl', 'bg', 'en'] as const;

/** A regular expression written as a string; checked by compiling it. */
const RegexString = z.string().min(1).superRefine((value, ctx) => {
  try {
    new RegExp(value, 'u');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(err as Error).message}` });
  }
});

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** A five-field cron expression ("m h dom mon dow"), checked with croner. */
const CronString = z.string().superRefine((value, ctx) => {
  try {
    new Cron(value, { paused: true });
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid cron expression (${(err as Error).message}); e.g. "0 */6 * * *" for every six hours` });
  }
});

export const ListingSchema = z
  .strictObject({
    url: HttpUrl.describe('First page of the listing (archive, category or news index page).'),
    articles: z.string().min(1).optional().describe('CSS selector for links to articles on a listing page, e.g. "article h2 a".'),
    articlePattern: RegexString.optional().describe('Regular expression an article URL must match; links on the page matching it are articles.'),
    next: z.string().min(1).optional().describe('CSS selector for the link to the next listing page, e.g. "a.next, a[rel=next]".'),
    maxPages: z.number().int().min(1).max(1000).default(5).describe('Listing pages to follow at most, counting the first.'),
  })
  .refine((l) => l.articles !== undefined || l.articlePattern !== undefined, {
    message: 'give `articles` (a CSS selector) or `articlePattern` (a URL regex), or both',
  });

export const DiscoverSchema = z
  .strictObject({
    feeds: z.array(HttpUrl).default([]).describe('RSS or Atom feed URLs.'),
    sitemaps: z.array(HttpUrl).default([]).describe('Sitemap, sitemap index or Google News sitemap URLs.'),
    listings: z.array(ListingSchema).default([]).describe('Paginated listing pages.'),
    urls: z.array(HttpUrl).default([]).describe('Individual article URLs to fetch (seeds).'),
    telegram: z
      .array(
        z.string().refine((v) => channelRef(v) !== null, {
          message: 'must be a public channel name (5-32 letters, digits, underscores, e.g. "mon_gov_ua") or its preview URL https://t.me/s/<channel>',
        }),
      )
      .default([])
      .describe('Public Telegram channels, read through their web preview https://t.me/s/<channel> (a name, or a preview URL).'),
  })
  .refine((d) => d.feeds.length + d.sitemaps.length + d.listings.length + d.urls.length + d.telegram.length > 0, {
    message: 'give at least one of feeds, sitemaps, listings, urls or telegram',
  });

export const PolitenessSchema = z.strictObject({
  delay: z.number().min(0).max(3600).default(1).describe('Seconds to wait between two requests to the same host.'),
  concurrency: z.number().int().min(1).max(16).default(2).describe('Requests in flight at once for this source.'),
  timeout: z.number().min(1).max(600).default(30).describe('Seconds before a request is abandoned.'),
  retries: z.number().int().min(0).max(10).default(3).describe('Retries of a failed request (5xx, 429, network), with backoff.'),
  maxBytes: z.number().int().min(1024).default(5_000_000).describe('Largest response body accepted, in bytes.'),
  respectRobots: z.boolean().default(true).describe('Obey robots.txt (leave true for real sites).'),
  userAgent: z.string().min(1).optional().describe('User-Agent header; defaults to eduwatch/<version>.'),
});

/** Text `sources add` leaves for a person to replace; a definition still holding one is not verified. */
const PLACEHOLDER = /^\s*(TODO|CHANGE[ _-]?ME|FIXME|TBD|XXX)\b/i;

export const VerifiedSchema = z.strictObject({
  by: z
    .string()
    .min(1)
    .refine((v) => !PLACEHOLDER.test(v), { message: 'still a placeholder: write who verified the source' })
    .describe('Who verified the source.'),
  on: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).describe('When it was verified (YYYY-MM-DD).'),
  note: z
    .string()
    .min(10, 'say in a sentence why this source is trusted')
    .refine((v) => !PLACEHOLDER.test(v), { message: 'still a placeholder: say in a sentence why this source is trusted' })
    .describe('Why the source is trusted.'),
});

export const SourceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. "mon-gov-ua"')
    .describe('Stable identifier used in the store and on the command line.'),
  name: z.string().min(1).describe('Human-readable name.'),
  country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as UA, RU, PL, BG').describe('Country the source covers.'),
  languages: z.array(z.enum(LANGUAGE_CODES)).min(1).describe('Languages the source publishes in.'),
  kind: z.enum(['official', 'news']).describe('official: a ministry, agency or authority; news: a news outlet.'),
  home: HttpUrl.describe('Home page.'),
  verified: VerifiedSchema,
  discover: DiscoverSchema,
  render: z.enum(['static', 'browser']).default('static').describe('static: plain HTTP; browser: render with Chromium (JS-built pages).'),
  schedule: CronString.optional().describe('When to crawl, as a cron expression (used by `eduwatch schedule` and `crawl --due`).'),
  politeness: PolitenessSchema.prefault({}),
  include: z.array(RegexString).default([]).describe('Article URLs must match one of these regexes (when any are given).'),
  exclude: z.array(RegexString).default([]).describe('Article URLs matching any of these regexes are skipped.'),
  hosts: z.array(z.string().min(1)).default([]).describe('Extra hosts the crawl may visit besides the hosts of home and discovery URLs.'),
  maxArticles: z.number().int().min(1).optional().describe('Fetch at most this many new articles per run.'),
  allowPrivateNetwork: z.boolean().default(false).describe('Allow loopback/private addresses (tests and demos only).'),
});

export const SourcesFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    sources: z.array(SourceSchema).min(1, 'define at least one source'),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.sources.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate id "${s.id}" (also sources[${first}])` });
      } else seen.set(s.id, i);
    });
  });

export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;
export type Listing = z.infer<typeof ListingSchema>;
export type SourcesFile = z.infer<typeof SourcesFileSchema>;
