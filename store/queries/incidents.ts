/**
 * `query incidents` and `evidence --incident N`: incidents with their reports, corroboration and
 * Admiralty grade, and the explanation of every join.
 */
import type { DB } from '../db.js';
import { StoreError } from '../errors.js';
import { meetsGrade, parseGrade } from '../incidents/grading.js';
import { sameSettlementKey, settlementKey } from '../incidents/place-key.js';
import { dateConditions, textMatches, textNeedle, type Params } from './filters.js';

export const CORROBORATION_LEVELS = ['single', 'corroborated', 'official'] as const;

export interface IncidentFilters {
  type?: 'damage' | 'partnership';
  since?: string;
  until?: string;
  /** A settlement in any of the five languages (compared as store/incidents/place-key.ts does). */
  settlement?: string;
  /** Institution (or party) name, or a part of it, in any case. */
  institution?: string;
  /** "B2": sources at least as reliable as B and credibility 1 or 2. */
  minGrade?: string;
  corroboration?: (typeof CORROBORATION_LEVELS)[number];
  limit?: number;
}

export interface IncidentRow {
  /** The store's row number (arrival order: may differ between two crawls of the same pages). */
  id: number;
  /** Stable name of the incident, e.g. "D20251022-3fa9c1d2" (store/incidents/handle.ts): the same every run. */
  handle: string | null;
  type: 'damage' | 'partnership';
  date: string | null;
  /** Reliability of its most reliable source and its credibility, e.g. "B2". */
  grade: string | null;
  reliability: string | null;
  credibility: number;
  credibilityReason: string;
  corroboration: 'single' | 'corroborated' | 'official';
  institution: string | null;
  institutionKind: string | null;
  settlement: string | null;
  region: string | null;
  severity: string | null;
  cause: string | null;
  killed: number | null;
  injured: number | null;
  parties: string | null;
  agreementKind: string | null;
  status: string | null;
  reports: number;
  sources: number;
  independentSources: number;
  languages: string[];
  firstReported: string | null;
  lastReported: string | null;
  eventIds: number[];
  sourceIds: string[];
  contradictions: unknown[];
  /** Each merged field: {value, rule, eventIds}. */
  merged: Record<string, { value: unknown; rule: string; eventIds: number[] }>;
}

interface Record_ {
  [k: string]: unknown;
}

const SELECT = `
SELECT i.*,
       (SELECT min(g.reliability) FROM incident_reports r JOIN source_grades g ON g.source_id = r.source_id WHERE r.incident_id = i.id) AS reliability,
       (SELECT json_group_array(r.event_id) FROM (SELECT event_id FROM incident_reports WHERE incident_id = i.id ORDER BY event_id) r) AS event_ids,
       (SELECT json_group_array(s) FROM (SELECT DISTINCT source_id AS s FROM incident_reports WHERE incident_id = i.id ORDER BY source_id)) AS source_ids
FROM incidents i`;

function bad(message: string): never {
  throw new StoreError('bad-filter', message);
}

function toRow(r: Record_): IncidentRow {
  const reliability = (r.reliability as string | null) ?? null;
  return {
    id: r.id as number,
    handle: (r.handle as string | null) ?? null,
    type: r.type as IncidentRow['type'],
    date: r.day as string | null,
    grade: reliability ? `${reliability}${r.credibility as number}` : null,
    reliability,
    credibility: r.credibility as number,
    credibilityReason: r.credibility_reason as string,
    corroboration: r.corroboration as IncidentRow['corroboration'],
    institution: r.institution as string | null,
    institutionKind: r.institution_kind as string | null,
    settlement: r.settlement as string | null,
    region: r.region as string | null,
    severity: r.severity as string | null,
    cause: r.cause as string | null,
    killed: r.killed as number | null,
    injured: r.injured as number | null,
    parties: r.parties as string | null,
    agreementKind: r.agreement_kind as string | null,
    status: r.status as string | null,
    reports: r.reports as number,
    sources: r.sources as number,
    independentSources: r.independent_sources as number,
    languages: (r.languages as string) ? (r.languages as string).split(',') : [],
    firstReported: r.first_reported as string | null,
    lastReported: r.last_reported as string | null,
    eventIds: JSON.parse(r.event_ids as string) as number[],
    sourceIds: JSON.parse(r.source_ids as string) as string[],
    contradictions: JSON.parse(r.contradictions as string) as unknown[],
    merged: JSON.parse(r.merged as string) as IncidentRow['merged'],
  };
}

