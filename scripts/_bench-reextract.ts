/**
 * `npm run bench -- --reextract N [--workers W] [--keep FILE]`: re-tagging speed over a large store.
 * Builds a store of N documents in a temporary folder (articles of the evaluation set, one to three
 * per document, each document with a small edit so every text is distinct), then runs reextract
 * twice: the first pass tags documents that have none, the second (`--all`) replaces every tag, as
 * after an extractor upgrade. Prints documents/s and MB/s of text and how the time splits between
 * analysis and the store.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceSchema } from '../crawlers/source-schema.js';
import { openStore, reextract, storePage, upsertSources, type DB, type ReextractResult } from '../store/index.js';
import { analyzeText } from '../store/extract-default.js';
import type { AnalyzeInput, ExtractedDocument, FetchedPage } from '../types.js';
import { articleTexts, rng } from './_bench-inputs.js';

const SOURCE_ID = 'bench';
/** Documents are 1 to this many articles long. */
const MAX_ARTICLES_PER_DOC = 3;
/** The version stamped on documents at build time (so the first pass re-tags them all). */
const BUILD_VERSION = 'bench-build';

export interface ReextractBenchOptions {
  docs: number;
  workers: number;
  seed: number;
  /** Keep the store at this path instead of a temporary one. */
  keep?: string;
}

/** Every document's text and title; distinct texts (the store keeps one document per text). */
export function benchDocuments(n: number, seed: number): { text: string; title: string; published: string | null }[] {
  const arts = articleTexts();
  if (arts.length === 0) throw new Error('bench: no articles under test/eval-set');
  const rand = rng(seed);
  const out: { text: string; title: string; published: string | null }[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const k = 1 + Math.floor(rand() * MAX_ARTICLES_PER_DOC);
    for (let j = 0; j < k; j++) parts.push(arts[Math.floor(rand() * arts.length)]);
    const text = `${parts.join('\n\n')}\n\n№ ${i + 1}`;
    out.push({ text, title: text.slice(0, text.indexOf('\n') > 0 ? text.indexOf('\n') : 80), published: rand() < 0.5 ? '2023-05-04' : null });
  }
  return out;
}

/** Fill `db` with the n documents of benchDocuments(n, seed), untagged (stamped BUILD_VERSION). */
export function buildBenchStore(db: DB, n: number, seed: number): { bytes: number } {
  upsertSources(db, [
    SourceSchema.parse({
      id: SOURCE_ID,
      name: 'Bench source',
      country: 'UA',
      languages: ['uk', 'ru', 'pl', 'bg', 'en'],
      kind: 'news',
      home: 'https://bench.example/',
      verified: { by: 'npm run bench', on: '2024-01-15', note: 'synthetic documents for the reextract benchmark' },
      discover: { feeds: ['https://bench.example/feed.xml'] },
    }),
  ]);
  let bytes = 0;
  const docs = benchDocuments(n, seed);
  const t0 = Date.parse('2024-03-01T10:00:00Z');
  docs.forEach((d, i) => {
    const url = `https://bench.example/news/${i + 1}`;
    const body = new TextEncoder().encode(d.text);
    bytes += body.byteLength;
    const page: FetchedPage = {
      sourceId: SOURCE_ID, kind: 'article', requestedUrl: url, finalUrl: url, status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8' }, fetchedAt: new Date(t0 + i * 1000).toISOString(),
      body, html: d.text, encoding: 'utf-8', encodingSource: 'header', via: 'http',
    };
    // No tags at build time: the benchmark's first pass writes them.
    const doc: ExtractedDocument = {
      lang: null, langConfidence: 0, langOther: null, title: d.title, published: d.published, publishedSource: d.published ? 'meta' : null,
      text: d.text, institutions: [], events: [], dates: [], method: 'plain-text', extractorVersion: BUILD_VERSION,
    };
    storePage(db, null, page, () => doc);
  });
  return { bytes };
}

async function pass(db: DB, all: boolean, workers: number): Promise<{ r: ReextractResult; analyseMs: number }> {
  let analyseMs = 0;
  if (workers > 1) {
    const { reextractParallel } = await import('../store/reextract-workers.js');
    const r = await reextractParallel(db, { all, workers });
    return { r, analyseMs: NaN };
  }
  const analyze = (input: AnalyzeInput): ExtractedDocument => {
    const t = performance.now();
    const doc = analyzeText(input);
    analyseMs += performance.now() - t;
    return doc;
  };
  const r = reextract(db, { all, analyze });
  return { r, analyseMs };
}

