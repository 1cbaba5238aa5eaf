/**
 * `render: browser`: PlaywrightCrawler with the system Chromium renders pages whose text is built by
 * JavaScript; FetchedPage.body keeps the raw bytes served, renderedHtml the DOM after scripts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';
import { BROWSER_ARGS, chromiumExecutable, crawlSources, fetchPage } from '../crawlers/index.js';
import { makeSource, recorder, type Recorder } from './fixtures/crawl/harness.js';

const JS_TEXT = 'Ліцей №5 у Харкові пошкоджено внаслідок ракетного удару';

/** A windows-1251 page whose article paragraph exists only after its scripts run. */
const jsPage = (cdn: string) =>
  iconv.encode(
    `<!DOCTYPE html><html lang="uk"><head><meta charset="windows-1251"><title>Новина</title>
    <script src="/app.js"></script><script src="${cdn}/tracker.js"></script></head>
    <body><header>Меню</header><article id="story"><h1>Новина</h1></article><img src="${cdn}/pixel.png">
    <script>document.addEventListener('DOMContentLoaded', () => window.renderStory());</script></body></html>`,
    'windows-1251',
  );

const APP_JS = `window.renderStory = function () {
  var p = document.createElement('p');
  p.textContent = ${JSON.stringify(JS_TEXT)};
  document.getElementById('story').appendChild(p);
};`;

/** A listing whose article links are inserted by a script. */
const LISTING = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><ul id="list"></ul>
<script>['/news/js', '/news/missing'].forEach(function (h) { var a = document.createElement('a'); a.href = h; a.textContent = h;
var li = document.createElement('li'); li.appendChild(a); document.getElementById('list').appendChild(li); });</script></body></html>`;

let site: FixtureServer;
let cdn: FixtureServer;
let rec: Recorder;
let jsBytes: Buffer;

beforeAll(async () => {
  cdn = await startFixtureServer({
    '/tracker.js': { headers: { 'content-type': 'application/javascript' }, body: 'document.title = "tracked";' },
    '/pixel.png': { headers: { 'content-type': 'image/png' }, body: '' },
  });
  jsBytes = jsPage(cdn.url);
  site = await startFixtureServer({
    '/robots.txt': { status: 404 },
    '/list': { body: LISTING },
    '/news/js': { status: 301, headers: { location: '/news/js-final' } },
    '/news/js-final': { headers: { 'content-type': 'text/html' }, body: jsBytes },
    '/app.js': { headers: { 'content-type': 'application/javascript; charset=utf-8' }, body: APP_JS },
  });
  rec = recorder();
  const source = makeSource(site.url, {
    render: 'browser',
    discover: { listings: [{ url: `${site.url}/list`, articles: '#list a' }] },
    politeness: { timeout: 5, retries: 0, concurrency: 2 },
  });
  await crawlSources([source], rec);
}, 40_000);

afterAll(async () => {
  await site.close();
  await cdn.close();
});

describe('browser rendering', () => {
  it('uses the system Chromium with the required flags', () => {
    const saved = process.env.EDUWATCH_CHROMIUM;
    try {
      delete process.env.EDUWATCH_CHROMIUM;
      if (fs.existsSync('/usr/bin/chromium')) expect(chromiumExecutable()).toBe('/usr/bin/chromium');
      // A user's explicit choice wins over the system browser.
      process.env.EDUWATCH_CHROMIUM = '/opt/other/chrome';
      expect(chromiumExecutable()).toBe('/opt/other/chrome');
    } finally {
      if (saved === undefined) delete process.env.EDUWATCH_CHROMIUM;
      else process.env.EDUWATCH_CHROMIUM = saved;
    }
    expect(BROWSER_ARGS).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']));
  });

  it('finds links a listing builds with JavaScript', () => {
    expect(rec.eventsOf('discovered').map((e) => e.url)).toEqual([`${site.url}/news/js`, `${site.url}/news/missing`]);
    expect(rec.of('listing')[0]).toMatchObject({ via: 'browser', status: 200 });
  });

  it('renders the article text inserted by scripts; body keeps the raw bytes; finalUrl follows the redirect', () => {
    const page = rec.of('article').find((p) => p.requestedUrl === `${site.url}/news/js`)!;
    expect(page).toMatchObject({ via: 'browser', status: 200, finalUrl: `${site.url}/news/js-final`, encoding: 'windows-1251', encodingSource: 'meta' });
    expect(Buffer.from(page.body).equals(jsBytes)).toBe(true);
    expect(page.html).not.toContain(JS_TEXT);
    expect(page.renderedHtml).toContain(JS_TEXT);
    expect(page.renderedHtml).toContain('Меню');
  });

  it('records a 404 page without retrying it', () => {
    const missing = rec.of('article').find((p) => p.requestedUrl === `${site.url}/news/missing`)!;
    expect(missing.status).toBe(404);
    expect(site.hits('/news/missing')).toBe(1);
  });

  it('loads scripts only from the source’s hosts and skips images', () => {
    expect(site.hits('/app.js')).toBeGreaterThanOrEqual(1);
    expect(cdn.requests).toHaveLength(0);
  });

  it('fetchPage renders browser sources too', async () => {
    const source = makeSource(site.url, { render: 'browser', politeness: { timeout: 5, retries: 0 } });
    const page = await fetchPage(source, `${site.url}/news/js-final`);
    expect(page.via).toBe('browser');
    expect(page.renderedHtml).toContain(JS_TEXT);
  }, 20_000);
});
