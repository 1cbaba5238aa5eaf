/**
 * Miss classes (scripts/_eval-classes.ts, `npm run eval -- --classes`): every miss and false
 * positive counted in its class, with no text, so a held-out set's errors can be counted without
 * being read. Scored with doctored predictions of the written set's labels, whose classes are known.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput, DamageEvent, ExtractedDocument, PartnershipEvent } from '../types.js';
import { evaluateCases } from '../scripts/eval.js';
import { loadEvalSet, type EvalCase } from '../scripts/_eval-labels.js';
import { labelAsDocument } from '../scripts/_eval-echo.js';
import { formatClasses } from '../scripts/_eval-classes.js';

const DIR = fileURLToPath(new URL('./eval-set', import.meta.url));
const cases = loadEvalSet(DIR);
/** Real-news items carry labelled mentions, whose extents are measured: the first 60 of dev. */
const REAL = fileURLToPath(new URL('./realnews/dev', import.meta.url));
const real = loadEvalSet(REAL).slice(0, 60);

/** The labels as the extraction, each document changed by `edit`. */
function doctored(edit: (doc: ExtractedDocument) => ExtractedDocument, set: EvalCase[] = cases): (input: AnalyzeInput) => ExtractedDocument {
  const byText = new Map<string, EvalCase>(set.map((c) => [c.text, c]));
  return (input) => {
    const c = byText.get(input.text);
    if (!c) throw new Error('unknown text');
    return edit({ ...labelAsDocument(c.label, c.text), title: null, publishedSource: null });
  };
}
const classesOf = (edit: (doc: ExtractedDocument) => ExtractedDocument, set: EvalCase[] = cases) => evaluateCases(set, DIR, doctored(edit, set), null).classes;

const labels = cases.flatMap((c) => c.label.events);
const namedIncidents = labels.filter((e) => e.type === 'damage' && e.scope === 'incident' && e.institution !== null).length;
const partnerships = labels.filter((e) => e.type === 'partnership').length;
const institutions = cases.reduce((n, c) => n + c.institutions.length, 0);

describe('miss classes', () => {
  it('a perfect extraction has none', () => expect(classesOf((d) => d)).toEqual({}));

  it('damage events that leave their institution unnamed: the documents do report them, about no named institution', () => {
    const k = classesOf((d) => ({
      ...d, events: d.events.map((e) => (e.type === 'damage' && e.scope === 'incident' ? ({ ...e, institution: null, institutionKey: null } as DamageEvent) : e)),
    }));
    expect(namedIncidents).toBeGreaterThan(10);
    expect(k['damage FN: predicted, label named, predictions unnamed']).toBe(namedIncidents);
    expect(k['damage FP: document with some labelled, scope incident']).toBe(namedIncidents);
    expect(Object.keys(k).filter((x) => !x.startsWith('damage '))).toEqual([]);
  });

  it('partnerships with other parties, and documents with no partnership at all', () => {
    const other = classesOf((d) => ({ ...d, events: d.events.map((e) => (e.type === 'partnership' ? ({ ...e, parties: ['Zzyzx Qqq', 'Wwv Xxq'], partyKeys: ['z', 'w'] } as PartnershipEvent) : e)) }));
    expect(other['partnership FN: predicted, parties do not match']).toBe(partnerships);
    const none = classesOf((d) => ({ ...d, events: d.events.filter((e) => e.type !== 'partnership') }));
    const found = Object.entries(none).filter(([x]) => x.startsWith('partnership FN: none predicted')).reduce((n, [, v]) => n + v, 0);
    expect(found).toBe(partnerships);
    expect(Object.keys(none).some((x) => x.includes('FP'))).toBe(false);
  });

  it('institutions not found, or found with another extent, and by kind', () => {
    const gone = classesOf((d) => ({ ...d, institutions: [], events: [] }));
    expect(gone['institutions FN: not found']).toBe(institutions);
    const byKind = Object.entries(gone).filter(([x]) => x.startsWith('institutions FN by kind:')).reduce((n, [, v]) => n + v, 0);
    expect(byKind).toBe(institutions);
    // Every name run on into three words of its sentence: another extent of a name the extraction found.
    const runOn = classesOf((d) => ({ ...d, institutions: d.institutions.map((t) => ({ ...t, key: `${t.key}~`, name: `${t.name} qqq www eee rrr ttt yyy`, aliases: [] })) }));
    expect(runOn['institutions FN: a prediction overlaps (extent or match)']).toBeGreaterThan(0);
    expect(runOn['institutions FN: not found'] ?? 0).toBe(0);
  });

  it('mentions cut short or run on, by language', () => {
    // Every mention of two words or more without its first word: cut at the start.
    const cut = classesOf((d) => ({
      ...d,
      institutions: d.institutions.map((t) => ({
        ...t,
        mentions: t.mentions.map((m) => {
          const sp = m.text.indexOf(' ');
          return sp < 0 ? m : { text: m.text.slice(sp + 1), start: m.start + sp + 1, end: m.end };
        }),
      })),
    }), real);
    const cutKeys = Object.keys(cut).filter((k) => k.startsWith('institutions extent:'));
    expect(cutKeys.length).toBeGreaterThan(0);
    for (const k of cutKeys) expect(k).toMatch(/^institutions extent: cut at the start \((uk|ru|pl|bg|en)\)$/);
    // Every mention run on by the next character's word: run on at the end.
    const on = classesOf((d) => ({
      ...d,
      institutions: d.institutions.map((t) => ({
        ...t,
        mentions: t.mentions.map((m) => {
          const next = d.text.slice(m.end).match(/^ [\p{L}]+/u);
          return next ? { text: m.text + next[0], start: m.start, end: m.end + next[0].length } : m;
        }),
      })),
    }), real);
    const onKeys = Object.keys(on).filter((k) => k.startsWith('institutions extent:'));
    expect(onKeys.length).toBeGreaterThan(0);
    for (const k of onKeys) expect(k).toMatch(/^institutions extent: run on at the end \(/);
  });

  it('prints counts and class names only', () => {
    const k = classesOf((d) => ({ ...d, institutions: [], events: [] }));
    const text = formatClasses(k);
    expect(text).toMatch(/^Misses and false positives by class/);
    for (const c of cases.slice(0, 20)) for (const i of c.institutions) expect(text).not.toContain(i.name);
    expect(formatClasses({})).toContain('none');
  });
});
