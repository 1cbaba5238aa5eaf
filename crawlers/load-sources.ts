/**
 * Loads and validates sources.yaml. Every problem in the file is reported at once, each as
 * `FILE:LINE sources[i] (id) field: message`, so a maintainer fixes them all in one pass and no
 * crawl ever starts from an invalid file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { CLIError, EXIT } from '../types.js';
import { SourcesFileSchema, type Source } from './source-schema.js';
import { locateYamlPath } from './_yaml-locate.js';

export interface SourceProblem {
  /** The file as the caller named it. */
  file: string;
  /** 1-based line of the offending node (or of its nearest existing parent). */
  line: number;
  col: number;
  /** Index of the source in `sources`, or null for a file-level problem. */
  index: number | null;
  /** The source's id when it has one. */
  id: string | null;
  /** Field inside the source (or the file), e.g. `discover.feeds[0]`; `(yaml)` for syntax errors. */
  path: string;
  message: string;
}

export class SourcesError extends CLIError {
  readonly problems: SourceProblem[];
  readonly file: string;
  constructor(file: string, problems: SourceProblem[]) {
    const n = problems.length;
    super(
      `${file} has ${n} problem${n === 1 ? '' : 's'}; fix ${n === 1 ? 'it' : 'them'} and run \`eduwatch sources validate\` again:\n${problems.map(formatProblem).join('\n')}`,
      EXIT.usage,
    );
    this.name = 'SourcesError';
    this.file = file;
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------
// Walking the zod schema, for "did you mean" suggestions and field descriptions.
// ---------------------------------------------------------------------------

interface SchemaInfo {
  shape?: Record<string, unknown>;
  description?: string;
}
type Walkable = { _zod: { def: Record<string, unknown> }; description?: string };

/** Wrappers whose inner schema describes the same value. */
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

/** The schema of the value at `path` (object shape and description), or null past the schema's end. */
function schemaAt(root: unknown, path: readonly PropertyKey[]): SchemaInfo | null {
  let node = root as Walkable;
  let description = node.description;
  const unwrap = () => {
    for (let def = node._zod.def; WRAPPERS.has(def.type as string) || def.type === 'pipe'; def = node._zod.def) {
      node = (def.type === 'pipe' ? def.in : def.innerType) as Walkable;
      description ??= node.description;
    }
  };
  unwrap();
  for (const seg of path) {
    const def = node._zod.def;
    let next: unknown;
    if (def.type === 'object' && typeof seg === 'string') next = (def.shape as Record<string, unknown>)[seg];
    else if (def.type === 'array' && typeof seg === 'number') next = def.element;
    if (!next) return null;
    node = next as Walkable;
    description = node.description;
    unwrap();
  }
  const def = node._zod.def;
  return { shape: def.type === 'object' ? (def.shape as Record<string, unknown>) : undefined, description };
}

/** Levenshtein distance, for short field names only. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The closest of `names` to `typed` when it is plausibly a typo (or a case slip), else null. */
export function closestName(typed: string, names: readonly string[]): string | null {
  const lower = typed.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(lower, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  // A third of the word may be wrong, at least two letters (politness, sitemap, langauges).
  const allowed = Math.max(2, Math.floor(typed.length / 3));
  return best !== null && bestDistance <= allowed ? best : null;
}

/** `FILE:LINE sources[i] (id) field: message`; the parts that do not apply are left out. */
export function formatProblem(p: SourceProblem): string {
  const where = p.index === null ? '' : ` sources[${p.index}]${p.id ? ` (${p.id})` : ''}`;
  return `${p.file}:${p.line}${where} ${p.path}: ${p.message}`;
}

/** Field path inside a source: ['discover', 'feeds', 0] → `discover.feeds[0]`. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { exists: boolean; value: unknown } {
  let value: unknown = root;
  for (const seg of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, seg)) {
      return { exists: false, value: undefined };
    }
    value = (value as Record<PropertyKey, unknown>)[seg];
  }
  return { exists: true, value };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = JSON.stringify(value);
  return `${typeof value} ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`;
}

/** Rewrites zod's generic wording into a message that says what is wrong and how to fix it. */
function messageFor(issue: z.core.$ZodIssue, input: unknown, key?: string): string {
  const { exists, value } = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys(schemaAt(SourcesFileSchema, issue.path)?.shape ?? {});
      const best = closestName(key ?? '', allowed);
      return best
        ? `unknown field "${key}"; did you mean "${best}"?`
        : `unknown field "${key}"; allowed fields: ${allowed.join(', ')}`;
    }
    case 'invalid_type':
      if (!exists) {
        const description = schemaAt(SourcesFileSchema, issue.path)?.description;
        return `missing required field${description ? ` (${description})` : ''}`;
      }
      if (issue.message.startsWith('Invalid input')) return `expected ${issue.expected}, got ${describeValue(value)}`;
      return `${issue.message} (got ${describeValue(value)})`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      const best = typeof value === 'string' ? closestName(value, options) : null;
      return `${JSON.stringify(value)} is not allowed; use one of ${options.join(', ')}${best ? ` (did you mean "${best}"?)` : ''}`;
    }
    case 'too_small':
      if (issue.message.startsWith('Too small')) {
        const min = Number(issue.minimum);
        if (issue.origin === 'array') return `give at least ${min} item${min === 1 ? '' : 's'}`;
        if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters long`;
        return `must be at least ${min} (got ${describeValue(value)})`;
      }
      return issue.message;
    case 'too_big':
      if (issue.message.startsWith('Too big')) return `must be at most ${String(issue.maximum)} (got ${describeValue(value)})`;
      return issue.message;
    default:
      return issue.message;
  }
}

function sourceId(input: unknown, index: number | null): string | null {
  if (index === null) return null;
  const id = valueAt(input, ['sources', index, 'id']).value;
  return typeof id === 'string' && id ? id : null;
}

function isDuplicateIdIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && issue.path.length === 3 && issue.path[0] === 'sources' && issue.path[2] === 'id' && issue.message.startsWith('duplicate id');
}

/** The same check as SourcesFileSchema's, on the raw input. */
function duplicateIdIssues(input: unknown): z.core.$ZodIssue[] {
  const list = valueAt(input, ['sources']).value;
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  const issues: z.core.$ZodIssue[] = [];
  list.forEach((s: unknown, i) => {
    const id = valueAt(s, ['id']).value;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else issues.push({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate id "${id}" (also sources[${first}])`, input: id });
  });
  return issues;
}

