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
import { addClasses, caseClasses, type ClassCounts } from './_eval-classes.js';

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
  | 'event-missed' | 'event-extra' | 'event-date' | 'attribute' | 'party-missed' | 'extent' | 'kind' | 'title-lang';
export interface Issue {
  file: string;
  kind: IssueKind;
  detail: string;
}

/**
 * The real-news measures of issue 7: labelled parties found in the matched partnership; labelled
 * incidents whose institution / settlement / date the extraction got right (an unmatched incident
 * counts as wrong); predicted mentions overlapping a labelled mention that have exactly its extent;
 * kinds of matched institutions; the language of the headline alone.
 */
export const DETAILS = ['parties', 'damageInstitution', 'damageSettlement', 'damageDate', 'extent', 'institutionKind', 'titleLang'] as const;
export type Detail = (typeof DETAILS)[number];

export interface GroupScore {
  cases: number;
  lang: Tally;
  published: Tally;
  institutions: Counts;
  partnership: Counts;
  damage: Counts;
  eventDate: Tally;
  attributes: Record<Attribute, Tally>;
  details: Record<Detail, Tally>;
}

export interface CaseScore extends GroupScore {
  file: string;
  caseLang: Lang;
  issues: Issue[];
  /** What matched, label ← prediction (for the seed check's per-seed listing). */
  matches: string[];
  /** The case's misses and false positives counted by class, no text (_eval-classes.ts). */
  classes: ClassCounts;
}

