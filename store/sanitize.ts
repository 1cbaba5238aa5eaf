/**
 * The cleaned article HTML the store keeps is HTML someone will open (a web page, Datasette), so
 * it is sanitised with sanitize-html (a maintained allowlist sanitiser) before it is stored: text
 * structure, links and the site's own images only. No scripts, styles, event handlers, iframes,
 * objects, forms, meta refresh, base or link elements, no inline styles, no classes or ids, and no
 * resource URL pointing off the page's own host; every URL made absolute against the page, links
 * only http(s)/mailto and marked rel="nofollow noopener noreferrer".
 */
import sanitizeHtml from 'sanitize-html';

/** Bump when the rules change: stores written with an older version are re-sanitised on open. */
export const SANITIZER_VERSION = '1';

const TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u',
  's', 'sub', 'sup', 'small', 'mark', 'abbr', 'cite', 'q', 'time', 'del', 'ins', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'figure', 'figcaption', 'img', 'a', 'span', 'div',
  'section', 'article', 'header', 'footer', 'address',
];

function absolute(value: string | undefined, base: string | null): URL | null {
  if (!value) return null;
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

/** The sanitised HTML, or null for null/empty input. `pageUrl` is where the HTML was fetched. */
export function sanitizeDocumentHtml(html: string | null | undefined, pageUrl: string | null): string | null {
  if (!html) return html === '' ? '' : null;
  const pageHost = absolute(pageUrl ?? undefined, null)?.host ?? null;
  return sanitizeHtml(html, {
    allowedTags: TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      time: ['datetime'],
      abbr: ['title'],
      '*': ['lang', 'dir'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    // The text of these elements is code or chrome, not the article.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'select', 'button'],
    transformTags: {
      a: (tagName, attribs) => {
        const url = absolute(attribs.href, pageUrl);
        const ok = url && ['http:', 'https:', 'mailto:'].includes(url.protocol);
        const out: sanitizeHtml.Attributes = { rel: 'nofollow noopener noreferrer' };
        if (ok) out.href = url.href;
        if (attribs.title) out.title = attribs.title;
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const url = absolute(attribs.src, pageUrl);
        // Only the page's own images: an image elsewhere would be loaded from that host by every viewer.
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== pageHost) {
          return { tagName: 'span', attribs: {}, text: attribs.alt ?? '' };
        }
        const out: sanitizeHtml.Attributes = { src: url.href };
        for (const k of ['alt', 'title', 'width', 'height']) if (attribs[k]) out[k] = attribs[k];
        return { tagName, attribs: out };
      },
    },
  });
}

/** Documents re-sanitised per transaction when a store written by an older sanitiser is opened. */
const BATCH = 200;

/**
 * Bring every stored document's HTML to the current sanitiser (stores written before it existed,
 * or by an older version), in batches; recorded in `_meta` so it runs once. Needs a writable store.
 */
export function ensureSanitizedHtml(db: import('better-sqlite3').Database): number {
  const done = db.prepare(`SELECT value FROM _meta WHERE key = 'html_sanitizer'`).pluck().get() as string | undefined;
  if (done === SANITIZER_VERSION) return 0;
  const pick = db.prepare('SELECT d.id, d.html, f.final_url AS url FROM documents d JOIN fetches f ON f.id = d.fetch_id WHERE d.id > ? AND d.html IS NOT NULL ORDER BY d.id LIMIT ?');
  const update = db.prepare('UPDATE documents SET html = ? WHERE id = ?');
  let last = 0;
  let changed = 0;
  for (;;) {
    const rows = pick.all(last, BATCH) as { id: number; html: string; url: string }[];
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const r of rows) {
        const clean = sanitizeDocumentHtml(r.html, r.url);
        if (clean !== r.html) {
          update.run(clean, r.id);
          changed++;
        }
      }
    })();
    last = rows[rows.length - 1].id;
  }
  db.prepare(`INSERT INTO _meta (key, value) VALUES ('html_sanitizer', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(SANITIZER_VERSION);
  return changed;
}
