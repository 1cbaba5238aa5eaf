/**
 * A WACZ 1.1.1 package (https://specs.webrecorder.net/wacz/1.1.1/) of the store's fetches: one ZIP
 * holding
 *   archive/data.warc.gz       the WARC `export --what warc` writes (store/warc.ts), STORED so a
 *                              replay tool can seek into it by the index's offsets
 *   indexes/index.cdx          CDXJ (`urlkey timestamp {json}`), sorted, made by warcio's CDXIndexer
 *                              over the finished WARC: offset/length of each record's gzip member
 *   pages/pages.jsonl          the documents (one per document, at the fetch it was first read from)
 *   datapackage.json           every file above with its size and SHA-256
 *   datapackage-digest.json    the SHA-256 of datapackage.json
 * Everything is written under a temporary directory beside the output and the ZIP to `OUT.tmp`,
 * renamed to OUT only when complete, so a failure leaves nothing half-written.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CDXIndexer } from 'warcio';
import yazl from 'yazl';
import type { DB } from './db.js';
import { writeWarc, type WarcFilters } from './warc.js';

export const WACZ_VERSION = '1.1.1';
export const WACZ_WARC_PATH = 'archive/data.warc.gz';
export const WACZ_INDEX_PATH = 'indexes/index.cdx';
export const WACZ_PAGES_PATH = 'pages/pages.jsonl';

export interface WaczResource {
  name: string;
  path: string;
  hash: string;
  bytes: number;
}

export interface WaczDataPackage {
  profile: 'data-package';
  wacz_version: string;
  title: string;
  description: string;
  created: string;
  modified: string;
  software: string;
  resources: WaczResource[];
}

export interface WaczPage {
  id: string;
  url: string;
  ts: string;
  title?: string;
}

export interface WaczResult {
  fetches: number;
  records: number;
  pages: number;
  indexLines: number;
  bytes: number;
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** CDXJ lines sort by their bytes (as `LC_ALL=C sort`), which is urlkey, then timestamp. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The sorted CDXJ index of a WARC file, one line per indexed record (warcio's CDXIndexer, as `warcio index --format cdxj`). */
export async function cdxjIndex(warcFile: string, filename: string): Promise<string[]> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  for await (const cdx of indexer.iterIndex([{ filename, reader: createReadStream(warcFile) }])) {
    lines.push(indexer.serializeCDXJ(cdx));
  }
  return lines.sort(byBytes);
}

/**
 * Write the WACZ of the fetches matching `filters` to `out` (through `out.tmp`, renamed when
 * complete). `title` names the collection; `software` goes into datapackage.json and warcinfo.
 */
export async function writeWacz(
  db: DB,
  filters: WarcFilters,
  out: string,
  opts: { title: string; software: string; created?: Date },
): Promise<WaczResult> {
  const created = (opts.created ?? new Date()).toISOString();
  const work = await mkdtemp(join(dirname(out), `.${basename(out)}.`));
  const tmp = `${out}.tmp`;
  let zipOut: ReturnType<typeof createWriteStream> | null = null;
  try {
    // 1. The WARC, hashed as it is written; the pages as their fetches go by.
    const warcFile = join(work, 'data.warc.gz');
    const warcOut = createWriteStream(warcFile);
    let failure: Error | null = null;
    warcOut.on('error', (err) => {
      failure ??= err;
    });
    const warcHash = createHash('sha256');
    let warcBytes = 0;
    const pages: WaczPage[] = [];
    const done = await writeWarc(
      db,
      filters,
      async (chunk) => {
        if (failure) throw failure;
        warcHash.update(chunk);
        warcBytes += chunk.byteLength;
        if (!warcOut.write(chunk)) await once(warcOut, 'drain');
      },
      {
        gzip: true,
        filename: basename(WACZ_WARC_PATH),
        software: opts.software,
        onFetch: (f) => {
          if (f.doc_id === null || !f.doc_first) return;
          const page: WaczPage = { id: `eduwatch-document-${f.doc_id}`, url: f.final_url, ts: f.fetched_at };
          if (f.doc_title) page.title = f.doc_title;
          pages.push(page);
        },
      },
    );
    await new Promise<void>((resolve, reject) => {
      warcOut.once('error', reject);
      warcOut.end(() => resolve());
    });
    if (failure) throw failure;

    // 2. The index, read back from the finished file, so its offsets are those of the bytes on disk.
    const index = Buffer.from((await cdxjIndex(warcFile, basename(WACZ_WARC_PATH))).join(''), 'utf8');
    const pagesJsonl = Buffer.from(
      [{ format: 'json-pages-1.0', id: 'pages', title: opts.title }, ...pages].map((p) => JSON.stringify(p)).join('\n') + '\n',
      'utf8',
    );

    // 3. The package description and its digest.
    const resources: WaczResource[] = [
      { name: basename(WACZ_WARC_PATH), path: WACZ_WARC_PATH, hash: `sha256:${warcHash.digest('hex')}`, bytes: warcBytes },
      { name: basename(WACZ_INDEX_PATH), path: WACZ_INDEX_PATH, hash: sha256(index), bytes: index.byteLength },
      { name: basename(WACZ_PAGES_PATH), path: WACZ_PAGES_PATH, hash: sha256(pagesJsonl), bytes: pagesJsonl.byteLength },
    ];
    const datapackage: WaczDataPackage = {
      profile: 'data-package',
      wacz_version: WACZ_VERSION,
      title: opts.title,
      description: 'eduwatch evidence store: every fetch as WARC request/response records; eduwatch-* headers link each record to the store',
      created,
      modified: created,
      software: opts.software,
      resources,
    };
    const dpBytes = Buffer.from(JSON.stringify(datapackage, null, 2) + '\n', 'utf8');
    const digest = Buffer.from(JSON.stringify({ path: 'datapackage.json', hash: sha256(dpBytes) }, null, 2) + '\n', 'utf8');

    // 4. The ZIP: the WARC STORED (it is gzip already, and replay seeks into it), the rest deflated.
    const zip = new yazl.ZipFile();
    const mtime = new Date(created);
    const file = createWriteStream(tmp);
    zipOut = file;
    const written = new Promise<void>((resolve, reject) => {
      file.once('error', reject);
      zip.outputStream.once('error', reject);
      file.once('close', () => resolve());
    });
    zip.outputStream.pipe(file);
    zip.addFile(warcFile, WACZ_WARC_PATH, { compress: false, mtime });
    zip.addBuffer(index, WACZ_INDEX_PATH, { compress: true, mtime });
    zip.addBuffer(pagesJsonl, WACZ_PAGES_PATH, { compress: true, mtime });
    zip.addBuffer(dpBytes, 'datapackage.json', { compress: true, mtime });
    zip.addBuffer(digest, 'datapackage-digest.json', { compress: true, mtime });
    zip.end();
    await written;
    const { size } = await stat(tmp);
    await rename(tmp, out);
    return { fetches: done.fetches, records: done.records, pages: pages.length, indexLines: index.length ? index.toString('utf8').split('\n').length - 1 : 0, bytes: size };
  } catch (err) {
    if (zipOut && !zipOut.closed) {
      // Close the file before removing it: one still opening would come back after the unlink.
      const closed = once(zipOut, 'close').catch(() => undefined);
      zipOut.destroy();
      await closed;
    }
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
