/**
 * Crash safety: a 150-article crawl killed with kill -9 at random moments (from process start to
 * mid-write, chosen by the run's progress so that the count of kills does not depend on speed) at
 * least KILLS times, then run to the end, then once more. The store is intact
 * (integrity_check, foreign keys), every article is stored exactly once (one document, one stored
 * fetch, one set of tags), nothing is fetched again by the last crawl, and no run is left running.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliSite, writeSources, type CliSite } from './fixtures/cli/site.js';
import { manyArticles } from './fixtures/cli/many-articles.js';
import { MAIN_JS, requireBuild, runSpawned, spawnNode } from './fixtures/cli/run.js';

const ARTICLE_COUNT = 150;
const KILLS = 20;

let dir: string;
let site: CliSite;
beforeAll(async () => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-kill-'));
  site = await startCliSite({ articles: manyArticles(ARTICLE_COUNT), delayMs: 40 });
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A seeded generator, so a failing run can be replayed (the seed is printed). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('kill -9 at random moments', () => {
  it(`${KILLS} kills during a ${ARTICLE_COUNT}-article crawl, then finish: intact, every article once`, { timeout: 900_000 }, async ({ task }) => {
    const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 100_000);
    const random = rng(seed);
    const sources = writeSources(dir, site.server.url, { concurrency: 2 });
    const db = join(dir, 'store.db');
    let kills = 0;
    let finishedEarly = 0;
    while (kills < KILLS) {
      const run = spawnNode(MAIN_JS, ['crawl', '--sources', sources, '--db', db, '--json']);
      let ended = false;
      void run.exited.then(() => (ended = true));
      // The kill moment is chosen by what the run has done, not by how long it took (a fast machine
      // would otherwise finish the crawl before its kills): a third of the kills land at start-up
      // (before the database exists, during migrations, at the latest when the source starts); the
      // rest after the run has requested 1-3 more articles, a few milliseconds into the answer or
      // the write that follows it.
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const started = () => run.stderr().includes('"event":"source-start"');
      if (random() < 1 / 3) {
        const until = Date.now() + Math.floor(random() * 3000);
        while (!ended && !started() && Date.now() < until) await sleep(5);
      } else {
        while (!ended && !started()) await sleep(5);
        const hits = site.articleHits() + 1 + Math.floor(random() * 3);
        while (!ended && site.articleHits() < hits) await sleep(2);
        await sleep(Math.floor(random() * 80));
      }
      if (ended) {
        finishedEarly++;
        if (finishedEarly > 5) break; // everything is stored: nothing left to interrupt
        continue;
      }
      run.child.kill('SIGKILL');
      expect(await run.exited).toBe(137);
      kills++;
    }
    const beforeFinal = site.articleHits();
    const final = await runSpawned(['crawl', '--sources', sources, '--db', db, '--json']);
    expect(final.code, final.stderr.slice(-1500)).toBe(0);
    const hitsAfterFinal = site.articleHits();
    const again = await runSpawned(['crawl', '--sources', sources, '--db', db, '--json']);
    expect(again.code).toBe(0);
    expect(site.articleHits()).toBe(hitsAfterFinal);
    expect(JSON.parse(again.stdout).totals).toMatchObject({ fetched: 0, new: 0 });

    const c = new Database(db, { readonly: true });
    const n = (sql: string) => c.prepare(sql).pluck().get() as number;
    try {
      expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(c.pragma('foreign_key_check')).toEqual([]);
      expect(n('SELECT count(*) FROM documents')).toBe(ARTICLE_COUNT);
      expect(n(`SELECT count(DISTINCT requested_url) FROM fetches WHERE kind = 'article' AND status = 200`)).toBe(ARTICLE_COUNT);
      // exactly once: one stored 2xx fetch per article URL, one document per text, one sighting each
      expect(n(`SELECT count(*) FROM (SELECT requested_url FROM fetches WHERE kind = 'article' AND status = 200 GROUP BY requested_url HAVING count(*) > 1)`)).toBe(0);
      expect(n('SELECT count(*) FROM (SELECT text_sha256 FROM documents GROUP BY text_sha256 HAVING count(*) > 1)')).toBe(0);
      expect(n('SELECT count(*) FROM sightings')).toBe(ARTICLE_COUNT);
      // no duplicate tags, no orphans
      expect(n('SELECT count(*) FROM (SELECT document_id, start, "end" FROM mentions GROUP BY 1, 2, 3 HAVING count(*) > 1)')).toBe(0);
      expect(n('SELECT count(*) FROM (SELECT document_id, type, start, "end" FROM events GROUP BY 1, 2, 3, 4 HAVING count(*) > 1)')).toBe(0);
      expect(n('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM fetches f WHERE f.id = d.fetch_id)')).toBe(0);
      expect(n('SELECT count(*) FROM fetches f WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = f.source_id)')).toBe(0);
      expect(n('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM tag_state t WHERE t.document_id = d.id)')).toBe(0);
      expect(n('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts x WHERE x.rowid = d.id)')).toBe(0);
      // no run left running: the killed ones were closed by the next crawl
      expect(n(`SELECT count(*) FROM runs WHERE status = 'running'`)).toBe(0);
      const interrupted = n(`SELECT count(*) FROM runs WHERE status = 'interrupted'`);
      expect(interrupted).toBeGreaterThan(0);
      const lost = ARTICLE_COUNT - n('SELECT count(*) FROM documents');
      const refetched = beforeFinal >= 0 ? site.articleHits() - ARTICLE_COUNT : 0;
      const figures = [
        `kill -9 loop: ${kills} kills (seed ${seed}; ${interrupted} killed runs closed as interrupted, the rest died before their run began), ` +
          `${finishedEarly} runs ended before their kill, ${ARTICLE_COUNT} articles, ${refetched} article requests repeated (in flight at a kill), ${lost} lost`,
      ];
      process.stdout.write(figures.join('\n') + '\n');
      task.meta.chaos = { faults: kills, survived: kills, lost, figures };
    } finally {
      c.close();
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS);
  });
});
