/**
 * `render: browser` sources: crawlee's PlaywrightCrawler with the system Chromium. eduwatch fetches
 * the main document itself (same policy as static fetches: hosts, redirects, size, private network),
 * hands those exact bytes to Chromium through request interception, lets the page's scripts run,
 * and records both: FetchedPage.body = the raw bytes served, renderedHtml = the DOM afterwards.
 * Sub-resources load only from the source's hosts; images, media and fonts are not loaded.
 */
import fs from 'node:fs';
import dns from 'node:dns/promises';
import type { Page, Route } from 'playwright';
import type { FetchJob, RawResponse, SourceRuntime } from './fetch-core.js';
import { buildPage, classifyStatus } from './fetch-core.js';
import { HANDLER_SLACK_SECS, memoryConfiguration, openQueue, RunBook, type OutcomeHandler } from './crawlee-setup.js';
import { policyFetch } from './http-fetch.js';
import { hostKey, isPrivateAddress } from './url-policy.js';

export const BROWSER_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Resource types a text crawl does not need. */
const SKIPPED_RESOURCES = new Set(['image', 'media', 'font']);
/** How long to wait after `load` for scripts' network requests to settle. */
const SETTLE_MS = 3000;

/**
 * The browser to launch: $EDUWATCH_CHROMIUM when set (a user's explicit choice), else Debian's
 * /usr/bin/chromium or Ubuntu's /usr/bin/chromium-browser, else undefined (playwright's own
 * download from `npx playwright install chromium`).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.EDUWATCH_CHROMIUM?.trim();
  if (fromEnv) return fromEnv;
  return [SYSTEM_CHROMIUM, '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
}

/** What the pre-navigation fetch produced for one crawlee request. */
interface Prefetched {
  raw: RawResponse;
  notModified: boolean;
  served: boolean;
}

/** Sub-resource requests: only the source's hosts, no private addresses (unless allowed), no images. */
function makeRouter(rt: SourceRuntime, page: Page, pre: Prefetched, dnsCache: Map<string, Promise<boolean>>) {
  const resolvesPrivate = (hostname: string): Promise<boolean> => {
    let p = dnsCache.get(hostname);
    if (!p) {
      p = dns.lookup(hostname, { all: true }).then((addrs) => addrs.some((a) => isPrivateAddress(a.address)), () => true);
      dnsCache.set(hostname, p);
    }
    return p;
  };
  return async (route: Route) => {
    const req = route.request();
    const url = req.url();
    try {
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
        // The first main-frame navigation is crawlee's goto to the fetched document.
        if (!pre.served) {
          pre.served = true;
          const headers: Record<string, string> = {};
          if (pre.raw.headers['content-type']) headers['content-type'] = pre.raw.headers['content-type'];
          // A 304 has no body to render; the handler reports it without looking at the page.
          await route.fulfill({ status: pre.notModified ? 200 : pre.raw.status, headers, body: pre.raw.body });
          return;
        }
        // Script-driven navigations away from the fetched document are not followed.
        await route.abort('blockedbyclient');
        return;
      }
      if (!/^https?:/i.test(url)) {
        await route.continue();
        return;
      }
      if (SKIPPED_RESOURCES.has(req.resourceType()) || rt.policy.refusal(url) !== null) {
        await route.abort('blockedbyclient');
        return;
      }
      if (!rt.policy.allowPrivateNetwork && (await resolvesPrivate(new URL(url).hostname))) {
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    } catch {
      // The page may have been closed meanwhile; nothing to route any more.
    }
  };
}

/** Fetch and render `jobs` in Chromium, reporting each outcome once. */
export async function runBrowserJobs(rt: SourceRuntime, jobs: FetchJob[], onOutcome: OutcomeHandler): Promise<void> {
  if (jobs.length === 0) return;
  const { PlaywrightCrawler } = await import('@crawlee/playwright');
  const { chromium } = await import('playwright');
  const pol = rt.source.politeness;
  const book = new RunBook(rt, onOutcome);
  const config = memoryConfiguration();
  const requestQueue = await openQueue(config);
  const prefetched = new Map<string, Prefetched>();
  const dnsCache = new Map<string, Promise<boolean>>();
  const settleMs = Math.min(SETTLE_MS, pol.timeout * 1000);
  const ctl = { enqueue: async (more: FetchJob[]) => void (await crawler.addRequests(book.toRequests(more))) };

  const crawler = new PlaywrightCrawler(
    {
      requestQueue,
      useSessionPool: false,
      persistCookiesPerSession: false,
      maxRequestRetries: pol.retries,
      maxConcurrency: pol.concurrency,
      minConcurrency: 1,
      autoscaledPoolOptions: { desiredConcurrency: pol.concurrency, maybeRunIntervalSecs: 0.05, loggingIntervalSecs: null },
      // Navigation includes eduwatch's own fetch of the document, then rendering.
      navigationTimeoutSecs: pol.timeout * 2,
      requestHandlerTimeoutSecs: pol.timeout + HANDLER_SLACK_SECS,
      statusMessageLoggingInterval: 3600,
      headless: true,
      launchContext: {
        launcher: chromium,
        userAgent: rt.userAgent,
        launchOptions: { executablePath: rt.chromiumPath ?? chromiumExecutable(), args: BROWSER_ARGS, headless: true },
      },
      browserPoolOptions: { useFingerprints: false },
      preNavigationHooks: [
        async ({ page, request }, gotoOptions) => {
          const job = book.job(request);
          const ticket = await rt.gate.acquire(hostKey(job.url), pol.delay * 1000, book.abort.signal, pol.timeout * 1000);
          const raw = await policyFetch(rt, job, book.abort.signal, ticket);
          const notModified = classifyStatus(rt, raw.status, raw.headers, raw.finalUrl) === 'not-modified';
          const pre: Prefetched = { raw, notModified, served: false };
          prefetched.set(request.uniqueKey, pre);
          // Navigate straight to where redirects ended, so the page's relative links resolve there.
          if (raw.finalUrl !== request.url) request.url = raw.finalUrl;
          if (gotoOptions) gotoOptions.waitUntil = 'load';
          await page.route('**/*', makeRouter(rt, page, pre, dnsCache));
        },
      ],
      requestHandler: async ({ page, request }) => {
        const pre = prefetched.get(request.uniqueKey);
        const job = book.job(request);
        if (!pre) throw new Error(`internal: no prefetched document for ${job.url}`);
        if (pre.notModified) {
          await book.deliver({ type: 'not-modified', job }, ctl);
          return;
        }
        await page.waitForLoadState('networkidle', { timeout: settleMs }).catch(() => undefined);
        const rendered = await page.content();
        await book.deliver({ type: 'page', job, page: buildPage(rt, job, pre.raw, 'browser', rendered) }, ctl);
      },
      errorHandler: book.errorHandler,
      failedRequestHandler: book.failedRequestHandler,
    },
    config,
  );
  book.linkAbort(() => crawler.stop('eduwatch crawl aborted'));
  try {
    if (!book.aborted) await crawler.run(book.toRequests(jobs));
  } finally {
    await book.drain();
    book.dispose();
  }
}
