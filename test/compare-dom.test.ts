/**
 * The fast page path gives what the reference gives: the body extraction over the small DOM
 * (extractors/_dom.ts) and over jsdom, on every fixture page, field by field (scripts/compare-dom.ts
 * prints the same comparison, also over the demo sites, generated heavy pages and real pages).
 */
import { describe, expect, it } from 'vitest';
import { compareBody, fixturePages } from '../scripts/_compare-dom.js';

const pages = fixturePages();

describe('fast DOM against jsdom on the fixture pages', () => {
  it('has pages to compare', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    expect(compareBody(page)).toEqual([]);
  });
});
