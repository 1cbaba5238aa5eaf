/**
 * Heavy news pages for the page-path benchmark: 100-200 KB pages in uk, ru, pl, bg and en built
 * around the evaluation set's articles, with what real news sites wrap around an article: inline
 * styles and scripts (analytics, ad and consent configuration), an SVG icon sprite, a mega-menu,
 * breadcrumbs, a "read also" box inside the article, share bars, tags, related stories with their
 * dates, comments, a sidebar, a newsletter box, a cookie banner, a footer of links, HTML comments
 * and JSON-LD. Deterministic: one seed gives the same pages. Each page carries the article text it
 * was built from, so a benchmark can check that no chrome reaches the extracted text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../extractors/_data.js';
import type { Lang } from '../types.js';
import type { ChromeText } from './demo-sites/_chrome.js';
import { esc } from './demo-sites/_chrome.js';
import { T as bgT } from './demo-sites/sites/bg-obrazovanie.js';
import { T as enT } from './demo-sites/sites/en-edmonitor.js';
import { T as plT } from './demo-sites/sites/pl-edukacja.js';
import { T as ruT } from './demo-sites/sites/ru-uchitel.js';
import { T as ukT } from './demo-sites/sites/ua-osvita.js';
import { rng } from './_bench-inputs.js';

export const PAGE_LANGS: readonly Lang[] = ['uk', 'ru', 'pl', 'bg', 'en'];
const CHROME: Record<Lang, ChromeText> = { uk: ukT, ru: ruT, pl: plT, bg: bgT, en: enT };
/** The "read also" heading of the box inside the article, per language. */
const READ_ALSO: Record<Lang, string> = { uk: 'Читайте також', ru: 'Читайте также', pl: 'Zobacz także', bg: 'Още по темата', en: 'Read more' };

export interface BenchPage {
  lang: Lang;
  url: string;
  html: string;
  /** The article's own paragraphs (the text a clean extraction keeps). */
  paragraphs: string[];
  /** Strings of the page's chrome that must not reach the extracted text. */
  chrome: string[];
}

