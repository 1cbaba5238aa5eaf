/**
 * What `eduwatch serve` reads from the store: the incidents a page's filters select, each with the
 * place it is at (from its reports' resolved places, store/places), its country and when eduwatch
 * first fetched a report of it; an institution with its names, events and partners. The filters are
 * the store's own: type, dates and grade go to queryIncidents (store/queries/incidents.ts), lang,
 * source and region to the event filters (store/queries/filters.ts, eventWhere: the region is the
 * `--location` filter, any of the five languages and the places inside it); an incident passes the
 * event filters when one of its reports does.
 */
import { format, getISOWeek, getISOWeekYear, isValid, parse, startOfISOWeek } from 'date-fns';
import type { DB } from '../../store/index.js';
import { queryIncidents, type IncidentRow, type InstitutionRow } from '../../store/index.js';
import { eventWhere } from '../../store/queries/filters.js';
import { parseGrade } from '../../store/incidents/grading.js';
import { LANGS } from '../../types.js';
import { INSTITUTION_KINDS, isCalendarDate } from '../args.js';

/** A bad query-string value: the server answers 400 with this one line. */
export class BadFilter extends Error {}

export interface WebFilters {
  type?: 'damage' | 'partnership';
  /** ISO 3166-1 alpha-2 of where the incident is (its place; else its sources' country). */
  country?: string;
  /** Region or settlement in any of the five languages, or a region code such as UA-63. */
  region?: string;
  /** Institution kind of the damaged institution or of a party. */
  kind?: string;
  from?: string;
  to?: string;
  /** Admiralty grade at least this good, e.g. B2. */
  'min-grade'?: string;
  /** Language of a report's document (uk, ru, pl, bg, en, or other). */
  lang?: string;
  /** Source ids (any of). */
  source?: string[];
}

export const FILTER_NAMES = ['type', 'country', 'region', 'kind', 'from', 'to', 'min-grade', 'lang', 'source'] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MAX_TEXT = 200;

function checkDate(name: string, v: string): string {
  const m = PARTIAL_DATE.exec(v);
  if (!m || !isCalendarDate(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1)) {
    throw new BadFilter(`${name}=${v}: write a date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. ${name}=2025-10-01`);
  }
  return v;
}

/**
 * The filters of a query string, checked: an unknown name or a bad value is a BadFilter naming
 * it and what would be right. Empty values (an untouched form field) are no filter.
 */
export function parseWebFilters(db: DB, query: URLSearchParams, extra: readonly string[] = []): WebFilters {
  const f: WebFilters = {};
  for (const name of new Set(query.keys())) {
    if (!(FILTER_NAMES as readonly string[]).includes(name) && !extra.includes(name)) {
      throw new BadFilter(`unknown filter "${name.slice(0, 40)}": use ${FILTER_NAMES.join(', ')}`);
    }
  }
  const one = (name: string): string | undefined => {
    const values = query.getAll(name).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length > 1) throw new BadFilter(`${name}: give it once (got ${values.length} values)`);
    if (values[0] !== undefined && values[0].length > MAX_TEXT) throw new BadFilter(`${name}: the value is longer than ${MAX_TEXT} characters`);
    return values[0];
  };
  const type = one('type');
  if (type !== undefined) {
    if (type !== 'damage' && type !== 'partnership') throw new BadFilter(`type=${type}: use damage or partnership`);
    f.type = type;
  }
  const country = one('country');
  if (country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(country)) throw new BadFilter(`country=${country}: give a two-letter country code such as UA, RU, PL, BG`);
    f.country = country.toUpperCase();
  }
  const region = one('region');
  if (region !== undefined) f.region = region;
  const kind = one('kind');
  if (kind !== undefined) {
    if (!(INSTITUTION_KINDS as readonly string[]).includes(kind)) throw new BadFilter(`kind=${kind}: use one of ${INSTITUTION_KINDS.join(', ')}`);
    f.kind = kind;
  }
  const from = one('from');
  if (from !== undefined) f.from = checkDate('from', from);
  const to = one('to');
  if (to !== undefined) f.to = checkDate('to', to);
  const grade = one('min-grade');
  if (grade !== undefined) {
    if (!parseGrade(grade)) throw new BadFilter(`min-grade=${grade}: give a letter A-F and a number 1-6, e.g. min-grade=B2`);
    f['min-grade'] = grade.toUpperCase();
  }
  const lang = one('lang');
  if (lang !== undefined) {
    if (lang !== 'other' && !(LANGS as readonly string[]).includes(lang)) throw new BadFilter(`lang=${lang}: use one of ${LANGS.join(', ')}, or other`);
    f.lang = lang;
  }
  const sources = query.getAll('source').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (sources.length) {
    const known = new Set(db.prepare('SELECT id FROM sources').pluck().all() as string[]);
    const unknown = sources.find((s) => !known.has(s));
    if (unknown !== undefined) throw new BadFilter(`source=${unknown.slice(0, 80)}: no such source in this store (see the source list on the map page)`);
    f.source = [...new Set(sources)];
  }
  return f;
}

