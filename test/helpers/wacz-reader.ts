/**
 * An independent WACZ reader for the tests. The ZIP is read with fflate (eduwatch writes it with
 * yazl), each CDXJ pointer is followed into the WARC and the record at offset/length is read with
 * warcio's WARCParser; the WARC as a whole is checked by test/helpers/warc-reader.ts (node:zlib,
 * no warcio). Hashes are computed here with node:crypto, not taken from the package.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { WARCParser } from 'warcio';
import { digestProblems, parseWarc } from './warc-reader.js';

export interface CdxjLine {
  urlkey: string;
  timestamp: string;
  json: { url: string; mime?: string; status?: string; digest?: string; length: string; offset: string; filename: string };
}

export interface ReadWacz {
  /** Every entry's bytes, by path. */
  files: Record<string, Buffer>;
  /** The ZIP compression method of each entry (0 stored, 8 deflate). */
  methods: Record<string, number>;
  datapackage: {
    profile: string;
    wacz_version: string;
    title: string;
    created: string;
    software: string;
    resources: { name: string; path: string; hash: string; bytes: number }[];
  };
  index: CdxjLine[];
  /** The text of each index line, as in the file. */
  indexLines: string[];
  pagesHeader: Record<string, unknown>;
  pages: { id: string; url: string; ts: string; title?: string }[];
}

const sha256 = (b: Uint8Array) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export function readWacz(zip: Buffer): ReadWacz {
  const methods: Record<string, number> = {};
  const raw = unzipSync(new Uint8Array(zip), {
    filter: (f) => {
      methods[f.name] = f.compression;
      return true;
    },
  });
  const files: Record<string, Buffer> = {};
  for (const [name, bytes] of Object.entries(raw)) files[name] = Buffer.from(bytes);
  const text = (name: string) => {
    if (!files[name]) throw new Error(`the WACZ has no ${name}`);
    return files[name].toString('utf8');
  };
  const indexLines = text('indexes/index.cdx').split('\n').filter(Boolean);
  const index = indexLines.map((line) => {
    const m = /^(\S+) (\d{14}) (\{.*\})$/.exec(line);
    if (!m) throw new Error(`not a CDXJ line: ${line}`);
    return { urlkey: m[1], timestamp: m[2], json: JSON.parse(m[3]) as CdxjLine['json'] };
  });
  const [header, ...pages] = text('pages/pages.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    files,
    methods,
    datapackage: JSON.parse(text('datapackage.json')) as ReadWacz['datapackage'],
    index,
    indexLines,
    pagesHeader: header,
    pages: pages as ReadWacz['pages'],
  };
}

/** The record a CDXJ line points at, read from its own gzip member with warcio. */
export async function recordAt(wacz: ReadWacz, line: CdxjLine) {
  const warc = wacz.files[`archive/${line.json.filename}`];
  if (!warc) throw new Error(`index line names ${line.json.filename}, which is not in archive/`);
  const offset = Number(line.json.offset);
  const length = Number(line.json.length);
  const slice = warc.subarray(offset, offset + length);
  if (slice.length !== length) throw new Error(`${line.json.url}: offset ${offset} + length ${length} runs past the WARC (${warc.length} bytes)`);
  // The slice is exactly one gzip member: it inflates alone.
  gunzipSync(slice);
  const parser = new WARCParser([slice]);
  const record = await parser.parse();
  if (!record) throw new Error(`${line.json.url}: no WARC record at offset ${offset}`);
  const payload = Buffer.from(await record.readFully(false));
  const next = await parser.parse();
  return { record, payload, more: next !== null };
}

