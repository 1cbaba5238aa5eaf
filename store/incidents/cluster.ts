/**
 * Incident clustering in the store. A new document's events join or start incidents in the same
 * transaction as the document (addDocumentIncidents, called by the ingest); reextract and a store
 * older than the incidents migration rebuild them all (rebuildIncidents).
 *
 * Membership is deterministic: an incident is a connected component of the pair rules
 * (_rules.ts) over the store's clusterable events, so it depends only on the store's contents,
 * never on the order documents arrived in. Each event is processed in event-id order (the order a
 * crawl stores them, and the order of a rebuild): it joins the incidents of every earlier event it
 * matches (merged into the one with the lowest id), recording the earliest matching event and the
 * rule; otherwise it starts an incident. So the ids, joins and explanations a crawl writes are
 * exactly those a rebuild writes.
 *
 * Undated damage reports (no full day: _rules.ts matchUndated) are not part of those components:
 * each one belongs to the one incident whose dated reports it fits, when there is exactly one, and
 * is on its own otherwise. Which incident that is changes only when a dated report it fits arrives
 * or two incidents merge, so those two steps settle the undated reports again (settle), inside the
 * same add: the crawl and a rebuild still take the same steps in the same order.
 */
import type { DB } from '../db.js';
import { DAMAGE_WINDOW_DAYS, isUndatedDamage, kindsMeeting, matchReports, matchUndated, ownerOf, PARTNERSHIP_WINDOW_DAYS, statedDate, type Join, type Report } from './_rules.js';
import { isVillage, settlementKey, VILLAGE_POPULATION } from './place-key.js';
import { shingles, summarize } from './_summary.js';
import { gradeIncident, gradeSource } from './grading.js';
import { incidentHandle } from './handle.js';
import { foldText } from '../db.js';

/** Bump when the rules change: a store built with another version is rebuilt when opened for writing. */
export const INCIDENTS_VERSION = '9';
const META_KEY = 'incidents_version';

/** Events that can be part of an incident: damage incidents (no appeals, no statistics) and agreements with two parties. */
const CLUSTERABLE = `((e.type = 'damage' AND coalesce(e.scope, 'incident') = 'incident')
  OR (e.type = 'partnership' AND (SELECT count(*) FROM event_participants p WHERE p.event_id = e.id) >= 2))`;

const REPORT_SELECT = `
SELECT e.id, e.document_id, e.type, e.date, coalesce(e.date_basis, json_extract(e.data, '$.dateBasis')) AS date_basis, e.day, json_extract(e.data, '$.monthDay') AS month_day, json_extract(e.data, '$.repeated') AS repeated, e.institution_kind, e.settlement, e.region, e.severity, e.cause,
       e.killed, e.injured, e.confidence, e.agreement_kind, e.status, d.lang, d.published_at, d.source_id, d.url,
       s.name AS source_name, s.kind AS source_kind, s.verified_by, s.home,
       (SELECT json_group_array(json_object('id', p.institution_id, 'key', (SELECT i.key FROM institutions i WHERE i.id = p.institution_id), 'name', p.name, 'role', p.role))
          FROM event_participants p WHERE p.event_id = e.id) AS participants,
       (SELECT count(*) FROM events x WHERE x.document_id = e.document_id AND x.id < e.id) AS position
FROM events e JOIN documents d ON d.id = e.document_id JOIN sources s ON s.id = d.source_id`;

interface ReportRow {
  id: number;
  document_id: number;
  type: 'damage' | 'partnership';
  date: string | null;
  date_basis: string | null;
  day: string | null;
  month_day: string | null;
  repeated: number | null;
  institution_kind: string | null;
  settlement: string | null;
  region: string | null;
  severity: string | null;
  cause: string | null;
  killed: number | null;
  injured: number | null;
  confidence: number;
  agreement_kind: string | null;
  status: string | null;
  lang: string | null;
  published_at: string | null;
  source_id: string;
  url: string;
  source_name: string;
  source_kind: string;
  verified_by: string | null;
  home: string;
  participants: string;
  position: number;
}

