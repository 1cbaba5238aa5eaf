/**
 * The real-news corpus (test/realnews, see its README): its shape, the split fixed by the URL, and
 * the quality gate on dev/ (floors in scripts/eval-floors-realnews.json). The holdout is loaded
 * only to check its shape and size: its scores are never asserted, read or printed here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../types.js';
import { checkReport, defaultFloorsFile, evaluate, evaluateCases, type EvalReport } from '../scripts/eval.js';
import { loadEvalSet, MAX_EXCERPT_CHARS, splitOf, TELEGRAM_POST_RE } from '../scripts/_eval-labels.js';
import { composition, isHardNegative } from '../scripts/_eval-composition.js';
import { METRICS, loadFloors, type MetricName } from '../scripts/_eval-metrics.js';
import { labelAsDocument } from '../scripts/_eval-echo.js';

const DEV = fileURLToPath(new URL('./realnews/dev', import.meta.url));
const HOLDOUT = fileURLToPath(new URL('./realnews/holdout', import.meta.url));
const FLOORS_FILE = fileURLToPath(new URL('../scripts/eval-floors-realnews.json', import.meta.url));

const dev = loadEvalSet(DEV);
const holdout = loadEvalSet(HOLDOUT);
const all = [...dev, ...holdout];

describe('the real-news corpus', () => {
  it('has at least 400 items, 80 in each of uk, ru, pl, bg and 40 in en', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['uk', 'ru', 'pl', 'bg'] as const) expect(all.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(80);
    expect(all.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(40);
  });

  it('is at least 30 percent hard negatives', () => {
    expect(all.filter(isHardNegative).length / all.length).toBeGreaterThanOrEqual(0.3);
  });

  it.each(LANGS.map((l) => [l]))('%s has damage incidents and partnerships to measure', (lang) => {
    const c = composition(all.filter((x) => x.lang === lang))[lang]!;
    expect(c.incidents).toBeGreaterThanOrEqual(lang === 'en' ? 8 : 15);
    expect(c.partnerships).toBeGreaterThanOrEqual(lang === 'en' ? 8 : 15);
  });

  it('keeps a holdout of at least 120 items', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(120);
  });

  it('places every item by its URL, one item per URL, excerpts of at most 2,000 characters', () => {
    // The loader already refuses a misplaced item; this restates the rule on the loaded cases.
    for (const c of dev) expect(splitOf(c.label.url!), c.file).toBe('dev');
    for (const c of holdout) expect(splitOf(c.label.url!)).toBe('holdout');
    const urls = all.map((c) => c.label.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const c of all) expect(c.text.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
  });

  it('gives every institution a kind and mentions copied from its text', () => {
    for (const c of all) {
      for (const i of c.institutions) {
        expect(i.kind, `${c.file} ${i.name}`).not.toBeNull();
        expect(i.mentions.length).toBeGreaterThan(0);
        for (const m of i.mentions) expect(c.text.includes(m)).toBe(true);
      }
    }
  });
});

describe('Telegram posts in the real-news corpus', () => {
  const posts = all.filter((c) => c.label.copiedFrom !== undefined);

  it('has real posts in uk and ru, each at its t.me/<channel>/<id> URL with the mirror page it was copied from', () => {
    for (const lang of ['uk', 'ru'] as const) expect(posts.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(2);
    for (const c of posts) {
      expect(c.label.url, c.file).toMatch(TELEGRAM_POST_RE);
      // The mirror page's path names the same channel and post id as the publication URL.
      const [, channel, id] = /^https:\/\/t\.me\/([^/]+)\/(\d+)$/.exec(c.label.url!)!;
      const mirrorPath = new URL(c.label.copiedFrom!).pathname;
      expect(mirrorPath, c.file).toContain(channel!);
      expect(mirrorPath.endsWith(`/${id}`), `${c.file}: ${mirrorPath} should end with /${id}`).toBe(true);
      expect(new URL(c.label.copiedFrom!).hostname, c.file).not.toBe('t.me');
    }
  });

  it('refuses a label with copiedFrom whose url is not a t.me post', () => {
    const root = mkdtempSync(join(tmpdir(), 'eduwatch-realnews-'));
    try {
      const dir = join(root, 'realnews', 'dev');
      mkdirSync(join(dir, 'ru'), { recursive: true });
      let url = '';
      for (let i = 0; splitOf(url) !== 'dev' || url === ''; i++) url = `https://news.example.org/post/${i}`;
      writeFileSync(join(dir, 'ru', '001-post.txt'), 'Школу закрыли на карантин.');
      writeFileSync(join(dir, 'ru', '001-post.json'), JSON.stringify({
        url, copiedFrom: 'https://mirror.example.org/channel/12', lang: 'ru', title: null, published: null, pageDate: null,
        institutions: [], events: [], labeller: 'T',
      }));
      expect(() => loadEvalSet(dir)).toThrow(/copiedFrom is a Telegram post; give its publication URL https:\/\/t\.me/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the scorer on real-news labels', () => {
  it('gives 1 on every measured metric, extents included, to the labels read as an extraction', () => {
    const byText = new Map(dev.map((c) => [c.text, c]));
    const report = evaluateCases(dev, DEV, (input) => {
      const c = byText.get(input.text);
      if (c) return labelAsDocument(c.label, c.text);
      // The headline alone: the label's language.
      const titled = dev.find((x) => x.label.title === input.text)!;
      return { ...labelAsDocument(titled.label, input.text), institutions: [], events: [] };
    }, null);
    for (const metric of METRICS) {
      const v = report.overall.metrics[metric];
      if (v !== null) expect(v, metric).toBe(1);
    }
    expect(report.overall.details.extent.total).toBeGreaterThan(100);
  });
});

describe('quality gate on real news (scripts/eval-floors-realnews.json, test/realnews/dev)', () => {
  const floors = loadFloors(FLOORS_FILE);
  let report: EvalReport;
  beforeAll(() => {
    report = evaluate(DEV);
  });
  const pinned: [string, MetricName][] = [];
  for (const metric of METRICS) if (floors[metric] !== undefined) pinned.push(['overall', metric]);
  for (const lang of LANGS) for (const metric of METRICS) if (floors.perLang?.[lang]?.[metric] !== undefined) pinned.push([lang, metric]);

  it('pins floors', () => {
    expect(pinned.length).toBeGreaterThan(5);
  });

  it('`npm run eval -- --dir test/realnews/dev` checks these floors, other sets the written set\'s', () => {
    expect(defaultFloorsFile(DEV)).toBe(FLOORS_FILE);
    expect(defaultFloorsFile(`${DEV}/`)).toBe(FLOORS_FILE);
    expect(defaultFloorsFile()).toMatch(/scripts[\\/]eval-floors\.json$/);
    expect(defaultFloorsFile(fileURLToPath(new URL('./eval-set', import.meta.url)))).toMatch(/scripts[\\/]eval-floors\.json$/);
  });

  it.each(pinned)('%s %s at or above its floor', (scope, metric) => {
    const check = checkReport(report, FLOORS_FILE).find((c) => c.scope === scope && c.metric === metric);
    expect(check, `no check for ${scope} ${metric}`).toBeDefined();
    expect(check!.ok, `${scope} ${metric} = ${check!.value} is below its floor ${check!.floor}; run npm run eval -- --dir test/realnews/dev --verbose`).toBe(true);
  });
});
