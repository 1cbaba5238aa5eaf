/**
 * `eduwatch extract FILE... [--url URL] [--json]`, run in-process through the CLI's one entry point:
 * the JSON-lines contract of issue 3, the readable summary, HTML through Readability, and a missing
 * file (a usage error naming the file, exit 2, nothing printed for the other files).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/app.js';

const dir = join(import.meta.dirname, 'fixtures', 'extract');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await runCli(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('eduwatch extract', () => {
  it('--json prints one object per file, in order, with the contract fields', async () => {
    const files = [join(dir, 'pl-partnership.txt'), join(dir, 'uk-appeal.txt'), join(dir, 'uk-lyceum-missile.html')];
    const { code, out } = await run(['extract', ...files, '--json']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((l) => l.file)).toEqual(files);
    for (const l of lines) {
      for (const k of ['file', 'lang', 'langConfidence', 'title', 'published', 'text', 'institutions', 'events']) expect(l).toHaveProperty(k);
      for (const i of l.institutions) {
        expect(Object.keys(i)).toEqual(expect.arrayContaining(['name', 'kind', 'aliases', 'mentions']));
        for (const m of i.mentions) expect(l.text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const e of l.events) expect(l.text.slice(e.start, e.end)).toBe(e.quote);
    }
    const [pl, uk, html] = lines;
    expect(pl.lang).toBe('pl');
    expect(pl.events[0]).toMatchObject({ type: 'partnership', status: 'signed', date: '2020-12-08', place: 'Lublin', validUntil: '2022-06-30' });
    for (const k of ['parties', 'status', 'date', 'place', 'validUntil', 'quote', 'start', 'end', 'confidence']) expect(pl.events[0]).toHaveProperty(k);
    expect(uk.events[0]).toMatchObject({ type: 'damage', scope: 'appeal' });
    for (const k of ['institution', 'institutionKind', 'location', 'date', 'severity', 'cause', 'casualties', 'quote', 'start', 'end', 'confidence']) {
      expect(uk.events[0]).toHaveProperty(k);
    }
    expect(html.published.slice(0, 10)).toBe('2022-10-29');
    expect(html.events[0]).toMatchObject({ type: 'damage', cause: 'missile', settlement: 'Харків' });
  });

  it('--url sets the page URL of an HTML file', async () => {
    const { code, out } = await run(['extract', join(dir, 'pl-nodate.html'), '--url', 'https://example.pl/2023/03/14/umowa', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.lang).toBe('pl');
    expect(doc.events[0]).toMatchObject({ type: 'partnership', status: 'signed' });
  });

  it('without --json prints a readable summary per file', async () => {
    const { code, out } = await run(['extract', join(dir, 'ru-perm.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('ru-perm.txt');
    expect(out).toMatch(/language: ru/);
    expect(out).toMatch(/partnership: signed, cooperation agreement, on 2020-08-30 \(publication date\), in Пермь/);
    expect(out).toContain('Пермский центр бизнеса');
  });

  it('a missing file is a usage error naming it, exit 2, and nothing is printed for the others', async () => {
    const missing = join(dir, 'no-such-file.txt');
    const { code, out, err } = await run(['extract', join(dir, 'ru-perm.txt'), missing, '--json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('no-such-file.txt');
  });

  it('a page with no text yields an empty result with an error note, not a crash', async () => {
    const { code, out } = await run(['extract', join(dir, 'empty.html'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ events: [], institutions: [], error: 'no article text found' });
  });
});