/** The filters as a query string (for links that keep them), "" when none. */
export function filterQuery(f: WebFilters): string {
  const q = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const v = f[name];
    if (v === undefined) continue;
    if (Array.isArray(v)) v.forEach((s) => q.append(name, s));
    else q.set(name, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface IncidentPlace {
  id: string;
  kind: string;
  /** English name. */
  name: string;
  country: string;
  lat: number;
  lon: number;
  regionId: string | null;
  regionName: string | null;
}

export interface WebIncident extends IncidentRow {
  /** Where its reports place it (the most specific place most of them name), or null. */
  place: IncidentPlace | null;
  /** Its place's country, else its sources' country (when they agree), or null. */
  country: string | null;
  /** When eduwatch first and last fetched a document reporting it. */
  firstFetched: string | null;
  lastFetched: string | null;
}

interface PlaceCount {
  incident_id: number;
  id: string;
  kind: string;
  names: string;
  country: string;
  lat: number;
  lon: number;
  region_id: string | null;
  region_names: string | null;
  n: number;
  first: number;
}

const SPECIFIC: Record<string, number> = { section: 0, settlement: 0, region: 1 };

/** Each incident's place (or only incident `only`'s): settlements (or parts of cities) before regions, then the most reports, then the earliest. */
function incidentPlaces(db: DB, only?: number): Map<number, IncidentPlace> {
  const rows = db
    .prepare(
      `SELECT r.incident_id, p.id, p.kind, p.names, p.country, p.lat, p.lon, p.region_id, rp.names AS region_names,
              count(*) AS n, min(e.id) AS first
       FROM incident_reports r JOIN events e ON e.id = r.event_id JOIN places p ON p.id = e.place_id
       LEFT JOIN places rp ON rp.id = p.region_id
       ${only === undefined ? '' : 'WHERE r.incident_id = @only'}
       GROUP BY r.incident_id, p.id`,
    )
    .all(only === undefined ? {} : { only }) as PlaceCount[];
  const best = new Map<number, PlaceCount>();
  const rank = (r: PlaceCount) => SPECIFIC[r.kind] ?? 2;
  for (const r of rows) {
    const b = best.get(r.incident_id);
    if (!b || rank(r) < rank(b) || (rank(r) === rank(b) && (r.n > b.n || (r.n === b.n && r.first < b.first)))) best.set(r.incident_id, r);
  }
  const en = (names: string | null) => (names ? ((JSON.parse(names) as { en?: string }).en ?? null) : null);
  return new Map(
    [...best].map(([id, r]) => [
      id,
      {
        id: r.id,
        kind: r.kind,
        name: en(r.names) ?? r.id,
        country: r.country,
        lat: r.lat,
        lon: r.lon,
        regionId: r.kind === 'region' ? r.id : r.region_id,
        regionName: r.kind === 'region' ? en(r.names) : en(r.region_names),
      },
    ]),
  );
}

/** Incident ids with a report that passes the event-level filters (lang, source, region), or null when none is set. */
function incidentsByEvents(db: DB, f: WebFilters): Set<number> | null {
  if (f.lang === undefined && f.source === undefined && f.region === undefined) return null;
  let location = f.region;
  // A region code (UA-63) stands for its region: matched by its English name, which the gazetteer resolves back to it.
  if (location !== undefined && /^[A-Z]{2}-[A-Z0-9]{1,3}$/i.test(location)) {
    const names = db.prepare(`SELECT names FROM places WHERE id = ? AND kind = 'region'`).pluck().get(location.toUpperCase()) as string | undefined;
    if (names) location = (JSON.parse(names) as { en: string }).en;
  }
  const { where, params } = eventWhere(db, { lang: f.lang, source: f.source, location });
  const ids = db
    .prepare(
      `SELECT DISTINCT r.incident_id FROM events e JOIN documents d ON d.id = e.document_id JOIN sources s ON s.id = d.source_id
       JOIN incident_reports r ON r.event_id = e.id ${where}`,
    )
    .pluck()
    .all(params) as number[];
  return new Set(ids);
}

/** Incident ids whose damaged institution or a party is of this kind. */
function incidentsOfKind(db: DB, kind: string): Set<number> {
  const ids = db
    .prepare(
      `SELECT id FROM incidents WHERE institution_kind = @kind
       UNION SELECT r.incident_id FROM incident_reports r JOIN events e ON e.id = r.event_id WHERE e.institution_kind = @kind
       UNION SELECT r.incident_id FROM incident_reports r JOIN event_participants p ON p.event_id = r.event_id
             JOIN institutions i ON i.id = p.institution_id WHERE i.kind = @kind`,
    )
    .pluck()
    .all({ kind }) as number[];
  return new Set(ids);
}

interface Extra {
  incident_id: number;
  first: string | null;
  last: string | null;
  countries: string | null;
}

/** When each incident (or only incident `only`) was first and last fetched, and its sources' countries. */
function incidentExtras(db: DB, only?: number): Map<number, Extra> {
  const rows = db
    .prepare(
      `SELECT r.incident_id, min(fe.fetched_at) AS first, max(fe.fetched_at) AS last, group_concat(DISTINCT s.country) AS countries
       FROM incident_reports r JOIN documents d ON d.id = r.document_id JOIN fetches fe ON fe.id = d.fetch_id
       JOIN sources s ON s.id = r.source_id ${only === undefined ? '' : 'WHERE r.incident_id = @only'} GROUP BY r.incident_id`,
    )
    .all(only === undefined ? {} : { only }) as Extra[];
  return new Map(rows.map((x) => [x.incident_id, x]));
}

function located(r: IncidentRow, places: Map<number, IncidentPlace>, extras: Map<number, Extra>): WebIncident {
  const place = places.get(r.id) ?? null;
  const x = extras.get(r.id);
  const sourceCountries = x?.countries ? x.countries.split(',') : [];
  const country = place?.country ?? (sourceCountries.length === 1 ? sourceCountries[0] : null);
  return { ...r, place, country, firstFetched: x?.first ?? null, lastFetched: x?.last ?? null };
}

/** The incidents the filters select, newest first (by incident date). */
export function selectIncidents(db: DB, f: WebFilters): WebIncident[] {
  const rows = queryIncidents(db, { type: f.type, since: f.from, until: f.to, minGrade: f['min-grade'] });
  const byEvents = incidentsByEvents(db, f);
  const ofKind = f.kind === undefined ? null : incidentsOfKind(db, f.kind);
  const places = incidentPlaces(db);
  const extras = incidentExtras(db);
  const out: WebIncident[] = [];
  for (const r of rows) {
    if (byEvents && !byEvents.has(r.id)) continue;
    if (ofKind && !ofKind.has(r.id)) continue;
    const i = located(r, places, extras);
    if (f.country !== undefined && i.country !== f.country) continue;
    out.push(i);
  }
  return out;
}

/** One incident with its place and country (for its page), reading only its own reports. */
export function locateIncident(db: DB, r: IncidentRow): WebIncident {
  return located(r, incidentPlaces(db, r.id), incidentExtras(db, r.id));
}

/** The institution the incident's reports name most (incidents.institution_id), for a link. */
export function incidentInstitutionId(db: DB, id: number): number | null {
  return (db.prepare('SELECT institution_id FROM incidents WHERE id = ?').pluck().get(id) as number | null | undefined) ?? null;
}

/** Values the filter form offers: the store's sources, countries, regions and kinds in use. */
export interface FilterChoices {
  sources: { id: string; name: string }[];
  countries: string[];
  regions: { id: string; name: string }[];
  kinds: string[];
}

export function filterChoices(db: DB, all: WebIncident[]): FilterChoices {
  const sources = db.prepare('SELECT id, name FROM sources ORDER BY id').all() as { id: string; name: string }[];
  const countries = [...new Set(all.map((i) => i.country).filter((c): c is string => c !== null))].sort();
  const regions = new Map<string, string>();
  for (const i of all) if (i.place?.regionId) regions.set(i.place.regionId, i.place.regionName ?? i.place.regionId);
  const kinds = db
    .prepare(
      `SELECT institution_kind FROM incidents WHERE institution_kind IS NOT NULL
       UNION SELECT i.kind FROM incident_reports r JOIN event_participants p ON p.event_id = r.event_id JOIN institutions i ON i.id = p.institution_id
       WHERE i.kind IS NOT NULL ORDER BY 1`,
    )
    .pluck()
    .all() as string[];
  return { sources, countries, regions: [...regions].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)), kinds };
}

