/**
 * The public NER corpora set (test/nercorpora, see its README): its shape, the split fixed by the
 * source document, the scorer, and the floors pinned on the dev half (scripts/eval-ner-floors.json).
 * The held-out half is scored by `npm run eval:ner`, never here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { InstitutionKind, InstitutionTag } from '../types.js';
import {
  checkNerFloors, halfOf, loadNerFloors, loadNerItems, NER_LANGS, rates, scoreNer, type NerItem,
} from '../scripts/_ner-corpora.js';
import { analyzeItem } from '../scripts/eval-ner.js';

const DIR = fileURLToPath(new URL('./nercorpora', import.meta.url));
const FLOORS = fileURLToPath(new URL('../scripts/eval-ner-floors.json', import.meta.url));
const items = loadNerItems(DIR);

describe('the NER corpora set', () => {
  it.each(NER_LANGS.map((l) => [l]))('%s has items with gold ORG spans', (lang) => {
    const own = items.filter((i) => i.lang === lang);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i) => i.edu.length + i.other.length > 0)).toBe(true);
  });

  it('has education ORGs in both halves of uk, and both halves overall', () => {
    const uk = items.filter((i) => i.lang === 'uk');
    for (const half of ['dev', 'holdout'] as const) {
      expect(uk.filter((i) => i.split === half).flatMap((i) => i.edu).length, half).toBeGreaterThan(0);
      expect(items.filter((i) => i.split === half).length, half).toBeGreaterThan(0);
    }
  });

  it('puts every item in the half its source document hashes to, a document never in both', () => {
    const halves = new Map<string, string>();
    for (const i of items) {
      expect(i.split, i.id).toBe(halfOf(i.doc));
      expect(halves.get(i.doc) ?? i.split).toBe(i.split);
      halves.set(i.doc, i.split);
    }
  });

  it('quotes every gold span exactly from its text, and names its source file', () => {
    for (const i of items) {
      for (const s of [...i.edu, ...i.other]) expect(i.text.slice(s.start, s.end), i.id).toBe(s.text);
      expect(i.id.startsWith(`${i.doc}#`)).toBe(true);
      expect(i.path.length).toBeGreaterThan(0);
    }
  });
});

describe('the NER loader', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nercorpora-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (item: NerItem) => {
    mkdirSync(join(tmp, item.lang), { recursive: true });
    writeFileSync(join(tmp, item.lang, `${item.corpus}.jsonl`), `${JSON.stringify(item)}\n`);
  };
  const base = items.find((i) => i.edu.length > 0)!;

  it('refuses an item placed in the wrong half', () => {
    write({ ...base, split: base.split === 'dev' ? 'holdout' : 'dev' });
    expect(() => loadNerItems(tmp)).toThrow(/fixed rule/);
  });

  it('refuses a span whose offsets do not give its text', () => {
    write({ ...base, edu: [{ ...base.edu[0]!, start: base.edu[0]!.start + 1 }] });
    expect(() => loadNerItems(tmp)).toThrow(/is not/);
  });
});

describe('the NER scorer', () => {
  const item: NerItem = {
    id: 'x/1#1', lang: 'uk', corpus: 'ner-uk', doc: 'x/1', repo: 'lang-uk/ner-uk', path: 'p', split: halfOf('x/1'),
    text: 'Ліцей № 5 і ТОВ Альфа та школа',
    edu: [{ start: 0, end: 9, text: 'Ліцей № 5' }, { start: 24, end: 29, text: 'школа' }],
    other: [{ start: 12, end: 21, text: 'ТОВ Альфа' }],
  };
  const tag = (kind: InstitutionKind, start: number, end: number): InstitutionTag => ({
    key: `k${start}`, name: item.text.slice(start, end), kind, aliases: [], confidence: 1,
    mentions: [{ text: item.text.slice(start, end), start, end }],
  });

  it('counts an overlapping mention as found, the exact extent apart, and an education kind on another ORG as a false tag', () => {
    const score = scoreNer([item], () => ({ institutions: [tag('lyceum', 0, 5), tag('school', 12, 21)] }));
    const c = score.table[item.split].uk;
    expect(c).toEqual({ edu: 2, found: 1, exact: 0, other: 1, falseTagged: 1 });
    expect(score.misses.map((m) => m.span.text)).toEqual(['школа']);
    expect(score.inexact.map((m) => m.span.text)).toEqual(['Ліцей № 5']);
  });

  it('does not count a company tag on another ORG as a false education tag', () => {
    const score = scoreNer([item], () => ({ institutions: [tag('lyceum', 0, 9), tag('company', 12, 21)] }));
    expect(score.table[item.split].all).toEqual({ edu: 2, found: 1, exact: 1, other: 1, falseTagged: 0 });
    expect(rates(score.table[item.split].all)).toEqual({ recall: 0.5, exact: 0.5, falseTagRate: 0 });
  });
});

describe('the NER quality gate (dev half)', () => {
  const score = scoreNer(items, analyzeItem);
  it.each(checkNerFloors(score, loadNerFloors(FLOORS)).map((c) => [`${c.row} ${c.measure}`, c]))('%s', (_name, c) => {
    expect(c.got, `${c.row} ${c.measure}`).not.toBeNull();
    if (c.measure === 'falseTagRateMax') expect(c.got!).toBeLessThanOrEqual(c.floor + 1e-9);
    else expect(c.got!).toBeGreaterThanOrEqual(c.floor - 1e-9);
  });
});
