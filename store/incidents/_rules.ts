/**
 * When two reports are the same incident: the pair rules of incident clustering, pure (no SQL), so
 * the store and the evaluation (scripts/eval-incidents.ts) run the very same code. Each rule that
 * joins returns its name and the values it compared, which the store keeps with the report
 * (`incident_reports.rule`, `.compared`) and `evidence --incident` shows.
 *
 * Damage (only events of scope "incident": appeals and statistics are no incident):
 *   same-institution      the same institution (one institution id: one key or registry entry),
 *                         days within DAMAGE_WINDOW_DAYS
 *   same-number           same settlement, same kind group and the same institution number
 *                         ("ліцей № 152" = "Liceum nr 152"), days within the window
 *   same-settlement-kind  same settlement and kind group (an English "college" may be a
 *                         university's: kindGroupsOf), days within the window (tighter when
 *                         both texts state the date), causes compatible, and nothing saying they
 *                         are two institutions (two numbers, two names in one language neither
 *                         of which begins the other, one document). A report that gives no kind
 *                         ("an educational institution") joins only on the very day, which one
 *                         of the two texts states. Severity does not separate reports:
 *                         "partially destroyed" is read as damaged by one and destroyed by
 *                         another; the incident records the difference as a contradiction
 *                         (grading.ts).
 * Partnership:
 *   same-parties          at least two parties in common (institution id, else folded name),
 *                         days within PARTNERSHIP_WINDOW_DAYS
 *   same-parties-undated  neither report has a day (no stated date, no publication day): the very
 *                         same parties (every one, at least two), the same kind of agreement and
 *                         the same status; with no date to tell two agreements apart, identity
 *                         must be complete (one report of a memorandum and one of a contract of
 *                         the same partners stay apart)
 *
 * Undated damage reports (matchUndated): a report with no day (no stated date, no publication
 * day) or only a month or a year ("in August 2025") can meet no other report in a window. It
 * joins an incident of dated reports when it names its institution (or gives its day, below) and
 *   undated-one-incident  the institution is the same (one institution id: key or registry
 *                         entry), or the same settlement, kind group and a named institution on
 *                         both sides that nothing tells apart (two numbers; two names in one
 *                         language neither of which begins the other); causes compatible
 *                         (severity never separates, as above); the incident's day is not after
 *                         the report's publication day and lies in the month or year it states;
 *                         and EXACTLY ONE incident has such a report (cluster.ts, components.ts:
 *                         two candidates, the same university struck in April and in August, are
 *                         ambiguous and the report stays on its own).
 *   undated-same-day      a report whose text gives the attack's day and month but no year can be
 *                       given ("в ночь на 25 мая", DamageEvent.monthDay, on a page with no date):
 *                       as above, and the incident's day is that day and month (or a day next to
 *                       it) of some year; then the same settlement and kind group are enough, a
 *                       name is not needed (a strike on a Kharkiv lyceum on 25 May).
 *   undated-village       a report that names no institution and gives no day, of a settlement
 *                       the gazetteer knows as a village or small town (at most
 *                       VILLAGE_POPULATION inhabitants, place-key.ts sameVillage): as
 *                       undated-one-incident, the same place, kind group and compatible causes;
 *                       there the school is the one school ("an aerial bomb on the school in
 *                       Bilohorivka").
 * A report with no day that tells the attack as one more on its target ("повторно обстреляли",
 * DamageEvent.repeated) joins none of these ways: the one incident known may be the earlier strike.
 * Elsewhere, a report that names no institution and gives no day ("a lyceum in Kharkiv") never joins this
 * way: a city has many schools and a store holds only the strikes it has read, so one candidate
 * there is no evidence. Undated reports join no other undated report, and they bridge nothing: incidents are
 * the components of the dated reports, each undated report added to its one candidate.
 *
 * Dates: a report's day is its event's date, else its document's publication day. Only a date
 * the text states counts as stated (statedDate): a date the extractor took from the publication
 * day ("dateBasis: published") keeps the wide window, like no date at all.
 *
 * Settlements are compared only through place-key.ts (sameSettlementKey), the one function a
 * gazetteer's place id will replace.
 */
