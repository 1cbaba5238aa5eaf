import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { getEventListeners } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { startFixtureServer, type FixtureServer, type Routes } from './helpers/fixture-server.js';
import { crawlSources, fetchPage, parseRetryAfter, DEFAULT_USER_AGENT, HostGate, isPrivateAddress } from '../crawlers/index.js';
import { openResponse } from '../crawlers/http-client.js';
import { makePublicOnlyLookup } from '../crawlers/url-policy.js';
import { createRuntime, policyGotOptions } from '../crawlers/fetch-core.js';
import { article, makeSource, recorder } from './fixtures/crawl/harness.js';

const servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(routes: Routes): Promise<FixtureServer> {
  const s = await startFixtureServer(routes);
  servers.push(s);
  return s;
}

describe('robots.txt', () => {
  it('skips disallowed URLs for the eduwatch user agent and sends the eduwatch User-Agent', async () => {
    const s = await serve({
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nDisallow: /\n\nUser-agent: eduwatch\nDisallow: /private/\nAllow: /\n' },
      '/news/1': { body: article('open') },
      '/private/2': { body: article('closed') },
    });
    const source = makeSource(s.url, { discover: { urls: [`${s.url}/news/1`, `${s.url}/private/2`] } });
    const rec = recorder();
    await crawlSources([source], rec);
    expect(rec.of('article').map((p) => p.requestedUrl)).toEqual([`${s.url}/news/1`]);
    expect(rec.eventsOf('skipped')).toEqual([{ type: 'skipped', sourceId: source.id, url: `${s.url}/private/2`, reason: 'robots' }]);
    expect(s.hits('/private/2')).toBe(0);
    expect(s.hits('/robots.txt')).toBe(1);
    expect(rec.of('robots')).toHaveLength(1);
    expect(s.requests.every((r) => r.headers['user-agent'] === DEFAULT_USER_AGENT)).toBe(true);
  });

  it('respectRobots: false fetches everything; a source User-Agent replaces the default', async () => {
    const s = await serve({ '/robots.txt': { body: 'User-agent: *\nDisallow: /\n' }, '/a1': { body: article('a') } });
    const rec = recorder();
    await crawlSources([makeSource(s.url, { politeness: { respectRobots: false, userAgent: 'eduwatch-test/9' } })], rec);
    expect(rec.of('article')).toHaveLength(1);
    expect(s.hits('/robots.txt')).toBe(0);
    expect(s.requests[0].headers['user-agent']).toBe('eduwatch-test/9');
  });

  it('a robots.txt that fails with 5xx disallows the host for this crawl (RFC 9309)', async () => {
    const s = await serve({ '/robots.txt': { status: 503, body: 'down' }, '/a1': { body: article('a') } });
    const rec = recorder();
    await crawlSources([makeSource(s.url, { politeness: { retries: 0 } })], rec);
    expect(s.hits('/a1')).toBe(0);
    expect(rec.eventsOf('failed')[0]).toMatchObject({ kind: 'robots', status: 503 });
    expect(rec.eventsOf('skipped')[0]).toMatchObject({ reason: 'robots' });
  });
});

