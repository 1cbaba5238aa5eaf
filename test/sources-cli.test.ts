import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from 'citty';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sources from '../cli/commands/sources.js';
import { SourcesError } from '../crawlers/load-sources.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'sources');
let out: string[];
let err: string[];
const writes = { out: process.stdout.write, err: process.stderr.write };

beforeEach(() => {
  out = [];
  err = [];
  process.stdout.write = ((c: string) => (out.push(String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => (err.push(String(c)), true)) as typeof process.stderr.write;
});
afterEach(() => {
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
});

describe('eduwatch sources validate', () => {
  it('prints OK with the number of sources for a valid file', async () => {
    const file = join(FIXTURES, 'valid.yaml');
    await runCommand(sources, { rawArgs: ['validate', '--sources', file] });
    expect(out.join('')).toBe(`OK: 2 sources in ${file}\n`);
  });

  it('reads sources.yaml in the working folder by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eduwatch-validate-'));
    writeFileSync(join(dir, 'sources.yaml'), 'sources:\n  - id: a\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const error = await runCommand(sources, { rawArgs: ['validate'] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourcesError);
      expect((error as SourcesError).message).toContain('sources.yaml:2 sources[0] (a) name: missing required field');
    } finally {
      process.chdir(cwd);
    }
  });

  it('fails with exit code 2 and a message listing every problem as FILE:LINE sources[i] (id) field: message', async () => {
    const file = join(FIXTURES, 'broken.yaml');
    const error = await runCommand(sources, { rawArgs: ['validate', '--sources', file] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourcesError);
    const e = error as SourcesError;
    expect(e.exitCode).toBe(2);
    const lines = e.message.split('\n');
    expect(lines[0]).toBe(`${file} has 7 problems; fix them and run \`eduwatch sources validate\` again:`);
    expect(lines.slice(1)).toHaveLength(7);
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+ sources\\[\\d\\] \\([a-z-]+\\) [\\w.[\\]]+: .+`));
    expect(out.join('')).toBe('');
  });
});