export function queryIncidents(db: DB, f: IncidentFilters = {}): IncidentRow[] {
  if (f.type !== undefined && f.type !== 'damage' && f.type !== 'partnership') bad(`--type "${f.type}": use damage or partnership`);
  if (f.corroboration !== undefined && !CORROBORATION_LEVELS.includes(f.corroboration)) bad(`--corroboration "${f.corroboration}": use ${CORROBORATION_LEVELS.join(', ')}`);
  const min = f.minGrade === undefined ? null : parseGrade(f.minGrade);
  if (f.minGrade !== undefined && !min) bad(`--min-grade "${f.minGrade}": give a letter A-F and a number 1-6, e.g. B2`);
  if (f.limit !== undefined && !(Number.isInteger(f.limit) && f.limit > 0)) bad(`--limit "${f.limit}": give a whole number above 0`);
  const params: Params = {};
  const where: string[] = [];
  if (f.type) {
    params.type = f.type;
    where.push('i.type = @type');
  }
  if (f.corroboration) {
    params.corroboration = f.corroboration;
    where.push('i.corroboration = @corroboration');
  }
  where.push(...dateConditions('i.day', f, params));
  if (f.institution !== undefined) {
    if (f.institution.trim() === '') bad('--institution: give some text to match');
    const n = textNeedle('inst', f.institution, params, false);
    where.push(`(${textMatches('i.institution', n)} OR ${textMatches('i.parties', n)})`);
  }
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.day DESC NULLS LAST, i.id DESC`;
  let rows = (db.prepare(sql).all(params) as Record_[]).map(toRow);
  if (f.settlement !== undefined) {
    const key = settlementKey(f.settlement);
    if (key === null) bad(`--settlement "${f.settlement}": give a place name`);
    rows = rows.filter((r) => sameSettlementKey(settlementKey(r.settlement), key));
  }
  if (min) rows = rows.filter((r) => meetsGrade(r.grade, min));
  return f.limit ? rows.slice(0, f.limit) : rows;
}

export interface IncidentReportRow {
  eventId: number;
  /** first-report | same-institution | same-number | same-settlement-kind | same-parties | same-parties-undated */
  rule: string;
  /** The earlier report it matched (null for the first). */
  joinedTo: number | null;
  /** The values compared: {field: [this report's, the matched report's]}. */
  compared: Record<string, [unknown, unknown]>;
  independent: boolean;
  dependsOn: number | null;
  dependsWhy: string | null;
  date: string | null;
  published: string | null;
  lang: string | null;
  sourceId: string;
  sourceName: string;
  sourceKind: string;
  reliability: string | null;
  reliabilityReason: string | null;
  documentId: number;
  documentUrl: string;
  quote: string;
}

export interface IncidentEvidence {
  incident: IncidentRow;
  reports: IncidentReportRow[];
}

/** An incident by its id (a number) or its handle ("D20251022-3fa9c1d2"). */
export function getIncidentEvidence(db: DB, idOrHandle: number | string): IncidentEvidence | null {
  const byHandle = typeof idOrHandle === 'string' && !/^\d+$/.test(idOrHandle);
  const rows = (byHandle
    ? db.prepare(`${SELECT} WHERE i.handle = ? ORDER BY i.id`).all(idOrHandle)
    : db.prepare(`${SELECT} WHERE i.id = ?`).all(Number(idOrHandle))) as Record_[];
  if (rows.length === 0) return null;
  if (rows.length > 1) throw new StoreError('bad-filter', `incident handle ${String(idOrHandle)} names ${rows.length} incidents (ids ${rows.map((r) => r.id as number).join(', ')}): give the id instead`);
  const row = rows[0];
  const id = row.id as number;
  const reports = db
    .prepare(
      `SELECT r.event_id, r.rule, r.joined_to, r.compared, r.independent, r.depends_on, r.depends_why, e.date, d.published_at, d.lang,
              r.source_id, s.name AS source_name, s.kind AS source_kind, g.reliability, g.reason, r.document_id, d.url, e.quote
       FROM incident_reports r JOIN events e ON e.id = r.event_id JOIN documents d ON d.id = r.document_id
       JOIN sources s ON s.id = r.source_id LEFT JOIN source_grades g ON g.source_id = r.source_id
       WHERE r.incident_id = ? ORDER BY r.event_id`,
    )
    .all(id) as Record_[];
  return {
    incident: toRow(row),
    reports: reports.map((r) => ({
      eventId: r.event_id as number,
      rule: r.rule as string,
      joinedTo: r.joined_to as number | null,
      compared: JSON.parse(r.compared as string) as Record<string, [unknown, unknown]>,
      independent: r.independent === 1,
      dependsOn: r.depends_on as number | null,
      dependsWhy: r.depends_why as string | null,
      date: r.date as string | null,
      published: r.published_at as string | null,
      lang: r.lang as string | null,
      sourceId: r.source_id as string,
      sourceName: r.source_name as string,
      sourceKind: r.source_kind as string,
      reliability: r.reliability as string | null,
      reliabilityReason: r.reason as string | null,
      documentId: r.document_id as number,
      documentUrl: r.url as string,
      quote: r.quote as string,
    })),
  };
}
