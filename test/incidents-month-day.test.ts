/**
 * Reports that give the attack's day and month but no year (DamageEvent.monthDay: a page with no
 * date, no year written): the extractor reads the day, and the incident rule undated-same-day
 * (store/incidents/_rules.ts) joins such a report to the one incident of that day and month.
 */
import { describe, expect, it } from 'vitest';
import { getIncidentEvidence, queryEvents, type DB } from '../store/index.js';
import { components, matchUndated, nearMonthDay, type Report } from '../store/incidents/index.js';
import { damageReport, partition, storeDocs, type Doc } from './fixtures/store/incidents.js';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

/** A dated report of a strike on a Kharkiv lyceum on 25 May 2024; override what a case is about. */
const rep = (o: Partial<Report>): Report =>
  damageReport({ date: '2024-05-25', day: '2024-05-25', published: '2024-05-25', institutionKind: 'lyceum', settlement: 'Харків' }, o);
/** An undated report that gives "25 May": no stated date, no publication day. */
const undated = (o: Partial<Report> = {}) =>
  rep({ eventId: 9, documentId: 9, date: null, day: null, published: null, monthDay: '05-25', lang: 'ru', settlement: 'Харьков', owner: 'b.ua', url: 'https://b.ua/9', ...o });

describe('nearMonthDay: the day and month of some year, or a day next to it', () => {
  it.each<[string, string, boolean]>([
    ['05-25', '2024-05-25', true],
    ['05-25', '2019-05-24', true],
    ['05-25', '2024-05-26', true],
    ['05-25', '2024-05-27', false],
    ['05-25', '2024-06-25', false],
    ['12-31', '2025-01-01', true],
    ['01-01', '2024-12-31', true],
    ['02-29', '2024-02-29', true],
    ['02-29', '2023-03-01', true],
    ['03-01', '2024-02-28', false],
  ])('%s ~ %s: %s', (monthDay, day, near) => {
    expect(nearMonthDay(monthDay, day)).toBe(near);
  });
});

describe('an undated report with its day and month, and one dated report (matchUndated)', () => {
  it.each<[string, Partial<Report>, Partial<Report>, string | null]>([
    ['the same town, kind and day: no name needed', {}, {}, 'undated-same-day'],
    ['the night of the 24th to the 25th', {}, { date: '2024-05-24', day: '2024-05-24' }, 'undated-same-day'],
    ['a school is a lyceum\'s kind group', { institutionKind: 'school' }, {}, 'undated-same-day'],
    ['another day', { monthDay: '01-02' }, {}, null],
    ['another town', { settlement: 'Полтава' }, {}, null],
    ['no town', { settlement: null }, {}, null],
    ['no kind', { institutionKind: null }, {}, null],
    ['another kind group', { institutionKind: 'kindergarten' }, {}, null],
    ['a fire is no strike', { cause: 'fire' }, {}, null],
    ['two numbers', { institution: 'Лицей № 5' }, { institution: 'ліцей № 7' }, null],
    ['two names in one language', { lang: 'uk', institution: 'Слобідський ліцей', institutionKey: 'слобідськ ліцей' }, { institution: 'Харківський ліцей № 1', institutionKey: 'харківськ ліцей' }, null],
    ['the same institution on the day', { institutionId: 4, institution: 'Слобідський ліцей' }, { institutionId: 4, institution: 'Слобідський ліцей' }, 'undated-same-day'],
    ['the same institution, another day: the day it states tells them apart', { institutionId: 4, monthDay: '08-17' }, { institutionId: 4 }, null],
    ['no day: a named institution is needed (undated-one-incident)', { monthDay: null }, {}, null],
  ])('%s', (_name, ou, oc, rule) => {
    const j = matchUndated(undated(ou), rep(oc));
    expect(j?.rule ?? null).toBe(rule);
    if (j) expect(j.compared.monthDay).toEqual([undated(ou).monthDay, rep(oc).day]);
  });
});

