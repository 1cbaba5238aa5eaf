/**
 * The crawler against a loopback site: a node:http server on 127.0.0.1 serving robots.txt, a
 * sitemap index with its sitemaps (ETag / Last-Modified, so a re-crawl gets 304s) and N heavy
 * article pages (each with a distinct line, so each is a new document). `eduwatch crawl` runs as a
 * child process (politeness off: delay 0, concurrency 8) under /usr/bin/time for its peak RSS;
 * then a bare loop (fetch, decode, the same extraction and store writes, in this process) over the
 * same URLs; then a second crawl, whose requests are counted by kind. Requests only go to 127.0.0.1, bounded in number.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeBody } from '../crawlers/charset.js';
import { SourceSchema } from '../crawlers/source-schema.js';
import { projectRoot } from '../extractors/_data.js';
import { ingestPage, openStore, upsertSources } from '../store/index.js';
import { heavyPages } from './_bench-pages.js';

const run = promisify(execFile);
/** URLs per sitemap file (the protocol allows 50,000). */
const PER_SITEMAP = 10_000;
/** Distinct heavy pages the articles are made from (each article adds its own numbered line). */
const POOL = 25;

export interface CrawlBench {
  pages: number;
  crawlSeconds: number;
  crawlPagesPerSec: number;
  bareSeconds: number;
  barePagesPerSec: number;
  overhead: number;
  peakRssMB: number;
  recrawl: Record<string, number>;
  stored: number;
}

interface Site {
  url: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startSite(n: number, seed: number): Promise<Site> {
  const pool = heavyPages(Math.ceil(POOL / 5), seed).slice(0, POOL);
  const hits = new Map<string, number>();
  const count = (kind: string) => hits.set(kind, (hits.get(kind) ?? 0) + 1);
  const modified = 'Mon, 01 Jan 2024 00:00:00 GMT';
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const notModified = req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === modified;
    const xml = (kind: string, body: () => string) => {
      count(notModified ? `${kind} 304` : kind);
      if (notModified) {
        res.writeHead(304, { etag: '"v1"', 'last-modified': modified }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/xml', etag: '"v1"', 'last-modified': modified }).end(body());
    };
    if (path === '/robots.txt') {
      count('robots');
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nAllow: /\nSitemap: ${site.url}/sitemap.xml\n`);
    } else if (path === '/sitemap.xml') {
      xml('sitemap', () => {
        const files = Math.ceil(n / PER_SITEMAP);
        const items = Array.from({ length: files }, (_, i) => `<sitemap><loc>${site.url}/sitemap-${i}.xml</loc></sitemap>`).join('');
        return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</sitemapindex>`;
      });
    } else if (/^\/sitemap-\d+\.xml$/.test(path)) {
      const k = Number(/\d+/.exec(path)![0]);
      xml('sitemap', () => {
        const urls: string[] = [];
        for (let i = k * PER_SITEMAP; i < Math.min(n, (k + 1) * PER_SITEMAP); i++) urls.push(`<url><loc>${site.url}/news/${i}</loc></url>`);
        return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`;
      });
    } else if (/^\/news\/\d+$/.test(path)) {
      count('article');
      const i = Number(path.slice(6));
      const page = pool[i % pool.length];
      const html = page.html.replace('<div class="entry-content">', `<div class="entry-content">\n<p>Матеріал № ${i} із серії публікацій редакції про освіту.</p>`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else {
      count('other');
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  const site: Site = {
    url: `http://127.0.0.1:${address.port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return site;
}

export function sourcesYaml(site: Site, n: number): string {
  return `sources:
  - id: bench-crawl
    name: Crawl bench site
    country: UA
    languages: [uk, ru, pl, bg, en]
    kind: news
    home: ${site.url}/
    verified: { by: npm run bench, on: '2024-01-15', note: loopback site of the crawl benchmark }
    discover:
      sitemaps: [${site.url}/sitemap.xml]
    politeness: { delay: 0, concurrency: 8, timeout: 60, retries: 1, respectRobots: true }
    maxArticles: ${n}
    allowPrivateNetwork: true
`;
}

/** Run `eduwatch crawl` as a child under /usr/bin/time; its peak RSS in MB. */
async function crawlOnce(sources: string, db: string): Promise<{ seconds: number; peakRssMB: number; stdout: string }> {
  const main = join(projectRoot(), 'dist', 'cli', 'main.js');
  const t = performance.now();
  const { stdout, stderr } = await run('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', process.execPath, main, 'crawl', '--sources', sources, '--db', db, '--json'], {
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CRAWLEE_STORAGE_DIR: join(db, '..', 'crawlee'), NO_COLOR: '1' },
  });
  const seconds = (performance.now() - t) / 1000;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
  return { seconds, peakRssMB: kb / 1024, stdout };
}

/**
 * The bare loop: fetch each article, decode it and ingest it into a store of its own (the same
 * extraction and the same store writes as the crawl), `concurrency` fetches at a time, without
 * the crawler (no crawlee, no discovery, no politeness, no process start).
 */
async function bareLoop(site: Site, n: number, concurrency: number, dbFile: string): Promise<number> {
  const db = openStore(dbFile);
  try {
    upsertSources(db, [
      SourceSchema.parse({
        id: 'bench-bare', name: 'Bare loop', country: 'UA', languages: ['uk'], kind: 'news', home: `${site.url}/`,
        verified: { by: 'npm run bench', on: '2024-01-15', note: 'bare loop of the crawl benchmark' }, discover: { urls: [`${site.url}/news/0`] },
      }),
    ]);
    let next = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) {
          const i = next++;
          const url = `${site.url}/news/${i}`;
          const res = await fetch(url);
          const body = new Uint8Array(await res.arrayBuffer());
          const type = res.headers.get('content-type');
          const decoded = decodeBody(body, type);
          ingestPage(db, null, {
            sourceId: 'bench-bare', kind: 'article', requestedUrl: url, finalUrl: url, status: res.status, headers: type ? { 'content-type': type } : {},
            fetchedAt: new Date().toISOString(), body, html: decoded.text, encoding: decoded.encoding, encodingSource: decoded.encodingSource, via: 'http',
          });
        }
      }),
    );
    return (performance.now() - t) / 1000;
  } finally {
    db.close();
  }
}

export async function benchCrawl(opts: { pages: number; dir: string; seed: number; bare?: boolean }): Promise<CrawlBench> {
  mkdirSync(opts.dir, { recursive: true });
  const site = await startSite(opts.pages, opts.seed);
  try {
    const sources = join(opts.dir, 'crawl-sources.yaml');
    const db = join(opts.dir, 'crawl.db');
    writeFileSync(sources, sourcesYaml(site, opts.pages));
    const first = await crawlOnce(sources, db);
    const summary = JSON.parse(first.stdout.slice(first.stdout.indexOf('{'))) as { totals?: { new?: number } };
    // The memory crawl needs no bare loop (nor its store of the same size).
    const bareSeconds = opts.bare === false ? NaN : await bareLoop(site, opts.pages, 8, join(opts.dir, 'bare.db'));
    site.hits.clear();
    await crawlOnce(sources, db);
    const recrawl = Object.fromEntries([...site.hits].sort());
    return {
      pages: opts.pages,
      crawlSeconds: first.seconds,
      crawlPagesPerSec: opts.pages / first.seconds,
      bareSeconds,
      barePagesPerSec: opts.pages / bareSeconds,
      overhead: first.seconds / bareSeconds,
      peakRssMB: first.peakRssMB,
      recrawl,
      stored: summary.totals?.new ?? -1,
    };
  } finally {
    await site.close();
  }
}
