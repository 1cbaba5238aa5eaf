/**
 * `node dist/scripts/realnews-agreement.js [--json]`: how well two labellers agree on the real-news
 * corpus. A second labeller labels a sample of dev items from the excerpt alone
 * (test/realnews/agreement/<lang>/<NNN-slug>.json, same format); each of those labels is scored
 * against the first labeller's (test/realnews/dev/<lang>/<NNN-slug>.json) with the evaluation's own
 * scorer, as if it were an extraction: institution and event F1, attributes, parties, mention
 * extents. Exit 2 when a label is malformed or has no first label to compare with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../types.js';
import { projectRoot } from '../extractors/_data.js';
import { CaseLabelSchema, consistencyProblems, loadEvalSet, type EvalCase } from './_eval-labels.js';
import { labelAsDocument } from './_eval-echo.js';

export { labelAsDocument } from './_eval-echo.js';
import { metricsOf } from './_eval-metrics.js';
import { addGroup, emptyGroup, scoreCase, type GroupScore } from './_eval-score.js';
import { formatReport } from './_eval-format.js';

export interface AgreementReport {
  items: number;
  overall: GroupScore;
  perLang: Partial<Record<Lang, GroupScore>>;
}

/** Scores every second label under `agreementDir` against the first labels in `devDir`. */
export function agreement(agreementDir: string, devDir: string): AgreementReport {
  const first = new Map(loadEvalSet(devDir).map((c) => [c.file.replace(/\.txt$/, ''), c]));
  const problems: string[] = [];
  const overall = emptyGroup();
  const perLang: Partial<Record<Lang, GroupScore>> = {};
  let items = 0;
  for (const lang of LANGS) {
    const dir = join(agreementDir, lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const id = `${lang}/${f.replace(/\.json$/, '')}`;
      const a: EvalCase | undefined = first.get(id);
      if (!a) {
        problems.push(`${id}: no first label in ${devDir}`);
        continue;
      }
      const parsed = CaseLabelSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) {
        problems.push(`${id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      // The same checks as the first labels (mentions in the text, parties among the institutions).
      const bad = consistencyProblems(parsed.data, lang, a.text, null);
      if (bad.length > 0) {
        problems.push(...bad.map((p) => `${id}: ${p}`));
        continue;
      }
      const s = scoreCase(a, labelAsDocument(parsed.data, a.text), null, undefined, a.label.title ? parsed.data.lang : undefined);
      addGroup(overall, s);
      addGroup((perLang[lang] ??= emptyGroup()), s);
      items++;
    }
  }
  if (problems.length > 0) throw new Error(`agreement: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return { items, overall, perLang };
}

function main(): number {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, dir: { type: 'string' }, dev: { type: 'string' } } });
  const root = join(projectRoot(), 'test', 'realnews');
  const dir = values.dir ? resolve(values.dir) : join(root, 'agreement');
  const dev = values.dev ? resolve(values.dev) : join(root, 'dev');
  let r: AgreementReport;
  try {
    r = agreement(dir, dev);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const withMetrics = (g: GroupScore) => ({ ...g, metrics: metricsOf(g) });
  const perLang = Object.fromEntries(Object.entries(r.perLang).map(([l, g]) => [l, withMetrics(g!)]));
  const report = { dir: `${dir} (second labeller) against ${dev} (first labeller)`, extractorVersion: 'labeller B', cases: r.items, overall: withMetrics(r.overall), perLang, issues: [], classes: {}, elapsedMs: 0 };
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${formatReport(report, null)}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
