/**
 * `eduwatch sources add URL`: look at a site once and print a ready-to-edit sources.yaml entry.
 * Finds feeds (<link rel="alternate">, then common paths, each confirmed by parsing it), sitemaps
 * (robots.txt `Sitemap:` lines, then /sitemap.xml and /sitemap_index.xml), the language (the text
 * first, <html lang> second) and the site's name. Fetches go through the crawlers' fetchPage
 * (robots.txt, redirects, size cap, private addresses refused unless allowed), one GET each.
 */
import { defineCommand } from 'citty';
import { load } from 'cheerio';
import { parseFeed } from '@rowanmanning/feed-parser';
import { stringify } from 'yaml';
import { SourceSchema, type SourceInput } from '../../crawlers/source-schema.js';
import { detectLanguage } from '../../extractors/language.js';
import { LANGS, type Lang } from '../../types.js';
import { CLIError } from '../errors.js';
import { fetchForSuggest, hostIsPrivate, probeSource, type SuggestFetchOptions } from './_sources-fetch.js';
import { suggestTelegram, telegramTarget } from './_sources-add-telegram.js';

/** Marks a field a person must fill in; the schema rejects it (crawlers/source-schema.ts). */
const PLACEHOLDER = 'TODO:';
/** Not a country code (the schema wants two capital letters), so an unknown country fails validation. */
const COUNTRY_PLACEHOLDER = 'TODO';

/** Tried, in this order, when the page links no working feed. */
export const COMMON_FEED_PATHS = ['/feed', '/rss', '/rss.xml', '/feed.xml', '/atom.xml', '/index.xml', '/feed/'];
/** Tried when robots.txt names no sitemap. */
export const COMMON_SITEMAP_PATHS = ['/sitemap.xml', '/sitemap_index.xml'];
/** Country from the top-level domain, then from the language (the usual case for these four). */
const COUNTRY_BY_TLD: Record<string, string> = { ua: 'UA', ru: 'RU', pl: 'PL', bg: 'BG', uk: 'GB' };
const COUNTRY_BY_LANG: Partial<Record<Lang, string>> = { uk: 'UA', ru: 'RU', pl: 'PL', bg: 'BG' };
/** Government hosts: gov.ua, gov.pl, gov.ru, government.bg, ... */
const OFFICIAL_HOST = /(^|\.)(gov|government)\.[a-z]{2,3}$|(^|\.)gov\.[a-z]{2}\./;

export interface SuggestOptions extends SuggestFetchOptions {
  /** Source id; derived from the host when absent. */
  id?: string;
  /** Date written in `verified.on` (YYYY-MM-DD); today by default. */
  today?: string;
  /** Written in `verified.by`; $USER by default. */
  verifiedBy?: string;
}

export interface Suggestion {
  /** The entry, as a maintainer would write it (defaults left out). */
  entry: SourceInput;
  /** Comment lines explaining what was found and what to check (without the leading `# `). */
  notes: string[];
  /** The printed text: notes as comments, then the entry as a `sources:` list item. */
  yaml: string;
}

