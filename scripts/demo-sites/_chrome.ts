/**
 * Page chrome shared by the demo sites: header with menu, cookie banner, breadcrumbs, share
 * buttons, tags, related articles, comments with their own dates, a sidebar of popular links,
 * newsletter form, advert and footer. Everything a real news page wraps around its article, so
 * body extraction is tested against realistic noise.
 */
import type { DateStyle, DemoArticle } from './_types.js';

export interface ChromeText {
  lang: string;
  siteName: string;
  tagline: string;
  menu: [label: string, href: string][];
  home: string;
  popular: string;
  related: string;
  comments: string;
  commentForm: string;
  send: string;
  cookie: string;
  accept: string;
  share: string;
  subscribe: string;
  tags: string;
  author: string;
  footer: string;
  usefulLinks: [label: string, href: string][];
  rights: string;
  /** Says the site is a bundled demo with modelled, not real, news. */
  demoNote: string;
  admin: string;
  next: string;
  prev: string;
  search: string;
  ad: string;
}

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface ShellOptions {
  t: ChromeText;
  origin: string;
  path: string;
  title: string;
  charset?: string;
  /** Extra <head> content (meta tags, JSON-LD, feed links). */
  head?: string;
  breadcrumbs?: [label: string, href: string | null][];
  main: string;
  popular: DemoArticle[];
  /** Script tags at the end of <body>. */
  scripts?: string;
}

function sidebar(t: ChromeText, popular: DemoArticle[]): string {
  const items = popular.map((a, i) => `<li><span class="rank">${i + 1}</span><a href="${a.path}">${esc(a.title)}</a></li>`).join('');
  return `<aside class="sidebar">
  <section class="widget popular"><h3>${esc(t.popular)}</h3><ol>${items}</ol></section>
  <section class="widget newsletter"><h3>${esc(t.subscribe)}</h3>
    <form action="/subscribe" method="post"><input type="email" name="email" placeholder="email@example.org"><button type="submit">${esc(t.send)}</button></form></section>
  <div class="widget advert"><span class="ad-label">${esc(t.ad)}</span><a href="/promo/courses" rel="sponsored"><img src="/static/banner.png" alt="${esc(t.ad)}" width="300" height="250"></a></div>
</aside>`;
}

export function pageShell(o: ShellOptions): string {
  const { t } = o;
  const menu = t.menu.map(([label, href]) => `<li><a href="${href}">${esc(label)}</a></li>`).join('');
  const crumbs = (o.breadcrumbs ?? [])
    .map(([label, href]) => (href ? `<a href="${href}">${esc(label)}</a>` : `<span>${esc(label)}</span>`))
    .join(' <span class="sep">&rsaquo;</span> ');
  const useful = t.usefulLinks.map(([label, href]) => `<li><a href="${href}" rel="noopener">${esc(label)}</a></li>`).join('');
  const org = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: t.siteName, url: `${o.origin}/` });
  return `<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="${o.charset ?? 'utf-8'}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<link rel="canonical" href="${o.origin}${o.path}">
<meta property="og:site_name" content="${esc(t.siteName)}">
<link rel="stylesheet" href="/static/site.css">
<script type="application/ld+json">${org}</script>
${o.head ?? ''}
</head>
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
  <p>${esc(t.cookie)}</p><button type="button" class="cookie-accept">${esc(t.accept)}</button>
</div>
<header class="site-header">
  <a class="logo" href="/">${esc(t.siteName)}</a><span class="tagline">${esc(t.tagline)}</span>
  <form class="search" action="/search"><input name="q" placeholder="${esc(t.search)}"></form>
  <nav class="main-menu"><ul><li><a href="/">${esc(t.home)}</a></li>${menu}</ul></nav>
</header>
<div class="layout">
<div class="content">
${crumbs ? `<nav class="breadcrumbs">${crumbs}</nav>` : ''}
${o.main}
</div>
${sidebar(t, o.popular)}
</div>
<footer class="site-footer">
  <div class="about"><strong>${esc(t.siteName)}</strong><p>${esc(t.footer)}</p></div>
  <ul class="useful-links">${useful}</ul>
  <p class="demo-note">${esc(t.demoNote)}</p>
  <p class="copyright">© 2026 ${esc(t.siteName)}. ${esc(t.rights)} · <a href="/admin/login">${esc(t.admin)}</a></p>
</footer>
<script src="/static/cookies.js" defer></script>
${o.scripts ?? ''}
</body>
</html>
`;
}

