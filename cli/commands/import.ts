/**
 * `eduwatch import FILE.warc[.gz] --source ID`: the response records of a WARC (eduwatch's own
 * export, Browsertrix, wget --warc-file) stored and extracted exactly as a crawl stores a fetched
 * page (store/ingest.ts), under a source of sources.yaml. Each page is one transaction; an article
 * URL already in the store is not imported again, so importing a file twice adds nothing.
 */
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { defineCommand } from 'citty';
import yauzl from 'yauzl';
import { loadSources } from '../../crawlers/index.js';
import { MissingSourceError, warcPages, type WarcSkip } from '../../crawlers/warc-pages.js';
import { acquireCrawlLock, ingestPage, isKnownUrl, openStore, upsertSources, type IngestOutcome } from '../../store/index.js';
import { dbArgs, jsonArgs, sourcesArgs } from '../args.js';
import { pickSources } from './crawl.js';
import { CLIError, EXIT } from '../errors.js';
import { safeJson, writeOut } from '../output.js';

export interface ImportSummary {
  file: string;
  /** The --source every page was stored under, or null (each record's own source). */
  source: string | null;
  pages: number;
  new: number;
  duplicates: number;
  noArticle: number;
  notArticle: number;
  httpError: number;
  /** Article URLs already in the store (not imported again). */
  known: number;
  /** Records that are not pages, by reason. */
  skipped: Partial<Record<WarcSkip, number>>;
  /** Records that could not be read (first few). */
  problems: { url: string | null; message: string }[];
}

const MAX_PROBLEMS = 20;

/** A WACZ (or any ZIP) starts with a local file header. */
function isZip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    closeSync(fd);
  }
}

/** The WARC files of an archive: the file itself, or each archive/*.warc[.gz] of a WACZ, in the order the package lists them. */
async function* warcStreams(file: string): AsyncGenerator<Readable> {
  if (!isZip(file)) {
    yield createReadStream(file);
    return;
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (err) {
    throw new CLIError(`${file} is not a readable ZIP (WACZ) file: ${(err as Error).message.split('\n')[0]}`, EXIT.usage);
  }
  try {
    const warcs: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) if (/^archive\/[^/]+\.warc(\.gz)?$/i.test(entry.fileName)) warcs.push(entry);
    if (!warcs.length) throw new CLIError(`${file} is a ZIP file without archive/*.warc.gz: is it a WACZ? (import takes a .warc, .warc.gz or .wacz file)`, EXIT.usage);
    for (const entry of warcs) yield await zip.openReadStreamPromise(entry);
  } finally {
    zip.close();
  }
}
const OUTCOME_FIELD: Record<IngestOutcome, 'new' | 'duplicates' | 'noArticle' | 'notArticle' | 'httpError'> = {
  new: 'new',
  duplicate: 'duplicates',
  'no-article': 'noArticle',
  'not-article': 'notArticle',
  'http-error': 'httpError',
};

