/**
 * Scoring one extracted document against its label, and summing scores into metrics.
 *
 * Institutions: predicted tags (name + aliases) are assigned one-to-one to labelled names,
 * best similarity first (see _eval-match.ts). Events: a predicted event matches a labelled one of
 * the same type when a party matches (partnership; or neither has named parties), or the
 * institution matches, or both are unnamed incidents of the same kind, or both are the same
 * appeal/statistic scope (damage); one-to-one, best first. Attributes are scored over matched
 * events whose label gives a value (null in a label means "the text does not say").
 */
import type { DamageEvent, EventTag, ExtractedDocument, InstitutionTag, Lang, PartnershipEvent } from '../types.js';
import type { DamageLabel, EvalCase, EventLabel, PartnershipLabel } from './_eval-labels.js';
import { bestSimilarity, placeMatches, type KeyFn } from './_eval-match.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Tally {
  correct: number;
  total: number;
}

export const ATTRIBUTES = [
  'status', 'place', 'validUntil', 'severity', 'cause', 'scope', 'settlement', 'institutionKind', 'region', 'casualties',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export type IssueKind =
  | 'error' | 'lang' | 'published' | 'institution-missed' | 'institution-extra'
  | 'event-missed' | 'event-extra' | 'event-date' | 'attribute';
export interface Issue {
  file: string;
  kind: IssueKind;
  detail: string;
}

export interface GroupScore {
  cases: number;
  lang: Tally;
  published: Tally;
  institutions: Counts;
  partnership: Counts;
  damage: Counts;
  eventDate: Tally;
  attributes: Record<Attribute, Tally>;
}

export interface CaseScore extends GroupScore {
  file: string;
  caseLang: Lang;
  issues: Issue[];
  /** What matched, label ← prediction (for the seed check's per-seed listing). */
  matches: string[];
}

export function emptyGroup(): GroupScore {
  const attributes = {} as Record<Attribute, Tally>;
  for (const a of ATTRIBUTES) attributes[a] = { correct: 0, total: 0 };
  return {
    cases: 0,
    lang: { correct: 0, total: 0 },
    published: { correct: 0, total: 0 },
    institutions: { tp: 0, fp: 0, fn: 0 },
    partnership: { tp: 0, fp: 0, fn: 0 },
    damage: { tp: 0, fp: 0, fn: 0 },
    eventDate: { correct: 0, total: 0 },
    attributes,
  };
}

export function addGroup(into: GroupScore, s: GroupScore): void {
  into.cases += s.cases;
  for (const k of ['lang', 'published', 'eventDate'] as const) {
    into[k].correct += s[k].correct;
    into[k].total += s[k].total;
  }
  for (const k of ['institutions', 'partnership', 'damage'] as const) {
    into[k].tp += s[k].tp;
    into[k].fp += s[k].fp;
    into[k].fn += s[k].fn;
  }
  for (const a of ATTRIBUTES) {
    into.attributes[a].correct += s.attributes[a].correct;
    into.attributes[a].total += s.attributes[a].total;
  }
}

interface Pair {
  i: number;
  j: number;
  s: number;
}

/** One-to-one assignment, highest score first (ties: label order, then prediction order). */
function greedy(pairs: Pair[]): Map<number, number> {
  pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const byLabel = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const p of pairs) {
    if (byLabel.has(p.i) || usedPred.has(p.j)) continue;
    byLabel.set(p.i, p.j);
    usedPred.add(p.j);
  }
  return byLabel;
}

function tagNames(tag: InstitutionTag): string[] {
  return [tag.name, ...tag.aliases];
}

const show = (v: unknown): string => (v === null || v === undefined ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));
const clip = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function describeLabel(e: EventLabel): string {
  if (e.type === 'partnership') return `partnership [${e.parties.join(' | ')}] ${e.status} ${show(e.date)}`;
  return `damage ${e.institution ?? `(unnamed ${show(e.institutionKind)})`} ${e.scope} ${show(e.settlement)} ${show(e.date)}`;
}

