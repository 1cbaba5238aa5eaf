import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { getIncidentEvidence, openStore, queryIncidents, reextract, storePage, upsertSources, MIGRATIONS, type DB } from '../store/index.js';
import { gradeIncident, gradeSource, matchReports, statedDate, meetsGrade, parseGrade, sameSettlementKey, settlementKey, components, incidentHandle, HANDLE_PATTERN, type Report } from '../store/incidents/index.js';
import { analyze } from '../extractors/pipeline.js';
import { page, source } from './fixtures/store/builders.js';

/** A damage report with defaults; override what a case is about. */
function rep(o: Partial<Report>): Report {
  return {
    eventId: 1, documentId: 1, type: 'damage', date: '2024-05-25', day: '2024-05-25', institutionId: null, institutionKey: null,
    institution: null, institutionKind: 'lyceum', settlement: 'Харків', settlementKey: null, region: null, severity: 'damaged',
    cause: 'missile', killed: null, injured: null, confidence: 0.9, parties: [], agreementKind: null, status: null, lang: 'uk',
    published: '2024-05-25', sourceId: 's1', sourceName: 'S1', sourceKind: 'news', sourceVerified: true, owner: 'a.ua', url: 'https://a.ua/1',
    position: 0,
    ...o,
    ...(o.settlementKey === undefined ? { settlementKey: settlementKey(o.settlement === undefined ? 'Харків' : o.settlement) } : {}),
  };
}

describe('settlement keys', () => {
  it.each([
    ['Харків', 'Kharkiv'], ['Харьков', 'Charków'], ['Харков', 'Charkowie'], ['Київ', 'Kijów'], ['Одеса', 'Odessa'],
    ['Запоріжжя', 'Zaporoże'], ['Богодухів', 'Bohoduchowie'], ['Запорожье', 'Zaporizhzhia'],
  ])('%s and %s are one place', (a, b) => expect(sameSettlementKey(settlementKey(a), settlementKey(b))).toBe(true));
  it.each([['Харків', 'Херсон'], ['Київ', 'Ковель'], ['Одеса', 'Суми']])('%s and %s are two', (a, b) => expect(sameSettlementKey(settlementKey(a), settlementKey(b))).toBe(false));
});

