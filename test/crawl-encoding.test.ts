/**
 * Content-Encoding is undone by eduwatch, layer by layer, within maxBytes: stacked encodings decode
 * (or stop at the cap as a bomb), unknown ones are refused, and a body cut short is a failure, never
 * a shorter page.
 */
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSources } from '../crawlers/index.js';
import { startFixtureServer, type FixtureServer, type Routes } from './helpers/fixture-server.js';
import { article, makeSource, recorder } from './fixtures/crawl/harness.js';

const PAGE = article('Стиснута сторінка', 'Текст статті про школу, стиснутий кілька разів.');
const BOMB = Buffer.alloc(30 * 1024 * 1024, 0x20); // 30 MB of spaces: ~30 KB gzipped

const enc = (encoding: string, body: Buffer): Routes[string] => ({ headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding }, body });

const routes: Routes = {
  '/robots.txt': { status: 404 },
  '/gzip': enc('gzip', gzipSync(PAGE)),
  '/gzip-gzip': enc('gzip, gzip', gzipSync(gzipSync(PAGE))),
  '/deflate-br': enc('deflate, br', brotliCompressSync(deflateSync(PAGE))),
  '/deflate-raw': enc('deflate', deflateRawSync(PAGE)),
  '/br': enc('br', brotliCompressSync(PAGE)),
  '/gzip-bomb': enc('gzip', gzipSync(BOMB)),
  '/br-bomb': enc('br', brotliCompressSync(BOMB)),
  '/stacked-bomb': enc('gzip, gzip', gzipSync(gzipSync(BOMB))),
  '/too-many-layers': enc('gzip, gzip, gzip, gzip', gzipSync(gzipSync(gzipSync(gzipSync(PAGE))))),
  '/zstd': enc('zstd', Buffer.from('not really zstd')),
  '/lying-gzip': enc('gzip', Buffer.from('plain text pretending to be gzip')),
  '/truncated-gzip': enc('gzip', gzipSync(PAGE).subarray(0, 60)),
  '/short-body': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '10000' });
    res.write('<html><body><p>only the start');
    setTimeout(() => req.socket.destroy(), 20);
  },
  '/closed-early': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>chunked, then the connection drops');
    setTimeout(() => req.socket.destroy(), 20);
  },
};

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(routes);
});
afterAll(() => server.close());

async function crawl(path: string) {
  const rec = recorder();
  await crawlSources([makeSource(server.url, { discover: { urls: [server.url + path] }, politeness: { retries: 0, maxBytes: 1_000_000 } })], rec);
  return rec;
}

describe('Content-Encoding', () => {
  it.each(['/gzip', '/gzip-gzip', '/deflate-br', '/deflate-raw', '/br'])('%s decodes to the page, byte for byte', async (path) => {
    const rec = await crawl(path);
    expect(rec.eventsOf('failed')).toEqual([]);
    const [page] = rec.of('article');
    expect(Buffer.from(page.body).toString('utf8')).toBe(PAGE);
    expect(page.html).toContain('Стиснута сторінка');
  });

  it.each([
    ['/gzip-bomb', /more than maxBytes 1000000 bytes after undoing Content-Encoding gzip/],
    ['/br-bomb', /more than maxBytes 1000000 bytes after undoing Content-Encoding br/],
    ['/stacked-bomb', /more than maxBytes 1000000 bytes after undoing Content-Encoding gzip, gzip/],
    ['/too-many-layers', /4 layers/],
    ['/zstd', /unsupported Content-Encoding "zstd"/],
    ['/lying-gzip', /could not be decoded \(Content-Encoding gzip\)/],
    ['/truncated-gzip', /could not be decoded|unexpected end/i],
    ['/short-body', /cut off|truncated|closed before/],
    ['/closed-early', /cut off|truncated|closed before/],
  ])('%s fails with a readable reason and stores nothing', async (path, why) => {
    const rec = await crawl(path);
    expect(rec.of('article')).toEqual([]);
    const failed = rec.eventsOf('failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].message).toMatch(why);
  });
});
