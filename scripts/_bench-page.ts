/**
 * The page path's speed: analyzeHtml (bytes already decoded → text → DOM → Readability → every
 * extractor) on generated heavy news pages and on real pages, in pages per CPU-second of this one
 * thread (CPU time, not wall time: the machine may be shared), with the time per stage, beside
 * the floor of merely parsing the same pages with htmlparser2. Also counts the heavy pages whose
 * text kept some of their chrome (menus, related lists, comments...).
 */
import { createRequire } from 'node:module';
import { analyzeHtml } from '../extractors/pipeline.js';
import type { BodyTimings } from '../extractors/body.js';
import { heavyPages } from './_bench-pages.js';

export interface PageSet {
  name: string;
  pages: { url: string; html: string; chrome?: string[] }[];
}

export interface PageBench {
  name: string;
  pages: number;
  avgKB: number;
  pagesPerCpuSec: number;
  pagesPerWallSec: number;
  parseFloorPerCpuSec: number;
  /** CPU milliseconds per page, and its share by stage (`text` is every tag extractor together). */
  cpuMsPerPage: number;
  stages: Record<keyof BodyTimings | 'text', number>;
  /** Pages whose text still held some of their own chrome (heavy pages only). */
  chromeLeaks: number | null;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

/** Repeat `fn` over the pages until at least `minSeconds` of wall time passed (whole passes). */
function measure(pages: PageSet['pages'], minSeconds: number, fn: (p: PageSet['pages'][number]) => void): { n: number; cpu: number; wall: number } {
  for (const p of pages.slice(0, Math.min(10, pages.length))) fn(p); // warm-up: JIT and lazily built tables
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  do {
    for (const p of pages) {
      fn(p);
      n++;
    }
  } while ((performance.now() - t0) / 1000 < minSeconds);
  return { n, cpu: cpuSeconds(c0), wall: (performance.now() - t0) / 1000 };
}

export function benchPageSet(set: PageSet, minSeconds: number): PageBench {
  const htmlparser2 = createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2');
  const timings: BodyTimings = { strip: 0, parse: 0, prepare: 0, readability: 0, metadata: 0 };
  let total = 0;
  let leaks = 0;
  const checked = new Set<string>();
  const run = measure(set.pages, minSeconds, (p) => {
    const t = performance.now();
    const doc = analyzeHtml(p.html, p.url, {}, { timings });
    total += performance.now() - t;
    if (p.chrome && !checked.has(p.url)) {
      checked.add(p.url);
      if (doc && p.chrome.some((c) => doc.text.includes(c))) leaks++;
    }
  });
  // The timings accumulated over warm-up and measured passes alike: per page over all of them.
  const body = timings.strip + timings.parse + timings.prepare + timings.readability + timings.metadata;
  const floor = measure(set.pages, Math.min(minSeconds, 2), (p) => void htmlparser2.parseDocument(p.html));
  const bytes = set.pages.reduce((a, p) => a + Buffer.byteLength(p.html, 'utf8'), 0);
  return {
    name: set.name,
    pages: set.pages.length,
    avgKB: bytes / set.pages.length / 1000,
    pagesPerCpuSec: run.n / run.cpu,
    pagesPerWallSec: run.n / run.wall,
    parseFloorPerCpuSec: floor.n / floor.cpu,
    cpuMsPerPage: (run.cpu * 1000) / run.n,
    // Shares of the (wall-clock) stage times, so a loaded machine scales them all alike.
    stages: {
      strip: timings.strip / total,
      parse: timings.parse / total,
      prepare: timings.prepare / total,
      readability: timings.readability / total,
      metadata: timings.metadata / total,
      text: Math.max(0, total - body) / total,
    },
    chromeLeaks: set.pages.some((p) => p.chrome) ? leaks : null,
  };
}

export function heavySet(perLang: number, seed: number): PageSet {
  return { name: `heavy pages (5 languages, 100-200 KB)`, pages: heavyPages(perLang, seed) };
}
