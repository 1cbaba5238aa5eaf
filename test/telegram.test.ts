/**
 * Telegram channels (issue 12): the preview-page parser on markup modelled on t.me's
 * (scripts/demo-sites/_telegram.ts), and crawls of a channel served on 127.0.0.1 that pages like
 * t.me/s (twenty messages a page, ?before= / ?after=): posts become documents at their post URLs
 * with their time, text, edited / views / forwarded-from / album; a re-crawl reads no old post; a
 * new post is read alone; --backfill walks older pages; `sources add` suggests an entry; a WARC
 * export holds each post as a conversion record of its channel page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSources } from '../crawlers/index.js';
import { channelRef, parseChannelPage, parseCount, postDocument } from '../crawlers/telegram.js';
import { runCrawl } from '../cli/crawl-run.js';
import { createProgress } from '../cli/progress.js';
import { openStore } from '../store/index.js';
import { channelPage, type TgChannel } from '../scripts/demo-sites/_telegram.js';
import { UK_CHANNEL } from '../scripts/demo-sites/sites/telegram.js';
import { runInProcess } from './fixtures/cli/run.js';
import { parseWarc } from './helpers/warc-reader.js';

describe('parseChannelPage', () => {
  const html = channelPage('http://127.0.0.1:1', UK_CHANNEL);
  const page = parseChannelPage(html, UK_CHANNEL.username);
  const byId = (id: number) => page.posts.find((p) => p.meta.postId === id)!;

  it('reads the newest page, oldest first, with the link to older posts', () => {
    expect(page.isChannelPage).toBe(true);
    expect(page.channelTitle).toBe(UK_CHANNEL.title);
    const ids = page.posts.map((p) => p.meta.postId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids.at(-1)).toBe(27);
    expect(page.before).toBe(ids[0]);
    expect(page.after).toBeNull();
  });

  it('each post: time, views, edited, forwarded-from, media, text with its formatting', () => {
    expect(byId(13).meta).toMatchObject({ postedAt: '2025-10-13T05:58:21.000Z', edited: true, views: 14800, forwardedFrom: null, media: [] });
    expect(byId(15).meta).toMatchObject({ forwardedFrom: 'Міністерство освіти і науки України', forwardedUrl: 'https://t.me/mon_gov_ua/8123', edited: false });
    expect(byId(11).meta.media).toEqual(['document']);
    expect(byId(11).captions).toEqual(['Графік_освітнього_процесу_ІІ_чверть.pdf']);
    expect(byId(12).meta.media).toEqual(['poll']);
    expect(byId(16).meta).toMatchObject({ media: ['photo'], albumIds: [16] });
    expect(byId(13).text).toMatch(/^‼️ Уночі 13 жовтня 2025 року/);
    expect(byId(13).textHtml).toContain('<i class="emoji"');
    // The fragment is the post's element exactly as it is in the page.
    for (const p of page.posts) expect(html).toContain(p.fragment);
  });

  it('an album is one post with every photo id; service messages are left out', () => {
    const older = parseChannelPage(channelPage('http://127.0.0.1:1', UK_CHANNEL, { before: 11 }), UK_CHANNEL.username);
    const album = older.posts.find((p) => p.meta.postId === 7)!;
    expect(album.meta).toMatchObject({ media: ['photo', 'photo', 'photo', 'photo'], albumIds: [7, 8, 9, 10] });
    expect(older.posts.map((p) => p.meta.postId)).not.toContain(1);
    expect(older.before).toBeNull();
    expect(older.after).toBe(7);
  });

  it('the post document keeps links and formatting, one paragraph per blank line', () => {
    const post = parseChannelPage(
      `<section class="tgme_channel_history js-message_history"><div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="chan_demo/5">
      <div class="tgme_widget_message_text js-message_text" dir="auto"><b>Увага!</b> Перший абзац.<br/><br/>Другий <a href="https://mon.gov.ua/x">абзац</a>.</div>
      <div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/chan_demo/5"><time datetime="2025-01-02T03:04:05+00:00" class="time">03:04</time></a></span></div></div></div></section>`,
      'chan_demo',
    ).posts[0];
    expect(post.text).toBe('Увага! Перший абзац.\n\nДругий абзац.');
    const doc = postDocument(post, 'Chan');
    expect(doc).toContain('<p><b>Увага!</b> Перший абзац.</p>');
    expect(doc).toContain('<p>Другий <a href="https://mon.gov.ua/x">абзац</a>.</p>');
    expect(doc).toContain('<link rel="canonical" href="https://t.me/chan_demo/5">');
    expect(doc).toContain('content="2025-01-02T03:04:05.000Z"');
  });

  it.each([
    ['4.85K', 4850],
    ['79.8K', 79800],
    ['1.2M', 1200000],
    ['948', 948],
    ['', null],
  ])('views %s → %s', (text, n) => expect(parseCount(text)).toBe(n));

  it.each([
    ['mon_gov_ua', { channel: 'mon_gov_ua', origin: 'https://t.me' }],
    ['@mon_gov_ua', { channel: 'mon_gov_ua', origin: 'https://t.me' }],
    ['https://t.me/s/mon_gov_ua', { channel: 'mon_gov_ua', origin: 'https://t.me' }],
    ['https://t.me/mon_gov_ua/8123', { channel: 'mon_gov_ua', origin: 'https://t.me' }],
    ['http://127.0.0.1:4000/s/demo_chan', { channel: 'demo_chan', origin: 'http://127.0.0.1:4000' }],
    ['mon', null],
    ['1channel', null],
    ['ftp://t.me/s/mon_gov_ua', null],
  ])('channel entry %s', (entry, ref) => expect(channelRef(entry)).toEqual(ref));
});

/** A channel host that pages as t.me/s does, built from a channel that tests may add posts to. */
async function startChannelHost(ch: TgChannel) {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${url.pathname}${url.search}`);
    if (url.pathname === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      return;
    }
    if (url.pathname !== `/s/${ch.username}`) {
      res.writeHead(404).end();
      return;
    }
    const q: { before?: number; after?: number } = {};
    if (url.searchParams.has('before')) q.before = Number(url.searchParams.get('before'));
    if (url.searchParams.has('after')) q.after = Number(url.searchParams.get('after'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(channelPage(origin, ch, q));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('crawling a Telegram channel', () => {
  let dir: string;
  let db: string;
  let sourcesFile: string;
  const channel: TgChannel = { ...UK_CHANNEL, posts: [...UK_CHANNEL.posts] };
  let host: Awaited<ReturnType<typeof startChannelHost>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eduwatch-telegram-'));
    host = await startChannelHost(channel);
    db = join(dir, 'store.db');
    sourcesFile = join(dir, 'sources.yaml');
    writeFileSync(
      sourcesFile,
      `sources:
  - id: tg-zp
    name: Освіта Запорізької області (тест)
    country: UA
    languages: [uk]
    kind: official
    home: ${host.origin}/
    verified: { by: test suite, on: '2026-12-04', note: A fixture channel served on 127.0.0.1 by the tests. }
    discover:
      telegram: ['${host.origin}/s/${channel.username}']
    politeness: { delay: 0, concurrency: 1, retries: 0, timeout: 10 }
    allowPrivateNetwork: true
`,
    );
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const crawl = async (backfill?: number) => {
    const { sources } = loadSources(sourcesFile);
    const conn = openStore(db);
    try {
      const sink = { write: () => true } as unknown as NodeJS.WritableStream;
      const before = host.requests.length;
      const result = await runCrawl({ db: conn, sources, backfill, progress: createProgress({ json: true, stream: sink }) });
      return { summary: result.sources[0], requests: host.requests.slice(before).filter((r) => r !== '/robots.txt') };
    } finally {
      conn.close();
    }
  };
  const rows = <T>(sql: string) => {
    const conn = openStore(db, { readonly: true });
    try {
      return conn.prepare(sql).all() as T[];
    } finally {
      conn.close();
    }
  };

  it('the first crawl stores each post of the newest page as a document at its post URL', async () => {
    const { summary, requests } = await crawl();
    expect(requests).toEqual([`/s/${channel.username}`]);
    expect(summary).toMatchObject({ status: 'ok', new: 17, failed: 0 });
    const docs = rows<{ url: string; published_at: string; lang: string }>('SELECT url, published_at, lang FROM documents ORDER BY id');
    expect(docs[0]).toEqual({ url: `https://t.me/${channel.username}/11`, published_at: '2025-10-09', lang: 'uk' });
    expect(docs.every((d) => d.lang === 'uk')).toBe(true);
    const post13 = rows<Record<string, unknown>>(`SELECT edited, views, forwarded_from, posted_at FROM v_telegram_posts WHERE post_id = 13`)[0];
    expect(post13).toEqual({ edited: 1, views: 14800, forwarded_from: null, posted_at: '2025-10-13T05:58:21.000Z' });
    const events = JSON.parse((await runInProcess(['query', 'events', '--db', db, '--type', 'damage', '--json'])).stdout) as { documentUrl: string; institution: string; date: string }[];
    expect(events.map((e) => [e.documentUrl, e.institution, e.date])).toContainEqual([`https://t.me/${channel.username}/13`, 'Запорізька гімназія № 28', '2025-10-13']);
    // The channel page is archived; each post's bytes are its element in that page, whose SHA-256 it names.
    const pages = rows<{ sha256: string }>(`SELECT sha256 FROM fetches WHERE kind = 'listing'`);
    expect(pages).toHaveLength(1);
    const named = rows<{ page_sha256: string }>('SELECT DISTINCT page_sha256 FROM telegram_posts');
    expect(named).toEqual([{ page_sha256: pages[0].sha256 }]);
  });

  it('a re-crawl reads only what is newer than the newest stored post, and no old post again', async () => {
    const { summary, requests } = await crawl();
    expect(requests).toEqual([`/s/${channel.username}?after=27`]);
    expect(summary).toMatchObject({ status: 'ok', new: 0, discovered: 0 });
  });

  it('a new post is read alone', async () => {
    channel.posts.push({ id: 28, date: '2025-11-12T08:00:00+00:00', text: 'Уночі 12 листопада 2025 року внаслідок атаки дронів пошкоджено будівлю Запорізького ліцею № 99.', views: '1.0K' });
    const { summary, requests } = await crawl();
    expect(requests).toEqual([`/s/${channel.username}?after=27`]);
    expect(summary).toMatchObject({ new: 1, discovered: 1 });
    expect(rows<{ url: string }>(`SELECT url FROM documents ORDER BY id DESC LIMIT 1`)[0].url).toBe(`https://t.me/${channel.username}/28`);
  });

  it('--backfill N walks older pages up to N posts', async () => {
    const { summary, requests } = await crawl(30);
    // Then ?before=2 shows only the service message "Channel created": the channel's start.
    expect(requests).toEqual([`/s/${channel.username}?after=28`, `/s/${channel.username}?before=11`, `/s/${channel.username}?before=2`]);
    // Posts 2-7 (1 is the service message; 8-10 are photos of the album 7).
    expect(summary).toMatchObject({ new: 6 });
    const ids = rows<{ post_id: number }>('SELECT post_id FROM telegram_posts ORDER BY post_id').map((r) => r.post_id);
    expect(ids.slice(0, 6)).toEqual([2, 3, 4, 5, 6, 7]);
    const album = rows<{ media: string; album_ids: string }>('SELECT media, album_ids FROM telegram_posts WHERE post_id = 7')[0];
    expect(JSON.parse(album.album_ids)).toEqual([7, 8, 9, 10]);
  });

  it('a WARC export holds each post as a conversion record of its channel page, with digests that match', async () => {
    const out = join(dir, 'tg.warc.gz');
    const r = await runInProcess(['export', '--what', 'warc', '--db', db, '--out', out]);
    expect(r.code).toBe(0);
    const records = parseWarc(readFileSync(out));
    const responses = new Map(records.filter((x) => x.field('WARC-Type') === 'response').map((x) => [x.field('WARC-Record-ID'), x]));
    const conversions = records.filter((x) => x.field('WARC-Type') === 'conversion');
    expect(conversions).toHaveLength(rows<{ n: number }>('SELECT count(*) AS n FROM telegram_posts')[0].n);
    for (const c of conversions) {
      const page = responses.get(c.field('WARC-Refers-To'))!;
      expect(page, c.field('WARC-Target-URI')).toBeDefined();
      expect(page.http!.payload.toString('utf8')).toContain(c.block.toString('utf8'));
      expect(c.field('WARC-Target-URI')).toMatch(new RegExp(`^https://t\\.me/${channel.username}/\\d+$`));
    }
    // Round trip: a fresh store gets the same posts and events.
    const fresh = join(dir, 'fresh.db');
    const imported = await runInProcess(['import', out, '--db', fresh, '--sources', sourcesFile, '--json']);
    expect(imported.code).toBe(0);
    const a = openStore(db, { readonly: true });
    const b = openStore(fresh, { readonly: true });
    try {
      const sql = `SELECT p.url, p.edited, p.views, p.media, p.album_ids, d.text, (SELECT group_concat(e.data, '|') FROM events e WHERE e.document_id = d.id) AS events
                     FROM v_telegram_posts p JOIN documents d ON d.id = p.document_id ORDER BY p.url`;
      expect(b.prepare(sql).all()).toEqual(a.prepare(sql).all());
    } finally {
      a.close();
      b.close();
    }
  });

  it('sources add https://…/s/<channel> prints a telegram entry', async () => {
    const r = await runInProcess(['sources', 'add', `${host.origin}/s/${channel.username}`, '--allow-private-network']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`- ${host.origin}/s/${channel.username}`);
    expect(r.stdout).toMatch(/telegram:/);
    expect(r.stdout).toContain(`name: ${channel.title}`);
    expect(r.stdout).toMatch(/languages:\s*\n\s*- uk/);
    expect(r.stdout).toMatch(/id: tg-zp-osvita-demo/);
  });

  it('sources validate names a bad channel entry', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(sourcesFile, 'utf8').replace(/telegram: \[.*\]/, "telegram: ['no']"));
    const r = await runInProcess(['sources', 'validate', '--sources', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/bad\.yaml:\d+ sources\[0\] \(tg-zp\) discover\.telegram\[0\]: must be a public channel name/);
  });
});
