/**
 * Discovery documents of the demo sites: RSS 2.0, Atom, sitemaps (plain, index, Google News) and
 * robots.txt, written the way common CMSs write them.
 */
import { esc } from './_chrome.js';
import type { DemoArticle, DemoResponse } from './_types.js';

const XML = 'application/xml; charset=utf-8';
const newestOf = (items: DemoArticle[]) => items.map((a) => a.published).sort().at(-1);

export function rss(origin: string, title: string, description: string, lang: string, items: { article: DemoArticle; path: string }[]): DemoResponse {
  const body = items
    .map(
      ({ article: a, path }) => `  <item>
    <title>${esc(a.title)}</title>
    <link>${origin}${path}</link>
    <guid isPermaLink="true">${origin}${path}</guid>
    <pubDate>${new Date(a.published).toUTCString()}</pubDate>
    <category>${esc(a.section)}</category>
    <description>${esc(a.lead ?? a.paragraphs[0])}</description>
  </item>`,
    )
    .join('\n');
  return {
    type: 'application/rss+xml; charset=utf-8',
    modified: newestOf(items.map((i) => i.article)),
    body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${esc(title)}</title>
  <link>${origin}/</link>
  <description>${esc(description)}</description>
  <language>${lang}</language>
  <atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>
${body}
</channel>
</rss>
`,
  };
}

export function atom(origin: string, path: string, title: string, items: DemoArticle[]): DemoResponse {
  const entries = items
    .map(
      (a) => `  <entry>
    <title>${esc(a.title)}</title>
    <link rel="alternate" type="text/html" href="${origin}${a.path}"/>
    <id>${origin}${a.path}</id>
    <published>${a.published}</published>
    <updated>${a.published}</updated>
    ${a.author ? `<author><name>${esc(a.author)}</name></author>` : ''}
    <summary>${esc(a.lead ?? a.paragraphs[0])}</summary>
  </entry>`,
    )
    .join('\n');
  return {
    type: 'application/atom+xml; charset=utf-8',
    modified: newestOf(items),
    body: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(title)}</title>
  <link rel="self" href="${origin}${path}"/>
  <link rel="alternate" href="${origin}/"/>
  <id>${origin}/</id>
  <updated>${newestOf(items)}</updated>
${entries}
</feed>
`,
  };
}

export function urlset(origin: string, items: DemoArticle[], extra: string[] = []): DemoResponse {
  const urls = [
    ...extra.map((p) => `  <url><loc>${origin}${p}</loc><changefreq>daily</changefreq></url>`),
    ...items.map((a) => `  <url><loc>${origin}${a.path}</loc><lastmod>${a.published}</lastmod></url>`),
  ].join('\n');
  return {
    type: XML,
    modified: newestOf(items),
    body: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`,
  };
}

export function sitemapIndex(origin: string, children: { path: string; lastmod?: string }[]): DemoResponse {
  const body = children.map((c) => `  <sitemap><loc>${origin}${c.path}</loc>${c.lastmod ? `<lastmod>${c.lastmod}</lastmod>` : ''}</sitemap>`).join('\n');
  return {
    type: XML,
    modified: children.map((c) => c.lastmod ?? '').sort().at(-1) || undefined,
    body: `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</sitemapindex>
`,
  };
}

export function newsSitemap(origin: string, publication: string, lang: string, items: DemoArticle[]): DemoResponse {
  const urls = items
    .map(
      (a) => `  <url>
    <loc>${origin}${a.path}</loc>
    <news:news>
      <news:publication><news:name>${esc(publication)}</news:name><news:language>${lang}</news:language></news:publication>
      <news:publication_date>${a.published}</news:publication_date>
      <news:title>${esc(a.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  return {
    type: XML,
    modified: newestOf(items),
    body: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls}
</urlset>
`,
  };
}

export function robots(origin: string, sitemaps: string[] = [], disallow: string[] = []): DemoResponse {
  const lines = ['User-agent: *', 'Disallow: /admin/', ...disallow.map((d) => `Disallow: ${d}`), '', ...sitemaps.map((p) => `Sitemap: ${origin}${p}`)];
  return { type: 'text/plain; charset=utf-8', body: `${lines.join('\n')}\n` };
}