describe('pair rules', () => {
  const b = rep({ eventId: 2, documentId: 2, lang: 'en', settlement: 'Kharkiv', owner: 'b.com' });
  it.each<[string, Partial<Report>, Partial<Report>, string | null]>([
    ['same settlement and kind group across languages', {}, {}, 'same-settlement-kind'],
    ['damaged vs destroyed does not split', { severity: 'destroyed' }, {}, 'same-settlement-kind'],
    ['another town', { settlement: 'Херсон' }, {}, null],
    ['stated dates two days apart', { date: '2024-05-23', day: '2024-05-23' }, {}, null],
    ['a publication day three days later', { date: null, day: '2024-05-28' }, {}, 'same-settlement-kind'],
    ['four days apart', { date: null, day: '2024-05-29' }, {}, null],
    ['a kindergarten is not a school', { institutionKind: 'kindergarten' }, {}, null],
    ['two numbered schools', { institution: 'ліцей № 152' }, { institution: 'Lyceum No. 20' }, null],
    ['one number in two languages', { institution: 'ліцей № 152' }, { institution: 'Lyceum No. 152' }, 'same-number'],
    ['one document telling two apart', { documentId: 2 }, {}, null],
    ['drone vs fire', { cause: 'drone' }, { cause: 'fire' }, null],
    ['a drone strike called shelling (обстріл)', { cause: 'drone' }, { cause: 'shelling' }, 'same-settlement-kind'],
    ['the same institution, a week apart', { institutionId: 7, date: '2024-05-18', day: '2024-05-18' }, { institutionId: 7 }, null],
    ['the same institution', { institutionId: 7, settlement: null }, { institutionId: 7, settlement: null }, 'same-institution'],
    // A date the extractor took from the publication day is no stated date (statedDate gives null): the wide window applies.
    ['the same institution, a follow-up dated by its publication two days later', { institutionId: 7, date: null, day: '2024-05-27' }, { institutionId: 7 }, 'same-institution'],
    ['the same institution, two stated dates two days apart', { institutionId: 7, date: '2024-05-27', day: '2024-05-27' }, { institutionId: 7 }, null],
    ['two names in one language', { institutionId: 1, institutionKey: 'одеськ юридичн ліцей' }, { institutionId: 2, institutionKey: 'одеськ ліцей 5', lang: 'uk' }, null],
    // A report that gives no kind ("an educational institution") meets the other on the very day, which one of the two texts states.
    ['no kind, both texts state the very day', { institutionKind: null }, {}, 'same-settlement-kind'],
    ['no kind, its publication day is the very day the other states', { institutionKind: null, date: null, day: '2024-05-25' }, {}, 'same-settlement-kind'],
    ['no kind, its publication day the day after', { institutionKind: null, date: null, day: '2024-05-26' }, {}, null],
    ['no kind, neither text states the day', { institutionKind: null, date: null }, { date: null }, null],
    ['no kind on either side', { institutionKind: null }, { institutionKind: null }, null],
    ['a name and its longer form', { institutionId: 1, institutionKey: 'одеськ юридичн ліцей' }, { institutionId: 2, institutionKey: 'одеськ юридичн ліцей одеськ міськ рада', lang: 'uk' }, 'same-settlement-kind'],
  ])('%s', (_name, oa, ob, rule) => {
    const a = rep({ ...oa });
    const other = rep({ ...b, ...ob, settlement: ob.settlement === undefined ? b.settlement : ob.settlement });
    expect(matchReports(a, other)?.rule ?? null).toBe(rule);
    expect(matchReports(other, a)?.rule ?? null).toBe(rule);
  });

  it.each<[string | null, unknown, string | null]>([
    ['2024-09-05', 'published', null],
    ['2024-09-03', 'text', '2024-09-03'],
    ['2024-09', 'text', '2024-09'],
    ['2024-09-03', null, '2024-09-03'],
    ['2024-09-03', undefined, '2024-09-03'],
    [null, 'published', null],
  ])('statedDate(%s, %s) is %s', (date, basis, want) => expect(statedDate(date, basis)).toBe(want));

  it('joins partnerships by two shared parties within two weeks', () => {
    const p = (id: number, day: string, parties: number[]) =>
      rep({ eventId: id, documentId: id, type: 'partnership', day, date: null, parties: parties.map((x) => ({ id: x, name: `P${x}`, fold: `p${x}` })) });
    expect(matchReports(p(1, '2025-11-14', [1, 2]), p(2, '2025-11-20', [2, 1]))?.rule).toBe('same-parties');
    expect(matchReports(p(1, '2025-11-14', [1, 2]), p(2, '2025-12-20', [1, 2]))).toBeNull();
    expect(matchReports(p(1, '2025-11-14', [1, 2]), p(2, '2025-11-14', [1, 3]))).toBeNull();
  });

  describe('agreements neither report dates', () => {
    const u = (o: Partial<Report> & { ps: number[] }) =>
      rep({ eventId: 1, documentId: 1, type: 'partnership', day: null, date: null, published: null, agreementKind: 'cooperation agreement', status: 'signed', ...o, parties: o.ps.map((x) => ({ id: x, name: `P${x}`, fold: `p${x}` })) });
    it.each<[string, Partial<Report> & { ps: number[] }, Partial<Report> & { ps: number[] }, string | null]>([
      ['the same parties, kind and status', { ps: [1, 2] }, { ps: [2, 1] }, 'same-parties-undated'],
      ['a third party in one', { ps: [1, 2] }, { ps: [1, 2, 3] }, null],
      ['a memorandum and a contract of the same partners', { ps: [1, 2] }, { ps: [1, 2], agreementKind: 'contract' }, null],
      ['announced and signed', { ps: [1, 2], status: 'announced' }, { ps: [1, 2] }, null],
      ['no kind to compare', { ps: [1, 2], agreementKind: null }, { ps: [1, 2], agreementKind: null }, null],
      ['one of them dated', { ps: [1, 2], day: '2025-11-14' }, { ps: [1, 2] }, null],
    ])('%s', (_name, oa, ob, rule) => {
      const a = u(oa);
      const b = u({ eventId: 2, documentId: 2, ...ob });
      expect(matchReports(a, b)?.rule ?? null).toBe(rule);
      expect(matchReports(b, a)?.rule ?? null).toBe(rule);
    });
  });

  it('clusters the same way whatever the order of the reports', () => {
    const rs = [rep({ eventId: 1 }), rep({ eventId: 2, documentId: 2, date: null, day: '2024-05-27', owner: 'b' }), rep({ eventId: 3, documentId: 3, settlement: 'Київ' })];
    const parts = (x: Report[]) => components(x).map((c) => c.eventIds).sort();
    expect(parts(rs)).toEqual(parts([...rs].reverse()));
    expect(parts(rs)).toEqual([[1, 2], [3]]);
  });
});

