/**
 * `eduwatch export --what warc`: every fetch of the store (or of --source, fetched --since/--until)
 * as WARC 1.1 request/response records (store/warc.ts), each record its own gzip member unless the
 * file name ends in `.warc`. Written to FILE.tmp and renamed when complete.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { openStore } from '../../store/index.js';
// Not through the barrel: warcio takes ~100 ms to load, which only WARC commands should pay.
import { writeWarc, type WarcFilters } from '../../store/warc.js';
import { writeWacz } from '../../store/wacz.js';
import type { DB } from '../../store/db.js';
import { packageVersion } from '../app.js';
import { dateArg, intArg, repeatedArg } from '../args.js';
import { CLIError, EXIT } from '../errors.js';
import { streamOutput } from '../_out-file.js';

/** Filters of the row exports that mean nothing for fetches. */
const NOT_FOR_WARC = ['type', 'lang', 'country', 'institution', 'location', 'min-confidence'] as const;

export async function exportWarc(args: Record<string, unknown>, rawArgs: string[]): Promise<void> {
  for (const name of NOT_FOR_WARC) {
    if (args[name] !== undefined && args[name] !== '') {
      throw new CLIError(`--${name} does not apply to --what warc: a WARC holds fetches; filter them with --source, --since and --until (the fetch time)`);
    }
  }
  if (args.format !== undefined && args.format !== 'csv' && args.format !== 'warc' && args.format !== 'wacz') {
    throw new CLIError(`--format ${String(args.format)} does not apply to --what warc: it writes WARC 1.1 (.warc.gz, or .warc uncompressed), or WACZ with --format wacz`);
  }
  const file = args.out ? String(args.out) : null;
  if (args.format === 'wacz') checkWaczOut(file);
  if (!file && process.stdout.isTTY) throw new CLIError('a WARC is binary: give --out FILE.warc.gz, or redirect stdout to a file');
  const source = repeatedArg(rawArgs, 'source');
  const filters = {
    source: source.length ? source : undefined,
    since: dateArg('since', args.since),
    until: dateArg('until', args.until),
    limit: intArg('limit', args.limit),
  };
  const wacz = args.format === 'wacz';
  const gzip = !(file && /\.warc$/i.test(file));
  const db = openStore(String(args.db), { readonly: true });
  if (filters.source) {
    const known = new Set(db.prepare('SELECT id FROM sources').pluck().all() as string[]);
    const unknown = filters.source.filter((s) => !known.has(s));
    if (unknown.length) {
      db.close();
      throw new CLIError(`--source ${unknown.join(', ')}: no such source in ${String(args.db)} (known: ${[...known].join(', ') || 'none'})`);
    }
  }
  if (wacz && file) return exportWacz(db, filters, file, String(args.db));
  try {
    await streamOutput(file, async (write) => {
      const done = await writeWarc(db, filters, write, { gzip, filename: file ? basename(file) : undefined });
      return `exported ${done.fetches} fetches (${done.records} WARC records) to ${file}`;
    });
  } finally {
    db.close();
  }
}

/** `--format wacz` writes a ZIP to a named `.wacz` file in an existing directory. */
function checkWaczOut(file: string | null): asserts file is string {
  if (!file) throw new CLIError('a WACZ is a ZIP file: give --out FILE.wacz (e.g. --out crawl.wacz)');
  if (!/\.wacz$/i.test(file)) throw new CLIError(`--out ${file}: a WACZ file name ends in .wacz (e.g. --out ${basename(file).replace(/\.[^.]*$/, '') || 'crawl'}.wacz)`);
  const dir = dirname(resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CLIError(`--out ${file}: directory ${dir} does not exist (create it first)`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new CLIError(`--out ${file} is a directory: give a file name ending in .wacz`);
}

async function exportWacz(db: DB, filters: WarcFilters, file: string, dbFile: string): Promise<void> {
  try {
    const scope = [filters.source?.length ? `sources ${filters.source.join(', ')}` : '', filters.since ? `since ${filters.since}` : '', filters.until ? `until ${filters.until}` : '']
      .filter(Boolean)
      .join(', ');
    const done = await writeWacz(db, filters, file, {
      title: `eduwatch fetches of ${basename(dbFile)}${scope ? ` (${scope})` : ''}`,
      software: `eduwatch ${packageVersion()}`,
    });
    process.stderr.write(`exported ${done.fetches} fetches (${done.records} WARC records, ${done.pages} pages, ${done.indexLines} index lines) to ${file}\n`);
  } catch (err) {
    if (err instanceof CLIError) throw err;
    throw new CLIError(`export failed (nothing written to ${file}): ${(err as Error).message}`, EXIT.failure);
  } finally {
    db.close();
  }
}
