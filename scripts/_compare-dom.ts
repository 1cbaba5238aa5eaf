/**
 * The fast page path against the reference: the same body extraction over the small DOM of
 * extractors/_dom.ts and over jsdom, field by field, on the repository's fixture pages and on any
 * folder of real pages. Used by scripts/compare-dom.ts (a report) and by test/compare-dom.test.ts
 * (no difference allowed on the fixtures).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractBody } from '../extractors/body.js';
import { projectRoot } from '../extractors/_data.js';
import type { BodyResult } from '../types.js';

export interface Page {
  name: string;
  url: string;
  html: string;
}

export interface FieldDiff {
  field: keyof BodyResult | 'result';
  /** Where the two values part, with a little context on each side. */
  jsdom: string;
  fast: string;
}

const FIELDS: (keyof BodyResult)[] = ['method', 'title', 'byline', 'excerpt', 'siteName', 'htmlLang', 'canonicalUrl', 'published', 'publishedSource', 'text', 'html'];

/** The two strings around the first position where they differ. */
function around(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return [`…${a.slice(from, i + 80)}…`, `…${b.slice(from, i + 80)}…`];
}

/** Differences between the fast path and the jsdom path on one page (empty: identical). */
export function compareBody(page: Page): FieldDiff[] {
  const ref = extractBody(page.html, page.url, { dom: 'jsdom' });
  const fast = extractBody(page.html, page.url, { dom: 'fast' });
  if (!ref || !fast) return ref === fast ? [] : [{ field: 'result', jsdom: ref ? 'a body' : 'null', fast: fast ? 'a body' : 'null' }];
  const out: FieldDiff[] = [];
  for (const f of FIELDS) {
    const a = JSON.stringify(ref[f]);
    const b = JSON.stringify(fast[f]);
    if (a === b) continue;
    const [x, y] = typeof ref[f] === 'string' && typeof fast[f] === 'string' ? around(ref[f] as string, fast[f] as string) : [a, b];
    out.push({ field: f, jsdom: x, fast: y });
  }
  return out;
}

function urlOf(dir: string, fallback: string): string {
  const expected = join(dir, 'expected.json');
  if (existsSync(expected)) {
    const url = (JSON.parse(readFileSync(expected, 'utf8')) as { url?: unknown }).url;
    if (typeof url === 'string') return url;
  }
  return fallback;
}

/**
 * Every HTML page under `dir` (recursively): `source.html` files take their URL from the
 * `expected.json` beside them or from a `manifest.json` entry of the folder above, other .html
 * files get a file-like URL.
 */
export function pagesIn(dir: string): Page[] {
  const root = projectRoot();
  const out: Page[] = [];
  const urls = new Map<string, string>();
  const walk = (d: string) => {
    const manifest = join(d, 'manifest.json');
    if (existsSync(manifest)) {
      const m = JSON.parse(readFileSync(manifest, 'utf8')) as { pages?: { file: string; url: string }[] };
      for (const p of m.pages ?? []) urls.set(join(d, p.file), p.url);
    }
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.html?$/i.test(e)) {
        const name = relative(root, p);
        const url = urls.get(p) ?? (e === 'source.html' ? urlOf(d, '') : '') ?? '';
        out.push({ name, url: url || `https://fixture.example/${encodeURI(name)}`, html: readFileSync(p, 'utf8') });
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The repository's fixture pages: body and extract fixtures, and the publication-date page set. */
export function fixturePages(): Page[] {
  const fx = join(projectRoot(), 'test', 'fixtures');
  return [...pagesIn(join(fx, 'body')), ...pagesIn(join(fx, 'extract')), ...pagesIn(join(fx, 'pages'))];
}
