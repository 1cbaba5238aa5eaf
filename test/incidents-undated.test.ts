/**
 * Undated damage reports (store/incidents/_rules.ts matchUndated, the rule undated-one-incident):
 * a report with no day, or only a month or a year, joins the one incident of dated reports it fits,
 * and stays on its own when none or two fit. The pure rule, the components the evaluation builds,
 * and the store's incremental clustering, whatever order the documents arrive in.
 */
import { describe, expect, it } from 'vitest';
import { getIncidentEvidence, openStore, reextract, storePage, upsertSources, type DB } from '../store/index.js';
import { components, matchUndated, storedReports, type Report } from '../store/incidents/index.js';
import { defaultIncidentDir, loadIncidentSet } from '../scripts/eval-incidents.js';
import { analyze } from '../extractors/pipeline.js';
import { page, source } from './fixtures/store/builders.js';
import { damageReport, partition, storeDocs, type Doc } from './fixtures/store/incidents.js';
import type { Lang } from '../types.js';

/** A dated report of the Sumy university strike of 18 August 2025; override what a case is about. */
const rep = (o: Partial<Report>): Report =>
  damageReport({
    date: '2025-08-18', day: '2025-08-18', published: '2025-08-18', institutionId: 7, institutionKey: 'registry:ua-sumdu',
    institution: 'Сумський державний університет', institutionKind: 'university', settlement: 'Суми',
  }, o);
/** An undated report: no stated date, no publication day. */
const undated = (o: Partial<Report> = {}) =>
  rep({ eventId: 9, documentId: 9, date: null, day: null, published: null, lang: 'en', institution: 'Sumy State University', settlement: 'Sumy', owner: 'b.com', url: 'https://b.com/9', ...o });

describe('an undated report and one dated report (matchUndated)', () => {
  it.each<[string, Partial<Report>, Partial<Report>, boolean]>([
    ['the same institution by registry entry', {}, {}, true],
    ['the same institution, severity read differently', { severity: 'damaged' }, {}, true],
    ['a fire is no strike', { cause: 'fire' }, {}, false],
    ['published before the strike', { published: '2025-08-10' }, {}, false],
    ['dated by its publication day: the window rules compare it', { published: '2025-08-18', day: '2025-08-18' }, {}, false],
    ['a stated month that fits', { date: '2025-08', day: '2025-08' }, {}, true],
    ['a stated month that does not', { date: '2025-04', day: '2025-04' }, {}, false],
    ['a stated year that fits, published after', { date: '2025', day: '2025', published: '2025-09-30' }, {}, true],
    ['a stated month, published before the strike', { date: '2025-08', day: '2025-08', published: '2025-08-10' }, {}, false],
    ['no institution named ("a university in Sumy")', { institutionId: null, institutionKey: null, institution: null }, {}, false],
    ['named differently, same town and kind, another language', { institutionId: 1, institutionKey: 'sumy state university' }, { institutionId: 2, institutionKey: 'сумськ державн університет' }, true],
    ['the other report names none', { institutionId: 1 }, { institutionId: null, institutionKey: null, institution: null }, false],
    ['two names in one language', { institutionId: 1, lang: 'uk', institutionKey: 'сумськ національн аграрн університет' }, { institutionId: 2, institutionKey: 'сумськ державн університет' }, false],
    ['another town', { institutionId: 1, settlement: 'Полтава' }, { institutionId: 2 }, false],
    ['another kind group', { institutionId: 1, institutionKind: 'lyceum' }, { institutionId: 2 }, false],
    ['two numbers', { institutionId: 1, institution: 'Lyceum No. 5', institutionKind: 'lyceum' }, { institutionId: 2, institution: 'ліцей № 7', institutionKind: 'school' }, false],
    ['one number in two languages', { institutionId: 1, institution: 'Lyceum No. 7', institutionKind: 'lyceum' }, { institutionId: 2, institution: 'ліцей № 7', institutionKind: 'school' }, true],
    ['the other report is undated too', {}, { date: null, day: null, published: null }, false],
    ['one document', { documentId: 1 }, {}, false],
  ])('%s', (_name, ou, oc, fits) => {
    const u = undated(ou);
    const c = rep(oc);
    expect(matchUndated(u, c)?.rule ?? null).toBe(fits ? 'undated-one-incident' : null);
    expect(matchUndated(c, u)).toBeNull(); // the dated report is no undated one
  });
});

