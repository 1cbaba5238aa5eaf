/**
 * eduwatch_top (store/fts-top.ts, store/native/eduwatch_fts5.c) lets search skip bm25 for matches
 * that cannot reach the page. The page must be exactly the one bm25 over every match gives: the
 * same documents, in the same order, with the same scores, snippets and marks, for any query,
 * filter and limit. Checked on a store of a few thousand generated documents of very different
 * lengths, with title matches, repeated words and exact ties (documents that differ by one number),
 * so the ranking has real work to do and the function really skips rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, searchDocuments, upsertSources, type DB, type SearchOptions } from '../store/index.js';
import { loadTopFunction } from '../store/fts-top.js';
import { indexDocument } from '../store/search-index.js';
import { parseSearch } from '../store/search.js';
import type { Lang } from '../types.js';
import { source } from './fixtures/store/builders.js';

const WORDS: Record<Lang, string[]> = {
  uk: ['школа', 'школи', 'школу', 'університет', 'університету', 'ліцей', 'ракета', 'удар', 'меморандум', 'співпраця', 'освіта', 'учні', 'місто', 'область', 'будівля', 'вікна', 'пошкоджено', 'директор', 'заклад', 'коледж'],
  ru: ['школа', 'школы', 'школе', 'университет', 'университета', 'гимназия', 'ракета', 'удар', 'меморандум', 'сотрудничество', 'образование', 'ученики', 'город', 'область', 'здание', 'окна', 'повреждено', 'директор', 'колледж', 'соглашение'],
  pl: ['szkoła', 'szkoły', 'szkole', 'uniwersytet', 'uniwersytecie', 'liceum', 'rakieta', 'porozumienie', 'współpraca', 'edukacja', 'uczniowie', 'miasto', 'budynek', 'okna', 'dyrektor', 'technikum', 'umowa', 'studenci', 'wydział', 'rektor'],
  bg: ['училище', 'училища', 'университет', 'университета', 'гимназия', 'ракета', 'меморандум', 'сътрудничество', 'образование', 'ученици', 'град', 'област', 'сграда', 'прозорци', 'директор', 'колеж', 'споразумение', 'студенти', 'факултет', 'ректор'],
  en: ['school', 'schools', 'university', 'universities', 'college', 'missile', 'strike', 'memorandum', 'agreement', 'cooperation', 'education', 'students', 'city', 'region', 'building', 'windows', 'damaged', 'director', 'faculty', 'rector'],
};
const LANGS = Object.keys(WORDS) as Lang[];
const DOCS = 3000;

/** A small deterministic generator (mulberry32), so every run builds the same store. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir: string;
let db: DB;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-rank-'));
  db = openStore(join(dir, 'rank.db'));
  upsertSources(db, [source('a', 'UA', LANGS), source('b', 'PL', LANGS)]);
  const r = rng(7);
  const fetch = db.prepare(`INSERT INTO fetches (id, source_id, kind, requested_url, final_url, status, fetched_at) VALUES (1, 'a', 'article', 'https://a.example/', 'https://a.example/', 200, '2024-01-01T00:00:00Z')`);
  const doc = db.prepare(`INSERT INTO documents (id, url, source_id, fetch_id, title, lang, text, text_sha256, extraction_method, extractor_version, created_at)
    VALUES (?, ?, ?, 1, ?, ?, ?, ?, 'plain-text', 'test', '2024-01-01')`);
  const words = (lang: Lang, n: number) => Array.from({ length: n }, () => WORDS[lang][Math.floor(WORDS[lang].length * r() ** 2.5)]).join(' ');
  db.transaction(() => {
    fetch.run();
    let prev: { title: string | null; text: string; lang: Lang } | null = null;
    for (let id = 1; id <= DOCS; id++) {
      const lang = LANGS[Math.floor(r() * LANGS.length)];
      // every 7th document repeats the one before but for its number: the same score, a tie broken by id
      const d: { title: string | null; text: string; lang: Lang } = prev && id % 7 === 0
        ? prev
        : { lang, title: r() < 0.1 ? null : words(lang, 1 + Math.floor(r() * 8)), text: `${words(lang, 1 + Math.floor(r() ** 3 * 300))}.` };
      const text = `${d.text} ${id}`;
      doc.run(id, `https://a.example/${id}`, id % 3 ? 'a' : 'b', d.title, d.lang, text, `sha-${id}`);
      indexDocument(db, id, d.title, text, d.lang);
      prev = d;
    }
  })();
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERIES = ['школа', 'университет', 'university', 'szkoła', 'училище', 'ракета', 'меморандум', 'school agreement', 'школа університет', '"school agreement"', 'szko*', 'uni*', 'rector', 'освіта ракета удар', 'nothingatall'];
const OPTIONS: SearchOptions[] = [{}, { limit: 1 }, { limit: 3 }, { limit: 50 }, { lang: 'ru' }, { lang: 'en', limit: 5 }, { source: ['b'] }, { source: ['a', 'b'], limit: 7 }, { lang: 'pl', source: ['a'] }];

describe('search with eduwatch_top', () => {
  it('is loaded here (the comparisons below would otherwise compare bm25 with itself)', () => {
    expect(loadTopFunction(db)).toBe(true);
  });

  it('skips bm25 for most matches of a common word', () => {
    const counted = db.prepare(`WITH x AS MATERIALIZED (SELECT eduwatch_top(documents_fts, 20, 4.0, 1.0) AS k FROM documents_fts WHERE documents_fts MATCH ?)
      SELECT count(*) AS matches, sum(k) AS scored FROM x`);
    for (const q of ['школа', 'university', 'szkoła']) {
      const { matches, scored } = counted.get(parseSearch(q).match) as { matches: number; scored: number };
      expect(matches, q).toBeGreaterThan(200);
      expect(scored, q).toBeGreaterThanOrEqual(20);
      expect(scored, q).toBeLessThan(matches / 2);
    }
  });

  it.each(OPTIONS.map((o) => [JSON.stringify(o), o] as const))('gives exactly the page bm25 over every match gives, options %s', (_name, opts) => {
    let ranked = 0;
    for (const q of QUERIES) {
      const every = searchDocuments(db, q, { ...opts, scoreEveryMatch: true });
      const top = searchDocuments(db, q, opts);
      expect(top, q).toEqual(every);
      ranked += every.length;
    }
    expect(ranked).toBeGreaterThan(0);
  });

  it('keeps exact ties in id order', () => {
    const every = searchDocuments(db, 'school', { limit: 200, scoreEveryMatch: true });
    const top = searchDocuments(db, 'school', { limit: 200 });
    const tied = every.filter((r, i) => i > 0 && r.score === every[i - 1].score);
    expect(tied.length).toBeGreaterThan(0);
    expect(top).toEqual(every);
  });

  it('refuses a row count that is not a whole number above 0', () => {
    expect(() => db.prepare(`SELECT eduwatch_top(documents_fts, 0, 4.0, 1.0) FROM documents_fts WHERE documents_fts MATCH 'school'`).all()).toThrow(/number of rows kept/);
  });
});
