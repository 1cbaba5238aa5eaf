/**
 * The publication date of a page, from the most to the least reliable source; the first that
 * gives a real date wins and is recorded:
 *   'json-ld' — datePublished of a NewsArticle / Article / BlogPosting (also inside @graph);
 *   'meta'    — article:published_time and its kin (PUBLISHED_META, in order);
 *   'time'    — <time datetime>, preferring pubdate / itemprop=datePublished, then one inside the article;
 *   'url'     — /2022/07/18/, /20220718/, 2022-07-18 in the URL's path;
 *   'text'    — a visible date line near the top: "18.07.2022, 19:02", "15 grudnia 2020",
 *               "30 августа, 09:50" (year from the URL or the page, else none), "19 November, 2019";
 *               last, a full date in the <title> or the meta description.
 * Dates are returned as YYYY-MM-DD, as written (a timestamp's date in its own offset).
 */
import type { Lang, PublishedSource } from '../types.js';
import { exists, isoDate } from './_date-calendar.js';
import { extractDates } from './dates.js';
import { readPage, TOP_TEXT_CHARS, type PageMeta } from './_page-meta.js';

/** JSON-LD types that describe the page's article. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting|WebPage)$/;
/** Meta tags (property / name / itemprop, lower-case) that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'datepublished', 'article.published', 'cxenseparse:recs:publishtime',
];
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

function fromJsonLd(page: PageMeta): string | null {
  let visited = 0;
  let fallback: string | null = null;
  for (const script of page.jsonLd) {
    let data: unknown;
    try {
      data = JSON.parse(script.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
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

function fromMeta(page: PageMeta): string | null {
  const found = new Map<string, string>();
  for (const m of page.metas) {
    const key = (m.property ?? m.name ?? m.itemprop ?? '').trim().toLowerCase();
    const content = m.content;
    if (key && content && !found.has(key)) found.set(key, content);
  }
  for (const key of PUBLISHED_META) {
    const v = normaliseValue(found.get(key));
    if (v) return v;
  }
  // itemprop=datePublished on a non-meta element (<span itemprop="datePublished" content="...">).
  const el = page.itempropDate;
  return el ? normaliseValue(el.content ?? el.datetime ?? el.text) : null;
}

function fromTime(page: PageMeta): string | null {
  const times = page.times;
  const ranked = [times.filter((t) => t.pubdate), times.filter((t) => t.inArticle && !t.outside), times.filter((t) => !t.outside)];
  for (const group of ranked) {
    for (const t of group) {
      const v = normaliseValue(t.datetime) ?? normaliseValue(t.text);
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

/** Visible date lines: date-named elements near the article, then the top of the body text. */
function fromText(page: PageMeta, url: string, bodyText: string | undefined, lang: Lang | null): string | null {
  const top = (bodyText ?? page.topText).slice(0, TOP_TEXT_CHARS);
  // Last, the <title> and the description: some sites write the date only there ("… | 3 декабря 2020, 18:47").
  const description = page.metas.find((m) => (m.name ?? m.property ?? '').toLowerCase() === 'description')?.content ?? '';
  const sources = [...page.dateLines, page.nearTitle, top, page.title, description].filter(Boolean);
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
 * extracted article text) and `lang` (or a function giving it) help read a visible date line.
 */
export function findPublishedDate(
  source: Document | PageMeta,
  url: string,
  bodyText?: string,
  lang?: Lang | null | (() => Lang | null),
  fetchedAt?: string | null,
): PublishedDate | null {
  const latest = fetchedAt && /^\d{4}-\d{2}-\d{2}/.test(fetchedAt) ? fetchedAt.slice(0, 10) : null;
  // A DOM is read without detaching anything (callers outside the page path pass one).
  const page = 'metas' in source ? source : readPage(source, false);
  const steps: [PublishedSource, () => string | null][] = [
    ['json-ld', () => fromJsonLd(page)],
    ['meta', () => fromMeta(page)],
    ['time', () => fromTime(page)],
    ['url', () => fromUrl(url)],
    // The language only matters for a visible date line: a function is called only if it comes to that.
    ['text', () => fromText(page, url, bodyText, typeof lang === 'function' ? lang() : (lang ?? null))],
  ];
  for (const [source, step] of steps) {
    const value = step();
    // A page cannot have been published after it was fetched: such a date is another date.
    if (value && !(latest && value.slice(0, 10) > latest)) return { value, source };
  }
  return null;
}