function toReport(r: ReportRow): Report {
  const ps = JSON.parse(r.participants) as { id: number | null; key: string | null; name: string; role: string }[];
  const damaged = ps.find((p) => p.role === 'damaged') ?? null;
  return {
    eventId: r.id,
    documentId: r.document_id,
    type: r.type,
    date: statedDate(r.date, r.date_basis),
    day: r.day,
    monthDay: r.month_day,
    repeated: r.repeated === 1,
    institutionId: r.type === 'damage' ? (damaged?.id ?? null) : null,
    institutionKey: r.type === 'damage' ? (damaged?.key ?? null) : null,
    institution: r.type === 'damage' ? (damaged?.name ?? null) : null,
    institutionKind: r.institution_kind,
    settlement: r.settlement,
    settlementKey: settlementKey(r.settlement),
    region: r.region,
    severity: r.severity,
    cause: r.cause,
    killed: r.killed,
    injured: r.injured,
    confidence: r.confidence,
    parties: r.type === 'partnership' ? ps.filter((p) => p.role === 'party').map((p) => ({ id: p.id, name: p.name, fold: foldText(p.name) })) : [],
    agreementKind: r.agreement_kind,
    status: r.status,
    lang: r.lang,
    published: r.published_at,
    sourceId: r.source_id,
    sourceName: r.source_name,
    sourceKind: r.source_kind,
    sourceVerified: r.verified_by !== null,
    owner: ownerOf(r.home),
    url: r.url,
    position: r.position,
  };
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether an undated damage report may join an incident (_rules.ts matchUndated): it names its
 * institution (a damaged participant: a name, a key or a registry entry), gives the attack's day
 * and month, or tells of a village (undated-village).
 */
const canJoin = (r: Report) =>
  r.institutionId !== null || r.institution !== null || r.institutionKey !== null || (r.monthDay ?? null) !== null || isVillage(r.settlementKey);

/** Per transaction: prepared statements and the documents' shingles. */
class Clusterer {
  private readonly shingleCache = new Map<number, Set<string>>();
  readonly touched = new Set<number>();
  readonly touchedSources = new Set<string>();
  private readonly s;

  constructor(private readonly db: DB) {
    this.s = {
      byIds: db.prepare(`${REPORT_SELECT} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`),
      ofDocument: db.prepare(`${REPORT_SELECT} WHERE e.document_id = ? AND ${CLUSTERABLE} ORDER BY e.id`),
      window: db.prepare(
        `${REPORT_SELECT} JOIN incident_reports r ON r.event_id = e.id WHERE e.type = ? AND e.day BETWEEN ? AND ? AND e.id < ? ORDER BY e.id`,
      ),
      undated: db.prepare(`${REPORT_SELECT} JOIN incident_reports r ON r.event_id = e.id WHERE e.type = ? AND e.day IS NULL AND e.id < ? ORDER BY e.id`),
      undatedDamage: db.prepare(
        `${REPORT_SELECT} JOIN incident_reports r ON r.event_id = e.id WHERE e.type = 'damage' AND (e.day IS NULL OR e.day NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')
           AND (EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = 'damaged') OR json_extract(e.data, '$.monthDay') IS NOT NULL
             OR e.place_id IN (SELECT id FROM places WHERE kind = 'settlement' AND population BETWEEN 1 AND ${VILLAGE_POPULATION}))
         ORDER BY e.id`, // only those that name their institution, give their day or tell of a village can join (canJoin)
      ),
      datedFor: db.prepare(
        `${REPORT_SELECT} JOIN incident_reports r ON r.event_id = e.id
         WHERE e.type = 'damage' AND e.day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
           AND (e.institution_kind IN (SELECT value FROM json_each(?))
             OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = 'damaged' AND p.institution_id = ?))
         ORDER BY e.id`,
      ),
      reportRow: db.prepare('SELECT incident_id, joined_to FROM incident_reports WHERE event_id = ?'),
      countMembers: db.prepare('SELECT count(*) FROM incident_reports WHERE incident_id = ?').pluck(),
      moveReport: db.prepare('UPDATE incident_reports SET incident_id = ?, joined_to = ?, rule = ?, compared = ? WHERE event_id = ?'),
      incidentOf: db.prepare('SELECT incident_id FROM incident_reports WHERE event_id = ?').pluck(),
      newIncident: db.prepare(
        `INSERT INTO incidents (type, merged, reports, sources, independent_sources, languages, corroboration, credibility, credibility_reason, updated_at)
         VALUES (?, '{}', 0, 0, 0, '', 'single', 6, 'not graded yet', ?)`,
      ),
      addReport: db.prepare('INSERT INTO incident_reports (event_id, incident_id, document_id, source_id, joined_to, rule, compared) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      move: db.prepare('UPDATE incident_reports SET incident_id = ? WHERE incident_id = ?'),
      deleteIncident: db.prepare('DELETE FROM incidents WHERE id = ?'),
      members: db.prepare('SELECT event_id FROM incident_reports WHERE incident_id = ? ORDER BY event_id').pluck(),
      sourcesOf: db.prepare('SELECT DISTINCT source_id FROM incident_reports WHERE incident_id = ?').pluck(),
      text: db.prepare('SELECT text FROM documents WHERE id = ?').pluck(),
      setDependence: db.prepare('UPDATE incident_reports SET independent = ?, depends_on = ?, depends_why = ? WHERE event_id = ?'),
      update: db.prepare(
        `UPDATE incidents SET type = @type, day = @day, institution_id = @institution_id, institution = @institution,
           institution_kind = @institution_kind, settlement = @settlement, region = @region, severity = @severity, cause = @cause,
           killed = @killed, injured = @injured, parties = @parties, agreement_kind = @agreement_kind, status = @status,
           merged = @merged, contradictions = @contradictions, reports = @reports, sources = @sources,
           independent_sources = @independent_sources, languages = @languages, first_reported = @first_reported,
           last_reported = @last_reported, corroboration = @corroboration, credibility = @credibility,
           credibility_reason = @credibility_reason, handle = @handle, updated_at = @updated_at
         WHERE id = @id`,
      ),
      sourceRecord: db.prepare(
        `SELECT s.kind, s.verified_by IS NOT NULL AS verified,
                (SELECT count(DISTINCT r.incident_id) FROM incident_reports r WHERE r.source_id = s.id) AS incidents,
                (SELECT count(DISTINCT r.incident_id) FROM incident_reports r JOIN incidents i ON i.id = r.incident_id
                  WHERE r.source_id = s.id AND i.independent_sources >= 2) AS corroborated
         FROM sources s WHERE s.id = ?`,
      ),
      saveGrade: db.prepare(
        `INSERT INTO source_grades (source_id, reliability, reason, incidents, corroborated, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (source_id) DO UPDATE SET reliability = excluded.reliability, reason = excluded.reason,
           incidents = excluded.incidents, corroborated = excluded.corroborated, updated_at = excluded.updated_at`,
      ),
    };
  }

  private textOf = (documentId: number): Set<string> => {
    let s = this.shingleCache.get(documentId);
    if (!s) this.shingleCache.set(documentId, (s = shingles((this.s.text.get(documentId) as string | undefined) ?? '')));
    return s;
  };

  /** Join or start incidents for the clusterable events of one document, in event-id order. */
  addDocument(documentId: number): void {
    for (const row of this.s.ofDocument.all(documentId) as ReportRow[]) this.add(toReport(row));
  }

  /** The undated damage reports in the store (loaded once per transaction, then kept up to date). */
  private undatedCache: Report[] | null = null;
  private undatedReports(): Report[] {
    return (this.undatedCache ??= (this.s.undatedDamage.all() as ReportRow[]).map(toReport).filter(canJoin));
  }

  /** The one incident undated report `u` fits and the earliest report there it fits, or null (none, or two incidents: ambiguous). */
  private targetOf(u: Report): { incident: number; to: number; join: Join } | null {
    if (!canJoin(u)) return null; // a report that names no institution and gives no day (outside a village) never joins this way
    const kinds = kindsMeeting(u);
    if (kinds.length === 0 && u.institutionId === null) return null;
    const fits = (this.s.datedFor.all(JSON.stringify(kinds), u.institutionId) as ReportRow[]).map(toReport).flatMap((c) => {
      const join = matchUndated(u, c);
      return join ? [{ c, join }] : [];
    });
    const incidents = new Set(fits.map((f) => this.s.incidentOf.get(f.c.eventId) as number));
    if (incidents.size !== 1) return null;
    return { incident: [...incidents][0], to: fits[0].c.eventId, join: fits[0].join };
  }

  /** Put undated report `u` where it belongs now: its one incident, else an incident of its own. */
  private settle(u: Report): void {
    const row = this.s.reportRow.get(u.eventId) as { incident_id: number; joined_to: number | null } | undefined;
    if (!row) return;
    const t = this.targetOf(u);
    if (t !== null && t.incident === row.incident_id && t.to === row.joined_to) return;
    if (t === null && row.joined_to === null) return; // on its own already
    const others = (this.s.countMembers.get(row.incident_id) as number) - 1;
    let incident: number;
    if (t !== null) incident = t.incident;
    else if (others === 0) incident = row.incident_id;
    else incident = Number(this.s.newIncident.run('damage', new Date().toISOString()).lastInsertRowid);
    this.s.moveReport.run(incident, t?.to ?? null, t?.join.rule ?? 'first-report', JSON.stringify(t?.join.compared ?? {}), u.eventId);
    if (incident !== row.incident_id && others === 0) {
      this.s.deleteIncident.run(row.incident_id);
      this.touched.delete(row.incident_id);
    } else if (incident !== row.incident_id) this.touched.add(row.incident_id);
    this.touched.add(incident);
  }

  /** One event: the incidents of every earlier event it matches, merged; or a new incident. */
  add(r: Report): void {
    if (isUndatedDamage(r)) {
      const undated = this.undatedReports(); // loaded before this report is stored
      const t = this.targetOf(r);
      const incident = t?.incident ?? Number(this.s.newIncident.run(r.type, new Date().toISOString()).lastInsertRowid);
      this.s.addReport.run(r.eventId, incident, r.documentId, r.sourceId, t?.to ?? null, t?.join.rule ?? 'first-report', JSON.stringify(t?.join.compared ?? {}));
      if (canJoin(r)) undated.push(r);
      this.touched.add(incident);
      return;
    }
    let cands: Report[] = [];
    if (r.day !== null && r.day.length >= 10) {
      const w = r.type === 'damage' ? DAMAGE_WINDOW_DAYS : PARTNERSHIP_WINDOW_DAYS;
      cands = (this.s.window.all(r.type, shiftDay(r.day, -w), `${shiftDay(r.day, w)}\uffff`, r.eventId) as ReportRow[]).map(toReport);
    } else if (r.day === null && r.type === 'partnership') {
      cands = (this.s.undated.all(r.type, r.eventId) as ReportRow[]).map(toReport); // same-parties-undated
    }
    const matched = cands.flatMap((c) => {
      const join = matchReports(r, c);
      return join ? [{ c, join }] : [];
    });
    let incident: number;
    let merged = false;
    if (matched.length === 0) {
      incident = Number(this.s.newIncident.run(r.type, new Date().toISOString()).lastInsertRowid);
      this.s.addReport.run(r.eventId, incident, r.documentId, r.sourceId, null, 'first-report', '{}');
    } else {
      const ids = [...new Set(matched.map((m) => this.s.incidentOf.get(m.c.eventId) as number))].sort((a, b) => a - b);
      incident = ids[0];
      for (const other of ids.slice(1)) {
        this.s.move.run(incident, other);
        this.s.deleteIncident.run(other);
        this.touched.delete(other);
      }
      const first = matched[0]; // candidates come in event-id order: the earliest match
      this.s.addReport.run(r.eventId, incident, r.documentId, r.sourceId, first.c.eventId, first.join.rule, JSON.stringify(first.join.compared));
      merged = ids.length > 1;
    }
    this.touched.add(incident);
    // A dated damage report may give an undated one its incident, or a second (ambiguous); a merge
    // may make two candidates one: the undated reports that fit it (or, after a merge, any report of
    // the merged incident) are settled again.
    if (r.type === 'damage') {
      const undated = this.undatedReports();
      if (undated.length === 0) return;
      const fitted = merged ? (this.s.byIds.all(JSON.stringify(this.s.members.all(incident))) as ReportRow[]).map(toReport) : [r];
      for (const u of undated) if (fitted.some((c) => matchUndated(u, c))) this.settle(u);
    }
  }

  /** Rewrite the summary and credibility of every touched incident, then grade the sources they involve. */
  finish(): void {
    const now = new Date().toISOString();
    for (const id of [...this.touched].sort((a, b) => a - b)) {
      const ids = this.s.members.all(id) as number[];
      const reports = (this.s.byIds.all(JSON.stringify(ids)) as ReportRow[]).map(toReport);
      if (reports.length === 0) {
        this.s.deleteIncident.run(id);
        continue;
      }
      const sum = summarize(reports, this.textOf);
      for (const r of reports) {
        const dep = sum.dependent.get(r.eventId);
        this.s.setDependence.run(dep ? 0 : 1, dep?.of ?? null, dep?.why ?? null, r.eventId);
      }
      const grade = gradeIncident(sum, Math.max(...reports.map((r) => r.confidence)));
      const v = (f: string) => (sum.merged[f]?.value ?? null) as unknown;
      this.s.update.run({
        id,
        type: sum.type,
        day: sum.day,
        institution_id: sum.institutionId,
        institution: v('institution'),
        institution_kind: v('institutionKind'),
        settlement: v('settlement'),
        region: v('region'),
        severity: v('severity'),
        cause: v('cause'),
        killed: v('killed'),
        injured: v('injured'),
        parties: sum.type === 'partnership' ? ((v('parties') as string[] | null)?.join('; ') ?? null) : null,
        agreement_kind: v('agreementKind'),
        status: v('status'),
        merged: JSON.stringify(sum.merged),
        contradictions: JSON.stringify(sum.contradictions),
        reports: sum.reports,
        sources: sum.sources,
        independent_sources: sum.independentSources,
        languages: sum.languages.join(','),
        first_reported: sum.firstReported,
        last_reported: sum.lastReported,
        corroboration: sum.corroboration,
        credibility: grade.credibility,
        credibility_reason: grade.reason,
        handle: incidentHandle(reports),
        updated_at: now,
      });
      for (const s of this.s.sourcesOf.all(id) as string[]) this.touchedSources.add(s);
    }
    for (const s of [...this.touchedSources].sort()) this.gradeSource(s, now);
    this.touched.clear();
    this.touchedSources.clear();
  }

  gradeSource(sourceId: string, now = new Date().toISOString()): void {
    const rec = this.s.sourceRecord.get(sourceId) as { kind: string; verified: number; incidents: number; corroborated: number } | undefined;
    if (!rec) return;
    const g = gradeSource({ kind: rec.kind, verified: rec.verified === 1, incidents: rec.incidents, corroborated: rec.corroborated });
    this.s.saveGrade.run(sourceId, g.reliability, g.reason, rec.incidents, rec.corroborated, now);
  }
}

/** The stored events as the pair rules read them (event-id order): what a test gives components() to compare with the store. */
export function storedReports(db: DB, eventIds: number[]): Report[] {
  return (db.prepare(`${REPORT_SELECT} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`).all(JSON.stringify(eventIds)) as ReportRow[]).map(toReport);
}

/** Connections whose schema has the incidents tables (a store held at an older migration, as tests make, has none). */
const hasTables = new WeakMap<DB, boolean>();

/** Cluster one newly stored document's events (run inside the document's transaction). */
export function addDocumentIncidents(db: DB, documentId: number): void {
  if (!hasTables.get(db)) {
    // Only a yes is remembered: the connection may migrate later.
    if (db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_reports'`).get() === undefined) return; // built by ensureIncidents once migrated
    hasTables.set(db, true);
  }
  const c = new Clusterer(db);
  c.addDocument(documentId);
  const source = db.prepare('SELECT source_id FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  if (source !== undefined) c.touchedSources.add(source);
  c.finish();
}

/** Forget the incident membership of documents' events (before reextract deletes the events). */
export function forgetDocumentsIncidents(db: DB, documentIdsJson: string): void {
  db.prepare('DELETE FROM incident_reports WHERE document_id IN (SELECT value FROM json_each(?))').run(documentIdsJson);
}

/** Mark the incidents as built from older events: the next writing open (or reextract's end) rebuilds them. */
export function markIncidentsStale(db: DB): void {
  db.prepare(`INSERT INTO _meta (key, value) VALUES (?, 'stale') ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(META_KEY);
}

/** Rebuild every incident and grade from the events, in event-id order, in one transaction. */
export function rebuildIncidents(db: DB): { incidents: number; reports: number } {
  return db.transaction(() => {
    db.exec('DELETE FROM incident_reports; DELETE FROM incidents; DELETE FROM source_grades;');
    const c = new Clusterer(db);
    const ids = db.prepare(`SELECT e.id FROM events e WHERE ${CLUSTERABLE} ORDER BY e.id`).pluck().all() as number[];
    const load = db.prepare(`${REPORT_SELECT} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`);
    const BATCH = 500;
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const row of load.all(JSON.stringify(ids.slice(i, i + BATCH))) as ReportRow[]) c.add(toReport(row));
    }
    c.finish();
    for (const s of db.prepare('SELECT id FROM sources ORDER BY id').pluck().all() as string[]) c.gradeSource(s);
    db.prepare(`INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(META_KEY, INCIDENTS_VERSION);
    return {
      incidents: db.prepare('SELECT count(*) FROM incidents').pluck().get() as number,
      reports: db.prepare('SELECT count(*) FROM incident_reports').pluck().get() as number,
    };
  })();
}

/** Rebuild when the store's incidents were built by other rules (or never: a store older than migration 009). */
export function ensureIncidents(db: DB): void {
  const v = db.prepare('SELECT value FROM _meta WHERE key = ?').pluck().get(META_KEY) as string | undefined;
  if (v !== INCIDENTS_VERSION) rebuildIncidents(db);
}
