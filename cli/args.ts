/**
 * Arguments shared by the commands, defined once: --db, --sources, --format/--json, and the
 * event/document filters. Commands spread these into their own `args`.
 */
import type { ArgsDef } from 'citty';
import { DEFAULT_DB } from '../store/index.js';
import { CLIError } from './errors.js';
import { LANGS, type InstitutionKind } from '../types.js';
import { nearest } from './_argv.js';
import { FORMATS, type Format } from './output.js';

export const DEFAULT_SOURCES = 'sources.yaml';

export const dbArgs = {
  db: { type: 'string', valueHint: 'FILE', default: DEFAULT_DB, description: 'SQLite evidence store.' },
} satisfies ArgsDef;

export const sourcesArgs = {
  sources: { type: 'string', valueHint: 'FILE', default: DEFAULT_SOURCES, description: 'Source definitions.' },
} satisfies ArgsDef;

export const formatArgs = {
  format: {
    type: 'enum',
    options: [...FORMATS],
    default: 'table',
    description: 'Output format: table for people; json, jsonl or csv for scripts.',
  },
  json: { type: 'boolean', default: false, description: 'Short for --format json.' },
} satisfies ArgsDef;

export const jsonArgs = {
  json: { type: 'boolean', default: false, description: 'Print JSON on stdout (and JSON-lines logs on stderr).' },
} satisfies ArgsDef;

/** Filters shared by `query events`, `query documents` and `export`. */
export const filterArgs = {
  type: { type: 'string', valueHint: 'damage|partnership', description: 'Event type.' },
  lang: { type: 'string', valueHint: 'uk|ru|pl|bg|en', description: 'Document language.' },
  country: { type: 'string', valueHint: 'CC', description: 'Source country (ISO code, e.g. UA).' },
  source: { type: 'string', valueHint: 'ID', description: 'Source id from sources.yaml.' },
  institution: { type: 'string', valueHint: 'TEXT', description: 'Institution name in any grammatical case (matched through its normalised key).' },
  location: { type: 'string', valueHint: 'TEXT', description: 'Settlement or region in any of the five languages (Kharkiv, Харків, Charków: one place), or its text.' },
  since: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'Event date (or publication date when the event has none) on or after.' },
  until: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'Event date (or publication date when the event has none) on or before.' },
  'min-confidence': { type: 'string', valueHint: '0..1', description: 'Lowest tag confidence to show.' },
} satisfies ArgsDef;

export function resolveFormat(args: { format?: string; json?: boolean }): Format {
  if (args.json) return 'json';
  const f = (args.format ?? 'table') as Format;
  if (!FORMATS.includes(f)) throw new CLIError(`--format ${f}: use one of ${FORMATS.join(', ')}`);
  return f;
}

/** A positive integer option, or undefined when not given. */
export function intArg(name: string, value: unknown, opts: { min?: number } = {}): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const min = opts.min ?? 1;
  const text = String(value);
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new CLIError(`--${name} ${text}: give a whole number ≥ ${min}, e.g. --${name} 20`);
  }
  return n;
}

/** A number in [0, 1], or undefined. */
export function confidenceArg(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new CLIError(`--${name} ${String(value)}: give a number between 0 and 1, e.g. --${name} 0.6`);
  return n;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether year-month-day is a day of the calendar (2025-02-30 is not; 2024-02-29 is). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists on the calendar, or undefined. */
export function dateArg(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value);
  const m = text.match(ISO_DATE);
  const bad = (why: string) => new CLIError(`--${name} ${text}: ${why}, e.g. --${name} 2024-01-31`);
  if (!m) throw bad('write the date as YYYY-MM-DD (or YYYY-MM, YYYY)');
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12) throw bad(`there is no month ${m[2]}`);
  if (!isCalendarDate(y, mo, d)) throw bad(`${m[1]}-${m[2]} has no day ${m[3]}`);
  return text;
}

/** One of a fixed set of values, or undefined; a typo gets the nearest value suggested. */
export function choiceArg<T extends string>(name: string, value: unknown, choices: readonly T[], what: string): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value);
  if ((choices as readonly string[]).includes(text)) return text as T;
  const hint = nearest(text, choices);
  throw new CLIError(`--${name} ${text}: not ${what}${hint ? `; did you mean --${name} ${hint}?` : ''} (one of ${choices.join(', ')})`);
}

/** Institution kinds, as the extractors assign them (checked against the type: add a kind in both). */
export const INSTITUTION_KINDS = [
  'school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute',
  'kindergarten', 'ministry', 'education-authority', 'agency', 'cluster', 'company', 'centre', 'council', 'other',
  'authority', 'municipality', 'research', 'ngo',
] as const satisfies readonly InstitutionKind[];
// Every kind is listed: a kind added to types.ts without being added here fails to compile.
const _allKinds: Exclude<InstitutionKind, (typeof INSTITUTION_KINDS)[number]> extends never ? true : false = true;
void _allKinds;

/** A two-letter country code (ISO 3166-1 alpha-2), upper-cased, or undefined. */
export function countryArg(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value);
  if (!/^[A-Za-z]{2}$/.test(text)) throw new CLIError(`--${name} ${text}: give a two-letter country code, e.g. --${name} UA`);
  return text.toUpperCase();
}

/** Values of a repeatable string option (`--source a --source b` or `--source a,b`). */
export function listArg(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
  return items.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

/**
 * Every value of an option given more than once. citty keeps only the last, so read the raw
 * arguments: `--source a --source b`, `--source=a`, and comma lists `--source a,b`.
 */
export function repeatedArg(rawArgs: string[], name: string): string[] {
  const flag = `--${name}`;
  const values: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const a = rawArgs[i];
    if (a === '--') break;
    if (a === flag && i + 1 < rawArgs.length) values.push(rawArgs[++i]);
    else if (a.startsWith(flag + '=')) values.push(a.slice(flag.length + 1));
  }
  return listArg(values);
}
