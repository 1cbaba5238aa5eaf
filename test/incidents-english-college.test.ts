/**
 * An English "college" may be a university's building or faculty (store/incidents/_rules.ts
 * kindGroupsOf): "One of the Russian missiles hit a four-story college building" is the strike on
 * the Kryvyi Rih university building that Russian news report as "корпус университета". In uk / ru
 * / pl / bg a college (коледж, колледж, kolegium, колеж) is named as such and stays a college.
 */
import { describe, expect, it } from 'vitest';
import { kindGroupsOf, kindsMeet, kindsMeeting, matchDamage, matchUndated, type Report } from '../store/incidents/index.js';
import { damageReport, partition, storeDocs, type Doc } from './fixtures/store/incidents.js';

describe('kind groups of a report (kindGroupsOf, kindsMeet)', () => {
  it.each<[string, string | null, string, string | null, boolean]>([
    ['en', 'college', 'ru', 'university', true],
    ['en', 'college', 'uk', 'institute', true],
    ['en', 'college', 'en', 'university', true],
    ['en', 'college', 'uk', 'college', true],
    ['en', 'college', 'uk', 'technikum', true],
    ['uk', 'college', 'ru', 'university', false],
    ['ru', 'college', 'ru', 'university', false],
    ['pl', 'college', 'en', 'university', false],
    ['bg', 'college', 'bg', 'university', false],
    ['en', 'college', 'uk', 'school', false],
    ['en', 'university', 'uk', 'technikum', false],
    ['en', 'college', 'en', null, false],
  ])('%s %s ~ %s %s: %s', (la, ka, lb, kb, meet) => {
    const a = { lang: la, institutionKind: ka };
    const b = { lang: lb, institutionKind: kb };
    expect(kindsMeet(a, b)).toBe(meet);
    expect(kindsMeet(b, a)).toBe(meet);
  });
  it('an English college is in two groups, a Ukrainian one in one', () => {
    expect(kindGroupsOf({ lang: 'en', institutionKind: 'college' })).toEqual(['vocational', 'higher']);
    expect(kindGroupsOf({ lang: 'uk', institutionKind: 'college' })).toEqual(['vocational']);
  });
  it('the SQL pre-filter of a university report admits colleges (the language test comes after)', () => {
    expect(kindsMeeting({ lang: 'ru', institutionKind: 'university' })).toContain('college');
    expect(kindsMeeting({ lang: 'en', institutionKind: 'college' })).toEqual(expect.arrayContaining(['college', 'technikum', 'university', 'institute']));
    expect(kindsMeeting({ lang: 'uk', institutionKind: 'college' })).not.toContain('university');
  });
});

/** Russian news of a missile on a university building in Kryvyi Rih on 31 July 2023. */
const ru = (o: Partial<Report> = {}): Report =>
  damageReport({ date: '2023-07-31', day: '2023-07-31', published: '2023-07-31', institutionKind: 'university', settlement: 'Кривой Рог', cause: 'missile', lang: 'ru' }, o);
/** English news of the same strike: "a four-story college building". */
const en = (o: Partial<Report> = {}): Report =>
  ru({ eventId: 9, documentId: 9, institutionKind: 'college', settlement: 'Kryvyi Rih', lang: 'en', owner: 'war.example', url: 'https://war.example/9', ...o });

describe('the pair rules', () => {
  it.each<[string, Partial<Report>, Partial<Report>, string | null]>([
    ['English college ~ Russian university, the same day', {}, {}, 'same-settlement-kind'],
    ['Ukrainian college ~ Russian university: two institutions', { lang: 'uk', settlement: 'Кривий Ріг' }, {}, null],
    ['English college ~ a school', {}, { institutionKind: 'school' }, null],
    ['another city', { settlement: 'Dnipro' }, {}, null],
  ])('%s', (_n, oe, or, rule) => expect(matchDamage(en(oe), ru(or))?.rule ?? null).toBe(rule));
  it.each<[string, Partial<Report>, string | null]>([
    ['undated English report with the day and month ("On July 31")', { monthDay: '07-31' }, 'undated-same-day'],
    ['the same in Ukrainian calls it a college: apart', { monthDay: '07-31', lang: 'uk', settlement: 'Кривий Ріг' }, null],
    ['another day and month', { monthDay: '08-31' }, null],
  ])('%s', (_n, oe, rule) =>
    expect(matchUndated(en({ date: null, day: null, published: null, ...oe }), ru())?.rule ?? null).toBe(rule));
});

const RU = 'Утром 31 июля 2023 года российская ракета попала в четырехэтажный корпус университета в Кривом Роге. Здание университета разрушено.';
const EN = 'On July 31, Russian forces launched a missile strike on Kryvyi Rih. One of the Russian missiles hit a four-story college building in Kryvyi Rih.';
const UK = 'Вранці 31 липня 2023 року російська ракета влучила в коледж у Кривому Розі. Будівля коледжу пошкоджена.';
const DOCS: Record<string, Doc> = {
  ru: ['ru-a', 'https://ru-a.example/ru', RU, '2023-07-31'],
  en: ['en-b', 'https://en-b.example/en', EN, null],
  uk: ['uk-c', 'https://uk-c.example/uk', UK, '2023-07-31'],
};

describe('in the store', () => {
  it('the undated English college report joins the university incident, in either order', () => {
    for (const order of [['ru', 'en'], ['en', 'ru']]) {
      const db = storeDocs(DOCS, [['ru-a', 'ru'], ['en-b', 'en']], order);
      expect(partition(db)).toEqual(['en ru']);
      db.close();
    }
  });
  it('beside a Ukrainian college struck that day it could be either and stays on its own; the college and the university stay apart', () => {
    for (const order of [['ru', 'en', 'uk'], ['en', 'uk', 'ru'], ['uk', 'ru', 'en']]) {
      const db = storeDocs(DOCS, [['ru-a', 'ru'], ['en-b', 'en'], ['uk-c', 'uk']], order);
      expect(partition(db)).toEqual(['en', 'ru', 'uk']);
      db.close();
    }
  });
});
