/**
 * `eduwatch digest` (issue 11, part 3) on a store written by two runs (test/fixtures/store/two-runs.ts):
 * each section, each format, escaping in HTML and Markdown, and bad --since values.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { runInProcess } from './fixtures/cli/run.js';
import { twoRunStore } from './fixtures/store/two-runs.js';
import { openStore } from '../store/index.js';
import { buildDigest, type Digest } from '../store/digest.js';
import { htmlEscape, mdEscape } from '../cli/digest-render.js';

let dir: string;
let db: string;
let hostile: string;
let oneRun: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-digest-'));
  db = join(dir, 'store.db');
  twoRunStore({ file: db }).close();
  oneRun = join(dir, 'one-run.db');
  twoRunStore({ file: oneRun, runs: 1 }).close();
  // The same store with hostile text where a page or a source could put it.
  hostile = join(dir, 'hostile.db');
  twoRunStore({ file: hostile }).close();
  const raw = new Database(hostile);
  raw.exec(`UPDATE sources SET name = '<script>alert("x")</script> | *News*' WHERE id = 'pl-news';
            UPDATE sources SET name = 'Evil' || char(27) || ']0;owned' || char(7) || ' & Co' WHERE id = 'ua-official';
            UPDATE documents SET url = 'javascript:alert(1)' WHERE url = 'https://ua-official.example/kyiv';
            UPDATE incidents SET settlement = 'Київ</td><img src=x onerror=alert(1)>' WHERE handle LIKE 'D20240526-%';`);
  raw.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (args: string[]) => runInProcess(['digest', ...args]);
const digestJson = async (file: string, extra: string[] = []): Promise<Digest> => {
  const r = await run(['--db', file, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Digest;
};

describe('digest sections', () => {
  it('since the latest run: the new Kyiv incident, the Kharkiv incident corroborated, the new Polish agreement, the broken source', async () => {
    const d = await digestJson(db);
    expect(d).toMatchObject({ since: '2024-05-27T10:00:00.000Z', sinceGiven: 'last-run', counts: { documents: 3, events: 3 } });
    expect(d.runs.map((r) => r.id)).toEqual([2]);
    expect(d.newIncidents.map((i) => [i.settlement, i.grade, i.reports, i.newReports])).toEqual([['Київ', 'B2', 1, 1]]);
    expect(d.newIncidents[0].handle).toMatch(/^D20240526-/);
    expect(d.newIncidents[0].documents.map((x) => x.url)).toEqual(['https://ua-official.example/kyiv']);
    expect(d.corroborated).toHaveLength(1);
    const k = d.corroborated[0];
    expect(k).toMatchObject({ type: 'damage', settlement: 'Харків', reports: 2, newReports: 1, corroboration: 'corroborated' });
    expect(k.documents.map((x) => [x.sourceId, x.new])).toEqual([['ua-news', false], ['en-news', true]]);
    expect(d.newPartnerships).toHaveLength(1);
    expect(d.newPartnerships[0]).toMatchObject({ parties: ['Instytut Badań Edukacyjnych', 'Kuratorium Oświaty w Lublinie'], place: 'Lublin', date: '2024-05-26' });
    expect(d.newPartnerships[0].handle).toMatch(/^P20240526-/);
    expect(d.brokenSources.map((s) => s.id)).toEqual(['broken-news']);
    expect(d.brokenSources[0].problems[0]).toBe('latest run failed');
    expect(d.brokenSources[0].problems).toContain('has produced no documents');
    expect(d.brokenSources[0].problems.join(' ')).toContain('HTTP 503');
  });

  it('since before the first run everything is new: no corroboration of older incidents', async () => {
    const d = await digestJson(db, ['--since', '2024-05-01']);
    expect(d.runs.map((r) => r.id)).toEqual([1, 2]);
    expect(d.counts.documents).toBe(5);
    expect(d.newIncidents.map((i) => i.settlement).sort()).toEqual(['Київ', 'Харків']);
    expect(d.corroborated).toEqual([]);
    expect(d.newPartnerships.map((p) => p.date)).toEqual(['2024-05-26', '2024-03-12']);
  });

  it('after the first run of a one-run store: nothing new but the broken source', async () => {
    const d = await digestJson(oneRun, ['--since', '2024-05-26']);
    expect(d).toMatchObject({ runs: [], counts: { documents: 0, events: 0 }, newIncidents: [], corroborated: [], newPartnerships: [] });
    // broken-news ran in run 1 and produced nothing: listed, though its run did not fail; sources
    // recorded but never crawled carry status's warning.
    expect(d.brokenSources.map((s) => [s.id, s.problems])).toEqual([
      ['broken-news', ['has produced no documents']],
      ['en-news', ['never crawled: run `eduwatch crawl --source en-news`']],
      ['pl-news', ['never crawled: run `eduwatch crawl --source pl-news`']],
      ['ua-official', ['never crawled: run `eduwatch crawl --source ua-official`']],
    ]);
  });

  it('buildDigest gives what the command prints', () => {
    const conn = openStore(db, { readonly: true });
    const d = buildDigest(conn, 'last-run', '--since', new Date('2024-06-01T00:00:00Z'));
    conn.close();
    expect(d.generatedAt).toBe('2024-06-01T00:00:00.000Z');
    expect(d.newIncidents).toHaveLength(1);
  });
});

describe('digest formats', () => {
  it('md (the default) has the four sections as tables with linked reports', async () => {
    const r = await run(['--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const md = r.stdout;
    expect(md).toMatch(/^# eduwatch digest: new since 2024-05-27 10:00 UTC \(the latest crawl run\)/);
    for (const h of ['## New incidents (1)', '## Incidents that gained corroboration (1)', '## New partnerships (1)', '## Broken sources (1)']) expect(md).toContain(h);
    expect(md).toContain('| handle | grade | date | institution | settlement | severity | reports |');
    expect(md).toMatch(/\| D20240526-[0-9a-f]{8} \| B2 \| 2024-05-26 \| school \| Київ \| damaged \| \[Ministry\]\(https:\/\/ua-official\.example\/kyiv\) \|/);
    // The corroborated incident names its new and its earlier report apart; a source name's < > are escaped.
    expect(md).toContain('| [English News](https://en-news.example/kharkiv) | [Ukrainian News \\<UA\\>](https://ua-news.example/kharkiv) |');
  });

  it('html is one self-contained page with the same sections', async () => {
    const r = await run(['--db', db, '--format', 'html']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|src=|@import/i);
    for (const h of ['New incidents (1)', 'Incidents that gained corroboration (1)', 'New partnerships (1)', 'Broken sources (1)']) expect(html).toContain(`<h2>${h}</h2>`);
    expect(html).toContain('<a href="https://ua-official.example/kyiv" rel="noopener noreferrer">Ministry</a>');
    expect(html).toContain('Ukrainian News &lt;UA&gt;');
  });

  it('escapes hostile text in html and md, and never links a javascript: URL', async () => {
    const html = (await run(['--db', hostile, '--format', 'html'])).stdout;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Київ&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('Evil]0;owned &amp; Co (javascript:alert(1))');
    expect(html).not.toContain('\u001b');
    const md = (await run(['--db', hostile])).stdout;
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> \\| \\*News\\*');
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    // Every table row keeps its column count: no cell breaks out with a | of its own.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    const lines = md.split('\n');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| handle') && !l.startsWith('| date') && !l.startsWith('| source'));
    expect(rows.length).toBe(4);
    for (const line of rows) {
      const header = lines.slice(0, lines.indexOf(line)).reverse().find((l) => /^\| (handle|date|source) /.test(l))!;
      expect(cells(line), line).toBe(cells(header));
    }
    const json = JSON.parse((await run(['--db', hostile, '--format', 'json'])).stdout) as Digest;
    expect(json.newPartnerships[0].documents[0].sourceName).toBe('<script>alert("x")</script> | *News*');
  });

  it('escape helpers', () => {
    expect(htmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(mdEscape('a|b\n*c* [d](e) <f>')).toBe('a\\|b \\*c\\* \\[d\\](e) \\<f\\>');
  });
});

describe('digest --since and --format errors', () => {
  it.each([
    [['--since', 'yesterdayy'], /--since "yesterdayy": not a moment eduwatch reads; give last-run/],
    [['--since', '2024-13-01'], /--since "2024-13-01": no such day/],
    [['--since', ''], /--since: give last-run/],
    [['--format', 'pdf'], /--format pdf: not a digest format; did you mean --format md\? \(one of md, html, json\)/],
  ])('%j is a one-line usage error', async (args, message) => {
    const r = await run(['--db', db, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('last-run on a store with no runs says what to do', async () => {
    const empty = join(dir, 'empty.db');
    openStore(empty).close();
    const r = await run(['--db', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since last-run: .* has no crawl runs yet; run `eduwatch crawl` first, or give a date/);
  });

  it('a missing store is the usual error', async () => {
    const r = await run(['--db', join(dir, 'nope.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no evidence store at/);
  });
});
