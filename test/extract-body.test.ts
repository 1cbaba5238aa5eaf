import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractBody, MIN_BODY_CHARS } from '../extractors/body.js';
import { findPublishedDate } from '../extractors/published-date.js';
import type { BodyResult } from '../types.js';

const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'body');

interface Expected {
  url: string;
  method: BodyResult['method'];
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  htmlLang: string | null;
  canonicalUrl: string | null;
  published: string | null;
  publishedSource: BodyResult['publishedSource'];
  text: string;
  /** Page chrome that must never reach the text. */
  notInText: string[];
}

const FIELDS = ['method', 'title', 'byline', 'excerpt', 'siteName', 'htmlLang', 'canonicalUrl', 'published', 'publishedSource', 'text'] as const;
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('extractBody: golden cases (test/fixtures/body/<lang>-<slug>)', () => {
  it('has at least two cases per language', () => {
    for (const lang of ['uk', 'ru', 'pl', 'bg', 'en']) expect(cases.filter((c) => c.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(2);
  });

  describe.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
    let cached: BodyResult | null | undefined;
    const actual = () => (cached === undefined ? (cached = extractBody(html, expected.url)) : cached);

    it.each(FIELDS)('%s', (field) => {
      expect(actual()?.[field]).toEqual(expected[field]);
    });
    it.each(expected.notInText.length > 0 ? expected.notInText : ['\u0000'])('text has no %j', (junk) => {
      expect(actual()?.text).not.toContain(junk);
    });
    it('separates paragraphs by one blank line, with no stray whitespace', () => {
      const text = actual()!.text;
      expect(text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]|  |^\s|\s$/);
    });
  });

  it('covers every publication-date source and every fallback step', () => {
    const all = cases.map((c) => JSON.parse(readFileSync(join(FIXTURES, c, 'expected.json'), 'utf8')) as Expected);
    expect(new Set(all.map((e) => e.publishedSource))).toEqual(new Set(['json-ld', 'meta', 'time', 'url', 'text']));
    expect(new Set(all.map((e) => e.method))).toEqual(new Set(['readability', 'main-text', 'plain-text']));
  });
});