function describePrediction(e: EventTag): string {
  const quote = `"${clip(e.quote.replace(/\s+/g, ' '), 90)}"`;
  if (e.type === 'partnership') return `partnership [${e.parties.join(' | ')}] ${e.status} ${show(e.date)} ${quote}`;
  return `damage ${e.institution ?? `(unnamed ${show(e.institutionKind)})`} ${e.scope} ${show(e.settlement ?? e.location)} ${show(e.date)} ${quote}`;
}

/** Scores one case. `doc` null means the pipeline threw (`error` says why): everything labelled is missed. */
export function scoreCase(c: EvalCase, doc: ExtractedDocument | null, keyFn: KeyFn | null, error?: string): CaseScore {
  const g = emptyGroup();
  const issues: Issue[] = [];
  const matches: string[] = [];
  const issue = (kind: IssueKind, detail: string): void => {
    issues.push({ file: c.file, kind, detail });
  };
  const L = c.label;
  g.cases = 1;
  g.lang.total = 1;
  g.published.total = 1;

  if (doc === null) {
    issue('error', `analyze threw: ${error ?? 'unknown error'}`);
    g.institutions.fn = c.institutions.length;
    for (const e of L.events) {
      g[e.type].fn++;
      issue('event-missed', describeLabel(e));
    }
    return { ...g, file: c.file, caseLang: c.lang, issues, matches };
  }

  if (doc.lang === L.lang) g.lang.correct = 1;
  else issue('lang', `expected ${L.lang}, got ${show(doc.lang)} (confidence ${doc.langConfidence.toFixed(2)})`);
  if (doc.published === L.published) g.published.correct = 1;
  else issue('published', `expected ${show(L.published)}, got ${show(doc.published)}`);

  // Institutions.
  const tags = doc.institutions;
  const instPairs: Pair[] = [];
  c.institutions.forEach((inst, i) => {
    tags.forEach((t, j) => {
      const s = bestSimilarity(inst.name, tagNames(t), L.lang, t.key, keyFn);
      if (s > 0) instPairs.push({ i, j, s });
    });
  });
  const instMatch = greedy(instPairs);
  const matchedTags = new Set(instMatch.values());
  g.institutions.tp = instMatch.size;
  g.institutions.fn = c.institutions.length - instMatch.size;
  g.institutions.fp = tags.length - instMatch.size;
  c.institutions.forEach(({ name }, i) => {
    const j = instMatch.get(i);
    if (j === undefined) issue('institution-missed', `"${name}"`);
    else matches.push(`institution "${name}" ← "${tags[j].name}"`);
  });
  tags.forEach((t, j) => {
    if (!matchedTags.has(j)) {
      issue('institution-extra', `"${t.name}" (${t.kind}${t.aliases.length ? `; aliases: ${clip(t.aliases.join(', '), 80)}` : ''})`);
    }
  });

  // Events.
  const byKey = new Map<string, InstitutionTag>();
  for (const t of tags) byKey.set(t.key, t);
  const namesOf = (name: string, key: string | null): string[] => {
    const t = key ? byKey.get(key) : undefined;
    return t ? [name, ...tagNames(t)] : [name];
  };
  const score = (l: EventLabel, p: EventTag): number => {
    if (l.type !== p.type) return 0;
    if (l.type === 'partnership') return partnershipScore(l, p as PartnershipEvent, L.lang, namesOf, keyFn);
    return damageScore(l, p as DamageEvent, L.lang, namesOf, keyFn);
  };
  const evPairs: Pair[] = [];
  L.events.forEach((l, i) => {
    doc.events.forEach((p, j) => {
      const s = score(l, p);
      if (s > 0) evPairs.push({ i, j, s });
    });
  });
  const evMatch = greedy(evPairs);
  const matchedPreds = new Set(evMatch.values());
  L.events.forEach((l, i) => {
    const j = evMatch.get(i);
    if (j === undefined) {
      g[l.type].fn++;
      issue('event-missed', describeLabel(l));
      return;
    }
    g[l.type].tp++;
    matches.push(`event ${describeLabel(l)} ← ${describePrediction(doc.events[j])}`);
    scoreAttributes(l, doc.events[j], g, (detail) => issue('attribute', `${describeLabel(l)}: ${detail}`));
    if (l.date !== null) {
      g.eventDate.total++;
      if (doc.events[j].date === l.date) g.eventDate.correct++;
      else issue('event-date', `${describeLabel(l)}: got ${show(doc.events[j].date)}`);
    }
  });
  doc.events.forEach((p, j) => {
    if (matchedPreds.has(j)) return;
    g[p.type].fp++;
    issue('event-extra', describePrediction(p));
  });

  return { ...g, file: c.file, caseLang: c.lang, issues, matches };
}

