/**
 * Publication dates by error class, on small pages written for the purpose: each row is a page's
 * <head> and <body> parts, its URL, an optional fetch time, and the date and source expected. Every
 * page is read twice, through jsdom (findPublishedDate on a Document) and through the page path's
 * small DOM with chrome detached (parseDocument + readPage), and both must give the expected date.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../extractors/published-date.js';
import { monthNameDate } from '../extractors/_published-months.js';
import { parseDocument } from '../extractors/_dom-parse.js';
import { readPage } from '../extractors/_page-meta.js';

type Row = [name: string, head: string, body: string, url: string, fetchedAt: string | null, value: string | null, source: string | null];

const U = 'https://a.example/news/story';

function both(head: string, body: string, url: string, fetchedAt: string | null) {
  const html = `<html><head>${head}</head><body>${body}</body></html>`;
  const viaJsdom = findPublishedDate(new JSDOM(html, { url }).window.document, url, undefined, null, fetchedAt);
  const viaPagePath = findPublishedDate(readPage(parseDocument(html, url) as unknown as Document), url, undefined, null, fetchedAt);
  return { viaJsdom, viaPagePath };
}

function check(rows: Row[]) {
  it.each(rows)('%s', (_name, head, body, url, fetchedAt, value, source) => {
    const want = value === null ? null : { value, source };
    const { viaJsdom, viaPagePath } = both(head, body, url, fetchedAt);
    expect(viaJsdom).toEqual(want);
    expect(viaPagePath).toEqual(want);
  });
}

const ld = (obj: unknown) => `<script type="application/ld+json">${typeof obj === 'string' ? obj : JSON.stringify(obj)}</script>`;

describe('JSON-LD', () => {
  check([
    ['an Article in @graph after WebSite and WebPage nodes', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'WebPage', datePublished: '2020-03-10T20:07:04+00:00' }, { '@type': 'Article', datePublished: '2020-03-11T09:00:00+02:00' }] }), '', U, null, '2020-03-11', 'json-ld'],
    ['a WebPage in @graph when no article node has a date (Yoast)', ld({ '@graph': [{ '@type': 'Organization', name: 'x' }, { '@type': 'WebPage', datePublished: '2020-06-04T09:27:16+00:00', dateModified: '2020-06-04T09:42:03+00:00' }] }), '', U, null, '2020-06-04', 'json-ld'],
    ['a top-level array (PR TIMES)', ld('[ { "@context":"https://schema.org", "@type":"NewsArticle", "datePublished":"2020-07-15T11:01:28+0900" } ]'), '', U, null, '2020-07-15', 'json-ld'],
    ['JavaScript comments inside the script (udn.com)', ld('{\n "@type": "NewsArticle",\n //"interactionCount": "", // comment\n "datePublished": "2020-10-04T15:05:21+08:00",\n "image": { "height": "1000", // height\n "width": "1000" }\n}'), '', U, null, '2020-10-04', 'json-ld'],
    ['a trailing comma', ld('{"@type":"NewsArticle","datePublished":"2019-05-06",}'), '', U, null, '2019-05-06', 'json-ld'],
    ['a // inside a string is not a comment', ld('{"@type":"NewsArticle","url":"https://x.example/a","datePublished":"2019-05-07", }'), '', U, null, '2019-05-07', 'json-ld'],
    ['dateModified earlier than datePublished is not taken (Vosges Matin)', ld({ '@type': 'NewsArticle', datePublished: '2020-03-23', dateModified: '2020-03-22' }), '', U, null, '2020-03-23', 'json-ld'],
    ['a compact timestamp', ld({ '@type': 'NewsArticle', datePublished: '20200316T13:00:00Z' }), '', U, null, '2020-03-16', 'json-ld'],
  ]);
});

describe('meta variants: Open Graph, Dublin Core, schema.org, vendors', () => {
  check([
    ['DC.date.created', '<meta name="DC.date.created" content="2018-05-06">', '', U, null, '2018-05-06', 'meta'],
    ['dcterms.created', '<meta name="dcterms.created" content="2018-05-07T10:00:00+02:00">', '', U, null, '2018-05-07', 'meta'],
    ['dcterms.date', '<meta name="dcterms.date" content="2018-05-08">', '', U, null, '2018-05-08', 'meta'],
    ['DC.date.issued beats DC.date', '<meta name="DC.date" content="2017-01-01"><meta name="DC.date.issued" content="2018-05-09">', '', U, null, '2018-05-09', 'meta'],
    ['article:published (no _time)', '<meta property="article:published" itemprop="datePublished" content="2020-12-08">', '', U, null, '2020-12-08', 'meta'],
    ['property and itemprop on one tag', '<meta itemprop="dateModified" property="article:modified" content="2020-02-19"><meta itemprop="datePublished" property="article:published_time" content="2020-02-18T03:25:00Z">', '', U, null, '2020-02-18', 'meta'],
    ['a slashed date with a time (date.available)', '<meta name="date.available" content="2020/10/04 15:05:21">', '', U, null, '2020-10-04', 'meta'],
    ['a compact bt:pubDate', '<meta property="bt:pubDate" content="20200413T16:38:07Z">', '', U, null, '2020-04-13', 'meta'],
    ['a Japanese release:date', '<meta name="release:date" content="2020年7月15日 11時00分">', '', U, null, '2020-07-15', 'meta'],
    ['cXense publish time', '<meta name="cXenseParse:recs:publishtime" content="2020-07-05T09:06:05+01:00">', '', U, null, '2020-07-05', 'meta'],
  ]);
});

describe('last-modified versus published', () => {
  check([
    ['modified times alone are no publication date: the URL gives it', '<meta property="article:modified_time" content="2020-03-16T17:01:51+05:30"><meta property="og:updated_time" content="2020-03-16T17:01:51+05:30"><meta http-equiv="Last-Modified" content="2020-03-20">', '', 'https://a.example/2020/03/15/story', null, '2020-03-15', 'url'],
    ['a last-modified meta earlier than publication is not taken', '<meta name="last-modified" content="2020-03-15 20:18:45 GST"><meta property="article:modified_time" content="2020-03-15T20:18+0400"><meta property="article:published_time" content="2020-06-03T03:01+0400">', '', U, null, '2020-06-03', 'meta'],
    ['lastmod and dateModified are not read, pubdate is', '<meta content="2020-04-29T11:14:24Z" itemprop="dateModified" name="lastmod"><meta content="2020-04-28T22:57:38Z" itemprop="datePublished" name="pubdate">', '', U, null, '2020-04-28', 'meta'],
    ['nothing but a modified time: no date', '<meta property="article:modified_time" content="2020-03-16T17:01:51+05:30">', '', U, null, null, null],
  ]);
});

describe('<time> elements', () => {
  check([
    ['a time without datetime: its text', '', '<article><time>18.07.2022, 19:02</time></article>', U, null, '2022-07-18', 'time'],
    ['an empty time element with datetime inside the article', '', '<article><h1>T</h1><time class="published" datetime="2021-04-05T10:00:00+02:00"></time></article>', U, null, '2021-04-05', 'time'],
    ['a feed in an aside lists the page itself (news.am)', '<base href="https://news.example/">', '<aside class="news-feed"><a href="arm/news/615167.html"><time datetime="2020-11-24T08:45:38+04:00">08:45</time></a><a href="arm/news/615163.html"><time datetime="2020-11-23T08:22:33+04:00">08:22</time></a></aside><h1>T</h1>', 'https://news.example/arm/news/615163.html', null, '2020-11-23', 'time'],
    ['a feed of other stories gives no date', '', '<aside class="news-feed"><a href="/news/1"><time datetime="2020-11-24T08:45:38+04:00">08:45</time></a></aside><h1>T</h1>', 'https://news.example/news/2', null, null, null],
    ['the canonical URL is the page itself too', '<link rel="canonical" href="https://news.example/a/7">', '<aside><a href="/a/7/"><time datetime="2019-02-03">3 Feb</time></a></aside>', 'https://m.news.example/a/7?utm=1', null, '2019-02-03', 'time'],
  ]);
});

describe('date lines and bylines', () => {
  check([
    ['a date alone on its line beats one in a photo caption above it (OANN)', '', '<div class="entry-content"><div>FILE PHOTO: The president delivers his new year wishes to the military during a ceremony at the air base near Orleans, France, January 16, 2020. Pool via REUTERS</div><p>January 18, 2020</p><p>PARIS (Reuters) - Protesters gathered.</p></div>', U, null, '2020-01-18', 'text'],
    ['Romanian, after a source name', '', '<h2>Titlu</h2><div class="story-short-date-info"><span><a href="/b/x">Unica.md</a></span>, 20 septembrie 2020 16:20</div>', U, null, '2020-09-20', 'text'],
    ['Dutch, in the title', '<title>Ambulance met spoed naar Hoge Zand | 9 oktober 2020 11:12 | Alarmeringen.nl</title>', '<p>Zonder datum</p>', U, null, '2020-10-09', 'text'],
    ['Spanish with "de"', '', '<div class="fecha">Publicado el 22 de noviembre de 2020</div>', U, null, '2020-11-22', 'text'],
    ['Portuguese with "de"', '', '<div class="data">22 de novembro de 2020 - 10:30</div>', U, null, '2020-11-22', 'text'],
    ['French', '', '<div class="date">Publié le 24 août 2020 à 21 h 15</div>', U, null, '2020-08-24', 'text'],
    ['German with a dot after the day', '', '<div class="datum">Freitag, 9. Oktober 2020, 11:12 Uhr</div>', U, null, '2020-10-09', 'text'],
    ['Turkish', '', '<div class="date">30 Ekim 2020 Cuma 18:28</div>', U, null, '2020-10-30', 'text'],
    ['Hungarian (year first)', '', '<div class="date">2020. augusztus 18. 21:35</div>', U, null, '2020-08-18', 'text'],
    ['Lithuanian (year first)', '', '<div class="date">2020 m. spalio 26 d. 10:15</div>', U, null, '2020-10-26', 'text'],
    ['Chinese', '', '<div class="time">2020年01月21日 11:12</div>', U, null, '2020-01-21', 'text'],
    ['Korean', '', '<div class="date">입력 2020년 3월 4일 17:20</div>', U, null, '2020-03-04', 'text'],
    ['Indonesian with a weekday', '', '<div class="date">Senin, 4 Mei 2020 10:07</div>', U, null, '2020-05-04', 'text'],
    ['a date in the navigation bar is not the article date', '', '<nav><span class="nav-date">duminică, 21 septembrie 2020</span></nav><h2>Titlu</h2><p>Fără dată</p>', U, null, null, null],
    ['a month name without a year is no full date', '', '<div class="date">20 septembrie, 16:20</div>', U, null, null, null],
  ]);
  it('month names: impossible dates and unknown words are not dates', () => {
    expect(monthNameDate('31 februarie 2020')).toBeNull();
    expect(monthNameDate('12 apples 2020')).toBeNull();
    expect(monthNameDate('Le 7 septembre 2020, puis le 3 mars 2020')).toEqual({ value: '2020-09-07', start: 3 });
  });
});

describe('URL dates', () => {
  check([
    ['the canonical of a syndicated copy (news24 via Asia Pacific Star)', '<link rel="canonical" href="https://www.news24.com/World/News/australian-megablaze-brought-under-control-20200113">', '<header><span class="date">Tue, 14 Jan 2020</span></header><h2>T</h2>', 'http://www.asiapacificstar.example/news/263700449/megablaze', null, '2020-01-13', 'url'],
    ['og:url when there is no canonical', '<meta property="og:url" content="https://a.example/2021/02/03/slug">', '', 'https://a.example/p?id=9', null, '2021-02-03', 'url'],
    ['the page URL first', '<link rel="canonical" href="https://a.example/2021/02/04/slug">', '', 'https://a.example/2021/02/03/slug', null, '2021-02-03', 'url'],
    ['an unpadded /2020/8/24/ path (youm7)', '', '', 'https://www.youm7.example/story/2020/8/24/slug/4943459', null, '2020-08-24', 'url'],
    ['a relative canonical', '<link rel="canonical" href="/news/2019/12/31/slug">', '', 'https://a.example/amp/123', null, '2019-12-31', 'url'],
  ]);
});

describe('time zones: the publisher’s day, not the UTC day', () => {
  check([
    ['an offset timestamp gives its own day (+05:30, 19:30 UTC the day before)', ld({ '@type': 'NewsArticle', datePublished: '2020-04-16T01:00:03+05:30' }), '', U, null, '2020-04-16', 'json-ld'],
    ['an offset without a colon', '<meta property="article:published_time" content="2020-06-03T03:01+0400">', '', U, null, '2020-06-03', 'meta'],
    ['UTC just after midnight, the URL carries the evening before (La Prensa FL)', ld({ '@type': 'NewsArticle', datePublished: '2020-02-18T02:18:11Z' }), '', 'https://laprensa.example/2020/02/17/slug/', null, '2020-02-17', 'url'],
    ['a compact UTC timestamp eight hours late (Register-Guard)', ld({ '@type': 'NewsArticle', datePublished: '20200414T00:38:07Z' }), '<meta property="bt:pubDate" content="20200413T16:38:07Z">', 'https://rg.example/news/20200413/slug', null, '2020-04-13', 'url'],
    ['UTC mid-morning: the URL\'s day before is the story\'s creation, not its day (Washington Post)', ld({ '@type': 'NewsArticle', datePublished: '2020-07-09T10:04:04Z' }), '', 'https://wp.example/politics/slug/2020/07/08/c3d2_story.html', null, '2020-07-09', 'json-ld'],
    ['UTC late evening, a day east of Greenwich in the URL', '<meta property="article:published_time" content="2020-12-05T23:15:00Z">', '', 'https://it.example/2020/12/06/slug', null, '2020-12-06', 'url'],
    ['UTC with a published time in an offset elsewhere (+03:30)', `<meta property="article:published_time" content="2020-02-17T21:25:00Z"><meta name="date" content="2020-02-18 T 00:55:00 +0330">`, '', U, null, '2020-02-18', 'meta'],
    ['UTC with no local day anywhere stays the UTC day', '<meta property="article:published_time" content="2020-05-02T02:54:29.000Z">', '', U, null, '2020-05-02', 'meta'],
    ['a URL two days off is another date', ld({ '@type': 'NewsArticle', datePublished: '2020-02-18T02:18:11Z' }), '', 'https://a.example/2020/02/16/slug', null, '2020-02-18', 'json-ld'],
    ['+00:00 is UTC too', '<meta property="article:published_time" content="2020-03-11T01:07:04+00:00">', '', 'https://a.example/2020/03/10/slug', null, '2020-03-10', 'url'],
  ]);
});

describe('never later than the fetch', () => {
  check([
    ['a JSON-LD date after the fetch gives way to the meta tag', ld({ '@type': 'NewsArticle', datePublished: '2031-01-01' }), '<meta property="article:published_time" content="2020-05-06">', U, '2021-01-01T10:00:00Z', '2020-05-06', 'meta'],
    ['a URL date after the fetch gives way to a date line', '', '<div class="date">5 березня 2021</div>', 'https://a.example/2022/01/01/slug', '2021-06-01T00:00:00Z', '2021-03-05', 'text'],
    ['a local day after the fetch is not taken over the UTC day', ld({ '@type': 'NewsArticle', datePublished: '2020-12-05T23:15:00Z' }), '', 'https://it.example/2020/12/06/slug', '2020-12-05T23:30:00Z', '2020-12-05', 'json-ld'],
    ['the fetch day itself is allowed', '<meta property="article:published_time" content="2021-01-01T09:00:00+02:00">', '', U, '2021-01-01T10:00:00Z', '2021-01-01', 'meta'],
    ['every date after the fetch: none', '<meta property="article:published_time" content="2031-01-01">', '', 'https://a.example/2031/01/01/x', '2021-01-01T10:00:00Z', null, null],
  ]);
});
