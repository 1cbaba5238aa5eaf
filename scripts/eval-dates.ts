/**
 * `npm run eval:dates`: scores the date extractor on the expressions of dateparser's own tests
 * (test/fixtures/dates-dateparser/, see its README) and prints accuracy per language, absolute and
 * relative, on the dev half (tuned on) and the held-out half (measured, never tuned on).
 *
 *   node dist/scripts/eval-dates.js [--dir DIR] [--floors FILE | --no-floors] [--json] [--verbose [--half dev|holdout]]
 *
 * --json     the table, the floor checks and every miss as one JSON object
 * --verbose  after the table, every miss: half, language, expression, anchor, expected and got
 * Exits 1 naming every dev-half figure below its floor (scripts/eval-dates-floors.json), 2 on a
 * usage or data error.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { projectRoot } from '../extractors/_data.js';
import { accuracy, BASES, checkDateFloors, HALVES, loadDateFloors, loadDateItems, ROWS, scoreAll, type Score, type ScoreTable } from './_dates-dateparser.js';

const USAGE = 'usage: node dist/scripts/eval-dates.js [--dir DIR] [--floors FILE | --no-floors] [--json] [--verbose [--half dev|holdout]]';

export function defaultDatesDir(): string {
  return join(projectRoot(), 'test', 'fixtures', 'dates-dateparser');
}

export function defaultDateFloorsFile(): string {
  return join(projectRoot(), 'scripts', 'eval-dates-floors.json');
}

const cell = (s: Score) => (s.total === 0 ? '—'.padStart(16) : `${accuracy(s).toFixed(2)} (${s.right}/${s.total})`.padStart(16));

export function formatTable(table: ScoreTable): string {
  const lines: string[] = [];
  for (const half of HALVES) {
    lines.push(`${half === 'dev' ? 'dev half (tuned on)' : 'held-out half (never tuned on)'}`);
    lines.push(`${'lang'.padEnd(12)}${'absolute'.padStart(16)}${'relative'.padStart(16)}${'all'.padStart(16)}`);
    for (const l of ROWS) {
      const row = table[half][l];
      lines.push(`${l.padEnd(12)}${[...BASES, 'all' as const].map((b) => cell(row[b])).join('')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string' }, floors: { type: 'string' }, 'no-floors': { type: 'boolean' },
        json: { type: 'boolean' }, verbose: { type: 'boolean' }, half: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.half !== undefined && !(HALVES as readonly string[]).includes(args.half)) {
    process.stderr.write(`--half must be dev or holdout, not "${args.half}"\n${USAGE}\n`);
    return 2;
  }
  let items;
  let floors;
  try {
    items = loadDateItems(args.dir ?? defaultDatesDir());
    floors = args['no-floors'] ? {} : loadDateFloors(args.floors ?? defaultDateFloorsFile());
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const { table, results } = scoreAll(items);
  const checks = checkDateFloors(table, floors);
  const failed = checks.filter((c) => !c.ok);
  const misses = results
    .filter((r) => !r.ok && (args.half === undefined || r.item.split === args.half))
    .map((r) => ({ half: r.item.split, lang: r.item.lang, basis: r.item.basis, text: r.item.text, anchor: r.item.anchor, expected: r.item.expected, got: r.got }));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ table, floors: checks, misses })}\n`);
    return failed.length > 0 ? 1 : 0;
  }
  process.stdout.write(`date expressions from dateparser's tests (${items.length}): accuracy (right/total)\n\n${formatTable(table)}`);
  if (checks.length > 0) {
    process.stdout.write(`floors on the dev half: ${checks.length - failed.length}/${checks.length} met\n`);
    for (const f of failed) process.stdout.write(`  BELOW FLOOR: ${f.row} ${f.basis} ${f.got.toFixed(3)} < ${f.floor}\n`);
    process.stdout.write('\n');
  }
  if (args.verbose) {
    process.stdout.write('misses:\n');
    for (const m of misses) {
      process.stdout.write(`  [${m.half} ${m.lang} ${m.basis}] ${JSON.stringify(m.text)} @ ${m.anchor}: want ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}\n`);
    }
  }
  return failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
