/**
 * The labelled evaluation set: `test/eval-set/<lang>/<NN>-<slug>.txt` with its label
 * `<NN>-<slug>.json`. One zod schema for a label file (the format is documented in
 * test/eval-set/README.md); `loadEvalSet` reads and checks every case and throws one error
 * listing every problem (file, field, what to write instead).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang } from '../types.js';

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
const ISO_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isIsoDate(s: string): boolean {
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const IsoDate = z.string().refine(isIsoDate, { message: 'must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY' });

export const INSTITUTION_KINDS = [
  'school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school',
  'university', 'academy', 'institute', 'kindergarten',
  'ministry', 'education-authority', 'agency', 'cluster', 'company', 'centre',
  'council', 'other',
] as const;

const Name = z.string().trim().min(1, 'must be a non-empty name');

export const PartnershipLabelSchema = z.strictObject({
  type: z.literal('partnership'),
  /** Named parties only; an unnamed publisher ("we") is left out. */
  parties: z.array(Name),
  status: z.enum(['signed', 'planned', 'terminated']),
  date: IsoDate.nullable(),
  place: Name.nullable(),
  validUntil: IsoDate.nullable(),
});

export const DamageLabelSchema = z.strictObject({
  type: z.literal('damage'),
  institution: Name.nullable(),
  institutionKind: z.enum(INSTITUTION_KINDS).nullable(),
  settlement: Name.nullable(),
  region: Name.nullable(),
  date: IsoDate.nullable(),
  /** null: the text gives both (an appeal or statistic about damaged and destroyed institutions). */
  severity: z.enum(['damaged', 'destroyed']).nullable(),
  cause: z.enum(['missile', 'drone', 'shelling', 'airstrike', 'fire', 'other']).nullable(),
  scope: z.enum(['incident', 'appeal', 'statistic']),
  /** Optional; null or absent when the text does not say. */
  casualties: z
    .strictObject({ killed: z.number().int().min(0).nullable(), injured: z.number().int().min(0).nullable() })
    .nullable()
    .optional(),
});

export const CaseLabelSchema = z.strictObject({
  lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]),
  published: IsoDate.nullable(),
  institutions: z.array(Name),
  events: z.array(z.discriminatedUnion('type', [PartnershipLabelSchema, DamageLabelSchema])),
  /** Why the label is what it is: the trap in the text. Free text, for people. */
  notes: z.string().optional(),
});

export type PartnershipLabel = z.infer<typeof PartnershipLabelSchema>;
export type DamageLabel = z.infer<typeof DamageLabelSchema>;
export type EventLabel = PartnershipLabel | DamageLabel;
export type CaseLabel = z.infer<typeof CaseLabelSchema>;

export interface EvalCase {
  /** Path relative to the set's folder, e.g. "uk/01-kharkiv-lyceum-42-missile.txt". */
  file: string;
  lang: Lang;
  text: string;
  label: CaseLabel;
}

const CASE_FILE_RE = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.(txt|json)$/;

/** Problems in one parsed label that the schema cannot see (cross-field consistency). */
function consistencyProblems(label: CaseLabel, folderLang: Lang): string[] {
  const problems: string[] = [];
  if (label.lang !== folderLang) problems.push(`lang is "${label.lang}" but the file is in the ${folderLang}/ folder`);
  const names = new Set(label.institutions);
  if (names.size !== label.institutions.length) problems.push('institutions lists a name twice');
  label.events.forEach((e, i) => {
    if (e.type === 'partnership') {
      for (const p of e.parties) {
        if (!names.has(p)) problems.push(`events[${i}].parties: "${p}" is not in institutions (copy the name exactly)`);
      }
    } else if (e.institution !== null && !names.has(e.institution)) {
      problems.push(`events[${i}].institution: "${e.institution}" is not in institutions (copy the name exactly)`);
    }
  });
  return problems;
}

/**
 * Read every case of the set under `dir` (one sub-folder per language). Throws an Error listing
 * every problem found when any case is malformed, so a label mistake is never silently scored.
 */
export function loadEvalSet(dir: string): EvalCase[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`eval: no evaluation set at ${dir} (expected folders ${LANGS.join(', ')} of NN-slug.txt + NN-slug.json)`);
  }
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  for (const lang of LANGS) {
    const langDir = join(dir, lang);
    if (!existsSync(langDir)) continue;
    const files = readdirSync(langDir).sort();
    for (const f of files) {
      const where = relative(dir, join(langDir, f));
      if (f.startsWith('.')) continue;
      if (!CASE_FILE_RE.test(f)) {
        problems.push(`${where}: file name must be NN-slug.txt or NN-slug.json (lower-case slug, hyphens)`);
        continue;
      }
      if (!f.endsWith('.txt')) {
        if (!files.includes(f.replace(/\.json$/, '.txt'))) problems.push(`${where}: label without its article (add ${f.replace(/\.json$/, '.txt')})`);
        continue;
      }
      const jsonName = f.replace(/\.txt$/, '.json');
      if (!files.includes(jsonName)) {
        problems.push(`${where}: article without its label (add ${jsonName})`);
        continue;
      }
      const jsonWhere = relative(dir, join(langDir, jsonName));
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(langDir, jsonName), 'utf8'));
      } catch (err) {
        problems.push(`${jsonWhere}: not valid JSON: ${(err as Error).message}`);
        continue;
      }
      const parsed = CaseLabelSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${jsonWhere}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
        continue;
      }
      for (const p of consistencyProblems(parsed.data, lang)) problems.push(`${jsonWhere}: ${p}`);
      cases.push({ file: where, lang, text: readFileSync(join(langDir, f), 'utf8'), label: parsed.data });
    }
  }
  if (problems.length > 0) {
    throw new Error(`eval: ${problems.length} problem(s) in the evaluation set ${dir}:\n  ${problems.join('\n  ')}`);
  }
  if (cases.length === 0) throw new Error(`eval: the evaluation set ${dir} has no cases`);
  return cases;
}
