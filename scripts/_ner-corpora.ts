/**
 * The public NER corpora set (test/nercorpora/, see its README): sentences from ner-uk,
 * factRuEval-2016 and BSNLP 2021 with their gold ORG spans, split by a reader's judgement into
 * education institutions (`edu`) and other organisations (`other`). This file loads it with one zod
 * schema, checks the fixed dev / held-out split, and scores the pipeline on it:
 *
 *   recall      an `edu` span is found when a mention of any institution tag overlaps it,
 *               exact when a mention has its very extent
 *   false tags  an `other` span is falsely tagged when a mention of an education-kind tag
 *               (school … kindergarten, ministry, education authority) overlaps it
 *
 * The split is fixed by the source document: sha256(doc) in hex, first digit 0-7 → held-out, 8-f →
 * dev, so every sentence of a document lands in the same half.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ExtractedDocument, InstitutionKind, Lang } from '../types.js';
import { readJsonFile } from './_json-file.js';

export const NER_LANGS = ['uk', 'ru', 'pl', 'bg'] as const satisfies readonly Lang[];
export type NerLang = (typeof NER_LANGS)[number];
export const HALVES = ['dev', 'holdout'] as const;
export type Half = (typeof HALVES)[number];

/** The corpora the items may come from, with the repository each is stored in. */
export const CORPUS_REPOS = {
  'ner-uk': 'lang-uk/ner-uk',
  'factRuEval-2016': 'dialogue-evaluation/factRuEval-2016',
  bsnlp2021: 'UL-FRI-Zitnik/BSNLP-2021-Shared-Task',
} as const;
type Corpus = keyof typeof CORPUS_REPOS;

/** Kinds that make a tag an education institution or education authority (the false-tag test). */
export const EDUCATION_KINDS: ReadonlySet<InstitutionKind> = new Set<InstitutionKind>([
  'school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute',
  'kindergarten', 'ministry', 'education-authority',
]);

const SpanSchema = z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) });
const ItemSchema = z.strictObject({
  id: z.string().min(1),
  lang: z.enum(NER_LANGS),
  corpus: z.enum(Object.keys(CORPUS_REPOS) as [Corpus, ...Corpus[]]),
  doc: z.string().min(1),
  repo: z.string().min(1),
  path: z.string().min(1),
  split: z.enum(HALVES),
  text: z.string().min(1).max(2000),
  edu: z.array(SpanSchema),
  other: z.array(SpanSchema),
});
export type NerSpan = z.infer<typeof SpanSchema>;
export type NerItem = z.infer<typeof ItemSchema>;

/** The fixed split rule: the first hex digit of sha256(doc), 0-7 → held-out, 8-f → dev. */
export function halfOf(doc: string): Half {
  return parseInt(createHash('sha256').update(doc).digest('hex')[0]!, 16) < 8 ? 'holdout' : 'dev';
}

