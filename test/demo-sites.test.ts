import { existsSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { load } from 'cheerio';
import { parseFeed } from '@rowanmanning/feed-parser';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSources } from '../crawlers/load-sources.js';
import { DEMO_BASE_PORT, DEMO_SITES, demoSourcesFile, startDemoSites, type DemoSites } from '../scripts/demo-sites/index.js';
import { ARTICLES as BG } from '../scripts/demo-sites/sites/bg-obrazovanie.js';
import { ARTICLES as EN } from '../scripts/demo-sites/sites/en-edmonitor.js';
import { ARTICLES as PL } from '../scripts/demo-sites/sites/pl-edukacja.js';
import { ARTICLES as RU } from '../scripts/demo-sites/sites/ru-uchitel.js';
import { ARTICLES as UA_JS } from '../scripts/demo-sites/sites/ua-oblosvita-js.js';
import { ARTICLES as UA } from '../scripts/demo-sites/sites/ua-osvita.js';

let demo: DemoSites;
let base = 0;

/** A random base port, retried a few times in case another process holds one of the six ports. */
beforeAll(async () => {
  for (let attempt = 0; ; attempt++) {
    base = 20_000 + Math.floor(Math.random() * 12_000); // below the ephemeral range (32768+)
    try {
      demo = await startDemoSites({ port: base });
      return;
    } catch (err) {
      if (attempt >= 5 || !/cannot listen/.test((err as Error).message)) throw err;
    }
  }
});
afterAll(async () => {
  await demo?.close();
});

const site = (id: string) => {
  const s = demo.sites.find((x) => x.id === id);
  if (!s) throw new Error(`no demo site ${id}`);
  return s;
};
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: 'manual' });
const text = async (url: string) => {
  const res = await get(url);
  expect(res.status, url).toBe(200);
  return res.text();
};