describe('hosts and redirects', () => {
  it('follows a same-host redirect and records the final URL', async () => {
    const s = await serve({ '/old': { status: 301, headers: { location: '/new' } }, '/new': { body: article('moved') } });
    const rec = recorder();
    await crawlSources([makeSource(s.url, { discover: { urls: [`${s.url}/old`] } })], rec);
    const [p] = rec.of('article');
    expect(p).toMatchObject({ requestedUrl: `${s.url}/old`, finalUrl: `${s.url}/new`, status: 200 });
  });

  it('does not follow a redirect off the source’s hosts', async () => {
    const other = await serve({ '/landing': { body: article('elsewhere') } });
    const s = await serve({ '/out': { status: 302, headers: { location: `${other.url}/landing` } } });
    const rec = recorder();
    await crawlSources([makeSource(s.url, { discover: { urls: [`${s.url}/out`] } })], rec);
    expect(other.hits('/landing')).toBe(0);
    expect(rec.of('article')).toHaveLength(0);
    const [f] = rec.eventsOf('failed');
    expect(f).toMatchObject({ url: `${s.url}/out`, status: 302, kind: 'article' });
    expect(f.message).toContain(`redirect to ${other.url}/landing refused`);
    expect(f.message).toContain('hosts');
  });

  it('follows a redirect to a host listed in `hosts`', async () => {
    const other = await serve({ '/landing': { body: article('elsewhere') } });
    const s = await serve({ '/out': { status: 302, headers: { location: `${other.url}/landing` } } });
    const rec = recorder();
    await crawlSources([makeSource(s.url, { discover: { urls: [`${s.url}/out`] }, hosts: [new URL(other.url).host] })], rec);
    expect(rec.of('article')[0]).toMatchObject({ finalUrl: `${other.url}/landing`, status: 200 });
  });

  it.each([
    ['127.0.0.1 literal', (port: number) => `http://127.0.0.1:${port}`],
    ['localhost name', (port: number) => `http://localhost:${port}`],
  ])('refuses private network addresses without allowPrivateNetwork (%s)', async (_label, urlOf) => {
    const s = await serve({ '/a1': { body: article('a') } });
    const base = urlOf(s.port);
    const source = makeSource(base, { allowPrivateNetwork: false });
    const rec = recorder();
    const stats = await crawlSources([source], rec);
    expect(s.requests).toHaveLength(0);
    expect(rec.pages).toHaveLength(0);
    const [err] = rec.eventsOf('source-error');
    expect(err.message).toMatch(/refused: .*(loopback|private)/);
    expect(err.message).toContain('allowPrivateNetwork');
    expect(stats[source.id].fetched).toBe(0);
    await expect(fetchPage(source, `${base}/a1`)).rejects.toThrow(/refused/);
  });

  it('the connect-time DNS check refuses names that resolve to private addresses', async () => {
    const lookup = makePublicOnlyLookup();
    const result = await new Promise<{ err: (Error & { code?: string }) | null; address: unknown }>((resolve) =>
      lookup('localhost', { all: true }, (err, address) => resolve({ err, address })),
    );
    expect(result.err?.code).toBe('EDUWATCH_POLICY');
    expect(result.err?.message).toMatch(/localhost resolves to private address (127\.0\.0\.1|::1)/);
  });

  it('the HTTP client really uses that check: a name resolving to loopback is refused, the server never reached', async () => {
    const s = await serve({ '/a1': { body: article('a') } });
    const source = makeSource(`http://localhost:${s.port}`, { allowPrivateNetwork: false });
    const rt = createRuntime(source);
    const options = policyGotOptions(rt, { url: `http://localhost:${s.port}/a1`, kind: 'article' });
    const err = await openResponse({ url: `http://localhost:${s.port}/a1`, ...options }).then(() => null, (e: Error & { code?: string }) => e);
    expect(err?.code).toBe('EDUWATCH_POLICY');
    expect(err?.message).toMatch(/resolves to private address/);
    expect(s.requests).toHaveLength(0);
    // and the same options with allowPrivateNetwork reach the server
    const open = createRuntime(makeSource(`http://localhost:${s.port}`));
    const ok = await openResponse({ url: `http://localhost:${s.port}/a1`, ...policyGotOptions(open, { url: `http://localhost:${s.port}/a1`, kind: 'article' }) });
    expect(ok.response.statusCode).toBe(200);
    ok.dispose();
  });

  it.each([
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['127.8.8.8', true],
    ['::1', true],
    ['fd12::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['2001:db8::1', false],
  ])('isPrivateAddress(%s) = %s', (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});

describe('retries, statuses and limits', () => {
  it('honours 429 Retry-After, then succeeds', async () => {
    let calls = 0;
    const s = await serve({
      '/a1': (_req, res) => {
        calls++;
        if (calls === 1) {
          res.writeHead(429, { 'retry-after': '1' });
          res.end('slow down');
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(article('ok'));
      },
    });
    const rec = recorder();
    await crawlSources([makeSource(s.url, { politeness: { retries: 2 } })], rec);
    const hits = s.requests.filter((r) => r.path === '/a1');
    expect(hits).toHaveLength(2);
    expect(hits[1].at - hits[0].at).toBeGreaterThanOrEqual(950);
    expect(rec.of('article')[0].status).toBe(200);
    expect(rec.eventsOf('failed')).toHaveLength(0);
  });

  it('parses Retry-After as seconds or an HTTP date, capped at 120 s', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('86400', now)).toBe(120_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('retries a 5xx with backoff and succeeds', async () => {
    let calls = 0;
    const s = await serve({
      '/a1': (_req, res) => {
        calls++;
        res.writeHead(calls < 3 ? 503 : 200, { 'content-type': 'text/html' });
        res.end(article('eventually'));
      },
    });
    const rec = recorder();
    await crawlSources([makeSource(s.url, { politeness: { retries: 3 } })], rec);
    const hits = s.requests.filter((r) => r.path === '/a1');
    expect(hits).toHaveLength(3);
    expect(hits[2].at - hits[1].at).toBeGreaterThan(hits[1].at - hits[0].at);
    expect(rec.of('article')[0].status).toBe(200);
  });

  it('reports a failure once 5xx retries are exhausted, without storing the page', async () => {
    const s = await serve({ '/a1': { status: 500, body: 'boom' }, '/a2': { body: article('fine') } });
    const rec = recorder();
    const stats = await crawlSources([makeSource(s.url, { discover: { urls: [`${s.url}/a1`, `${s.url}/a2`] }, politeness: { retries: 2 } })], rec);
    expect(s.hits('/a1')).toBe(3);
    expect(rec.eventsOf('failed')).toEqual([{ type: 'failed', sourceId: 'test-source', url: `${s.url}/a1`, kind: 'article', status: 500, message: 'HTTP 500' }]);
    expect(rec.of('article').map((p) => p.requestedUrl)).toEqual([`${s.url}/a2`]);
    expect(stats['test-source']).toMatchObject({ fetched: 1, failed: 1 });
  });

  it('records a 404 once (no retry) so the URL becomes known', async () => {
    const s = await serve({});
    const rec = recorder();
    const source = makeSource(s.url, { politeness: { retries: 3 } });
    await crawlSources([source], rec);
    expect(s.hits('/a1')).toBe(1);
    expect(rec.of('article')[0]).toMatchObject({ status: 404, requestedUrl: `${s.url}/a1` });
    expect(rec.eventsOf('failed')[0]).toMatchObject({ status: 404 });
    await crawlSources([source], rec);
    expect(s.hits('/a1')).toBe(1);
  });

  it('aborts responses larger than maxBytes, by Content-Length and while streaming', async () => {
    const big = 'x'.repeat(4096);
    const s = await serve({
      '/declared': { headers: { 'content-length': String(big.length) }, body: big },
      '/chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 8; i++) res.write(big);
        res.end();
      },
      '/small': { body: article('small') },
    });
    const rec = recorder();
    const source = makeSource(s.url, { discover: { urls: ['/declared', '/chunked', '/small'].map((p) => s.url + p) }, politeness: { maxBytes: 2048, retries: 2 } });
    await crawlSources([source], rec);
    const failed = rec.eventsOf('failed');
    expect(failed.map((f) => f.url).sort()).toEqual([`${s.url}/chunked`, `${s.url}/declared`]);
    expect(failed.find((f) => f.url.endsWith('/declared'))!.message).toMatch(/Content-Length 4096 bytes exceeds maxBytes 2048/);
    expect(failed.find((f) => f.url.endsWith('/chunked'))!.message).toMatch(/more than maxBytes 2048/);
    expect(s.hits('/declared')).toBe(1);
    expect(rec.of('article').map((p) => p.requestedUrl)).toEqual([`${s.url}/small`]);
  });

  it('spaces the moments requests to one host leave by the politeness delay', async () => {
    const s = await serve(Object.fromEntries([1, 2, 3].map((i) => [`/a${i}`, { body: article(`a${i}`) }])));
    // The gate the crawl uses, recording when each request was reported sent (at the connection).
    const sentAt: number[] = [];
    const gate = new HostGate();
    const acquire = gate.acquire.bind(gate);
    gate.acquire = async (...args) => {
      const ticket = await acquire(...args);
      let reported = false;
      const sent = (at?: number) => {
        if (!reported) sentAt.push(at ?? Date.now());
        reported = true;
        ticket.sent(at);
      };
      return { sent, release: () => ticket.release() };
    };
    const rec = recorder();
    await crawlSources([makeSource(s.url, { discover: { urls: [1, 2, 3].map((i) => `${s.url}/a${i}`) }, politeness: { delay: 0.3, concurrency: 3, respectRobots: false } })], rec, { gate });
    expect(rec.of('article')).toHaveLength(3);
    expect(s.requests).toHaveLength(3);
    // Every request reported when it left, and no two left closer than the delay.
    const first = [...sentAt].sort((a, b) => a - b);
    expect(first).toHaveLength(3);
    expect(first[1] - first[0]).toBeGreaterThanOrEqual(300);
    expect(first[2] - first[1]).toBeGreaterThanOrEqual(300);
  });
});

describe('crawl lifecycle', () => {
  it('leaves no listener on the crawl\'s abort signal, however many robots.txt files and pages it fetches', async () => {
    const sites = await Promise.all(Array.from({ length: 15 }, () => serve({ '/robots.txt': { body: 'User-agent: *\nAllow: /\n' }, '/a': { body: article('a') } })));
    const controller = new AbortController();
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const rec = recorder();
      const urls = sites.map((x) => `${x.url}/a`);
      await crawlSources([makeSource(sites[0].url, { discover: { urls }, hosts: sites.map((x) => new URL(x.url).host) })], rec, { signal: controller.signal });
      expect(rec.of('article')).toHaveLength(15);
      expect(rec.of('robots')).toHaveLength(15);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('writes no crawlee storage/ folder into the working directory', async () => {
    const cwd = process.cwd();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eduwatch-cwd-'));
    const s = await serve({ '/a1': { body: article('a') } });
    process.chdir(dir);
    try {
      const rec = recorder();
      await crawlSources([makeSource(s.url, { render: 'static' })], rec);
      expect(rec.of('article')).toHaveLength(1);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops on abort: the page in hand reaches onPage, nothing new starts, the call returns promptly', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => `/a${i}`);
    const s = await serve(Object.fromEntries(urls.map((u) => [u, { body: article(u), delayMs: 50 }])));
    const controller = new AbortController();
    const rec = recorder();
    const stored: string[] = [];
    const onPage = async (p: { requestedUrl: string }) => {
      controller.abort();
      await new Promise((r) => setTimeout(r, 200));
      stored.push(p.requestedUrl);
    };
    const stats = await crawlSources(
      // concurrency 2 and a 3 s delay: the second request is waiting at the host gate when the crawl aborts.
      [makeSource(s.url, { discover: { urls: urls.map((u) => s.url + u) }, politeness: { concurrency: 2, delay: 3, respectRobots: false } })],
      { ...rec, onPage },
      { signal: controller.signal },
    );
    expect(stored).toHaveLength(1);
    expect(s.requests).toHaveLength(1);
    expect(rec.eventsOf('failed')).toHaveLength(0);
    expect(rec.eventsOf('source-end')).toHaveLength(1);
    expect(stats['test-source']).toBeDefined();
  });

  it('fetchPage fetches one URL with the same policy', async () => {
    const s = await serve({ '/robots.txt': { body: 'User-agent: *\nDisallow: /no\n' }, '/yes': { body: article('yes') } });
    const source = makeSource(s.url);
    const page = await fetchPage(source, `${s.url}/yes#frag`);
    expect(page).toMatchObject({ requestedUrl: `${s.url}/yes`, status: 200, kind: 'article', via: 'http', sourceId: 'test-source' });
    await expect(fetchPage(source, `${s.url}/no`)).rejects.toThrow(/robots\.txt/);
    await expect(fetchPage(source, 'http://example.org/x')).rejects.toThrow(/not one of the source's hosts/);
  });
});
