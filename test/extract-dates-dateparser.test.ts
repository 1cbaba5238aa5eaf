/**
 * The date extractor on the expressions of dateparser's own tests (test/fixtures/dates-dateparser):
 * the set's shape and fixed split, the scorer, and the floors pinned on the dev half
 * (scripts/eval-dates-floors.json). The held-out half is scored by `npm run eval:dates`, never here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS } from '../types.js';
import { checkDateFloors, halfOf, loadDateFloors, loadDateItems, mainValue, scoreAll, scoreItem, type DateItem } from '../scripts/_dates-dateparser.js';

const DIR = fileURLToPath(new URL('./fixtures/dates-dateparser', import.meta.url));
const FLOORS = fileURLToPath(new URL('../scripts/eval-dates-floors.json', import.meta.url));
const items = loadDateItems(DIR);

describe('the dateparser date set', () => {
  it.each(LANGS.map((l) => [l]))('%s has expressions in both halves, relative ones among them', (lang) => {
    const own = items.filter((i) => i.lang === lang);
    expect(own.filter((i) => i.split === 'dev').length).toBeGreaterThanOrEqual(5);
    expect(own.filter((i) => i.split === 'holdout').length).toBeGreaterThanOrEqual(5);
    expect(own.filter((i) => i.basis === 'relative').length).toBeGreaterThanOrEqual(5);
  });

  it('every item is in the half the fixed hash rule gives', () => {
    for (const i of items) expect(i.split, i.text).toBe(halfOf(i.text));
  });

  it('the halves are about even', () => {
    const dev = items.filter((i) => i.split === 'dev').length;
    expect(dev / items.length).toBeGreaterThan(0.35);
    expect(dev / items.length).toBeLessThan(0.65);
  });

  it('every item names its dateparser source', () => {
    for (const i of items) expect(i.source).toMatch(/^dateparser tests\//);
  });
});

describe('the loader', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'eduwatch-dates-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each([
    ['a bad expected value', { lang: 'uk', items: [{ text: 'вчора', anchor: '2022-07-18', expected: '18.07.2022', basis: 'relative', split: halfOf('вчора'), source: 'x' }] }, /items\.0\.expected/],
    ['a wrong half', { lang: 'uk', items: [{ text: 'вчора', anchor: '2022-07-18', expected: '2022-07-17', basis: 'relative', split: halfOf('вчора') === 'dev' ? 'holdout' : 'dev', source: 'x' }] }, /fixed rule puts "вчора"/],
    ['an unknown field', { lang: 'uk', items: [{ text: 'вчора', anchor: '2022-07-18', expected: null, basis: 'absolute', split: halfOf('вчора'), source: 'x', note: 1 }] }, /items\.0/],
  ])('rejects %s, naming the file and field', (_name, content, message) => {
    const dir = mkdtempSync(join(tmp, 'case-'));
    writeFileSync(join(dir, 'uk.json'), JSON.stringify(content));
    expect(() => loadDateItems(dir)).toThrow(message);
    expect(() => loadDateItems(dir)).toThrow(/uk\.json/);
  });

  it('rejects a file whose name is not its language', () => {
    const dir = mkdtempSync(join(tmp, 'case-'));
    writeFileSync(join(dir, 'ru.json'), JSON.stringify({ lang: 'uk', items: [] }));
    expect(() => loadDateItems(dir)).toThrow(/must be named uk\.json/);
  });
});

describe('the scorer', () => {
  const item = (over: Partial<DateItem>): DateItem => ({ text: '', anchor: '2022-07-18', expected: null, basis: 'absolute', split: 'dev', source: 'x', lang: 'uk', ...over });
  it.each<[string, Partial<DateItem>, boolean]>([
    ['a single value, right', { text: '3 дні тому', expected: '2022-07-15', basis: 'relative' }, true],
    ['a single value, wrong precision', { text: '5 років тому', expected: '2017-07-18', basis: 'relative' }, false],
    ['a list in text order', { text: '1 вересня 2021 та 5 травня 2022 року', expected: ['2021-09-01', '2022-05-05'] }, true],
    ['a list with a date missing', { text: '1 вересня 2021 та 5 травня 2022 року', expected: ['2021-09-01'] }, false],
    ['null and no tag', { text: 'школа № 27', expected: null }, true],
    ['null but a tag', { text: '1 вересня 2021', expected: null }, false],
  ])('%s', (_name, over, ok) => expect(scoreItem(item(over)).ok).toBe(ok));

  it('reads the longest tag of a single expression', () => {
    expect(mainValue([
      { value: '2022-07-17', kind: 'relative', how: 'relative', yearInferred: false, text: 'вчора', start: 0, end: 5 },
      { value: '2021-09-01', kind: 'event', how: 'month-name', yearInferred: false, text: '1 вересня 2021', start: 6, end: 20 },
    ])).toBe('2021-09-01');
  });
});

describe('the floors on the dev half', () => {
  const { table } = scoreAll(items.filter((i) => i.split === 'dev'));
  const checks = checkDateFloors(table, loadDateFloors(FLOORS));
  it('pins the overall and per-language figures', () => {
    expect(checks.map((c) => `${c.row}.${c.basis}`)).toEqual(expect.arrayContaining(['all.all', 'uk-ru-pl-bg.all', 'uk.all', 'ru.all', 'pl.all', 'bg.all', 'en.all']));
  });
  it.each(checks.map((c) => [`${c.row} ${c.basis}`, c] as const))('%s reaches its floor', (_name, c) => {
    expect(c.got).toBeGreaterThanOrEqual(c.floor);
  });
});