export function emptyGroup(): GroupScore {
  const attributes = {} as Record<Attribute, Tally>;
  for (const a of ATTRIBUTES) attributes[a] = { correct: 0, total: 0 };
  const details = {} as Record<Detail, Tally>;
  for (const d of DETAILS) details[d] = { correct: 0, total: 0 };
  return {
    details,
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
  for (const d of DETAILS) {
    into.details[d].correct += s.details[d].correct;
    into.details[d].total += s.details[d].total;
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

/** A mention that names: it starts with a capital letter, a digit or a quote. */
const PROPER_RE = /^[\p{Lu}\p{N}«„“"‚]/u;

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

/**
 * Scores one case. `doc` null means the pipeline threw (`error` says why): everything labelled is
 * missed. `titleLang` is the language found for the labelled headline alone (undefined: not measured).
 */
export function scoreCase(c: EvalCase, doc: ExtractedDocument | null, keyFn: KeyFn | null, error?: string, titleLang?: Lang | null): CaseScore {
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

  if (L.title && titleLang !== undefined) {
    g.details.titleLang.total++;
    if (titleLang === L.lang) g.details.titleLang.correct++;
    else issue('title-lang', `"${clip(L.title, 80)}": expected ${L.lang}, got ${show(titleLang)}`);
  }

  if (doc === null) {
    issue('error', `analyze threw: ${error ?? 'unknown error'}`);
    g.institutions.fn = c.institutions.length;
    for (const e of L.events) {
      g[e.type].fn++;
      issue('event-missed', describeLabel(e));
      eventDetails(e, null, g, L.lang, () => [], keyFn);
    }
    return { ...g, file: c.file, caseLang: c.lang, issues, matches, classes: caseClasses(c, null, { institutions: new Map(), events: new Map() }) };
  }

  if (doc.lang === L.lang) g.lang.correct = 1;
  else issue('lang', `expected ${L.lang}, got ${show(doc.lang)} (confidence ${doc.langConfidence.toFixed(2)})`);
  if (doc.published === L.published) g.published.correct = 1;
  else issue('published', `expected ${show(L.published)}, got ${show(doc.published)}`);

  // Institutions.
  const tags = doc.institutions;
  const instPairs: Pair[] = [];
  c.institutions.forEach((inst, i) => {
    // The labelled name, and the proper mentions the label says are this institution ("МГУ им.Огарева"
    // for the Mordovian university); lower-case back-references never identify it.
    const forms = [inst.name, ...inst.mentions.filter((m) => m !== inst.name && PROPER_RE.test(m))];
    tags.forEach((t, j) => {
      let s = 0;
      for (const f of forms) s = Math.max(s, bestSimilarity(f, tagNames(t), L.lang, t.key, keyFn) * (f === inst.name ? 1 : 0.99));
      if (s > 0) instPairs.push({ i, j, s });
    });
  });
  const instMatch = greedy(instPairs);
  const matchedTags = new Set(instMatch.values());
  g.institutions.tp = instMatch.size;
  g.institutions.fn = c.institutions.length - instMatch.size;
  g.institutions.fp = tags.length - instMatch.size;
  c.institutions.forEach(({ name, kind }, i) => {
    const j = instMatch.get(i);
    if (j === undefined) {
      issue('institution-missed', `"${name}"`);
      return;
    }
    matches.push(`institution "${name}" ← "${tags[j].name}"`);
    if (kind !== null) {
      g.details.institutionKind.total++;
      if (tags[j].kind === kind) g.details.institutionKind.correct++;
      else issue('kind', `"${name}": expected ${kind}, got ${tags[j].kind}`);
    }
  });
  const extentClasses: ClassCounts = {};
  scoreExtents(c, tags, g, (d) => issue('extent', d), (k) => (extentClasses[k] = (extentClasses[k] ?? 0) + 1));
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
    const p = j === undefined ? null : doc.events[j];
    for (const d of eventDetails(l, p, g, L.lang, namesOf, keyFn)) issue('party-missed', `${describeLabel(l)}: "${d}"`);
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

  const classes = caseClasses(c, doc, { institutions: instMatch, events: evMatch });
  addClasses(classes, extentClasses);
  return { ...g, file: c.file, caseLang: c.lang, issues, matches, classes };
}

type NamesOf = (name: string, key: string | null) => string[];

/**
 * Party recall and the damage institution / settlement / date measures of one labelled event and
 * its matched prediction (null: unmatched). Returns the labelled parties the prediction lacks.
 */
function eventDetails(l: EventLabel, p: EventTag | null, g: GroupScore, lang: Lang, namesOf: NamesOf, keyFn: KeyFn | null): string[] {
  const D = g.details;
  if (l.type === 'partnership') {
    const found = p && p.type === 'partnership' ? matchedParties(l, p, lang, namesOf, keyFn) : new Set<number>();
    D.parties.total += l.parties.length;
    D.parties.correct += found.size;
    return l.parties.filter((_, i) => !found.has(i));
  }
  if (l.scope !== 'incident') return [];
  const d = p && p.type === 'damage' ? p : null;
  D.damageInstitution.total++;
  if (d) {
    const ok = l.institution !== null
      ? d.institution !== null && bestSimilarity(l.institution, namesOf(d.institution, d.institutionKey), lang, d.institutionKey, keyFn) > 0
      : d.institution === null && d.institutionKind === l.institutionKind;
    if (ok) D.damageInstitution.correct++;
  }
  if (l.settlement !== null) {
    D.damageSettlement.total++;
    if (d && placeMatches(l.settlement, d.settlement ?? d.location)) D.damageSettlement.correct++;
  }
  if (l.date !== null) {
    D.damageDate.total++;
    if (d && d.date === l.date) D.damageDate.correct++;
  }
  return [];
}

/** Indexes of the labelled parties that have a partner among the prediction's parties (one-to-one). */
function matchedParties(l: PartnershipLabel, p: PartnershipEvent, lang: Lang, namesOf: NamesOf, keyFn: KeyFn | null): Set<number> {
  const pairs: Pair[] = [];
  l.parties.forEach((party, i) => {
    p.parties.forEach((name, j) => {
      const key = p.partyKeys[j] ?? null;
      const s = bestSimilarity(party, namesOf(name, key), lang, key, keyFn);
      if (s > 0) pairs.push({ i, j, s });
    });
  });
  return new Set(greedy(pairs).keys());
}

/** Quote marks, spaces and trailing punctuation that may stand at a mention's edges without changing its extent. */
const LEAD_EDGE = new Set([...' \t\n«»„“”"\'‚‘’']);
const TRAIL_EDGE = new Set([...LEAD_EDGE, '.', ',', ';', ':']);
const LETTER_RE = /[\p{L}\p{N}]/u;

/**
 * Determiners and possessives before a back-reference ("the school", "моя szkoła", "нашої
 * гімназії") and an English possessive after a name ("the school's") are not part of its extent.
 */
const LEAD_WORDS_RE = /^(?:the|a|an|this|that|our|its|their|moja|moją|twoja|twoją|nasza|naszą|naszej|nasz|naszego|ta|tę|ten|tego|tej|наш|наша|нашої|нашого|нашій|наше|цей|ця|цього|цієї|этот|эта|этого|этой|наша|нашей|нашего|този|тази|нашата|нашия)\s+/iu;
const POSSESSIVE_RE = /['’]s$/u;

/** The span without its edge characters, determiners and possessive, as "start:end". */
function coreOf(text: string, start: number, end: number): string {
  while (start < end && LEAD_EDGE.has(text[start])) start++;
  const lead = LEAD_WORDS_RE.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const poss = POSSESSIVE_RE.exec(text.slice(start, end));
  if (poss) end -= poss[0].length;
  while (end > start && TRAIL_EDGE.has(text[end - 1])) end--;
  return `${start}:${end}`;
}

/**
 * Mention extents: the labelled mentions' occurrences in the text (whole words; one inside a
 * longer labelled occurrence is not its own) against every predicted mention that overlaps one.
 * A predicted mention is right when, quotes and edge punctuation aside, it spans exactly one.
 */
/**
 * How a predicted mention's extent differs from the labelled one it overlaps (core spans: edge
 * quotes, punctuation and determiners aside): a class of `--classes`.
 */
function extentClass(m: { start: number; end: number }, l: { start: number; end: number }): string {
  if (m.start <= l.start && m.end >= l.end) return m.start < l.start && m.end > l.end ? 'run on at both ends' : m.start < l.start ? 'run on at the start' : 'run on at the end';
  if (m.start >= l.start && m.end <= l.end) return m.start > l.start && m.end < l.end ? 'cut at both ends' : m.start > l.start ? 'cut at the start' : 'cut at the end';
  return 'shifted';
}

function scoreExtents(c: EvalCase, tags: InstitutionTag[], g: GroupScore, report: (d: string) => void, classify: (cls: string) => void = () => {}): void {
  const text = c.text;
  const spans: { start: number; end: number }[] = [];
  for (const inst of c.institutions) {
    for (const m of inst.mentions) {
      for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
        const end = at + m.length;
        const glued = (at > 0 && LETTER_RE.test(text[at - 1]) && LETTER_RE.test(m[0])) ||
          (end < text.length && LETTER_RE.test(text[end]) && LETTER_RE.test(m[m.length - 1]));
        if (!glued) spans.push({ start: at, end });
      }
    }
  }
  if (spans.length === 0) return;
  const outer = spans.filter((s) => !spans.some((o) => o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
  const cores = new Set(outer.map((s) => coreOf(text, s.start, s.end)));
  for (const t of tags) {
    for (const m of t.mentions) {
      const hit = outer.find((s) => m.start < s.end && s.start < m.end);
      if (!hit) continue;
      g.details.extent.total++;
      if (cores.has(coreOf(text, m.start, m.end))) {
        g.details.extent.correct++;
        continue;
      }
      const core = (a: number, b: number) => {
        const [start, end] = coreOf(text, a, b).split(':').map(Number);
        return { start, end };
      };
      classify(`institutions extent: ${extentClass(core(m.start, m.end), core(hit.start, hit.end))} (${c.lang})`);
      report(`"${clip(m.text.replace(/\s+/g, ' '), 70)}" overlaps labelled "${clip(text.slice(hit.start, hit.end).replace(/\s+/g, ' '), 70)}"`);
    }
  }
}

function partnershipScore(l: PartnershipLabel, p: PartnershipEvent, lang: Lang, namesOf: NamesOf, keyFn: KeyFn | null): number {
  if (l.parties.length === 0 && p.parties.length === 0) return 1;
  const matched = matchedParties(l, p, lang, namesOf, keyFn).size;
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
