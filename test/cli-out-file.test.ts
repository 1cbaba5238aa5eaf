/** cli/_out-file.ts: output through FILE.tmp + rename; nothing half-written, an old FILE kept on failure. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { streamOutput } from '../cli/_out-file.js';
import { CLIError } from '../cli/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'eduwatch-outfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('streamOutput', () => {
  it('writes every chunk to FILE, says the line once it is in place, leaves no .tmp', async () => {
    const file = join(dir, 'ok.txt');
    const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await streamOutput(file, async (write) => {
        await write('a,b\r\n');
        await write(Buffer.from('1,2\r\n'));
        await write('');
        return 'exported 1 rows';
      });
      expect(said.mock.calls.map((c) => String(c[0]))).toEqual(['exported 1 rows\n']);
    } finally {
      said.mockRestore();
    }
    expect(readFileSync(file, 'utf8')).toBe('a,b\r\n1,2\r\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a body that fails half-way leaves the old FILE as it was and no .tmp; one CLIError with the reason', async () => {
    const file = join(dir, 'keep.csv');
    writeFileSync(file, 'old contents\n');
    const run = streamOutput(file, async (write) => {
      await write('new half');
      throw new Error('disk on fire');
    });
    await expect(run).rejects.toBeInstanceOf(CLIError);
    await expect(run).rejects.toThrow(`export failed (nothing written to ${file}): disk on fire`);
    expect(readFileSync(file, 'utf8')).toBe('old contents\n');
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('a file that cannot be opened is a CLIError in the caller\'s words, and nothing is left', async () => {
    const file = join(dir, 'no-such-dir', 'x.bin');
    const run = streamOutput(file, async (write) => {
      await write(Buffer.alloc(10));
      return '';
    }, { failure: (reason) => `cannot write ${file}: ${reason}` });
    await expect(run).rejects.toThrow(new RegExp(`^cannot write ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT`));
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('a CLIError from the body passes through unchanged', async () => {
    const file = join(dir, 'usage.csv');
    const run = streamOutput(file, async () => {
      throw new CLIError('--limit "x": give a whole number');
    });
    await expect(run).rejects.toThrow(/^--limit "x": give a whole number$/);
    expect(existsSync(file)).toBe(false);
  });
});
