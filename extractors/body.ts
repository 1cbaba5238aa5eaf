/**
 * Article body extraction: Mozilla Readability over the small DOM of _dom.ts (parse5's tree, as
 * jsdom builds it; `dom: 'jsdom'` runs the very same steps over jsdom, the reference that
 * scripts/compare-dom.ts checks the fast path against), with a fallback cascade whose winning
 * step is recorded in `method`:
 *   1. 'readability'          — default settings;
 *   2. 'readability-relaxed'  — lower charThreshold, more top candidates, classes kept;
 *   3. 'main-text'            — <main> / <article> / [itemprop=articleBody] / the largest text block,
 *                               minus nav, aside, footer, header, cookie banners, comments, share bars;
 *   4. 'plain-text'           — the whole body's text.
 * A Readability step wins when its text reaches MIN_BODY_CHARS; the main-text step wins whenever it
 * finds a container with text (it is delimited by the page's own structure, so a short notice is
 * still the notice and not the menu); plain text is the last resort.
 *
 * One parse per attempt and no copies: the page is parsed, its metadata (title, byline, site
 * name, language, canonical URL, publication-date evidence) read in one walk that also detaches
 * <nav>, <footer>, <aside>, <svg> and <template> (_page-meta.ts), page chrome is removed
 * (_body-chrome.ts), and Readability edits that tree in place. Only when it fails is the page
 * parsed again for the next step.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type { BodyMethod, BodyResult } from '../types.js';
import { detectLanguage } from './language.js';
import { blockText, stripScripts, textFromMarkup, tooDeep } from './_body-text.js';
import { removeChrome } from './_body-chrome.js';
import { parseDocument } from './_dom-parse.js';
import { readPage, type PageMeta } from './_page-meta.js';
import { findPublishedDate } from './published-date.js';

/** Which DOM the page is parsed into: the fast one (default) or jsdom, the reference. */
export type BodyDom = 'fast' | 'jsdom';

export interface BodyOptions {
  dom?: BodyDom;
  /** Remove page chrome blocks (breadcrumbs, share bars, comments, related lists) before extraction (default true). */
  chrome?: boolean;
  /** When the page was fetched (ISO): no publication date after it is believed. */
  fetchedAt?: string | null;
  /** Filled with the milliseconds each stage took (for scripts/bench.ts). */
  timings?: BodyTimings;
}

/** Milliseconds per stage of one page: markup pre-pass, parse, metadata walk + chrome removal, Readability (and fallbacks), title/language/date. */
export interface BodyTimings {
  strip: number;
  parse: number;
  prepare: number;
  readability: number;
  metadata: number;
}

/**
 * Below this many characters a Readability result is not trusted: it has usually picked a caption,
 * a teaser or a menu instead of the article (the shortest real articles we see — a ministry notice
 * of two or three sentences — run to about 250 characters).
 */
export const MIN_BODY_CHARS = 250;

/** Relaxed Readability settings for the second attempt (defaults: charThreshold 500, nbTopCandidates 5). */
const RELAXED = { charThreshold: 100, nbTopCandidates: 10, keepClasses: true } as const;

/** Page chrome removed before the main-text step looks for the article (as a predicate: the DOMs share no selector engine). */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
function isChrome(el: Element): boolean {
  return CHROME_TAGS.has(el.tagName.toUpperCase()) || CHROME_ROLES.has(el.getAttribute('role') ?? '') || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}
/** Class or id words of page chrome: a block named so is dropped from the main text (unless it holds most of it). */
const JUNK_NAME = /(?:^|[-_\s])(?:cookies?|consent|gdpr|comments?|share|sharing|social|sidebar|breadcrumbs?|related|advert|ads|banner|newsletter|subscribe|menu|navbar|popup|modal|widget|promo|tags|pagination|footer|header)(?:[-_\s]|$)/i;
/** Containers that hold the article on most sites, most specific first. */
const MAIN_SELECTORS: ((el: Element) => boolean)[] = [
  (el) => el.getAttribute('itemprop') === 'articleBody',
  (el) => el.tagName === 'ARTICLE',
  (el) => el.tagName === 'MAIN',
  (el) => el.getAttribute('role') === 'main',
  ...['entry-content', 'post-content', 'article-body', 'article-content'].map((c) => (el: Element) => hasClass(el, c)),
  (el) => el.getAttribute('id') === 'content',
  (el) => hasClass(el, 'content'),
];

