/**
 * `npm run eval:body`: the article-extraction-benchmark's metric (scripts/_article-benchmark.ts,
 * evaluate.py's shingle matching) and the command over a benchmark-shaped folder built here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { overall, scoreBenchmark, shingleCounts } from '../scripts/_article-benchmark.js';

describe('the benchmark metric (evaluate.py)', () => {
  it.each([
    // truth, prediction, normalised [tp, fp, fn]
    ['one two three four five', 'one two three four five', [1, 0, 0]],
    // 2 true shingles, 1 predicted: one found, one missed
    ['one two three four five', 'one two three four', [0.5, 0, 0.5]],
    // punctuation and case are not tokens / kept: 'One' differs from 'one'
    ['one, two; three — four', 'one two three four', [1, 0, 0]],
    ['One two three four', 'one two three four', [0, 0.5, 0.5]],
    // fewer than 4 tokens: the whole text is one shingle
    ['Київ школа', 'Київ школа', [1, 0, 0]],
    // a repeated shingle counts as often as it occurs
    ['a b c d a b c d', 'a b c d', [1 / 5, 0, 4 / 5]],
    ['', '', [0, 0, 0]],
    ['', 'menu home news sport', [0, 1, 0]],
  ] as const)('%j vs %j', (truth, pred, want) => {
    const got = shingleCounts(truth, pred);
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
  });

  it('letters and digits of every script are tokens, other signs separate them (Python \\w+)', () => {
    expect(shingleCounts('школа_№5 2024 Łódź źródło', 'школа_ 5 2024 Łódź źródło')[0]).toBe(1);
  });

  it('averages precision and recall over pages, F1 of the means; a page with both texts empty counts in neither', () => {
    const r = overall([
      [1, 0, 0],
      [0.5, 0, 0.5],
      [0, 0, 0],
    ]);
    expect(r.precision).toBeCloseTo(1, 12);
    expect(r.recall).toBeCloseTo(0.75, 12);
    expect(r.f1).toBeCloseTo((2 * 0.75) / 1.75, 12);
    // a page with no prediction: recall 0, and it has no precision
    const empty = overall([[0, 0, 1]]);
    expect(empty.recall).toBe(0);
    expect(empty.precision).toBe(0);
  });
});

const ARTICLE = [
  'The regional council and the Technical College signed a memorandum on dual training on Tuesday, the college said in a statement.',
  'Under the agreement, students of the mechanical department will spend two days a week at the plant, where engineers will teach them to service the new production lines.',
  'The college director said the first group of forty students would start in September, and that the plant had promised to hire the best graduates.',
  'The council will pay for the buses that take the students to the plant and back, and will review the programme after its first year.',
];

function page(title: string, paragraphs: string[]): string {
  const nav = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>';
  const related = '<aside class="related"><h3>Read also</h3><ul><li><a href="/a">Mayor opens new bridge over the river</a></li><li><a href="/b">Football club wins the regional cup again</a></li></ul></aside>';
  const footer = '<footer><p>© 2024 Regional News. All rights reserved. Contact the editors for permissions and advertising.</p></footer>';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${nav}<main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>${related}</main>${footer}</body></html>`;
}

describe('npm run eval:body over a benchmark folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eduwatch-eval-body-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'html'));
  const truth = {
    p1: { articleBody: ARTICLE.join('\n'), url: 'https://news.example/college-memorandum' },
    p2: { articleBody: ARTICLE.slice(0, 3).join('\n'), url: 'https://news.example/college-memorandum-2' },
  };
  writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify(truth));
  writeFileSync(join(dir, 'html', 'p1.html.gz'), gzipSync(page('College and council sign a memorandum', ARTICLE)));
  writeFileSync(join(dir, 'html', 'p2.html.gz'), gzipSync(page('College memorandum', ARTICLE.slice(0, 3))));

  it('scores the extracted bodies: the article is found, the navigation, related list and footer are not', () => {
    const r = scoreBenchmark(dir);
    expect(r.pages.map((p) => p.id)).toEqual(['p1', 'p2']);
    for (const p of r.pages) {
      expect(p.text).toContain('first group of forty students');
      expect(p.text).not.toMatch(/Football club|All rights reserved|Weather/);
    }
    expect(r.recall).toBeGreaterThan(0.95);
    expect(r.precision).toBeGreaterThan(0.9);
  });

  it('prints the figures and writes the predictions in the benchmark\'s format', () => {
    const out = join(dir, 'eduwatch.json');
    const run = spawnSync(process.execPath, ['dist/scripts/eval-body.js', '--benchmark', dir, '--output', out, '--worst', '1'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^article-extraction-benchmark \(2 pages, dom fast\): precision \d\.\d{3} {2}recall \d\.\d{3} {2}F1 \d\.\d{3}\n/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as Record<string, { articleBody: string }>;
    expect(Object.keys(written).sort()).toEqual(['p1', 'p2']);
    expect(written.p1.articleBody).toContain('dual training');
  });

  it('refuses a folder that is not a benchmark copy, a missing page and a page that is not gzip, in one line, exit 2', () => {
    const bad = (args: string[]) => spawnSync(process.execPath, ['dist/scripts/eval-body.js', ...args], { encoding: 'utf8' });
    let r = bad(['--benchmark', join(dir, 'html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^eval:body: .*ground-truth\.json does not exist: give --benchmark the folder/);
    r = bad([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--benchmark DIR is required/);
    const broken = mkdtempSync(join(tmpdir(), 'eduwatch-eval-body-bad-'));
    try {
      mkdirSync(join(broken, 'html'));
      writeFileSync(join(broken, 'ground-truth.json'), JSON.stringify({ q1: { articleBody: 'x' }, q2: { articleBody: 'y' } }));
      writeFileSync(join(broken, 'html', 'q1.html.gz'), 'not gzip at all');
      r = bad(['--benchmark', broken]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/q1\.html\.gz is not a gzip file/);
      writeFileSync(join(broken, 'html', 'q1.html.gz'), gzipSync('<p>x</p>'));
      r = bad(['--benchmark', broken]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/q2\.html\.gz does not exist, though ground-truth\.json lists page q2/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
