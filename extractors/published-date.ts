/**
 * The publication date of a page, from the most to the least reliable source; the first that
 * gives a real date wins and is recorded:
 *   'json-ld' — datePublished of a NewsArticle / Article / BlogPosting (also inside @graph, in a
 *               top-level array, or in a script with JavaScript comments or trailing commas);
 *   'meta'    — article:published_time and its kin (PUBLISHED_META, in order: Open Graph, Dublin
 *               Core, schema.org itemprop, vendor tags); never a modified or last-modified time;
 *   'time'    — <time datetime>, preferring pubdate / itemprop=datePublished, then one in a link to
 *               the page itself (a feed of latest stories that lists it), then one inside the article;
 *   'url'     — /2022/07/18/, /20220718/, 2022-07-18 in the path of the page's URL, else of its
 *               canonical or og:url (a syndicated copy links the original);
 *   'text'    — a visible date line near the top: "18.07.2022, 19:02", "15 grudnia 2020",
 *               "30 августа, 09:50" (year from the URL or the page, else none), "19 November, 2019",
 *               "9 oktober 2020", "2020年7月15日" (_published-months.ts), a date alone on its line
 *               before one inside a sentence (a photo caption); last, a full date in the <title> or
 *               the meta description.
 * Dates are returned as YYYY-MM-DD, as written: a timestamp's date in its own offset. A timestamp
 * in UTC ("…Z", "+00:00") gives the UTC day, which is not the publisher's day near midnight: when
 * the page also gives a local day one day off (a date in its URL, a published time with an offset),
 * that day is taken. No date after the fetch is returned.
 */
import type { Lang, PublishedSource } from '../types.js';
import { exists, isoDate } from './_date-calendar.js';
import { extractDates } from './dates.js';
import { monthNameDate } from './_published-months.js';
import { hasLocalOffset, normaliseValue, parseJsonLd, utcHour } from './_published-values.js';
import { readPage, TOP_TEXT_CHARS, type PageMeta } from './_page-meta.js';

/** JSON-LD types that describe the page's article. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting|WebPage)$/;
/** Meta tags (property / name / itemprop, lower-case) that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'date.available', 'sailthru.date', 'parsely-pub-date',
  'datepublished', 'article.published', 'cxenseparse:recs:publishtime', 'bt:pubdate', 'release:date',
];
/** A date line is short: the date, maybe a time, a place or a name ("January 18, 2020", "Unica.md, 20 septembrie 2020 16:20"). */
const DATE_LINE_MAX_CHARS = 80;
/** JSON-LD nodes visited at most per page (hostile pages nest deeply). */
const MAX_JSONLD_NODES = 2000;

export interface PublishedDate {
  value: string;
  source: PublishedSource;
}

/** A date and the value it was read from. */
interface Found {
  value: string;
  raw: string;
}

/** The datePublished values of the page's JSON-LD article nodes, in order; a WebPage's after the others. */
function jsonLdDates(page: PageMeta): Found[] {
  let visited = 0;
  const articles: Found[] = [];
  const webPages: Found[] = [];
  for (const script of page.jsonLd) {
    const data = parseJsonLd(script);
    if (data === undefined) continue;
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
      const raw = typeof obj.datePublished === 'string' ? obj.datePublished : null;
      const date = raw ? normaliseValue(raw) : null;
      if (date && raw && types.some((t) => ARTICLE_TYPES.test(t))) (types.includes('WebPage') ? webPages : articles).push({ value: date, raw });
      if (obj['@graph']) stack.push(obj['@graph']);
      if (obj.mainEntity) stack.push(obj.mainEntity);
      if (obj.mainEntityOfPage && typeof obj.mainEntityOfPage === 'object') stack.push(obj.mainEntityOfPage);
    }
  }
  return [...articles, ...webPages];
}

