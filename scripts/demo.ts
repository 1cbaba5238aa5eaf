/**
 * `npm run demo` (node dist/scripts/demo.js [--fresh] [--port N] [--db FILE] [--json]): serve the
 * bundled demo news sites on 127.0.0.1, crawl them into data/demo.db with the normal crawl code,
 * print the per-source summary and what to try next. A second run finds nothing new and fetches no
 * article again; --fresh starts from an empty database.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSources } from '../crawlers/index.js';
import { createProgress, handleInterrupts, runCrawl, SIGNAL_EXIT, summaryJson, summaryTable } from '../cli/index.js';
import { openStore, type DB } from '../store/index.js';
import { DEMO_BASE_PORT, startDemoSites } from './demo-sites/index.js';

export const DEMO_DB = 'data/demo.db';

const USAGE = `usage: npm run demo -- [--fresh] [--port N] [--db FILE] [--json]
  --fresh     delete the demo database first (start from nothing)
  --port N    first port of the demo sites (default ${DEMO_BASE_PORT}; site i listens on N + i).
              Use the same port on every run: the store knows articles by their URLs.
  --db FILE   database to crawl into (default ${DEMO_DB})
  --json      print the summary as JSON (logs are JSON lines on stderr)`;

function fail(message: string): never {
  process.stderr.write(`demo: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: {
        fresh: { type: 'boolean', default: false },
        port: { type: 'string' },
        db: { type: 'string', default: DEMO_DB },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (err) {
    fail((err as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  let port = DEMO_BASE_PORT;
  if (v.port !== undefined) {
    port = Number(v.port);
    if (!/^\d+$/.test(v.port) || port < 1 || port > 65_000) fail(`--port ${v.port}: give a port number such as ${DEMO_BASE_PORT}`);
  }
  return { fresh: v.fresh!, port, db: v.db!, json: v.json! };
}

/** The handle of the demo's incident with the most reports (ties: the smallest handle), the same every run. */
function demoIncident(db: DB): string {
  const h = db.prepare(`SELECT handle FROM incidents WHERE handle IS NOT NULL ORDER BY reports DESC, independent_sources DESC, handle LIMIT 1`).pluck().get() as string | undefined;
  return h ?? '1';
}

function tryNext(db: string, incident: string): string {
  const flag = db === DEMO_DB ? '--db data/demo.db' : `--db ${db}`;
  return [
    'Try next:',
    `  npx eduwatch query events ${flag} --type partnership`,
    `  npx eduwatch query events ${flag} --type damage`,
    `  npx eduwatch query incidents ${flag}            # reports of one incident across sites and languages`,
    `  npx eduwatch evidence ${flag} --incident ${incident}   # why they were joined, and the grade`,
    `  npx eduwatch search ${flag} школа`,
    `  npx eduwatch evidence ${flag} 1`,
    `  npx eduwatch status ${flag}`,
    `  npx eduwatch serve ${flag}                     # map, timeline and evidence in the browser (127.0.0.1:8321)`,
    `  sqlite3 ${db} "select lang, count(*) from v_documents group by lang"`,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const opts = options();
  if (opts.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${opts.db}${suffix}`, { force: true });
  const demo = await startDemoSites({ port: opts.port });
  const progress = createProgress({ json: opts.json, quiet: true });
  const interrupts = handleInterrupts(progress);
  try {
    const { sources } = loadSources(demo.sourcesFile);
    const db = openStore(opts.db);
    try {
      if (!opts.json) process.stderr.write(`Crawling ${sources.length} demo sites on 127.0.0.1 into ${opts.db} …\n`);
      const result = await runCrawl({ db, sources, progress, signal: interrupts.signal, command: { command: 'demo', port: opts.port } });
      if (opts.json) process.stdout.write(JSON.stringify({ db: opts.db, ...summaryJson(result) }, null, 2) + '\n');
      else {
        const t = summaryJson(result).totals;
        process.stdout.write(`\n${summaryTable(result)}\n`);
        if (t.new === 0 && t.fetched === 0) process.stdout.write('Nothing new: every article is already in the store (use --fresh to start over).\n\n');
        process.stdout.write(tryNext(opts.db, demoIncident(db)));
      }
      if (interrupts.received) return SIGNAL_EXIT[interrupts.received];
      return result.sources.some((s) => s.status === 'failed') ? 1 : 0;
    } finally {
      db.close();
    }
  } finally {
    interrupts.dispose();
    await demo.close();
  }
}

let code: number;
try {
  code = await main();
} catch (err) {
  const e = err as Error & { exitCode?: number };
  process.stderr.write(`demo: ${typeof e.exitCode === 'number' ? e.message : (e.stack ?? String(e))}\n`);
  code = typeof e.exitCode === 'number' ? e.exitCode : 1;
}
// Everything is written and closed; a library's idle timer or socket must not hold the demo.
process.exit(code);
