/**
 * The quality gate: the extraction pipeline scored on the labelled evaluation set
 * (test/eval-set) must reach every floor pinned in scripts/eval-floors.json. Also checks the
 * set's own shape, the scorer (a perfect and an empty predictor) and the name matcher.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeInput, ExtractedDocument } from '../types.js';
import { LANGS } from '../types.js';
import { checkReport, evaluate, evaluateCases, type EvalReport } from '../scripts/eval.js';
import { loadEvalSet, type EvalCase } from '../scripts/_eval-labels.js';
import { labelAsDocument } from '../scripts/_eval-echo.js';
import { nameSimilarity, placeMatches } from '../scripts/_eval-match.js';
import { METRICS, loadFloors, type MetricName } from '../scripts/_eval-metrics.js';

const DIR = fileURLToPath(new URL('./eval-set', import.meta.url));
const FLOORS_FILE = fileURLToPath(new URL('../scripts/eval-floors.json', import.meta.url));
const cases = loadEvalSet(DIR);
const floors = loadFloors(FLOORS_FILE);

describe('the evaluation set', () => {
  it.each([
    ['uk', 25],
    ['ru', 25],
    ['pl', 25],
    ['bg', 25],
    ['en', 10],
  ] as const)('%s has at least %i articles, 30 percent of them hard negatives', (lang, min) => {
    const own = cases.filter((c) => c.lang === lang);
    expect(own.length).toBeGreaterThanOrEqual(min);
    const hard = own.filter((c) => !c.label.events.some((e) => e.type === 'partnership' || e.scope === 'incident'));
    expect(hard.length / own.length).toBeGreaterThanOrEqual(0.3);
  });

  it.each(LANGS.map((l) => [l]))('%s covers signed, planned and terminated partnerships, incidents, appeals and statistics', (lang) => {
    const events = cases.filter((c) => c.lang === lang).flatMap((c) => c.label.events);
    const kinds = new Set(events.map((e) => (e.type === 'partnership' ? `partnership:${e.status}` : `damage:${e.scope}`)));
    for (const k of ['partnership:signed', 'partnership:planned', 'partnership:terminated', 'damage:incident', 'damage:appeal', 'damage:statistic']) {
      expect(kinds, `${lang} has no ${k} event`).toContain(k);
    }
  });

  it('pins at least the floors the issue demands', () => {
    expect(floors.langAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(floors.partnershipF1).toBeGreaterThanOrEqual(0.9);
    expect(floors.damageF1).toBeGreaterThanOrEqual(0.9);
    expect(floors.institutionF1).toBeGreaterThanOrEqual(0.85);
    expect(floors.eventDateExact).toBeGreaterThanOrEqual(0.9);
  });
});

/** A predictor that returns each case's label as its extraction: every metric must be 1. */
function labelEcho(all: EvalCase[]): (input: AnalyzeInput) => ExtractedDocument {
  const byText = new Map(all.map((c) => [c.text, c]));
  return (input) => {
    const c = byText.get(input.text);
    if (!c) throw new Error('echo: unknown text');
    return { ...labelAsDocument(c.label, c.text), title: null, publishedSource: null };
  };
}

describe('the scorer', () => {
  it('gives 1 on every measured metric to a predictor that returns the labels', () => {
    const report = evaluateCases(cases, DIR, labelEcho(cases), null);
    for (const metric of METRICS) {
      const v = report.overall.metrics[metric];
      if (v !== null) expect(v, metric).toBe(1);
    }
    expect(report.issues).toEqual([]);
  });

  it('gives 0 recall to a predictor that finds nothing, and names the misses', () => {
    const empty = (input: AnalyzeInput): ExtractedDocument => ({
      lang: null, langConfidence: 0, langOther: null, title: null, published: null, publishedSource: null,
      text: input.text, institutions: [], events: [], dates: [], method: null, extractorVersion: 'empty',
    });
    const report = evaluateCases(cases, DIR, empty, null);
    const m = report.overall.metrics;
    expect(m.langAccuracy).toBe(0);
    expect(m.institutionRecall).toBe(0);
    expect(m.partnershipRecall).toBe(0);
    expect(m.damageRecall).toBe(0);
    expect(m.institutionF1).toBe(0);
    expect(report.issues.some((i) => i.kind === 'event-missed' && i.file.startsWith('uk/'))).toBe(true);
  });

  it('records a pipeline that throws as a miss of everything in that case', () => {
    const report = evaluateCases(cases.slice(0, 1), DIR, () => {
      throw new Error('boom');
    }, null);
    expect(report.issues[0]).toMatchObject({ file: cases[0].file, kind: 'error' });
    expect(report.overall.institutions.fn).toBe(cases[0].institutions.length);
  });
});

