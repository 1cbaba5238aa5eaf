/**
 * The date-expression test set taken from dateparser's own tests (test/fixtures/dates-dateparser/,
 * see its README): loading with one zod schema, the fixed dev / held-out split, and scoring of
 * `extractDates` on it. Used by scripts/eval-dates.ts and test/extract-dates-dateparser.test.ts.
 *
 * Scoring, per item: the extractor runs on `text` in the item's language with `anchor` as the
 * publication date.
 * - `expected` a string: right when the longest tag (earliest on a tie) has exactly that value;
 *   the precision counts ("2011" is not "2011-09-01").
 * - `expected` a list (a sentence with several dates): right when the tags' values, in order, are
 *   exactly that list.
 * - `expected` null (not a date): right when no tag is found at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGS, type DateTag, type Lang } from '../types.js';
import { extractDates } from '../extractors/dates.js';
import { readJsonFile } from './_json-file.js';

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const IsoValue = z.string().regex(ISO, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const HALVES = ['dev', 'holdout'] as const;
export type Half = (typeof HALVES)[number];
export const BASES = ['absolute', 'relative'] as const;
export type Basis = (typeof BASES)[number];

const ItemSchema = z.strictObject({
  text: z.string().min(1),
  /** The relative base: the publication date (YYYY-MM-DD) or timestamp (YYYY-MM-DDTHH:MM). */
  anchor: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM'),
  expected: z.union([IsoValue, z.array(IsoValue).min(1), z.null()]),
  /** relative: the value depends on the anchor (relative words, weekdays, a missing year). */
  basis: z.enum(BASES),
  split: z.enum(HALVES),
  /** Where in dateparser's tests the expression and its expected value come from. */
  source: z.string().min(1),
});
const FileSchema = z.strictObject({ lang: z.enum(LANGS), items: z.array(ItemSchema) });

export type DateItem = z.infer<typeof ItemSchema> & { lang: Lang };

/**
 * The fixed split rule: FNV-1a (32 bit) of the expression's UTF-16 code units, even → dev, odd →
 * held-out. Fixed once, before any tuning; the loader checks every item's recorded half against it.
 */
export function halfOf(text: string): Half {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'holdout';
}

/** Every item of every `<lang>.json` in `dir`; throws one error naming each bad file, item and field. */
export function loadDateItems(dir: string): DateItem[] {
  const problems: string[] = [];
  const items: DateItem[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`${dir}: no <lang>.json files (see its README)`);
  for (const f of files) {
    const path = join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push(`${path}: not JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = FileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${path}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      continue;
    }
    if (`${parsed.data.lang}.json` !== f) problems.push(`${path}: lang is "${parsed.data.lang}"; the file must be named ${parsed.data.lang}.json`);
    parsed.data.items.forEach((it, i) => {
      const want = halfOf(it.text);
      if (it.split !== want) problems.push(`${path}: items.${i}.split is "${it.split}" but the fixed rule puts "${it.text}" in "${want}"`);
      items.push({ ...it, lang: parsed.data.lang });
    });
  }
  if (problems.length > 0) throw new Error(`invalid date test set:\n  ${problems.join('\n  ')}`);
  return items;
}

/** The value the scorer reads for a single expression: the longest tag, the earliest on a tie. */
export function mainValue(tags: DateTag[]): string | null {
  let best: DateTag | null = null;
  for (const t of tags) if (!best || t.end - t.start > best.end - best.start) best = t;
  return best ? best.value : null;
}

export interface ItemResult {
  item: DateItem;
  got: string | string[] | null;
  ok: boolean;
}

export function scoreItem(item: DateItem): ItemResult {
  const tags = extractDates(item.text, { lang: item.lang, published: item.anchor });
  if (Array.isArray(item.expected)) {
    const got = tags.map((t) => t.value);
    return { item, got, ok: got.length === item.expected.length && got.every((v, i) => v === item.expected![i]) };
  }
  if (item.expected === null) return { item, got: tags.length > 0 ? tags.map((t) => t.value) : null, ok: tags.length === 0 };
  const got = mainValue(tags);
  return { item, got, ok: got === item.expected };
}

export interface Score {
  right: number;
  total: number;
}

export const accuracy = (s: Score): number => (s.total === 0 ? NaN : s.right / s.total);

/** Rows of the table: each language, the four languages of issue 7's measure, and all. */
export const ROWS = [...LANGS, 'uk-ru-pl-bg', 'all'] as const;
export type Row = (typeof ROWS)[number];
const FOUR: ReadonlySet<Lang> = new Set(['uk', 'ru', 'pl', 'bg']);

/** Accuracy per half × row × basis (and 'all' bases). */
export type ScoreTable = Record<Half, Record<Row, Record<Basis | 'all', Score>>>;

export function scoreAll(items: DateItem[]): { table: ScoreTable; results: ItemResult[] } {
  const empty = () => ({ right: 0, total: 0 });
  const table = Object.fromEntries(
    HALVES.map((h) => [h, Object.fromEntries(ROWS.map((l) => [l, { absolute: empty(), relative: empty(), all: empty() }]))]),
  ) as ScoreTable;
  const results = items.map(scoreItem);
  for (const r of results) {
    const rows: Row[] = FOUR.has(r.item.lang) ? [r.item.lang, 'uk-ru-pl-bg', 'all'] : [r.item.lang, 'all'];
    for (const l of rows) {
      for (const b of [r.item.basis, 'all'] as const) {
        const s = table[r.item.split][l][b];
        s.total++;
        if (r.ok) s.right++;
      }
    }
  }
  return { table, results };
}

/** Floors on the dev half: row → basis → the lowest accuracy allowed (scripts/eval-dates-floors.json). */
export type DateFloors = Partial<Record<Row, Partial<Record<Basis | 'all', number>>>>;

const FloorsSchema = z.strictObject({
  dev: z.record(z.enum(ROWS), z.strictObject({ absolute: z.number().min(0).max(1).optional(), relative: z.number().min(0).max(1).optional(), all: z.number().min(0).max(1).optional() }).partial()),
});

export function loadDateFloors(path: string): DateFloors {
  return readJsonFile(path, FloorsSchema, 'eval:dates floors').dev as DateFloors;
}

export interface FloorResult {
  row: Row;
  basis: Basis | 'all';
  floor: number;
  got: number;
  ok: boolean;
}

/** Every floor of `floors` checked against the dev half of `table`. */
export function checkDateFloors(table: ScoreTable, floors: DateFloors): FloorResult[] {
  const out: FloorResult[] = [];
  for (const [row, byBasis] of Object.entries(floors) as [Row, Partial<Record<Basis | 'all', number>>][]) {
    for (const [basis, floor] of Object.entries(byBasis) as [Basis | 'all', number][]) {
      const got = accuracy(table.dev[row][basis]);
      out.push({ row, basis, floor, got, ok: got >= floor - 1e-9 });
    }
  }
  return out;
}
