/**
 * SSRF: every spelling of a loopback, private, link-local or otherwise non-public address is
 * refused without allowPrivateNetwork — as a URL, after DNS, and as a redirect target — and a
 * refused source is reported failed, never `ok`. Long refused URLs are quoted short.
 */
import dns from 'node:dns';
import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { crawlSources, nonPublicReason, UrlPolicy } from '../crawlers/index.js';
import { createRuntime, policyGotOptions } from '../crawlers/fetch-core.js';
import { runCrawl, createProgress } from '../cli/index.js';
import { openStore, sourceStatus } from '../store/index.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';
import { article, makeSource, recorder } from './fixtures/crawl/harness.js';

/** URL hosts an attacker can use for the local machine or its network, each with what it is. */
const SPELLINGS: [string, RegExp][] = [
  ['127.0.0.1', /loopback/],
  ['127.1', /loopback/],
  ['0x7f.0.0.1', /loopback/],
  ['2130706433', /loopback/],
  ['017700000001', /loopback/],
  ['0', /this network/],
  ['[::1]', /loopback/],
  ['[::]', /unspecified/],
  ['[::ffff:127.0.0.1]', /IPv4-mapped 127\.0\.0\.1: loopback/],
  ['[::ffff:7f00:1]', /IPv4-mapped 127\.0\.0\.1: loopback/],
  ['[0:0:0:0:0:ffff:7f00:0001]', /IPv4-mapped 127\.0\.0\.1/],
  ['[::ffff:a9fe:a9fe]', /IPv4-mapped 169\.254\.169\.254: link-local/],
  ['[::127.0.0.1]', /IPv4-compatible 127\.0\.0\.1/],
  ['[::ffff:0:7f00:1]', /IPv4-translated 127\.0\.0\.1/],
  ['[64:ff9b::7f00:1]', /NAT64 127\.0\.0\.1/],
  ['[2002:7f00:1::]', /6to4 127\.0\.0\.1/],
  ['[2002:c0a8:101::1]', /6to4 192\.168\.1\.1: private/],
  ['[fe80::1]', /link-local/],
  ['[fd00::1]', /unique-local/],
  ['[fec0::1]', /site-local/],
  ['[ff02::1]', /multicast/],
  ['10.0.0.1', /private/],
  ['172.16.5.4', /private/],
  ['192.168.0.10', /private/],
  ['169.254.169.254', /link-local/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['198.18.0.1', /benchmarking/],
  ['224.0.0.1', /multicast/],
  ['255.255.255.255', /reserved/],
];

const PUBLIC = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '[2001:4860:4860::8888]', '[::ffff:8.8.8.8]', '[2606:4700::1111]'];

const policy = new UrlPolicy(makeSource('http://news.example', { allowPrivateNetwork: false, hosts: ['news.example'] }));

describe('every spelling of a non-public address is refused', () => {
  it.each(SPELLINGS)('http://%s/ is refused (%s)', (host, why) => {
    const url = `http://${host}/a`;
    const canonical = new URL(url).hostname;
    expect(nonPublicReason(canonical)).toMatch(why);
    // As a fetch of a source that lists the host, and as a redirect target from a public page.
    const own = new UrlPolicy(makeSource(`http://${host}`, { allowPrivateNetwork: false }));
    expect(own.refusal(url)).toMatch(/^refused: .*not a public address/);
    expect(policy.redirectRefusal(url, 'http://news.example/x')).toMatch(/refused/);
    // got's followRedirect hook does not follow it (the 3xx becomes a refused failure).
    const rt = createRuntime(makeSource(`http://${host}`, { allowPrivateNetwork: false, hosts: ['news.example'] }));
    const follow = policyGotOptions(rt, { url: 'http://news.example/x', kind: 'article' }).followRedirect as (r: unknown) => boolean;
    expect(follow({ headers: { location: url }, url: 'http://news.example/x' })).toBe(false);
  });

  it.each(PUBLIC)('%s is public', (host) => {
    expect(nonPublicReason(new URL(`http://${host}/`).hostname)).toBeNull();
  });

  it('allowPrivateNetwork lets them through (tests and demos)', () => {
    const open = new UrlPolicy(makeSource('http://[::ffff:7f00:1]', { allowPrivateNetwork: true }));
    expect(open.refusal('http://[::ffff:7f00:1]/a')).toBeNull();
  });

  it('a refused data: redirect is quoted short in the error', () => {
    const data = `data:text/html;base64,${'A'.repeat(1350)}`;
    const msg = policy.redirectRefusal(data, 'http://news.example/x')!;
    expect(msg).toMatch(/not an http\(s\) URL/);
    expect(msg.length).toBeLessThan(600);
    expect(msg).toContain('characters)');
  });
});

describe('crawls of non-public hosts', () => {
  let server: FixtureServer;
  let dir: string;
  beforeAll(async () => {
    server = await startFixtureServer({ '/robots.txt': { status: 404 }, '/a1': { body: article('a') } });
    dir = mkdtempSync(join(tmpdir(), 'eduwatch-ssrf-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[::1]'])('http://%s:PORT/ is never fetched; the source error is fatal', async (host) => {
    const base = `http://${host}:${server.port}`;
    const rec = recorder();
    server.requests.length = 0;
    await crawlSources([makeSource(base, { allowPrivateNetwork: false, discover: { urls: [`${base}/a1`] } })], rec);
    expect(server.requests).toHaveLength(0);
    expect(rec.pages).toHaveLength(0);
    expect(rec.eventsOf('source-error')).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/refused: .*not a public address/) })]);
  });

  it('a host name that resolves to loopback is refused, and the run and `status` say the source failed', async () => {
    const realLookup = dns.lookup;
    vi.spyOn(dns, 'lookup').mockImplementation(((host: string, opts: unknown, cb?: unknown) => {
      const callback = (typeof opts === 'function' ? opts : cb) as (e: Error | null, a: unknown, f?: number) => void;
      if (host !== 'evil.example') return (realLookup as (...a: unknown[]) => void)(host, opts, cb);
      const all = typeof opts === 'object' && opts !== null && (opts as { all?: boolean }).all;
      if (all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
      else callback(null, '127.0.0.1', 4);
    }) as typeof dns.lookup);
    const base = `http://evil.example:${server.port}`;
    const source = makeSource(base, { id: 'evil', allowPrivateNetwork: false, discover: { urls: [`${base}/a1`] } });
    const good = makeSource(server.url, { id: 'good', discover: { urls: [`${server.url}/a1`] } });
    const db = openStore(join(dir, 'ssrf.db'));
    try {
      server.requests.length = 0;
      const progress = createProgress({ json: true, stream: new PassThrough() });
      const result = await runCrawl({ db, sources: [source, good], progress });
      expect(result.sources).toEqual([
        expect.objectContaining({ source: 'evil', status: 'failed', error: expect.stringMatching(/evil\.example resolves to private address 127\.0\.0\.1/) }),
        expect.objectContaining({ source: 'good', status: 'ok', new: 1 }),
      ]);
      expect(result.status).toBe('partial');
      // Only the good source reached the server.
      expect(server.requests.every((r) => r.headers.host === `127.0.0.1:${server.port}`)).toBe(true);
      const [evil] = sourceStatus(db, [{ id: 'evil', name: 'evil' }]);
      expect(evil).toMatchObject({ failing: true, lastError: expect.stringMatching(/resolves to private address/) });
    } finally {
      db.close();
    }
  });
});
