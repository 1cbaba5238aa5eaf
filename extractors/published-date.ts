/**
 * The publication date of a page, from the most to the least reliable source; the first that
 * gives a real date wins and is recorded:
 *   'json-ld' — datePublished of a NewsArticle / Article / BlogPosting (also inside @graph);
 *   'meta'    — article:published_time and its kin (PUBLISHED_META, in order);
 *   'time'    — <time datetime>, preferring pubdate / itemprop=datePublished, then one inside the article;
 *   'url'     — /2022/07/18/, /20220718/, 2022-07-18 in the URL's path;
 *   'text'    — a visible date line near the top: "18.07.2022, 19:02", "15 grudnia 2020",
 *               "30 августа, 09:50" (year from the URL or the page, else none), "19 November, 2019".
 * Dates are returned as YYYY-MM-DD, as written (a timestamp's date in its own offset).
 */
import type { Lang, PublishedSource } from '../types.js';
import { exists, isoDate } from './_date-calendar.js';
import { extractDates } from './dates.js';

/** JSON-LD types that describe the page's article. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting|WebPage)$/;
/** Meta tags (property / name / itemprop, lower-case) that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'datepublished', 'article.published', 'cxenseparse:recs:publishtime',
];
/** Elements whose class or id names a date line. */
const DATE_LINE_NAME = /date|time|publish|posted|meta|byline|datum|дата|data/i;
/** Page parts whose dates are other articles' or comments' dates. */
const OUTSIDE_ARTICLE = 'nav, footer, aside, .comments, #comments, [class*=comment], [class*=sidebar], [class*=related], [class*=widget]';
/** How much of the body text is read for a visible date line ("the first part of the page"). */
const TOP_TEXT_CHARS = 1500;
/** At most this many date-named elements are read. */
const MAX_DATE_ELEMENTS = 30;
/** JSON-LD nodes visited at most per page (hostile pages nest deeply). */
const MAX_JSONLD_NODES = 2000;

export interface PublishedDate {
  value: string;
  source: PublishedSource;
}

/** A machine-written date value (ISO timestamp, YYYYMMDD, RFC 822, "18.07.2022") → YYYY-MM-DD. */
function normaliseValue(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return exists(+iso[1], +iso[2], +iso[3]) ? isoDate(+iso[1], +iso[2], +iso[3]) : null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (compact) return exists(+compact[1], +compact[2], +compact[3]) ? isoDate(+compact[1], +compact[2], +compact[3]) : null;
  const tag = extractDates(s.slice(0, 200), { lang: null, published: null }).find((t) => t.value.length === 10);
  return tag ? tag.value : null;
}

function fromJsonLd(doc: Document): string | null {
  let visited = 0;
  let fallback: string | null = null;
  for (const script of Array.from(doc.querySelectorAll('script[type*="ld+json" i]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length > 0 && visited++ < MAX_JSONLD_NODES) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const obj = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
      const date = typeof obj.datePublished === 'string' ? normaliseValue(obj.datePublished) : null;
      if (date && types.some((t) => ARTICLE_TYPES.test(t))) {
        if (!types.includes('WebPage')) return date;
        fallback ??= date;
      }
      if (obj['@graph']) stack.push(obj['@graph']);
      if (obj.mainEntity) stack.push(obj.mainEntity);
      if (obj.mainEntityOfPage && typeof obj.mainEntityOfPage === 'object') stack.push(obj.mainEntityOfPage);
    }
  }
  return fallback;
}

function fromMeta(doc: Document): string | null {
  const found = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !found.has(key)) found.set(key, content);
  }
  for (const key of PUBLISHED_META) {
    const v = normaliseValue(found.get(key));
    if (v) return v;
  }
  // itemprop=datePublished on a non-meta element (<span itemprop="datePublished" content="...">).
  const el = doc.querySelector('[itemprop="datePublished" i]:not(meta)');
  return el ? normaliseValue(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent) : null;
}

