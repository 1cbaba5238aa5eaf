import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { ingestRange, loopDocument } from './fixtures/store/ingest-loop.js';

const CHILD = resolve(__dirname, 'fixtures/store/ingest-child.mjs');

/** Start the ingesting child; resolve once it has committed `commits` articles, then kill -9 it a moment later. */
function ingestAndKill(file: string, commits: number, extraMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, file, '1', '100000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += (chunk.toString().match(/committed/g) ?? []).length;
      if (seen >= commits && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done(seen);
      else fail(new Error(`child ended by itself (code ${code}): ${stderr}`));
    });
  });
}

function checkIntact(file: string) {
  const db = openStore(file);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const q = (sql: string) => db.prepare(sql).pluck().get() as number;
  // every fetch came with its whole document: sighting, search row, tags, tag state
  expect(q('SELECT count(*) FROM fetches f WHERE NOT EXISTS (SELECT 1 FROM sightings s WHERE s.fetch_id = f.id)')).toBe(0);
  expect(q('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts x WHERE x.rowid = d.id)')).toBe(0);
  expect(q('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM tag_state t WHERE t.document_id = d.id)')).toBe(0);
  expect(q('SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM events e WHERE e.document_id = d.id) <> 1')).toBe(0);
  const mentions = loopDocument(1).institutions.reduce((n, i) => n + i.mentions.length, 0);
  expect(q(`SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) <> ${mentions}`)).toBe(0);
  const docs = q('SELECT count(*) FROM documents');
  expect(q('SELECT count(DISTINCT requested_url) FROM fetches')).toBe(docs);
  db.close();
  return docs;
}

describe('kill -9 while ingesting', () => {
  it('leaves an intact store with no half-written document, and a resumed run adds no duplicates', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eduwatch-crash-'));
    try {
      const file = join(dir, 'crash.db');
      let committed = 0;
      for (const [commits, extra] of [[3, 0], [2, 7], [2, 23]] as const) {
        committed = await ingestAndKill(file, committed + commits, extra);
        const docs = checkIntact(file);
        expect(docs).toBeGreaterThanOrEqual(committed);
        committed = docs;
      }
      // resume: finish articles 1..(committed + 5); nothing stored twice
      const added = ingestRange(file, 1, committed + 5);
      expect(added).toBe(5);
      expect(checkIntact(file)).toBe(committed + 5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