export async function benchReextract(o: ReextractBenchOptions): Promise<void> {
  const dir = o.keep ? null : mkdtempSync(join(tmpdir(), 'eduwatch-bench-'));
  const file = o.keep ?? join(dir!, 'bench.db');
  try {
    const db = openStore(file);
    try {
      let t = performance.now();
      const { bytes } = buildBenchStore(db, o.docs, o.seed);
      const buildS = (performance.now() - t) / 1000;
      console.log(`store: ${o.docs} documents, ${(bytes / 1e6).toFixed(1)} MB of text (${(bytes / o.docs / 1000).toFixed(1)} KB each), built in ${buildS.toFixed(1)} s at ${file}`);
      const mode = o.workers > 1 ? `${o.workers} worker threads analysing, the main thread writing` : '1 core: analysis and writes on the main thread';
      console.log(`reextract (${mode}):`);
      for (const [label, all] of [['first tagging', false], ['reextract --all', true]] as const) {
        t = performance.now();
        const { r, analyseMs } = await pass(db, all, o.workers);
        const s = (performance.now() - t) / 1000;
        const split = Number.isNaN(analyseMs) ? '' : `; analysis ${(analyseMs / 1000).toFixed(1)} s, store ${(s - analyseMs / 1000).toFixed(1)} s`;
        console.log(
          `  ${label.padEnd(16)} ${r.documents} documents in ${s.toFixed(1)} s: ${(r.documents / s).toFixed(0)} docs/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s` +
            `${split} (${r.events} events, ${r.institutions} institutions${r.failed.length ? `, ${r.failed.length} FAILED` : ''})`,
        );
      }
      console.log(`  store file: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    } finally {
      db.close();
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReextractFigures {
  docs: number;
  workers: number;
  buildSeconds: number;
  seconds: number;
  docsPerSec: number;
  /** Resident memory (MB) when the pass started, its peak and at the end. */
  rssStartMB: number;
  rssPeakMB: number;
  rssEndMB: number;
}

/**
 * Fill `db` with the n documents of benchDocuments(n, seed) by bulk INSERTs (one transaction per
 * 5,000 documents), for large reextract stores: a fetch, a document, a sighting and tag_state per
 * document, and an empty search-index row each (reextract never reads the index; a full stemmed
 * index of 100k long texts would take longer to build than the pass takes to run).
 */
export function buildBenchStoreBulk(db: DB, n: number, seed: number): { bytes: number } {
  buildBenchStore(db, 0, seed); // the source row
  const docs = benchDocuments(n, seed);
  const insFetch = db.prepare(`INSERT INTO fetches (id, source_id, kind, requested_url, final_url, status, headers, fetched_at, sha256, size, encoding, encoding_source, via)
    VALUES (?, '${SOURCE_ID}', 'article', ?, ?, 200, '{}', ?, ?, ?, 'utf-8', 'header', 'http')`);
  const insDoc = db.prepare(`INSERT INTO documents (id, url, source_id, fetch_id, title, published_at, published_source, lang, lang_confidence, text, text_sha256, extraction_method, extractor_version, created_at)
    VALUES (?, ?, '${SOURCE_ID}', ?, ?, ?, ?, NULL, 0, ?, ?, 'plain-text', '${BUILD_VERSION}', ?)`);
  const insSight = db.prepare(`INSERT INTO sightings (document_id, fetch_id, source_id, url, seen_at) VALUES (?, ?, '${SOURCE_ID}', ?, ?)`);
  const insState = db.prepare(`INSERT INTO tag_state (document_id, extractor_version, tagged_at) VALUES (?, '${BUILD_VERSION}', ?)`);
  const insFts = db.prepare(`INSERT INTO documents_fts (rowid, title, text) VALUES (?, '', '')`);
  let bytes = 0;
  const now = '2024-03-01T10:00:00.000Z';
  for (let start = 0; start < n; start += 5000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(n, start + 5000); i++) {
        const d = docs[i];
        const id = i + 1;
        const url = `https://bench.example/news/${id}`;
        const sha = id.toString(16).padStart(64, '0');
        bytes += Buffer.byteLength(d.text, 'utf8');
        insFetch.run(id, url, url, now, sha, d.text.length);
        insDoc.run(id, url, id, d.title, d.published, d.published ? 'meta' : null, d.text, sha, now);
        insSight.run(id, id, url, now);
        insState.run(id, now);
        insFts.run(id);
      }
    })();
  }
  return { bytes };
}

/** Build a store of `docs` documents and time one `reextract --all` pass with `workers` threads, sampling memory. */
export async function reextractFigures(o: { docs: number; workers: number; seed: number; dir: string }): Promise<ReextractFigures> {
  const file = join(o.dir, `reextract-${o.docs}.db`);
  const db = openStore(file);
  try {
    let t = performance.now();
    buildBenchStoreBulk(db, o.docs, o.seed);
    const buildSeconds = (performance.now() - t) / 1000;
    const mb = () => process.memoryUsage().rss / 1e6;
    const rssStartMB = mb();
    let rssPeakMB = rssStartMB;
    const sampler = setInterval(() => (rssPeakMB = Math.max(rssPeakMB, mb())), 250);
    t = performance.now();
    const { r } = await pass(db, true, o.workers);
    const seconds = (performance.now() - t) / 1000;
    clearInterval(sampler);
    return { docs: r.documents, workers: o.workers, buildSeconds, seconds, docsPerSec: r.documents / seconds, rssStartMB, rssPeakMB: Math.max(rssPeakMB, mb()), rssEndMB: mb() };
  } finally {
    db.close();
  }
}
