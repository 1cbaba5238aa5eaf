/**
 * Miss classes: every miss and false positive of a case put in a class and counted, with no text
 * (`npm run eval -- --classes`). The counts say WHERE a set is lost (an institution not found at
 * all or found with the wrong extent; a damage event the document does report but about another
 * institution; a partnership frame missed) without showing a word of the set, so they may be read
 * for the held-out set, whose texts and misses nobody changing the extractors reads. They guide
 * which class of error to work on; the work itself is done on dev's instances of the class and on
 * real text of it.
 *
 * A class name is "<area> <FN|FP|attribute>: <what>", e.g. "damage FN: predicted, label named,
 * predictions unnamed". Counts are of labels (FN) or predictions (FP).
 */
import type { DamageEvent, EventTag, ExtractedDocument, InstitutionTag } from '../types.js';
import type { DamageLabel, EvalCase, EventLabel } from './_eval-labels.js';

export type ClassCounts = Record<string, number>;

/** The matching scoreCase found: label index → prediction index, for institutions and events. */
export interface CaseMatching {
  institutions: ReadonlyMap<number, number>;
  events: ReadonlyMap<number, number>;
}

export function addClasses(into: ClassCounts, from: ClassCounts): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const words = (s: string): string[] => s.toLowerCase().match(WORD_RE) ?? [];

/** Whether a prediction shares a word of four letters or more with a label (a found name with another extent). */
function overlaps(label: string, names: string[]): boolean {
  const lw = new Set(words(label).filter((w) => w.length >= 4));
  return names.some((n) => words(n).some((w) => lw.has(w)));
}

function damageMissClass(l: DamageLabel, preds: DamageEvent[], missedInstitution: (name: string) => boolean): string {
  if (preds.length === 0) {
    if (l.institution === null) return 'none predicted, label unnamed';
    return missedInstitution(l.institution) ? 'none predicted, its institution not found' : 'none predicted, its institution found';
  }
  if (l.scope !== 'incident') return `predicted, label scope ${l.scope}, predictions ${[...new Set(preds.map((p) => p.scope))].sort().join('+')}`;
  const named = preds.some((p) => p.institution !== null);
  const unnamed = preds.some((p) => p.institution === null);
  if (l.institution !== null) {
    if (!named) return 'predicted, label named, predictions unnamed';
    return missedInstitution(l.institution) ? 'predicted, label named, predictions name another (its institution not found)' : 'predicted, label named, predictions name another (its institution found)';
  }
  if (!unnamed) return 'predicted, label unnamed, predictions named';
  return 'predicted, both unnamed, kind or scope differ';
}

/** The classes of one scored case, from the matching scoreCase made. */
export function caseClasses(c: EvalCase, doc: ExtractedDocument | null, m: CaseMatching): ClassCounts {
  const out: ClassCounts = {};
  const inc = (k: string, n = 1) => {
    if (n > 0) out[k] = (out[k] ?? 0) + n;
  };
  const L = c.label;
  if (doc === null) {
    inc('error: analyze threw');
    return out;
  }
  const tags: InstitutionTag[] = doc.institutions;
  const matchedTags = new Set(m.institutions.values());
  c.institutions.forEach((inst, i) => {
    if (m.institutions.has(i)) return;
    const names = tags.filter((_, j) => !matchedTags.has(j)).flatMap((t) => [t.name, ...t.aliases]);
    inc(`institutions FN: ${overlaps(inst.name, names) ? 'a prediction overlaps (extent or match)' : 'not found'}`);
    inc(`institutions FN by kind: ${inst.kind ?? 'none'}`);
  });
  tags.forEach((t, j) => {
    if (!matchedTags.has(j)) inc(`institutions FP by kind: ${t.kind}`);
  });
  // A name the label gives (a damaged institution, a party) is found when it is a labelled institution that was matched.
  const missedInstitution = (name: string) => {
    const i = c.institutions.findIndex((x) => x.name === name);
    return i < 0 || !m.institutions.has(i);
  };

  const events: EventLabel[] = L.events;
  const matchedPreds = new Set(m.events.values());
  for (const type of ['damage', 'partnership'] as const) {
    const labelled = events.map((e, i) => [e, i] as const).filter(([e]) => e.type === type);
    const preds = doc.events.filter((p): p is EventTag => p.type === type);
    for (const [e, i] of labelled) {
      if (m.events.has(i)) continue;
      if (e.type === 'damage') inc(`damage FN: ${damageMissClass(e, preds as DamageEvent[], missedInstitution)}`);
      else if (preds.length === 0) {
        const found = e.parties.filter((p) => !missedInstitution(p)).length;
        inc(`partnership FN: none predicted, ${found === e.parties.length ? 'every' : found === 0 ? 'no' : 'some'} party found as an institution`);
      } else inc('partnership FN: predicted, parties do not match');
    }
    doc.events.forEach((p, j) => {
      if (p.type !== type || matchedPreds.has(j)) return;
      inc(`${type} FP: ${labelled.length === 0 ? 'document with none labelled' : 'document with some labelled'}${p.type === 'damage' ? `, scope ${p.scope}` : ''}`);
    });
  }
  return out;
}

/** The classes as a table, by area (institutions, damage, partnership), most frequent first. */
export function formatClasses(classes: ClassCounts): string {
  const area = (k: string) => k.slice(0, k.indexOf(':'));
  const keys = Object.keys(classes).sort((a, b) => area(a).localeCompare(area(b)) || classes[b] - classes[a] || a.localeCompare(b));
  const out = ['Misses and false positives by class (counts only, no text)'];
  let last = '';
  for (const k of keys) {
    if (area(k) !== last) out.push(`  ${(last = area(k))}`);
    out.push(`    ${String(classes[k]).padStart(5)}  ${k.slice(k.indexOf(':') + 2)}`);
  }
  if (keys.length === 0) out.push('  none');
  return out.join('\n');
}
