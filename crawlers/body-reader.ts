/**
 * Reading one response body, bounded: at most `maxBytes` on the wire and at most `maxBytes` after
 * undoing every Content-Encoding layer (gzip, deflate, br, stacked as servers list them), within
 * `timeoutMs`. eduwatch decodes Content-Encoding itself (the HTTP client's own decompression is
 * off), so a compression bomb or a stacked `gzip, gzip` is stopped at the cap, never buffered
 * whole. A body that ends early (connection closed, fewer bytes than Content-Length, a compressed
 * stream cut short) is an error, never a shorter page.
 */
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FatalFetchError, RetryableFetchError } from './fetch-errors.js';

/** Content-Encoding layers undone at most; more is a hostile server. */
export const MAX_ENCODING_LAYERS = 3;

/** What eduwatch asks servers for (and can undo). */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

type Coding = 'gzip' | 'deflate' | 'br';

/** The codings of a Content-Encoding header, in the order they were applied; throws for unknown ones. */
export function parseContentEncoding(header: string | string[] | null | undefined, status: number | null = null): Coding[] {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const codings: Coding[] = [];
  for (const raw of text.split(',')) {
    const c = raw.trim().toLowerCase();
    if (c === '' || c === 'identity') continue;
    if (c === 'gzip' || c === 'x-gzip') codings.push('gzip');
    else if (c === 'deflate') codings.push('deflate');
    else if (c === 'br') codings.push('br');
    else throw new FatalFetchError(`unsupported Content-Encoding "${c.slice(0, 40)}" (eduwatch asks for ${ACCEPT_ENCODING})`, status);
  }
  if (codings.length > MAX_ENCODING_LAYERS) {
    throw new FatalFetchError(`Content-Encoding has ${codings.length} layers (more than ${MAX_ENCODING_LAYERS}; a compression bomb?)`, status);
  }
  return codings;
}

/** A streaming decoder for one coding; deflate is zlib-wrapped or raw, told by its first byte. */
function decoder(coding: Coding, firstByte: number | undefined): Transform {
  // Errors on truncated input must surface: finishFlush keeps zlib strict about a missing end.
  if (coding === 'gzip') return zlib.createGunzip();
  if (coding === 'br') return zlib.createBrotliDecompress();
  return firstByte !== undefined && (firstByte & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw();
}

export interface BodyLimits {
  maxBytes: number;
  timeoutMs: number;
  contentLength?: string | string[] | null;
  contentEncoding?: string | string[] | null;
  status: number;
}

/** Read and decode a body within the limits. Throws FatalFetchError / RetryableFetchError. */
export async function readLimitedBody(stream: Readable, opts: BodyLimits): Promise<Buffer> {
  const declaredText = Array.isArray(opts.contentLength) ? opts.contentLength[0] : opts.contentLength;
  const declared = declaredText && /^\d+$/.test(declaredText.trim()) ? Number(declaredText) : NaN;
  let codings: Coding[];
  try {
    codings = parseContentEncoding(opts.contentEncoding, opts.status);
  } catch (err) {
    stream.destroy();
    throw err;
  }
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    stream.destroy();
    throw new FatalFetchError(`response too large: Content-Length ${declared} bytes exceeds maxBytes ${opts.maxBytes}`, opts.status);
  }
  return await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let raw = 0;
    let decoded = 0;
    let done = false;
    let ended = false;
    const layers: Transform[] = [];
    const finish = (err: Error | null, value?: Buffer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stream.off('data', onRaw);
      for (const l of layers) l.destroy();
      // Done with the connection either way (got's streams are not destroyed on their own).
      stream.destroy();
      if (err) reject(err);
      else resolve(value!);
    };
    const timer = setTimeout(
      () => finish(new RetryableFetchError(`body not received within ${opts.timeoutMs / 1000} s (${raw} bytes arrived)`, null)),
      opts.timeoutMs,
    );
    const tooLarge = () =>
      new FatalFetchError(
        codings.length
          ? `response too large: more than maxBytes ${opts.maxBytes} bytes after undoing Content-Encoding ${codings.join(', ')} (a compression bomb?; download aborted)`
          : `response too large: more than maxBytes ${opts.maxBytes} bytes (download aborted)`,
        opts.status,
      );
    const collect = (b: Buffer) => {
      if (done) return;
      decoded += b.length;
      if (decoded > opts.maxBytes) return finish(tooLarge());
      chunks.push(b);
    };
    const complete = () => finish(null, Buffer.concat(chunks));
    const decodeError = (err: Error) =>
      finish(new FatalFetchError(`body could not be decoded (Content-Encoding ${codings.join(', ')}): ${err.message.split('\n')[0]}`, opts.status));

    // Layers are built on the first raw byte (deflate's wrapper is told by it).
    let sink: ((b: Buffer) => void) | null = null;
    let endSink: (() => void) | null = null;
    const build = (first: number | undefined) => {
      if (codings.length === 0) {
        sink = collect;
        endSink = complete;
        return;
      }
      // Decode in the reverse order of application: the last coding listed is the outermost.
      const order = [...codings].reverse();
      let prev: Transform | null = null;
      for (let i = 0; i < order.length; i++) {
        // Inner layers' first bytes are only known once decoded; deflate inside another layer is
        // taken as zlib-wrapped (what servers send).
        const d = decoder(order[i], i === 0 ? first : 0x78);
        d.on('error', decodeError);
        if (prev) prev.pipe(d);
        layers.push(d);
        prev = d;
      }
      const last = layers[layers.length - 1];
      last.on('data', collect);
      last.on('end', complete);
      sink = (b) => layers[0].write(b);
      endSink = () => layers[0].end();
    };

    const onRaw = (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
      raw += b.length;
      if (raw > opts.maxBytes) return finish(tooLarge());
      if (!sink) build(b[0]);
      sink!(b);
    };
    stream.on('data', onRaw);
    stream.once('end', () => {
      ended = true;
      if (done) return;
      if (Number.isFinite(declared) && raw < declared && codings.length === 0) {
        return finish(new RetryableFetchError(`truncated body: ${raw} of the ${declared} bytes of Content-Length arrived`, opts.status));
      }
      if (!sink) build(undefined);
      endSink!();
    });
    stream.once('error', (err: Error) => finish(truncatedOr(err, raw, declared, opts.status)));
    stream.once('close', () => {
      if (!ended) finish(new RetryableFetchError(`connection closed before the body was complete (${raw} bytes arrived${Number.isFinite(declared) ? ` of ${declared}` : ''})`, opts.status));
    });
  });
}

/** A stream error while reading the body, as a readable message. */
function truncatedOr(err: Error, raw: number, declared: number, status: number): Error {
  if (err instanceof FatalFetchError || err instanceof RetryableFetchError) return err;
  if (err.name === 'TimeoutError') return new RetryableFetchError(`body not received in time (timed out after ${raw} bytes)`, status);
  const e = err as NodeJS.ErrnoException;
  const msg = (e.message ?? String(err)).split('\n')[0];
  return new RetryableFetchError(`body cut off after ${raw} bytes${Number.isFinite(declared) ? ` of ${declared}` : ''}: ${msg}`, status);
}
