import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { startFixtureServer, type FixtureServer, type Routes } from './helpers/fixture-server.js';
import { crawlSources, discoverArticles } from '../crawlers/index.js';
import { article, makeSource, recorder } from './fixtures/crawl/harness.js';

let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(routes: (base: () => string) => Routes): Promise<string> {
  let base = '';
  server = await startFixtureServer(routes(() => base));
  base = server.url;
  return base;
}

const xml = { 'content-type': 'application/xml; charset=utf-8' };

describe('feeds', () => {
  it('reads RSS 2.0 items: link, pubDate and title become the article hints', async () => {
    const base = await serve((b) => ({
      '/rss.xml': {
        headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
        get body() {
          return `<?xml version="1.0"?><rss version="2.0"><channel><title>Новини</title>
            <item><title>Перша</title><link>${b()}/news/1?utm_source=rss#top</link><pubDate>Mon, 18 Jul 2022 19:02:00 +0300</pubDate></item>
            <item><title>Друга</title><link>/news/2</link><pubDate>Tue, 19 Jul 2022 08:00:00 GMT</pubDate></item>
          </channel></rss>`;
        },
      },
      '/news/1': { body: article('Перша') },
      '/news/2': { body: article('Друга') },
    }));
    const source = makeSource(base, { discover: { feeds: [`${base}/rss.xml`] } });
    const rec = recorder();
    const stats = await crawlSources([source], rec);
    const articles = rec.of('article');
    expect(articles.map((p) => p.requestedUrl).sort()).toEqual([`${base}/news/1`, `${base}/news/2`]);
    const first = articles.find((p) => p.requestedUrl === `${base}/news/1`)!;
    expect(first.hints).toEqual({ published: '2022-07-18T16:02:00.000Z', title: 'Перша' });
    expect(first.discoveredVia).toEqual({ kind: 'feed', url: `${base}/rss.xml` });
    expect(rec.of('feed')).toHaveLength(1);
    expect(stats[source.id]).toMatchObject({ discovered: 2, fetched: 2, failed: 0 });
    expect(rec.eventsOf('discovered').map((e) => e.via)).toEqual(['feed', 'feed']);
  });

  it('reads Atom entries', async () => {
    const base = await serve((b) => ({
      '/atom.xml': {
        headers: { 'content-type': 'application/atom+xml' },
        get body() {
          return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Aktualności</title><id>urn:x</id><updated>2020-12-15T10:00:00Z</updated>
            <entry><title>Umowa o współpracy</title><link href="${b()}/aktualnosci/umowa"/><id>urn:1</id><published>2020-12-15T10:00:00Z</published><updated>2020-12-16T10:00:00Z</updated></entry>
          </feed>`;
        },
      },
      '/aktualnosci/umowa': { body: article('Umowa') },
    }));
    const found = await discoverArticles(makeSource(base, { discover: { feeds: [`${base}/atom.xml`] } }));
    expect(found).toEqual([{ url: `${base}/aktualnosci/umowa`, via: 'feed', hints: { published: '2020-12-15T10:00:00.000Z', title: 'Umowa o współpracy' } }]);
  });
});

describe('sitemaps', () => {
  it('follows a sitemap index to its (gzipped) sitemaps, newest sitemaps and entries first', async () => {
    const base = await serve((b) => ({
      '/sitemap.xml': {
        headers: xml,
        get body() {
          return `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>${b()}/sitemap-1.xml</loc><lastmod>2024-03-01</lastmod></sitemap>
            <sitemap><loc>${b()}/sitemap-2.xml.gz</loc><lastmod>2024-05-01</lastmod></sitemap></sitemapindex>`;
        },
      },
      '/sitemap-1.xml': {
        headers: xml,
        get body() {
          return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>${b()}/old</loc><lastmod>2019-01-01</lastmod></url><url><loc>${b()}/new</loc><lastmod>2024-03-01</lastmod></url></urlset>`;
        },
      },
      '/sitemap-2.xml.gz': {
        headers: { 'content-type': 'application/gzip' },
        get body() {
          return gzipSync(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${b()}/zipped</loc></url></urlset>`);
        },
      },
    }));
    const found = await discoverArticles(makeSource(base, { discover: { sitemaps: [`${base}/sitemap.xml`] } }));
    expect(found.map((f) => f.url)).toEqual([`${base}/zipped`, `${base}/new`, `${base}/old`]);
    expect(found[1]).toEqual({ url: `${base}/new`, via: 'sitemap', hints: { published: '2024-03-01T00:00:00.000Z', title: null } });
  });

  it('reads Google News sitemaps: news:publication_date and news:title', async () => {
    const base = await serve((b) => ({
      '/news-sitemap.xml': {
        headers: xml,
        get body() {
          return `<?xml version="1.0" encoding="UTF-8"?>
          <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>${b()}/novosti/1</loc><news:news><news:publication><news:name>Вести</news:name><news:language>ru</news:language></news:publication>
              <news:publication_date>2022-08-30T09:50:00+03:00</news:publication_date><news:title>Колледж открылся</news:title></news:news></url>
          </urlset>`;
        },
      },
    }));
    const found = await discoverArticles(makeSource(base, { discover: { sitemaps: [`${base}/news-sitemap.xml`] } }));
    expect(found).toEqual([{ url: `${base}/novosti/1`, via: 'sitemap', hints: { published: '2022-08-30T06:50:00.000Z', title: 'Колледж открылся' } }]);
  });
});

describe('listings', () => {
  it('follows `next` up to maxPages, taking links by selector and pattern', async () => {
    const page = (n: number, next: string | null) => `<html><body><nav><a href="/about">About</a></nav>
      <ul class="news">${[1, 2].map((i) => `<li><a href="/news/${n}-${i}">Новина ${n}.${i}</a></li>`).join('')}<li><a href="/tag/x">tag</a></li></ul>
      ${next ? `<a class="next" href="${next}">Далі</a>` : ''}</body></html>`;
    const base = await serve(() => ({
      '/news': { body: page(1, '/news?page=2') },
      '/news?page=2': { body: page(2, '/news?page=3') },
      '/news?page=3': { body: page(3, null) },
    }));
    const source = makeSource(base, {
      discover: { listings: [{ url: `${base}/news`, articles: 'ul.news a', articlePattern: '/news/\\d+-\\d+$', next: 'a.next', maxPages: 2 }] },
    });
    const found = await discoverArticles(source);
    expect(found.map((f) => f.url)).toEqual([`${base}/news/1-1`, `${base}/news/1-2`, `${base}/news/2-1`, `${base}/news/2-2`]);
    expect(found[0]).toMatchObject({ via: 'listing', hints: { title: 'Новина 1.1' } });
    expect(server!.hits('/news?page=3')).toBe(0);
  });

  it('says so when a listing selector finds nothing (the site changed)', async () => {
    const base = await serve(() => ({ '/news': { body: '<html><body><div class="new-layout"><a href="/n/1">x</a></div></body></html>' } }));
    const rec = recorder();
    await crawlSources([makeSource(base, { discover: { listings: [{ url: `${base}/news`, articles: 'ul.news a' }] } })], rec);
    expect(rec.eventsOf('source-error').map((e) => e.message)).toContainEqual(`listing ${base}/news: selector "ul.news a" found no article links (has the page changed?)`);
  });

  it('a dry run stops at its limit', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `<url><loc>/p/${i}</loc></url>`).join('');
    const base = await serve(() => ({ '/s.xml': { headers: xml, body: `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</urlset>` } }));
    const found = await discoverArticles(makeSource(base, { discover: { sitemaps: [`${base}/s.xml`] } }), { limit: 5 });
    expect(found.map((f) => f.url)).toEqual([0, 1, 2, 3, 4].map((i) => `${base}/p/${i}`));
  });
});

describe('article selection', () => {
  it('normalises, de-duplicates and filters URLs; seeds are fetched too', async () => {
    const base = await serve((b) => ({
      '/rss.xml': {
        headers: { 'content-type': 'application/rss+xml' },
        get body() {
          const items = ['/a1?utm_medium=x', '/a1#comments', '/a2', '/skip/a3', 'http://elsewhere.example/a4'];
          return `<rss version="2.0"><channel><title>t</title>${items.map((u) => `<item><link>${u.startsWith('http') ? u : b() + u}</link></item>`).join('')}</channel></rss>`;
        },
      },
      '/a1': { body: article('a1') },
      '/a2': { body: article('a2') },
      '/seed': { body: article('seed') },
    }));
    const source = makeSource(base, { discover: { feeds: [`${base}/rss.xml`], urls: [`${base}/seed`] }, exclude: ['/skip/'] });
    const rec = recorder();
    const stats = await crawlSources([source], rec);
    expect(rec.of('article').map((p) => p.requestedUrl).sort()).toEqual([`${base}/a1`, `${base}/a2`, `${base}/seed`]);
    const skipped = rec.eventsOf('skipped').map((e) => [e.url, e.reason]);
    expect(skipped).toEqual(expect.arrayContaining([[`${base}/skip/a3`, 'filtered'], ['http://elsewhere.example/a4', 'off-host']]));
    expect(stats[source.id]).toMatchObject({ discovered: 5, fetched: 3, skipped: 2 });
    expect(server!.hits('/a1')).toBe(1);
  });

  it('caps new article fetches with maxArticles (option or source)', async () => {
    const base = await serve(() => Object.fromEntries([1, 2, 3, 4].map((i) => [`/a${i}`, { body: article(`a${i}`) }])));
    const source = makeSource(base, { discover: { urls: [1, 2, 3, 4].map((i) => `${base}/a${i}`) }, maxArticles: 3 });
    const rec = recorder();
    await crawlSources([source], rec, { maxArticles: 2 });
    expect(rec.of('article')).toHaveLength(2);
    expect(rec.eventsOf('skipped').filter((e) => e.reason === 'limit')).toHaveLength(2);
    await crawlSources([source], rec);
    expect(rec.of('article')).toHaveLength(4);
  });
});

describe('incremental crawling', () => {
  it('a second crawl fetches no known article and sends conditional requests for the feed', async () => {
    let feedBody = '';
    const base = await serve(() => ({
      '/rss.xml': (req, res) => {
        const etag = '"v1"';
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': 'Mon, 18 Jul 2022 16:02:00 GMT' });
        res.end(feedBody);
      },
      '/a1': { body: article('a1') },
      '/a2': { body: article('a2') },
    }));
    feedBody = `<rss version="2.0"><channel><title>t</title><item><link>${base}/a1</link></item><item><link>${base}/a2</link></item></channel></rss>`;
    const source = makeSource(base, { discover: { feeds: [`${base}/rss.xml`], urls: [`${base}/a1`] } });
    const rec = recorder();
    await crawlSources([source], rec);
    expect(rec.of('article')).toHaveLength(2);
    expect(rec.validators.get(`${base}/rss.xml`)).toEqual({ etag: '"v1"', lastModified: 'Mon, 18 Jul 2022 16:02:00 GMT' });

    const second = await crawlSources([source], rec);
    expect(rec.of('article')).toHaveLength(2);
    expect(server!.hits('/a1') + server!.hits('/a2')).toBe(2);
    const feedRequests = server!.requests.filter((r) => r.path === '/rss.xml');
    expect(feedRequests[1].headers['if-none-match']).toBe('"v1"');
    expect(feedRequests[1].headers['if-modified-since']).toBe('Mon, 18 Jul 2022 16:02:00 GMT');
    expect(rec.eventsOf('not-modified')).toEqual([{ type: 'not-modified', sourceId: source.id, url: `${base}/rss.xml` }]);
    expect(second[source.id]).toMatchObject({ fetched: 0, notModified: 1, skipped: 1 });
  });

  it('does not save a feed’s validators while one of its articles is unfinished', async () => {
    let a2Status = 503;
    const base = await serve((b) => ({
      '/rss.xml': {
        headers: { 'content-type': 'application/rss+xml', etag: '"v1"' },
        get body() {
          return `<rss version="2.0"><channel><title>t</title><item><link>${b()}/a1</link></item><item><link>${b()}/a2</link></item></channel></rss>`;
        },
      },
      '/a1': { body: article('a1') },
      '/a2': (_req, res) => {
        res.writeHead(a2Status, { 'content-type': 'text/html' });
        res.end(article('a2'));
      },
    }));
    const source = makeSource(base, { discover: { feeds: [`${base}/rss.xml`] }, politeness: { retries: 0 } });
    const rec = recorder();
    await crawlSources([source], rec);
    expect(rec.validators.size).toBe(0);
    a2Status = 200;
    await crawlSources([source], rec);
    expect(rec.of('article').map((p) => p.requestedUrl).sort()).toEqual([`${base}/a1`, `${base}/a2`]);
    expect(rec.validators.get(`${base}/rss.xml`)).toEqual({ etag: '"v1"' });
  });
});