function hasClass(el: Element, name: string): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && cls.split(/[\t\n\f\r ]+/).includes(name);
}

/** Descendant elements of `root` that `match` accepts, in document order. */
function descendants(root: Element, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (match(el)) out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return out;
}

/** The content of the first <meta property=key> or <meta name=key> (as written, case-sensitive). */
function meta(page: PageMeta, key: string): string | null {
  const m = page.metas.find((x) => x.property === key || x.name === key);
  const v = m?.content?.trim();
  return v ? v : null;
}

function absoluteHttp(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

interface Attempt {
  text: string;
  html: string | null;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
}

/** Readability over `doc`, which it edits (no copy: each attempt gets its own parse). */
function readability(doc: Document, relaxed: boolean): Attempt | null {
  const reader = new Readability<Element>(doc, { serializer: (n) => n as Element, ...(relaxed ? RELAXED : {}) });
  const article = reader.parse();
  if (!article || !article.content) return null;
  return {
    text: blockText(article.content),
    html: article.content.innerHTML,
    title: clean(article.title),
    byline: clean(article.byline),
    excerpt: clean(article.excerpt),
    siteName: clean(article.siteName),
  };
}

/** Text of direct <p> children and text nodes: how much running text a block holds itself. */
function ownText(el: Element): number {
  let n = 0;
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeType === 3) n += (c as Text).data.trim().length;
    else if (c.nodeType === 1 && (c as Element).tagName === 'P') n += (c.textContent ?? '').trim().length;
  }
  return n;
}

function mainText(doc: Document): Attempt | null {
  const body = doc.body;
  if (!body) return null;
  for (const el of descendants(body, isChrome)) el.parentNode?.removeChild(el);
  let container: Element | null = null;
  for (const sel of MAIN_SELECTORS) {
    const found = descendants(body, sel).filter((e) => (e.textContent ?? '').trim().length > 0);
    if (found.length > 0) {
      // Several <article>s (a listing): their common <main>/parent holds the page's main text.
      container = found.length === 1 ? found[0] : found[0].parentElement ?? found[0];
      break;
    }
  }
  if (!container) {
    let best = 0;
    for (const el of descendants(body, (e) => e.tagName === 'DIV' || e.tagName === 'SECTION' || e.tagName === 'TD')) {
      const n = ownText(el);
      if (n > best) {
        best = n;
        container = el;
      }
    }
  }
  if (!container) return null;
  const total = (container.textContent ?? '').length;
  for (const el of descendants(container, (e) => e.hasAttribute('class') || e.hasAttribute('id'))) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (JUNK_NAME.test(name) && (el.textContent ?? '').length < total / 2) el.remove();
  }
  const text = blockText(container);
  return text ? { text, html: null, title: null, byline: null, excerpt: null, siteName: null } : null;
}

function plainText(doc: Document): Attempt | null {
  const text = doc.body ? blockText(doc.body) : '';
  return text ? { text, html: null, title: null, byline: null, excerpt: null, siteName: null } : null;
}

/** Run the cascade; null only when the page has no text at all. */
function cascade(first: Document, fresh: () => Document): { attempt: Attempt; method: BodyMethod } | null {
  const strict = readability(first, false);
  if (strict && strict.text.length >= MIN_BODY_CHARS) return { attempt: strict, method: 'readability' };
  const relaxed = readability(fresh(), true);
  if (relaxed && relaxed.text.length >= MIN_BODY_CHARS) return { attempt: relaxed, method: 'readability-relaxed' };
  // Readability failed: keep only what it reads from metadata (title, site name); its byline and
  // excerpt may come from whatever block it wrongly picked, so those are taken from <meta> instead.
  const failed = relaxed ?? strict;
  const fromMeta = { title: failed?.title ?? null, byline: null, excerpt: null, siteName: failed?.siteName ?? null };
  const main = mainText(fresh());
  if (main) return { attempt: { ...main, ...fromMeta }, method: 'main-text' };
  const plain = plainText(fresh());
  if (plain) return { attempt: { ...plain, ...fromMeta }, method: 'plain-text' };
  return null;
}

