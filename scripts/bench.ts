/**
 * Extraction speed, single-threaded: `npm run bench [-- --docs N] [-- --db FILE] [-- --limit N] [-- --runs R]`.
 * 1. Builds N synthetic documents from the fixture texts (or reads documents from an evidence
 *    store) and the articles of the evaluation set, runs analyze() over them and prints documents/s,
 *    MB/s per core, p50 / p95 / max milliseconds per document and per stage.
 * 2. Times every stage on 200 KB texts, realistic (articles and fixtures joined) and hostile (see
 *    HOSTILE in _bench-inputs.ts), median of R runs each, and prints the worst input per stage
 *    against the budget (50 ms per extractor on 200 KB).
 * `--reextract N [--workers W]`: instead, re-tagging speed over a store of N documents (_bench-reextract.ts).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AnalyzeInput } from '../types.js';
import { analyzeTimed, type StageTimings } from '../extractors/pipeline.js';
import { articleTexts, concatTo, fixtureTexts, HOSTILE, rng } from './_bench-inputs.js';

/** Size of the large single texts (the per-extractor budget is 50 ms on them). */
const BIG_TEXT_CHARS = 200_000;
/** What no extractor may take on a 200 KB text (issue 3, point 10). */
const BUDGET_MS = 50;
/** Documents analysed (other than those measured) before measuring: JIT and lazily built tables warm. */
const WARM_UP_DOCS = 300;
/** Throughput is measured over whole passes lasting at least this long. */
const MIN_MEASURE_MS = 3000;
/** Synthetic documents are 1 to this many fixture texts long. */
const MAX_PARTS = 6;
const STAGES: (keyof StageTimings)[] = ['language', 'dates', 'sentences', 'institutions', 'partnerships', 'damage'];

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

/** The evaluation set's articles, repeated to at least `n` documents. */
function articleDocs(n: number): AnalyzeInput[] {
  const arts = articleTexts();
  const docs: AnalyzeInput[] = [];
  for (let i = 0; arts.length > 0 && i < Math.max(n, arts.length); i++) docs.push({ text: arts[i % arts.length], published: null });
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

function throughput(title: string, docs: AnalyzeInput[], warmUp: AnalyzeInput[]): void {
  // Warm up on other documents: tables compiled and code optimised, as after the first minute of a long run.
  for (const d of warmUp) analyzeTimed(d);
  const perDoc: number[] = [];
  const perStage = Object.fromEntries(STAGES.map((k) => [k, [] as number[]])) as Record<keyof StageTimings, number[]>;
  let chars = 0;
  let bytes = 0;
  let n = 0;
  let passes = 0;
  const t0 = performance.now();
  // Whole passes over the documents until MIN_MEASURE_MS have gone by (one pass of a few hundred
  // short documents is over too soon to say much on a shared machine).
  while (passes === 0 || performance.now() - t0 < MIN_MEASURE_MS) {
    for (const d of docs) {
      const a = performance.now();
      const { timings } = analyzeTimed(d);
      perDoc.push(performance.now() - a);
      for (const k of STAGES) perStage[k].push(timings[k]);
      chars += d.text.length;
      bytes += Buffer.byteLength(d.text, 'utf8');
      n++;
    }
    passes++;
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`documents: ${docs.length} (${title}), ${(chars / n).toFixed(0)} chars on average, ${passes} passes`);
  console.log(`throughput (1 core): ${(n / secs).toFixed(1)} docs/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s`);
  console.log(`${'ms per'.padEnd(14)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}`);
  console.log(row('document', perDoc));
  for (const k of STAGES) console.log(row(k, perStage[k]));
}

/** Median stage timings of `runs` analyses of one text. */
function medianTimings(text: string, runs: number): StageTimings {
  const all: StageTimings[] = [];
  for (let r = 0; r < runs; r++) all.push(analyzeTimed({ text, title: 'Пошкоджено школу', published: '2023-05-04' }).timings);
  const out = {} as StageTimings;
  for (const k of STAGES) out[k] = all.map((t) => t[k]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return out;
}

function bigTexts(runs: number, docs: AnalyzeInput[]): void {
  const inputs: [string, string][] = [
    ['articles joined', concatTo(articleTexts(), BIG_TEXT_CHARS)],
    ['bench docs joined', concatTo(docs.map((d) => d.text), BIG_TEXT_CHARS)],
    ...Object.entries(HOSTILE).map(([name, gen]): [string, string] => [name, gen(BIG_TEXT_CHARS)]),
  ];
  analyzeTimed({ text: inputs[0][1] }); // warm-up
  const w = 22;
  console.log(`\n${BIG_TEXT_CHARS / 1000} KB texts, ms per stage (median of ${runs} runs):`);
  console.log(`  ${'input'.padEnd(w)}${STAGES.map((s) => s.slice(0, 12).padStart(13)).join('')}`);
  const worst = Object.fromEntries(STAGES.map((k) => [k, { ms: -1, input: '' }])) as Record<keyof StageTimings, { ms: number; input: string }>;
  for (const [name, text] of inputs) {
    const t = medianTimings(text, runs);
    console.log(`  ${name.padEnd(w)}${STAGES.map((k) => t[k].toFixed(2).padStart(13)).join('')}`);
    for (const k of STAGES) if (t[k] > worst[k].ms) worst[k] = { ms: t[k], input: name };
  }
  console.log(`worst case per stage (budget ${BUDGET_MS} ms):`);
  for (const k of STAGES) {
    const x = worst[k];
    console.log(`  ${k.padEnd(14)}${x.ms.toFixed(2).padStart(9)} ms  ${x.ms > BUDGET_MS ? 'OVER BUDGET' : 'ok'}  (${x.input})`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '400' },
      db: { type: 'string' },
      limit: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '42' },
      runs: { type: 'string', default: '5' },
      reextract: { type: 'string' },
      workers: { type: 'string', default: '1' },
      keep: { type: 'string' },
    },
  });
  const int = (name: string, v: string | undefined): number => {
    const x = Number(v);
    if (!Number.isInteger(x) || x <= 0) throw new Error(`bench: --${name} must be a positive integer, got ${v}`);
    return x;
  };
  const seed = Number(values.seed);
  if (values.reextract !== undefined) {
    const { benchReextract } = await import('./_bench-reextract.js');
    await benchReextract({ docs: int('reextract', values.reextract), workers: int('workers', values.workers), seed, keep: values.keep });
    return;
  }
  const n = int('docs', values.docs);
  const limit = int('limit', values.limit);
  const runs = int('runs', values.runs);
  const docs = values.db ? await storeDocs(values.db, limit) : syntheticDocs(n, seed);
  if (docs.length === 0) throw new Error('bench: no documents to analyse');
  const warmUp = syntheticDocs(WARM_UP_DOCS, seed + 1);
  throughput(values.db ? `from ${values.db}` : 'synthetic, from fixture texts', docs, warmUp);
  console.log('');
  throughput('the evaluation set\'s articles', articleDocs(n), warmUp);
  bigTexts(runs, docs);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
