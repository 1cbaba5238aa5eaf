/**
 * reextract() with the analysis spread over worker threads: `eduwatch reextract --workers N`.
 * The main thread loads batches of stored documents, hands them to N workers (each running the
 * extraction pipeline, two batches in flight so none waits while the main thread writes) and
 * writes the analyses back batch by batch in document order, so the store ends up exactly as with
 * one thread. With N = 1 it is reextract() itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DB } from './db.js';
import { CURRENT_EXTRACTOR_VERSION } from './extract-default.js';
import { reextract, ReextractJob, type Analysed, type ReextractOptions, type ReextractResult } from './reextract.js';

export interface ParallelReextractOptions extends Omit<ReextractOptions, 'analyze' | 'version'> {
  /** Worker threads analysing documents (1: everything on the calling thread). */
  workers: number;
}

/** Batches handed to one worker before it returns any (it starts the next while its last is written). */
const IN_FLIGHT_PER_WORKER = 2;

/** The compiled worker script: beside this file under dist/, or dist/store/ when running from the TypeScript sources. */
function workerFile(): URL {
  const beside = new URL('./_reextract-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL('../dist/store/_reextract-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`eduwatch: the reextract worker is not compiled (${fileURLToPath(beside)}): run \`npm run build\` first`);
}

export async function reextractParallel(db: DB, opts: ParallelReextractOptions): Promise<ReextractResult> {
  const n = Math.floor(opts.workers);
  if (!Number.isInteger(n) || n < 1) throw new Error(`eduwatch: workers must be a whole number of at least 1, got ${opts.workers}`);
  if (n === 1) return reextract(db, opts);
  const job = new ReextractJob(db, CURRENT_EXTRACTOR_VERSION, opts);
  opts.onProgress?.(0, job.ids.length);
  if (job.batches === 0) return job.finish();
  const file = workerFile();
  const workers = Array.from({ length: Math.min(n, job.batches) }, () => new Worker(file));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0; // next batch to send
      let written = 0; // next batch to write
      const done = new Map<number, Analysed[]>();
      const send = (w: Worker): void => {
        if (next >= job.batches) return;
        const batch = next++;
        w.postMessage({ batch, docs: job.load(batch) });
      };
      for (const w of workers) {
        w.on('message', (m: { batch: number; analysed: Analysed[] }) => {
          try {
            done.set(m.batch, m.analysed);
            // Write in batch order, whatever order the workers finish in.
            while (done.has(written)) {
              job.write(done.get(written)!);
              done.delete(written);
              opts.onProgress?.(job.doneAfter(written), job.ids.length);
              written++;
            }
            if (written === job.batches) resolve();
            else send(w);
          } catch (err) {
            reject(err);
          }
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (written < job.batches) reject(new Error(`eduwatch: a reextract worker stopped (exit code ${code}) before the work was done`));
        });
        for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) send(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return job.finish();
}
