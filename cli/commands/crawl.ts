/**
 * `eduwatch crawl`: crawl the sources in sources.yaml (all, some by id, or those due) into the
 * evidence store, then print a per-source summary. Incremental (stored articles are not fetched
 * again) and resumable (a crawl stopped in any way and started again finishes the rest).
 */
import { defineCommand } from 'citty';
import { loadSources } from '../../crawlers/index.js';
import type { Source } from '../../crawlers/source-schema.js';
import { openStore } from '../../store/index.js';
import { dbArgs, intArg, jsonArgs, repeatedArg, sourcesArgs } from '../args.js';
import { handleInterrupts, runCrawl, SIGNAL_EXIT } from '../crawl-run.js';
import { dueSources } from '../due.js';
import { CLIError, EXIT } from '../errors.js';
import { safeJson, writeOut } from '../output.js';
import { createProgress, routeWarnings } from '../progress.js';
import { summaryJson, summaryTable } from '../summary.js';

/** The sources named by --source, or all; an unknown id is a usage error listing the valid ones. */
export function pickSources(all: Source[], ids: string[], file: string): Source[] {
  if (ids.length === 0) return all;
  const byId = new Map(all.map((s) => [s.id, s]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) {
    throw new CLIError(
      `unknown source id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (not in ${file}); valid ids: ${all.map((s) => s.id).join(', ')}`,
      EXIT.usage,
    );
  }
  return [...new Set(ids)].map((id) => byId.get(id)!);
}

export default defineCommand({
  meta: {
    name: 'crawl',
    description:
      'Crawl sources into the evidence store and print a per-source summary (discovered, fetched, new, duplicates, failed).\n' +
      'Only articles not yet stored are fetched; a stopped crawl resumes where it was. Exit 1 when a source failed entirely.\n' +
      'Examples:\n' +
      '  eduwatch crawl\n' +
      '  eduwatch crawl --source mon-gov-ua --source men-gov-pl --max-articles 20\n' +
      '  eduwatch crawl --due --json        # from cron or a systemd timer\n' +
      '  eduwatch crawl --source oda-zp-telegram --backfill 200   # Telegram: also 200 older posts per channel',
  },
  args: {
    ...sourcesArgs,
    ...dbArgs,
    source: { type: 'string', valueHint: 'ID', description: 'Crawl only this source (repeatable, or comma-separated).' },
    'max-articles': { type: 'string', valueHint: 'N', description: 'Fetch at most N new articles per source.' },
    backfill: { type: 'string', valueHint: 'N', description: 'Telegram channels: also walk older preview pages, reading up to N older posts per channel.' },
    due: { type: 'boolean', default: false, description: 'Crawl only sources whose `schedule` has fired since their last successful run.' },
    wait: { type: 'string', valueHint: 'SECONDS', description: 'If another crawl is writing to the same store, wait up to SECONDS for it (default: refuse at once, exit 1).' },
    ...jsonArgs,
    verbose: { type: 'boolean', default: false, description: 'Log every URL (discovered, skipped, fetched) in JSON logs.' },
  },
  async run({ args, rawArgs }) {
    const maxArticles = intArg('max-articles', args['max-articles']);
    const backfill = intArg('backfill', args.backfill);
    const waitSecs = intArg('wait', args.wait, { min: 0 }) ?? 0;
    // Validate before touching the store: an invalid file never starts a run.
    const { sources: all } = loadSources(args.sources);
    let sources = pickSources(all, repeatedArg(rawArgs, 'source'), args.sources);
    const progress = createProgress({ json: args.json, quiet: !args.verbose });
    if (progress.json) routeWarnings(progress);
    const db = openStore(args.db);
    const interrupts = handleInterrupts(progress);
    try {
      if (args.due) {
        const decisions = dueSources(db, sources);
        for (const d of decisions) progress.log('info', 'due', { source: d.sourceId, due: d.due, reason: d.reason });
        const due = new Set(decisions.filter((d) => d.due).map((d) => d.sourceId));
        sources = sources.filter((s) => due.has(s.id));
        if (sources.length === 0) {
          if (args.json) await writeOut(safeJson({ runId: null, status: 'nothing-due', sources: [], due: decisions }, 2) + '\n');
          else await writeOut('No source is due.\n');
          return;
        }
      }
      const result = await runCrawl({
        db,
        sources,
        progress,
        maxArticles,
        backfill,
        signal: interrupts.signal,
        waitMs: waitSecs * 1000,
        command: { command: 'crawl', args: rawArgs },
      });
      await writeOut(args.json ? safeJson(summaryJson(result), 2) + '\n' : summaryTable(result));
      if (interrupts.received) {
        throw new CLIError(`crawl interrupted by ${interrupts.received}; run the same command again to finish the rest`, SIGNAL_EXIT[interrupts.received]);
      }
      const failed = result.sources.filter((s) => s.status === 'failed');
      if (failed.length) {
        throw new CLIError(
          `${failed.length} source${failed.length > 1 ? 's' : ''} failed: ${failed.map((s) => `${s.source} (${s.error ?? 'no article could be fetched'})`).join('; ')}`,
          EXIT.failure,
        );
      }
    } finally {
      interrupts.dispose();
      db.close();
    }
  },
});