import { sameSettlementKey, sameVillage, VILLAGE_POPULATION } from './place-key.js';

/** One clusterable event with what the rules read (built from the store, or from a labelled set). */
export interface Report {
  eventId: number;
  documentId: number;
  type: 'damage' | 'partnership';
  /** The event's own date (YYYY-MM-DD or shorter), else null. */
  date: string | null;
  /** The date the rules compare: the event's own, else the document's publication day. */
  day: string | null;
  /** Day and month ("05-25") the text gives when no year can be had (undated page, no year written): DamageEvent.monthDay. */
  monthDay?: string | null;
  /** The text tells the attack as one more on its target ("повторно обстреляли"): DamageEvent.repeated. */
  repeated?: boolean;
  institutionId: number | null;
  /** The institution's normalised key (institutions.key), for telling two names apart. */
  institutionKey: string | null;
  institution: string | null;
  institutionKind: string | null;
  settlement: string | null;
  settlementKey: string | null;
  region: string | null;
  severity: string | null;
  cause: string | null;
  killed: number | null;
  injured: number | null;
  confidence: number;
  /** Partnership parties: institution id (null when the party is no institution tag) and folded name. */
  parties: { id: number | null; name: string; fold: string }[];
  agreementKind: string | null;
  status: string | null;
  lang: string | null;
  published: string | null;
  sourceId: string;
  sourceName: string;
  sourceKind: string;
  sourceVerified: boolean;
  /** Who owns the source (its registrable domain): two sources of one owner are not independent. */
  owner: string;
  url: string;
  /** The event's place among its document's events (0, 1, ...): with the URL, names the report across rebuilds. */
  position: number;
}

export type Rule = 'same-institution' | 'same-number' | 'same-settlement-kind' | 'same-parties' | 'same-parties-undated' | 'undated-one-incident' | 'undated-same-day' | 'undated-village';

export interface Join {
  rule: Rule;
  /** The values compared, this report's first: {field: [this, that]}. */
  compared: Record<string, [unknown, unknown]>;
}

/**
 * The date a report's text states for its event, or null: an extractor's date taken from the
 * publication day (`dateBasis: 'published'`, "the strike" in a follow-up two days later) is no
 * statement of the text. Such a report is compared by its day (the publication day) within the
 * wide window, never the tight one for two stated dates: unn.ua's follow-up of 5 September on the
 * strike of the 3rd is the same strike.
 */
export function statedDate(date: string | null | undefined, basis: unknown): string | null {
  return basis === 'published' ? null : (date ?? null);
}

/** Days two reports of one damage incident may lie apart (a night strike is dated either day; reports follow for days). */
export const DAMAGE_WINDOW_DAYS = 3;
/** Days apart when both texts state the date themselves: the night of the 10th to the 11th is either, no more. */
export const STATED_DATE_WINDOW_DAYS = 1;
/** Days two reports of one agreement may lie apart (signing news, then the partners' own posts, then a digest). */
export const PARTNERSHIP_WINDOW_DAYS = 14;

/** Institution kinds one report may call by another's name (a "ліцей" is a "school" in English news). */
const KIND_GROUP: Record<string, string> = {
  school: 'school', lyceum: 'school', gymnasium: 'school',
  college: 'vocational', technikum: 'vocational', 'vocational-school': 'vocational',
  university: 'higher', academy: 'higher', institute: 'higher',
  kindergarten: 'kindergarten',
};

export function kindGroup(kind: string | null): string | null {
  return kind === null ? null : (KIND_GROUP[kind] ?? kind);
}

/**
 * The kind groups a report's institution may belong to: its kind's group, and for an English
 * "college" the higher-education group too. English calls a university's building or faculty a
 * college ("a four-story college building" of the Kryvyi Rih university that Russian news call
 * "корпус университета"), so in English the word does not tell a college from a university; in
 * uk / ru / pl / bg it does (коледж, колледж, kolegium, колеж are named as such).
 */
