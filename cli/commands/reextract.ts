/**
 * `eduwatch reextract`: rerun the current extractors over the stored text of every document
 * tagged by another extractor version (or all with --all). Nothing is fetched again.
 */
import { defineCommand } from 'citty';
import { openStore, reextractParallel } from '../../store/index.js';
import { dbArgs, intArg, jsonArgs } from '../args.js';
import { CLIError, EXIT } from '../errors.js';
import { formatRows, safeJson, writeOut } from '../output.js';

/** Progress lines at most this often (the work is synchronous, so this is per batch at best). */
const PROGRESS_MS = 250;

export default defineCommand({
  meta: {
    name: 'reextract',
    description:
      'Re-tag stored documents with the current extractors (after an upgrade), from the stored text; nothing is re-fetched.\n' +
      'Examples:\n' +
      '  eduwatch reextract\n' +
      '  eduwatch reextract --all --db data/demo.db\n' +
      '  eduwatch reextract --all --workers 2',
  },
  args: {
    ...dbArgs,
    all: { type: 'boolean', default: false, description: 'Re-tag every document, also those already tagged by this version.' },
    workers: {
      type: 'string',
      valueHint: 'N',
      default: '1',
      description: 'Analyse on N worker threads while the main thread writes (default 1: everything on one core).',
    },
    ...jsonArgs,
  },
  async run({ args }) {
    const workers = intArg('workers', args.workers) ?? 1;
    const db = openStore(args.db);
    const live = Boolean(process.stderr.isTTY) && !args.json;
    let last = 0;
    try {
      const result = await reextractParallel(db, {
        all: args.all,
        workers,
        onProgress(done, total) {
          if (total === 0) return;
          const now = Date.now();
          if (done < total && now - last < PROGRESS_MS) return;
          last = now;
          if (live) process.stderr.write(`\rre-tagging ${done}/${total} documents`);
          else process.stderr.write(JSON.stringify({ ts: new Date().toISOString(), level: 'info', event: 'reextract-progress', done, total }) + '\n');
        },
      });
      if (live && result.documents > 0) process.stderr.write('\n');
      const seconds = result.ms / 1000;
      const summary = {
        documents: result.documents,
        events: result.events,
        institutions: result.institutions,
        removedInstitutions: result.removedInstitutions,
        incidents: result.incidents ?? null,
        failed: result.failed,
        seconds: Math.round(seconds * 100) / 100,
        docsPerSecond: seconds > 0 ? Math.round(result.documents / seconds) : null,
        workers,
      };
      if (args.json) await writeOut(safeJson(summary, 2) + '\n');
      else {
        await writeOut(
          result.documents === 0
            ? 'Every document is already tagged by the current extractors (use --all to redo them all).\n'
            : `Re-tagged ${summary.documents} documents in ${summary.seconds} s (${summary.docsPerSecond ?? '—'} docs/s): ` +
                `${summary.events} events, ${summary.institutions} institutions, ${summary.removedInstitutions} unused institutions removed; ${summary.incidents ?? 0} incidents rebuilt.\n`,
        );
        if (result.failed.length) {
          await writeOut(formatRows('table', result.failed, [
            { header: 'document', value: (f) => f.documentId, align: 'right' },
            { header: 'error (old tags kept)', value: (f) => f.message, max: 100 },
          ]));
        }
      }
      if (result.failed.length) throw new CLIError(`${result.failed.length} document(s) could not be re-tagged; their old tags are kept`, EXIT.failure);
    } finally {
      db.close();
    }
  },
});
