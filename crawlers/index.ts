/** The crawlers stage: source schema, discovery, fetching and crawling. */
export * from './source-schema.js';
export { decodeBody, normalizeCharset, charsetFromContentType, sniffDeclaredCharset, type DecodedBody } from './charset.js';
export { normalizeUrl, hostKey, allowedHostsOf, isPrivateAddress, nonPublicReason, shortUrl, UrlPolicy, PolicyError } from './url-policy.js';
export { parseRetryAfter, HostGate, MAX_RETRY_AFTER_MS, type GateTicket, type GateClock } from './politeness.js';
export { robotsFromText, type RobotsRules } from './robots.js';
export { parseFeedLinks, DiscoveryParseError, type DiscoveredLink } from './feeds.js';
export { parseSitemapDocument, type SitemapContent } from './sitemaps.js';
export { parseListingPage, type ListingPage } from './listings.js';
export { discoverArticles, type Via, type Hints } from './discover.js';
export { fetchPage, FetchFailedError } from './fetch-page.js';
export { DEFAULT_USER_AGENT } from './fetch-core.js';
export { BROWSER_ARGS, chromiumExecutable } from './browser.js';
export {
  crawlSources,
  SOURCE_CONCURRENCY,
  type CrawlHooks,
  type CrawlEvent,
  type CrawlOptions,
  type SourceCrawlStats,
  type SkipReason,
} from './crawl.js';
export * from './load-sources.js';
