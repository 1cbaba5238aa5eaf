/**
 * `npm run eval:ner`: runs the pipeline (extractors/pipeline.ts `analyze`) on every sentence of the
 * public NER corpora set (test/nercorpora/, see its README) and prints per half and language the
 * recall of the gold education-ORG spans (overlap, and exact extent) and the rate at which other
 * gold ORGs (companies, parties, clubs, agencies) are tagged as education institutions.
 *
 *   node dist/scripts/eval-ner.js [--dir DIR] [--floors FILE | --no-floors] [--json] [--verbose]
 *
 * --json     the table, the floor checks and the dev half's misses as one JSON object
 * --verbose  after the table, every dev-half miss, inexact extent and false tag with its item id;
 *            the held-out half is scored only, never listed
 * Each item is analysed alone, its language given as a weak hint (htmlLang), as a crawl of the page
 * would. Exits 1 naming every dev-half figure past its floor (scripts/eval-ner-floors.json), 2 on a
 * usage or data error.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { projectRoot } from '../extractors/_data.js';
import { analyze } from '../extractors/pipeline.js';
import {
  checkNerFloors, HALVES, loadNerFloors, loadNerItems, NER_LANGS, rates, scoreNer, type Counts, type NerItem, type NerScore, type SpanResult,
} from './_ner-corpora.js';

const USAGE = 'usage: node dist/scripts/eval-ner.js [--dir DIR] [--floors FILE | --no-floors] [--json] [--verbose]';

export function defaultNerDir(): string {
  return join(projectRoot(), 'test', 'nercorpora');
}

export function defaultNerFloorsFile(): string {
  return join(projectRoot(), 'scripts', 'eval-ner-floors.json');
}

/** The real pipeline on one item. */
export function analyzeItem(item: NerItem) {
  return analyze({ text: item.text, htmlLang: item.lang });
}

export function evaluateNer(dir: string = defaultNerDir()): NerScore {
  return scoreNer(loadNerItems(dir), analyzeItem);
}

const pct = (n: number | null) => (n === null ? '—' : n.toFixed(2));

function row(label: string, c: Counts): string {
  const r = rates(c);
  return [
    label.padEnd(6),
    `${pct(r.recall)} (${c.found}/${c.edu})`.padStart(16),
    `${pct(r.exact)} (${c.exact}/${c.edu})`.padStart(16),
    `${pct(r.falseTagRate)} (${c.falseTagged}/${c.other})`.padStart(18),
  ].join('');
}

export function formatNerTable(score: NerScore): string {
  const lines: string[] = [];
  for (const half of HALVES) {
    lines.push(half === 'dev' ? 'dev half (tuned on)' : 'held-out half (scored only)');
    lines.push(`${'lang'.padEnd(6)}${'edu recall'.padStart(16)}${'exact extent'.padStart(16)}${'other ORG as edu'.padStart(18)}`);
    for (const l of [...NER_LANGS, 'all'] as const) lines.push(row(l, score.table[half][l]));
    lines.push('');
  }
  return lines.join('\n');
}

const describe = (r: SpanResult) => ({ id: r.item.id, span: r.span.text, got: r.got, text: r.item.text });

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { dir: { type: 'string' }, floors: { type: 'string' }, 'no-floors': { type: 'boolean' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let score;
  let floors;
  try {
    score = evaluateNer(args.dir ?? defaultNerDir());
    floors = args['no-floors'] ? {} : loadNerFloors(args.floors ?? defaultNerFloorsFile());
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const checks = checkNerFloors(score, floors);
  const failed = checks.filter((c) => !c.ok);
  const dev = (rs: SpanResult[]) => rs.filter((r) => r.item.split === 'dev').map(describe);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ table: score.table, floors: checks, dev: { misses: dev(score.misses), inexact: dev(score.inexact), falseTags: dev(score.falseTags) } })}\n`);
    return failed.length > 0 ? 1 : 0;
  }
  process.stdout.write(`education ORGs of public NER corpora: recall (found/gold), exact extent, other ORGs tagged as education\n\n${formatNerTable(score)}`);
  if (checks.length > 0) {
    process.stdout.write(`floors on the dev half: ${checks.length - failed.length}/${checks.length} met\n`);
    for (const f of failed) process.stdout.write(`  PAST FLOOR: ${f.row} ${f.measure} ${pct(f.got)} vs ${f.floor}\n`);
    process.stdout.write('\n');
  }
  if (args.verbose) {
    for (const [title, list] of [['misses', score.misses], ['inexact extents', score.inexact], ['false education tags', score.falseTags]] as const) {
      process.stdout.write(`${title} (dev half):\n`);
      for (const r of dev(list)) process.stdout.write(`  [${r.id}] ${JSON.stringify(r.span)} got ${JSON.stringify(r.got)}\n      ${r.text}\n`);
    }
  }
  return failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