function idFromUrl(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const base = `${host}${url.port ? `-${url.port}` : ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return base || 'new-source';
}

function normaliseLang(value: string | undefined | null): Lang | null {
  const code = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (code === 'ua') return 'uk';
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : null;
}

function isFeed(text: string): { ok: boolean; items: number } {
  try {
    return { ok: true, items: parseFeed(text).items.length };
  } catch {
    return { ok: false, items: 0 };
  }
}

const looksLikeSitemap = (text: string) => /<(urlset|sitemapindex)[\s>]/.test(text.slice(0, 4096));

export async function suggestSource(input: string, opts: SuggestOptions = {}): Promise<Suggestion> {
  let start: URL;
  try {
    start = new URL(input);
  } catch {
    throw new CLIError(`${input}: not a URL; give the site's address, e.g. https://mon.gov.ua/`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new CLIError(`${input}: give an http(s) URL`);
  if (opts.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.id)) {
    throw new CLIError(`--id ${opts.id}: use lower-case letters, digits and dashes, e.g. --id mon-gov-ua`);
  }
  const privateNetwork = await hostIsPrivate(start.hostname);
  if (privateNetwork && !opts.allowPrivateNetwork) {
    throw new CLIError(`${start.hostname} is a loopback or private address; pass --allow-private-network for a local site`);
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const channel = telegramTarget(start);
  if (channel) {
    const tg = await suggestTelegram(start, channel, { ...opts, today, placeholder: PLACEHOLDER, countryPlaceholder: COUNTRY_PLACEHOLDER });
    if (tg) return render(input, tg.entry, tg.notes);
  }
  const probe = probeSource(start, opts);
  const notes: string[] = [];
  // A source is a site: given an article's URL, look at the site's root (its home page).
  const root = new URL('/', start);
  let first = start;
  let page: Awaited<ReturnType<typeof fetchForSuggest>>;
  if (start.pathname !== '/' || start.search) {
    page = await fetchForSuggest(probe, root.href, 'listing');
    if (page.ok) {
      first = root;
      notes.push(`${start.href} is a page of the site: home is the site's root ${root.href}`);
    } else {
      notes.push(`the site's root ${root.href} could not be fetched (${page.problem}): ${start.href} is used as home; check it`);
      page = await fetchForSuggest(probe, start.href, 'listing');
    }
  } else page = await fetchForSuggest(probe, start.href, 'listing');
  if (!page.ok) throw new CLIError(`${first.href}: ${page.problem}`);
  const home = new URL(page.finalUrl);
  if (home.href !== first.href) notes.push(`${first.href} redirected to ${home.href}`);
  const $ = load(page.text);

  // Feeds: what the page declares, then the usual paths; a candidate counts only if it parses.
  const feeds: string[] = [];
  const linked = $('link[rel~="alternate"]')
    .filter((_, el) => /application\/(rss|atom)\+xml/i.test($(el).attr('type') ?? ''))
    .map((_, el) => $(el).attr('href'))
    .get()
    .map((href) => new URL(href, home).href);
  const tryFeed = async (url: string, how: string) => {
    if (feeds.includes(url)) return;
    const got = await fetchForSuggest(probe, url, 'feed');
    const feed = got.ok ? isFeed(got.text) : { ok: false, items: 0 };
    if (got.ok && feed.ok) {
      feeds.push(got.finalUrl);
      notes.push(`feed ${got.finalUrl} (${how}): ${feed.items} item${feed.items === 1 ? '' : 's'}`);
    } else if (how === '<link rel="alternate">') {
      notes.push(`feed ${url} (${how}) left out: ${got.ok ? 'not an RSS/Atom feed' : got.problem}`);
    }
  };
  for (const url of [...new Set(linked)]) await tryFeed(url, '<link rel="alternate">');
  if (feeds.length === 0) {
    for (const path of COMMON_FEED_PATHS) {
      await tryFeed(new URL(path, home.origin).href, 'common path');
      if (feeds.length > 0) break;
    }
  }

  // Sitemaps: robots.txt first, then the usual paths (each must look like a sitemap).
  const sitemaps: string[] = [];
  const robots = await fetchForSuggest(probe, new URL('/robots.txt', home.origin).href, 'robots');
  if (robots.ok) {
    for (const m of robots.text.matchAll(/^[ \t]*sitemap[ \t]*:[ \t]*(\S+)/gim)) {
      try {
        const url = new URL(m[1], home.origin).href;
        if (!sitemaps.includes(url)) sitemaps.push(url);
      } catch {
        notes.push(`robots.txt names a sitemap that is not a URL: ${m[1]}`);
      }
    }
    if (sitemaps.length) notes.push(`sitemap${sitemaps.length > 1 ? 's' : ''} from robots.txt: ${sitemaps.join(', ')}`);
  }
  if (sitemaps.length === 0) {
    for (const path of COMMON_SITEMAP_PATHS) {
      const got = await fetchForSuggest(probe, new URL(path, home.origin).href, 'sitemap');
      if (got.ok && looksLikeSitemap(got.text)) {
        sitemaps.push(got.finalUrl);
        notes.push(`sitemap ${got.finalUrl} (common path)`);
        break;
      }
    }
  }

  // Language: the text first, <html lang> only as a hint.
  const htmlLang = $('html').attr('lang') ?? null;
  $('script, style, noscript, template').remove();
  const text = $('body').text().replace(/\s+/g, ' ').trim();
  const detected = detectLanguage(text, htmlLang);
  const lang = detected.lang ?? (text.length < 200 ? normaliseLang(htmlLang) : null);
  notes.push(
    lang
      ? `language ${lang} (text: ${detected.lang ?? 'too short to tell'}, <html lang>: ${htmlLang ?? 'none'})`
      : `language not detected (text: ${detected.other ?? 'undetermined'}, <html lang>: ${htmlLang ?? 'none'}): fill in languages`,
  );

  const name =
    $('meta[property="og:site_name"]').attr('content')?.trim() ||
    $('meta[name="application-name"]').attr('content')?.trim() ||
    $('title').first().text().replace(/\s+/g, ' ').trim() ||
    home.hostname;
  const tld = home.hostname.split('.').pop() ?? '';
  const country = COUNTRY_BY_TLD[tld] ?? (lang ? COUNTRY_BY_LANG[lang] : undefined) ?? COUNTRY_PLACEHOLDER;
  if (country === COUNTRY_PLACEHOLDER) notes.push(`country unknown: replace ${COUNTRY_PLACEHOLDER} with the ISO code of the country the source covers`);
  const kind = OFFICIAL_HOST.test(home.hostname) ? 'official' : 'news';
  notes.push(`kind ${kind} guessed from the host name: official for a ministry, agency or authority, news for an outlet`);

  const discover: SourceInput['discover'] = {};
  if (feeds.length) discover.feeds = feeds;
  if (sitemaps.length) discover.sitemaps = sitemaps;
  if (!feeds.length && !sitemaps.length) {
    discover.listings = [{ url: home.href, articles: 'article a[href], h2 a[href], h3 a[href]', maxPages: 1 }];
    notes.push('no feed or sitemap found: a listing of the home page was suggested; adjust `articles` and add `next`');
  }
  const entry: SourceInput = {
    id: opts.id ?? idFromUrl(home),
    name,
    country,
    languages: lang ? [lang] : [],
    kind,
    home: home.href,
    verified: {
      // Placeholders that fail `sources validate` until a person has checked the source.
      by: opts.verifiedBy ?? `${PLACEHOLDER} your name (who checked this source)`,
      on: today,
      note: `${PLACEHOLDER} say in a sentence why this source is trusted (suggested by \`eduwatch sources add\` on ${today}, not reviewed yet).`,
    },
    discover,
    schedule: '0 */6 * * *',
    politeness: { delay: privateNetwork ? 0.2 : 2, concurrency: 1 },
    ...(privateNetwork ? { allowPrivateNetwork: true } : {}),
  };
  return render(input, entry, notes);
}

