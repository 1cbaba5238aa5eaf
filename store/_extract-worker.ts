/**
 * The worker thread of ExtractPool: runs the extraction pipeline on one crawled page at a time,
 * off the crawl's main thread (whose event loop keeps the other requests and their timeouts going).
 * Messages in: { id, html, url, hints }; out: { id, doc } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import type { FetchedPage } from '../types.js';
import { extractPage } from './extract-default.js';

if (!parentPort) throw new Error('eduwatch: store/_extract-worker.js runs as a worker thread of ExtractPool, not on its own');
const port = parentPort;
port.on('message', (m: { id: number; html: string; url: string; hints?: FetchedPage['hints'] }) => {
  try {
    const doc = extractPage({ html: m.html, finalUrl: m.url, hints: m.hints } as FetchedPage);
    port.postMessage({ id: m.id, doc });
  } catch (err) {
    port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
});
