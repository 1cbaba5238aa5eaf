/**
 * Metrics from summed scores, the pinned floors (scripts/eval-floors.json) and their check.
 * A metric with nothing to measure (no labelled or predicted items) is null, printed "n/a".
 */
import { z } from 'zod';
import { LANGS, type Lang } from '../types.js';
import { ATTRIBUTES, type Attribute, type Counts, type GroupScore, type Tally } from './_eval-score.js';
import { readJsonFile } from './_json-file.js';

/** The real-news measures (see DETAILS in _eval-score.ts), by metric name. */
export const DETAIL_METRICS = {
  partyRecall: 'parties',
  damageInstitutionRight: 'damageInstitution',
  damageSettlementRight: 'damageSettlement',
  damageDateRight: 'damageDate',
  extentRight: 'extent',
  institutionKindAccuracy: 'institutionKind',
  titleLangAccuracy: 'titleLang',
} as const;

export const METRICS = [
  'langAccuracy', 'publishedExact',
  'institutionPrecision', 'institutionRecall', 'institutionF1',
  'partnershipPrecision', 'partnershipRecall', 'partnershipF1',
  'damagePrecision', 'damageRecall', 'damageF1',
  'eventDateExact',
  ...ATTRIBUTES.map((a) => `${a}Accuracy` as `${Attribute}Accuracy`),
  ...(Object.keys(DETAIL_METRICS) as (keyof typeof DETAIL_METRICS)[]),
] as const;
export type MetricName = (typeof METRICS)[number];
export type Metrics = Record<MetricName, number | null>;

const ratio = (t: Tally): number | null => (t.total === 0 ? null : t.correct / t.total);
const precision = (c: Counts): number | null => (c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp));
const recall = (c: Counts): number | null => (c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn));
const f1 = (c: Counts): number | null => (2 * c.tp + c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

export function metricsOf(g: GroupScore): Metrics {
  const m = {
    langAccuracy: ratio(g.lang),
    publishedExact: ratio(g.published),
    institutionPrecision: precision(g.institutions),
    institutionRecall: recall(g.institutions),
    institutionF1: f1(g.institutions),
    partnershipPrecision: precision(g.partnership),
    partnershipRecall: recall(g.partnership),
    partnershipF1: f1(g.partnership),
    damagePrecision: precision(g.damage),
    damageRecall: recall(g.damage),
    damageF1: f1(g.damage),
    eventDateExact: ratio(g.eventDate),
  } as Metrics;
  for (const a of ATTRIBUTES) m[`${a}Accuracy`] = ratio(g.attributes[a]);
  for (const [name, detail] of Object.entries(DETAIL_METRICS)) m[name as keyof typeof DETAIL_METRICS] = ratio(g.details[detail]);
  return m;
}

const Floor = z.number().min(0).max(1);
const MetricFloors = z.strictObject(Object.fromEntries(METRICS.map((k) => [k, Floor.optional()])) as Record<MetricName, z.ZodOptional<typeof Floor>>);

export const FloorsSchema = MetricFloors.extend({
  /** Why the floors are what they are (raising one is a commit; lowering one needs a reason here). */
  $comment: z.string().optional(),
  perLang: z.partialRecord(z.enum(LANGS as unknown as [Lang, ...Lang[]]), MetricFloors).optional(),
}).strict();
export type Floors = z.infer<typeof FloorsSchema>;

/** Reads and checks a floors file; throws naming the file and each bad field. */
export function loadFloors(file: string): Floors {
  return readJsonFile(file, FloorsSchema, `eval floors (metrics: ${METRICS.join(', ')})`);
}

export interface FloorCheck {
  /** 'overall' or a language. */
  scope: 'overall' | Lang;
  metric: MetricName;
  value: number | null;
  floor: number;
  ok: boolean;
}

/** Every pinned floor with the measured value; a null value (nothing measured) fails its floor. */
export function checkFloors(overall: Metrics, perLang: Partial<Record<Lang, Metrics>>, floors: Floors): FloorCheck[] {
  const out: FloorCheck[] = [];
  const check = (scope: 'overall' | Lang, metrics: Metrics | undefined, set: Partial<Record<MetricName, number>>): void => {
    for (const metric of METRICS) {
      const floor = set[metric];
      if (floor === undefined) continue;
      const value = metrics ? metrics[metric] : null;
      out.push({ scope, metric, value, floor, ok: value !== null && value >= floor });
    }
  };
  check('overall', overall, floors);
  for (const lang of LANGS) {
    const set = floors.perLang?.[lang];
    if (set) check(lang, perLang[lang], set);
  }
  return out;
}
