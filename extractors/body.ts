/**
 * Article body extraction: Mozilla Readability over jsdom, with a fallback cascade whose winning
 * step is recorded in `method`:
 *   1. 'readability'          — default settings;
 *   2. 'readability-relaxed'  — lower charThreshold, more top candidates, classes kept;
 *   3. 'main-text'            — <main> / <article> / [itemprop=articleBody] / the largest text block,
 *                               minus nav, aside, footer, header, cookie banners, comments, share bars;
 *   4. 'plain-text'           — the whole body's text.
 * A Readability step wins when its text reaches MIN_BODY_CHARS; the main-text step wins whenever it
 * finds a container with text (it is delimited by the page's own structure, so a short notice is
 * still the notice and not the menu); plain text is the last resort. Metadata (title, byline,
 * site name, language, canonical URL, publication date) is read from the untouched page.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { BodyMethod, BodyResult } from '../types.js';
import { detectLanguage } from './language.js';
import { blockText, stripScripts, textFromMarkup, tooDeep } from './_body-text.js';
import { findPublishedDate } from './published-date.js';

/**
 * Below this many characters a Readability result is not trusted: it has usually picked a caption,
 * a teaser or a menu instead of the article (the shortest real articles we see — a ministry notice
 * of two or three sentences — run to about 250 characters).
 */
export const MIN_BODY_CHARS = 250;

/** Relaxed Readability settings for the second attempt (defaults: charThreshold 500, nbTopCandidates 5). */
const RELAXED = { charThreshold: 100, nbTopCandidates: 10, keepClasses: true } as const;

/** Page chrome removed before the main-text step looks for the article. */
const CHROME_SELECTOR = 'nav, aside, footer, header, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true], dialog';
/** Class or id words of page chrome: a block named so is dropped from the main text (unless it holds most of it). */
const JUNK_NAME = /(?:^|[-_\s])(?:cookies?|consent|gdpr|comments?|share|sharing|social|sidebar|breadcrumbs?|related|advert|ads|banner|newsletter|subscribe|menu|navbar|popup|modal|widget|promo|tags|pagination|footer|header)(?:[-_\s]|$)/i;
/**
 * Overlays Readability keeps when they sit next to the article (it has no rule for them): cookie and
 * consent banners, newsletter sign-ups, paywall and promo boxes. Removed before every step.
 */
const OVERLAY_NAME = /(?:^|[-_\s])(?:cookies?|cookie-?\w*|consent|gdpr|newsletter|subscribe|subscription|paywall|promo)(?:[-_\s]|$)/i;
/** Containers that hold the article on most sites, most specific first. */
const MAIN_SELECTORS = ['[itemprop=articleBody]', 'article', 'main', '[role=main]', '.entry-content', '.post-content', '.article-body', '.article-content', '#content', '.content'];

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content')?.trim();
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

function readability(doc: Document, relaxed: boolean): Attempt | null {
  const clone = doc.cloneNode(true) as Document;
  const reader = new Readability<Element>(clone, { serializer: (n) => n as Element, ...(relaxed ? RELAXED : {}) });
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
  const clone = doc.cloneNode(true) as Document;
  const body = clone.body;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll(CHROME_SELECTOR))) el.remove();
  let container: Element | null = null;
  for (const sel of MAIN_SELECTORS) {
    const found = Array.from(body.querySelectorAll(sel)).filter((e) => (e.textContent ?? '').trim().length > 0);
    if (found.length > 0) {
      // Several <article>s (a listing): their common <main>/parent holds the page's main text.
      container = found.length === 1 ? found[0] : found[0].parentElement ?? found[0];
      break;
    }
  }
  if (!container) {
    let best = 0;
    for (const el of Array.from(body.querySelectorAll('div, section, td'))) {
      const n = ownText(el);
      if (n > best) {
        best = n;
        container = el;
      }
    }
  }
  if (!container) return null;
  const total = (container.textContent ?? '').length;
  for (const el of Array.from(container.querySelectorAll('[class], [id]'))) {
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

/** Remove cookie banners and other overlays (a block named so that holds less than half the page's text). */
function removeOverlays(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const total = (body.textContent ?? '').length;
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (OVERLAY_NAME.test(name) && (el.textContent ?? '').length < total / 2) el.remove();
  }
}

/** Run the cascade; null only when the page has no text at all. */
function cascade(doc: Document): { attempt: Attempt; method: BodyMethod } | null {
  const first = readability(doc, false);
  if (first && first.text.length >= MIN_BODY_CHARS) return { attempt: first, method: 'readability' };
  const relaxed = readability(doc, true);
  if (relaxed && relaxed.text.length >= MIN_BODY_CHARS) return { attempt: relaxed, method: 'readability-relaxed' };
  // Readability failed: keep only what it reads from metadata (title, site name); its byline and
  // excerpt may come from whatever block it wrongly picked, so those are taken from <meta> instead.
  const failed = relaxed ?? first;
  const fromMeta = { title: failed?.title ?? null, byline: null, excerpt: null, siteName: failed?.siteName ?? null };
  const main = mainText(doc);
  if (main) return { attempt: { ...main, ...fromMeta }, method: 'main-text' };
  const plain = plainText(doc);
  if (plain) return { attempt: { ...plain, ...fromMeta }, method: 'plain-text' };
  return null;
}

/**
 * Extract the article of an HTML page. `url` is the page's absolute URL (links and the canonical
 * URL resolve against it). Returns null only when the page has no text at all.
 */
export function extractBody(html: string, url: string): BodyResult | null {
  try {
    new URL(url);
  } catch {
    throw new Error(`extractBody: url must be an absolute URL (e.g. https://example.org/news/1), got ${JSON.stringify(url)}`);
  }
  const cleaned = stripScripts(html);
  if (!tooDeep(cleaned)) {
    try {
      return extractFromDom(cleaned, url);
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

function extractFromDom(html: string, url: string): BodyResult | null {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  try {
    removeOverlays(doc);
    const result = cascade(doc);
    if (!result) return null;
    const { attempt, method } = result;
    const htmlLang = clean(doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang'));
    const title = attempt.title ?? clean(meta(doc, 'og:title')) ?? clean(doc.title) ?? clean(doc.querySelector('h1')?.textContent);
    const lang = detectLanguage(`${title ?? ''}\n${attempt.text}`, htmlLang).lang;
    const published = findPublishedDate(doc, url, attempt.text, lang);
    return {
      title,
      byline: attempt.byline ?? clean(meta(doc, 'author')),
      text: attempt.text,
      html: attempt.html,
      excerpt: attempt.excerpt ?? clean(meta(doc, 'og:description')) ?? clean(meta(doc, 'description')),
      siteName: clean(meta(doc, 'og:site_name')) ?? attempt.siteName,
      htmlLang,
      canonicalUrl: absoluteHttp(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), url) ?? absoluteHttp(meta(doc, 'og:url'), url),
      published: published?.value ?? null,
      publishedSource: published?.source ?? null,
      method,
    };
  } finally {
    try {
      dom.window.close();
    } catch {
      // Closing detaches the tree recursively; a too-deep tree is left to the garbage collector.
    }
  }
}
