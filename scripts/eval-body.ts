/**
 * `npm run eval:body -- --benchmark DIR [--dom fast|jsdom] [--output FILE] [--worst N] [--json]`:
 * eduwatch's article body on Scrapinghub's article-extraction-benchmark (a local copy in DIR: its
 * ground-truth.json and html/*.html.gz), scored as its evaluate.py scores (scripts/_article-benchmark.ts).
 * `--output FILE` also writes the predictions in the benchmark's own format ({id: {articleBody}}),
 * so `python3 evaluate.py` in the benchmark's folder can score eduwatch beside the other extractors.
 * Exit 0 when scored, 2 on bad arguments or an unreadable benchmark.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { precisionOf, recallOf, scoreBenchmark } from './_article-benchmark.js';

const USAGE = 'usage: npm run eval:body -- --benchmark DIR [--dom fast|jsdom] [--output FILE] [--worst N] [--json]';

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { benchmark: { type: 'string' }, dom: { type: 'string', default: 'fast' }, output: { type: 'string' }, worst: { type: 'string', default: '10' }, json: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`eval:body: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!args.benchmark) {
    process.stderr.write(`eval:body: --benchmark DIR is required (a copy of https://github.com/scrapinghub/article-extraction-benchmark)\n${USAGE}\n`);
    return 2;
  }
  if (args.dom !== 'fast' && args.dom !== 'jsdom') {
    process.stderr.write(`eval:body: --dom "${args.dom}": use fast or jsdom\n`);
    return 2;
  }
  const worst = Number(args.worst);
  if (!Number.isInteger(worst) || worst < 0) {
    process.stderr.write(`eval:body: --worst "${args.worst}": give a whole number of pages (0 or more)\n`);
    return 2;
  }
  let result;
  try {
    result = scoreBenchmark(args.benchmark, { dom: args.dom });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  if (args.output) {
    const tmp = `${args.output}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(Object.fromEntries(result.pages.map((p) => [p.id, { articleBody: p.text }])), null, 1)}\n`);
    renameSync(tmp, args.output);
  }
  const f3 = (x: number) => x.toFixed(3);
  const byF1 = result.pages
    .map((p) => {
      const pr = precisionOf(p.counts);
      const rc = recallOf(p.counts);
      return { id: p.id, url: p.url, precision: pr, recall: rc, f1: pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0 };
    })
    .sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id))
    .slice(0, worst);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ pages: result.pages.length, dom: args.dom, precision: result.precision, recall: result.recall, f1: result.f1, worst: byF1 })}\n`);
    return 0;
  }
  process.stdout.write(`article-extraction-benchmark (${result.pages.length} pages, dom ${args.dom}): precision ${f3(result.precision)}  recall ${f3(result.recall)}  F1 ${f3(result.f1)}\n`);
  if (byF1.length) {
    process.stdout.write(`worst pages:\n`);
    for (const w of byF1) process.stdout.write(`  F1 ${f3(w.f1)} (P ${f3(w.precision)} R ${f3(w.recall)})  ${w.id}  ${w.url}\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
