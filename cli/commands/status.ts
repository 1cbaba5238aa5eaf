/**
 * `eduwatch status`: the health of each source from its runs: last run, last success, new
 * documents in the last run, consecutive failures, last error, and warnings when a source that
 * used to yield articles has quietly stopped. Exit 1 when any source is failing (for monitors).
 */
import { defineCommand } from 'citty';
import { loadSources } from '../../crawlers/index.js';
import { closeDeadRuns, deadRuns, openStore, sourceStatus, type DB, type SourceStatus } from '../../store/index.js';
import { dbArgs, jsonArgs } from '../args.js';
import { CLIError, EXIT } from '../errors.js';
import { renderTable, safeJson, style, terminalSafeDeep, useColor, writeOut, type Column } from '../output.js';

const when = (iso: string | null | undefined) => (iso ? iso.replace('T', ' ').slice(0, 16) : '—');

const COLUMNS: Column<SourceStatus>[] = [
  { header: 'source', value: (s) => s.id, max: 28 },
  { header: 'last run', value: (s) => when(s.lastRun?.startedAt) },
  { header: 'result', value: (s) => s.lastRun?.status ?? 'never run' },
  { header: 'new', value: (s) => s.newInLastRun, align: 'right' },
  { header: 'fetched', value: (s) => s.lastRun?.fetched ?? null, align: 'right' },
  { header: 'failed', value: (s) => s.lastRun?.failed ?? null, align: 'right' },
  { header: 'last success', value: (s) => when(s.lastSuccess) },
  { header: 'fails in a row', value: (s) => s.consecutiveFailures, align: 'right' },
  { header: 'docs', value: (s) => s.documents, align: 'right' },
  { header: 'health', value: (s) => (s.failing ? 'FAILING' : s.warnings.length ? 'warning' : 'ok') },
];

/** Sources recorded in the store (everything that was ever crawled into it). */
function storedSources(db: DB): { id: string; name: string }[] {
  return db.prepare('SELECT id, name FROM sources ORDER BY id').all() as { id: string; name: string }[];
}

function render(rows: SourceStatus[], color: boolean): string {
  if (rows.length === 0) return 'No sources in this store yet: run `eduwatch crawl` first.\n';
  let out = renderTable(COLUMNS, rows);
  const notes = rows.flatMap((s) => [
    ...(s.lastError ? [`${s.id}: last error: ${s.lastError}`] : []),
    ...s.warnings.map((w) => `${s.id}: ${w}`),
  ]);
  if (notes.length) out += '\n' + notes.map((n) => (color ? style.yellow(`! ${n}`) : `! ${n}`)).join('\n') + '\n';
  return out;
}

export default defineCommand({
  meta: {
    name: 'status',
    description:
      'Health of each source: last run, last success, new documents, consecutive failures, last error, warnings.\n' +
      'Exit code 1 when any source is failing, so a monitor can call it.\n' +
      'Examples:\n' +
      '  eduwatch status\n' +
      '  eduwatch status --db data/demo.db --json\n' +
      '  eduwatch status --sources sources.yaml   # also list sources never crawled',
  },
  args: {
    ...dbArgs,
    sources: { type: 'string', valueHint: 'FILE', description: 'Report on the sources in this file (default: every source recorded in the store).' },
    ...jsonArgs,
  },
  async run({ args }) {
    const fromFile = args.sources ? loadSources(args.sources).sources : null;
    const db = openStore(args.db, { readonly: true });
    // A run whose process died (kill -9, a crash) is closed here, not shown as running for ever.
    if (deadRuns(db).length > 0) closeDeadRuns(args.db);
    let rows: SourceStatus[];
    try {
      rows = sourceStatus(db, fromFile ?? storedSources(db));
    } finally {
      db.close();
    }
    const failing = rows.filter((s) => s.failing).map((s) => s.id);
    if (args.json) await writeOut(safeJson({ failing, sources: rows }, 2) + '\n');
    else await writeOut(render(terminalSafeDeep(rows), useColor()));
    if (failing.length) throw new CLIError(`${failing.length} source${failing.length > 1 ? 's are' : ' is'} failing: ${failing.join(', ')}`, EXIT.failure);
  },
});
