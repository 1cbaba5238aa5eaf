/**
 * `eduwatch search "TEXT"`: full-text search over every document's title and text, in all five
 * languages, where a word finds its inflected forms. The index (documents_fts) holds stems; the
 * query is parsed here, never handed to FTS5 as written: each word becomes a quoted OR-group of
 * its possible stems, "a phrase" a quoted phrase per language, `word*` a quoted prefix. So a
 * user's `"`, `*`, `NEAR`, `OR`, `:` or `^` can neither break the query nor inject FTS syntax.
 * Snippets are cut from the original text, the matching words marked.
 */
import { LANGS, type Lang } from '../types.js';
import type { DB } from './db.js';
import { StoreError } from './errors.js';
import { loadTopFunction } from './fts-top.js';
import { searchIndexVersion } from './search-index.js';
import { foldPolish, normalizeWord, queryStems, stem, stemUnder, STEMMER_VERSION, tokenize, type StemLang } from './stem.js';

export interface SearchOptions {
  lang?: string;
  source?: string[];
  limit?: number;
  /** Put around each matching word in snippets and titles. Default `[` `]`. */
  marks?: readonly [string, string];
  /** Words in a snippet. */
  snippetWords?: number;
  /**
   * Score every match with bm25, as search did before eduwatch_top (store/fts-top.ts) skipped the
   * matches that cannot reach the page. The rows are the same either way; this is for comparing.
   */
  scoreEveryMatch?: boolean;
}

export interface SearchRow {
  id: number;
  url: string;
  title: string | null;
  /** The title with matching words marked. */
  titleMarked: string | null;
  lang: string | null;
  published: string | null;
  sourceId: string;
  sourceName: string;
  /** A passage of the text around the densest matches, matching words marked. */
  snippet: string;
  /** Relevance (higher is better; BM25, title weighted above text). */
  score: number;
}

export const DEFAULT_MARKS: readonly [string, string] = ['[', ']'];
const DEFAULT_LIMIT = 20;
const DEFAULT_SNIPPET_WORDS = 24;
/** Words of context shown before the first match in a snippet. */
const LEAD_WORDS = 4;
/** Title matches weigh this much more than text matches. */
const TITLE_WEIGHT = 4.0;
const MAX_QUERY_CHARS = 1000;
const MAX_TERMS = 32;

interface ParsedQuery {
  /** The FTS5 MATCH expression. */
  match: string;
  /** Stems whose words are marked in snippets. */
  stems: Set<string>;
  /** Normalised prefixes (`word*`). */
  prefixes: string[];
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const ALL_RULES: StemLang[] = [...LANGS, 'cyrl', 'latn'];

/** Turn what a user typed into a safe FTS5 expression. Throws StoreError when there is nothing to search for. */
export function parseSearch(text: string, lang?: Lang | null): ParsedQuery {
  if (text.length > MAX_QUERY_CHARS) throw new StoreError('bad-query', `the search text is longer than ${MAX_QUERY_CHARS} characters`);
  const groups: string[] = [];
  const stems = new Set<string>();
  const prefixes: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    if (m[1] !== undefined) {
      const words = tokenize(m[1]).map((t) => t.text);
      if (words.length === 0) continue;
      if (words.length === 1) {
        groups.push(wordGroup(words[0], lang, stems));
        continue;
      }
      const phrases = new Set<string>();
      for (const r of lang ? [lang] : ALL_RULES) {
        const phrase = words.map((w) => stemUnder(w, r));
        for (const st of phrase) stems.add(st);
        phrases.add(quote(phrase.join(' ')));
      }
      groups.push(`(${[...phrases].join(' OR ')})`);
      continue;
    }
    const chunk = m[2];
    const words = tokenize(chunk);
    words.forEach((t, i) => {
      const isPrefix = i === words.length - 1 && chunk.slice(t.end).startsWith('*');
      if (isPrefix) {
        const p = normalizeWord(t.text);
        const forms = [...new Set([p, foldPolish(p)])];
        prefixes.push(...forms);
        groups.push(`(${forms.map((f) => `${quote(f)}*`).join(' OR ')})`);
      } else groups.push(wordGroup(t.text, lang, stems));
    });
  }
  if (groups.length === 0) throw new StoreError('bad-query', `the search text ${JSON.stringify(text)} has no words to search for`);
  if (groups.length > MAX_TERMS) throw new StoreError('bad-query', `the search text has ${groups.length} words; use at most ${MAX_TERMS}`);
  return { match: groups.join(' AND '), stems, prefixes };
}

function wordGroup(word: string, lang: Lang | null | undefined, stems: Set<string>): string {
  const alternatives = queryStems(word, lang ?? null);
  for (const s of alternatives) stems.add(s);
  return alternatives.length === 1 ? quote(alternatives[0]) : `(${alternatives.map(quote).join(' OR ')})`;
}