describe('demo sites', () => {
  it('serve every site on its own port, base port + offset', async () => {
    expect(demo.sites.map((s) => s.port)).toEqual(DEMO_SITES.map((s) => base + s.offset));
    expect(new Set(demo.sites.map((s) => s.lang))).toEqual(new Set(['uk', 'ru', 'pl', 'bg', 'en']));
    for (const s of demo.sites) {
      const res = await get(s.url);
      expect(res.status, s.id).toBe(200);
      expect(res.headers.get('content-type'), s.id).toMatch(/^text\/html/);
      const robots = await text(`${s.url}robots.txt`);
      expect(robots, s.id).toContain('Disallow: /admin/');
    }
  });

  it('hold at least 25 articles, with every way of stating a date', () => {
    const all = [...UA, ...RU, ...PL, ...BG, ...UA_JS, ...EN];
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(new Set(all.map((a) => a.dateStyle))).toEqual(new Set(['meta', 'json-ld', 'time', 'visible']));
    for (const list of [UA, RU, PL, BG, UA_JS]) expect(list.length).toBeGreaterThanOrEqual(4);
  });

  it('wrap articles in realistic chrome and state dates as declared', async () => {
    const ua = site('demo-ua-osvita');
    for (const a of UA) {
      const $ = load(await text(`${ua.url}${a.path.slice(1)}`));
      expect($('#cookie-consent').length).toBe(1);
      expect($('nav.main-menu a').length).toBeGreaterThan(3);
      expect($('aside .popular a').length).toBeGreaterThan(0);
      expect($('.share a').length).toBe(4);
      expect($('section.related a').length).toBe(3);
      expect($('#comments').length).toBe(1);
      expect($('footer .demo-note').text()).toContain('Демонстраційний сайт');
      expect($('meta[property="article:published_time"]').attr('content') ?? null).toBe(a.dateStyle === 'meta' ? a.published : null);
      expect($('time[datetime]').attr('datetime') ?? null).toBe(a.dateStyle === 'time' ? a.published : null);
      const ld = $('script[type="application/ld+json"]').map((_, el) => JSON.parse($(el).text())).get();
      expect(ld.some((d) => d.datePublished === a.published)).toBe(a.dateStyle === 'json-ld');
      expect($('.post-body').text()).toContain(a.paragraphs[0]);
    }
  });

  it('uk: an RSS feed linked from the home page, with one article at two URLs with the same text', async () => {
    const ua = site('demo-ua-osvita');
    const $ = load(await text(ua.url));
    expect($('link[rel=alternate][type="application/rss+xml"]').attr('href')).toBe('/rss.xml');
    const feed = parseFeed(await text(`${ua.url}rss.xml`));
    const links = feed.items.map((i) => i.url!);
    expect(links).toHaveLength(UA.length + 1);
    const twice = UA.find((a) => a.alsoAt)!;
    const bodies = await Promise.all([twice.path, ...twice.alsoAt!].map(async (p) => load(await text(`${ua.url}${p.slice(1)}`))('.post-body').text()));
    expect(bodies[0]).toBe(bodies[1]);
    for (const link of links) expect(link.startsWith(ua.url)).toBe(true);
  });

  it('ru: windows-1251 bytes declared only in <meta charset>, articles found on the listing by pattern', async () => {
    const ru = site('demo-ru-uchitel');
    const res = await get(`${ru.url}${RU[0].path.slice(1)}`);
    expect(res.headers.get('content-type')).toBe('text/html');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const html = iconv.decode(Buffer.from(bytes), 'win1251');
    expect(html).toContain('<meta charset="windows-1251">');
    expect(html).toContain(RU[0].paragraphs[0]);
    const { sources } = loadSources(demo.sourcesFile);
    const pattern = new RegExp(sources.find((s) => s.id === ru.id)!.discover.listings[0].articlePattern!, 'u');
    const listing = load(iconv.decode(Buffer.from(await (await get(`${ru.url}novosti/`)).arrayBuffer()), 'win1251'));
    const found = new Set(listing('a[href]').map((_, el) => new URL(listing(el).attr('href')!, ru.url).href).get().filter((u) => pattern.test(u)));
    expect([...found].sort()).toEqual(RU.map((a) => `${ru.url}${a.path.slice(1)}`).sort());
  });

  it('pl: robots.txt names a sitemap index of a sitemap and a Google News sitemap', async () => {
    const pl = site('demo-pl-edukacja');
    expect(await text(`${pl.url}robots.txt`)).toContain(`Sitemap: ${pl.url}sitemap_index.xml`);
    const index = load(await text(`${pl.url}sitemap_index.xml`), { xml: true });
    const children = index('sitemap > loc').map((_, el) => index(el).text()).get();
    expect(children).toEqual([`${pl.url}sitemap-posts.xml`, `${pl.url}sitemap-news.xml`]);
    const posts = load(await text(children[0]), { xml: true });
    const urls = posts('url > loc').map((_, el) => posts(el).text()).get();
    expect(urls).toHaveLength(PL.length + 1);
    for (const u of urls) expect((await get(u)).status, u).toBe(200);
    const news = load(await text(children[1]), { xml: true });
    expect(news('news\\:publication_date').length).toBe(2);
  });

  it('bg: a listing of three pages linked by a.next, one link redirecting to its article', async () => {
    const bg = site('demo-bg-obrazovanie');
    const found: string[] = [];
    let page: string | null = `${bg.url}novini/`;
    let pages = 0;
    while (page) {
      const $ = load(await text(page));
      pages++;
      found.push(...$('ul.news-list h3 a').map((_, el) => new URL($(el).attr('href')!, page!).href).get());
      const next = $('a.next').attr('href');
      page = next ? new URL(next, page).href : null;
    }
    expect(pages).toBe(3);
    expect(found).toHaveLength(BG.length);
    const redirects = await Promise.all(found.map(async (u) => (await get(u)).status));
    expect(redirects.filter((s) => s === 301)).toHaveLength(1);
    expect(redirects.filter((s) => s === 200)).toHaveLength(BG.length - 1);
  });

  it('answers a conditional request with 304', async () => {
    const url = `${site('demo-ua-osvita').url}rss.xml`;
    const first = await get(url);
    const etag = first.headers.get('etag')!;
    const modified = first.headers.get('last-modified')!;
    expect((await get(url, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(url, { 'if-modified-since': modified })).status).toBe(304);
    expect((await get(url, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('uk (JavaScript): the served HTML has no article text; a browser renders it from the API', async () => {
    const js = site('demo-ua-oblosvita');
    const a = UA_JS[0];
    const url = `${js.url}${a.path.slice(1)}`;
    expect(await text(url)).not.toContain(a.paragraphs[0]);
    expect(await text(`${js.url}sitemap.xml`)).toContain(url);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('#app[data-ready] article p');
      expect(await page.textContent('#app article')).toContain(a.paragraphs[0]);
      expect(await page.getAttribute('#app time', 'datetime')).toBe(a.published);
    } finally {
      await browser.close();
    }
  }, 30_000);
});

describe('demo sources file', () => {
  it('describes the running sites at their actual ports and validates', () => {
    expect(demo.sourcesFile).not.toBe(demoSourcesFile());
    const { sources } = loadSources(demo.sourcesFile);
    expect(sources.map((s) => s.home).sort()).toEqual(demo.sites.map((s) => s.url).sort());
    expect(readFileSync(demo.sourcesFile, 'utf8')).not.toMatch(/127\.0\.0\.1:478\d\d/);
    for (const s of sources) {
      expect(s.allowPrivateNetwork, s.id).toBe(true);
      expect(s.politeness.delay, s.id).toBeLessThanOrEqual(0.2);
      expect(s.verified.note, s.id).toMatch(/offline demo/);
    }
    expect(sources.find((s) => s.id === 'demo-ua-oblosvita')?.render).toBe('browser');
  });

  it('the bundled file lists every site at the default ports', () => {
    const { sources } = loadSources(demoSourcesFile());
    expect(sources.map((s) => s.id)).toEqual(DEMO_SITES.map((s) => s.id));
    expect(sources.map((s) => s.home)).toEqual(DEMO_SITES.map((s) => `http://127.0.0.1:${DEMO_BASE_PORT + s.offset}/`));
    expect(readFileSync(demoSourcesFile(), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../sources.schema.json');
  });

  it('close() stops the sites and removes the temporary copy', async () => {
    const other = await startDemoSites({ port: 0 });
    const { sourcesFile } = other;
    expect(existsSync(sourcesFile)).toBe(true);
    await other.close();
    expect(existsSync(sourcesFile)).toBe(false);
    await expect(fetch(other.sites[0].url)).rejects.toThrow();
  });
});
