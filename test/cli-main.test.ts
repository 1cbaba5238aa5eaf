/**
 * The `eduwatch` executable: help for every command, exit codes for usage errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAIN_JS, requireBuild, runInProcess, runSpawned } from './fixtures/cli/run.js';

const COMMANDS = ['crawl', 'schedule', 'status', 'digest', 'query', 'search', 'evidence', 'export', 'extract', 'reextract', 'sources'];

beforeAll(() => requireBuild());

describe('eduwatch executable', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(MAIN_JS, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--help lists every command', async () => {
    const r = await runSpawned(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^\\s+${c}\\s+\\S`, 'm'));
  });

  it.each([
    [['crawl', '--help'], ['--max-articles', '--due', '--source', 'Examples:']],
    [['query', 'events', '--help'], ['--type', '--institution', '--min-confidence', '--format', 'Examples:']],
    [['search', '--help'], ['TEXT', '--lang', 'Examples:']],
    [['evidence', '--help'], ['EVENT_ID', '--raw', 'Examples:']],
    [['export', '--help'], ['--what', '--out', 'Examples:']],
    [['status', '--help'], ['--json', 'Examples:']],
    [['digest', '--help'], ['--since', 'last-run', '--format', 'md|html|json', 'Examples:']],
    [['query', 'events', '--help'], ['--new-since', 'last-run|DATE|DATETIME']],
    [['schedule', '--help'], ['--no-catch-up', 'Examples:']],
    [['reextract', '--help'], ['--all', 'Examples:']],
  ])('%j shows its options and examples', async (args, expected) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(0);
    for (const e of expected) expect(r.stdout).toContain(e);
  });

  it('the --help listing (which loads no command module) gives each command its own summary line', async () => {
    const { COMMAND_SUMMARIES, main } = await import('../cli/app.js');
    const subs = main.subCommands as Record<string, () => Promise<{ meta?: unknown }>>;
    expect(Object.keys(COMMAND_SUMMARIES)).toEqual(Object.keys(subs));
    for (const [name, load] of Object.entries(subs)) {
      const meta = (await load()).meta as { description?: string };
      expect(COMMAND_SUMMARIES[name], name).toBe((meta.description ?? '').split('\n')[0]);
    }
  });

  it('an unknown command exits 2 with a hint', async () => {
    const r = await runSpawned(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(r.stderr).toMatch(/commands: crawl, schedule/);
  });

  it('--version prints the version', async () => {
    const r = await runInProcess(['--version']);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('a bad option value exits 2 without a stack trace', async () => {
    const r = await runInProcess(['query', 'events', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
