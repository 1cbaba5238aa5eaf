import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateIncidents, formatDevErrors, formatIncidentClasses, loadIncidentSet, pairClass, type ReportLine } from '../scripts/eval-incidents.js';

// URLs chosen by the split rule (sha256 hex: 0-4 holdout, else dev).
const DEV = ['https://fixture0.example/news/0', 'https://fixture1.example/news/1', 'https://fixture3.example/news/3', 'https://fixture4.example/news/4'];
const HOLDOUT = 'https://fixture2.example/news/2';

const UK = 'У ніч на 25 травня 2024 року російські війська вдарили ракетою С-300 по Харкову. У Слобідському районі частково зруйновано будівлю ліцею, пошкоджено багатоповерхівку.';
const EN = 'On the night of 25 May 2024 a Russian S-300 missile struck the Slobidskyi district of Kharkiv. A lyceum was damaged: windows were blown out and the workshop was destroyed.';
const LATE = 'A Russian S-300 missile hit a lyceum in the Slobidskyi district of Kharkiv, partly destroying the building, the city council said.';
const KYIV = 'Уночі 25 травня 2024 року внаслідок атаки дронів у Києві пошкоджено будівлю школи.';

const root = mkdtempSync(join(tmpdir(), 'eduwatch-eval-incidents-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function item(dir: string, part: 'dev' | 'holdout', name: string, url: string, lang: string, published: string | null, incident: string, text: string) {
  mkdirSync(join(dir, part), { recursive: true });
  writeFileSync(join(dir, part, `${name}.json`), JSON.stringify({ url, lang, published, incident }));
  writeFileSync(join(dir, part, `${name}.txt`), text);
}

/** Three dev reports of one strike (the third a week later: a miss), a Kyiv school; one holdout report. */
function set(): string {
  const dir = mkdtempSync(join(root, 'set-'));
  item(dir, 'dev', '001-uk-a', DEV[0], 'uk', '2024-05-25', 'kharkiv-lyceum', UK);
  item(dir, 'dev', '002-en-b', DEV[1], 'en', '2024-05-25', 'kharkiv-lyceum', EN);
  item(dir, 'dev', '003-en-c', DEV[2], 'en', '2024-06-01', 'kharkiv-lyceum', LATE);
  item(dir, 'dev', '004-uk-d', DEV[3], 'uk', '2024-05-25', 'kyiv-school', KYIV);
  item(dir, 'holdout', '005-uk-e', HOLDOUT, 'uk', '2024-05-25', 'kharkiv-lyceum', UK);
  return dir;
}

describe('eval:incidents', () => {
  it('scores dev pairs on the dev items alone and lists each dev error with what its items reported', () => {
    const dir = set();
    const r = evaluateIncidents(loadIncidentSet(dir));
    expect(r.items).toEqual({ dev: 4, holdout: 1 });
    // dev: 6 pairs, 3 true (the three Kharkiv reports), 1 found (uk ~ en); the week-late report is missed twice.
    expect(r.dev).toMatchObject({ pairs: 6, truePairs: 3, predictedPairs: 1, tp: 1 });
    expect(r.dev.precision).toBe(1);
    // holdout: the 4 pairs with the holdout item, clustered with every item.
    expect(r.holdout).toMatchObject({ pairs: 4, truePairs: 3, tp: 2 });
    const text = formatDevErrors(r);
    expect(text).toContain('dev errors: 0 false pairs, 2 missed pairs');
    expect(text).toContain('missed: dev/001-uk-a ~ dev/003-en-c');
    expect(text).toMatch(/dev\/003-en-c: \n {4}damage lyceum .*settlement="Kharkiv".*day=2024-06-01 \(published\)/);
    expect(text).not.toContain('holdout/');
  });

  it('--dev-only reads no holdout file (a broken one is not even opened) and runs no holdout figure', () => {
    const dir = set();
    writeFileSync(join(dir, 'holdout', '006-uk-broken.json'), '{not json');
    expect(() => loadIncidentSet(dir)).toThrow();
    const r = evaluateIncidents(loadIncidentSet(dir, ['dev']), { devOnly: true });
    expect(r.items).toEqual({ dev: 4, holdout: 0 });
    expect(r.holdout.pairs).toBe(0);
    const out = spawnSync(process.execPath, ['dist/scripts/eval-incidents.js', '--dir', dir, '--dev-only', '--verbose', '--no-floors'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('holdout  not run (--dev-only)');
    expect(out.stdout).toContain('missed: dev/002-en-b ~ dev/003-en-c');
  });

  it('refuses an item in the part its URL does not hash to, saying where it belongs', () => {
    const dir = set();
    item(dir, 'dev', '007-uk-wrong', HOLDOUT, 'uk', '2024-05-25', 'x', UK);
    expect(() => loadIncidentSet(dir)).toThrow(/007-uk-wrong\.json: its URL's hash puts it in holdout\/, not dev\/: move it there/);
  });

  it('--classes counts the erring pairs by class, with no text: the week-late report missed twice, the holdout pair once', () => {
    const r = evaluateIncidents(loadIncidentSet(set()));
    expect(r.classes.dev).toEqual({ 'missed: damage, days known 2/2, named 0/2, settlement same': 2 });
    expect(Object.values(r.classes.holdout).reduce((a, b) => a + b, 0)).toBe(1);
    const text = formatIncidentClasses(r);
    expect(text).toMatch(/dev\n +2  missed: damage, days known 2\/2, named 0\/2, settlement same/);
    expect(text).not.toMatch(/Kharkiv|Харк|lyceum/);
  });
});

describe('pair classes', () => {
  const line = (o: Partial<ReportLine>): ReportLine => ({
    type: 'damage', institution: null, institutionKey: null, kind: 'school', settlement: 'Kharkiv', settlementKey: 'k', date: null, day: null,
    monthDay: null, severity: null, cause: null, parties: [], ...o,
  });
  it.each<[string, ReportLine[], ReportLine[], string]>([
    ['no event', [], [line({})], 'no event on one side'],
    ['neither', [], [], 'no event on either side'],
    ['one undated, both unnamed', [line({ day: '2024-05-25' })], [line({})], 'damage, days known 1/2, named 0/2, settlement same'],
    ['one key', [line({ day: '2024-05-25', institutionKey: 'x' })], [line({ day: '2024-05-26', institutionKey: 'x' })], 'damage, days known 2/2, named 2/2 (one key), settlement same'],
    ['other settlement', [line({ settlementKey: 'a' })], [line({ settlementKey: 'b' })], 'damage, days known 0/2, named 0/2, settlement differs'],
    ['no settlement', [line({ settlementKey: null })], [line({})], 'damage, days known 0/2, named 0/2, settlement missing'],
    ['partnership', [line({ type: 'partnership', parties: ['A', 'B'] })], [line({ type: 'partnership', parties: ['a', 'C'] })], 'partnership, 1 parties in common (by name)'],
    ['mixed', [line({ type: 'partnership', parties: ['A', 'B'] })], [line({})], 'a damage and a partnership report'],
  ])('%s', (_n, a, b, cls) => expect(pairClass(a, b)).toBe(cls));
});