export function searchDocuments(db: DB, q: string, opts: SearchOptions = {}): SearchRow[] {
  if (opts.lang !== undefined && !(LANGS as readonly string[]).includes(opts.lang)) {
    throw new StoreError('bad-filter', `--lang "${opts.lang}": use one of ${LANGS.join(', ')}`);
  }
  const limit = opts.limit ?? DEFAULT_LIMIT;
  if (!(Number.isInteger(limit) && limit > 0)) throw new StoreError('bad-filter', `--limit "${opts.limit}": give a whole number above 0`);
  if (searchIndexVersion(db) !== STEMMER_VERSION) {
    throw new StoreError('stale-index', `the search index of ${db.name} was built by another eduwatch version: open the store once for writing (e.g. \`eduwatch reextract\`) to rebuild it`);
  }
  const lang = (opts.lang as Lang | undefined) ?? null;
  const parsed = parseSearch(q, lang);
  const params: Record<string, unknown> = { match: parsed.match, limit };
  const where = ['documents_fts MATCH @match'];
  if (lang) {
    params.lang = lang;
    where.push('d.lang = @lang');
  }
  opts.source?.forEach((id, i) => (params[`source${i}`] = id));
  if (opts.source?.length) where.push(`d.source_id IN (${opts.source.map((_, i) => `@source${i}`).join(', ')})`);
  // bm25 only for the rows that can reach the page: eduwatch_top (store/fts-top.ts) is 0 for a
  // match whose score cannot beat the `limit` best seen so far (it bounds the score from the row's
  // own matches, without the column-size lookup that is most of bm25's cost). It must see only the
  // rows the other filters keep: unfiltered it is a WHERE term next to MATCH alone (the skipped rows
  // never reach the sorter); filtered it sits in the result, computed after the WHERE clause, and the
  // rows it skips get no rank and sort last. Either way at least `limit` ranked rows beat every
  // skipped one, so the page is exactly what bm25 over every match gives. Without the extension,
  // every match is scored as before.
  const bm25 = `bm25(documents_fts, ${TITLE_WEIGHT}, 1.0)`;
  const top = !opts.scoreEveryMatch && loadTopFunction(db) ? `eduwatch_top(documents_fts, @limit, ${TITLE_WEIGHT}, 1.0)` : null;
  // Unfiltered, the page is ranked on the index alone and only its documents are read (every
  // indexed row has its document: rowid = documents.id, deletes follow by trigger); with a language
  // or source filter the documents must be read to rank, as before.
  const sql = where.length === 1
    ? `WITH hits AS (
         SELECT rowid AS id, ${bm25} AS rank FROM documents_fts
          WHERE documents_fts MATCH @match${top ? ` AND ${top}` : ''} ORDER BY rank, rowid LIMIT @limit)
       SELECT d.id, d.url, d.title, d.lang, d.published_at AS published, d.source_id AS sourceId, s.name AS sourceName, d.text, hits.rank
       FROM hits
       JOIN documents d ON d.id = hits.id
       JOIN sources s ON s.id = d.source_id
       ORDER BY hits.rank, d.id`
    : `SELECT d.id, d.url, d.title, d.lang, d.published_at AS published, d.source_id AS sourceId, s.name AS sourceName, d.text,
              ${top ? `CASE WHEN ${top} THEN ${bm25} END` : bm25} AS rank
       FROM documents_fts
       JOIN documents d ON d.id = documents_fts.rowid
       JOIN sources s ON s.id = d.source_id
       WHERE ${where.join(' AND ')}
       ORDER BY rank${top ? ' NULLS LAST' : ''}, d.id
       LIMIT @limit`;
  const rows = db
    .prepare(sql)
    .all(params) as (Omit<SearchRow, 'snippet' | 'titleMarked' | 'score'> & { text: string; rank: number })[];
  const marks = opts.marks ?? DEFAULT_MARKS;
  const words = opts.snippetWords ?? DEFAULT_SNIPPET_WORDS;
  return rows.map(({ text, rank, ...r }) => {
    const isMatch = matcher(parsed, r.lang as Lang | null);
    return {
      ...r,
      titleMarked: r.title === null ? null : markAll(r.title, isMatch, marks),
      snippet: snippet(text, isMatch, marks, words),
      score: -rank,
    };
  });
}

type Matcher = (word: string) => boolean;

function matcher(q: ParsedQuery, lang: Lang | null): Matcher {
  return (word) => {
    const s = stem(word, lang);
    if (q.stems.has(s)) return true;
    if (q.prefixes.length === 0) return false;
    return q.prefixes.some((p) => s.startsWith(p) || normalizeWord(word).startsWith(p));
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

function markAll(text: string, isMatch: Matcher, [open, close]: readonly [string, string]): string {
  let out = '';
  let at = 0;
  for (const t of tokenize(text)) {
    if (!isMatch(t.text)) continue;
    out += text.slice(at, t.start) + open + t.text + close;
    at = t.end;
  }
  return oneLine(out + text.slice(at));
}

/** The window of `size` words holding the most matches (the earliest such), matches marked. */
export function snippet(text: string, isMatch: Matcher, marks: readonly [string, string], size: number): string {
  const tokens = tokenize(text);
  if (tokens.length === 0) return '';
  const hits: number[] = [];
  tokens.forEach((t, i) => {
    if (isMatch(t.text)) hits.push(i);
  });
  let from = 0;
  if (hits.length) {
    let best = -1;
    let bestStart = hits[0];
    for (let a = 0, b = 0; a < hits.length; a++) {
      while (b < hits.length && hits[b] < hits[a] + size - LEAD_WORDS) b++;
      if (b - a > best) {
        best = b - a;
        bestStart = hits[a];
      }
    }
    from = Math.max(0, Math.min(bestStart - LEAD_WORDS, tokens.length - size));
  }
  const to = Math.min(tokens.length, from + size);
  const [open, close] = marks;
  let out = '';
  let at = tokens[from].start;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!isMatch(t.text)) continue;
    out += text.slice(at, t.start) + open + t.text + close;
    at = t.end;
  }
  // the whole rest of the text when the window reaches its end (a closing full stop), else up to the last word
  out += text.slice(at, to < tokens.length ? tokens[to - 1].end : text.length);
  return `${from > 0 ? '… ' : ''}${oneLine(out).trim()}${to < tokens.length ? ' …' : ''}`;
}
