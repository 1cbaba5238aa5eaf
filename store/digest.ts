/**
 * `eduwatch digest`: what is new in the store since a moment (store/queries/moments.ts: last-run,
 * a date or a date-time), for an analyst's report. "New" is by when eduwatch first fetched a
 * document (the fetched_at of its first fetch), never by the event's or the publication's date:
 * - newIncidents: damage incidents all of whose reports were first fetched since then;
 * - corroborated: incidents (damage or agreements) that existed before and gained a report since;
 * - newPartnerships: partnership events first fetched since then that are no new report of an
 *   agreement known before (those are under corroborated), one row per incident (or event);
 * - brokenSources: sources whose latest run failed, that are failing, that never produced a
 *   document, or that `eduwatch status` warns about (store/status.ts computes all of it).
 * The shape is a contract (README, digest): fields are added, never removed or renamed.
 */
import type { DB } from './db.js';
import { resolveMoment } from './queries/moments.js';
import { sourceStatus } from './status.js';

export interface DigestDocument {
  eventId: number;
  documentId: number;
  url: string;
  title: string | null;
  sourceId: string;
  sourceName: string;
  lang: string | null;
  published: string | null;
  /** When eduwatch first fetched it (UTC). */
  firstSeen: string;
  /** First fetched at or after `since`. */
  new: boolean;
}

export interface DigestIncident {
  id: number;
  handle: string | null;
  type: 'damage' | 'partnership';
  grade: string | null;
  corroboration: string;
  date: string | null;
  institution: string | null;
  institutionKind: string | null;
  settlement: string | null;
  region: string | null;
  severity: string | null;
  cause: string | null;
  parties: string[];
  /** Reports in all, and those first fetched since the moment. */
  reports: number;
  newReports: number;
  documents: DigestDocument[];
}

export interface DigestPartnership {
  /** The agreement's incident, null for an event in none (e.g. one named party). */
  incidentId: number | null;
  handle: string | null;
  grade: string | null;
  eventIds: number[];
  date: string | null;
  parties: string[];
  kind: string | null;
  status: string | null;
  place: string | null;
  documents: DigestDocument[];
}

export interface DigestSource {
  id: string;
  name: string;
  lastRun: { runId: number; startedAt: string; status: string; newDocuments: number; failed: number } | null;
  documents: number;
  failing: boolean;
  /** Why it is listed: the latest run failed, never a document, and `status` warnings. */
  problems: string[];
}

export interface Digest {
  /** The moment, as an ISO instant (UTC). */
  since: string;
  /** What was asked: last-run, or the date or date-time given. */
  sinceGiven: string;
  generatedAt: string;
  /** Runs started at or after the moment. */
  runs: { id: number; startedAt: string; endedAt: string | null; status: string }[];
  /** Documents and events first fetched since the moment. */
  counts: { documents: number; events: number };
  newIncidents: DigestIncident[];
  corroborated: DigestIncident[];
  newPartnerships: DigestPartnership[];
  brokenSources: DigestSource[];
}

interface IncidentRecord {
  id: number;
  handle: string | null;
  type: 'damage' | 'partnership';
  grade: string | null;
  corroboration: string;
  date: string | null;
  institution: string | null;
  institution_kind: string | null;
  settlement: string | null;
  region: string | null;
  severity: string | null;
  cause: string | null;
  parties: string | null;
  reports: number;
  first_seen: string;
}

interface DocRecord {
  event_id: number;
  document_id: number;
  url: string;
  title: string | null;
  source_id: string;
  source_name: string;
  lang: string | null;
  published_at: string | null;
  first_seen: string;
}

const DOC_SELECT = `
SELECT e.id AS event_id, d.id AS document_id, d.url, d.title, d.source_id, s.name AS source_name, d.lang, d.published_at,
       f.fetched_at AS first_seen
FROM events e JOIN documents d ON d.id = e.document_id JOIN sources s ON s.id = d.source_id JOIN fetches f ON f.id = d.fetch_id`;

function parseList(text: string | null): string[] {
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const v = JSON.parse(text) as unknown;
      if (Array.isArray(v)) return v.filter((x) => x !== null).map(String);
    } catch {
      // not JSON: a joined list
    }
  }
  return text.split('; ').filter(Boolean); // v_incidents.parties: names joined by '; '
}

