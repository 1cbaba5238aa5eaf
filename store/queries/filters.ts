/**
 * The filters researchers pass to `query events|documents` and `export`, validated and turned into
 * SQL fragments with named, bound parameters only. Text filters never reach SQL syntax: names and
 * places are compared with instr() on case-folded text and on stems (no LIKE wildcards to escape),
 * and institution names also through the extractors' normalised key, so any case form matches.
 *
 * Table aliases the fragments assume: e = events, d = documents, s = sources.
 */
import { LANGS } from '../../types.js';
import { foldText, type DB } from '../db.js';
import { StoreError } from '../errors.js';
import { institutionKeys } from '../extract-default.js';
import { stemPhrase } from '../stem.js';
import { resolvePlace } from '../places/resolve.js';
import { storeHasPlaces } from '../places/store.js';
import { parseMoment, resolveMoment } from './moments.js';

export interface EventFilters {
  type?: 'damage' | 'partnership';
  /** uk | ru | pl | bg | en, or "other" for documents in none of them. */
  lang?: string;
  /** ISO 3166-1 alpha-2 of the source. */
  country?: string;
  /** Source ids (any of). */
  source?: string[];
  /** Institution name in any case form, an abbreviation or a part of a name. */
  institution?: string;
  /** Settlement, region or place, in any case. */
  location?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: event date (publication date when the event has none). */
  since?: string;
  until?: string;
  minConfidence?: number;
  /**
   * last-run | YYYY-MM-DD | YYYY-MM-DDTHH:MM[:SS][zone]: only what eduwatch first fetched at or
   * after that moment (the document's first fetch; see store/queries/moments.ts), not the event date.
   */
  newSince?: string;
  limit?: number;
}

export type Params = Record<string, unknown>;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const COUNTRY = /^[A-Za-z]{2}$/;
/** Longest text filter accepted; a longer one is a mistake (or an attack), not a name. */
const MAX_FILTER_CHARS = 500;

function bad(message: string): never {
  throw new StoreError('bad-filter', message);
}

/** Check every filter; throw a StoreError naming the bad one and what would be right. */
export function validateFilters(f: EventFilters): void {
  if (f.type !== undefined && f.type !== 'damage' && f.type !== 'partnership') bad(`--type "${f.type}": use damage or partnership`);
  if (f.lang !== undefined && f.lang !== 'other' && !(LANGS as readonly string[]).includes(f.lang)) {
    bad(`--lang "${f.lang}": use one of ${LANGS.join(', ')}, or other`);
  }
  if (f.country !== undefined && !COUNTRY.test(f.country)) bad(`--country "${f.country}": use a two-letter code such as UA, RU, PL, BG`);
  for (const d of ['since', 'until'] as const) {
    const v = f[d];
    if (v !== undefined && (!PARTIAL_DATE.test(v) || Number.isNaN(Date.parse(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v)))) {
      bad(`--${d} "${v}": write a date as YYYY-MM-DD, YYYY-MM or YYYY`);
    }
  }
  if (f.minConfidence !== undefined && !(Number.isFinite(f.minConfidence) && f.minConfidence >= 0 && f.minConfidence <= 1)) {
    bad(`--min-confidence "${f.minConfidence}": give a number from 0 to 1`);
  }
  if (f.limit !== undefined && !(Number.isInteger(f.limit) && f.limit > 0)) bad(`--limit "${f.limit}": give a whole number above 0`);
  if (f.newSince !== undefined) parseMoment(String(f.newSince), '--new-since');
  if (f.source !== undefined && (!Array.isArray(f.source) || f.source.some((s) => typeof s !== 'string'))) bad('--source: give source ids');
  for (const t of ['institution', 'location'] as const) {
    const v = f[t];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '') bad(`--${t}: give some text to match`);
    if (v.length > MAX_FILTER_CHARS) bad(`--${t}: the text is longer than ${MAX_FILTER_CHARS} characters`);
  }
}

/** Conditions on the document and its source: lang, country, source ids. */
export function documentConditions(f: EventFilters, params: Params): string[] {
  const where: string[] = [];
  if (f.lang === 'other') where.push('d.lang IS NULL');
  else if (f.lang !== undefined) {
    params.lang = f.lang;
    where.push('d.lang = @lang');
  }
  if (f.country !== undefined) {
    params.country = f.country.toUpperCase();
    where.push('s.country = @country');
  }
  if (f.source !== undefined && f.source.length) {
    const names = f.source.map((id, i) => {
      params[`source${i}`] = id;
      return `@source${i}`;
    });
    where.push(`d.source_id IN (${names.join(', ')})`);
  }
  return where;
}