function articleTexts(lang: Lang): string[] {
  const dir = join(projectRoot(), 'test', 'eval-set', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Word-like filler for class names, CSS and scripts. */
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ro', 'ta', 'vu', 'si', 'de', 'po', 'ga', 'zu', 'ri', 'an', 'el'];
function word(r: () => number, n = 2 + Math.floor(r() * 3)): string {
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}

function css(r: () => number, bytes: number): string {
  let s = '';
  while (s.length < bytes) {
    s += `.${word(r)}-${word(r)} .${word(r)}{margin:${Math.floor(r() * 40)}px ${Math.floor(r() * 20)}px;padding:0 ${Math.floor(r() * 16)}px;color:#${Math.floor(r() * 0xffffff).toString(16).padStart(6, '0')};font:400 ${12 + Math.floor(r() * 10)}px/1.4 sans-serif}\n`;
    if (r() < 0.1) s += `@media (max-width:${600 + Math.floor(r() * 600)}px){.${word(r)}{display:none}}\n`;
  }
  return s;
}

function script(r: () => number, bytes: number): string {
  let s = '(function(w,d){var c={';
  while (s.length < bytes) {
    s += `"${word(r)}":{"id":${Math.floor(r() * 1e6)},"slot":"/${Math.floor(r() * 1e8)}/${word(r)}","sizes":[[300,250],[728,90]],"on":${r() < 0.5}},`;
    if (r() < 0.2) s += `"f${word(r)}":function(a){return a&&a.length>${Math.floor(r() * 9)}?a.slice(0,${Math.floor(r() * 9)}):"<div class=\\"x\\">"+a+"</div>"},`;
  }
  return `${s}"end":1};w.__cfg=c;if(d.readyState!=="loading"){w.__boot&&w.__boot(c)}})(window,document);`;
}

function svgSprite(r: () => number, symbols: number): string {
  let s = '<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><defs>';
  for (let i = 0; i < symbols; i++) {
    let d = `M${Math.floor(r() * 24)} ${Math.floor(r() * 24)}`;
    for (let k = 0; k < 30; k++) d += ` L${(r() * 24).toFixed(2)} ${(r() * 24).toFixed(2)}`;
    s += `<symbol id="i-${word(r)}-${i}" viewBox="0 0 24 24"><path d="${d}Z"/><circle cx="12" cy="12" r="${(r() * 10).toFixed(1)}"/></symbol>`;
  }
  return `${s}</defs></svg>`;
}

function icon(r: () => number): string {
  return `<svg class="icon" width="16" height="16" aria-hidden="true"><use href="#i-${word(r)}"/></svg>`;
}

/** A headline-like line from an article text: its first sentence, cut to a headline's length. */
function headlineOf(text: string): string {
  const first = text.split(/\n+/).find((l) => l.trim().length > 20) ?? text;
  return first.split(/(?<=[.!?])\s/)[0].slice(0, 110).trim();
}

function isoDay(r: () => number): string {
  const y = 2021 + Math.floor(r() * 4);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dotted(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

function menu(r: () => number, t: ChromeText, sections: number, links: number): string {
  let s = '<nav class="mega-menu" aria-label="menu"><ul class="menu-root">';
  for (let i = 0; i < sections; i++) {
    const [label, href] = t.menu[i % t.menu.length];
    s += `<li class="menu-item has-children"><a href="${href}">${esc(label)}</a>${icon(r)}<ul class="sub-menu">`;
    for (let k = 0; k < links; k++) s += `<li class="menu-item"><a href="${href}${word(r)}-${k}/">${esc(label)} ${word(r)}</a></li>`;
    s += '</ul></li>';
  }
  return `${s}</ul></nav>`;
}

/**
 * One heavy page. `texts` are the language's articles; the page's own article is texts[i], the
 * related stories and the sidebar are headlines of the others.
 */
function page(lang: Lang, texts: string[], i: number, seed: number, targetBytes: number): BenchPage {
  const r = rng(seed);
  const t = CHROME[lang];
  const text = texts[i % texts.length];
  const paragraphs = text.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const title = headlineOf(text);
  const published = isoDay(r);
  const origin = `https://${lang}.news-bench.example`;
  const path = `/news/${published.slice(0, 4)}/${word(r)}-${i}`;
  const others = texts.filter((_, k) => k !== i % texts.length);
  const pick = () => others[Math.floor(r() * others.length)];
  const related = Array.from({ length: 10 }, () => ({ title: headlineOf(pick()), date: isoDay(r), href: `/news/${word(r)}` }));
  const popular = Array.from({ length: 8 }, () => ({ title: headlineOf(pick()), href: `/news/${word(r)}` }));
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': `${origin}/#website`, url: `${origin}/`, name: t.siteName, potentialAction: { '@type': 'SearchAction', target: `${origin}/?s={q}` } },
      { '@type': 'Organization', '@id': `${origin}/#org`, name: t.siteName, logo: { '@type': 'ImageObject', url: `${origin}/logo.png` } },
      { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: t.home, item: `${origin}/` }, { '@type': 'ListItem', position: 2, name: t.menu[0][0] }] },
      { '@type': 'NewsArticle', headline: title, datePublished: `${published}T09:${10 + Math.floor(r() * 49)}:00+02:00`, dateModified: `${published}T18:00:00+02:00`, author: { '@type': 'Person', name: t.author }, publisher: { '@id': `${origin}/#org` }, mainEntityOfPage: `${origin}${path}` },
    ],
  };
  const metas = Array.from({ length: 12 }, () => `<meta name="${word(r)}-${word(r)}" content="${word(r)} ${word(r)}">`).join('\n');
  const readAlso = others.slice(0, 3).map((o) => `<li><a href="/news/${word(r)}">${esc(headlineOf(o))}</a></li>`).join('');
  const middle = Math.max(1, Math.floor(paragraphs.length / 2));
  const body = paragraphs
    .map((p, k) => {
      let html = `<p>${esc(p)}</p>`;
      if (k === middle - 1) html += `\n<div class="read-also"><strong>${esc(READ_ALSO[lang])}:</strong><ul>${readAlso}</ul></div>`;
      if (k === middle) html += `\n<!-- ad slot ${word(r)} --><div class="ad-slot" id="ad-${word(r)}" data-slot="${Math.floor(r() * 1e8)}"><span class="ad-label">${esc(t.ad)}</span></div>`;
      return html;
    })
    .join('\n');
  const comments = Array.from({ length: 6 + Math.floor(r() * 12) }, (_, k) => {
    const d = isoDay(r);
    return `<li class="comment" id="comment-${k}"><div class="comment-meta"><b>${word(r)}</b> <time datetime="${d}">${dotted(d)}</time></div><p>${esc(headlineOf(pick()))}</p><a class="reply" href="#reply">${icon(r)}</a></li>`;
  }).join('');
  const footerLinks = Array.from({ length: 50 }, () => `<li><a href="/${word(r)}/">${word(r)} ${word(r)}</a></li>`).join('');
  const head = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | ${esc(t.siteName)}</title>
<meta name="description" content="${esc(paragraphs[0].slice(0, 160))}">
<link rel="canonical" href="${origin}${path}">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="${esc(t.siteName)}">
<meta property="og:url" content="${origin}${path}"><meta property="og:image" content="${origin}/img/${word(r)}.jpg">
<meta property="article:published_time" content="${published}T09:00:00+02:00"><meta property="article:modified_time" content="${published}T18:00:00+02:00">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="${esc(title)}">
${metas}
<link rel="preconnect" href="https://cdn.example"><link rel="stylesheet" href="/static/${word(r)}.css"><link rel="icon" href="/favicon.ico">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<!-- consent manager configuration -->
`;
  const fixed = (style: string, scripts: string[]) => `${head}<style>${style}</style>
${scripts.slice(0, 2).map((s) => `<script>${s}</script>`).join('\n')}
</head>
<body class="single-post ${word(r)}">
${svgSprite(r, 20)}
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>${esc(t.cookie)}</p><button class="cookie-accept">${esc(t.accept)}</button></div>
<header class="site-header"><a class="logo" href="/">${icon(r)}${esc(t.siteName)}</a><span class="tagline">${esc(t.tagline)}</span>
<form class="search" action="/search"><input name="q" placeholder="${esc(t.search)}"><button>${icon(r)}</button></form>
${menu(r, t, 8, 12)}
</header>
<main class="layout"><div class="content">
<nav class="breadcrumbs"><a href="/">${esc(t.home)}</a> › <a href="${t.menu[0][1]}">${esc(t.menu[0][0])}</a> › <span>${esc(title.slice(0, 40))}</span></nav>
<article class="post">
<h1 class="entry-title">${esc(title)}</h1>
<div class="post-meta"><time class="published" datetime="${published}T09:00:00+02:00">${dotted(published)}</time> <span class="byline">${esc(t.author)}: ${word(r)}</span> ${icon(r)}</div>
<figure><img src="/img/${word(r)}.jpg" alt="" width="800" height="450"><figcaption>${esc(t.siteName)}</figcaption></figure>
<div class="entry-content">
${body}
</div>
<div class="tags">${esc(t.tags)}: ${Array.from({ length: 5 }, () => `<a href="/tag/${word(r)}" rel="tag">${word(r)}</a>`).join(' ')}</div>
</article>
<div class="share">${esc(t.share)}: ${['facebook', 'telegram', 'x', 'viber'].map((n) => `<a class="share-${n}" href="https://share.example/${n}?u=${encodeURIComponent(origin + path)}">${icon(r)}${n}</a>`).join(' ')}</div>
<section class="related"><h3>${esc(t.related)}</h3><ul>${related.map((x) => `<li><a href="${x.href}">${esc(x.title)}</a> <time datetime="${x.date}">${dotted(x.date)}</time></li>`).join('')}</ul></section>
<section class="comments" id="comments"><h3>${esc(t.comments)}</h3><ul>${comments}</ul>
<form id="reply" class="comment-form"><label>${esc(t.commentForm)}</label><textarea name="text"></textarea><button>${esc(t.send)}</button></form></section>
</div>
<aside class="sidebar"><section class="widget popular"><h3>${esc(t.popular)}</h3><ol>${popular.map((x) => `<li><a href="${x.href}">${esc(x.title)}</a></li>`).join('')}</ol></section>
<section class="widget newsletter"><h3>${esc(t.subscribe)}</h3><form><input type="email"><button>${esc(t.send)}</button></form></section>
<div class="widget advert"><span class="ad-label">${esc(t.ad)}</span></div></aside>
</main>
<footer class="site-footer"><div class="about"><strong>${esc(t.siteName)}</strong><p>${esc(t.footer)}</p></div><nav class="footer-nav"><ul>${footerLinks}</ul></nav>
<p class="copyright">© 2026 ${esc(t.siteName)}. ${esc(t.rights)}</p></footer>
${scripts.slice(2).map((s) => `<script>${s}</script>`).join('\n')}
<!-- page generated in ${Math.floor(r() * 900)} ms -->
</body>
</html>
`;
  // Scripts and styles make up the rest of the page's weight, as on real news sites.
  const rest = Math.max(8_000, targetBytes - Buffer.byteLength(fixed('', ['', '', '', '']), 'utf8'));
  const html = fixed(css(r, Math.floor(rest * 0.3)), [0.2, 0.15, 0.2, 0.15].map((f) => script(r, Math.floor(rest * f))));
  const chrome = [t.cookie, t.subscribe, t.popular, t.related, t.comments, t.footer, t.rights, READ_ALSO[lang], ...related.slice(0, 3).map((x) => x.title), ...popular.slice(0, 2).map((x) => x.title)];
  return { lang, url: `${origin}${path}`, html, paragraphs, chrome: chrome.filter((c) => !paragraphs.some((p) => p.includes(c))) };
}

/**
 * `perLang` heavy pages in each of the five languages, sizes spread over `minKB`..`maxKB`
 * (default 100-200 KB), in a fixed order (uk, ru, pl, bg, en, uk, ...).
 */
export function heavyPages(perLang: number, seed = 7, minKB = 100, maxKB = 200): BenchPage[] {
  const texts = Object.fromEntries(PAGE_LANGS.map((l) => [l, articleTexts(l)])) as Record<Lang, string[]>;
  const r = rng(seed);
  const out: BenchPage[] = [];
  for (let i = 0; i < perLang; i++) {
    for (const lang of PAGE_LANGS) {
      const size = Math.floor((minKB + r() * (maxKB - minKB)) * 1000);
      out.push(page(lang, texts[lang], i, seed * 1000 + i * 7 + lang.charCodeAt(0), size));
    }
  }
  return out;
}
