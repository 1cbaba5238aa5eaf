/**
 * Fuzzing the extraction pipeline and the date parser (fast-check): any text or HTML, however
 * broken, gives a result without throwing, every tag points inside the text it came from, and
 * every date is a well-formed ISO date. Budgets are measured by `npm run bench`, not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeHtml } from '../extractors/pipeline.js';
import { extractDates } from '../extractors/dates.js';
import { LANGS } from '../types.js';
import { eduText, settings } from './helpers/fuzz.js';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('fuzz: extractors', () => {
  it('analyze: any text; tags inside the text, quotes exact', () => {
    fc.assert(
      fc.property(eduText(), fc.option(fc.constantFrom('2023-05-04', '2024-02-29', '1999-12-31')), (text, published) => {
        const doc = analyze({ text, title: text.slice(0, 40), published });
        expect(doc.text).toBe(text);
        for (const t of [...doc.dates, ...doc.institutions.flatMap((i) => i.mentions), ...doc.events]) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThanOrEqual(t.end);
        }
        for (const e of doc.events) expect(text.slice(e.start, e.end)).toBe(e.quote);
      }),
      settings(),
    );
  });

  it('analyzeHtml: any markup soup; no throw, text is a string', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<article>', '</article>', '<script>', '</script>', '<style>', '<br>', '<h1>', '</h1>', '<a href="/x">', '</a>', '<!--', '-->', '<![CDATA[', ']]>', '<meta charset="koi8-r">', '<title>', '</title>', '<time datetime="2024-01-02">', '&amp;', '&nbsp;', '&#x0;', '&bogus;', '<', '>');
    const soup = fc.array(fc.oneof(tag, eduText(10)), { maxLength: 120 }).map((a) => a.join(''));
    fc.assert(
      fc.property(soup, (html) => {
        const doc = analyzeHtml(html, 'https://news.example/a/1.html');
        if (doc) {
          expect(typeof doc.text).toBe('string');
          for (const e of doc.events) expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
        }
      }),
      settings(0.2),
    );
  });

  it('extractDates: well-formed ISO values inside the text, in every language', () => {
    fc.assert(
      fc.property(eduText(), fc.constantFrom(null, ...LANGS), fc.option(fc.constantFrom('2022-07-18', '2024-02-29T10:00:00Z', 'garbage')), (text, lang, published) => {
        for (const t of extractDates(text, { lang, published })) {
          expect(t.value).toMatch(ISO);
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
        }
      }),
      settings(),
    );
  });
});
