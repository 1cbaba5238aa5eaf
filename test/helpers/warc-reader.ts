/**
 * An independent WARC reader for the tests: node:zlib and a few lines of parsing, nothing shared
 * with warcio or eduwatch. It splits a file (gzip members, or plain) into records per the WARC 1.1
 * framing (version line, fields, CRLF, Content-Length bytes of block, CRLF CRLF), and checks every
 * WARC-Block-Digest and WARC-Payload-Digest (sha256 or sha1, hex or base32) against the bytes.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

export interface ReadRecord {
  version: string;
  /** Field names lower-cased; a repeated field keeps every value. */
  fields: Record<string, string[]>;
  field(name: string): string | undefined;
  block: Buffer;
  /** For request/response records: the HTTP start line, headers (lower-cased) and payload. */
  http?: { startLine: string; headers: Record<string, string>; payload: Buffer };
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

/** The whole file as plain WARC bytes (every gzip member inflated in turn). */
export function warcBytes(file: Buffer): Buffer {
  return file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
}

function parseFields(text: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const line of text.split('\r\n')) {
    const i = line.indexOf(':');
    if (i <= 0) throw new Error(`malformed WARC field line: ${JSON.stringify(line)}`);
    const name = line.slice(0, i).trim().toLowerCase();
    (fields[name] ??= []).push(line.slice(i + 1).trim());
  }
  return fields;
}

export function parseWarc(file: Buffer): ReadRecord[] {
  const buf = warcBytes(file);
  const records: ReadRecord[] = [];
  let at = 0;
  while (at < buf.length) {
    const headEnd = buf.indexOf(HEAD_END, at);
    if (headEnd < 0) throw new Error(`record at ${at}: no end of the WARC header`);
    const head = buf.subarray(at, headEnd).toString('utf8');
    const firstEol = head.indexOf('\r\n');
    const version = head.slice(0, firstEol);
    if (!/^WARC\/1\.[01]$/.test(version)) throw new Error(`record at ${at}: version line ${JSON.stringify(version)}`);
    const fields = parseFields(head.slice(firstEol + 2));
    const length = Number(fields['content-length']?.[0]);
    if (!Number.isInteger(length)) throw new Error(`record at ${at}: no Content-Length`);
    const start = headEnd + 4;
    const block = buf.subarray(start, start + length);
    if (block.length !== length) throw new Error(`record at ${at}: block cut short`);
    if (!buf.subarray(start + length, start + length + 4).equals(HEAD_END)) throw new Error(`record at ${at}: block not followed by CRLF CRLF`);
    const rec: ReadRecord = { version, fields, block, field: (n) => fields[n.toLowerCase()]?.[0] };
    const type = rec.field('WARC-Type');
    if (type === 'request' || type === 'response') {
      const end = block.indexOf(HEAD_END);
      if (end < 0) throw new Error(`${type} record at ${at}: no end of the HTTP header`);
      const lines = block.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines.slice(1)) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
      }
      rec.http = { startLine: lines[0], headers, payload: block.subarray(end + 4) };
    }
    records.push(rec);
    at = start + length + 4;
    while (buf.subarray(at, at + 2).equals(CRLF)) at += 2;
  }
  return records;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Whether a `algo:value` digest field matches the bytes. */
export function digestMatches(field: string, bytes: Buffer): boolean {
  const i = field.indexOf(':');
  const algo = field.slice(0, i).toLowerCase().replace('-', '');
  const value = field.slice(i + 1);
  if (algo !== 'sha256' && algo !== 'sha1') throw new Error(`unknown digest algorithm in ${field}`);
  const d = createHash(algo).update(bytes).digest();
  return value.toLowerCase() === d.toString('hex') || value.replace(/=+$/, '').toUpperCase() === base32(d);
}

/** The problems of a record's digests (empty when every digest present matches). */
export function digestProblems(rec: ReadRecord): string[] {
  const problems: string[] = [];
  const id = rec.field('WARC-Record-ID');
  const block = rec.field('WARC-Block-Digest');
  if (block && !digestMatches(block, rec.block)) problems.push(`${id}: block digest ${block} does not match`);
  const payload = rec.field('WARC-Payload-Digest');
  const bytes = rec.http ? rec.http.payload : rec.block;
  if (payload && !digestMatches(payload, bytes)) problems.push(`${id}: payload digest ${payload} does not match`);
  return problems;
}