function fromTime(doc: Document): string | null {
  const times = Array.from(doc.querySelectorAll('time'));
  const ranked = [
    times.filter((t) => t.hasAttribute('pubdate') || /datepublished/i.test(t.getAttribute('itemprop') ?? '')),
    times.filter((t) => t.closest('article, main, [role=main], [itemprop=articleBody]') && !t.closest(OUTSIDE_ARTICLE)),
    times.filter((t) => !t.closest(OUTSIDE_ARTICLE)),
  ];
  for (const group of ranked) {
    for (const t of group) {
      const v = normaliseValue(t.getAttribute('datetime')) ?? normaliseValue(t.textContent);
      if (v) return v;
    }
  }
  return null;
}

/** /2022/07/18/, /20220718/, 2022-07-18 or 2022_07_18 in the URL's path. */
function fromUrl(url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const patterns = [
    /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[^\d])/,
    /(?<!\d)((?:19|20)\d{2})[-_.](\d{2})[-_.](\d{2})(?!\d)/,
    /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m && exists(+m[1], +m[2], +m[3])) return isoDate(+m[1], +m[2], +m[3]);
  }
  return null;
}

/** The year the page is about, for dates written without one: the URL's /2020/ segment, else a full date near the top. */
function contextYear(url: string, texts: string[], lang: Lang | null): number | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    path = '';
  }
  const y = /(?:^|\/|-|_)((?:19|20)\d{2})(?=\/|-|_|\d{4}(?!\d)|$)/.exec(path);
  if (y) return Number(y[1]);
  for (const t of texts) {
    const full = extractDates(t, { lang, published: null }).find((d) => d.value.length === 10 && d.kind === 'event');
    if (full) return Number(full.value.slice(0, 4));
  }
  return null;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first TOP_TEXT_CHARS of the page's text outside navigation, sidebars, footers and comments. */
function topOfPage(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < TOP_TEXT_CHARS; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest(`${OUTSIDE_ARTICLE}, script, style, noscript, template`)) continue;
    const t = (n as Text).data.replace(/\s+/g, ' ').trim();
    if (t) out += `${t}\n`;
  }
  return out;
}

/** Visible date lines: date-named elements near the article, then the top of the body text. */
function fromText(doc: Document, url: string, bodyText: string | undefined, lang: Lang | null): string | null {
  const inArticle: string[] = [];
  const elsewhere: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (inArticle.length + elsewhere.length >= MAX_DATE_ELEMENTS) break;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_LINE_NAME.test(name) || el.closest(OUTSIDE_ARTICLE)) continue;
    const t = textOf(el);
    if (t && t.length <= 200) (el.closest('article, main, [role=main]') ? inArticle : elsewhere).push(t);
  }
  const lines = [...inArticle, ...elsewhere];
  const top = (bodyText ?? topOfPage(doc)).slice(0, TOP_TEXT_CHARS);
  const h1 = doc.querySelector('h1');
  const nearTitle = h1?.parentElement ? textOf(h1.parentElement).slice(0, 400) : '';
  const sources = [...lines, nearTitle, top].filter(Boolean);
  let year: number | null | undefined;
  for (const s of sources) {
    for (const tag of extractDates(s, { lang, published: null })) {
      if (tag.value.length === 10 && (tag.kind === 'event' || tag.kind === 'published')) return tag.value;
    }
    // A day and month without a year ("30 августа, 09:50"): the year comes from the URL or the page.
    const dayMonth = extractDates(s, { lang, published: '2000-07-01' }).find((t) => t.yearInferred && t.value.length === 10 && t.kind === 'event');
    if (dayMonth) {
      year ??= contextYear(url, sources, lang);
      const m = Number(dayMonth.value.slice(5, 7));
      const d = Number(dayMonth.value.slice(8, 10));
      if (year !== null && exists(year, m, d)) return isoDate(year, m, d);
    }
  }
  return null;
}

/**
 * The publication date of `doc` (a page at `url`) and where it came from, or null. `bodyText` (the
 * extracted article text) and `lang` help read a visible date line.
 */
export function findPublishedDate(doc: Document, url: string, bodyText?: string, lang?: Lang | null): PublishedDate | null {
  const steps: [PublishedSource, () => string | null][] = [
    ['json-ld', () => fromJsonLd(doc)],
    ['meta', () => fromMeta(doc)],
    ['time', () => fromTime(doc)],
    ['url', () => fromUrl(url)],
    ['text', () => fromText(doc, url, bodyText, lang ?? null)],
  ];
  for (const [source, step] of steps) {
    const value = step();
    if (value) return { value, source };
  }
  return null;
}