/** ISO 8601 week of a YYYY-MM-DD day, e.g. "2025-W44", and the Monday it starts on (date-fns). */
export function isoWeek(day: string): { week: string; monday: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = parse(day, 'yyyy-MM-dd', new Date(0));
  if (!isValid(d)) return null;
  return { week: `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`, monday: format(startOfISOWeek(d), 'yyyy-MM-dd') };
}

export interface WeekCount {
  week: string;
  monday: string;
  damage: number;
  partnership: number;
}

/** Incidents per ISO week by kind, every week from the first to the last (empty weeks included); undated ones counted apart. */
export function weeklyCounts(incidents: WebIncident[]): { weeks: WeekCount[]; undated: number } {
  const by = new Map<string, WeekCount>();
  let undated = 0;
  for (const i of incidents) {
    const w = i.date ? isoWeek(i.date.slice(0, 10)) : null;
    if (!w) {
      undated++;
      continue;
    }
    const c = by.get(w.monday) ?? { ...w, damage: 0, partnership: 0 };
    c[i.type]++;
    by.set(w.monday, c);
  }
  const mondays = [...by.keys()].sort();
  if (mondays.length === 0) return { weeks: [], undated };
  const weeks: WeekCount[] = [];
  const last = Date.parse(`${mondays[mondays.length - 1]}T00:00:00Z`);
  // At most ~10 years of weeks: a stray date far off does not make the chart unbounded.
  for (let t = Date.parse(`${mondays[0]}T00:00:00Z`), n = 0; t <= last && n < 520; t += 7 * 86_400_000, n++) {
    const monday = new Date(t).toISOString().slice(0, 10);
    weeks.push(by.get(monday) ?? { ...isoWeek(monday)!, damage: 0, partnership: 0 });
  }
  return { weeks, undated };
}

