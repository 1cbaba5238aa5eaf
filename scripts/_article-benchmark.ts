/**
 * Body extraction scored the way Scrapinghub's article-extraction-benchmark scores it
 * (https://github.com/scrapinghub/article-extraction-benchmark, its evaluate.py), so a person with
 * a copy of that benchmark can measure eduwatch's page path against the figures it publishes
 * (trafilatura 0.958):
 *
 *   tokens     every run of Unicode letters, digits and `_` (Python's `\w+`)
 *   shingles   every 4 consecutive tokens (a text of fewer than 4 tokens is one shingle)
 *   per page   tp / fp / fn over the shingle multisets, each divided by tp + fp + fn, so a long
 *              page weighs no more than a short one
 *   overall    precision = mean over pages with tp + fp > 0, recall = mean over pages with
 *              tp + fn > 0 (a page whose two texts are both empty counts in neither),
 *              F1 = 2PR / (P + R) of those means
 *
 * The benchmark folder holds `ground-truth.json` ({id: {articleBody, url}}) and `html/<id>.html.gz`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { decodeBody } from '../crawlers/charset.js';
import { extractBody } from '../extractors/body.js';
import type { BodyDom } from '../extractors/body.js';
import { readJsonFile } from './_json-file.js';

const SHINGLE = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

export type Counts = readonly [tp: number, fp: number, fn: number];

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0000');
    if (key === '') continue;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page's normalised tp / fp / fn of `pred` against `truth` (evaluate.py's string_shingle_matching). */
export function shingleCounts(truth: string, pred: string): Counts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** One page's precision and recall (evaluate.py's precision_score / recall_score). */
export const precisionOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
export const recallOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The benchmark's overall precision, recall and F1 of a list of per-page counts. */
export function overall(pages: readonly Counts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

const GroundTruth = z.record(z.string(), z.object({ articleBody: z.string().optional(), url: z.string().optional() }).passthrough());

export interface PageScore {
  id: string;
  url: string;
  counts: Counts;
  /** The text eduwatch extracted ('' when the page gave none). */
  text: string;
}

/** Run eduwatch's body extraction over every page of the benchmark folder `dir` and score it. */
export function scoreBenchmark(dir: string, opts: { dom?: BodyDom } = {}): { pages: PageScore[]; precision: number; recall: number; f1: number } {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) throw new Error(`eval:body: ${truthFile} does not exist: give --benchmark the folder of a copy of scrapinghub/article-extraction-benchmark (it holds ground-truth.json and html/)`);
  const truth = readJsonFile(truthFile, GroundTruth, 'eval:body: the ground truth');
  const pages: PageScore[] = [];
  for (const [id, gold] of Object.entries(truth)) {
    const file = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) throw new Error(`eval:body: ${file} does not exist, though ground-truth.json lists page ${id}: the benchmark copy is incomplete`);
    let bytes: Buffer;
    try {
      bytes = gunzipSync(readFileSync(file));
    } catch (err) {
      throw new Error(`eval:body: ${file} is not a gzip file (${(err as Error).message})`);
    }
    const url = gold.url ?? `https://benchmark.invalid/${id}`;
    const body = extractBody(decodeBody(bytes, null).text, url, { dom: opts.dom });
    const text = body?.text ?? '';
    pages.push({ id, url, counts: shingleCounts(gold.articleBody ?? '', text), text });
  }
  return { pages, ...overall(pages.map((p) => p.counts)) };
}