describe('incident handles', () => {
  const a = rep({ eventId: 5, url: 'https://a.ua/news/1', published: '2024-05-25' });
  const b = rep({ eventId: 2, url: 'https://b.com/x', published: '2024-05-26', type: 'damage' });
  it('names the earliest published report, whatever the event ids or the order given', () => {
    const h = incidentHandle([a, b]);
    expect(h).toMatch(HANDLE_PATTERN);
    expect(h.startsWith('D20240525-')).toBe(true);
    expect(incidentHandle([b, a])).toBe(h);
    expect(incidentHandle([{ ...a, eventId: 99 }, { ...b, eventId: 1 }])).toBe(h);
    expect(incidentHandle([a])).toBe(h); // a later report joining keeps it
  });
  it('keeps it when the page moves to https, www or another port', () => {
    const h = incidentHandle([a]);
    for (const url of ['http://a.ua/news/1', 'https://www.a.ua/news/1', 'https://a.ua:8443/news/1']) expect(incidentHandle([{ ...a, url }])).toBe(h);
  });
  it('tells two events of one document apart, and agreements from damage', () => {
    expect(incidentHandle([{ ...a, position: 1 }])).not.toBe(incidentHandle([a]));
    expect(incidentHandle([{ ...a, type: 'partnership' }]).startsWith('P20240525-')).toBe(true);
    expect(incidentHandle([{ ...a, published: null, day: null }])).toMatch(/^Dundated-[0-9a-f]{8}$/);
  });
});

describe('grading', () => {
  it.each([
    [{ kind: 'official', verified: true, incidents: 0, corroborated: 0 }, 'B'],
    [{ kind: 'official', verified: true, incidents: 6, corroborated: 4 }, 'A'],
    [{ kind: 'news', verified: true, incidents: 2, corroborated: 0 }, 'C'],
    [{ kind: 'news', verified: true, incidents: 10, corroborated: 6 }, 'B'],
    [{ kind: 'news', verified: true, incidents: 10, corroborated: 1 }, 'D'],
    [{ kind: 'news', verified: false, incidents: 1, corroborated: 1 }, 'F'],
  ])('source %j is %s', (rec, letter) => expect(gradeSource(rec).reliability).toBe(letter));

  it('parses and compares grades', () => {
    const min = parseGrade('B2')!;
    expect(['A1', 'B2', 'A2'].map((g) => meetsGrade(g, min))).toEqual([true, true, true]);
    expect(['C1', 'B3', null].map((g) => meetsGrade(g, min))).toEqual([false, false, false]);
    expect(parseGrade('G2')).toBeNull();
  });

  it('gives 6 when nothing dates or places the incident', () => {
    const s = { merged: {}, contradictions: [], independentSources: 1, corroboration: 'single' } as never;
    expect(gradeIncident(s, 0.9).credibility).toBe(6);
  });
});

