/**
 * undated-village (store/incidents/_rules.ts): a report that names no institution and gives no day
 * joins the one incident of its kind in a village or small town (at most VILLAGE_POPULATION
 * inhabitants in the gazetteer), where the school is the one school; in a city it stays on its own.
 */
import { describe, expect, it } from 'vitest';
import { getIncidentEvidence, type DB } from '../store/index.js';
import { isVillage, matchUndated, settlementKey, VILLAGE_POPULATION, type Report } from '../store/incidents/index.js';
import { damageReport, partition, storeDocs, type Doc } from './fixtures/store/incidents.js';

/** A dated report of an aerial bomb on the school of Bilohorivka (Luhansk oblast, 1,142 inhabitants) on 7 May 2022. */
const dated = (o: Partial<Report> = {}): Report =>
  damageReport({ date: '2022-05-07', day: '2022-05-07', published: '2022-05-08', institutionKind: 'school', settlement: 'Bilohorivka', cause: 'airstrike', lang: 'en' }, o);
/** An undated report of the same: no day, no name. */
const undated = (o: Partial<Report> = {}): Report =>
  dated({ eventId: 9, documentId: 9, date: null, day: null, published: null, settlement: 'Білогорівка', lang: 'uk', owner: 'b.ua', url: 'https://b.ua/9', ...o });

describe('the gazetteer tells a village from a town', () => {
  it.each<[string, boolean]>([
    ['Білогорівка', true], ['Bilohorivka', true], ['Белогоровка', true],
    ['Харків', false], ['Житомир', false], ['Kostiantynivka', false], ['Foobarville', false],
  ])('%s: %s', (name, village) => expect(isVillage(settlementKey(name))).toBe(village));
  it('draws the line at a known population', () => expect(VILLAGE_POPULATION).toBeGreaterThan(1142));
});

describe('an undated report that names no institution (matchUndated)', () => {
  it.each<[string, Partial<Report>, Partial<Report>, string | null]>([
    ['the village school, across languages', {}, {}, 'undated-village'],
    ['a school is a lyceum\'s kind group', { institutionKind: 'lyceum' }, {}, 'undated-village'],
    ['a city: one candidate is no evidence', { settlement: 'Харків' }, { settlement: 'Kharkiv' }, null],
    ['another village', { settlement: 'Привілля' }, {}, null],
    ['a village the gazetteer does not know', { settlement: 'Foobarivka' }, { settlement: 'Foobarivka' }, null],
    ['another kind group', { institutionKind: 'kindergarten' }, {}, null],
    ['no kind', { institutionKind: null }, {}, null],
    ['a fire is no strike', { cause: 'fire' }, {}, null],
    ['published before the strike', { published: '2022-05-01' }, {}, null],
    ['a month it states that is not the strike\'s', { day: '2022-06' }, {}, null],
  ])('%s', (_name, ou, oc, rule) => {
    const j = matchUndated(undated(ou), dated(oc));
    expect(j?.rule ?? null).toBe(rule);
    if (j) expect(j.compared.settlement).toEqual([undated(ou).settlement, dated(oc).settlement]);
  });
});

const DATED = 'An aerial bomb hit the school in Bilohorivka, Luhansk region, on May 7, 2022, where about 90 people were sheltering; the school building was destroyed.';
const UNDATED = 'Російські військові скинули авіабомбу на школу у селі Білогорівка Луганської області. Будівля школи зруйнована.';
const CITY_DATED = 'On May 7, 2022 a missile hit a school in Kharkiv; the school building was damaged.';
const CITY_UNDATED = 'Російська ракета влучила в школу в Харкові. Будівля школи пошкоджена.';

const DOCS: Record<string, Doc> = {
  dated: ['en-a', 'https://en-a.example/dated', DATED, '2022-05-08'],
  undated: ['uk-b', 'https://uk-b.example/undated', UNDATED, null],
  cityDated: ['en-a', 'https://en-a.example/city-dated', CITY_DATED, '2022-05-08'],
  cityUndated: ['uk-b', 'https://uk-b.example/city-undated', CITY_UNDATED, null],
};
const store = (order: string[]): DB => storeDocs(DOCS, [['en-a', 'en'], ['uk-b', 'uk']], order);

describe('in the store', () => {
  it('the village report joins in either order, the city report stays apart; evidence names the rule', () => {
    for (const order of [['dated', 'undated', 'cityDated', 'cityUndated'], ['cityUndated', 'undated', 'cityDated', 'dated']]) {
      const db = store(order);
      expect(partition(db)).toEqual(['city-dated', 'city-undated', 'dated undated']);
      const id = db.prepare(`SELECT r.incident_id FROM incident_reports r JOIN documents d ON d.id = r.document_id WHERE d.url LIKE '%/undated'`).pluck().get() as number;
      const rules = getIncidentEvidence(db, id)!.reports.map((r) => r.rule);
      expect(rules).toContain('undated-village');
      db.close();
    }
  });
});