export interface InstitutionPage extends Pick<InstitutionRow, 'id' | 'key' | 'name' | 'kind' | 'names' | 'mentions' | 'documents'> {
  events: { id: number; type: string; date: string | null; role: string; quote: string; incidentId: number | null; documentUrl: string }[];
  partners: { id: number | null; name: string; kind: string | null; events: number[] }[];
}

export function getInstitution(db: DB, id: number): InstitutionPage | null {
  const inst = db.prepare('SELECT id, key, name, kind, mention_count, document_count FROM institutions WHERE id = ?').get(id) as
    | { id: number; key: string; name: string; kind: string | null; mention_count: number; document_count: number }
    | undefined;
  if (!inst) return null;
  const names = (db.prepare('SELECT name FROM institution_names WHERE institution_id = ?').pluck().all(id) as string[]).sort((a, b) => a.localeCompare(b));
  const events = (
    db
      .prepare(
        `SELECT e.id, e.type, coalesce(e.date, e.day) AS date, p.role, e.quote, r.incident_id, d.url
         FROM event_participants p JOIN events e ON e.id = p.event_id JOIN documents d ON d.id = e.document_id
         LEFT JOIN incident_reports r ON r.event_id = e.id
         WHERE p.institution_id = ? GROUP BY e.id ORDER BY date DESC, e.id DESC`,
      )
      .all(id) as { id: number; type: string; date: string | null; role: string; quote: string; incident_id: number | null; url: string }[]
  ).map((e) => ({ id: e.id, type: e.type, date: e.date, role: e.role, quote: e.quote, incidentId: e.incident_id, documentUrl: e.url }));
  const partnerRows = db
    .prepare(
      `SELECT q.institution_id AS id, coalesce(i.name, q.name) AS name, i.kind, q.event_id
       FROM event_participants p JOIN event_participants q ON q.event_id = p.event_id AND q.position <> p.position
       LEFT JOIN institutions i ON i.id = q.institution_id
       WHERE p.institution_id = ? AND p.event_type = 'partnership' AND (q.institution_id IS NULL OR q.institution_id <> p.institution_id)
       ORDER BY q.event_id`,
    )
    .all(id) as { id: number | null; name: string; kind: string | null; event_id: number }[];
  const partners = new Map<string, InstitutionPage['partners'][number]>();
  for (const r of partnerRows) {
    const k = r.id === null ? `name:${r.name}` : `id:${r.id}`;
    const p = partners.get(k) ?? { id: r.id, name: r.name, kind: r.kind, events: [] };
    if (!p.events.includes(r.event_id)) p.events.push(r.event_id);
    partners.set(k, p);
  }
  return {
    id: inst.id,
    key: inst.key,
    name: inst.name,
    kind: inst.kind,
    names,
    mentions: inst.mention_count,
    documents: inst.document_count,
    events,
    partners: [...partners.values()].sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name)),
  };
}