/** Head tags stating the date, by style (visible-only dates add nothing here). */
export function dateHead(a: DemoArticle, t: ChromeText, origin: string, style: DateStyle = a.dateStyle): string {
  const og = `<meta property="og:title" content="${esc(a.title)}"><meta property="og:type" content="article">`;
  if (style === 'meta') return `${og}<meta property="article:published_time" content="${a.published}"><meta property="article:section" content="${esc(a.section)}">`;
  if (style === 'json-ld') {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: a.title,
      datePublished: a.published,
      author: a.author ? { '@type': 'Person', name: a.author } : undefined,
      publisher: { '@type': 'Organization', name: t.siteName },
      mainEntityOfPage: `${origin}${a.path}`,
    };
    return `${og}<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
  }
  return og;
}

/** The line under the headline: <time> for 'time', plain text for every other style. */
export function dateLineHtml(a: DemoArticle): string {
  return a.dateStyle === 'time'
    ? `<time class="published" datetime="${a.published}">${esc(a.dateLine)}</time>`
    : `<span class="published">${esc(a.dateLine)}</span>`;
}

export function shareButtons(t: ChromeText, url: string): string {
  const u = encodeURIComponent(url);
  return `<div class="share"><span>${esc(t.share)}:</span>
  <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=${u}">Facebook</a>
  <a class="share-tg" href="https://t.me/share/url?url=${u}">Telegram</a>
  <a class="share-x" href="https://x.com/intent/post?url=${u}">X</a>
  <a class="share-viber" href="viber://forward?text=${u}">Viber</a></div>`;
}

export function commentsHtml(t: ChromeText, a: DemoArticle): string {
  const list = (a.comments ?? [])
    .map((c) => `<li class="comment"><div class="comment-meta"><b>${esc(c.author)}</b> <span class="comment-date">${esc(c.date)}</span></div><p>${esc(c.text)}</p><a class="reply" href="#reply">&#8617;</a></li>`)
    .join('');
  return `<section class="comments" id="comments"><h3>${esc(t.comments)} (${(a.comments ?? []).length})</h3><ul>${list}</ul>
  <form id="reply" class="comment-form" action="/comments" method="post"><label>${esc(t.commentForm)}</label><textarea name="text"></textarea><button type="submit">${esc(t.send)}</button></form></section>`;
}

export function relatedHtml(t: ChromeText, related: DemoArticle[]): string {
  const items = related.map((r) => `<li><a href="${r.path}">${esc(r.title)}</a> <small>${esc(r.dateLine)}</small></li>`).join('');
  return `<section class="related"><h3>${esc(t.related)}</h3><ul>${items}</ul></section>`;
}

/** The article element itself (headline, date line, lead, photo, paragraphs, tags). */
export function articleBody(t: ChromeText, a: DemoArticle): string {
  const photo = a.photo ? `<figure><img src="/static/photo-${a.path.split('/').pop()}.jpg" alt=""><figcaption>${esc(a.photo)}</figcaption></figure>` : '';
  const tags = (a.tags ?? []).map((tag) => `<a href="/tag/${encodeURIComponent(tag)}" rel="tag">${esc(tag)}</a>`).join(' ');
  return `<article class="post">
  ${a.context ? `<div class="day-context">${esc(a.context)}</div>` : ''}
  <h1>${esc(a.title)}</h1>
  <div class="post-meta">${dateLineHtml(a)}${a.author ? ` <span class="byline">${esc(t.author)}: ${esc(a.author)}</span>` : ''} <span class="section">${esc(a.section)}</span></div>
  ${a.lead ? `<p class="lead"><strong>${esc(a.lead)}</strong></p>` : ''}
  ${photo}
  <div class="post-body">
${a.paragraphs.map((p) => `    <p>${esc(p)}</p>`).join('\n')}
  </div>
  ${tags ? `<div class="tags">${esc(t.tags)}: ${tags}</div>` : ''}
</article>`;
}

/** A full article page: body, share buttons, related block and comments inside the shell. */
export function articlePage(t: ChromeText, origin: string, a: DemoArticle, all: DemoArticle[], path = a.path, charset?: string): string {
  const others = all.filter((x) => x.path !== a.path);
  return pageShell({
    t,
    origin,
    path,
    charset,
    title: `${a.title} | ${t.siteName}`,
    head: dateHead(a, t, origin),
    breadcrumbs: [[t.home, '/'], [a.section, null]],
    main: `${articleBody(t, a)}\n${shareButtons(t, `${origin}${path}`)}\n${relatedHtml(t, others.slice(0, 3))}\n${commentsHtml(t, a)}`,
    popular: others.slice(-4).reverse(),
  });
}

/** One listing entry: headline link, date and lead. */
export function teaser(a: DemoArticle, headingTag = 'h3'): string {
  return `<li class="teaser"><${headingTag}><a href="${a.path}">${esc(a.title)}</a></${headingTag}><div class="teaser-date">${esc(a.dateLine)}</div><p>${esc(a.lead ?? a.paragraphs[0].slice(0, 160))}…</p></li>`;
}

/** A listing (home page, section, archive page) with optional pager links. */
export function listingMain(t: ChromeText, heading: string, items: DemoArticle[], pager: { prev?: string; next?: string } = {}): string {
  const prev = pager.prev ? `<a class="prev" rel="prev" href="${pager.prev}">&larr; ${esc(t.prev)}</a>` : '';
  const next = pager.next ? `<a class="next" rel="next" href="${pager.next}">${esc(t.next)} &rarr;</a>` : '';
  return `<section class="listing"><h1>${esc(heading)}</h1>
<ul class="news-list">
${items.map((a) => teaser(a)).join('\n')}
</ul>
${prev || next ? `<nav class="pager">${prev} ${next}</nav>` : ''}
</section>`;
}
