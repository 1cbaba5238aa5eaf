/**
 * `eduwatch export`: events, institutions or documents as CSV or JSON lines, with provenance
 * columns, streamed row by row from SQLite (constant memory on any store size). With --out FILE
 * the rows go to FILE.tmp, renamed to FILE only when complete.
 */
import { defineCommand } from 'citty';
import { EXPORT_KINDS, exportColumns, iterateExport, openStore, type ExportWhat } from '../../store/index.js';
import { dbArgs, filterArgs, intArg } from '../args.js';
import { CLIError } from '../errors.js';
import { streamOutput } from '../_out-file.js';
import { rowWriter, type Format } from '../output.js';
import { filtersFrom } from './query.js';
import { exportWarc } from './_export-warc.js';

/** Rows are written in chunks of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

export default defineCommand({
  meta: {
    name: 'export',
    description:
      'Export events, institutions or documents with provenance columns (document URL, fetch time, HTTP status, SHA-256, extractor), streamed; or every fetch as a WARC.\n' +
      'With --what warc, --format wacz writes a WACZ 1.1.1 package (the WARC, a CDXJ index, pages.jsonl and datapackage.json with SHA-256s) that ReplayWeb.page opens.\n' +
      'Examples:\n' +
      '  eduwatch export --what events --format csv --out events.csv\n' +
      '  eduwatch export --what documents --format jsonl --lang uk > uk.jsonl\n' +
      '  eduwatch export --what institutions --format csv --country PL\n' +
      '  eduwatch export --what warc --source mon-gov-ua --since 2026-01-01 --out crawl.warc.gz\n' +
      '  eduwatch export --what warc --format wacz --since 2026-01-01 --out crawl.wacz',
  },
  args: {
    ...dbArgs,
    what: { type: 'enum', options: [...EXPORT_KINDS, 'warc'], default: 'events', description: 'What to export (warc: every fetch as WARC 1.1 request/response records).' },
    format: { type: 'enum', options: ['csv', 'jsonl', 'warc', 'wacz'], default: 'csv', description: 'CSV (RFC 4180, with a header) or JSON lines; with --what warc, warc (the default) or wacz (needs --out FILE.wacz).' },
    out: { type: 'string', valueHint: 'FILE', description: 'Write to FILE (default: stdout).' },
    ...filterArgs,
    limit: { type: 'string', valueHint: 'N', description: 'Export at most N rows.' },
  },
  async run({ args, rawArgs }) {
    if (args.what === 'warc') return exportWarc(args, rawArgs);
    if (args.format === 'warc' || args.format === 'wacz') throw new CLIError(`--format ${args.format} needs --what warc (events, institutions and documents are csv or jsonl)`);
    const what = args.what as ExportWhat;
    const format = args.format as Format;
    const filters = filtersFrom(args, rawArgs);
    filters.limit = intArg('limit', args.limit);
    const db = openStore(args.db, { readonly: true });
    const file = args.out ? String(args.out) : null;
    try {
      await streamOutput(file, async (write) => {
        // The column list, so an empty CSV still has its header.
        const columns = exportColumns(db, what);
        const writer = rowWriter<Record<string, unknown>>(format, { csvColumns: format === 'csv' ? columns : undefined });
        let buffer = writer.begin();
        let count = 0;
        for (const row of iterateExport(db, what, filters)) {
          buffer += writer.row(row);
          count++;
          if (buffer.length >= CHUNK_CHARS) {
            await write(buffer);
            buffer = '';
          }
        }
        await write(buffer + writer.end());
        return `exported ${count} ${what} to ${file}`;
      });
    } finally {
      db.close();
    }
  },
});