describe('components: the one incident it fits', () => {
  const aug = [rep({ eventId: 1 }), rep({ eventId: 2, documentId: 2, lang: 'en', institution: 'Sumy State University', owner: 'c.com' })];
  const apr = rep({ eventId: 3, documentId: 3, date: '2025-04-13', day: '2025-04-13', published: '2025-04-13', url: 'https://a.ua/3' });
  const parts = (x: Report[]) => components(x).map((c) => c.eventIds).sort((a, b) => a[0] - b[0]);

  it('joins the one incident, recording the earliest report it fits', () => {
    const c = components([...aug, undated()]);
    expect(c.map((x) => x.eventIds)).toEqual([[1, 2, 9]]);
    expect(c[0].joins.get(9)).toMatchObject({ to: 1, join: { rule: 'undated-one-incident', compared: { day: [null, '2025-08-18'] } } });
  });

  it('the same university in April and August: an undated report fits both and joins neither', () => {
    expect(parts([...aug, apr, undated()])).toEqual([[1, 2], [3], [9]]);
  });

  it('a stated month tells them apart', () => {
    expect(parts([...aug, apr, undated({ date: '2025-08', day: '2025-08' })])).toEqual([[1, 2, 9], [3]]);
    expect(parts([...aug, apr, undated({ date: '2025-04', day: '2025-04' })])).toEqual([[1, 2], [3, 9]]);
  });

  it('the same lyceum hit again two weeks later: an undated report of it stays apart', () => {
    const lyceum = { institutionId: 4, institutionKey: 'одеськ професійн ліцей будівництв', institution: 'Одеський професійний ліцей будівництва', institutionKind: 'lyceum', settlement: 'Одеса' };
    const first = rep({ ...lyceum, eventId: 1, date: '2026-01-13', day: '2026-01-13', published: '2026-01-13' });
    const second = rep({ ...lyceum, eventId: 2, documentId: 2, date: '2026-01-27', day: '2026-01-27', published: '2026-01-27' });
    const u = undated({ ...lyceum, cause: 'drone' });
    expect(parts([first, second, u])).toEqual([[1], [2], [9]]);
    expect(parts([first, u])).toEqual([[1, 9]]);
  });

  it('two undated reports of one university join each other only through the incident they both fit', () => {
    const u2 = undated({ eventId: 10, documentId: 10, url: 'https://d.com/10' });
    expect(parts([undated(), u2])).toEqual([[9], [10]]);
    expect(parts([...aug, undated(), u2])).toEqual([[1, 2, 9, 10]]);
  });

  it('bridges nothing: an undated report fitting two incidents does not merge them', () => {
    expect(parts([aug[0], apr, undated()])).toEqual([[1], [3], [9]]);
  });

  it('two candidates that a dated report merges are one: the undated report joins', () => {
    const d = (eventId: number, day: string, cause = 'missile') => rep({ eventId, documentId: eventId, date: null, day, published: day, cause, url: `https://a.ua/${eventId}` });
    expect(parts([d(1, '2025-08-15'), d(2, '2025-08-19'), undated()])).toEqual([[1], [2], [9]]);
    expect(parts([d(1, '2025-08-15'), d(2, '2025-08-19'), d(3, '2025-08-17', 'fire'), undated()])).toEqual([[1, 2, 3, 9]]);
  });
});

