/**
 * An incident from its reports, pure: the merged fields (each with the rule that chose it), the
 * contradictions between reports, which reports are independent sources, and the corroboration
 * level. The store writes the result (incidents row) after every change of membership.
 */
import type { Report } from './_rules.js';
import { dayDistance, severitiesAgree, causesCompatible } from './_rules.js';

export type Corroboration = 'single' | 'corroborated' | 'official';

export interface Merged {
  value: unknown;
  /** How the value was chosen: official source | most reports | first report | earliest stated date | ... */
  rule: string;
  /** Reports giving this value. */
  eventIds: number[];
}

export interface Contradiction {
  field: string;
  values: { value: unknown; eventIds: number[] }[];
}

export interface IncidentSummary {
  type: 'damage' | 'partnership';
  day: string | null;
  institutionId: number | null;
  merged: Record<string, Merged>;
  contradictions: Contradiction[];
  reports: number;
  sources: number;
  independentSources: number;
  languages: string[];
  firstReported: string | null;
  lastReported: string | null;
  corroboration: Corroboration;
  /** Per report: the earlier report it is not independent of (same owner or copied text), and why. */
  dependent: Map<number, { of: number; why: 'same document' | 'same owner' | 'copied text' }>;
  /** Reports from an official source or the institution itself. */
  officialEventIds: number[];
}

/** Share of a text's word 4-grams found in the other's, above which one copies the other. */
export const COPY_CONTAINMENT = 0.5;
const SHINGLE = 4;
/** Shortest source name compared with the institution's ("the institution itself" reports it). */
const MIN_SELF_NAME = 12;

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/ё/g, 'е');

export function shingles(text: string): Set<string> {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** True when one text copies the other: most of the shorter one's 4-grams are in the longer one. */
export function copied(a: Set<string>, b: Set<string>): boolean {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  if (s.size === 0) return false;
  let common = 0;
  for (const x of s) if (l.has(x)) common++;
  return common / s.size >= COPY_CONTAINMENT;
}

/** A report from the institution itself: its source's name names the institution (or the reverse). */
function fromInstitution(r: Report, institution: string | null): boolean {
  if (!institution || r.sourceName.length < MIN_SELF_NAME) return false;
  const a = fold(r.sourceName);
  const b = fold(institution);
  return a.includes(b) || b.includes(a);
}

/** The value most reports give: an official source's first, else the most reports, ties to the first report. */
function choose(reports: Report[], get: (r: Report) => unknown, official: Set<number>): Merged | null {
  const groups = new Map<string, { value: unknown; ids: number[] }>();
  for (const r of reports) {
    const v = get(r);
    if (v === null || v === undefined || v === '') continue;
    const k = JSON.stringify(v);
    const g = groups.get(k) ?? { value: v, ids: [] };
    g.ids.push(r.eventId);
    groups.set(k, g);
  }
  if (groups.size === 0) return null;
  const list = [...groups.values()];
  const byOfficial = list.filter((g) => g.ids.some((id) => official.has(id)));
  if (byOfficial.length === 1 && list.length > 1) return { value: byOfficial[0].value, rule: 'official source', eventIds: byOfficial[0].ids };
  list.sort((x, y) => y.ids.length - x.ids.length || Math.min(...x.ids) - Math.min(...y.ids));
  const rule = list.length === 1 ? (list[0].ids.length > 1 ? 'all reports agree' : 'one report') : list[0].ids.length > list[1].ids.length ? 'most reports' : 'first report';
  return { value: list[0].value, rule, eventIds: list[0].ids };
}

function contradiction(field: string, reports: Report[], get: (r: Report) => unknown, clash: (a: unknown, b: unknown) => boolean): Contradiction | null {
  const groups = new Map<string, { value: unknown; eventIds: number[] }>();
  for (const r of reports) {
    const v = get(r);
    if (v === null || v === undefined) continue;
    const k = JSON.stringify(v);
    const g = groups.get(k) ?? { value: v, eventIds: [] };
    g.eventIds.push(r.eventId);
    groups.set(k, g);
  }
  const values = [...groups.values()];
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) if (clash(values[i].value, values[j].value)) return { field, values };
  }
  return null;
}

/**
 * Summarise an incident's reports (any order; they are sorted by event id). `textOf` gives a
 * document's 4-gram shingles for the copied-text test (cached by the caller).
 */
