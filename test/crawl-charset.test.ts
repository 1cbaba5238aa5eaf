import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBody, normalizeCharset, crawlSources } from '../crawlers/index.js';
import { notTextReason } from '../crawlers/text-check.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';
import { makeSource, recorder } from './fixtures/crawl/harness.js';

/** Text each legacy encoding can represent: Ukrainian/Russian Cyrillic, Polish Latin-2. */
const SAMPLES: { encoding: string; text: string }[] = [
  { encoding: 'windows-1251', text: 'Київський фаховий коледж — ґанок, їжак, Європа, Ірпінь' },
  { encoding: 'koi8-r', text: 'Московский колледж: съешь же ещё этих мягких французских булок' },
  { encoding: 'windows-1250', text: 'Zażółć gęślą jaźń — Politechnika Łódzka, Śląsk, Źródło' },
  { encoding: 'iso-8859-2', text: 'Zażółć gęślą jaźń: Politechnika Łódzka, Śląsk, Źródło' },
];

type Mode = 'header' | 'meta-charset' | 'meta-http-equiv' | 'both';
const MODES: Mode[] = ['header', 'meta-charset', 'meta-http-equiv', 'both'];

function page(text: string, encoding: string, mode: Mode): { bytes: Buffer; contentType: string; html: string } {
  const meta =
    mode === 'meta-charset' || mode === 'both'
      ? `<meta charset="${encoding}">`
      : mode === 'meta-http-equiv'
        ? `<meta http-equiv="Content-Type" content="text/html; charset=${encoding}">`
        : '';
  const html = `<!DOCTYPE html><html><head><!-- <meta charset="utf-8"> in a comment does not count -->${meta}<title>${text}</title></head><body><p>${text}</p></body></html>`;
  const contentType = mode === 'header' || mode === 'both' ? `text/html; charset=${encoding}` : 'text/html';
  return { bytes: iconv.encode(html, encoding), contentType, html };
}

describe('decodeBody', () => {
  const cases = SAMPLES.flatMap((s) => MODES.map((mode) => ({ ...s, mode })));
  it.each(cases)('$encoding declared by $mode round-trips exactly', ({ encoding, text, mode }) => {
    const { bytes, contentType, html } = page(text, encoding, mode);
    const decoded = decodeBody(bytes, contentType);
    expect(decoded.text).toBe(html);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.encodingSource).toBe(mode === 'header' || mode === 'both' ? 'header' : 'meta');
  });

  it('the header wins over a contradicting <meta>', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body>Łódź</body></html>';
    const decoded = decodeBody(iconv.encode(html, 'iso-8859-2'), 'text/html; charset=ISO-8859-2');
    expect(decoded).toEqual({ text: html, encoding: 'iso-8859-2', encodingSource: 'header' });
  });

  it.each([
    ['no declaration', 'text/html'],
    ['a wrong <meta> and header', 'text/html; charset=windows-1251'],
  ])('a UTF-8 byte-order mark decides (%s) and is not part of the text', (_label, contentType) => {
    const html = '<html><head><meta charset="koi8-r"></head><body>Освіта і наука</body></html>';
    const decoded = decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]), contentType);
    expect(decoded).toEqual({ text: html, encoding: 'utf-8', encodingSource: 'bom' });
  });

  it('a UTF-16LE byte-order mark decodes UTF-16', () => {
    const html = '<p>Софийски университет</p>';
    const decoded = decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')]), null);
    expect(decoded).toEqual({ text: html, encoding: 'utf-16le', encodingSource: 'bom' });
  });

  it('falls back to utf-8 without any declaration, and ignores unknown labels', () => {
    const html = '<p>Міністерство освіти</p>';
    expect(decodeBody(Buffer.from(html), null)).toEqual({ text: html, encoding: 'utf-8', encodingSource: 'default' });
    expect(decodeBody(Buffer.from(html), 'text/html; charset=x-no-such-thing')).toEqual({ text: html, encoding: 'utf-8', encodingSource: 'default' });
  });

  it('reads the encoding of an XML declaration', () => {
    const xml = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новини освіти</title></channel></rss>';
    expect(decodeBody(iconv.encode(xml, 'windows-1251'), 'application/rss+xml')).toEqual({ text: xml, encoding: 'windows-1251', encodingSource: 'meta' });
  });

  it.each([
    ['cp1251', 'windows-1251'],
    ['win-1251', 'windows-1251'],
    ['Windows-1251', 'windows-1251'],
    ['"koi8-r"', 'koi8-r'],
    ['KOI8R', 'koi8-r'],
    ['cp1250', 'windows-1250'],
    ['x-cp1250', 'windows-1250'],
    ['latin2', 'iso-8859-2'],
    ['ISO_8859-2', 'iso-8859-2'],
    ['utf8', 'utf-8'],
    ['iso-8859-1', 'windows-1252'],
    ['bogus', null],
  ])('normalizeCharset(%s) = %s', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });

  const UK = 'Міністерство освіти і науки України повідомляє, що школи й ліцеї Харкова отримали нові підручники. Учні взяли участь у конкурсі.';
  const RU = 'В Москве открылась новая школа для одарённых детей, сообщили в департаменте образования города. Занятия начнутся в сентябре.';
  const PL = 'Szkoła podstawowa w Rzeszowie otrzymała nowe wyposażenie pracowni; dyrektor podziękował kuratorium oświaty za wsparcie.';
  const doc = (text: string, meta = '') => `<!DOCTYPE html><html><head>${meta}<title>${text.slice(0, 12)}</title></head><body><p>${text}</p><p>${text}</p></body></html>`;

  it.each([
    ['windows-1251 with no charset anywhere', doc(UK), 'windows-1251', 'text/html', 'windows-1251', 'detected'],
    ['koi8-r with no charset anywhere', doc(RU), 'koi8-r', null, 'koi8-r', 'detected'],
    ['iso-8859-2 with no charset anywhere', doc(PL), 'iso-8859-2', 'text/html', 'iso-8859-2', 'detected'],
    ['header utf-8, bytes and <meta> koi8-r', doc(RU, '<meta charset="koi8-r">'), 'koi8-r', 'text/html; charset=utf-8', 'koi8-r', 'meta'],
    ['header utf-8, bytes windows-1251, no <meta>', doc(UK), 'windows-1251', 'text/html; charset=utf-8', 'windows-1251', 'detected'],
    ['header windows-1251, bytes UTF-8', doc(UK), 'utf-8', 'text/html; charset=windows-1251', 'utf-8', 'detected'],
    ['<meta> koi8-r, bytes UTF-8', doc(RU, '<meta charset="koi8-r">'), 'utf-8', 'text/html', 'utf-8', 'detected'],
  ])('%s: the charset comes from the bytes, no U+FFFD', (_label, html, bytesIn, contentType, encoding, source) => {
    const decoded = decodeBody(iconv.encode(html, bytesIn), contentType);
    expect(decoded).toEqual({ text: html, encoding, encodingSource: source });
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('control characters (terminal escapes) are removed from the decoded text, tabs and newlines kept', () => {
    const html = '<p>Школа\u001b]0;pwned\u0007 №1\u001b[2J\tі\nліцей\u009b31m</p>';
    expect(decodeBody(Buffer.from(html), 'text/html; charset=utf-8').text).toBe('<p>Школа]0;pwned №1[2J\tі\nліцей31m</p>');
  });

  it('decodes with a label alias found in the header', () => {
    const html = '<p>Харківський університет</p>';
    expect(decodeBody(iconv.encode(html, 'windows-1251'), 'text/html; charset=win-1251').text).toBe(html);
  });
});

