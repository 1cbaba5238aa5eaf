import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPage, openStore, searchDocuments, StoreError, upsertSources, type DB } from '../store/index.js';
import { stem } from '../store/stem.js';
import type { Lang } from '../types.js';
import { extracted, page, source } from './fixtures/store/builders.js';

const TEXTS: Record<string, { lang: Lang; title: string; text: string }> = {
  uk: {
    lang: 'uk',
    title: 'Новини освіти',
    text: 'Учні школи відвідали університет.\n\nПісля уроків вони пішли у школу, а викладачі університету провели лекцію.',
  },
  ru: {
    lang: 'ru',
    title: 'Новости образования',
    text: 'Ученики школы и студенты колледжа встретились.\n\nСоглашение между школой и колледжем подписано в сентябре.',
  },
  pl: {
    lang: 'pl',
    title: 'Wiadomości',
    text: 'Uczniowie szkoły zawodowej odwiedzili uczelnię.\n\nW szkole odbyło się spotkanie z pracownikami Instytutu Badań Edukacyjnych, a na uniwersytecie wykład.',
  },
  bg: {
    lang: 'bg',
    title: 'Новини',
    text: 'Училищата в региона получиха нови лаборатории.\n\nУниверситетът подписа договор с професионалните гимназии.',
  },
  en: {
    lang: 'en',
    title: 'Schools and universities',
    text: 'Two schools signed an agreement.\n\nThe universities of the region will train their teachers.',
  },
};

let db: DB;
const ids: Record<string, number> = {};
beforeAll(() => {
  db = openStore(':memory:');
  upsertSources(db, [source('s', 'UA', ['uk', 'ru', 'pl', 'bg', 'en'])]);
  for (const [key, t] of Object.entries(TEXTS)) {
    const r = ingestPage(db, null, page({ sourceId: 's', requestedUrl: `https://s.example/${key}` }), () => extracted({ ...t, events: [] }));
    ids[key] = r.documentId!;
  }
});
const found = (q: string, opts = {}) => searchDocuments(db, q, opts).map((r) => Object.entries(ids).find(([, id]) => id === r.id)![0]);

describe('stemmers', () => {
  it.each<[Lang, string[]]>([
    ['uk', ['школа', 'школи', 'школі', 'школу', 'школою', 'школах']],
    ['uk', ['університет', 'університету', 'університетом', 'університеті', 'університетів']],
    ['uk', ['кваліфікація', 'кваліфікацій', 'кваліфікації', 'кваліфікацією']],
    ['ru', ['школа', 'школы', 'школу', 'школой', 'школе', 'школами']],
    ['ru', ['колледж', 'колледжа', 'колледжем', 'колледжей']],
    ['ru', ['область', 'области', 'областью', 'областей']],
    ['pl', ['szkoła', 'szkoły', 'szkole', 'szkołę', 'szkołą', 'szkół', 'szkołach']],
    ['pl', ['uniwersytet', 'uniwersytetu', 'uniwersytecie', 'uniwersytetów']],
    ['pl', ['kuratorium', 'kuratoria', 'kuratoriów']],
    ['pl', ['Rzeszów', 'Rzeszowa', 'Rzeszowie']],
    ['bg', ['училище', 'училището', 'училища', 'училищата']],
    ['bg', ['университет', 'университета', 'университетът', 'университети', 'университетите']],
    ['en', ['school', 'schools', "school's"]],
    ['en', ['university', 'universities']],
  ])('%s: %j share one stem', (lang, forms) => {
    const stems = new Set(forms.map((f) => stem(f, lang)));
    expect([...stems]).toHaveLength(1);
  });

  it('keeps short words and unrelated words apart', () => {
    expect(stem('дом', 'ru')).toBe('дом');
    expect(stem('школа', 'ru')).not.toBe(stem('школьник', 'ru'));
    expect(stem('class', 'en')).toBe(stem('classes', 'en'));
  });
});