type NamesOf = (name: string, key: string | null) => string[];

function partnershipScore(l: PartnershipLabel, p: PartnershipEvent, lang: Lang, namesOf: NamesOf, keyFn: KeyFn | null): number {
  if (l.parties.length === 0 && p.parties.length === 0) return 1;
  const pairs: Pair[] = [];
  l.parties.forEach((party, i) => {
    p.parties.forEach((name, j) => {
      const key = p.partyKeys[j] ?? null;
      const s = bestSimilarity(party, namesOf(name, key), lang, key, keyFn);
      if (s > 0) pairs.push({ i, j, s });
    });
  });
  const matched = greedy(pairs).size;
  if (matched === 0) return 0;
  const tie = l.date !== null && l.date === p.date ? 0.01 : 0;
  return matched / Math.max(l.parties.length, p.parties.length) + tie;
}

function damageScore(l: DamageLabel, p: DamageEvent, lang: Lang, namesOf: NamesOf, keyFn: KeyFn | null): number {
  const tie = (l.settlement !== null && placeMatches(l.settlement, p.settlement ?? p.location) ? 0.1 : 0) + (l.date !== null && l.date === p.date ? 0.05 : 0);
  if (l.institution !== null && p.institution !== null) {
    const s = bestSimilarity(l.institution, namesOf(p.institution, p.institutionKey), lang, p.institutionKey, keyFn);
    return s > 0 ? 1 + s + tie : 0;
  }
  if (l.scope !== 'incident' || p.scope !== 'incident') return l.scope === p.scope ? 1 + tie : 0;
  if (l.institution === null && p.institution === null) return l.institutionKind === p.institutionKind ? 1 + tie : 0;
  return 0;
}

function tallyAttr(g: GroupScore, attr: Attribute, ok: boolean, expected: unknown, got: unknown, report: (d: string) => void): void {
  g.attributes[attr].total++;
  if (ok) g.attributes[attr].correct++;
  else report(`${attr} expected ${show(expected)}, got ${show(got)}`);
}

function scoreAttributes(l: EventLabel, p: EventTag, g: GroupScore, report: (d: string) => void): void {
  if (l.type === 'partnership' && p.type === 'partnership') {
    tallyAttr(g, 'status', p.status === l.status, l.status, p.status, report);
    if (l.place !== null) tallyAttr(g, 'place', placeMatches(l.place, p.place), l.place, p.place, report);
    if (l.validUntil !== null) tallyAttr(g, 'validUntil', p.validUntil === l.validUntil, l.validUntil, p.validUntil, report);
    return;
  }
  if (l.type !== 'damage' || p.type !== 'damage') return;
  tallyAttr(g, 'scope', p.scope === l.scope, l.scope, p.scope, report);
  if (l.severity !== null) tallyAttr(g, 'severity', p.severity === l.severity, l.severity, p.severity, report);
  if (l.cause !== null) tallyAttr(g, 'cause', p.cause === l.cause, l.cause, p.cause, report);
  if (l.institutionKind !== null) tallyAttr(g, 'institutionKind', p.institutionKind === l.institutionKind, l.institutionKind, p.institutionKind, report);
  if (l.settlement !== null) {
    const got = p.settlement ?? p.location;
    tallyAttr(g, 'settlement', placeMatches(l.settlement, got), l.settlement, got, report);
  }
  if (l.region !== null) {
    const got = p.region ?? p.location;
    tallyAttr(g, 'region', placeMatches(l.region, got), l.region, got, report);
  }
  const cas = l.casualties;
  if (cas && (cas.killed !== null || cas.injured !== null)) {
    const pc = p.casualties;
    const ok = pc !== null && (cas.killed === null || pc.killed === cas.killed) && (cas.injured === null || pc.injured === cas.injured);
    tallyAttr(g, 'casualties', ok, cas, pc, report);
  }
}