/** Every item of `dir/<lang>/<corpus>.jsonl`; throws listing every problem of shape, offsets or split. */
export function loadNerItems(dir: string): NerItem[] {
  const items: NerItem[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const lang of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const f of readdirSync(join(dir, lang)).filter((n) => n.endsWith('.jsonl')).sort()) {
      const path = join(dir, lang, f);
      readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        const where = `${path}:${i + 1}`;
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch (err) {
          problems.push(`${where}: not JSON (${(err as Error).message})`);
          return;
        }
        const parsed = ItemSchema.safeParse(raw);
        if (!parsed.success) {
          problems.push(`${where}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
          return;
        }
        const it = parsed.data;
        if (it.lang !== lang || `${it.corpus}.jsonl` !== f) problems.push(`${where}: ${it.lang}/${it.corpus} belongs in ${it.lang}/${it.corpus}.jsonl`);
        if (it.repo !== CORPUS_REPOS[it.corpus]) problems.push(`${where}: repo of ${it.corpus} is ${CORPUS_REPOS[it.corpus]}`);
        if (ids.has(it.id)) problems.push(`${where}: duplicate id ${it.id}`);
        ids.add(it.id);
        if (it.split !== halfOf(it.doc)) problems.push(`${where}: split is "${it.split}" but the fixed rule puts ${it.doc} in "${halfOf(it.doc)}"`);
        for (const s of [...it.edu, ...it.other]) {
          if (it.text.slice(s.start, s.end) !== s.text) problems.push(`${where}: span ${s.start}-${s.end} is not "${s.text}"`);
        }
        items.push(it);
      });
    }
  }
  if (problems.length > 0) throw new Error(`invalid NER corpora set:\n  ${problems.join('\n  ')}`);
  return items;
}

export interface Counts {
  /** Gold education spans, found by an overlapping mention, found with the exact extent. */
  edu: number;
  found: number;
  exact: number;
  /** Gold other-ORG spans, and those an education-kind mention overlaps. */
  other: number;
  falseTagged: number;
}

export interface SpanResult {
  item: NerItem;
  span: NerSpan;
  /** The overlapping mentions, as "text [kind]". */
  got: string[];
}

export interface NerScore {
  /** Per half, per language and `all`. */
  table: Record<Half, Record<NerLang | 'all', Counts>>;
  misses: SpanResult[];
  inexact: SpanResult[];
  falseTags: SpanResult[];
}

export type AnalyzeItem = (item: NerItem) => Pick<ExtractedDocument, 'institutions'>;

const zero = (): Counts => ({ edu: 0, found: 0, exact: 0, other: 0, falseTagged: 0 });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores `analyzeItem` on every item. */
export function scoreNer(items: readonly NerItem[], analyzeItem: AnalyzeItem): NerScore {
  const table = Object.fromEntries(HALVES.map((h) => [h, Object.fromEntries([...NER_LANGS, 'all'].map((l) => [l, zero()]))])) as NerScore['table'];
  const out: NerScore = { table, misses: [], inexact: [], falseTags: [] };
  for (const item of items) {
    const mentions = analyzeItem(item).institutions.flatMap((t) => t.mentions.map((m) => ({ ...m, kind: t.kind })));
    const rows = [table[item.split][item.lang], table[item.split].all];
    for (const span of item.edu) {
      const hit = mentions.filter((m) => overlaps(m, span));
      const got = hit.map((m) => `${m.text} [${m.kind}]`);
      const exact = hit.some((m) => m.start === span.start && m.end === span.end);
      for (const r of rows) {
        r.edu++;
        if (hit.length > 0) r.found++;
        if (exact) r.exact++;
      }
      if (hit.length === 0) out.misses.push({ item, span, got });
      else if (!exact) out.inexact.push({ item, span, got });
    }
    for (const span of item.other) {
      const hit = mentions.filter((m) => EDUCATION_KINDS.has(m.kind) && overlaps(m, span));
      for (const r of rows) {
        r.other++;
        if (hit.length > 0) r.falseTagged++;
      }
      if (hit.length > 0) out.falseTags.push({ item, span, got: hit.map((m) => `${m.text} [${m.kind}]`) });
    }
  }
  return out;
}

/** found / edu, exact / edu and falseTagged / other; null when there is nothing to count. */
export function rates(c: Counts): { recall: number | null; exact: number | null; falseTagRate: number | null } {
  return {
    recall: c.edu === 0 ? null : c.found / c.edu,
    exact: c.edu === 0 ? null : c.exact / c.edu,
    falseTagRate: c.other === 0 ? null : c.falseTagged / c.other,
  };
}

const RateFloor = z.strictObject({ recall: z.number().min(0).max(1).optional(), exact: z.number().min(0).max(1).optional(), falseTagRateMax: z.number().min(0).max(1).optional() });
const FloorsSchema = z.strictObject({ $comment: z.string().optional(), dev: z.partialRecord(z.enum([...NER_LANGS, 'all']), RateFloor) });
export type NerFloors = z.infer<typeof FloorsSchema>['dev'];

export function loadNerFloors(path: string): NerFloors {
  return readJsonFile(path, FloorsSchema, 'eval:ner floors').dev;
}

export interface NerFloorCheck {
  row: NerLang | 'all';
  measure: 'recall' | 'exact' | 'falseTagRateMax';
  floor: number;
  got: number | null;
  ok: boolean;
}

/** Every floor checked on the dev half: recall and exact at least their floor, the false-tag rate at most its maximum. */
export function checkNerFloors(score: NerScore, floors: NerFloors): NerFloorCheck[] {
  const out: NerFloorCheck[] = [];
  for (const [row, f] of Object.entries(floors) as [NerLang | 'all', z.infer<typeof RateFloor>][]) {
    const r = rates(score.table.dev[row]);
    const add = (measure: NerFloorCheck['measure'], floor: number | undefined, got: number | null, ok: (g: number) => boolean) => {
      if (floor !== undefined) out.push({ row, measure, floor, got, ok: got !== null && ok(got) });
    };
    add('recall', f.recall, r.recall, (g) => g >= f.recall! - 1e-9);
    add('exact', f.exact, r.exact, (g) => g >= f.exact! - 1e-9);
    add('falseTagRateMax', f.falseTagRateMax, r.falseTagRate, (g) => g <= f.falseTagRateMax! + 1e-9);
  }
  return out;
}