describe('crawled pages keep the raw bytes and are decoded once', () => {
  let server: FixtureServer;
  const served = new Map<string, { bytes: Buffer; html: string; encoding: string; source: string }>();
  beforeAll(async () => {
    const routes: Record<string, { headers: Record<string, string>; body: Buffer }> = {};
    for (const s of SAMPLES) {
      for (const mode of ['header', 'meta-charset'] as Mode[]) {
        const p = page(s.text, s.encoding, mode);
        const path = `/${s.encoding}/${mode}`;
        routes[path] = { headers: { 'content-type': p.contentType }, body: p.bytes };
        served.set(path, { bytes: p.bytes, html: p.html, encoding: s.encoding, source: mode === 'header' ? 'header' : 'meta' });
      }
    }
    server = await startFixtureServer(routes);
  });
  afterAll(() => server.close());

  it('each legacy page arrives byte for byte and decodes to the original text', async () => {
    const source = makeSource(server.url, { discover: { urls: [...served.keys()].map((p) => server.url + p) }, politeness: { concurrency: 4 } });
    const rec = recorder();
    await crawlSources([source], rec);
    expect(rec.of('article')).toHaveLength(served.size);
    for (const p of rec.of('article')) {
      const expected = served.get(new URL(p.requestedUrl).pathname)!;
      expect(Buffer.from(p.body).equals(expected.bytes)).toBe(true);
      expect(p.html).toBe(expected.html);
      expect(p.encoding).toBe(expected.encoding);
      expect(p.encodingSource).toBe(expected.source);
      expect(p.via).toBe('http');
    }
  });
});

describe('bodies that are not text', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4000, 7)]);
  let seed = 7;
  const random = Buffer.from(Array.from({ length: 65536 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
  it.each([
    ['a PNG served as text/html', png, /the body is a PNG image/],
    ['64 KB of random bytes', random, /NUL and \d+ other control bytes|could not be decoded/],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
  ])('%s is rejected with a reason', (_label, bytes, why) => {
    const d = decodeBody(bytes, 'text/html');
    expect(notTextReason(bytes, d.text, d.encoding)).toMatch(why);
  });

  it.each([
    ['an article', Buffer.from('<html><body><p>Школа №1 отримала нові підручники.</p></body></html>')],
    ['a page full of terminal escapes', Buffer.from(`<p>${'\u001b]0;title\u0007\u001b[31mred\u001b[0m '.repeat(500)}</p>`)],
    ['windows-1251 text', iconv.encode('<p>Київ, ліцей, школа, університет — новини освіти</p>'.repeat(20), 'windows-1251')],
  ])('%s is text', (_label, bytes) => {
    const d = decodeBody(bytes, 'text/html');
    expect(notTextReason(bytes, d.text, d.encoding)).toBeNull();
  });
});