describe('extractBody: edge cases', () => {
  it('returns null only for a page without text', () => {
    expect(extractBody('<html><head><title></title></head><body><div> </div><script>var x = 1;</script></body></html>', 'https://a.example/x')).toBeNull();
    expect(extractBody('', 'https://a.example/x')).toBeNull();
  });
  it('rejects a relative URL with a message naming it', () => {
    expect(() => extractBody('<p>x</p>', 'news/1')).toThrow(/absolute URL.*"news\/1"/);
  });
  it('keeps JSON-LD but never script or style text', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-04"}</script><style>p{color:red}</style></head>
      <body><script>document.write("SCRIPT TEXT")</script><p>${'Учні ліцею взяли участь у конкурсі. '.repeat(20)}</p></body></html>`;
    const r = extractBody(html, 'https://a.example/x')!;
    expect(r.published).toBe('2021-05-04');
    expect(r.publishedSource).toBe('json-ld');
    expect(r.text).not.toMatch(/SCRIPT TEXT|color:red/);
  });
  it('survives an unclosed script and deeply nested markup', () => {
    const deep = '<div>'.repeat(5000) + 'Глибоко вкладений текст статті.' + '</div>'.repeat(5000);
    const r = extractBody(`<html><body>${deep}<script>never closed`, 'https://a.example/x');
    expect(r?.text).toContain('Глибоко вкладений текст статті.');
  });
  it('turns <br><br> into a paragraph break and a single <br> into a line break', () => {
    const r = extractBody('<html><body><div>Перший рядок<br>другий рядок<br><br>Новий абзац</div></body></html>', 'https://a.example/x')!;
    expect(r.text).toBe('Перший рядок\nдругий рядок\n\nНовий абзац');
  });
  it('MIN_BODY_CHARS is a sane bound', () => {
    expect(MIN_BODY_CHARS).toBeGreaterThan(100);
    expect(MIN_BODY_CHARS).toBeLessThan(1000);
  });
});

describe('findPublishedDate', () => {
  const doc = (html: string) => new JSDOM(html).window.document;
  it('never returns a date after the fetch: a later one gives way to the next source', () => {
    const page = doc('<html><head><meta property="article:published_time" content="2031-01-01"></head><body><time datetime="2020-05-06">6 May</time></body></html>');
    expect(findPublishedDate(page, 'https://a.example/x', undefined, null, '2021-01-01T10:00:00Z')).toEqual({ value: '2020-05-06', source: 'time' });
    expect(findPublishedDate(page, 'https://a.example/x', undefined, null, '2032-01-01T10:00:00Z')).toEqual({ value: '2031-01-01', source: 'meta' });
  });
  it.each([
    ['json-ld in @graph', '<script type="application/ld+json">{"@graph":[{"@type":"Article","datePublished":"2022-07-18T19:02:00+03:00"}]}</script>', 'https://a.example/x', '2022-07-18', 'json-ld'],
    ['json-ld type list', '<script type="application/ld+json">{"@type":["NewsArticle","Thing"],"datePublished":"2021-01-02"}</script>', 'https://a.example/x', '2021-01-02', 'json-ld'],
    ['broken json-ld falls through', '<script type="application/ld+json">{"@type":"Article",</script><meta property="article:published_time" content="2020-08-30T09:50:00+03:00">', 'https://a.example/x', '2020-08-30', 'meta'],
    ['og:published_time', '<meta property="og:published_time" content="2019-11-19">', 'https://a.example/x', '2019-11-19', 'meta'],
    ['pubdate', '<meta name="pubdate" content="20190311">', 'https://a.example/x', '2019-03-11', 'meta'],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2018-05-06">', 'https://a.example/x', '2018-05-06', 'meta'],
    ['sailthru.date RFC 822', '<meta name="sailthru.date" content="Tue, 19 Nov 2019 10:00:00 +0000">', 'https://a.example/x', '2019-11-19', 'meta'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2017-02-03T00:00:00Z">', 'https://a.example/x', '2017-02-03', 'meta'],
    ['itemprop on a span', '<span itemprop="datePublished" content="2016-04-05">5 квітня</span>', 'https://a.example/x', '2016-04-05', 'meta'],
    ['time pubdate beats an earlier time', '<time datetime="2015-01-01">1 Jan</time><time pubdate datetime="2015-06-07">7 Jun</time>', 'https://a.example/x', '2015-06-07', 'time'],
    ['time inside the article beats a header clock', '<header><div class="clock"><span>now</span></div></header><aside><time datetime="2014-01-01">x</time></aside><article><time datetime="2014-02-03">3 лютого</time></article>', 'https://a.example/x', '2014-02-03', 'time'],
    ['url /yyyy/mm/dd/', '<p>x</p>', 'https://a.example/news/2022/07/18/slug', '2022-07-18', 'url'],
    ['url /yyyymmdd/', '<p>x</p>', 'https://a.example/news/20220718/slug', '2022-07-18', 'url'],
    ['url yyyy-mm-dd', '<p>x</p>', 'https://a.example/news/slug-2022-07-18.html', '2022-07-18', 'url'],
    ['impossible url date is ignored', '<p>x</p>', 'https://a.example/news/2022/02/31/slug', null, null],
    ['text: numeric with time', '<div class="date">18.07.2022, 19:02</div>', 'https://a.example/x', '2022-07-18', 'text'],
    ['text: Polish month name', '<div class="entry-meta">15 grudnia 2020</div>', 'https://a.example/x', '2020-12-15', 'text'],
    ['text: year from the URL', '<div class="news-date">30 августа, 09:50</div>', 'https://a.example/news/2020/shkola', '2020-08-30', 'text'],
    ['text: no year anywhere, no date', '<div class="news-date">30 августа, 09:50</div>', 'https://a.example/news/shkola', null, null],
    ['text: English date line', '<div class="entry-meta">Posted on 19 November, 2019 by admin</div>', 'https://a.example/x', '2019-11-19', 'text'],
    ['text: the date written only in the title', '<title>Парламент ограничил полномочия – новости | 3 декабря 2020, 18:47</title><p>Без дати</p>', 'https://a.example/x', '2020-12-03', 'text'],
        ['text: sidebar dates are not the article date', '<aside class="sidebar"><span class="date">01.01.2020</span></aside><p>Без дати</p>', 'https://a.example/x', null, null],
  ])('%s', (_name, html, url, value, source) => {
    const r = findPublishedDate(doc(`<html><head></head><body>${html}</body></html>`), url);
    expect(r).toEqual(value === null ? null : { value, source });
  });

  it('reads a date line at the top of the body text', () => {
    const r = findPublishedDate(doc('<html><body><p>x</p></body></html>'), 'https://a.example/x', 'Опубліковано 5 березня 2021 року\n\nТекст статті', 'uk');
    expect(r).toEqual({ value: '2021-03-05', source: 'text' });
  });
});
