/**
 * `eduwatch sources test ID`: a dry run of one definition against a fixture site on 127.0.0.1.
 * It lists what discovery finds, extracts the first articles, stores nothing, and fails (exit 1)
 * when discovery finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCliSite, writeSources, writeManySources, type CliSite } from './fixtures/cli/site.js';
import { runInProcess } from './fixtures/cli/run.js';

let site: CliSite;
let dir: string;

beforeAll(async () => {
  site = await startCliSite();
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-sources-test-'));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('eduwatch sources test', () => {
  it('lists discovered URLs and what is extracted from the first N articles (JSON)', async () => {
    const file = writeSources(dir, site.server.url);
    // Run from an empty folder, so a default database (data/eduwatch.db) would show there.
    const cwd = process.cwd();
    const empty = mkdtempSync(join(tmpdir(), 'eduwatch-sources-test-cwd-'));
    process.chdir(empty);
    let r: Awaited<ReturnType<typeof runInProcess>>;
    try {
      r = await runInProcess(['sources', 'test', 'fixture-news', '--sources', file, '--limit', '2', '--json']);
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(empty)).toEqual([]);
    rmSync(empty, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source).toBe('fixture-news');
    expect(report.discovered).toHaveLength(site.articles.length);
    expect(report.discovered.every((d: { via: string }) => d.via === 'feed')).toBe(true);
    expect(report.articles).toHaveLength(2);
    const first = site.articles.find((a) => report.articles[0].url.endsWith(`/news/${a.slug}.html`))!;
    expect(report.articles[0]).toMatchObject({ status: 200, error: null, title: first.title, lang: first.lang });
    expect(report.articles[0].textChars).toBeGreaterThan(100);
    // Only the first two articles were fetched: a dry run of `--limit 2`.
    expect(site.articleHits()).toBe(2);
    // Nothing stored: no database appears anywhere the command could have put one.
    expect(readdirSync(dir)).toEqual(['sources.yaml']);
  });

  it('prints a readable report with the tags of a partnership article', async () => {
    const file = writeSources(dir, site.server.url);
    const r = await runInProcess(['sources', 'test', 'fixture-news', '--sources', file, '--limit', '8']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`discovery found ${site.articles.length} article URL(s) (feed: ${site.articles.length})`);
    expect(r.stdout).toMatch(/event: +partnership \(signed, 2024-03-12\): Харківський національний університет/);
  });

  it('exits 1 and says why when discovery finds nothing', async () => {
    const file = writeManySources(dir, [[`${site.server.url}/nothing-here`, { id: 'broken' }]]);
    const r = await runInProcess(['sources', 'test', 'broken', '--sources', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('discovery found no article URLs');
  });

  it('names the defined ids when the id is unknown (exit 2)', async () => {
    const file = writeSources(dir, site.server.url);
    const r = await runInProcess(['sources', 'test', 'no-such-source', '--sources', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no source "no-such-source"');
    expect(r.stderr).toContain('fixture-news');
  });
});