/**
 * Validates the text of a sources file. Returns the parsed sources (defaults applied) or every
 * problem found; never throws for bad input.
 */
export function validateSourcesText(
  text: string,
  file: string,
): { ok: true; sources: Source[] } | { ok: false; problems: SourceProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((err) => {
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      return { file, line: pos.line, col: pos.col, index: null, id: null, path: '(yaml)', message: `YAML syntax error: ${err.message.split('\n')[0]}` };
    });
    return { ok: false, problems };
  }
  let input: unknown;
  try {
    input = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // e.g. aliases expanding beyond maxAliasCount (a "billion laughs" file).
    return { ok: false, problems: [{ file, line: 1, col: 1, index: null, id: null, path: '(yaml)', message: `YAML error: ${(err as Error).message}` }] };
  }
  const result = SourcesFileSchema.safeParse(input);
  if (result.success) return { ok: true, sources: result.data.sources };

  // The file-level duplicate-id check runs only once every source is valid; run it here so a
  // duplicate is reported together with the other problems, not after they are fixed.
  const issues = [...duplicateIdIssues(input), ...result.error.issues.filter((i) => !isDuplicateIdIssue(i))];
  const problems: SourceProblem[] = [];
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const pos = locateYamlPath(doc, lineCounter, path);
      const inSource = path[0] === 'sources' && typeof path[1] === 'number';
      const index = inSource ? (path[1] as number) : null;
      const field = fieldPath(inSource ? path.slice(2) : path) || (inSource ? '(source)' : '(file)');
      problems.push({ file, line: pos.line, col: pos.col, index, id: sourceId(input, index), path: field, message: messageFor(issue, input, key) });
    }
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  return { ok: false, problems };
}

/**
 * Reads and validates a sources file. Throws SourcesError (exit code 2) listing every problem,
 * or CLIError when the file cannot be read.
 */
export function loadSources(file: string): { sources: Source[]; file: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CLIError(
      `cannot read sources file ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}; pass --sources FILE or create sources.yaml in this folder`,
      EXIT.usage,
    );
  }
  const result = validateSourcesText(text, file);
  if (!result.ok) throw new SourcesError(file, result.problems);
  return { sources: result.sources, file: resolve(file) };
}
