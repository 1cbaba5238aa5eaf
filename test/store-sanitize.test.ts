/**
 * The cleaned HTML stored with a document carries no active content and loads nothing from other
 * hosts; stores written before the sanitiser are brought up to it when opened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, sanitizeDocumentHtml } from '../store/index.js';

const PAGE = 'https://news.example/2024/05/article.html';

describe('sanitizeDocumentHtml', () => {
  it.each([
    ['<script>', '<p>ok</p><script>alert(1)</script>', /<script|alert/],
    ['event handlers', '<p onclick="x()" onmouseover="y()">ok</p><img src="/a.png" onerror="z()">', /on\w+=/],
    ['iframes', '<p>ok</p><iframe src="https://evil.example/"></iframe>', /iframe|evil/],
    ['forms', '<form action="https://evil.example/steal"><input name="p"><button>Go</button></form><p>ok</p>', /<form|<input|<button|evil/],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>ok</p>', /meta|refresh|evil/],
    ['base and link', '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css"><p>ok</p>', /base|link|evil/],
    ['foreign images', '<p>ok</p><img src="https://tracker.example/pixel.gif" alt="pixel">', /tracker|<img/],
    ['srcset and data: images', '<img src="data:image/png;base64,AAAA" srcset="https://evil.example/a.png 2x"><p>ok</p>', /data:|srcset|evil/],
    ['javascript: links', '<p><a href="javascript:alert(1)">ok</a></p>', /javascript/],
    ['inline styles and classes', '<p style="background:url(https://evil.example/x)" class="x" id="y">ok</p>', /style|class=|id=|evil/],
    ['svg and objects', '<svg onload="x()"><script>1</script></svg><object data="https://evil.example/x.swf"></object><embed src="x"><p>ok</p>', /svg|object|embed|evil/],
    ['template and noscript', '<template><img src=x onerror=alert(1)></template><noscript><p>hidden</p></noscript><p>ok</p>', /template|noscript|hidden|onerror/],
  ])('removes %s', (_name, html, forbidden) => {
    const clean = sanitizeDocumentHtml(html, PAGE)!;
    expect(clean).not.toMatch(forbidden);
    expect(clean).toContain('ok');
  });

  it('keeps the article: text structure, own images (absolute), links (absolute, nofollow)', () => {
    const clean = sanitizeDocumentHtml(
      '<h2>Заголовок</h2><p>Текст <a href="/other">посилання</a> і <strong>важливо</strong></p><figure><img src="img/photo.jpg" alt="Фото"><figcaption>Підпис</figcaption></figure><table><tr><td colspan="2">1</td></tr></table>',
      PAGE,
    )!;
    expect(clean).toContain('<h2>Заголовок</h2>');
    expect(clean).toContain('<a rel="nofollow noopener noreferrer" href="https://news.example/other">посилання</a>');
    expect(clean).toContain('<img src="https://news.example/2024/05/img/photo.jpg" alt="Фото" />');
    expect(clean).toContain('<td colspan="2">1</td>');
    expect(clean).toContain('<strong>важливо</strong>');
  });

  it('null stays null', () => {
    expect(sanitizeDocumentHtml(null, PAGE)).toBeNull();
  });
});

describe('stores written before the sanitiser', () => {
  it('are re-sanitised once when opened for writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eduwatch-sanitize-'));
    try {
      const file = join(dir, 'old.db');
      openStore(file).close();
      const raw = new Database(file);
      raw.exec(`INSERT INTO sources (id, name, country, languages, kind, home, definition, updated_at) VALUES ('s', 's', 'UA', '["uk"]', 'news', 'https://news.example/', '{}', 'now');
        INSERT INTO fetches (id, source_id, kind, requested_url, final_url, status, fetched_at) VALUES (1, 's', 'article', '${PAGE}', '${PAGE}', 200, 'now');
        INSERT INTO documents (id, url, source_id, fetch_id, text, html, text_sha256, extraction_method, extractor_version, created_at)
          VALUES (1, '${PAGE}', 's', 1, 'ok', '<p onclick="x()">ok</p><iframe src="https://evil.example/"></iframe>', 'abc', 'readability', 'old', 'now');
        DELETE FROM _meta WHERE key = 'html_sanitizer';`);
      raw.close();
      const db = openStore(file);
      expect(db.prepare('SELECT html FROM documents WHERE id = 1').pluck().get()).toBe('<p>ok</p>');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
