/**
 * Where a command's bulk output goes: a file written through FILE.tmp and renamed to FILE only
 * when complete (a failure removes the .tmp, so nothing half-written is ever left as FILE), or
 * standard output, where a reader that goes away (`| head`) ends the command quietly.
 * Used by `export` (rows and WARC) and `evidence --raw/--warc`.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { CLIError, EXIT } from './errors.js';

/** Write one chunk, waiting for the stream to drain when it asks to. Throws the stream's error. */
export type ChunkWriter = (chunk: string | Uint8Array) => Promise<void>;

/**
 * Run `body` with a writer to `file` (or stdout when `file` is null). `body` returns the line to
 * print on stderr once the file is in place (e.g. "exported 12 events to x.csv"), or '' for none.
 * Failures become one CLIError, by default `export failed (nothing written to FILE): reason`.
 */
export async function streamOutput(
  file: string | null,
  body: (write: ChunkWriter) => Promise<string>,
  opts: { failure?: (reason: string) => string } = {},
): Promise<void> {
  const tmp = file ? `${file}.tmp` : null;
  const out: NodeJS.WritableStream = tmp ? createWriteStream(tmp) : process.stdout;
  let failure: Error | null = null;
  const onError = (err: Error) => {
    failure ??= err;
  };
  out.on('error', onError);
  const write: ChunkWriter = async (chunk) => {
    if (failure) throw failure;
    if (chunk.length && !out.write(chunk)) await once(out, 'drain');
    if (failure) throw failure;
  };
  try {
    const said = await body(write);
    if (tmp && file) {
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(() => resolve());
      });
      if (failure) throw failure;
      await rename(tmp, file);
      if (said) process.stderr.write(`${said}\n`);
    }
    if (failure) throw failure;
  } catch (err) {
    if (tmp) {
      // The file may still be opening or flushing: close it before removing it, or it comes back.
      const stream = out as ReturnType<typeof createWriteStream>;
      if (!stream.closed) {
        const closed = once(stream, 'close').catch(() => undefined);
        stream.destroy();
        await closed;
      }
      await unlink(tmp).catch(() => undefined);
    }
    if (!tmp && (err as NodeJS.ErrnoException).code === 'EPIPE') return;
    if (err instanceof CLIError) throw err;
    const reason = (err as Error).message;
    throw new CLIError(opts.failure?.(reason) ?? `export failed${file ? ` (nothing written to ${file})` : ''}: ${reason}`, EXIT.failure);
  } finally {
    out.off('error', onError);
  }
}