describe('components: the one incident of that day', () => {
  const may = [rep({ eventId: 1 }), rep({ eventId: 2, documentId: 2, lang: 'en', settlement: 'Kharkiv', institutionKind: 'school', owner: 'c.com', url: 'https://c.com/2' })];
  const jan = rep({ eventId: 3, documentId: 3, date: '2024-01-02', day: '2024-01-02', published: '2024-01-02', institutionKind: 'school', url: 'https://a.ua/3' });
  const groups = (rs: Report[]) => components(rs).map((c) => c.eventIds.join(' ')).sort();

  it('joins the strike of its day, not another strike on the town\'s schools', () => {
    expect(groups([...may, jan, undated()])).toEqual(['1 2 9', '3']);
    expect(groups([...may, jan, undated({ monthDay: '01-02' })])).toEqual(['1 2', '3 9']);
  });
  it('the same day of two years: ambiguous, it stays on its own', () => {
    const lastYear = rep({ eventId: 4, documentId: 4, date: '2023-05-25', day: '2023-05-25', published: '2023-05-25', url: 'https://a.ua/4' });
    expect(groups([...may, lastYear, undated()])).toEqual(['1 2', '4', '9']);
  });
});

describe('the extractor gives the day and month only when no year can be had', () => {
  const text = 'В ночь на 25 мая российские военные нанесли удар по Харькову, в результате чего частично разрушено здание лицея.';
  const damage = (published: string | null, t = text) => analyze({ text: t, lang: 'ru', published }).events.find((e): e is DamageEvent => e.type === 'damage')!;

  it('an undated page: no date, its day and month', () => {
    const e = damage(null);
    expect(e.date).toBeNull();
    expect(e.monthDay).toBe('05-25');
  });
  it('a publication date gives the year: a date, no day and month', () => {
    const e = damage('2024-05-26');
    expect(e.date).toBe('2024-05-25');
    expect(e.monthDay).toBeNull();
  });
  it('a year written in the text gives the year', () => {
    const e = damage(null, `${text} Ранее, 2 мая 2024 года, ракета попала в жилой дом.`);
    expect(e.date).toBe('2024-05-25');
    expect(e.monthDay).toBeNull();
  });
  it('a relative day ("вчера") gives no day without a publication date', () => {
    const e = damage(null, 'Вчера российские военные нанесли удар по Харькову, в результате чего частично разрушено здание лицея.');
    expect(e.date).toBeNull();
    expect(e.monthDay).toBeNull();
  });
});

const MAY = 'У ніч на 25 травня 2024 року російська ракета С-300 влучила у ліцей у Харкові: частково зруйновано будівлю ліцею.';
const JAN = '2 січня 2024 року російська ракета влучила в школу в Харкові: будівля школи частково зруйнована.';
const UNDATED_MAY = 'В ночь на 25 мая российские военные нанесли ракетный удар по Харькову, в результате чего частично разрушено здание лицея.';

const DOCS: Record<string, Doc> = {
  may: ['ua-a', 'https://ua-a.example/may', MAY, '2024-05-25'],
  jan: ['ua-b', 'https://ua-b.example/jan', JAN, '2024-01-02'],
  undated: ['ru-c', 'https://ru-c.example/undated', UNDATED_MAY, null],
};
const store = (order: string[]): DB => storeDocs(DOCS, [['ua-a', 'uk'], ['ua-b', 'uk'], ['ru-c', 'ru']], order);

describe('a report with its day and month in the store', () => {
  it('joins the strike of its day in every arrival order; evidence, query events and v_events show the day', () => {
    for (const order of [['may', 'jan', 'undated'], ['undated', 'may', 'jan'], ['jan', 'undated', 'may'], ['undated', 'jan', 'may']]) {
      const db = store(order);
      expect(partition(db)).toEqual(['jan', 'may undated']);
      const id = db.prepare(`SELECT r.incident_id FROM incident_reports r JOIN documents d ON d.id = r.document_id WHERE d.url LIKE '%/undated'`).pluck().get() as number;
      const r = getIncidentEvidence(db, id)!.reports.find((x) => x.documentUrl.endsWith('/undated'))!;
      expect(r.rule).toBe('undated-same-day');
      expect(r.compared.monthDay).toEqual(['05-25', '2024-05-25']);
      const ev = queryEvents(db, { type: 'damage' }).find((e) => e.documentUrl.endsWith('/undated'))!;
      expect(ev).toMatchObject({ date: null, monthDay: '05-25' });
      // v_events (migration 014) shows the day as a column; dated reports have none.
      const days = db.prepare(`SELECT document_url, month_day FROM v_events WHERE type = 'damage' ORDER BY document_url`).all();
      expect(days).toEqual([
        { document_url: 'https://ru-c.example/undated', month_day: '05-25' },
        { document_url: 'https://ua-a.example/may', month_day: null },
        { document_url: 'https://ua-b.example/jan', month_day: null },
      ]);
      db.close();
    }
  });
});
