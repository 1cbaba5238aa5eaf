/**
 * Checks the project's seed articles by hand, outside the tests:
 *
 *   node dist/scripts/check-seeds.js /path/to/seeds
 *
 * The folder holds the seed .txt files and a labels.json (one entry per file, in the analysts'
 * own format: `institution_kind`, `location`, `valid_until`, unnamed parties in parentheses).
 * Each label is converted to the evaluation-set format, the pipeline runs on the text, and the
 * same matcher as `npm run eval` prints, per seed, what matches and what does not.
 * Exits 0 when every seed comes out as labelled, 1 otherwise, 2 on a usage or data error.
 * Tests never run this: a user's clone has no seed folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LANGS, type ExtractedDocument, type Lang } from '../types.js';
import { institutionKey } from '../extractors/institution-key.js';
import { analyze } from '../extractors/pipeline.js';
import { CaseLabelSchema, INSTITUTION_KINDS, institutionLabels, type CaseLabel, type EvalCase, type EventLabel } from './_eval-labels.js';
import { scoreCase } from './_eval-score.js';

const SeedEventSchema = z.looseObject({
  type: z.enum(['partnership', 'damage']),
  parties: z.array(z.string()).optional(),
  status: z.string().optional(),
  date: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  valid_until: z.string().nullable().optional(),
  institution: z.string().nullable().optional(),
  institution_kind: z.string().nullable().optional(),
  severity: z.string().nullable().optional(),
  cause: z.string().nullable().optional(),
});

const SeedLabelSchema = z.looseObject({
  file: z.string().min(1),
  lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]),
  published: z.string().nullable(),
  institutions: z.array(z.string()),
  events: z.array(SeedEventSchema),
  notes: z.string().optional(),
});
type SeedLabel = z.infer<typeof SeedLabelSchema>;
type SeedEvent = z.infer<typeof SeedEventSchema>;

/** Words in an analyst's free-text kind ("vocational education institutions (...)") → InstitutionKind. */
const KIND_WORDS: [RegExp, (typeof INSTITUTION_KINDS)[number]][] = [
  [/vocational|професійн|профессиональн|zawodow|професионалн/i, 'vocational-school'],
  [/kindergarten|садок|сад|przedszkol|градина/i, 'kindergarten'],
  [/lyceum|ліцей|лицей|liceum/i, 'lyceum'],
  [/gymnasium|гімназ|гимназ/i, 'gymnasium'],
  [/college|коледж|колледж|kolegium/i, 'college'],
  [/universit|університет|университет|uniwersytet/i, 'university'],
  [/school|школ|szkoł|училищ/i, 'school'],
];

function kindOf(text: string | null | undefined): (typeof INSTITUTION_KINDS)[number] | null {
  if (!text) return null;
  if ((INSTITUTION_KINDS as readonly string[]).includes(text)) return text as (typeof INSTITUTION_KINDS)[number];
  for (const [re, kind] of KIND_WORDS) if (re.test(text)) return kind;
  return null;
}

const oneOf = <T extends string>(values: readonly T[], v: string | null | undefined): T | null =>
  v && (values as readonly string[]).includes(v) ? (v as T) : null;

function convertEvent(e: SeedEvent, notes: string): EventLabel {
  if (e.type === 'partnership') {
    return {
      type: 'partnership',
      // "(the publishing organisation)": an unnamed party, left out as in the evaluation set.
      parties: (e.parties ?? []).filter((p) => !p.trim().startsWith('(')),
      status: oneOf(['signed', 'planned', 'terminated'] as const, e.status) ?? 'signed',
      date: e.date ?? null,
      place: e.location ?? null,
      validUntil: e.valid_until ?? null,
    };
  }
  const unnamed = !e.institution;
  const scope = unnamed && /\bappeal\b/i.test(notes) ? 'appeal' : unnamed && /\bstatistic/i.test(notes) ? 'statistic' : 'incident';
  return {
    type: 'damage',
    institution: e.institution ?? null,
    institutionKind: kindOf(e.institution_kind),
    // A seed's location may be a whole country ("Україна"): record it as the region, not a settlement.
    settlement: null,
    region: e.location ?? null,
    date: e.date ?? null,
    severity: oneOf(['damaged', 'destroyed'] as const, e.severity),
    cause: oneOf(['missile', 'drone', 'shelling', 'airstrike', 'fire', 'other'] as const, e.cause),
    scope,
  };
}

function convert(seed: SeedLabel): CaseLabel {
  const label = {
    lang: seed.lang,
    published: seed.published,
    institutions: seed.institutions,
    events: seed.events.map((e) => convertEvent(e, seed.notes ?? '')),
    notes: seed.notes,
  };
  const parsed = CaseLabelSchema.safeParse(label);
  if (!parsed.success) {
    throw new Error(`check-seeds: label of ${seed.file} cannot be converted: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function main(argv: string[]): number {
  if (argv.length !== 1 || argv[0].startsWith('-')) {
    process.stderr.write('usage: node dist/scripts/check-seeds.js SEEDS_DIR   (a folder with the seed .txt files and labels.json)\n');
    return 2;
  }
  const dir = resolve(argv[0]);
  const labelsFile = join(dir, 'labels.json');
  if (!existsSync(labelsFile)) {
    process.stderr.write(`check-seeds: no labels.json in ${dir}\n`);
    return 2;
  }
  let seeds: SeedLabel[];
  try {
    seeds = z.array(SeedLabelSchema).parse(JSON.parse(readFileSync(labelsFile, 'utf8')));
  } catch (err) {
    process.stderr.write(`check-seeds: ${labelsFile} is not a list of seed labels: ${(err as Error).message}\n`);
    return 2;
  }
  let clean = 0;
  for (const seed of seeds) {
    const txt = join(dir, seed.file);
    if (!existsSync(txt)) {
      process.stderr.write(`check-seeds: ${seed.file} is labelled but missing from ${dir}\n`);
      return 2;
    }
    let label: CaseLabel;
    try {
      label = convert(seed);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
    const c: EvalCase = { file: seed.file, lang: seed.lang, text: readFileSync(txt, 'utf8'), label, institutions: institutionLabels(label) };
    let doc: ExtractedDocument | null = null;
    let error: string | undefined;
    try {
      doc = analyze({ text: c.text, published: null });
    } catch (err) {
      error = (err as Error).message;
    }
    const score = scoreCase(c, doc, institutionKey, error);
    const ok = score.issues.length === 0;
    if (ok) clean++;
    process.stdout.write(`\n${seed.file} (${seed.lang}) — ${ok ? 'as labelled' : `${score.issues.length} difference(s)`}\n`);
    if (doc) {
      process.stdout.write(`  got   lang ${doc.lang ?? 'null'} (${doc.langConfidence.toFixed(2)}), published ${doc.published ?? 'null'}, ` +
        `${doc.institutions.length} institution(s), ${doc.events.length} event(s)\n`);
    }
    for (const m of score.matches) process.stdout.write(`  ok    ${m}\n`);
    for (const i of score.issues) process.stdout.write(`  MISS  ${i.kind}: ${i.detail}\n`);
  }
  process.stdout.write(`\n${clean} of ${seeds.length} seed(s) come out as labelled.\n`);
  return clean === seeds.length ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
