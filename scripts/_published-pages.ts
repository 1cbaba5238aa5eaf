/**
 * Publication dates on real pages: the pages of test/fixtures/pages (trimmed copies of public
 * test pages with a known publication date, listed in its manifest.json with their origin), run
 * through the page path, each found date compared with the known one (same day).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeHtml } from '../extractors/pipeline.js';
import { findPublishedDate } from '../extractors/published-date.js';
import { stripScripts } from '../extractors/_body-text.js';
import { projectRoot } from '../extractors/_data.js';
import { parseDocument } from '../extractors/_dom-parse.js';
import { readPage } from '../extractors/_page-meta.js';

export interface KnownPage {
  file: string;
  url: string;
  /** The known publication date (YYYY-MM-DD). */
  published: string;
  /** Language of the page's text. */
  lang: string;
  origin: { repo: string; path: string; commit: string };
  /** What of the original page was kept. */
  kept: string;
  /** When the page was fetched, if known: no date after it may be returned. */
  fetchedAt?: string;
}

export interface PageResult {
  page: KnownPage;
  found: string | null;
  source: string | null;
  correct: boolean;
}

export const PAGES_DIR = join(projectRoot(), 'test', 'fixtures', 'pages');

export function knownPages(dir = PAGES_DIR): KnownPage[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { pages: KnownPage[] };
  return manifest.pages;
}

export function measurePage(page: KnownPage, dir = PAGES_DIR): PageResult {
  const html = readFileSync(join(dir, page.file), 'utf8');
  // The page path; a trimmed page with too little text for an article still has its metadata read.
  const doc = analyzeHtml(html, page.url, { fetchedAt: page.fetchedAt ?? null });
  let found = doc?.published ? doc.published.slice(0, 10) : null;
  let source = doc?.publishedSource ?? null;
  if (!doc) {
    const meta = readPage(parseDocument(stripScripts(html), page.url) as unknown as Document);
    const d = findPublishedDate(meta, page.url, undefined, null, page.fetchedAt ?? null);
    found = d?.value.slice(0, 10) ?? null;
    source = d?.source ?? null;
  }
  return { page, found, source, correct: found === page.published };
}

/**
 * The fixed split of the set: a page is held out (measured, never tuned on) when the FNV-1a hash
 * of its file name's UTF-8 bytes is divisible by 3 (about a third of the pages).
 */
export function isHeldOut(file: string): boolean {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(file, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 3 === 0;
}

export interface Summary {
  pages: number;
  correct: number;
  accuracy: number;
  byLang: Record<string, { pages: number; correct: number }>;
  bySource: Record<string, number>;
}

export function summarise(results: PageResult[]): Summary {
  const byLang: Summary['byLang'] = {};
  const bySource: Summary['bySource'] = {};
  for (const r of results) {
    const l = (byLang[r.page.lang] ??= { pages: 0, correct: 0 });
    l.pages++;
    if (r.correct) l.correct++;
    const s = r.correct ? (r.source ?? 'none') : r.found ? 'wrong' : 'none found';
    bySource[s] = (bySource[s] ?? 0) + 1;
  }
  const correct = results.filter((r) => r.correct).length;
  return { pages: results.length, correct, accuracy: results.length ? correct / results.length : 0, byLang, bySource };
}
