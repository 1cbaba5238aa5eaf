/**
 * Grading in the Admiralty system (NATO AJP-2.1): each source a reliability A-F, each incident a
 * credibility 1-6, each with the reason in words. An incident's grade is the reliability of its
 * most reliable source and its credibility: "B2". Pure functions; the store keeps the results.
 *
 * Reliability (A completely reliable, B usually reliable, C fairly reliable, D not usually
 * reliable, E unreliable, F cannot be judged), from the source's kind, whether it was verified,
 * and its record: the share of its incidents that other, independent sources also reported.
 *   official + verified: B; A once RECORD_MIN_INCIDENTS or more incidents are >= RECORD_GOOD corroborated
 *   news + verified: C; B with a good record, D with a poor one (< RECORD_POOR)
 *   not verified: F (cannot be judged) until it has a record; then C (good) or D
 *   E is never given automatically: calling a source unreliable is an analyst's decision.
 * Credibility (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged):
 *   1  two or more independent sources, no contradictions
 *   2  two or more independent sources that contradict each other on a detail; or an official
 *      source (or the institution itself) alone, not contradicted
 *   3  one source, not contradicted
 *   4  one source that contradicts itself, or whose extraction is unsure (confidence < UNSURE)
 *   5  never given automatically (improbable needs a judgement against other knowledge)
 *   6  no date or no place and no institution: nothing to judge it by
 */
import type { IncidentSummary } from './_summary.js';

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY)[number];

/** Incidents a source needs before its record moves its grade. */
export const RECORD_MIN_INCIDENTS = 5;
/** Share corroborated at or above which the record is good. */
export const RECORD_GOOD = 0.5;
/** Share corroborated below which the record is poor. */
export const RECORD_POOR = 0.2;
/** Extraction confidence below which a lone report is doubtful. */
export const UNSURE = 0.7;

export interface SourceRecord {
  kind: string;
  verified: boolean;
  /** Incidents it reported. */
  incidents: number;
  /** Of those, reported by at least two independent sources. */
  corroborated: number;
}

export function gradeSource(s: SourceRecord): { reliability: Reliability; reason: string } {
  const share = s.incidents ? s.corroborated / s.incidents : 0;
  const record = `${s.corroborated} of ${s.incidents} incident${s.incidents === 1 ? '' : 's'} corroborated`;
  const judged = s.incidents >= RECORD_MIN_INCIDENTS;
  const good = judged && share >= RECORD_GOOD;
  const poor = judged && share < RECORD_POOR;
  const what = `${s.kind} source, ${s.verified ? 'verified' : 'not verified'}`;
  if (!s.verified) {
    if (!judged) return { reliability: 'F', reason: `${what}; ${record} (fewer than ${RECORD_MIN_INCIDENTS}: cannot be judged)` };
    return { reliability: good ? 'C' : 'D', reason: `${what}; ${record} (${good ? 'good' : 'weak'} record)` };
  }
  if (s.kind === 'official') return { reliability: good ? 'A' : 'B', reason: `${what}; ${record}${good ? ' (good record)' : ''}` };
  return { reliability: good ? 'B' : poor ? 'D' : 'C', reason: `${what}; ${record}${good ? ' (good record)' : poor ? ' (poor record)' : ''}` };
}

export function gradeIncident(s: IncidentSummary, maxConfidence: number): { credibility: number; reason: string } {
  const place = s.merged.settlement ?? s.merged.institution ?? s.merged.parties;
  if (!s.merged.date || !place) return { credibility: 6, reason: `no ${!s.merged.date ? 'date' : 'place or institution'} to judge it by` };
  const contra = s.contradictions.map((c) => c.field);
  const cText = contra.length ? `; reports differ on ${contra.join(', ')}` : '';
  if (s.independentSources >= 2) {
    return contra.length
      ? { credibility: 2, reason: `${s.independentSources} independent sources${cText}` }
      : { credibility: 1, reason: `confirmed by ${s.independentSources} independent sources` };
  }
  if (s.corroboration === 'official' && !contra.length) return { credibility: 2, reason: 'reported by an official source (or the institution itself), not corroborated by another' };
  if (contra.length) return { credibility: 4, reason: `one source${cText}` };
  if (maxConfidence < UNSURE) return { credibility: 4, reason: `one source, extraction confidence ${maxConfidence.toFixed(2)} < ${UNSURE}` };
  return { credibility: 3, reason: 'one source, not corroborated' };
}

export interface MinGrade {
  reliability: Reliability;
  credibility: number;
}

/** Parse a --min-grade value such as "B2" (at least as reliable as B and as credible as 2). */
export function parseGrade(text: string): MinGrade | null {
  const m = /^([A-Fa-f])([1-6])$/.exec(text.trim());
  return m ? { reliability: m[1].toUpperCase() as Reliability, credibility: Number(m[2]) } : null;
}

/** True when grade "C2" meets a minimum: reliability letter no later, credibility number no higher. */
export function meetsGrade(grade: string | null, min: MinGrade): boolean {
  const g = grade ? parseGrade(grade) : null;
  return g !== null && g.reliability <= min.reliability && g.credibility <= min.credibility;
}
