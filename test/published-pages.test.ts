/**
 * Publication dates on real pages (test/fixtures/pages): every page is listed with its origin and
 * known date and kept small; the page path finds the known date on at least the pinned share of
 * them (raise the floor when the measurement improves; lowering it needs a reason).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeldOut, knownPages, measurePage, PAGES_DIR, summarise } from '../scripts/_published-pages.js';

/**
 * Accuracy on the set when the floor was pinned: 105 of 113 (0.929; tuned on 77/82, held out 28/31).
 * The 8 misses: 4 keep no date evidence (a bot-check page, a JavaScript page, two pages whose only
 * dates are in image file names), 3 give the UTC day of a timestamp near midnight with no local day
 * on the page (one of them written without saying it is UTC), 1 dates its story only by a Unix time.
 */
const FLOOR = 0.91;
const MAX_PAGE_BYTES = 60_000;

const pages = knownPages();

describe('the real-page set', () => {
  it('lists every page file once, with origin and a known date', () => {
    const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
    expect(pages.map((p) => p.file).sort()).toEqual(files);
    for (const p of pages) {
      expect(p.published, p.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.origin.repo && p.origin.path && /^[0-9a-f]{40}$/.test(p.origin.commit), p.file).toBe(true);
      expect(p.url, p.file).toMatch(/^https?:\/\//);
    }
  });
  it.each(pages.map((p) => p.file))('%s is trimmed (at most 60 KB, no script but JSON-LD, no style)', (file) => {
    const path = join(PAGES_DIR, file);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).size).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    const html = readFileSync(path, 'utf8');
    expect(html).not.toMatch(/<style/i);
    for (const tag of html.match(/<script[^>]*>/gi) ?? []) expect(tag).toMatch(/ld\+json/);
  });
});

describe('the split into a tuned and a held-out part', () => {
  it('is fixed by the file name alone', () => {
    expect(isHeldOut('ru-tass-ckad.html')).toBe(true);
    expect(isHeldOut('en-oann-macron.html')).toBe(false);
    const held = pages.filter((p) => isHeldOut(p.file)).length;
    expect(held).toBeGreaterThan(pages.length / 5);
    expect(held).toBeLessThan(pages.length / 2);
  });
});

describe('publication dates on the real pages', () => {
  const results = pages.map((p) => measurePage(p));
  it(`finds the known date on at least ${FLOOR} of them`, () => {
    const s = summarise(results);
    expect(s.pages).toBe(pages.length);
    expect(s.accuracy).toBeGreaterThanOrEqual(FLOOR);
  });
});
