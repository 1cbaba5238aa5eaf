/**
 * Hostile servers can slow a crawl, never break it: each bad URL becomes a failed event (or a
 * source-error for unreadable discovery documents) and the crawl goes on with the next URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { startFixtureServer, type FixtureServer, type Routes } from './helpers/fixture-server.js';
import { crawlSources } from '../crawlers/index.js';
import { article, makeSource, recorder, type Recorder } from './fixtures/crawl/harness.js';

const hung = new Set<http.ServerResponse>();
const timers = new Set<NodeJS.Timeout>();

const GZIP_BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x41)); // 20 MB of "A", ~20 KB compressed

const routes: Routes = {
  '/robots.txt': { status: 404 },
  '/good': { body: article('Все гаразд') },
  '/never-answers': (_req, res) => void hung.add(res),
  '/endless-fast': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (res.write(chunk));
      res.once('drain', pump);
    };
    res.on('close', () => res.removeAllListeners('drain'));
    pump();
  },
  '/endless-slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const t = setInterval(() => res.write('<p>.</p>'), 50);
    timers.add(t as unknown as NodeJS.Timeout);
    res.on('close', () => clearInterval(t));
  },
  '/garbage': { headers: { 'content-type': 'text/html' }, body: randomBytes(4096) },
  '/loop-a': { status: 302, headers: { location: '/loop-b' } },
  '/loop-b': { status: 302, headers: { location: '/loop-a' } },
  '/gzip-bomb': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: GZIP_BOMB },
  '/bad-encoding': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: 'this is not gzip at all' },
  '/reset': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
    res.write('<html><body>half');
    setTimeout(() => req.socket.destroy(), 20);
  },
  '/feed-malformed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '<rss><channel><item><link>http://x/1</link></item' },
  '/feed-garbage.xml': { headers: { 'content-type': 'application/rss+xml' }, body: randomBytes(2048) },
  '/feed-html.xml': { headers: { 'content-type': 'text/html' }, body: '<html><body>Not a feed</body></html>' },
  '/sitemap-broken.xml': { headers: { 'content-type': 'application/xml' }, body: '<?xml version="1.0"?><urlset><url><loc>' },
};

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(routes);
});
afterAll(async () => {
  for (const t of timers) clearInterval(t);
  for (const res of hung) res.destroy();
  await server.close();
});

async function crawlUrls(paths: string[], politeness: Record<string, unknown> = {}): Promise<Recorder> {
  const rec = recorder();
  const source = makeSource(server.url, {
    discover: { urls: [...paths, '/good'].map((p) => server.url + p) },
    politeness: { timeout: 1, retries: 0, maxBytes: 1_000_000, concurrency: 4, ...politeness },
  });
  await crawlSources([source], rec);
  return rec;
}

describe('hostile article URLs become failures and the crawl continues', () => {
  it.each([
    ['/never-answers', /no response within 1 s|timed out/i],
    ['/endless-fast', /more than maxBytes 1000000/],
    ['/endless-slow', /timed? ?out|within 1 s|Timeout/i],
    ['/loop-a', /too many redirects/],
    ['/gzip-bomb', /more than maxBytes 1000000/],
    ['/bad-encoding', /.+/],
    ['/reset', /.+/],
  ])('%s', async (p, message) => {
    const rec = await crawlUrls([p]);
    const failed = rec.eventsOf('failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].url).toBe(server.url + p);
    expect(failed[0].message).toMatch(message);
    expect(rec.of('article').map((a) => a.requestedUrl)).toEqual([`${server.url}/good`]);
  });

  it('garbage bytes are fetched and decoded without breaking anything', async () => {
    const rec = await crawlUrls(['/garbage']);
    const garbage = rec.of('article').find((p) => p.requestedUrl.endsWith('/garbage'))!;
    expect(garbage.body.length).toBe(4096);
    expect(typeof garbage.html).toBe('string');
    expect(rec.eventsOf('failed')).toHaveLength(0);
  });

  it('all of them in one crawl: one failure each, the good page stored, source-end reached', async () => {
    const bad = ['/never-answers', '/endless-fast', '/endless-slow', '/loop-a', '/gzip-bomb', '/bad-encoding', '/reset'];
    const rec = await crawlUrls(bad, { concurrency: 8 });
    expect(rec.eventsOf('failed').map((f) => new URL(f.url).pathname).sort()).toEqual([...bad].sort());
    expect(rec.of('article').map((a) => a.requestedUrl)).toEqual([`${server.url}/good`]);
    expect(rec.eventsOf('source-end')).toHaveLength(1);
  });
});

describe('unreadable discovery documents become source errors', () => {
  it.each([
    ['feeds', '/feed-malformed.xml', /feed .*feed-malformed\.xml/],
    ['feeds', '/feed-garbage.xml', /not a readable RSS\/Atom feed/],
    ['feeds', '/feed-html.xml', /not a readable RSS\/Atom feed/],
    ['sitemaps', '/sitemap-broken.xml', /malformed sitemap XML/],
  ] as const)('%s %s', async (kind, p, message) => {
    const rec = recorder();
    const source = makeSource(server.url, {
      discover: { [kind]: [server.url + p], urls: [`${server.url}/good`] },
      politeness: { timeout: 1, retries: 0 },
    });
    await crawlSources([source], rec);
    const errors = rec.eventsOf('source-error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
    expect(rec.of('article').map((a) => a.requestedUrl)).toEqual([`${server.url}/good`]);
  });

  it('an entity-expansion ("billion laughs") feed is read in bounded time', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('')}]>
      <rss version="2.0"><channel><title>&bbbbbbbbb;</title><item><title>x</title><link>${server.url}/good</link></item></channel></rss>`;
    server.routes['/feed-lol.xml'] = { headers: { 'content-type': 'application/rss+xml' }, body: lol };
    const rec = recorder();
    await crawlSources([makeSource(server.url, { discover: { feeds: [`${server.url}/feed-lol.xml`] }, politeness: { timeout: 1, retries: 0 } })], rec);
    expect(rec.of('article').map((a) => a.requestedUrl)).toEqual([`${server.url}/good`]);
  });

  it('a source whose discovery documents all fail reports that it found nothing', async () => {
    const rec = recorder();
    await crawlSources([makeSource(server.url, { discover: { feeds: [`${server.url}/missing.xml`, `${server.url}/feed-html.xml`] }, politeness: { retries: 0 } })], rec);
    expect(rec.eventsOf('failed')[0]).toMatchObject({ kind: 'feed', status: 404 });
    // The summary names the first cause, not just the outcome.
    expect(rec.eventsOf('source-error').map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^nothing discovered: feed http:\/\/127\.0\.0\.1:\d+\/missing\.xml: HTTP 404$/),
    );
  });

  it('a source whose robots.txt is unreachable says so when it finds nothing', async () => {
    const down = await startFixtureServer({ '/robots.txt': { status: 503 } });
    try {
      const rec = recorder();
      await crawlSources([makeSource(down.url, { discover: { feeds: [`${down.url}/feed.xml`] }, politeness: { retries: 0 } })], rec);
      const messages = rec.eventsOf('source-error').map((e) => e.message);
      expect(messages).toContainEqual(expect.stringMatching(/^nothing discovered: http:\/\/127\.0\.0\.1:\d+\/robots\.txt: .*robots\.txt unreachable/));
      expect(down.hits('/feed.xml')).toBe(0);
    } finally {
      await down.close();
    }
  });
});
