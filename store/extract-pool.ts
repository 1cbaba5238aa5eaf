/**
 * Extraction of crawled pages on a worker thread: the crawl's main thread only fetches and writes,
 * so a page that takes seconds to extract (100,000 nested elements, a 5 MB article) no longer
 * stalls every other request in flight until it times out. One page at a time per worker; a page
 * that takes longer than EXTRACT_TIMEOUT_MS is abandoned (the worker is replaced) and recorded as
 * an extraction failure, so no page can hang a crawl; the worker's heap is capped (EXTRACT_HEAP_MB).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedDocument, FetchedPage } from '../types.js';

/** Longest one page's extraction may take before it is given up. */
export const EXTRACT_TIMEOUT_MS = 120_000;
/**
 * Heap the extraction worker may use. A page whose DOM needs more (a hostile 100,000-deep tree)
 * ends the worker with an out-of-memory error instead of growing the crawl without bound: the page
 * is recorded as an extraction failure and a fresh worker takes the next one.
 */
export const EXTRACT_HEAP_MB = 512;

function workerFile(): URL {
  const beside = new URL('./_extract-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL('../dist/store/_extract-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`eduwatch: the extraction worker is not compiled (${fileURLToPath(beside)}): run \`npm run build\` first`);
}

interface Pending {
  resolve(doc: ExtractedDocument | null): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

export class ExtractPool {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly timeoutMs = EXTRACT_TIMEOUT_MS) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: EXTRACT_HEAP_MB } });
    w.unref();
    w.on('message', (m: { id: number; doc?: ExtractedDocument | null; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.doc ?? null);
    });
    const fail = (err: Error) => {
      if (this.worker === w) this.worker = null;
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(err);
        this.pending.delete(id);
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
    this.worker = w;
    return w;
  }

  /** Extract one page (the rendered DOM when present), in page order. */
  extract(page: FetchedPage): Promise<ExtractedDocument | null> {
    const run = () =>
      new Promise<ExtractedDocument | null>((resolve, reject) => {
        const id = this.nextId++;
        const w = this.start();
        const timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new Error(`extraction took longer than ${this.timeoutMs / 1000} s and was abandoned`));
          this.worker = null;
          void w.terminate();
        }, this.timeoutMs);
        timer.unref();
        this.pending.set(id, { resolve, reject, timer });
        w.ref();
        w.postMessage({ id, html: page.renderedHtml ?? page.html, url: page.finalUrl, hints: page.hints });
      }).finally(() => this.worker?.unref());
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