export default defineCommand({
  meta: {
    name: 'import',
    description:
      'Import a WARC file (eduwatch export, Browsertrix, wget --warc-file) into the store: its responses are stored and extracted as a crawl would.\n' +
      'A WACZ package (.wacz) is read through the WARC files in its archive/ folder.\n' +
      'HTML responses become articles of --source; eduwatch archives keep their feeds, sitemaps and rendered DOM. Article URLs already stored are skipped.\n' +
      'Examples:\n' +
      '  eduwatch import crawl.warc.gz --source mon-gov-ua\n' +
      '  eduwatch import site.warc.gz --source osvita-ua --db other.db --json',
  },
  args: {
    file: { type: 'positional', required: false, valueHint: 'FILE.warc.gz', description: 'WARC file (gzip-compressed per record, or plain), or a WACZ package.' },
    source: { type: 'string', valueHint: 'ID', description: 'Store every page under this source of sources.yaml (needed for archives eduwatch did not write; else each record keeps its own).' },
    ...sourcesArgs,
    ...dbArgs,
    ...jsonArgs,
  },
  async run({ args }) {
    const file = String(args.file ?? '');
    if (!file) throw new CLIError('give the WARC file to import: eduwatch import FILE.warc.gz --source ID');
    if (!existsSync(file) || !statSync(file).isFile()) throw new CLIError(`${file}: no such file (give the path of a .warc, .warc.gz or .wacz file)`);
    const id = args.source ? String(args.source) : null;
    const { sources } = loadSources(args.sources);
    const override = id ? pickSources(sources, [id], args.sources)[0] : null;
    const byId = new Map(sources.map((s) => [s.id, s]));

    const db = openStore(args.db);
    const lock = acquireCrawlLock(db, id ? [id] : sources.map((s) => s.id));
    const summary: ImportSummary = { file, source: id, pages: 0, new: 0, duplicates: 0, noArticle: 0, notArticle: 0, httpError: 0, known: 0, skipped: {}, problems: [] };
    const recorded = new Set<string>();
    /** The source of a page, recorded in the store the first time it is used. */
    const useSource = (sourceId: string) => {
      if (recorded.has(sourceId)) return;
      const s = byId.get(sourceId);
      if (!s) {
        throw new CLIError(
          `${file} holds pages of source "${sourceId}", which is not in ${args.sources}: add it there, or pass --source ID to store every page under one source` +
            (summary.pages > 1 ? ` (${summary.pages - 1} pages before it were imported, each whole)` : ''),
        );
      }
      upsertSources(db, [s]);
      recorded.add(sourceId);
    };
    try {
      if (override) useSource(override.id);
      const options = {
        sourceId: id ?? undefined,
        maxBytes: override ? override.politeness.maxBytes : Math.max(...sources.map((s) => s.politeness.maxBytes)),
        onSkip: (reason: WarcSkip, url: string | null, detail?: string) => {
          summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
          if (detail && summary.problems.length < MAX_PROBLEMS) summary.problems.push({ url, message: detail });
        },
      };
      async function* allPages() {
        for await (const stream of warcStreams(file)) yield* warcPages(stream, options);
      }
      try {
        for await (const page of allPages()) {
          summary.pages++;
          useSource(page.sourceId);
          if (page.kind === 'article' && (isKnownUrl(db, page.requestedUrl) || isKnownUrl(db, page.finalUrl))) {
            summary.known++;
            continue;
          }
          const r = ingestPage(db, null, page);
          summary[OUTCOME_FIELD[r.outcome]]++;
          if (r.error && summary.problems.length < MAX_PROBLEMS) summary.problems.push({ url: page.finalUrl, message: r.error });
        }
      } catch (err) {
        if (err instanceof CLIError) throw err;
        if (err instanceof MissingSourceError) {
          throw new CLIError(`${err.message}: pass --source ID, the source in ${args.sources} to store its pages under (add one with \`eduwatch sources add URL\`)`);
        }
        const done = summary.pages ? ` (${summary.pages} pages before it were imported, each whole)` : ' (nothing was imported)';
        throw new CLIError(`${file} could not be read as a WARC file: ${(err as Error).message.split('\n')[0]}${done}`, EXIT.usage);
      }
    } finally {
      lock.release();
      db.close();
    }
    if (summary.pages === 0 && !Object.keys(summary.skipped).length) {
      throw new CLIError(`${file} holds no WARC records: is it a WARC file (.warc or .warc.gz)?`, EXIT.usage);
    }
    if (args.json) await writeOut(safeJson(summary, 2) + '\n');
    else {
      const skipped = Object.entries(summary.skipped).map(([k, v]) => `${v} ${k}`).join(', ');
      await writeOut(
        `imported ${file}${id ? ` into source ${id}` : ''}: ${summary.pages} pages, ${summary.new} new documents, ${summary.duplicates} duplicates, ` +
          `${summary.noArticle} without an article, ${summary.notArticle} feeds/sitemaps/listings/robots, ${summary.httpError} HTTP errors, ` +
          `${summary.known} already stored${skipped ? `; skipped records: ${skipped}` : ''}\n` +
          summary.problems.map((p) => `  ${p.url ?? '(no URL)'}: ${p.message}\n`).join(''),
      );
    }
  },
});