describe('searchDocuments', () => {
  it.each<[string, string, string, RegExp]>([
    ['uk', 'школа', 'uk', /\[школи\].*\[школу\]/],
    ['uk', 'університет', 'uk', /\[університету\]/],
    ['ru', 'школа', 'ru', /\[школы\]/],
    ['ru', 'колледж', 'ru', /\[колледжем\]/],
    ['pl', 'szkoła', 'pl', /\[szkoły\].*\[szkole\]/],
    ['pl', 'uniwersytet', 'pl', /\[uniwersytecie\]/],
    ['bg', 'училище', 'bg', /\[Училищата\]/],
    ['bg', 'университет', 'bg', /\[Университетът\]/],
    ['en', 'school', 'en', /\[schools\]/],
    ['en', 'university', 'en', /\[universities\]/],
  ])('%s: "%s" finds its inflected forms', (_lang, q, key, snippet) => {
    const rows = searchDocuments(db, q);
    const row = rows.find((r) => r.id === ids[key]);
    expect(row, `${q} should find ${key}`).toBeDefined();
    expect(row!.snippet).toMatch(snippet);
  });

  it('finds a word in every language that inflects it alike', () => {
    expect(found('школу').sort()).toEqual(['ru', 'uk']);
  });

  it('restricts to a language', () => {
    expect(found('школа', { lang: 'ru' })).toEqual(['ru']);
  });

  it('ANDs the words', () => {
    expect(found('школа колледж')).toEqual(['ru']);
    expect(found('school колледж')).toEqual([]);
  });

  it('matches quoted phrases in order only', () => {
    expect(found('"Instytutu Badań"')).toEqual(['pl']);
    expect(found('"Badań Instytutu"')).toEqual([]);
  });

  it('supports a prefix', () => {
    expect(found('univers*')).toEqual(['en']);
    expect(found('szkoł*')).toEqual(['pl']);
  });

  it('ranks title matches first and marks the title', () => {
    const rows = searchDocuments(db, 'school');
    expect(rows[0].id).toBe(ids.en);
    expect(rows[0].titleMarked).toBe('[Schools] and universities');
  });

  it('uses the marks it is given and keeps snippets short', () => {
    const [row] = searchDocuments(db, 'колледж', { marks: ['<b>', '</b>'], snippetWords: 5 });
    expect(row.snippet).toContain('<b>колледжа</b>');
    expect(row.snippet.split(' ').filter((w) => /\p{L}/u.test(w)).length).toBeLessThanOrEqual(6);
  });

  it.each([
    '"', '*', '"школа', 'школа"', 'NEAR(школа university)', 'school OR', 'OR school', 'title:school', '^school', 'school AND NOT',
    "'); DROP TABLE documents; --", '(school', 'school)', '{title}: school', 'school + -', 'NOT school', 'school*"', '***school',
  ])('a hostile query %j neither breaks nor injects FTS syntax', (q) => {
    let out: unknown;
    try {
      out = searchDocuments(db, q);
    } catch (err) {
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('bad-query');
      return;
    }
    expect(Array.isArray(out)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(5);
  });

  it('treats operator words as words to find', () => {
    expect(found('NOT school')).toEqual([]);
    expect(found('school OR')).toEqual([]);
    expect(found('signed')).toEqual(['en']);
  });

  it('says clearly when there is nothing to search for', () => {
    expect(() => searchDocuments(db, ' "" * ')).toThrow(/no words to search for/);
    expect(() => searchDocuments(db, 'x', { lang: 'xx' })).toThrow(/--lang/);
    expect(() => searchDocuments(db, 'x', { limit: -1 })).toThrow(/--limit/);
  });
});

describe('search index upkeep', () => {
  it('follows deletes, adds documents written by other tools, and rebuilds for a new stemmer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eduwatch-fts-'));
    try {
      const file = join(dir, 's.db');
      const w = openStore(file);
      upsertSources(w, [source('s', 'PL', ['pl'])]);
      const a = ingestPage(w, null, page({ sourceId: 's', requestedUrl: 'https://s.example/a' }), () => extracted({ ...TEXTS.pl, events: [] }));
      // a row written by hand (sqlite3), bypassing the store's code
      w.prepare(
        `INSERT INTO documents (url, source_id, fetch_id, text, text_sha256, extraction_method, extractor_version, created_at, lang)
         VALUES ('https://s.example/b', 's', ?, 'Nowa szkoła w Rzeszowie.', 'x', 'plain-text', 'manual', '2024-01-01', 'pl')`,
      ).run(a.fetchId);
      expect(searchDocuments(w, 'Rzeszów')).toHaveLength(0);
      w.prepare(`UPDATE _meta SET value = 'old' WHERE key = 'search_stemmer_version'`).run();
      w.close();

      const ro = openStore(file, { readonly: true });
      expect(() => searchDocuments(ro, 'szkoła')).toThrow(/search index .* rebuild/);
      ro.close();

      const again = openStore(file);
      expect(searchDocuments(again, 'Rzeszów').map((r) => r.url)).toEqual(['https://s.example/b']);
      expect(searchDocuments(again, 'szkoła')).toHaveLength(2);
      again.prepare(`DELETE FROM tag_state`).run();
      again.prepare(`DELETE FROM sightings`).run();
      again.prepare(`DELETE FROM documents WHERE url = 'https://s.example/b'`).run();
      expect(again.prepare('SELECT count(*) FROM documents_fts').pluck().get()).toBe(1);
      expect(searchDocuments(again, 'Rzeszów')).toHaveLength(0);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
