/**
 * `npm run eval`: runs the extraction pipeline over the labelled evaluation set
 * (test/eval-set/<lang>/NN-slug.txt + .json, see its README) and prints precision, recall and F1
 * per language and tag type, attribute accuracies, and the pinned floors of
 * scripts/eval-floors.json (scripts/eval-floors-realnews.json for test/realnews/dev). Exits 1 naming every metric below its floor, 2 on a usage or data error.
 *
 *   node dist/scripts/eval.js [--dir DIR] [--floors FILE | --no-floors] [--json] [--verbose] [--classes]
 *   node dist/scripts/eval.js --check [--dir DIR]
 *   (--no-floors: print the scores only, e.g. for the held-out sets, which have no floors)
 *
 * --check    validate every label of the set and print what it holds per language; no scoring
 *
 * --json     the report (and floor checks) as one JSON object instead of tables
 * --verbose  after the tables, every miss and false positive with its case file
 * --classes  after the tables, the misses and false positives counted by class, with no text
 *            (scripts/_eval-classes.ts): what may be read of a held-out set (--json always has them)
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Lang } from '../types.js';
import { projectRoot } from '../extractors/_data.js';
import { institutionKey } from '../extractors/institution-key.js';
import { analyze } from '../extractors/pipeline.js';
import { loadEvalSet } from './_eval-labels.js';
import { checkFloors, loadFloors, type FloorCheck, type Metrics } from './_eval-metrics.js';
import { evaluateCases, type EvalReport, type GroupReport } from './_eval-run.js';
import { formatIssues, formatReport, table } from './_eval-format.js';
import { composition } from './_eval-composition.js';
import { formatClasses } from './_eval-classes.js';
import { defaultIncidentDir, evaluateIncidents, formatIncidentReport, incidentFloorFailures, loadIncidentSet } from './eval-incidents.js';

export { evaluateCases, type AnalyzeFn, type EvalReport, type GroupReport } from './_eval-run.js';

export function defaultEvalDir(): string {
  return join(projectRoot(), 'test', 'eval-set');
}

/**
 * The floors a set is held to: the real-news dev set's own (scripts/eval-floors-realnews.json, the
 * gate `npm test` runs) for test/realnews/dev, else those of the written set (scripts/eval-floors.json).
 */
export function defaultFloorsFile(dir?: string): string {
  const root = projectRoot();
  if (dir && resolve(dir) === join(root, 'test', 'realnews', 'dev')) return join(root, 'scripts', 'eval-floors-realnews.json');
  return join(root, 'scripts', 'eval-floors.json');
}

/** Runs the real pipeline (extractors/pipeline.ts) over the evaluation set in `dir`. */
export function evaluate(dir: string = defaultEvalDir()): EvalReport {
  return evaluateCases(loadEvalSet(dir), dir, analyze, institutionKey);
}

/** Floor checks of a report against a floors file. */
export function checkReport(report: EvalReport, floorsFile: string = defaultFloorsFile()): FloorCheck[] {
  const perLang: Partial<Record<Lang, Metrics>> = {};
  for (const [lang, g] of Object.entries(report.perLang) as [Lang, GroupReport][]) perLang[lang] = g.metrics;
  return checkFloors(report.overall.metrics, perLang, loadFloors(floorsFile));
}

const USAGE = 'usage: node dist/scripts/eval.js [--dir DIR] [--floors FILE | --no-floors] [--json] [--verbose] [--classes] | --check [--dir DIR]';

/** `--check`: every label validated (exit 2 listing the problems), then the set's composition. */
function check(dir: string): number {
  let cases;
  try {
    cases = loadEvalSet(dir);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const comp = composition(cases);
  const rows = Object.entries(comp).map(([lang, g]) => [
    lang, String(g.items), `${g.hardNegatives} (${Math.round((100 * g.hardNegatives) / g.items)} %)`, String(g.incidents),
    String(g.partnerships), String(g.appealsAndStatistics), String(g.institutions), String(g.mentions), String(g.titled),
  ]);
  process.stdout.write(`${dir}: ${cases.length} items, every label valid\n\n`);
  process.stdout.write(`${table([['lang', 'items', 'hard negatives', 'incidents', 'partnerships', 'appeals+stats', 'institutions', 'mentions', 'titled'], ...rows])}\n`);
  return 0;
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dir: { type: 'string' },
        floors: { type: 'string' },
        'no-floors': { type: 'boolean' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        classes: { type: 'boolean' },
        check: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = values.dir ? resolve(values.dir) : defaultEvalDir();
  if (values.check) return check(dir);
  const floorsFile = values.floors ? resolve(values.floors) : defaultFloorsFile(dir);
  let report: EvalReport;
  let floors: FloorCheck[];
  try {
    report = evaluate(dir);
    floors = values['no-floors'] ? [] : checkReport(report, floorsFile);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const failed = floors.filter((f) => !f.ok);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, floors }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, floors)}\n`);
    if (values.classes) process.stdout.write(`\n${formatClasses(report.classes)}\n`);
    if (values.verbose) process.stdout.write(`\n${formatIssues(report.issues)}\n`);
    process.stdout.write(`\nPipeline time over ${report.cases} cases: ${report.elapsedMs.toFixed(0)} ms\n`);
  }
  const incidentFailed: string[] = [];
  // Incident clustering on the labelled real reports, with the default set only (its own floors).
  if (!values.dir) {
    try {
      const inc = evaluateIncidents(loadIncidentSet(defaultIncidentDir()));
      if (!values.json) process.stdout.write(`\n${formatIncidentReport(inc)}\n`);
      if (!values['no-floors']) {
        incidentFailed.push(...incidentFloorFailures(inc));
      }
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
  }
  if (incidentFailed.length > 0) process.stderr.write(`eval: below the floor: ${incidentFailed.join('; ')}\n`);
  if (failed.length > 0) {
    const names = failed.map((f) => `${f.scope === 'overall' ? '' : `${f.scope}.`}${f.metric} ${f.value === null ? 'n/a' : f.value.toFixed(3)} < ${f.floor}`);
    process.stderr.write(`eval: ${failed.length} metric(s) below their floor: ${names.join('; ')}\n`);
    return 1;
  }
  return incidentFailed.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