export function buildDigest(db: DB, sinceGiven: string, option = '--since', now = new Date()): Digest {
  const since = resolveMoment(db, sinceGiven, option);
  const docOf = (r: DocRecord): DigestDocument => ({
    eventId: r.event_id,
    documentId: r.document_id,
    url: r.url,
    title: r.title,
    sourceId: r.source_id,
    sourceName: r.source_name,
    lang: r.lang,
    published: r.published_at,
    firstSeen: r.first_seen,
    new: r.first_seen >= since,
  });
  const incidentDocs = db.prepare(`${DOC_SELECT} JOIN incident_reports r ON r.event_id = e.id WHERE r.incident_id = ? ORDER BY f.fetched_at, e.id`);

  // Incidents with a report first fetched since the moment, and when their first report was fetched.
  const touched = db
    .prepare(
      `SELECT i.id, i.handle, i.type, i.grade, i.corroboration, i.date, i.institution, i.institution_kind, i.settlement, i.region,
              i.severity, i.cause, i.parties, i.reports, t.first_seen
       FROM (SELECT r.incident_id, min(f.fetched_at) AS first_seen, max(f.fetched_at) AS last_seen
               FROM incident_reports r JOIN documents d ON d.id = r.document_id JOIN fetches f ON f.id = d.fetch_id
              GROUP BY r.incident_id) t
       JOIN v_incidents i ON i.id = t.incident_id
       WHERE t.last_seen >= @since
       ORDER BY i.date IS NULL, i.date DESC, i.id DESC`,
    )
    .all({ since }) as IncidentRecord[];
  const incidentOf = (r: IncidentRecord): DigestIncident => {
    const documents = (incidentDocs.all(r.id) as DocRecord[]).map(docOf);
    return {
      id: r.id,
      handle: r.handle,
      type: r.type,
      grade: r.grade,
      corroboration: r.corroboration,
      date: r.date,
      institution: r.institution,
      institutionKind: r.institution_kind,
      settlement: r.settlement,
      region: r.region,
      severity: r.severity,
      cause: r.cause,
      parties: parseList(r.parties),
      reports: r.reports,
      newReports: documents.filter((d) => d.new).length,
      documents,
    };
  };
  const isNew = (r: IncidentRecord) => r.first_seen >= since;
  const newIncidents = touched.filter((r) => isNew(r) && r.type === 'damage').map(incidentOf);
  const corroborated = touched.filter((r) => !isNew(r)).map(incidentOf);

  // Partnerships: new agreements (a new incident) and new events in no incident.
  const newAgreements = new Map(touched.filter((r) => isNew(r) && r.type === 'partnership').map((r) => [r.id, r]));
  const partnershipEvents = db
    .prepare(
      `SELECT e.id, e.date, e.status, e.agreement_kind, e.place, r.incident_id,
              (SELECT json_group_array(p.name) FROM event_participants p WHERE p.event_id = e.id) AS parties
       FROM events e JOIN documents d ON d.id = e.document_id JOIN fetches f ON f.id = d.fetch_id
       LEFT JOIN incident_reports r ON r.event_id = e.id
       WHERE e.type = 'partnership' AND f.fetched_at >= @since
       ORDER BY coalesce(e.date, e.day) DESC, e.id DESC`,
    )
    .all({ since }) as { id: number; date: string | null; status: string | null; agreement_kind: string | null; place: string | null; incident_id: number | null; parties: string }[];
  const eventDoc = db.prepare(`${DOC_SELECT} WHERE e.id = ?`);
  const newPartnerships: DigestPartnership[] = [];
  const seen = new Set<number>();
  for (const e of partnershipEvents) {
    if (e.incident_id !== null) {
      const inc = newAgreements.get(e.incident_id);
      if (!inc || seen.has(e.incident_id)) continue; // an earlier agreement's new report: under corroborated
      seen.add(e.incident_id);
      const full = incidentOf(inc);
      newPartnerships.push({
        incidentId: inc.id,
        handle: inc.handle,
        grade: inc.grade,
        eventIds: full.documents.map((d) => d.eventId),
        date: inc.date ?? e.date,
        parties: full.parties.length ? full.parties : parseList(e.parties),
        kind: e.agreement_kind,
        status: e.status,
        place: e.place,
        documents: full.documents,
      });
    } else {
      newPartnerships.push({
        incidentId: null,
        handle: null,
        grade: null,
        eventIds: [e.id],
        date: e.date,
        parties: parseList(e.parties),
        kind: e.agreement_kind,
        status: e.status,
        place: e.place,
        documents: [docOf(eventDoc.get(e.id) as DocRecord)],
      });
    }
  }

  const sources = db.prepare('SELECT id, name FROM sources ORDER BY id').all() as { id: string; name: string }[];
  const brokenSources: DigestSource[] = [];
  for (const s of sourceStatus(db, sources)) {
    const problems: string[] = [];
    // status's own warning names the failure and its error when it has one; say it once.
    const told = s.lastError !== null && s.warnings.some((w) => w.includes(s.lastError!));
    if (s.lastRun?.status === 'failed') problems.push(told ? 'latest run failed' : `latest run failed${s.lastError ? `: ${s.lastError}` : ''}`);
    else if (s.failing) problems.push(told ? 'failing' : `failing${s.lastError ? `: ${s.lastError}` : ''}`);
    if (s.lastRun && s.documents === 0) problems.push('has produced no documents');
    problems.push(...s.warnings);
    if (problems.length === 0) continue;
    brokenSources.push({
      id: s.id,
      name: s.name,
      lastRun: s.lastRun
        ? { runId: s.lastRun.runId, startedAt: s.lastRun.startedAt, status: s.lastRun.status, newDocuments: s.lastRun.newDocuments, failed: s.lastRun.failed }
        : null,
      documents: s.documents,
      failing: s.failing,
      problems,
    });
  }

  const runs = db
    .prepare('SELECT id, started_at AS startedAt, ended_at AS endedAt, status FROM runs WHERE started_at >= ? ORDER BY started_at, id')
    .all(since) as Digest['runs'];
  const counts = db
    .prepare(
      `SELECT count(*) AS documents, coalesce(sum((SELECT count(*) FROM events e WHERE e.document_id = d.id)), 0) AS events
       FROM documents d JOIN fetches f ON f.id = d.fetch_id WHERE f.fetched_at >= ?`,
    )
    .get(since) as Digest['counts'];

  return { since, sinceGiven, generatedAt: now.toISOString(), runs, counts, newIncidents, corroborated, newPartnerships, brokenSources };
}