describe('the name matcher', () => {
  it.each([
    ['Інститут професійних кваліфікацій', 'Інституту професійних кваліфікацій'],
    ['МАОУ «Открытая школа»', '«Открытой школой»'],
    ['Kuratorium Oświaty w Rzeszowie', 'Kuratorium Oświaty'],
    ['Politechnika Rzeszowska im. Ignacego Łukasiewicza', 'Politechniką Rzeszowską'],
    ['Харківський ліцей № 42', 'Харківського ліцею №42'],
    ['Индустриален клъстер „Електромобили“', 'Индустриалният клъстер „Електромобили“'],
    ['Технически университет – София', 'Техническия университет – София'],
    ['ТОВ «Вудмастер»', 'Вудмастер'],
    ['Maspex Sp. z o.o.', 'Maspex'],
    ['ПАО «Газпром нефть»', '«Газпром нефти»'],
    ['Харківський національний університет імені В. Н. Каразіна', 'Каразінський університет'],
    ['Чернігівська загальноосвітня школа І-ІІІ ступенів № 21', 'Чернігівська загальноосвітня школа № 21'],
    ['Kharkiv Lyceum No. 17', 'Kharkiv lyceum No 17'],
    ['Zespół Szkół Technicznych w Mielcu', 'Zespołem Szkół Technicznych w Mielcu'],
    ['Президентский физико-математический лицей № 239', 'Лицей № 239'],
  ])('labelled "%s" matches predicted "%s"', (label, predicted) => {
    expect(nameSimilarity(label, predicted)).toBeGreaterThan(0);
  });

  it.each([
    ['Харківський ліцей № 42', 'Харківський ліцей № 43'],
    ['Kuratorium Oświaty w Rzeszowie', 'Kuratorium Oświaty w Krakowie'],
    ['Медицински университет – Пловдив', 'Медицински университет – Варна'],
    ['Регионално управление на образованието – Варна', 'Регионално управление на образованието – Пловдив'],
    ['Politechnika Gdańska', 'Uniwersytet Gdański'],
    ['Міністерство освіти і науки України', 'Міністерство охорони здоров’я України'],
    ['XIV Liceum Ogólnokształcące w Warszawie', 'IV Liceum Ogólnokształcące w Warszawie'],
    ['Technikum Ekonomiczne nr 1 w Krakowie', 'Uniwersytet Ekonomiczny w Krakowie'],
    ['Харківський національний університет', 'Університет'],
    ['Київстар', 'Датагруп'],
    ['Fundacja Edukacyjna Perspektywy', 'Fundacja Perspektywy Waldemar Siwiński'],
    ['Міністерство освіти і науки України', 'Міністерство освіти і науки України напередодні нового навчального'],
    ['Президентский физико-математический лицей № 239', 'Лицей'],
  ])('labelled "%s" does not match predicted "%s"', (label, predicted) => {
    expect(nameSimilarity(label, predicted)).toBe(0);
  });

  it.each([
    ['Rzeszów', 'Rzeszowie', true],
    ['Харків', 'Харків, Харківська область', true],
    ['Орехово-Зуево', 'Орехово-Зуеве', true],
    ['Суми', 'Херсон', false],
    ['Gdańsk', null, false],
  ] as const)('place "%s" vs "%s": %s', (label, predicted, expected) => {
    expect(placeMatches(label, predicted)).toBe(expected);
  });
});

describe('quality gate (scripts/eval-floors.json)', () => {
  let report: EvalReport;
  beforeAll(() => {
    report = evaluate(DIR);
  });

  const pinned: [string, MetricName, number][] = [];
  for (const metric of METRICS) {
    const f = floors[metric];
    if (f !== undefined) pinned.push(['overall', metric, f]);
  }
  for (const lang of LANGS) {
    for (const metric of METRICS) {
      const f = floors.perLang?.[lang]?.[metric];
      if (f !== undefined) pinned.push([lang, metric, f]);
    }
  }

  it.each(pinned)('%s %s >= %f', (scope, metric) => {
    const check = checkReport(report, FLOORS_FILE).find((c) => c.scope === scope && c.metric === metric);
    expect(check, `no check for ${scope} ${metric}`).toBeDefined();
    expect(check!.ok, `${scope} ${metric} = ${check!.value} is below its floor ${check!.floor}; run npm run eval -- --verbose`).toBe(true);
  });
});