/**
 * Since/until on a date expression holding a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD...):
 * compared on the precision both sides have, so "2022-03" is inside since 2022-03-15, and
 * until 2022 includes 2022-12-31.
 */
export function dateConditions(expr: string, f: EventFilters, params: Params): string[] {
  const where: string[] = [];
  const cmp = (p: string, op: '>=' | '<=') =>
    `(${expr} IS NOT NULL AND substr(${expr}, 1, min(length(${expr}), length(@${p}))) ${op} substr(@${p}, 1, min(length(${expr}), length(@${p}))))`;
  if (f.since !== undefined) {
    params.since = f.since;
    where.push(cmp('since', '>='));
  }
  if (f.until !== undefined) {
    params.until = f.until;
    where.push(cmp('until', '<='));
  }
  return where;
}

interface Needle {
  fold: string;
  stems: string;
  keys: string[];
}

/** The text of a filter prepared for matching: folded, stemmed, and (for names) its institution keys, as named parameters. */
export function textNeedle(prefix: string, text: string, params: Params, withKeys: boolean): Needle {
  const t = text.trim();
  params[`${prefix}Fold`] = foldText(t);
  params[`${prefix}Stems`] = stemPhrase(t);
  const keys: string[] = [];
  if (withKeys) {
    institutionKeys(t).forEach((k, i) => {
      params[`${prefix}Key${i}`] = k;
      keys.push(`@${prefix}Key${i}`);
    });
  }
  return { fold: `@${prefix}Fold`, stems: `@${prefix}Stems`, keys };
}

/** SQL true when the text column matches the needle, as a substring or as a run of stems. */
export function textMatches(column: string, n: Pick<Needle, 'fold' | 'stems'>): string {
  return `(instr(eduwatch_fold(${column}), ${n.fold}) > 0 OR (${n.stems} <> '' AND instr(eduwatch_stems(${column}), ${n.stems}) > 0))`;
}

/** SQL true when a row's stored folded name and stems (`<alias>.name_fold`, `<alias>.name_stems`) match the needle. */
function storedMatches(alias: string, n: Pick<Needle, 'fold' | 'stems'>): string {
  return `(instr(${alias}.name_fold, ${n.fold}) > 0 OR (${n.stems} <> '' AND instr(${alias}.name_stems, ${n.stems}) > 0))`;
}

/*
 * Text filters are resolved once against the (small) sets of distinct institutions, party names and
 * places, then applied to events and documents as id/value lists: the case-folding and stemming
 * functions run once per distinct name, not once per event.
 */

/** Ids of the institutions the filter text names (JSON array). */
function matchingInstitutionIds(db: DB, text: string): string {
  const params: Params = {};
  const n = textNeedle('q', text, params, true);
  // By key, by name, or by any recorded variant (folded when written): two flat scans
  // (institutions, then their names) rather than a correlated subquery per institution.
  const byKey = n.keys.length ? `i.key IN (${n.keys.join(', ')}) OR ` : '';
  return JSON.stringify(
    db
      .prepare(`SELECT i.id FROM institutions i WHERE ${byKey}${storedMatches('i', n)} UNION SELECT n.institution_id FROM institution_names n WHERE ${storedMatches('n', n)}`)
      .pluck()
      .all(params),
  );
}

/** Names of event parties that are no institution tag, matching the filter text (JSON array). */
function matchingPartyNames(db: DB, text: string): string {
  const params: Params = {};
  const n = textNeedle('q', text, params, false);
  return JSON.stringify(
    db.prepare(`SELECT DISTINCT p.name FROM event_participants p WHERE p.institution_id IS NULL AND ${textMatches('p.name', n)}`).pluck().all(params),
  );
}

/** Places (location, settlement, region, place of signing) matching the filter text (JSON array). */
function matchingPlaces(db: DB, text: string): string {
  const params: Params = {};
  const n = textNeedle('q', text, params, false);
  return JSON.stringify(
    db
      .prepare(
        `SELECT v FROM (SELECT location AS v FROM events UNION SELECT settlement FROM events UNION SELECT region FROM events UNION SELECT place FROM events)
         WHERE v IS NOT NULL AND ${textMatches('v', n)}`,
      )
      .pluck()
      .all(params),
  );
}

