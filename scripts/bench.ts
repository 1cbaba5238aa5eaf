/**
 * Extraction speed, single-threaded: `npm run bench [-- --docs N] [-- --db FILE] [-- --limit N]`.
 * Builds N synthetic documents from the fixture texts (or reads documents from an evidence store),
 * runs analyze() over them and prints documents/s, MB/s per core, p50 / p95 / max milliseconds per
 * document and per stage, then the time of every stage on one 200 KB text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalyzeInput } from '../types.js';
import { analyzeTimed, type StageTimings } from '../extractors/pipeline.js';
import { projectRoot } from '../extractors/_data.js';

/** Size of the large single text (the per-extractor budget is 50 ms on it). */
const BIG_TEXT_CHARS = 200_000;
/** Synthetic documents are 1 to this many fixture texts long. */
const MAX_PARTS = 6;

function fixtureTexts(): string[] {
  const root = projectRoot();
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
      else if (e.name.endsWith('.json') && dir.includes(join('fixtures', 'events'))) {
        const cases = JSON.parse(readFileSync(p, 'utf8')) as { text?: string }[];
        if (Array.isArray(cases)) for (const c of cases) if (c.text) out.push(c.text);
      }
    }
  };
  walk(join(root, 'test', 'fixtures', 'events'));
  walk(join(root, 'test', 'fixtures', 'extract'));
  if (out.length === 0) throw new Error(`bench: no fixture texts under ${join(root, 'test', 'fixtures')} (events/, extract/)`);
  return out;
}

/** A small deterministic PRNG so two runs bench the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function syntheticDocs(n: number, seed: number): AnalyzeInput[] {
  const texts = fixtureTexts();
  const rand = rng(seed);
  const docs: AnalyzeInput[] = [];
  for (let i = 0; i < n; i++) {
    const parts = 1 + Math.floor(rand() * MAX_PARTS);
    const chosen: string[] = [];
    for (let j = 0; j < parts; j++) chosen.push(texts[Math.floor(rand() * texts.length)]);
    docs.push({ text: chosen.join('\n\n'), published: rand() < 0.5 ? '2023-05-04' : null });
  }
  return docs;
}

async function storeDocs(db: string, limit: number): Promise<AnalyzeInput[]> {
  if (!existsSync(db)) throw new Error(`bench: no database at ${db} (run a crawl or \`npm run demo\` first, or omit --db)`);
  const { default: Database } = await import('better-sqlite3');
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const rows = conn
      .prepare('SELECT text, title, published_at AS published, published_source AS publishedSource, html_lang AS htmlLang FROM documents LIMIT ?')
      .all(limit) as AnalyzeInput[];
    return rows;
  } finally {
    conn.close();
  }
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function row(name: string, values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(2).padStart(9);
  return `${name.padEnd(14)}${f(pct(s, 50))}${f(pct(s, 95))}${f(s[s.length - 1] ?? 0)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '400' },
      db: { type: 'string' },
      limit: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '42' },
    },
  });
  const n = Number(values.docs);
  const limit = Number(values.limit);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`bench: --docs must be a positive integer, got ${values.docs}`);
  if (!Number.isInteger(limit) || limit <= 0) throw new Error(`bench: --limit must be a positive integer, got ${values.limit}`);
  const docs = values.db ? await storeDocs(values.db, limit) : syntheticDocs(n, Number(values.seed));
  if (docs.length === 0) throw new Error('bench: no documents to analyse');

  // Warm up: compile tables and JIT once, outside the measurement.
  analyzeTimed(docs[0]);

  const perDoc: number[] = [];
  const perStage: Record<keyof StageTimings, number[]> = { language: [], dates: [], sentences: [], institutions: [], partnerships: [], damage: [] };
  let chars = 0;
  let bytes = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const a = performance.now();
    const { timings } = analyzeTimed(d);
    perDoc.push(performance.now() - a);
    for (const k of Object.keys(perStage) as (keyof StageTimings)[]) perStage[k].push(timings[k]);
    chars += d.text.length;
    bytes += Buffer.byteLength(d.text, 'utf8');
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`documents: ${docs.length} (${values.db ? `from ${values.db}` : 'synthetic, from fixture texts'}), ${(chars / docs.length).toFixed(0)} chars on average`);
  console.log(`throughput (1 core): ${(docs.length / secs).toFixed(1)} docs/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
  console.log(`${'ms per'.padEnd(14)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}`);
  console.log(row('document', perDoc));
  for (const [k, v] of Object.entries(perStage)) console.log(row(k, v));

  let big = '';
  for (let i = 0; big.length < BIG_TEXT_CHARS; i++) big += docs[i % docs.length].text + '\n\n';
  big = big.slice(0, BIG_TEXT_CHARS);
  const { timings } = analyzeTimed({ text: big, published: '2023-05-04' });
  console.log(`\none ${BIG_TEXT_CHARS / 1000} KB text, ms per stage:`);
  for (const [k, v] of Object.entries(timings)) console.log(`  ${k.padEnd(14)}${v.toFixed(2).padStart(9)}`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
