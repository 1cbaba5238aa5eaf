import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBody, normalizeCharset, crawlSources } from '../crawlers/index.js';
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
