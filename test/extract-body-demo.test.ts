/**
 * The demo sites' articles come out clean: no breadcrumb, related-stories list, share bar, comment,
 * cookie or newsletter text, no other article's headline, in the body text of any of them (the
 * browser-rendered site serves a shell here; its rendered pages are checked by the demo test).
 */
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../crawlers/charset.js';
import { extractBody } from '../extractors/body.js';
import { DEMO_BASE_PORT, DEMO_SITES } from '../scripts/demo-sites/server.js';
import * as bg from '../scripts/demo-sites/sites/bg-obrazovanie.js';
import * as en from '../scripts/demo-sites/sites/en-edmonitor.js';
import * as pl from '../scripts/demo-sites/sites/pl-edukacja.js';
import * as ru from '../scripts/demo-sites/sites/ru-uchitel.js';
import * as ua from '../scripts/demo-sites/sites/ua-osvita.js';

const STATIC_SITES = [ua, ru, pl, bg, en];

const cases = STATIC_SITES.flatMap((m) => {
  const site = DEMO_SITES.find((s) => s === m.site)!;
  const origin = `http://127.0.0.1:${DEMO_BASE_PORT + site.offset}`;
  const routes = site.build(origin);
  return m.ARTICLES.map((a) => {
    const r = routes.get(a.path)!;
    // Bytes are decoded as the crawler decodes them (the Russian site is windows-1251).
    const html = typeof r.body === 'string' ? r.body : decodeBody(r.body, r.type).text;
    const t = m.T;
    const junk = [t.related, t.comments, t.share, t.cookie, t.subscribe, t.popular, t.footer, t.rights, t.demoNote, `${t.home} ›`,
      ...(a.comments ?? []).map((c) => c.text), ...m.ARTICLES.filter((x) => x !== a).map((x) => x.title)];
    return [`${site.id}${a.path}`, { url: origin + a.path, html, junk, first: a.paragraphs[0] }] as const;
  });
});

describe('demo articles: clean body text', () => {
  it('covers the static sites\' articles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  it.each(cases)('%s', (_name, c) => {
    const body = extractBody(c.html, c.url)!;
    expect(body.text).toContain(c.first);
    expect(c.junk.filter((j) => body.text.includes(j))).toEqual([]);
  });
});