/**
 * Extract the article of an HTML page. `url` is the page's absolute URL (links and the canonical
 * URL resolve against it). Returns null only when the page has no text at all.
 */
export function extractBody(html: string, url: string, options: BodyOptions = {}): BodyResult | null {
  try {
    new URL(url);
  } catch {
    throw new Error(`extractBody: url must be an absolute URL (e.g. https://example.org/news/1), got ${JSON.stringify(url)}`);
  }
  let t = performance.now();
  const cleaned = stripScripts(html);
  if (options.timings) options.timings.strip += performance.now() - t;
  if (!tooDeep(cleaned)) {
    try {
      return extractFromDom(cleaned, url, options);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
    }
  }
  {
    // jsdom and Readability recurse over the tree: markup nested thousands deep overflows the
    // stack (and is slow before it does). Such a page still gets its text, read from the markup.
    const text = textFromMarkup(cleaned);
    if (!text) return null;
    const title = clean(/<title[^>]*>([^<]{0,500})/i.exec(cleaned)?.[1] ?? null);
    return { title, byline: null, text, html: null, excerpt: null, siteName: null, htmlLang: null, canonicalUrl: null, published: null, publishedSource: null, method: 'plain-text' };
  }
}

/** jsdom, loaded only when the reference path is asked for (it costs ~1 s to load). */
let jsdomModule: typeof import('jsdom') | null = null;

interface Parsed {
  doc: Document;
  close(): void;
}

function parse(html: string, url: string, dom: BodyDom): Parsed {
  if (dom === 'jsdom') {
    jsdomModule ??= createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    const window = new jsdomModule.JSDOM(html, { url, virtualConsole: new jsdomModule.VirtualConsole() }).window;
    return {
      doc: window.document,
      close: () => {
        try {
          window.close();
        } catch {
          // Closing detaches the tree recursively; a too-deep tree is left to the garbage collector.
        }
      },
    };
  }
  return { doc: parseDocument(html, url) as unknown as Document, close: () => undefined };
}

function extractFromDom(html: string, url: string, options: BodyOptions): BodyResult | null {
  const dom = options.dom ?? 'fast';
  const chrome = options.chrome ?? true;
  const opened: Parsed[] = [];
  /** A parsed page, prepared: metadata read and chrome detached. */
  const timings = options.timings;
  const prepared = (): { doc: Document; page: PageMeta } => {
    let t = performance.now();
    const p = parse(html, url, dom);
    opened.push(p);
    if (timings) timings.parse += performance.now() - t;
    t = performance.now();
    const page = readPage(p.doc);
    removeChrome(p.doc, chrome);
    if (timings) timings.prepare += performance.now() - t;
    return { doc: p.doc, page };
  };
  try {
    const { doc, page } = prepared();
    let t = performance.now();
    const result = cascade(doc, () => {
      // A fallback's parse counts as parsing, not as Readability.
      const before = timings ? timings.parse + timings.prepare : 0;
      const d = prepared().doc;
      if (timings) t += timings.parse + timings.prepare - before;
      return d;
    });
    if (timings) timings.readability += performance.now() - t;
    if (!result) return null;
    t = performance.now();
    const { attempt, method } = result;
    const htmlLang = clean(page.htmlLang);
    const title = attempt.title ?? clean(meta(page, 'og:title')) ?? clean(page.title) ?? clean(page.h1);
    // The language is detected only when a visible date line must be read (analyze() detects it anyway).
    const lang = () => detectLanguage(`${title ?? ''}\n${attempt.text}`, htmlLang).lang;
    const published = findPublishedDate(page, url, attempt.text, lang, options.fetchedAt ?? null);
    if (timings) timings.metadata += performance.now() - t;
    return {
      title,
      byline: attempt.byline ?? clean(meta(page, 'author')),
      text: attempt.text,
      html: attempt.html,
      excerpt: attempt.excerpt ?? clean(meta(page, 'og:description')) ?? clean(meta(page, 'description')),
      siteName: clean(meta(page, 'og:site_name')) ?? attempt.siteName,
      htmlLang,
      canonicalUrl: absoluteHttp(page.canonical, url) ?? absoluteHttp(meta(page, 'og:url'), url),
      published: published?.value ?? null,
      publishedSource: published?.source ?? null,
      method,
    };
  } finally {
    for (const p of opened) p.close();
  }
}