const KHARKIV_UK = 'У ніч на 25 травня 2024 року російські війська вдарили ракетою С-300 по Харкову. У Слобідському районі частково зруйновано будівлю ліцею, пошкоджено багатоповерхівку.';
const KHARKIV_EN = 'On the night of 25 May 2024 a Russian S-300 missile struck the Slobidskyi district of Kharkiv. A lyceum was damaged: windows were blown out and the workshop was destroyed.';
const KYIV_UK = 'Уночі 25 травня 2024 року внаслідок атаки дронів у Києві пошкоджено будівлю школи.';

function ingest(db: DB, sourceId: string, url: string, text: string, published: string): number {
  const doc = analyze({ text, url, published });
  return storePage(db, null, page({ sourceId, requestedUrl: url }), () => doc).documentId!;
}

function store(order: 'forward' | 'backward' = 'forward'): DB {
  const db = openStore(':memory:');
  upsertSources(db, [source('ua-news', 'UA', ['uk']), source('en-news', 'UA', ['en']), { ...source('ua-official', 'UA', ['uk']), kind: 'official' }]);
  const docs: [string, string, string][] = [
    ['ua-news', 'https://ua-news.example/1', KHARKIV_UK],
    ['en-news', 'https://en-news.example/1', KHARKIV_EN],
    ['ua-official', 'https://ua-official.example/1', KYIV_UK],
  ];
  for (const [s, u, t] of order === 'forward' ? docs : [...docs].reverse()) ingest(db, s, u, t, '2024-05-25');
  return db;
}

const partition = (db: DB) =>
  (db.prepare(`SELECT group_concat(d.url, ' ') FROM incident_reports r JOIN documents d ON d.id = r.document_id GROUP BY r.incident_id`).pluck().all() as string[])
    .map((s) => s.split(' ').sort().join(' '))
    .sort();
const dump = (db: DB) => ({
  incidents: db.prepare('SELECT * FROM incidents ORDER BY id').all().map((r) => ({ ...(r as object), updated_at: null })),
  reports: db.prepare('SELECT * FROM incident_reports ORDER BY event_id').all(),
  grades: db.prepare('SELECT source_id, reliability, reason, incidents, corroborated FROM source_grades ORDER BY source_id').all(),
});

