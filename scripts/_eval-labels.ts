/**
 * The labelled evaluation sets: `<set>/<lang>/<NN>-<slug>.txt` with its label `<NN>-<slug>.json`.
 * One zod schema for a label file (the formats are documented in test/eval-set/README.md and, for
 * the real-news corpus with its URL, title and institution mentions, test/realnews/README.md);
 * `loadEvalSet` reads and checks every case and throws one error listing every problem (file,
 * field, what to write instead).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
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
  // Non-education bodies get a kind of their own, so researchers can filter to education.
  'authority', 'municipality', 'research', 'ngo',
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

/** A real-news institution: its nominative name, kind, and every surface form the text uses. */
export const InstitutionLabelSchema = z.strictObject({
  name: Name,
  kind: z.enum(INSTITUTION_KINDS),
  /** Each copied exactly from the text (a substring of it). */
  mentions: z.array(Name).min(1, 'list at least one mention copied from the text'),
});

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').refine(isIsoDate, { message: 'must be a real date' });

export const CaseLabelSchema = z.strictObject({
  /** Real-news items: where the text was published. */
  url: z.url().optional(),
  /**
   * Real-news Telegram posts copied from a mirror or reader site: the page the text was copied
   * from (`url` is then the post's own https://t.me/<channel>/<id>, which places the item).
   */
  copiedFrom: z.url().optional(),
  lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]),
  /** Real-news items: the headline as in the excerpt, null when it has none. */
  title: z.string().nullable().optional(),
  published: IsoDate.nullable(),
  /** Real-news items: the date a search tool recorded for the page; passed to the pipeline as page metadata. */
  pageDate: IsoDay.nullable().optional(),
  /** Names (the written sets) or names with kind and mentions (the real-news corpus). */
  institutions: z.array(z.union([Name, InstitutionLabelSchema])),
  /** Real-news items: who labelled it. */
  labeller: z.string().min(1).optional(),
  events: z.array(z.discriminatedUnion('type', [PartnershipLabelSchema, DamageLabelSchema])),
  /** Why the label is what it is: the trap in the text. Free text, for people. */
  notes: z.string().optional(),
});

export type PartnershipLabel = z.infer<typeof PartnershipLabelSchema>;
export type DamageLabel = z.infer<typeof DamageLabelSchema>;
export type EventLabel = PartnershipLabel | DamageLabel;
export type CaseLabel = z.infer<typeof CaseLabelSchema>;
export type InstitutionKindLabel = (typeof INSTITUTION_KINDS)[number];

/** A labelled institution, the same shape for every set (the written sets give names only). */
export interface InstitutionLabel {
  name: string;
  kind: InstitutionKindLabel | null;
  /** Surface forms copied from the text; empty for the written sets. */
  mentions: string[];
}

export interface EvalCase {
  /** Path relative to the set's folder, e.g. "uk/01-kharkiv-lyceum-42-missile.txt". */
  file: string;
  lang: Lang;
  text: string;
  label: CaseLabel;
  /** `label.institutions` in one shape. */
  institutions: InstitutionLabel[];
}

export function institutionLabels(label: CaseLabel): InstitutionLabel[] {
  return label.institutions.map((i) => (typeof i === 'string' ? { name: i, kind: null, mentions: [] } : { ...i }));
}

const CASE_FILE_RE = /^(\d{2,4})-[a-z0-9]+(?:-[a-z0-9]+)*\.(txt|json)$/;

/** A Telegram post's publication URL: https://t.me/<channel>/<numeric id>. */
export const TELEGRAM_POST_RE = /^https:\/\/t\.me\/[A-Za-z0-9_]{3,}\/\d+$/;

/** Longest real-news excerpt (the corpus keeps excerpts, not whole pages). */
export const MAX_EXCERPT_CHARS = 2000;

/** The real-news split, fixed by the URL: sha256 first hex digit 0-4 → holdout, else dev. */
export function splitOf(url: string): 'dev' | 'holdout' {
  const first = createHash('sha256').update(url).digest('hex')[0];
  return '01234'.includes(first) ? 'holdout' : 'dev';
}

/** Problems in one parsed label that the schema cannot see (cross-field consistency). */
export function consistencyProblems(label: CaseLabel, folderLang: Lang, text: string, split: 'dev' | 'holdout' | null): string[] {
  const problems: string[] = [];
  if (label.lang !== folderLang) problems.push(`lang is "${label.lang}" but the file is in the ${folderLang}/ folder`);
  const insts = institutionLabels(label);
  const names = new Set(insts.map((i) => i.name));
  if (names.size !== insts.length) problems.push('institutions lists a name twice');
  for (const inst of insts) {
    for (const m of inst.mentions) {
      if (!text.includes(m)) problems.push(`institutions "${inst.name}": mention "${m}" is not in the text (copy it exactly)`);
    }
  }
  if (split !== null) {
    if (label.url === undefined) problems.push('url: a real-news item must carry the URL it was published at');
    else if (splitOf(label.url) !== split) problems.push(`url: this URL belongs in ${splitOf(label.url)}/, not ${split}/ (the split is fixed by sha256(url))`);
    if (label.copiedFrom !== undefined && (label.url === undefined || !TELEGRAM_POST_RE.test(label.url))) {
      problems.push('url: an item with copiedFrom is a Telegram post; give its publication URL https://t.me/<channel>/<id> (channel and id as the mirror page\'s path gives them)');
    }
    if (label.title === undefined) problems.push('title: give the headline as in the excerpt, or null');
    if (label.pageDate === undefined) problems.push('pageDate: give the date the search tool recorded, or null');
    if (label.labeller === undefined) problems.push('labeller: say who labelled the item');
    if (label.institutions.some((i) => typeof i === 'string')) problems.push('institutions: real-news items give {name, kind, mentions} for each');
    if (text.length > MAX_EXCERPT_CHARS) problems.push(`the excerpt has ${text.length} characters; trim it at a paragraph boundary to at most ${MAX_EXCERPT_CHARS}`);
  }
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
  // A real-news split (test/realnews/dev, test/realnews/holdout): URL, title and mentions required.
  const folder = basename(dir);
  const split = (folder === 'dev' || folder === 'holdout') && basename(join(dir, '..')) === 'realnews' ? folder : null;
  const urls = new Map<string, string>();
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
      const text = readFileSync(join(langDir, f), 'utf8');
      for (const p of consistencyProblems(parsed.data, lang, text, split)) problems.push(`${jsonWhere}: ${p}`);
      const url = parsed.data.url;
      if (url !== undefined) {
        const other = urls.get(url);
        if (other !== undefined) problems.push(`${jsonWhere}: url is also the url of ${other} (one item per URL)`);
        urls.set(url, jsonWhere);
      }
      cases.push({ file: where, lang, text, label: parsed.data, institutions: institutionLabels(parsed.data) });
    }
  }
  if (problems.length > 0) {
    throw new Error(`eval: ${problems.length} problem(s) in the evaluation set ${dir}:\n  ${problems.join('\n  ')}`);
  }
  if (cases.length === 0) throw new Error(`eval: the evaluation set ${dir} has no cases`);
  return cases;
}
