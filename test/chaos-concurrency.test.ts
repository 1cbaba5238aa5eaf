/**
 * Concurrency on one store: while a crawl writes, queries, status, export and search read without
 * a single BUSY; a second crawl refuses with a message naming the first, a third waits (--wait) and
 * then finds nothing left to fetch; no article is ever fetched twice and the site never sees two
 * requests in flight at once (politeness across processes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliSite, writeSources, type CliSite } from './fixtures/cli/site.js';
import { manyArticles } from './fixtures/cli/many-articles.js';
import { MAIN_JS, requireBuild, runInProcess, runSpawned, spawnNode, waitFor } from './fixtures/cli/run.js';

const ARTICLE_COUNT = 40;

let dir: string;
let site: CliSite;
let inflight = 0;
let maxInflight = 0;
beforeAll(async () => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-concurrency-'));
  site = await startCliSite({ articles: manyArticles(ARTICLE_COUNT), delayMs: 120 });
  // Count requests in flight at the site, from arrival to the end of the response.
  const routes = site.server.routes;
  for (const [path, route] of Object.entries(routes)) {
    if (typeof route === 'function') continue;
    routes[path] = async (_req, res) => {
      maxInflight = Math.max(maxInflight, ++inflight);
      res.once('close', () => inflight--);
      if (route.delayMs) await new Promise((r) => setTimeout(r, route.delayMs));
      res.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body ?? '');
    };
  }
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const documents = (db: string) => {
  try {
    const c = new Database(db, { readonly: true });
    try {
      return c.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      c.close();
    }
  } catch {
    return 0;
  }
};

describe('one store, several processes', () => {
  it('readers never see BUSY; a second crawl refuses, a third waits; nothing is fetched twice', { timeout: 600_000 }, async ({ task }) => {
    const sources = writeSources(dir, site.server.url, { concurrency: 1 });
    const db = join(dir, 'store.db');
    const first = spawnNode(MAIN_JS, ['crawl', '--sources', sources, '--db', db, '--json']);
    await waitFor(() => documents(db) >= 2, 120_000, 'the first crawl to store two documents');

    const second = await runSpawned(['crawl', '--sources', sources, '--db', db, '--json']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/another crawl \(pid \d+ on .*sources fixture-news\) is writing to .*; wait for it to finish, or pass --wait SECONDS/);
    const third = spawnNode(MAIN_JS, ['crawl', '--sources', sources, '--db', db, '--json', '--wait', '600']);

    // Readers while the first crawl writes (and the third waits).
    const reads: { args: string[]; code: number; stderr: string }[] = [];
    let firstDone = false;
    void first.exited.then(() => (firstDone = true));
    const exportFile = join(dir, 'export.jsonl');
    while (!firstDone) {
      for (const args of [
        ['query', 'documents', '--db', db, '--json'],
        ['query', 'events', '--db', db, '--format', 'csv'],
        ['status', '--db', db, '--json'],
        ['search', 'школа', '--db', db, '--json'],
        ['export', '--what', 'documents', '--format', 'jsonl', '--db', db, '--out', exportFile],
      ]) {
        const r = await runInProcess(args);
        reads.push({ args, code: r.code, stderr: r.stderr });
      }
    }
    expect(await first.exited).toBe(0);
    expect(await third.exited, third.stderr().slice(-1000)).toBe(0);
    const thirdSummary = JSON.parse(third.stdout());
    expect(thirdSummary.totals).toMatchObject({ fetched: 0, new: 0, skipped: ARTICLE_COUNT });

    const failed = reads.filter((r) => r.code !== 0 || /BUSY|locked/i.test(r.stderr));
    expect(failed).toEqual([]);
    expect(reads.length).toBeGreaterThan(0);
    expect(documents(db)).toBe(ARTICLE_COUNT);
    // Never the same article twice, never two requests at once at the site.
    const perPath = new Map<string, number>();
    for (const r of site.server.requests) if (r.path.startsWith('/news/')) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
    expect([...perPath.values()].every((n) => n === 1)).toBe(true);
    expect(perPath.size).toBe(ARTICLE_COUNT);
    expect(maxInflight).toBe(1);
    const figures = [`concurrency: ${reads.length} reads during the crawl, 0 failed; a second crawl refused, a third waited; ${perPath.size} articles each fetched once; at most ${maxInflight} request in flight`];
    process.stdout.write(figures.join('\n') + '\n');
    task.meta.chaos = { faults: 2, survived: 2, lost: ARTICLE_COUNT - documents(db), figures };
  });
});
