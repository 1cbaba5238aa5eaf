/**
 * `eduwatch serve` in a real browser (playwright with the system Chromium) over the serve fixture
 * store (test/fixtures/store/serve-store.ts): the map shows the right number of incidents, a filter
 * narrows them, clicking a dot opens the incident's evidence, no request leaves 127.0.0.1, and the
 * hostile archived page runs no script. Every request is recorded: the ones that reach the network
 * layer pass through a route that aborts (and records) any to another address; the archived page's
 * external image and stylesheet show up as requests that Chromium itself refused under the CSP
 * (failure "csp") before anything was sent. Screenshots go to test-artifacts/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { openStore, type DB } from '../store/index.js';
import { startServer, type RunningServer } from '../cli/serve/app.js';
import { BROWSER_ARGS, chromiumExecutable } from '../crawlers/browser.js';
import { HOSTILE_URL, MARKER_PATH, serveStore } from './fixtures/store/serve-store.js';
import { ROOT } from './fixtures/cli/run.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
/** Generous: a loaded 2-core machine. Playwright waits for elements itself; nothing is timed. */
const WAIT = 60_000;

let dir: string;
let db: DB;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
/** Requests that reached the network layer (the route). */
const routed: string[] = [];
const aborted: string[] = [];
/** url -> failure text of requests that failed (Chromium's CSP refusals say "csp"). */
const failed = new Map<string, string>();
const dialogs: string[] = [];

const loopback = (url: string) => {
  const u = new URL(url);
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname === '127.0.0.1';
};
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `serve-${name}.png`), fullPage: true });
const incidentOf = (where: string) => db.prepare(`SELECT id FROM incidents WHERE ${where}`).pluck().get() as number;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-serve-browser-'));
  const file = join(dir, 'store.db');
  serveStore(file).close();
  db = openStore(file, { readonly: true });
  server = await startServer(db, '127.0.0.1', 0);
  browser = await chromium.launch({ executablePath: chromiumExecutable() ?? '/usr/bin/chromium', args: BROWSER_ARGS, headless: true });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(WAIT);
  // Every request of every page and frame is recorded; one to any other address is aborted.
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText ?? ''));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    routed.push(url);
    if (loopback(url)) return route.continue();
    aborted.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('eduwatch serve in Chromium', () => {
  it('the map shows one dot per placed incident, and the timeline', async () => {
    await page.goto(server.url);
    await page.locator('svg.map').waitFor();
    expect(await page.locator('svg.map [data-incident]').count()).toBe(4);
    expect(await page.locator('#count').textContent()).toBe('5');
    expect(await page.locator('svg.timeline rect').count()).toBeGreaterThan(0);
    // The stylesheet (same origin) applied: the CSP let it in.
    expect(await page.locator('header.top').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(34, 49, 63)');
    await shot('map');
  });

  it('a filter chosen in the form narrows the dots', async () => {
    await page.goto(server.url);
    await page.selectOption('select[name="type"]', 'damage');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/[?&]type=damage/);
    expect(await page.locator('svg.map [data-incident]').count()).toBe(3);
    await page.selectOption('select[name="lang"]', 'en');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/[?&]lang=en/);
    const ids = await page.locator('svg.map [data-incident]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-incident'))).sort((a, b) => a - b));
    const expected = (db.prepare(`SELECT DISTINCT incident_id FROM incident_reports WHERE source_id = 'en-news' ORDER BY 1`).pluck().all() as number[]);
    expect(ids).toEqual(expected);
    expect(ids).toHaveLength(2);
    await shot('map-filtered');
  });

  it('clicking a dot opens the incident with its evidence: the sentence highlighted, the SHA-256', async () => {
    const id = incidentOf(`settlement = 'Харків' AND type = 'damage'`);
    await page.goto(server.url);
    await page.locator(`svg.map a[data-incident="${id}"]`).click();
    await page.waitForURL(new RegExp(`/incident/${id}$`));
    expect(await page.locator('h1').textContent()).toContain(`Incident #${id}`);
    const report = db
      .prepare(`SELECT e.quote, f.sha256 FROM events e JOIN documents d ON d.id = e.document_id JOIN fetches f ON f.id = d.fetch_id WHERE d.url = 'https://ua-news.example/kharkiv' AND e.type = 'damage'`)
      .get() as { quote: string; sha256: string };
    const mark = page.locator(`section.report mark`, { hasText: report.quote });
    await mark.waitFor({ state: 'visible' });
    // Highlighted: the mark has its own background, unlike the paragraph around it.
    expect(await mark.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 230, 109)');
    expect(await page.locator('section.report').count()).toBe(2);
    await page.locator('[data-sha256]', { hasText: report.sha256 }).waitFor({ state: 'visible' });
    await shot('incident');
  });

  it('a hostile archived page, framed or opened alone, runs no script', async () => {
    const id = db.prepare(`SELECT r.incident_id FROM incident_reports r JOIN documents d ON d.id = r.document_id WHERE d.url = ?`).pluck().get(HOSTILE_URL) as number;
    const fetchId = db.prepare('SELECT id FROM fetches WHERE requested_url = ?').pluck().get(HOSTILE_URL) as number;
    await page.goto(`${server.url}incident/${id}`);
    // The incident page shows the page's <script> title as text.
    await page.locator('section.report dd', { hasText: 'Odesa <script>alert("title")</script> & school' }).waitFor();
    await Promise.all([page.waitForURL(new RegExp(`/archive/${fetchId}$`)), page.click(`a[href="/archive/${fetchId}"]`)]);
    // `load` of the page waits for the frame's own load (and its images' error events).
    await page.waitForLoadState('load');
    const frame = page.frameLocator(`iframe[src="/archive/${fetchId}/raw"]`);
    await frame.locator('#archived-heading').waitFor({ state: 'visible' }); // the archived page is there, rendered
    expect(await frame.locator('#archived-heading').textContent()).toBe('Missile strikes Odesa');
    expect(await frame.locator('[data-pwned]').count()).toBe(0);
    // The rendered DOM beside it (a browser fetch), sandboxed the same way.
    const rendered = page.frameLocator(`iframe[src="/archive/${fetchId}/rendered"]`);
    await rendered.locator('#archived-heading').waitFor({ state: 'visible' });
    expect(await rendered.locator('[data-pwned]').count()).toBe(0);
    await shot('archive');
    // The raw bytes opened on their own (top level): the sandbox CSP stops the scripts there too.
    await page.goto(`${server.url}archive/${fetchId}/raw`, { waitUntil: 'load' });
    await page.locator('#archived-heading').waitFor({ state: 'visible' });
    expect(await page.locator('[data-pwned]').count()).toBe(0);
    expect(page.url()).toBe(`${server.url}archive/${fetchId}/raw`); // no meta refresh followed
    expect(requests.filter((u) => new URL(u).pathname.startsWith(MARKER_PATH))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('no request left 127.0.0.1', () => {
    expect(routed.length).toBeGreaterThan(8);
    expect(routed.filter((u) => !loopback(u))).toEqual([]);
    expect(aborted).toEqual([]);
    // The only others: the archived page's stylesheet and image, refused by the CSP, never sent
    // (its script, its meta refresh and its scripts' fetches were not even attempted).
    const others = [...new Set(requests.filter((u) => !loopback(u)))].sort();
    expect(others).toEqual(['http://198.51.100.7/evil.css', 'http://198.51.100.7/pixel.gif']);
    for (const u of others) expect(failed.get(u)).toBe('csp');
  });
});
