import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIError } from '../cli/errors.js';
import { formatProblem, loadSources, SourcesError, validateSourcesText } from '../crawlers/load-sources.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'sources');
const fixture = (name: string) => join(FIXTURES, name);

function problemsOf(file: string) {
  const result = validateSourcesText(readFileSync(fixture(file), 'utf8'), file);
  if (result.ok) throw new Error(`${file} unexpectedly validated`);
  return result.problems;
}

describe('loadSources on a valid file', () => {
  it('returns every source with the schema defaults applied', () => {
    const { sources, file } = loadSources(fixture('valid.yaml'));
    expect(file).toBe(fixture('valid.yaml'));
    expect(sources.map((s) => s.id)).toEqual(['fixture-ua', 'fixture-pl']);
    expect(sources[0].politeness).toMatchObject({ delay: 2, concurrency: 2, respectRobots: true });
    expect(sources[0].render).toBe('static');
    expect(sources[0].allowPrivateNetwork).toBe(false);
    expect(sources[1].discover.listings[0].maxPages).toBe(5);
    expect(sources[1].discover.feeds).toEqual([]);
  });
});

describe('validation messages point at the exact line', () => {
  const problems = problemsOf('broken.yaml');
  const lines = problems.map(formatProblem);

  it.each([
    ['bad URL', 'broken.yaml:12 sources[0] (bad-url) discover.feeds[1]: must be an absolute http(s) URL'],
    ['missing required field (points at the source)', 'broken.yaml:13 sources[1] (no-name) name: missing required field (Human-readable name.)'],
    ['unknown key with a suggestion', 'broken.yaml:28 sources[2] (typo-key) politness: unknown field "politness"; did you mean "politeness"?'],
    ['bad cron', 'broken.yaml:37 sources[3] (bad-cron) schedule: not a valid cron expression'],
    ['bad regex', 'broken.yaml:48 sources[4] (bad-regex) include[1]: not a valid regular expression'],
    ['duplicate id', 'broken.yaml:49 sources[5] (bad-url) id: duplicate id "bad-url" (also sources[0])'],
    ['wrong type', 'broken.yaml:66 sources[6] (wrong-type) politeness.delay: expected number, got string "two seconds"'],
  ])('%s', (_what, expected) => {
    expect(lines.some((l) => l.startsWith(expected)), `no line starts with\n  ${expected}\ngot:\n  ${lines.join('\n  ')}`).toBe(true);
  });

  it('reports every problem, and nothing else, in line order', () => {
    expect(problems).toHaveLength(7);
    expect(problems.map((p) => p.line)).toEqual([12, 13, 28, 37, 48, 49, 66]);
  });

  it('fills the structured fields of each problem', () => {
    expect(problems[0]).toEqual({
      file: 'broken.yaml', line: 12, col: 11, index: 0, id: 'bad-url', path: 'discover.feeds[1]', message: 'must be an absolute http(s) URL',
    });
  });
});

describe('YAML syntax errors', () => {
  it('are reported with their line, before any schema check', () => {
    const problems = problemsOf('syntax-error.yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.path === '(yaml)' && p.message.startsWith('YAML syntax error: '))).toBe(true);
    expect(problems[0].line).toBe(6);
  });

  it('a duplicate key in one mapping is an error at the second key', () => {
    const text = 'sources:\n  - id: a\n    name: A\n    name: B\n';
    const result = validateSourcesText(text, 'dup.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0])).toMatch(/^dup\.yaml:4 \(yaml\): YAML syntax error: Map keys must be unique/);
  });
});

describe('file-level and nested problems', () => {
  it.each([
    ['an empty file', '', 'empty.yaml:1 (file): expected object, got null (an empty value)'],
    ['no sources', 'sources: []\n', 'x.yaml:1 sources: define at least one source'],
    ['an unknown top-level key', 'source:\n  - id: a\n', 'x.yaml:1 source: unknown field "source"; did you mean "sources"?'],
    ['an unknown key far from any field', 'sources:\n  - id: a\n    zzzzzzzz: 1\n', 'x.yaml:3 sources[0] (a) zzzzzzzz: unknown field "zzzzzzzz"; allowed fields: id, name'],
    ['an empty list of languages', 'sources:\n  - id: a\n    languages: []\n', 'x.yaml:3 sources[0] (a) languages: give at least 1 item'],
    ['a bad language with a suggestion', 'sources:\n  - id: a\n    languages: [ua]\n', 'x.yaml:3 sources[0] (a) languages[0]: "ua" is not allowed; use one of uk, ru, pl, bg, en (did you mean "uk"?)'],
    ['a missing nested field', 'sources:\n  - id: a\n    verified:\n      by: me\n      on: 2026-11-22\n', 'x.yaml:3 sources[0] (a) verified.note: missing required field (Why the source is trusted.)'],
    ['a listing without a way to find articles', 'sources:\n  - id: a\n    discover:\n      listings:\n        - url: https://x.org/\n', 'x.yaml:5 sources[0] (a) discover.listings[0]: give `articles`'],
    ['a typo inside a listing', 'sources:\n  - id: a\n    discover:\n      listings:\n        - url: https://x.org/\n          artciles: h2 a\n', 'x.yaml:6 sources[0] (a) discover.listings[0].artciles: unknown field "artciles"; did you mean "articles"?'],
    ['a kind in capitals', 'sources:\n  - id: a\n    kind: Official\n', 'x.yaml:3 sources[0] (a) kind: "Official" is not allowed; use one of official, news (did you mean "official"?)'],
    ['a list where a mapping belongs', 'sources:\n  - id: a\n    politeness: [2, 1]\n', 'x.yaml:3 sources[0] (a) politeness: expected object, got a list'],
    ['a top-level list', '- id: a\n', 'x.yaml:1 (file): expected object, got a list'],
    ['aliases expanding without bound', 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n', 'x.yaml:1 (yaml): YAML error:'],
    ['a bad verification date', "sources:\n  - id: a\n    verified: {by: me, on: '22.11.2026', note: trusted since long ago}\n", 'x.yaml:3 sources[0] (a) verified.on: must be a date written YYYY-MM-DD'],
  ])('%s', (_what, text, expected) => {
    const file = expected.slice(0, expected.indexOf(':'));
    const result = validateSourcesText(text, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map(formatProblem);
    expect(lines.some((l) => l.startsWith(expected)), `no line starts with\n  ${expected}\ngot:\n  ${lines.join('\n  ')}`).toBe(true);
  });
});

describe('loadSources errors', () => {
  it('throws SourcesError (exit code 2) listing every problem line in its message', () => {
    let err: unknown;
    try {
      loadSources(fixture('broken.yaml'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SourcesError);
    expect(err).toBeInstanceOf(CLIError);
    const e = err as SourcesError;
    expect(e.exitCode).toBe(2);
    expect(e.problems).toHaveLength(7);
    for (const p of e.problems) expect(e.message).toContain(formatProblem(p));
    expect(e.message.split('\n')[0]).toContain('7 problems');
  });

  it('a missing file is a usage error naming the file', () => {
    expect(() => loadSources(fixture('no-such.yaml'))).toThrow(/cannot read sources file .*no-such\.yaml: no such file/);
  });
});