/** The published times of the page's meta tags, in PUBLISHED_META order, then an itemprop=datePublished element's. */
function metaDates(page: PageMeta): Found[] {
  const found = new Map<string, string>();
  for (const m of page.metas) {
    const content = m.content;
    if (!content) continue;
    // A tag may name itself in several attributes (<meta itemprop="datePublished" property="article:published_time">).
    for (const k of [m.property, m.name, m.itemprop]) {
      const key = (k ?? '').trim().toLowerCase();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  const out: Found[] = [];
  for (const key of PUBLISHED_META) {
    const raw = found.get(key);
    const v = normaliseValue(raw);
    if (v && raw) out.push({ value: v, raw });
  }
  // itemprop=datePublished on a non-meta element (<span itemprop="datePublished" content="...">).
  const el = page.itempropDate;
  const raw = el ? (el.content ?? el.datetime ?? el.text) : null;
  const v = normaliseValue(raw);
  if (v && raw) out.push({ value: v, raw });
  return out;
}

/** The path of `href` (resolved against the page's <base> and URL), or null. */
function pathOf(href: string | null, base: string | null, url: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base ? new URL(base, url) : url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

function timeDates(page: PageMeta, url: string): Found[] {
  const times = page.times;
  const here = new Set([pathOf(url, null, url), pathOf(page.canonical, page.base, url)].filter((p): p is string => p !== null));
  const selfLinked = (t: (typeof times)[number]): boolean => t.link !== null && here.has(pathOf(t.link, page.base, url) ?? '');
  const ranked = [times.filter((t) => t.pubdate), times.filter(selfLinked), times.filter((t) => t.inArticle && !t.outside), times.filter((t) => !t.outside)];
  for (const group of ranked) {
    for (const t of group) {
      const raw = normaliseValue(t.datetime) ? t.datetime : t.text;
      const v = normaliseValue(raw);
      if (v && raw) return [{ value: v, raw }];
    }
  }
  return [];
}

/** A date in the path of the page's URL, else of its canonical or og:url. */
function fromUrls(page: PageMeta, url: string): string | null {
  const ogUrl = page.metas.find((m) => (m.property ?? m.name ?? '').toLowerCase() === 'og:url')?.content ?? null;
  for (const u of [url, page.canonical, ogUrl]) {
    if (!u) continue;
    let abs: string;
    try {
      abs = new URL(u, url).href;
    } catch {
      continue;
    }
    const v = fromUrl(abs);
    if (v) return v;
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

/**
 * The first full date in `s`: on a short line (a date line) before one inside a longer line (a photo
 * caption "… near Orleans, France, January 16, 2020. …" above the line "January 18, 2020").
 */
function lineDate(s: string, lang: Lang | null): string | null {
  const lines = s.split('\n');
  for (const short of [true, false]) {
    for (const line of lines) {
      if (!line.trim() || (short && line.length > DATE_LINE_MAX_CHARS) || (!short && line.length <= DATE_LINE_MAX_CHARS)) continue;
      for (const tag of extractDates(line, { lang, published: null })) {
        if (tag.value.length === 10 && (tag.kind === 'event' || tag.kind === 'published')) return tag.value;
      }
      const named = monthNameDate(line);
      if (named) return named.value;
    }
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
    const full = lineDate(s, lang);
    if (full) return full;
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

function dayNumber(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
}

/**
 * Whether a publisher's day `local` can be the day of a UTC timestamp `utc` written at `hour`: the
 * day before only when the UTC time is early enough for a zone west of Greenwich (down to UTC−10),
 * the day after only when late enough for one east of it (up to UTC+12).
 */
function localDayFits(local: string, utc: string, hour: number): boolean {
  const diff = dayNumber(local) - dayNumber(utc);
  return (diff === -1 && hour < 10) || (diff === 1 && hour >= 12);
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
  // A page cannot have been published after it was fetched: such a date is another date.
  const possible = (value: string | null | undefined): boolean => !!value && !(latest && value.slice(0, 10) > latest);
  // A DOM is read without detaching anything (callers outside the page path pass one).
  const page = 'metas' in source ? source : readPage(source, false);
  let jsonLd: Found[] | undefined;
  let metas: Found[] | undefined;
  let urlDate: string | null | undefined;
  const steps: [PublishedSource, () => Found[]][] = [
    ['json-ld', () => (jsonLd ??= jsonLdDates(page))],
    ['meta', () => (metas ??= metaDates(page))],
    ['time', () => timeDates(page, url)],
    ['url', () => {
      urlDate ??= fromUrls(page, url);
      return urlDate ? [{ value: urlDate, raw: urlDate }] : [];
    }],
    // The language only matters for a visible date line: a function is called only if it comes to that.
    ['text', () => {
      const v = fromText(page, url, bodyText, typeof lang === 'function' ? lang() : (lang ?? null));
      return v ? [{ value: v, raw: v }] : [];
    }],
  ];
  for (const [source, step] of steps) {
    const found = step().find((f) => possible(f.value));
    if (!found) continue;
    const hour = utcHour(found.raw);
    if (hour !== null) {
      // The UTC day of a timestamp near midnight is not the publisher's: a local day one day off wins.
      urlDate ??= fromUrls(page, url);
      const local: [PublishedSource, string][] = [
        ...(jsonLd ??= jsonLdDates(page)).filter((f) => hasLocalOffset(f.raw)).map((f): [PublishedSource, string] => ['json-ld', f.value]),
        ...(metas ??= metaDates(page)).filter((f) => hasLocalOffset(f.raw)).map((f): [PublishedSource, string] => ['meta', f.value]),
        ...(urlDate ? [['url', urlDate] as [PublishedSource, string]] : []),
      ];
      const near = local.find(([, v]) => possible(v) && localDayFits(v, found.value, hour));
      if (near) return { value: near[1], source: near[0] };
    }
    return { value: found.value, source };
  }
  return null;
}