const AUG = 'У ніч на 18 серпня 2025 року російська армія вдарила балістичною ракетою та дронами по Сумському державному університету в Сумах: зруйновано навчальний корпус.';
const APR = '13 квітня 2025 року російські балістичні ракети зруйнували будівлі Сумського державного університету в Сумах.';
const UNDATED = 'Russian strike destroys building of Sumy State University. A building of Sumy State University in Sumy was destroyed in a Russian attack with ballistic missiles and drones.';
const MONTH = 'У серпні 2025 року російська ракета зруйнувала корпус Сумського державного університету в Сумах.';

const DOCS: Record<string, Doc> = {
  aug: ['ua-a', 'https://ua-a.example/aug', AUG, '2025-08-18'],
  apr: ['ua-b', 'https://ua-b.example/apr', APR, '2025-04-13'],
  undated: ['en-c', 'https://en-c.example/undated', UNDATED, null],
  month: ['ua-d', 'https://ua-d.example/month', MONTH, null],
};
const SOURCES: [string, Lang][] = [['ua-a', 'uk'], ['ua-b', 'uk'], ['en-c', 'en'], ['ua-d', 'uk']];
const store = (order: string[]): DB => storeDocs(DOCS, SOURCES, order);
const handles = (db: DB) => db.prepare('SELECT handle FROM incidents ORDER BY handle').pluck().all();
const dump = (db: DB) => ({
  incidents: db.prepare('SELECT * FROM incidents ORDER BY id').all().map((r) => ({ ...(r as object), updated_at: null })),
  reports: db.prepare('SELECT * FROM incident_reports ORDER BY event_id').all(),
});
function permutations<T>(xs: T[]): T[][] {
  return xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('undated reports in the store', () => {
  it('the texts are what the cases say: dated, undated, a month', () => {
    const ev = (k: string) => analyze({ text: DOCS[k][2], url: DOCS[k][1], published: DOCS[k][3] }).events[0];
    expect(ev('aug')).toMatchObject({ type: 'damage', date: '2025-08-18', settlement: 'Суми' });
    expect(ev('undated')).toMatchObject({ type: 'damage', date: null, institutionKey: 'registry:ua-sumdu' });
    expect(ev('month')).toMatchObject({ type: 'damage', date: '2025-08' });
  });

  it('joins the one incident and evidence explains it', () => {
    const db = store(['undated', 'aug']);
    expect(partition(db)).toEqual(['aug undated']);
    const id = db.prepare('SELECT id FROM incidents').pluck().get() as number;
    const r = getIncidentEvidence(db, id)!.reports.find((x) => x.documentUrl.endsWith('/undated'))!;
    expect(r.rule).toBe('undated-one-incident');
    expect(r.compared.day).toEqual([null, '2025-08-18']);
    expect(r.compared.institution).toEqual(['Sumy State University', 'Сумський державний університет в Сумах']);
  });

  it('gives the same incidents in every order the four documents can arrive in, and a rebuild agrees', () => {
    const want = ['apr', 'aug month', 'undated'];
    for (const order of permutations(['aug', 'apr', 'undated', 'month'])) {
      const db = store(order);
      expect(partition(db), order.join(' ')).toEqual(want);
      const before = { partition: partition(db), handles: handles(db), dump: dump(db) };
      reextract(db, { all: true });
      expect({ partition: partition(db), handles: handles(db), dump: dump(db) }, order.join(' ')).toEqual(before);
    }
    expect(handles(store(['aug', 'apr', 'undated', 'month']))).toEqual(handles(store(['month', 'undated', 'apr', 'aug'])));
  });

  it('two incidents a later report merges: the undated report fitting both joins once they are one, in every order', () => {
    // No date in the texts: each is dated by its publication day, so the window is three days (15 and 19 are apart, 17 meets both).
    // The report of the 17th tells of a fire: it joins both (one institution), but the undated report of a missile does not fit
    // it, so only the merge it makes gives the undated report its one incident.
    const text = 'Російська ракета зруйнувала корпус Сумського державного університету.';
    const docs: Record<string, Doc> = {
      a: ['ua-a', 'https://ua-a.example/15', text, '2025-08-15'],
      b: ['ua-b', 'https://ua-b.example/19', 'Російський дрон пошкодив гуртожиток Сумського державного університету.', '2025-08-19'],
      m: ['ua-d', 'https://ua-d.example/17', 'Пожежа знищила корпус Сумського державного університету.', '2025-08-17'],
      u: ['en-c', 'https://en-c.example/undated', UNDATED, null],
    };
    const build = (order: string[]) => storeDocs(docs, SOURCES, order);
    expect(analyze({ text, url: docs.a[1], published: docs.a[3] }).events[0]).toMatchObject({ date: '2025-08-15', dateBasis: 'published' });
    expect(analyze({ text: docs.m[2], url: docs.m[1], published: docs.m[3] }).events[0]).toMatchObject({ cause: 'fire' });
    expect(partition(build(['a', 'b', 'u']))).toEqual(['15', '19', 'undated']);
    for (const order of permutations(['a', 'b', 'm', 'u'])) {
      const db = build(order);
      expect(partition(db), order.join(' ')).toEqual(['15 17 19 undated']);
      const before = dump(db);
      reextract(db, { all: true });
      expect(dump(db), order.join(' ')).toEqual(before);
    }
  });

  it('without the April strike the undated report has one candidate, whatever the order', () => {
    for (const order of permutations(['aug', 'undated', 'month'])) expect(partition(store(order)), order.join(' ')).toEqual(['aug month undated']);
  });
});

describe('the store and the evaluation cluster the labelled dev reports alike', () => {
  it('the store, fed every dev item of test/incidents in either order, holds the partition components() gives', () => {
    const items = loadIncidentSet(defaultIncidentDir(), ['dev']); // never the holdout
    const analysed = items.map((item) => ({ item, doc: analyze({ text: item.text, url: item.url, published: item.published }) }));
    const hosts = [...new Set(items.map((x) => new URL(x.url).hostname))];
    const build = (order: typeof analysed) => {
      const db = openStore(':memory:');
      upsertSources(db, hosts.map((_, i) => source(`s${i}`, 'UA', ['uk', 'ru', 'en', 'pl', 'bg'])));
      for (const { item, doc } of order) storePage(db, null, page({ sourceId: `s${hosts.indexOf(new URL(item.url).hostname)}`, requestedUrl: item.url }), () => doc);
      return db;
    };
    // Incidents as sets of their reports' URLs (a document's events may sit in two incidents).
    const asUrls = (db: DB, groups: number[][]) => {
      const url = new Map((db.prepare('SELECT e.id, d.url FROM events e JOIN documents d ON d.id = e.document_id').all() as { id: number; url: string }[]).map((x) => [x.id, x.url]));
      return groups.map((g) => [...new Set(g.map((id) => url.get(id)!))].sort().join(' ')).sort();
    };
    const stored = (db: DB) => asUrls(db, (db.prepare('SELECT json_group_array(event_id) FROM incident_reports GROUP BY incident_id').pluck().all() as string[]).map((j) => JSON.parse(j) as number[]));
    for (const order of [analysed, [...analysed].reverse()]) {
      const db = build(order);
      const ids = db.prepare('SELECT event_id FROM incident_reports ORDER BY event_id').pluck().all() as number[];
      expect(ids.length).toBeGreaterThan(50);
      const want = asUrls(db, components(storedReports(db, ids)).map((c) => c.eventIds));
      expect(stored(db)).toEqual(want);
      // The undated report of Sumy State University (no day anywhere) is in the August incident.
      expect(want.find((g) => g.includes('1xeber'))!.split(' ').length).toBeGreaterThan(5);
    }
  });
});