describe('incidents in the store', () => {
  it('joins reports of one incident across languages as documents arrive, and keeps others apart', () => {
    const db = store();
    const rows = queryIncidents(db, { type: 'damage' });
    const kharkiv = rows.find((r) => r.reports === 2)!;
    expect(kharkiv).toMatchObject({ corroboration: 'corroborated', independentSources: 2, languages: ['en', 'uk'], credibility: 1, grade: 'C1' });
    expect(rows.find((r) => r.settlement === 'Київ')).toMatchObject({ corroboration: 'official', reports: 1, grade: 'B2' });
    for (const s of ['Kharkiv', 'Харків', 'Харьков', 'Charków', 'Харков']) expect(queryIncidents(db, { settlement: s }).map((r) => r.id)).toEqual([kharkiv.id]);
    expect(queryIncidents(db, { minGrade: 'B2' }).map((r) => r.settlement)).toEqual(['Київ']);
    expect(queryIncidents(db, { corroboration: 'corroborated' })).toHaveLength(1);
    const ev = getIncidentEvidence(db, kharkiv.id)!;
    expect(ev.reports.map((r) => r.rule)).toEqual(['first-report', 'same-settlement-kind']);
    expect(ev.reports[1].joinedTo).toBe(ev.reports[0].eventId);
    expect(ev.reports[1].compared.settlement).toEqual(['Kharkiv', 'Харків']);
  });

  it('gives the same incidents whatever order the documents came in, and a rebuild gives what the crawl wrote', () => {
    expect(partition(store('forward'))).toEqual(partition(store('backward')));
    const handles = (db: DB) => db.prepare('SELECT handle FROM incidents ORDER BY handle').pluck().all();
    expect(handles(store('forward'))).toEqual(handles(store('backward')));
    expect(handles(store())).toHaveLength(2);
    const db = store();
    const before = dump(db);
    reextract(db, { all: true });
    expect(dump(db)).toEqual(before);
  });

  it('a follow-up that does not date the strike (its date is the publication day) joins it two days later', () => {
    const db = store();
    upsertSources(db, [source('follow-up', 'UA', ['uk'])]);
    const followUp = 'Російська ракета С-300 влучила в ліцей у Слобідському районі Харкова: будівлю частково зруйновано, повідомили в міській раді.';
    expect(analyze({ text: followUp, url: 'https://follow-up.example/1', published: '2024-05-27' }).events[0]).toMatchObject({ date: '2024-05-27', dateBasis: 'published' });
    ingest(db, 'follow-up', 'https://follow-up.example/1', followUp, '2024-05-27');
    const k = queryIncidents(db, { settlement: 'Kharkiv' });
    expect(k).toHaveLength(1);
    expect(k[0]).toMatchObject({ reports: 3 });
    const last = getIncidentEvidence(db, k[0].id)!.reports.at(-1)!;
    expect(last.rule).toBe('same-settlement-kind');
    expect(last.compared.day).toEqual(['2024-05-27', '2024-05-25']);
  });

  it('two undated reports of one agreement join; a memorandum of the same partners stays apart; a rebuild agrees', () => {
    const db = openStore(':memory:');
    upsertSources(db, [source('bg-a', 'BG', ['bg']), source('bg-b', 'BG', ['bg']), source('bg-c', 'BG', ['bg'])]);
    const put = (s: string, url: string, text: string) => storePage(db, null, page({ sourceId: s, requestedUrl: url }), () => analyze({ text, url, published: null }));
    put('bg-a', 'https://bg-a.example/1', 'Община Берковица сключи договор за сътрудничество с Великотърновския университет „Св. Св. Кирил и Методий“. Договорът е подписан от кмета и от ректора на университета.');
    put('bg-b', 'https://bg-b.example/1', 'Кметът на община Берковица подписа договор за сътрудничество с Великотърновски университет „Св. Св. Кирил и Методий“.');
    put('bg-c', 'https://bg-c.example/1', 'Община Берковица подписа меморандум за сътрудничество с Великотърновския университет „Св. Св. Кирил и Методий“.');
    expect(partition(db)).toEqual(['https://bg-a.example/1 https://bg-b.example/1', 'https://bg-c.example/1']);
    const joined = db.prepare(`SELECT rule FROM incident_reports r JOIN documents d ON d.id = r.document_id WHERE d.url = 'https://bg-b.example/1'`).pluck().get();
    expect(joined).toBe('same-parties-undated');
    const before = dump(db);
    reextract(db, { all: true });
    expect(dump(db)).toEqual(before);
  });

  it('a copy of another outlet\'s text on another site is not an independent source', () => {
    const db = store();
    upsertSources(db, [source('copier', 'UA', ['uk'])]);
    ingest(db, 'copier', 'https://copier.example/1', `${KHARKIV_UK} Джерело: ua-news.`, '2024-05-25');
    const k = queryIncidents(db, { settlement: 'Kharkiv' })[0];
    expect(k).toMatchObject({ reports: 3, independentSources: 2 });
    expect(getIncidentEvidence(db, k.id)!.reports.at(-1)).toMatchObject({ independent: false, dependsWhy: 'copied text' });
  });
});