/** Every way a WACZ can be inconsistent, as readable messages (empty: consistent). */
export async function waczProblems(zip: Buffer): Promise<string[]> {
  const p: string[] = [];
  let w: ReadWacz;
  try {
    w = readWacz(zip);
  } catch (err) {
    return [(err as Error).message];
  }
  const dp = w.datapackage;
  if (dp.profile !== 'data-package') p.push(`datapackage profile ${dp.profile}`);
  if (dp.wacz_version !== '1.1.1') p.push(`wacz_version ${dp.wacz_version}`);
  if (!dp.created || Number.isNaN(Date.parse(dp.created))) p.push(`created ${dp.created}`);
  if (!dp.software || !dp.title) p.push('datapackage has no software or title');
  for (const r of dp.resources) {
    const bytes = w.files[r.path];
    if (!bytes) {
      p.push(`resource ${r.path} is not in the ZIP`);
      continue;
    }
    if (bytes.length !== r.bytes) p.push(`resource ${r.path}: ${r.bytes} bytes listed, ${bytes.length} in the ZIP`);
    if (sha256(bytes) !== r.hash) p.push(`resource ${r.path}: hash ${r.hash}, bytes hash to ${sha256(bytes)}`);
    if (r.name !== r.path.split('/').at(-1)) p.push(`resource ${r.path} named ${r.name}`);
  }
  const listed = new Set(dp.resources.map((r) => r.path));
  for (const name of Object.keys(w.files)) {
    if (name !== 'datapackage.json' && name !== 'datapackage-digest.json' && !listed.has(name)) p.push(`${name} is in the ZIP but not in datapackage.json`);
  }
  const digest = JSON.parse(w.files['datapackage-digest.json']?.toString('utf8') ?? '{}') as { path?: string; hash?: string };
  if (digest.path !== 'datapackage.json') p.push(`datapackage-digest path ${digest.path}`);
  if (digest.hash !== sha256(w.files['datapackage.json'])) p.push(`datapackage-digest hash ${digest.hash} does not match datapackage.json`);
  for (const name of Object.keys(w.files)) {
    if (name.startsWith('archive/') && w.methods[name] !== 0) p.push(`${name} is compressed in the ZIP (method ${w.methods[name]}): a WARC must be STORED`);
  }

  // The WARCs: framing and every digest, by the independent reader.
  for (const [name, bytes] of Object.entries(w.files)) {
    if (!name.startsWith('archive/')) continue;
    try {
      p.push(...parseWarc(bytes).flatMap(digestProblems).map((m) => `${name}: ${m}`));
    } catch (err) {
      p.push(`${name}: ${(err as Error).message}`);
    }
  }

  // The index: sorted, and each line points at the record it describes.
  const sorted = [...w.indexLines].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  if (sorted.join('\n') !== w.indexLines.join('\n')) p.push('index.cdx is not sorted');
  for (const line of w.index) {
    try {
      const { record, payload, more } = await recordAt(w, line);
      if (more) p.push(`${line.json.url}: the slice at ${line.json.offset} holds more than one record`);
      if (record.warcTargetURI !== line.json.url) p.push(`${line.json.url}: the record at ${line.json.offset} is for ${record.warcTargetURI}`);
      const ts = (record.warcDate ?? '').replace(/[-:T]/g, '').slice(0, 14);
      if (ts !== line.timestamp) p.push(`${line.json.url}: timestamp ${line.timestamp}, record dated ${record.warcDate}`);
      if (line.json.digest === undefined) p.push(`${line.json.url}: index line has no digest`);
      else {
        if (record.warcPayloadDigest !== `sha256:${line.json.digest}`) p.push(`${line.json.url}: index digest ${line.json.digest}, record says ${record.warcPayloadDigest}`);
        if (sha256(payload) !== `sha256:${line.json.digest}`) p.push(`${line.json.url}: index digest ${line.json.digest}, payload hashes to ${sha256(payload)}`);
      }
      if (record.warcType === 'response' && String(record.httpHeaders?.statusCode) !== line.json.status) {
        p.push(`${line.json.url}: index status ${line.json.status}, record ${record.httpHeaders?.statusCode}`);
      }
    } catch (err) {
      p.push((err as Error).message);
    }
  }
  if (w.pagesHeader.format !== 'json-pages-1.0' || w.pagesHeader.id !== 'pages') p.push(`pages.jsonl header ${JSON.stringify(w.pagesHeader)}`);
  const indexed = new Set(w.index.map((l) => l.json.url));
  for (const page of w.pages) {
    if (!indexed.has(page.url)) p.push(`page ${page.url} has no record in the index`);
    if (Number.isNaN(Date.parse(page.ts))) p.push(`page ${page.url}: ts ${page.ts}`);
  }
  return p;
}
