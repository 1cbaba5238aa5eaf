/**
 * Fuzzing what eduwatch reads from outside (fast-check): response bytes with any Content-Type
 * (charset decoding, the text check), sources.yaml text, and the words of a command line. Nothing
 * throws anything but the one error type meant for a person (a usage error, exit 2).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../crawlers/charset.js';
import { notTextReason } from '../crawlers/text-check.js';
import { parseSitemapDocument } from '../crawlers/sitemaps.js';
import { parseFeedLinks, DiscoveryParseError } from '../crawlers/feeds.js';
import { validateSourcesText } from '../crawlers/load-sources.js';
import { main } from '../cli/app.js';
import { validateCommandLine } from '../cli/_argv.js';
import { dateArg, intArg } from '../cli/args.js';
import { CLIError } from '../cli/errors.js';
import { settings } from './helpers/fuzz.js';

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
const LABELS = ['utf-8', 'UTF8', 'windows-1251', 'cp1251', 'koi8-r', 'iso-8859-2', 'windows-1250', 'latin1', 'utf-16', 'x-bogus', '', '"koi8-r"', 'utf-8;;', 'ＵＴＦ-8'];
const contentType = fc.oneof(fc.constant(null), fc.constantFrom(...LABELS).map((l) => `text/html; charset=${l}`), fc.string({ maxLength: 60 }));

describe('fuzz: charset decoding', () => {
  it('any bytes, any Content-Type: a string without control characters, a known encoding, no throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), contentType, (bytes, ct) => {
        const d = decodeBody(bytes, ct);
        expect(typeof d.text).toBe('string');
        expect(d.text).not.toMatch(CONTROL);
        expect(['header', 'bom', 'meta', 'detected', 'default']).toContain(d.encodingSource);
        const why = notTextReason(bytes, d.text, d.encoding);
        expect(why === null || typeof why === 'string').toBe(true);
      }),
      settings(),
    );
  });

  it('text in a declared legacy charset decodes back exactly', () => {
    const cyr = fc.string({ unit: fc.constantFrom(...'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТ ,.'.split('')), minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(cyr, fc.constantFrom('windows-1251', 'koi8-r', 'iso-8859-5'), fc.boolean(), (text, enc, inMeta) => {
        const html = `<html><head>${inMeta ? `<meta charset="${enc}">` : ''}</head><body><p>${text}</p></body></html>`;
        const d = decodeBody(iconv.encode(html, enc), inMeta ? 'text/html' : `text/html; charset=${enc}`);
        expect(d.text).toBe(html);
      }),
      settings(),
    );
  });
});

describe('fuzz: feeds and sitemaps', () => {
  const xmlPiece = fc.constantFrom('<urlset>', '</urlset>', '<sitemapindex>', '<url>', '</url>', '<loc>', '</loc>', 'http://x.test/a', '&amp;', '&lol;', '<!DOCTYPE x [<!ENTITY lol "lol">]>', '<?xml version="1.0"?>', '<rss><channel><item><link>', '</link></item></channel></rss>', '<lastmod>2024-01-01</lastmod>', '<![CDATA[http://x.test/c]]>', ']]>', '<');
  const xml = fc.array(fc.oneof(xmlPiece, fc.string({ maxLength: 20 })), { maxLength: 80 }).map((a) => a.join(''));
  it('sitemaps: entries or a DiscoveryParseError, never anything else; every link http(s)', async () => {
    await fc.assert(
      fc.asyncProperty(xml, async (text) => {
        try {
          const r = await parseSitemapDocument(text, 'http://x.test/s.xml', null);
          for (const l of r.links) expect(l.url).toMatch(/^https?:\/\//);
        } catch (err) {
          expect(err).toBeInstanceOf(DiscoveryParseError);
        }
      }),
      settings(),
    );
  });
  it('feeds: links or a DiscoveryParseError', () => {
    fc.assert(
      fc.property(xml, (text) => {
        try {
          for (const l of parseFeedLinks(text, 'http://x.test/feed')) expect(l.url).toMatch(/^https?:\/\//);
        } catch (err) {
          expect(err).toBeInstanceOf(DiscoveryParseError);
        }
      }),
      settings(),
    );
  });
});

describe('fuzz: sources.yaml', () => {
  const VALID = `sources:
  - id: mon-gov-ua
    name: Міністерство освіти
    country: UA
    languages: [uk]
    kind: official
    home: https://mon.gov.ua/
    verified: { by: maintainers, on: '2026-01-01', note: 'the ministry publishes its own news' }
    discover: { feeds: ['https://mon.gov.ua/feed'] }
`;
  it('any mutation of a valid file: sources or problems with line numbers, never a throw', () => {
    const mutation = fc.tuple(fc.nat({ max: VALID.length }), fc.nat({ max: 20 }), fc.string({ unit: fc.constantFrom(...' :-[]{}\'"#\n\tabcXYZ019.,/|>&*!%@`'.split('')), maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 4 }), (muts) => {
        let text = VALID;
        for (const [at, del, ins] of muts) text = text.slice(0, at) + ins + text.slice(at + del);
        const r = validateSourcesText(text, 'sources.yaml');
        if (r.ok) expect(r.sources.length).toBeGreaterThan(0);
        else for (const p of r.problems) expect(typeof formatable(p)).toBe('string');
      }),
      settings(),
    );
  });
  it('random text: never a throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = validateSourcesText(text, 'sources.yaml');
        expect(r.ok === true || r.problems.length > 0).toBe(true);
      }),
      settings(),
    );
  });
});
const formatable = (p: unknown) => JSON.stringify(p);

describe('fuzz: the command line', () => {
  const WORDS = [
    'crawl', 'schedule', 'status', 'query', 'events', 'institutions', 'documents', 'search', 'evidence', 'export', 'extract', 'reextract', 'sources', 'validate', 'test', 'add',
    '--db', '--sources', '--format', '--json', '--no-json', '--source', '--since', '--until', '--kind', '--lang', '--type', '--limit', '--what', '--wait', '--due', '--verbose',
    '--frmat', '--bogus', '-x', '--', '-', 'csv', 'json', 'table', '2024-02-30', '12', '-1', 'школа', '--db=x.db', '--json=maybe', '--limit=', '',
  ];
  it('validateCommandLine: passes or throws a usage CLIError (exit 2), nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 8 }), async (words) => {
        try {
          await validateCommandLine(main, words);
        } catch (err) {
          expect(err).toBeInstanceOf(CLIError);
          expect((err as CLIError).exitCode).toBe(2);
          expect((err as Error).message.split('\n')).toHaveLength(1);
        }
      }),
      settings(),
    );
  });
  it('value parsers: a value or a usage CLIError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), (v) => {
        for (const parse of [() => dateArg('since', v), () => intArg('limit', v)]) {
          try {
            parse();
          } catch (err) {
            expect(err).toBeInstanceOf(CLIError);
          }
        }
      }),
      settings(),
    );
  });
});
