/**
 * Query timings on a synthetic store (_bench-store.ts): p50/p95 of the README's typical queries,
 * run in-process through the same store functions the CLI calls (the process start is measured
 * separately as CLI start-up): events by type + date range + institution, institutions by name,
 * full-text search, the evidence chain, and an export of up to 100k rows.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getEvidence, iterateExport, openStore, queryEvents, queryInstitutions, searchDocuments, type DB } from '../store/index.js';
import { loadTopFunction } from '../store/fts-top.js';
import { buildQueryStore, type QueryStoreInfo } from './_bench-store.js';

export interface Timing {
  name: string;
  p50: number;
  p95: number;
  runs: number;
  rows: number;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Run `fn(i)` for i in 0..runs-1 (after one untimed warm-up call), milliseconds per call. */
function time(name: string, runs: number, fn: (i: number) => number): Timing {
  fn(0);
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    rows += fn(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { name, p50: pct(ms, 50), p95: pct(ms, 95), runs, rows: Math.round(rows / runs) };
}

/** A word of an institution name that is a type word (university, school...) for `query institutions --search`. */
const SEARCH_WORDS = ['університет', 'ліцей', 'Гимназия', 'Szkoła', 'гимназия', 'College', 'коледж', 'Technikum', 'Университет', 'Academy'];
const FTS_WORDS = ['школа', 'університет', 'szkoła', 'университет', 'school', 'меморандум', 'ракета', 'porozumienie', 'училище', 'agreement'];

export function timeQueries(db: DB, info: QueryStoreInfo, runs: number): { timings: Timing[]; exportRowsPerSec: number; exportRows: number } {
  const names = info.sampleNames;
  const timings: Timing[] = [
    time('events: type + dates + institution', runs, (i) =>
      queryEvents(db, { type: i % 2 ? 'damage' : 'partnership', since: '2022-01-01', until: '2022-12-31', institution: names[i % names.length], limit: 100 }).length,
    ),
    time('events: type + dates', runs, (i) => queryEvents(db, { type: i % 2 ? 'damage' : 'partnership', since: `${2020 + (i % 5)}-03-01`, until: `${2020 + (i % 5)}-05-31`, limit: 100 }).length),
    time('institutions by name', runs, (i) => queryInstitutions(db, { search: SEARCH_WORDS[i % SEARCH_WORDS.length], limit: 50 }).length),
    // Without the eduwatch_top extension (no C compiler, EDUWATCH_NO_NATIVE=1) bm25 scores every match: the row says so.
    time(loadTopFunction(db) ? 'search (full text)' : 'search (full text, bm25 on every match: no eduwatch_top)', runs, (i) => searchDocuments(db, FTS_WORDS[i % FTS_WORDS.length], { limit: 20 }).length),
    time('evidence chain', runs, (i) => (getEvidence(db, info.sampleEvents[i % info.sampleEvents.length]) ? 1 : 0)),
  ];
  const t = performance.now();
  let exportRows = 0;
  for (const _row of iterateExport(db, 'events', { limit: 100_000 })) exportRows++;
  const secs = (performance.now() - t) / 1000;
  return { timings, exportRowsPerSec: exportRows / secs, exportRows };
}

export interface QueryBench {
  docs: number;
  tags: number;
  buildSeconds: number;
  storeMB: number;
  timings: Timing[];
  exportRows: number;
  exportRowsPerSec: number;
  file: string;
}

/** Build (or reuse, with `keep`) a store of `docs` documents and time the queries on it. */
export function benchQueries(opts: { docs: number; runs: number; dir: string; keep?: string; log?: (s: string) => void }): QueryBench {
  const file = opts.keep ?? join(opts.dir, `query-${opts.docs}.db`);
  let info: QueryStoreInfo;
  let buildSeconds = 0;
  const t = performance.now();
  if (opts.keep && existsSync(opts.keep)) {
    const db = openStore(file, { readonly: true });
    try {
      const names = db.prepare('SELECT name FROM institutions ORDER BY id LIMIT 400').pluck().all() as string[];
      info = {
        documents: db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
        tags: (db.prepare('SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM events)').pluck().get() as number),
        institutions: names.length,
        sampleNames: Array.from({ length: 20 }, (_, i) => names[Math.floor((i / 20) ** 2 * names.length)]),
        sampleEvents: db.prepare('SELECT id FROM events ORDER BY id LIMIT 50').pluck().all() as number[],
      };
    } finally {
      db.close();
    }
  } else {
    for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    info = buildQueryStore(file, opts.docs, { onProgress: (d) => d % 200_000 === 0 && opts.log?.(`  query store: ${d} documents`) });
    buildSeconds = (performance.now() - t) / 1000;
  }
  const db = openStore(file, { readonly: true });
  try {
    const { timings, exportRows, exportRowsPerSec } = timeQueries(db, info, opts.runs);
    return { docs: info.documents, tags: info.tags, buildSeconds, storeMB: statSync(file).size / 1e6, timings, exportRows, exportRowsPerSec, file };
  } finally {
    db.close();
  }
}