export function summarize(input: Report[], textOf: (documentId: number) => Set<string>): IncidentSummary {
  const reports = [...input].sort((a, b) => a.eventId - b.eventId);
  const type = reports[0].type;
  const institutionGuess = reports.find((r) => r.institution)?.institution ?? null;
  const official = new Set(reports.filter((r) => r.sourceKind === 'official' || fromInstitution(r, r.institution ?? institutionGuess)).map((r) => r.eventId));

  // Independence: a report depends on the earliest earlier report of one document, one owner, or copied text.
  const dependent: IncidentSummary['dependent'] = new Map();
  const heads: Report[] = [];
  for (const r of reports) {
    let dep: { of: number; why: 'same document' | 'same owner' | 'copied text' } | null = null;
    for (const h of heads) {
      if (h.documentId === r.documentId) dep = { of: h.eventId, why: 'same document' };
      else if (h.owner === r.owner) dep = { of: h.eventId, why: 'same owner' };
      else if (copied(textOf(h.documentId), textOf(r.documentId))) dep = { of: h.eventId, why: 'copied text' };
      if (dep) break;
    }
    if (dep) dependent.set(r.eventId, dep);
    else heads.push(r);
  }

  const merged: Record<string, Merged> = {};
  const put = (field: string, m: Merged | null) => {
    if (m) merged[field] = m;
  };
  const stated = reports.filter((r) => r.date !== null);
  const dates = stated.length ? stated : reports.filter((r) => r.day !== null);
  if (dates.length) {
    const first = dates.reduce((x, y) => ((y.date ?? y.day)! < (x.date ?? x.day)! ? y : x));
    const v = first.date ?? first.day;
    merged.date = { value: v, rule: stated.length ? 'earliest stated date' : 'first publication', eventIds: dates.filter((r) => (r.date ?? r.day) === v).map((r) => r.eventId) };
  }
  const contradictions: Contradiction[] = [];
  const clash = (c: Contradiction | null) => {
    if (c) contradictions.push(c);
  };
  if (type === 'damage') {
    put('institution', choose(reports, (r) => r.institution, official));
    put('institutionKind', choose(reports, (r) => r.institutionKind, official));
    put('settlement', choose(reports, (r) => r.settlement, official));
    put('region', choose(reports, (r) => r.region, official));
    put('severity', choose(reports, (r) => r.severity, official));
    put('cause', choose(reports, (r) => r.cause, official));
    for (const f of ['killed', 'injured'] as const) {
      const known = reports.filter((r) => r[f] !== null);
      if (known.length) {
        const max = Math.max(...known.map((r) => r[f]!));
        merged[f] = { value: max, rule: 'highest reported', eventIds: known.filter((r) => r[f] === max).map((r) => r.eventId) };
      }
    }
    clash(contradiction('severity', reports, (r) => r.severity, (a, b) => !severitiesAgree(a as string, b as string)));
    clash(contradiction('cause', reports, (r) => r.cause, (a, b) => !causesCompatible(a as string, b as string)));
    clash(contradiction('killed', reports, (r) => r.killed, (a, b) => a !== b));
  } else {
    put('parties', choose(reports, (r) => r.parties.map((p) => p.name), official));
    put('agreementKind', choose(reports, (r) => r.agreementKind, official));
    put('status', choose(reports, (r) => r.status, official));
  }
  clash(contradiction('date', stated, (r) => r.date, (a, b) => (dayDistance(a as string, b as string) ?? 0) > 1));

  const institutionIds = reports.map((r) => r.institutionId).filter((x): x is number => x !== null);
  const published = reports.map((r) => r.published?.slice(0, 10) ?? r.day).filter((x): x is string => !!x).sort();
  const independentSources = heads.length;
  return {
    type,
    day: (merged.date?.value as string | undefined) ?? null,
    institutionId: type === 'damage' ? (institutionIds.sort((a, b) => institutionIds.filter((x) => x === b).length - institutionIds.filter((x) => x === a).length || a - b)[0] ?? null) : null,
    merged,
    contradictions,
    reports: reports.length,
    sources: new Set(reports.map((r) => r.sourceId)).size,
    independentSources,
    languages: [...new Set(reports.map((r) => r.lang).filter((l): l is string => l !== null))].sort(),
    firstReported: published[0] ?? null,
    lastReported: published[published.length - 1] ?? null,
    corroboration: official.size > 0 ? 'official' : independentSources >= 2 ? 'corroborated' : 'single',
    dependent,
    officialEventIds: [...official],
  };
}