const inList = (param: string) => `(SELECT value FROM json_each(@${param}))`;

/** Resolve the institution filter's text once, into the lists participantEvents() reads (params). */
function resolveInstitution(db: DB, text: string, params: Params): void {
  params.institutionIds = matchingInstitutionIds(db, text);
  params.partyNames = matchingPartyNames(db, text);
}

/**
 * A subquery listing the events with a participant (institution or named party) matching the
 * resolved institution filter, found from the participants through their institution index
 * rather than by testing every event. A party-name branch is added only when some party name
 * matched (it reads the participants without an institution). `extra`: more conditions on the
 * participant rows (alias p); `select`: the participant columns listed.
 */
function participantEvents(params: Params, extra: string[] = [], select = 'p.event_id'): string {
  const and = extra.map((c) => ` AND ${c}`).join('');
  const byName = params.partyNames !== '[]'
    ? ` UNION SELECT ${select} FROM event_participants p WHERE p.institution_id IS NULL AND p.name IN ${inList('partyNames')}${and}`
    : '';
  return `SELECT ${select} FROM event_participants p WHERE p.institution_id IN ${inList('institutionIds')}${and}${byName}`;
}

/** Event `e` has a participant (institution or named party) matching the institution filter. */
function eventInstitutionCondition(db: DB, f: EventFilters, params: Params): string[] {
  if (f.institution === undefined) return [];
  resolveInstitution(db, f.institution, params);
  return [`e.id IN (${participantEvents(params)})`];
}

/**
 * The type and date filters on participant rows (alias p), which migration 008 stores there:
 * p.event_date is the event's shown date, coalesce(e.date, e.day), whose first 10 characters are
 * always e.day. Only for a caller that applies the same filters to the same events anyway: they
 * narrow the events listed to those that can pass.
 */
function participantEventConditions(db: DB, f: EventFilters, params: Params): string[] {
  const where: string[] = [];
  if (f.type !== undefined) {
    params.type = f.type;
    where.push('p.event_type = @type');
  }
  return [...where, ...dateConditions('substr(p.event_date, 1, 10)', f, params), ...dateRange(db, 'p.event_date', f, params)];
}

/** Conditions on the event itself (alias e): type, location, confidence. */
export function eventConditions(db: DB, f: EventFilters, params: Params): string[] {
  const where: string[] = [];
  if (f.type !== undefined) {
    params.type = f.type;
    where.push('e.type = @type');
  }
  if (f.location !== undefined) {
    params.places = matchingPlaces(db, f.location);
    const places = inList('places');
    const byText = `(e.location IN ${places} OR e.settlement IN ${places} OR e.region IN ${places} OR e.place IN ${places})`;
    // A location the gazetteer knows matches by place id, in any spelling ("Kharkiv", "Харків",
    // "Charków"), with the places inside it (a region's settlements, a city's parts); events whose
    // place did not resolve are still matched by their text.
    const resolved = storeHasPlaces(db) ? resolvePlace(f.location) : null;
    if (resolved) {
      params.placeId = resolved.id;
      where.push(
        `(e.place_id IN (SELECT id FROM places WHERE id = @placeId OR region_id = @placeId OR parent_id = @placeId) OR (e.place_id IS NULL AND ${byText}))`,
      );
    } else where.push(byText);
  }
  if (f.minConfidence !== undefined) {
    params.minConfidence = f.minConfidence;
    where.push('e.confidence >= @minConfidence');
  }
  if (f.newSince !== undefined) {
    params.newSince = resolveMoment(db, f.newSince, '--new-since');
    where.push(`e.document_id IN (SELECT nd.id FROM documents nd JOIN fetches nf ON nf.id = nd.fetch_id WHERE nf.fetched_at >= @newSince)`);
  }
  return where;
}

/**
 * An event's date: its own, else its document's publication day (migration 008 stores it, kept by
 * triggers, as substr(coalesce(e.date, d.published_at), 1, 10), and indexes it).
 */
export const EVENT_DATE = 'e.day';

