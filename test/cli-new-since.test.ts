/**
 * `query events --new-since` and `query documents --new-since` (issue 11, part 3): what eduwatch
 * first fetched at or after a moment, on a store written by two runs (test/fixtures/store/two-runs.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './fixtures/cli/run.js';
import { twoRunStore, RUN2_START } from './fixtures/store/two-runs.js';
import { openStore } from '../store/index.js';
import { parseMoment } from '../store/queries/moments.js';

let dir: string;
let db: string;
let empty: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-new-since-'));
  db = join(dir, 'store.db');
  twoRunStore({ file: db }).close();
  empty = join(dir, 'empty.db');
  openStore(empty).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (args: string[]) => {
  const r = await runInProcess(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const urls = (rows: { documentUrl?: string; url?: string }[]) => rows.map((r) => r.documentUrl ?? r.url).sort();
const RUN2_URLS = ['https://en-news.example/kharkiv', 'https://pl-news.example/ibe', 'https://ua-official.example/kyiv'];

describe('query events --new-since', () => {
  it('last-run: the events whose reports the latest run fetched, whatever their event date', async () => {
    const rows = await json(['query', 'events', '--db', db, '--new-since', 'last-run', '--json']);
    expect(urls(rows)).toEqual(RUN2_URLS);
    // The English Kharkiv report is dated 25 May, before run 2: the fetch decides, not the date.
    expect(rows.find((r: { documentUrl: string }) => r.documentUrl.includes('en-news')).date).toBe('2024-05-25');
    for (const r of rows) expect(r.firstSeen >= RUN2_START).toBe(true);
    const all = await json(['query', 'events', '--db', db, '--json']);
    expect(all).toHaveLength(5);
    expect(all.every((r: { firstSeen: string }) => /^2024-05-2[57]T/.test(r.firstSeen))).toBe(true);
  });

  it('a date, a date-time in UTC and one with a zone', async () => {
    expect(urls(await json(['query', 'events', '--db', db, '--new-since', '2024-05-26', '--json']))).toEqual(RUN2_URLS);
    expect(await json(['query', 'events', '--db', db, '--new-since', '2024-05-28', '--json'])).toEqual([]);
    expect(await json(['query', 'events', '--db', db, '--new-since', '2024-05-25', '--json'])).toHaveLength(5);
    // 10:02 UTC: only the Polish report (fetched 10:03) and the Kyiv one (10:02:00) remain.
    expect(urls(await json(['query', 'events', '--db', db, '--new-since', '2024-05-27T10:02', '--json']))).toEqual([
      'https://pl-news.example/ibe',
      'https://ua-official.example/kyiv',
    ]);
    // 13:02:30 in Kyiv (+03:00) is 10:02:30 UTC.
    expect(urls(await json(['query', 'events', '--db', db, '--new-since', '2024-05-27T13:02:30+03:00', '--json']))).toEqual(['https://pl-news.example/ibe']);
  });

  it('works with the other filters and in csv', async () => {
    const rows = await json(['query', 'events', '--db', db, '--new-since', 'last-run', '--type', 'damage', '--location', 'Kharkiv', '--json']);
    expect(urls(rows)).toEqual(['https://en-news.example/kharkiv']);
    expect(await json(['query', 'events', '--db', db, '--new-since', 'last-run', '--lang', 'uk', '--type', 'partnership', '--json'])).toEqual([]);
    const inst = await json(['query', 'events', '--db', db, '--new-since', 'last-run', '--institution', 'Instytut Badań Edukacyjnych', '--json']);
    expect(urls(inst)).toEqual(['https://pl-news.example/ibe']);
    const csv = await runInProcess(['query', 'events', '--db', db, '--new-since', 'last-run', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[0].split(',').at(-1)).toBe('firstSeen');
  });

  it('query documents --new-since lists documents with or without events', async () => {
    const rows = await json(['query', 'documents', '--db', db, '--new-since', 'last-run', '--json']);
    expect(rows.map((r: { url: string }) => r.url).sort()).toEqual(RUN2_URLS);
    expect(await json(['query', 'documents', '--db', db, '--new-since', '2024-05-25', '--json'])).toHaveLength(5);
  });

  it.each([
    ['yesterdayy', /--new-since "yesterdayy": not a moment eduwatch reads; give last-run/],
    ['2024-02-30', /--new-since "2024-02-30": no such day/],
    ['2024-05-27T25:00', /no such day or time/],
    ['', /--new-since: give last-run/],
  ])('--new-since %j is a one-line usage error', async (value, message) => {
    const r = await runInProcess(['query', 'events', '--db', db, '--new-since', value]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('last-run on a store with no runs says so', async () => {
    const r = await runInProcess(['query', 'events', '--db', empty, '--new-since', 'last-run']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--new-since last-run: .* has no crawl runs yet; run `eduwatch crawl` first/);
  });
});

describe('parseMoment', () => {
  it('reads dates as UTC days and date-times as UTC unless zoned', () => {
    expect(parseMoment('2024-05-27', 'x')).toEqual({ kind: 'instant', iso: '2024-05-27T00:00:00.000Z' });
    expect(parseMoment('2024-05-27 10:00', 'x')).toEqual({ kind: 'instant', iso: '2024-05-27T10:00:00.000Z' });
    expect(parseMoment('2024-05-27T10:00:05.5Z', 'x')).toEqual({ kind: 'instant', iso: '2024-05-27T10:00:05.500Z' });
    expect(parseMoment('2024-05-27T10:00-0500', 'x')).toEqual({ kind: 'instant', iso: '2024-05-27T15:00:00.000Z' });
    expect(parseMoment('LAST-RUN', 'x')).toEqual({ kind: 'last-run' });
  });
});
