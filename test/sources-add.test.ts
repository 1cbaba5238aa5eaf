import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from 'citty';
import addCommand, { suggestSource } from '../cli/commands/sources-add.js';
import { CLIError } from '../cli/errors.js';
import { SourcesFileSchema } from '../crawlers/source-schema.js';
import { startFixtureServer, type FixtureServer, type Routes } from './helpers/fixture-server.js';

const UK_TEXT =
  'Міністерство освіти і науки України та Харківський національний університет підписали меморандум про співпрацю. ' +
  'Документ передбачає спільні програми підготовки вчителів, стажування студентів та обмін досвідом між закладами освіти. ' +
  'Сторони домовилися також про відновлення пошкоджених навчальних корпусів.';
const RU_TEXT =
  'Министерство просвещения и колледж подписали соглашение о сотрудничестве в сфере профессионального образования. ' +
  'Документ предусматривает практику студентов на предприятиях региона и совместные программы обучения, ' +
  'которые начнут работать уже в этом учебном году.';

const RSS = (base: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Новини</title><link>${base}/</link>` +
  `<item><title>Меморандум</title><link>${base}/news/1</link><pubDate>Tue, 29 Oct 2024 08:00:00 GMT</pubDate></item>` +
  `<item><title>Ліцей</title><link>${base}/news/2</link></item></channel></rss>`;
const SITEMAP = (base: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/news/1</loc></url></urlset>`;

const servers: FixtureServer[] = [];
/** A fixture site whose routes may use its own base URL. */
async function site(make: (base: string) => Routes): Promise<FixtureServer> {
  const server = await startFixtureServer({});
  server.routes = make(server.url);
  servers.push(server);
  return server;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/**
 * The printed YAML must parse; pasted under `sources:` it fails validation on its placeholders
 * only (who verified the source, why it is trusted, an unknown country), and validates once a
 * person has filled them in.
 */
function validates(yaml: string) {
  const list = parse(yaml) as { verified: { by: string; note: string }; country: string }[];
  expect(Array.isArray(list)).toBe(true);
  const before = SourcesFileSchema.safeParse({ sources: list });
  const issues = (before.success ? [] : before.error.issues).map((i) => i.path.slice(2).join('.')).sort();
  const e0 = list[0];
  const todo = (v: string) => v.startsWith('TODO');
  expect(issues).toEqual([todo(e0.country) && 'country', todo(e0.verified.by) && 'verified.by', todo(e0.verified.note) && 'verified.note'].filter(Boolean));
  expect(todo(e0.verified.note)).toBe(true);
  const fill = (v: string, by: string) => (todo(v) ? by : v);
  const edited = list.map((e) => ({
    ...e,
    country: fill(e.country, 'UA'),
    verified: { ...e.verified, by: fill(e.verified.by, 'A. Maintainer'), note: fill(e.verified.note, 'Checked by hand: the official site of the institution.') },
  }));
  const result = SourcesFileSchema.safeParse({ sources: edited });
  expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
  return result.success ? result.data.sources[0] : null;
}

const page = (head: string, body: string, lang = 'uk') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body><nav>Головна</nav><article><p>${body}</p></article></body></html>`;

describe('sources add', () => {
  it('finds a linked feed, the sitemap named in robots.txt, the language and the site name', async () => {
    const s = await site((base) => ({
      '/': { body: page('<title>Новини | Освітній вісник</title><meta property="og:site_name" content="Освітній вісник"><link rel="alternate" type="application/rss+xml" href="/news/rss.xml"><link rel="alternate" type="application/atom+xml" href="/broken.xml">', UK_TEXT) },
      '/news/rss.xml': { headers: { 'content-type': 'application/rss+xml' }, body: RSS(base) },
      '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: `User-agent: *\nDisallow: /admin/\nSitemap: ${base}/sitemap-news.xml\n` },
      '/broken.xml': { body: '<html><body>not a feed</body></html>' },
    }));

    const { entry, yaml, notes } = await suggestSource(`${s.url}/`, { allowPrivateNetwork: true, today: '2026-11-22', verifiedBy: 'tester' });
    expect(entry.discover.feeds).toEqual([`${s.url}/news/rss.xml`]);
    expect(entry.discover.sitemaps).toEqual([`${s.url}/sitemap-news.xml`]);
    expect(entry.languages).toEqual(['uk']);
    expect(entry.country).toBe('UA');
    expect(entry.kind).toBe('news');
    expect(entry.name).toBe('Освітній вісник');
    expect(entry.id).toBe(`127-0-0-1-${s.port}`);
    expect(entry.allowPrivateNetwork).toBe(true);
    expect(notes.some((n) => n.includes('/broken.xml') && n.includes('not an RSS/Atom feed'))).toBe(true);
    // The common paths are not tried once a linked feed works.
    expect(s.hits('/feed')).toBe(0);
    const parsed = validates(yaml);
    expect(entry.verified).toEqual({ by: 'tester', on: '2026-11-22', note: expect.stringMatching(/^TODO: .*not reviewed yet/) });
    expect(yaml.split('\n')[0]).toMatch(/^# Suggested by `eduwatch sources add /);
  });

  it('falls back to common feed and sitemap paths, and decodes a windows-1251 page declared only in <meta>', async () => {
    const html = `<!doctype html><html><head><meta charset="windows-1251"><title>Вести колледжа</title></head><body><p>${RU_TEXT}</p></body></html>`;
    const s = await site((base) => ({
      '/': { headers: { 'content-type': 'text/html' }, body: iconv.encode(html, 'win1251') },
      '/rss': { headers: { 'content-type': 'text/html' }, body: '<html>not here</html>' },
      '/rss.xml': { headers: { 'content-type': 'application/xml' }, body: RSS(base) },
      '/sitemap_index.xml': { headers: { 'content-type': 'application/xml' }, body: SITEMAP(base) },
    }));

    const { entry, yaml } = await suggestSource(`${s.url}/`, { allowPrivateNetwork: true, id: 'college-news' });
    expect(entry.id).toBe('college-news');
    expect(entry.name).toBe('Вести колледжа');
    expect(entry.languages).toEqual(['ru']);
    expect(entry.discover.feeds).toEqual([`${s.url}/rss.xml`]);
    expect(entry.discover.sitemaps).toEqual([`${s.url}/sitemap_index.xml`]);
    // Tried in order, stopping at the first real feed.
    for (const path of ['/feed', '/rss', '/rss.xml']) expect(s.hits(path), path).toBe(1);
    expect(s.hits('/feed.xml')).toBe(0);
    validates(yaml);
  });

  it('suggests a listing when there is neither feed nor sitemap, following a redirect to the home page', async () => {
    const s = await site(() => ({
      '/start': { status: 301, headers: { location: '/pl/' } },
      '/pl/': { body: page('<title>Kuratorium Oświaty</title>', 'Kuratorium Oświaty w Rzeszowie oraz Instytut Badań Edukacyjnych podpisały porozumienie o współpracy na rzecz uczenia się przez całe życie w województwie podkarpackim, z udziałem szkół zawodowych.', 'pl') },
    }));
    const { entry, yaml, notes } = await suggestSource(`${s.url}/start`, { allowPrivateNetwork: true });
    expect(entry.home).toBe(`${s.url}/pl/`);
    expect(entry.languages).toEqual(['pl']);
    expect(entry.country).toBe('PL');
    expect(entry.discover).toEqual({ listings: [{ url: `${s.url}/pl/`, articles: 'article a[href], h2 a[href], h3 a[href]', maxPages: 1 }] });
    expect(notes.some((n) => n.includes('redirected'))).toBe(true);
    validates(yaml);
  });

  it('given an article URL, suggests the site: home is the root, feeds found there', async () => {
    const s = await site((base) => ({
      '/': { body: page('<title>Ліцей</title><link rel="alternate" type="application/rss+xml" href="/feed/">', UK_TEXT) },
      '/feed/': { headers: { 'content-type': 'application/rss+xml' }, body: RSS(base) },
      '/news/2024/article-1.html': { body: page('<title>Стаття</title>', UK_TEXT) },
    }));
    const { entry, notes } = await suggestSource(`${s.url}/news/2024/article-1.html`, { allowPrivateNetwork: true });
    expect(entry.home).toBe(`${s.url}/`);
    expect(entry.discover.feeds).toEqual([`${s.url}/feed/`]);
    expect(notes).toContainEqual(expect.stringMatching(/is a page of the site: home is the site's root/));
    expect(s.hits('/news/2024/article-1.html')).toBe(0);
  });

  it('refuses a loopback address unless --allow-private-network is given', async () => {
    const s = await site(() => ({ '/': { body: page('<title>x</title>', UK_TEXT) } }));
    await expect(suggestSource(`${s.url}/`)).rejects.toThrow(/loopback or private address; pass --allow-private-network/);
    expect(s.requests).toHaveLength(0);
  });

  it.each([
    ['not a URL', 'mon.gov.ua', /not a URL/],
    ['not http', 'ftp://example.org/', /give an http\(s\) URL/],
  ])('rejects %s with a usage error', async (_what, url, message) => {
    const err = await suggestSource(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CLIError);
    expect((err as CLIError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(message);
  });

  it('reports an unreachable home page with its HTTP status', async () => {
    const s = await site(() => ({}));
    await expect(suggestSource(`${s.url}/gone`, { allowPrivateNetwork: true })).rejects.toThrow(/\/gone: HTTP 404/);
  });

  it('runs as the `add` command and prints the entry', async () => {
    const s = await site((base) => ({
      '/': { body: page('<title>Ліцей</title><link rel="alternate" type="application/rss+xml" href="/feed/">', UK_TEXT) },
      '/feed/': { headers: { 'content-type': 'application/rss+xml' }, body: RSS(base) },
    }));
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (out.push(chunk), true)) as typeof process.stdout.write;
    try {
      await runCommand(addCommand, { rawArgs: [`${s.url}/`, '--allow-private-network', '--id', 'lyceum'] });
    } finally {
      process.stdout.write = write;
    }
    const entry = validates(out.join(''));
    expect(entry?.id).toBe('lyceum');
    expect(entry?.discover.feeds).toEqual([`${s.url}/feed/`]);
  });
});