/**
 * Index ranges implied by the since/until conditions on a day column (or a column whose first 10
 * characters are the day), added beside those conditions, never instead of them, so an index on
 * the column can serve the range. A value that passes `until U` sorts before U with its last
 * digit raised by one (it is at most a prefix of U, differs from U by a smaller character, or
 * starts with U). One that passes `since S` sorts at or after the year of S if it has at least 4
 * characters; days shorter than that (which eduwatch never writes, but a hand-edited store may
 * hold) are listed by the events_short_day partial index, and while there are any the since
 * range is left out.
 */
export function dateRange(db: DB, column: string, f: EventFilters, params: Params): string[] {
  const where: string[] = [];
  if (f.until !== undefined) {
    params.untilNext = f.until.slice(0, -1) + String.fromCharCode(f.until.charCodeAt(f.until.length - 1) + 1);
    where.push(`${column} < @untilNext`);
  }
  if (f.since !== undefined && !hasShortDays(db)) {
    params.sinceYear = f.since.slice(0, 4);
    where.push(`${column} >= @sinceYear`);
  }
  return where;
}

function hasShortDays(db: DB): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM events WHERE length(day) < 4)').pluck().get() === 1;
}

export interface EventSelection {
  /** Conditions on e (and d, s when readsDocument), the institution filter apart. */
  conds: string[];
  params: Params;
  readsDocument: boolean;
  /** A subquery of the ids of the events the institution filter matches (narrowed by type and dates), or null. */
  institutionIds: string | null;
  /** The same with each event's day (`day`), or null. */
  institutionDays: string | null;
  /** Every filter but the institution is a type or a date: the participant rows alone decide. */
  onlyTypeAndDates: boolean;
}

/** Conditions selecting events (aliases e, d, s), the institution filter apart; with their parameters. */
export function eventSelection(db: DB, f: EventFilters): EventSelection {
  validateFilters(f);
  const params: Params = {};
  const docConds = documentConditions(f, params);
  const evConds = eventConditions(db, f, params);
  const conds = [...docConds, ...evConds, ...dateConditions(EVENT_DATE, f, params), ...dateRange(db, EVENT_DATE, f, params)];
  let institutionIds: string | null = null;
  let institutionDays: string | null = null;
  if (f.institution !== undefined) {
    resolveInstitution(db, f.institution, params);
    const narrow = participantEventConditions(db, f, params);
    institutionIds = participantEvents(params, narrow);
    institutionDays = participantEvents(params, narrow, 'p.event_id, substr(p.event_date, 1, 10) AS day');
  }
  const onlyTypeAndDates = docConds.length === 0 && evConds.every((c) => c === 'e.type = @type');
  return { conds, params, readsDocument: docConds.length > 0, institutionIds, institutionDays, onlyTypeAndDates };
}

/** WHERE clause and parameters selecting events (aliases e, d, s). */
export function eventWhere(db: DB, f: EventFilters): { where: string; params: Params } {
  const { conds, params, institutionIds } = eventSelection(db, f);
  if (institutionIds !== null) conds.push(`e.id IN (${institutionIds})`);
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/**
 * WHERE clause and parameters selecting documents (aliases d, s): event filters select documents
 * reporting a matching event; the institution filter matches mentions and event parties.
 */
export function documentWhere(db: DB, f: EventFilters): { where: string; params: Params } {
  validateFilters(f);
  const params: Params = {};
  const conds = [...documentConditions(f, params), ...dateConditions('substr(d.published_at, 1, 10)', f, params)];
  if (f.newSince !== undefined) {
    params.newSince = resolveMoment(db, f.newSince, '--new-since');
    conds.push('(SELECT nf.fetched_at FROM fetches nf WHERE nf.id = d.fetch_id) >= @newSince');
  }
  const ev = eventConditions(db, { ...f, newSince: undefined }, params);
  if (ev.length) conds.push(`EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND ${ev.join(' AND ')})`);
  if (f.institution !== undefined) {
    const byParty = eventInstitutionCondition(db, f, params);
    conds.push(
      `(EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id AND m.institution_id IN ${inList('institutionIds')})
        OR EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND ${byParty[0]}))`,
    );
  }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** Institutions (alias i) matching a search text: for `query institutions` and the institutions export. */
export function institutionSearchCondition(db: DB, text: string, params: Params): string {
  params.searchIds = matchingInstitutionIds(db, text);
  return `i.id IN ${inList('searchIds')}`;
}

/** LIMIT value: the filter's, or -1 (no limit) for SQLite. */
export function limitOf(f: { limit?: number }): number {
  return f.limit ?? -1;
}
