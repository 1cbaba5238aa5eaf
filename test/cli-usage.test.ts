/**
 * The CLI as a new user meets it: typos are usage errors with a "did you mean", every error is one
 * line (stack traces only with --verbose), no colour codes into pipes, dates are checked against
 * the calendar and enum options against their values, binary input is refused, terminal escapes
 * in stored text never reach the terminal, the summary is whole in a file, and `| head` ends
 * quietly.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, storePage, upsertSources } from '../store/index.js';
import { summaryTable } from '../cli/index.js';
import { extracted, page, source } from './fixtures/store/builders.js';
import { ingestRange } from './fixtures/store/ingest-loop.js';
import { MAIN_JS, requireBuild, runInProcess, runSpawned, spawnNode } from './fixtures/cli/run.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let dir: string;
let store: string;
const ESC_TITLE = 'Школа\u001b]0;pwned\u0007 №1\u001b[2J';
const ESC_TEXT = `Харківський ліцей № 5 пошкоджено внаслідок обстрілу.\u001b]0;owned\u0007\u001b[31m Учні не постраждали.\u009b2J`;

beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-usage-'));
  store = join(dir, 'store.db');
  const db = openStore(store);
  upsertSources(db, [source('esc', 'UA', ['uk'])]);
  const doc = extracted({
    lang: 'uk',
    title: ESC_TITLE,
    text: ESC_TEXT,
    institutions: [{ name: 'Харківський ліцей № 5', kind: 'lyceum', forms: ['Харківський ліцей № 5'] }],
    events: [{ type: 'damage', institution: 'Харківський ліцей № 5', quote: 'Харківський ліцей № 5 пошкоджено внаслідок обстрілу.' }],
  });
  storePage(db, null, page({ sourceId: 'esc', requestedUrl: 'https://esc.example/a/1' }), () => doc);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unknown commands and options', () => {
  it.each([
    [['crawl', '--bogus'], /unknown option --bogus for `eduwatch crawl`; its options: --sources, --db/],
    [['query', 'events', '--frmat', 'csv'], /unknown option --frmat for `eduwatch query events`; did you mean --format\?/],
    [['crwl'], /unknown command "crwl" for `eduwatch`; did you mean `eduwatch crawl`\?/],
    [['query', 'evnts'], /did you mean `eduwatch query events`\?/],
    [['sources', 'valdate'], /did you mean `eduwatch sources validate`\?/],
    // Found by the fuzzer: names of Object.prototype are not commands.
    [['valueOf'], /unknown command "valueOf" for `eduwatch`/],
    [['query', 'constructor'], /unknown command "constructor" for `eduwatch query`/],
    [['status', 'now'], /`eduwatch status` takes no arguments, got "now"/],
    [['search', '--db'], /--db needs a value/],
    [['status', '--json=maybe'], /--json is a switch/],
    [['evidence', '1', '2'], /too many arguments for `eduwatch evidence`/],
    [['digest', '--sinse', 'last-run'], /unknown option --sinse for `eduwatch digest`; did you mean --since\?/],
    [['digest', 'today'], /`eduwatch digest` takes no arguments, got "today"/],
    [['query', 'events', '--new-since', 'yesterdayy'], /--new-since "yesterdayy": not a moment eduwatch reads; give last-run .*e\.g\. --new-since 2024-05-27/],
    [['export', '--what', 'events', '--format', 'csv', '--new-since', 'last-run'], /unknown option --new-since for `eduwatch export`/],
  ])('%j exits 2 with one line', async (args, message) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('known options still work, also as --name=value and --no-switch', async () => {
    const r = await runInProcess(['query', 'documents', `--db=${store}`, '--format=json', '--no-json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
});

describe('values are checked', () => {
  it.each([
    [['query', 'events', '--db', 'x.db', '--since', '2025-02-30'], /--since 2025-02-30: 2025-02 has no day 30/],
    [['query', 'events', '--db', 'x.db', '--until', '2024-13-01'], /there is no month 13/],
    [['query', 'institutions', '--db', 'x.db', '--kind', 'shcool'], /--kind shcool: not an institution kind; did you mean --kind school\?/],
    [['query', 'events', '--db', 'x.db', '--lang', 'de'], /--lang de: not one of the languages eduwatch reads/],
    [['query', 'events', '--db', 'x.db', '--type', 'damge'], /did you mean --type damage\?/],
    [['query', 'events', '--db', 'x.db', '--country', 'Ukraine'], /two-letter country code/],
    [['crawl', '--wait', 'soon'], /--wait soon: give a whole number/],
  ])('%j exits 2', async (args, message) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('2024-02-29 is a date (leap year)', async () => {
    const r = await runInProcess(['query', 'events', '--db', store, '--since', '2024-02-29']);
    expect(r.code).toBe(0);
  });
});

describe('errors are one line; --verbose shows the stack', () => {
  it('--db pointing at a folder', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const sources = join(dir, 'one.yaml');
    writeFileSync(sources, `sources:\n  - id: one\n    name: One\n    country: UA\n    languages: [uk]\n    kind: news\n    home: http://127.0.0.1:9/\n    verified: { by: tests, on: '2024-01-01', note: 'a fixture source for the usage tests' }\n    discover: { urls: ['http://127.0.0.1:9/a'] }\n`);
    for (const args of [['status', '--db', folder], ['crawl', '--db', folder, '--sources', sources], ['query', 'events', '--db', folder]]) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/is a folder, not an evidence store: pass --db with a file/);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    // The built executable prints the same one line; --verbose adds the stack.
    const r = await runSpawned(['status', '--db', folder]);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/is a folder, not an evidence store/)]);
    const verbose = await runInProcess(['status', '--db', folder, '--verbose']);
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });
});

describe('output for pipes and files', () => {
  it('--help into a pipe has no colour codes, even where colours are allowed', async () => {
    const env = { NO_COLOR: undefined, TEST: undefined, CI: undefined, VITEST: undefined, FORCE_COLOR: undefined } as unknown as NodeJS.ProcessEnv;
    for (const args of [['query', 'events', '--help']]) {
      const r = await runSpawned(args, { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/USAGE|Usage/);
      expect(r.stdout).not.toMatch(/\u001b\[/);
    }
  });

  it('the crawl summary keeps the whole last problem outside a terminal', () => {
    const error = `http://example.org/feed.xml: ${'a very long reason that keeps going '.repeat(5)}END`;
    const result = { runId: 1, status: 'failed' as const, sources: [{ source: 's', status: 'failed' as const, discovered: 0, fetched: 0, new: 0, duplicates: 0, noArticle: 0, failed: 1, skipped: 0, error }] };
    expect(summaryTable(result, false)).toContain('END');
    expect(summaryTable(result, true)).not.toContain('END');
  });

  it('stored terminal escapes never reach the terminal (tables, search, evidence); JSON escapes C1', async () => {
    for (const args of [['query', 'documents', '--db', store], ['search', 'ліцей', '--db', store], ['evidence', '1', '--db', store], ['query', 'events', '--db', store]]) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const json = await runInProcess(['query', 'documents', '--db', store, '--json']);
    expect(json.stdout).not.toMatch(/[\u007f-\u009f]/);
    expect(JSON.parse(json.stdout)[0].title).toBe(ESC_TITLE);
  });

  it('`| head`: a reader that goes away early ends the command quietly (EPIPE)', async () => {
    const big = join(dir, 'big.db');
    ingestRange(big, 1, 12); // ~35 KB of text each: more than a pipe holds
    const run = spawnNode(MAIN_JS, ['export', '--what', 'documents', '--format', 'jsonl', '--db', big]);
    await new Promise<void>((resolve) => run.child.stdout!.once('data', () => resolve()));
    run.child.stdout!.destroy();
    const code = await run.exited;
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
  });
});

describe('status', () => {
  it('closes a run whose process died (kill -9) instead of showing it running for ever', async () => {
    const file = join(dir, 'dead-run.db');
    const db = openStore(file);
    upsertSources(db, [source('dead', 'UA', ['uk'])]);
    const at = new Date().toISOString();
    db.prepare(`INSERT INTO runs (id, started_at, status, pid, host, heartbeat_at) VALUES (7, ?, 'running', ?, ?, ?)`).run(at, 2 ** 22 + 4321, hostname(), at);
    db.prepare(`INSERT INTO run_sources (run_id, source_id, started_at, status) VALUES (7, 'dead', ?, 'running')`).run(at);
    db.close();
    const r = await runInProcess(['status', '--db', file, '--json']);
    const status = JSON.parse(r.stdout);
    expect(status.sources[0].lastRun).toMatchObject({ runId: 7, status: 'interrupted' });
    expect(status.sources[0].warnings).toContainEqual(expect.stringMatching(/run \(#7\) was interrupted/));
  });
});

describe('extract', () => {
  it('a binary file is a usage error saying what it is', async () => {
    const png = join(dir, 'photo.html');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 3)]));
    const r = await runInProcess(['extract', png]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/photo\.html: not a text document: the body is a PNG image/);
    expect(r.stdout).toBe('');
  });

  it('a text in another language says undetermined, not an internal code', async () => {
    const es = join(dir, 'es.txt');
    writeFileSync(es, 'El Ministerio de Educación anunció hoy que las escuelas públicas de la región recibirán nuevos libros de texto para el próximo curso escolar, según informó el portavoz.');
    const r = await runInProcess(['extract', es]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/language: undetermined \(the text is in none of uk, ru, pl, bg, en\)/);
    expect(r.stdout).not.toMatch(/\((spa|src|[a-z]{3})\)/);
  });
});

describe('sources test says why discovery found nothing', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({ '/robots.txt': { status: 404 } });
  });
  afterAll(() => server.close());

  const write = (name: string, home: string, feed: string) => {
    const file = join(dir, name);
    writeFileSync(
      file,
      `sources:\n  - id: broken\n    name: Broken\n    country: UA\n    languages: [uk]\n    kind: news\n    home: ${home}\n` +
        `    verified: { by: tests, on: '2024-01-01', note: 'a fixture source that is broken on purpose' }\n` +
        `    discover: { feeds: ['${feed}'] }\n    politeness: { retries: 0, delay: 0 }\n    allowPrivateNetwork: true\n`,
    );
    return file;
  };

  it.each([
    ['a 404 feed', () => write('404.yaml', `${server.url}/`, `${server.url}/feed.xml`), /discovery found no article URLs: feed http:\/\/127\.0\.0\.1:\d+\/feed\.xml: HTTP 404/],
    ['connection refused', () => write('refused.yaml', 'http://127.0.0.1:9/', 'http://127.0.0.1:9/feed.xml'), /discovery found no article URLs: .*(ECONNREFUSED|connect)/],
  ])('%s', async (_what, file, message) => {
    const r = await runInProcess(['sources', 'test', 'broken', '--sources', file()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toMatch(/problem: /);
  });
});
