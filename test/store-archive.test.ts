/**
 * Discovery documents re-read with the same bytes (a feed, sitemap or listing page every run, a
 * calendar trap) are archived once: later fetches point at the earlier copy, and the raw bytes
 * are still readable from every fetch.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingestPage, openStore, readRawBody, upsertSources } from '../store/index.js';
import { page, source } from './fixtures/store/builders.js';

describe('archive of discovery documents', () => {
  it('the same listing bytes twice: one archived copy, two fetch rows; new bytes archived again', () => {
    const db = openStore(':memory:');
    upsertSources(db, [source('s', 'UA', ['uk'])]);
    const listing = (html: string) => page({ sourceId: 's', requestedUrl: 'https://s.example/news', kind: 'listing', html, body: new TextEncoder().encode(html) });
    const a = ingestPage(db, null, listing('<a href="/1">1</a>'));
    const b = ingestPage(db, null, listing('<a href="/1">1</a>'));
    const c = ingestPage(db, null, listing('<a href="/2">2</a>'));
    const rows = db.prepare('SELECT id, body_gz IS NOT NULL AS archived, same_body_as FROM fetches ORDER BY id').all();
    expect(rows).toEqual([
      { id: a.fetchId, archived: 1, same_body_as: null },
      { id: b.fetchId, archived: 0, same_body_as: a.fetchId },
      { id: c.fetchId, archived: 1, same_body_as: null },
    ]);
    const bytes = db.prepare('SELECT body_gz FROM fetches WHERE id = ?').pluck().get(a.fetchId) as Buffer;
    expect(gunzipSync(bytes).toString()).toBe('<a href="/1">1</a>');
    expect(readRawBody(db, b.fetchId)?.toString()).toBe('<a href="/1">1</a>');
    db.close();
  });
});
