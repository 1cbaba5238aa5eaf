/**
 * Text-extractor speed (`npm run bench -- --text`): analyze() over synthetic documents built from
 * the fixture texts (or a store's documents, --db) and the evaluation set's articles, documents/s
 * and MB/s on one core, p50/p95/max per document and per stage; then every stage on 200 KB texts,
 * realistic and hostile (HOSTILE in _bench-inputs.ts), median of R runs, worst input per stage
 * against the 50 ms budget.
 */
import { existsSync } from 'node:fs';
import type { AnalyzeInput } from '../types.js';
import { analyzeTimed, type StageTimings } from '../extractors/pipeline.js';
import { articleTexts, concatTo, fixtureTexts, HOSTILE, rng } from './_bench-inputs.js';

/** Size of the large single texts (the per-extractor budget is 50 ms on them). */
const BIG_TEXT_CHARS = 200_000;
/** What no extractor may take on a 200 KB text (issue 3, point 10). */
const BUDGET_MS = 50;
/** Documents analysed (other than those measured) before measuring: JIT and lazily built tables warm. */
export const WARM_UP_DOCS = 300;
/** Throughput is measured over whole passes lasting at least this long. */
const MIN_MEASURE_MS = 3000;
/** Synthetic documents are 1 to this many fixture texts long. */
const MAX_PARTS = 6;
const STAGES: (keyof StageTimings)[] = ['language', 'dates', 'sentences', 'institutions', 'partnerships', 'damage'];

export function syntheticDocs(n: number, seed: number): AnalyzeInput[] {
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
export function articleDocs(n: number): AnalyzeInput[] {
  const arts = articleTexts();
  const docs: AnalyzeInput[] = [];
  for (let i = 0; arts.length > 0 && i < Math.max(n, arts.length); i++) docs.push({ text: arts[i % arts.length], published: null });
  return docs;
}

export async function storeDocs(db: string, limit: number): Promise<AnalyzeInput[]> {
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

export function throughput(title: string, docs: AnalyzeInput[], warmUp: AnalyzeInput[]): void {
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

export function bigTexts(runs: number, docs: AnalyzeInput[]): void {
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