/** The printed suggestion: what was found as comments, then the entry, with what still fails validation. */
function render(input: string, entry: SourceInput, notes: string[]): Suggestion {
  const check = SourceSchema.safeParse(entry);
  if (!check.success) {
    for (const issue of check.error.issues) notes.push(`still to fill in: ${issue.path.join('.')}: ${issue.message}`);
  }
  const header = [`Suggested by \`eduwatch sources add ${input}\`. Review every field, then paste under \`sources:\`.`, ...notes];
  const body = stringify([entry], { lineWidth: 0 }).trimEnd().split('\n').map((l) => `  ${l}`).join('\n');
  return { entry, notes, yaml: `${header.map((n) => `# ${n}`).join('\n')}\n${body}\n` };
}

export default defineCommand({
  meta: {
    name: 'add',
    description: "Look at a site and print a ready-to-edit sources.yaml entry (feeds, sitemaps, language, name).",
  },
  args: {
    url: { type: 'positional', required: true, valueHint: 'URL', description: "The site's home page, or a Telegram channel (https://t.me/s/<channel>)." },
    id: { type: 'string', valueHint: 'ID', description: 'Source id (default: from the host name, e.g. mon-gov-ua).' },
    'allow-private-network': {
      type: 'boolean',
      default: false,
      description: 'Allow loopback and private addresses (local test sites, the bundled demo).',
    },
    timeout: { type: 'string', valueHint: 'SECONDS', default: '15', description: 'Seconds to wait for each request.' },
  },
  async run({ args }) {
    const timeout = Number(args.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0) throw new CLIError(`--timeout ${args.timeout}: give a number of seconds, e.g. --timeout 15`);
    const { yaml } = await suggestSource(String(args.url), {
      id: args.id,
      allowPrivateNetwork: args['allow-private-network'],
      timeoutMs: timeout * 1000,
    });
    process.stdout.write(yaml);
    return yaml;
  },
});
