/**
 * A worker thread of reextractParallel(): analyses the stored documents it is sent with the
 * extraction pipeline and sends the analyses back; the main thread does all the writing.
 * Messages in: { batch, docs: StoredDocument[] }; out: { batch, analysed: Analysed[] }.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText, CURRENT_EXTRACTOR_VERSION } from './extract-default.js';
import { analyseStored, type StoredDocument } from './reextract.js';

if (!parentPort) throw new Error('eduwatch: store/_reextract-worker.js runs as a worker thread of reextractParallel(), not on its own');
const port = parentPort;
port.on('message', (m: { batch: number; docs: StoredDocument[] }) => {
  port.postMessage({ batch: m.batch, analysed: m.docs.map((d) => analyseStored(d, analyzeText, CURRENT_EXTRACTOR_VERSION)) });
});