describe('migration from the schema before incidents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eduwatch-incidents-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the incidents of a populated store the first time it is opened for writing', () => {
    const file = join(dir, 'old.db');
    const db = store();
    db.exec(`VACUUM INTO '${file}'`);
    db.close();
    const old = new Database(file);
    // v_events as migration 002 made it (010 adds the incident columns).
    const views = MIGRATIONS.find((m) => m.name === '002_views')!.sql;
    const vEvents = views.slice(views.indexOf('CREATE VIEW v_events'), views.indexOf('CREATE VIEW v_institutions'));
    old.exec(`DROP VIEW v_incidents; DROP VIEW v_incident_reports; DROP VIEW v_source_grades; DROP VIEW v_events; DROP TABLE incident_reports; DROP TABLE incidents;
      DROP TABLE source_grades; DELETE FROM _migrations WHERE name IN ('009_incidents', '010_incident_handles'); DELETE FROM _meta WHERE key = 'incidents_version';
      ${vEvents}`);
    old.close();
    expect(MIGRATIONS.map((m) => m.name)).toContain('010_incident_handles'); // later migrations (011_warc_telegram) stay applied
    const reopened = openStore(file);
    expect(partition(reopened)).toEqual(partition(store()));
    expect(reopened.prepare('SELECT count(*) FROM v_incidents WHERE grade IS NOT NULL').pluck().get()).toBe(2);
    expect(reopened.prepare('SELECT count(*) FROM v_incidents WHERE handle IS NULL').pluck().get()).toBe(0);
    expect(reopened.prepare('SELECT count(*) FROM v_events WHERE incident_handle IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    reopened.close();
  });

  it('query incidents --json and evidence --incident from the CLI', () => {
    const file = join(dir, 'cli.db');
    const db = store();
    db.exec(`VACUUM INTO '${file}'`);
    db.close();
    const cli = (...a: string[]) => spawnSync(process.execPath, ['dist/cli/main.js', ...a, '--db', file], { encoding: 'utf8' });
    const rows = JSON.parse(cli('query', 'incidents', '--json').stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    for (const k of ['id', 'handle', 'type', 'date', 'grade', 'reliability', 'credibility', 'credibilityReason', 'corroboration', 'reports', 'independentSources', 'languages', 'eventIds', 'sourceIds', 'merged', 'contradictions']) {
      expect(rows[0], k).toHaveProperty(k);
    }
    const id = String(rows.find((r) => r.reports === 2)!.id);
    const text = execFileSync(process.execPath, ['dist/cli/main.js', 'evidence', '--incident', id, '--db', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(text).toContain('by same-settlement-kind: settlement Kharkiv ~ Харків');
    const json = JSON.parse(cli('evidence', '--incident', id, '--json').stdout);
    expect(json.reports).toHaveLength(2);
    const bad = cli('query', 'incidents', '--min-grade', 'Z9');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--min-grade "Z9"');
    expect(cli('evidence', '--incident', '999').stderr).toContain('no incident #999');
    // The handle names the same incident as the id; a malformed one is refused with a hint.
    const handle = String(rows.find((r) => r.reports === 2)!.handle);
    expect(JSON.parse(cli('evidence', '--incident', handle, '--json').stdout).incident.id).toBe(Number(id));
    expect(cli('evidence', '--incident', 'D2024-x').stderr).toContain('not an incident id or handle');
    expect(cli('evidence', '--incident', 'D20000101-00000000').stderr).toContain('no incident D20000101-00000000');
    // Every event row says which incident it reports and how far that is confirmed.
    const events = JSON.parse(cli('query', 'events', '--type', 'damage', '--json').stdout) as { id: number; incident: Record<string, unknown> | null }[];
    const joined = events.filter((e) => e.incident?.handle === handle);
    expect(joined).toHaveLength(2);
    expect(joined[0].incident).toMatchObject({ id: Number(id), grade: 'C1', corroboration: 'corroborated', credibility: 1, reports: 2, independentSources: 2 });
    const csv = cli('query', 'events', '--type', 'damage', '--format', 'csv').stdout.split('\r\n');
    expect(csv[0]).toContain('incidentHandle,incidentGrade,incidentCorroboration');
    expect(csv.filter((l) => l.includes(`${handle},C1,corroborated`))).toHaveLength(2);
    const evidence = JSON.parse(cli('evidence', String(joined[0].id), '--json').stdout);
    expect(evidence.event.incident.handle).toBe(handle);
    const shown = execFileSync(process.execPath, ['dist/cli/main.js', 'evidence', String(joined[0].id), '--db', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(shown).toContain(`Incident      #${id} ${handle}, grade C1 (corroborated; confirmed by 2 independent sources), 1 other report`);
  });
});