export function kindGroupsOf(r: Pick<Report, 'institutionKind' | 'lang'>): string[] {
  const g = kindGroup(r.institutionKind);
  if (g === null) return [];
  return r.institutionKind === 'college' && r.lang === 'en' ? [g, 'higher'] : [g];
}

/** Whether two reports' institutions may be of one kind group (kindGroupsOf meet); a kindless report meets none. */
export function kindsMeet(a: Pick<Report, 'institutionKind' | 'lang'>, b: Pick<Report, 'institutionKind' | 'lang'>): boolean {
  const gb = kindGroupsOf(b);
  return kindGroupsOf(a).some((g) => gb.includes(g));
}

/** The institution kinds a report that kindsMeet `r` may have (the store's SQL pre-filter; the lang test is matchUndated's). */
export function kindsMeeting(r: Pick<Report, 'institutionKind' | 'lang'>): string[] {
  const groups = kindGroupsOf(r);
  const kinds = new Set(groups.flatMap(kindsOfGroup));
  if (groups.includes('higher')) kinds.add('college'); // an English "college" of a university
  return [...kinds].sort();
}

/** Every institution kind of a kind group (the group's name is a kind itself: "school", or a kind of no group). */
export function kindsOfGroup(group: string): string[] {
  return [...new Set([group, ...Object.keys(KIND_GROUP).filter((k) => KIND_GROUP[k] === group)])].sort();
}

/**
 * Causes two reports of one strike may give: a missile is also "an airstrike", shelling may be
 * rockets, and "обстріл" / "обстрел" / "ostrzał" (shelling) is what uk/ru/pl news call any attack,
 * drones included ("Под обстрел попал детский сад" of a drone strike on a kindergarten). Only a fire
 * stays apart: a school fire is not a strike unless one report says so.
 */
const CAUSE_COMPATIBLE: ReadonlySet<string> = new Set(['missile|airstrike', 'missile|shelling', 'airstrike|drone', 'airstrike|shelling', 'drone|missile', 'drone|shelling']);

export function causesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b || a === 'other' || b === 'other') return true;
  return CAUSE_COMPATIBLE.has(`${a}|${b}`) || CAUSE_COMPATIBLE.has(`${b}|${a}`);
}

/** Severity: unknown fits anything; "damaged" and "destroyed" differ (a contradiction, never a reason to split). */
export function severitiesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** One key's words begin the other's: "одеськ юридичн ліцей" and "одеськ юридичн ліцей одеськ міськ рада". */
export function keysNest(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return l === s || l.startsWith(`${s} `);
}

/** The number in an institution's name ("Lyceum No. 20", "ліцей № 152", "SP nr 5"): 1-3 digits, not part of a date. */
export function institutionNumber(name: string | null): string | null {
  if (!name) return null;
  const m = /(?<![\d./-])(\d{1,3})(?![\d./-]|\s*(?:р\.|рік|г\.|року|года|roku|year))/u.exec(name);
  return m ? String(Number(m[1])) : null;
}

/** Whole days from a to b (both YYYY-MM-DD), or null when either is not a full date. */
export function dayDistance(a: string | null, b: string | null): number | null {
  if (!a || !b || a.length < 10 || b.length < 10) return null;
  const ta = Date.parse(`${a.slice(0, 10)}T00:00:00Z`);
  const tb = Date.parse(`${b.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.round(Math.abs(ta - tb) / 86_400_000);
}

/** The pair's dates compared: within the window for their kind (stated by both texts, or not). */
function withinWindow(a: Report, b: Report, window: number): { ok: boolean; compared: [unknown, unknown] } {
  const d = dayDistance(a.day, b.day);
  const both = a.date !== null && b.date !== null && a.date.length >= 10 && b.date.length >= 10;
  const limit = both ? Math.min(window, STATED_DATE_WINDOW_DAYS) : window;
  return { ok: d !== null && d <= limit, compared: [a.day, b.day] };
}

/** The rule joining two damage reports, or null when they may be two incidents. */
export function matchDamage(a: Report, b: Report): Join | null {
  const w = withinWindow(a, b, DAMAGE_WINDOW_DAYS);
  if (!w.ok) return null;
  if (a.institutionId !== null && a.institutionId === b.institutionId) {
    return { rule: 'same-institution', compared: { institution: [a.institution, b.institution], day: w.compared } };
  }
  if (!sameSettlementKey(a.settlementKey, b.settlementKey)) return null;
  const ga = kindGroup(a.institutionKind);
  const gb = kindGroup(b.institutionKind);
  // A report that gives no kind meets the other on the very day, which one of the two texts states.
  const stated = (r: Report) => r.date !== null && r.date.length >= 10;
  const sameDayStated = isFullDay(a.day) && isFullDay(b.day) && a.day.slice(0, 10) === b.day.slice(0, 10) && (stated(a) || stated(b));
  if (!kindsMeet(a, b) && !(sameDayStated && (ga === null) !== (gb === null))) return null;
  const base: Record<string, [unknown, unknown]> = {
    settlement: [a.settlement, b.settlement],
    institutionKind: [a.institutionKind, b.institutionKind],
    day: w.compared,
  };
  const na = institutionNumber(a.institution);
  const nb = institutionNumber(b.institution);
  if (na !== null && na === nb) return { rule: 'same-number', compared: { ...base, number: [na, nb] } };
  if (na !== null && nb !== null) return null; // two numbered institutions: two schools
  if (a.documentId === b.documentId) return null; // one text telling two incidents apart
  // Two different names in one language are two institutions; across languages the names (and keys) differ anyway.
  if (a.institutionKey !== null && b.institutionKey !== null && a.lang !== null && a.lang === b.lang && !keysNest(a.institutionKey, b.institutionKey)) return null;
  if (!causesCompatible(a.cause, b.cause)) return null;
  return { rule: 'same-settlement-kind', compared: { ...base, severity: [a.severity, b.severity], cause: [a.cause, b.cause] } };
}

/** A full day (YYYY-MM-DD...): the reports the window rules compare. */
export function isFullDay(day: string | null | undefined): day is string {
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}/.test(day);
}

/** A damage report with no full day (none, or a month or a year only): it joins by matchUndated, never by a window. */
export function isUndatedDamage(r: Report): boolean {
  return r.type === 'damage' && !isFullDay(r.day);
}

/**
 * Whether undated damage report `u` may be a report of the incident dated report `c` is in (see
 * the header: undated-one-incident). Only one half of the rule: the caller also requires that the
 * dated reports it fits lie in exactly one incident.
 */
export function matchUndated(u: Report, c: Report): Join | null {
  if (!isUndatedDamage(u) || c.type !== 'damage' || !isFullDay(c.day) || u.documentId === c.documentId) return null;
  const day = c.day.slice(0, 10);
  const published = isFullDay(u.published) ? u.published.slice(0, 10) : null;
  if (published !== null && day > published) return null; // a report tells of nothing after it was published
  if (u.day !== null && !day.startsWith(u.day)) return null; // the month ("2025-08") or year it states
  if (!causesCompatible(u.cause, c.cause)) return null;
  const monthDay = u.monthDay ?? null;
  if (monthDay !== null && !nearMonthDay(monthDay, day)) return null; // the day and month it states
  // "Рашисты повторно обстреляли нашу Могилянку" with no day: the one strike known may be the first one.
  if (monthDay === null && u.repeated === true) return null;
  const base: Record<string, [unknown, unknown]> = { institution: [u.institution, c.institution] };
  const when: Record<string, [unknown, unknown]> = {
    day: [u.day, day], ...(monthDay === null ? {} : { monthDay: [monthDay, day] }), ...(published === null ? {} : { published: [published, day] }), cause: [u.cause, c.cause],
  };
  let rule: Rule = monthDay === null ? 'undated-one-incident' : 'undated-same-day';
  if (u.institutionId !== null && u.institutionId === c.institutionId) return { rule, compared: { ...base, ...when } };
  const named = (r: Report) => r.institution !== null || r.institutionKey !== null;
  // Without a day, only a named institution is evidence, or a village, whose school is the one school;
  // with its day and month, the settlement and kind are.
  if (monthDay === null && (!named(u) || !named(c))) {
    if (!sameVillage(u.settlementKey, c.settlementKey)) return null;
    rule = 'undated-village';
    when.population = [`<= ${VILLAGE_POPULATION}`, `<= ${VILLAGE_POPULATION}`];
  }
  if (!sameSettlementKey(u.settlementKey, c.settlementKey)) return null;
  if (!kindsMeet(u, c)) return null;
  const nu = institutionNumber(u.institution);
  const nc = institutionNumber(c.institution);
  if (nu !== null && nc !== null && nu !== nc) return null;
  if ((nu === null || nu !== nc) && u.institutionKey !== null && c.institutionKey !== null && u.lang !== null && u.lang === c.lang && !keysNest(u.institutionKey, c.institutionKey)) return null;
  return { rule, compared: { ...base, settlement: [u.settlement, c.settlement], institutionKind: [u.institutionKind, c.institutionKind], ...when } };
}

/**
 * Whether day `day` (YYYY-MM-DD) is the day and month `monthDay` ("05-25") of some year, or a day
 * next to it (a night strike is dated either day): `monthDay` is tried in day's year and either
 * side of it, so "12-31" is next to 1 January.
 */
export function nearMonthDay(monthDay: string, day: string): boolean {
  const y = Number(day.slice(0, 4));
  return [y - 1, y, y + 1].some((year) => {
    const d = dayDistance(`${year}-${monthDay}`, day);
    return d !== null && d <= STATED_DATE_WINDOW_DAYS;
  });
}

/** The rule joining two partnership reports, or null. */
export function matchPartnership(a: Report, b: Report): Join | null {
  const ids = (r: Report) => new Set(r.parties.map((p) => (p.id !== null ? `#${p.id}` : p.fold)));
  const sa = ids(a);
  const sb = ids(b);
  const common = [...sa].filter((x) => sb.has(x));
  if (a.day === null && b.day === null) {
    const same = common.length >= 2 && common.length === sa.size && common.length === sb.size;
    if (!same || a.agreementKind === null || a.agreementKind !== b.agreementKind || a.status !== b.status) return null;
    return {
      rule: 'same-parties-undated',
      compared: { parties: [a.parties.map((p) => p.name), b.parties.map((p) => p.name)], agreementKind: [a.agreementKind, b.agreementKind], status: [a.status, b.status] },
    };
  }
  const w = withinWindow(a, b, PARTNERSHIP_WINDOW_DAYS);
  if (!w.ok) return null;
  if (common.length < 2) return null;
  return {
    rule: 'same-parties',
    compared: { parties: [a.parties.map((p) => p.name), b.parties.map((p) => p.name)], day: w.compared },
  };
}

export function matchReports(a: Report, b: Report): Join | null {
  if (a.type !== b.type) return null;
  return a.type === 'damage' ? matchDamage(a, b) : matchPartnership(a, b);
}

/** Second-level names under which one owner registers its sites ("gov.ua", "com.pl", "co.uk"). */
const PUBLIC_SUFFIX_2 = /^(com|gov|org|net|edu|in|co|ac|info|biz|od|kh|kiev|kyiv|lviv|dp|zp|msk|spb)$/;

/** The owner of a site: its registrable domain ("www.pravda.com.ua" -> "pravda.com.ua"). */
export function ownerOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
  if (/^[\d.]+$/.test(host) || host === 'localhost') {
    try {
      return new URL(url).host; // loopback demo sites: one owner per port
    } catch {
      return host;
    }
  }
  const parts = host.replace(/^www\./, '').split('.');
  const n = parts.length >= 3 && PUBLIC_SUFFIX_2.test(parts[parts.length - 2]) ? 3 : 2;
  return parts.slice(-n).join('.');
}
