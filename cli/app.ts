/**
 * The `eduwatch` command tree and the one place errors are caught: the command line is checked
 * first (unknown commands and options are usage errors with a "did you mean"), a CLIError
 * (StoreError and SourcesError are CLIErrors too) prints its message and yields its exit code;
 * anything else prints one line (exit 1), its stack only with --verbose. Sub-commands load
 * lazily, so only the one you run is imported. `cli/main.ts` is the executable; tests call
 * `runCli` in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand, renderUsage, runCommand, type CommandDef, type CommandMeta } from 'citty';
import { CLIError, EXIT } from './errors.js';
import { validateCommandLine } from './_argv.js';
import { stripAnsi, useColor } from './output.js';

/** The version in the nearest package.json above this file (works from cli/ and from dist/cli/). */
export function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
    if (dirname(dir) === dir) return '0.0.0';
  }
}

const load = (loader: () => Promise<{ default: CommandDef<any> }>) => () => loader().then((m) => m.default);

/**
 * The one-line summary of each command, for the top-level `--help` listing: that listing then
 * loads no command module (crawl alone pulls in crawlee, ~2 s). test/cli-main.test.ts checks each
 * line against the first line of the command's own description.
 */
export const COMMAND_SUMMARIES: Record<string, string> = {
  crawl: 'Crawl sources into the evidence store and print a per-source summary (discovered, fetched, new, duplicates, failed).',
  schedule: 'Run as a long-lived scheduler: crawl each source on its `schedule` (cron) from sources.yaml.',
  status: 'Health of each source: last run, last success, new documents, consecutive failures, last error, warnings.',
  digest: 'What is new since a moment (default: the latest crawl run): new incidents, incidents that gained corroboration, new partnerships, broken sources.',
  query: 'Query the evidence store: events, incidents, institutions, documents (table, json, jsonl or csv).',
  search: 'Full-text search in all languages; a word finds its inflected forms (школа → школы, школу; szkoła → szkoły).',
  evidence: 'The full evidence chain of one event: sentence, paragraph, document, fetch (time, URL, HTTP status, SHA-256, archived bytes), source and its verification.',
  export: 'Export events, institutions or documents with provenance columns (document URL, fetch time, HTTP status, SHA-256, extractor), streamed; or every fetch as a WARC.',
  import: 'Import a WARC file (eduwatch export, Browsertrix, wget --warc-file) into the store: its responses are stored and extracted as a crawl would.',
  extract: 'Run the extraction pipeline on local files (no database): language, date, institutions, partnership and damage events.',
  reextract: 'Re-tag stored documents with the current extractors (after an upgrade), from the stored text; nothing is re-fetched.',
  sources: 'Maintain source definitions: validate sources.yaml, dry-run one source, suggest an entry for a new site.',
  serve: 'A local, read-only web view of the store: map and timeline of incidents with filters, evidence, institutions, archived pages (sandboxed), Atom feed.',
};

export const main = defineCommand({
  meta: {
    name: 'eduwatch',
    version: packageVersion(),
    description: 'Crawl verified news sources about education institutions into a SQLite evidence store, and query it.',
  },
  subCommands: {
    crawl: load(() => import('./commands/crawl.js')),
    schedule: load(() => import('./commands/schedule.js')),
    status: load(() => import('./commands/status.js')),
    digest: load(() => import('./commands/digest.js')),
    query: load(() => import('./commands/query.js')),
    search: load(() => import('./commands/search.js')),
    evidence: load(() => import('./commands/evidence.js')),
    export: load(() => import('./commands/export.js')),
    import: load(() => import('./commands/import.js')),
    extract: load(() => import('./commands/extract.js')),
    reextract: load(() => import('./commands/reextract.js')),
    sources: load(() => import('./commands/sources.js')),
    serve: load(() => import('./commands/serve.js')),
  },
});

const HELP = new Set(['--help', '-h']);

type Resolvable<T> = T | Promise<T> | (() => T) | (() => Promise<T>);
const resolveValue = async <T>(v: Resolvable<T>): Promise<T> => (typeof v === 'function' ? (v as () => T | Promise<T>)() : v);

/**
 * A command's `meta.description` is a one-line summary, then (after a newline) details and
 * examples. Lists of commands show the summary; the command's own help shows the details last.
 */
async function summarised(cmd: CommandDef<any>): Promise<{ display: CommandDef<any>; details: string }> {
  const meta = (await resolveValue(cmd.meta ?? {})) as CommandMeta;
  const [summary, ...rest] = (meta.description ?? '').split('\n');
  const subs = cmd.subCommands ? await resolveValue(cmd.subCommands) : undefined;
  const display: CommandDef<any> = { ...cmd, meta: { ...meta, description: summary } };
  if (subs) {
    display.subCommands = Object.fromEntries(
      Object.entries(subs).map(([name, sub]) => [name, async () => (await summarised(await resolveValue(sub))).display]),
    );
  }
  return { display, details: rest.join('\n') };
}

/** The (sub-)command the words of `rawArgs` name, with its parent: `query events --help` → [events, query]. */
async function commandFor(cmd: CommandDef<any>, rawArgs: string[], parent?: CommandDef<any>): Promise<[CommandDef<any>, CommandDef<any> | undefined]> {
  const subs = cmd.subCommands ? await resolveValue(cmd.subCommands) : undefined;
  const word = rawArgs.find((a) => !a.startsWith('-'));
  if (!subs || word === undefined || !Object.hasOwn(subs, word)) return [cmd, parent];
  return commandFor(await resolveValue(subs[word]), rawArgs.slice(rawArgs.indexOf(word) + 1), cmd);
}

/** The command tree's root for listings: its commands' summaries without loading their modules. */
function staticRoot(): CommandDef<any> {
  const meta = main.meta as CommandMeta;
  return {
    meta,
    subCommands: Object.fromEntries(Object.keys(COMMAND_SUMMARIES).map((name) => [name, { meta: { name, description: COMMAND_SUMMARIES[name] } }])),
  };
}

async function showUsage(cmd: CommandDef<any>, parent?: CommandDef<any>): Promise<void> {
  // The root's listing comes from COMMAND_SUMMARIES; a parent only lends its name to the usage line.
  const { display, details } = await summarised(cmd === main ? staticRoot() : cmd);
  const parentMeta = parent ? ((await resolveValue(parent.meta ?? {})) as CommandMeta) : undefined;
  const text = await renderUsage(display, parent ? (parent === main ? { meta: parentMeta } : (await summarised(parent)).display) : undefined);
  const out = `${text}${details ? `\n\n${details}` : ''}\n\n`;
  // citty colours by environment only; no colour codes into a pipe or a file.
  process.stdout.write(useColor() ? out : stripAnsi(out));
}

/** citty's own argument errors (unknown command, missing argument, bad enum value). */
function isCittyUsageError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'CLIError' && typeof (err as { code?: unknown }).code === 'string';
}

/** An operating-system or SQLite error (a file that cannot be opened, a full disk), not a bug. */
function isOperationalError(err: unknown): err is Error & { code: string } {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('SQLITE_'));
}

/** The one-line form of an unexpected error. */
function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].replace(/\u001b\[[0-9;]*m/g, '');
}

export async function runCli(rawArgs: string[]): Promise<number> {
  const verbose = rawArgs.includes('--verbose') || Boolean(process.env.EDUWATCH_DEBUG);
  if (rawArgs.length === 1 && rawArgs[0] === '--version') {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  try {
    if (rawArgs.length === 0 || rawArgs.some((a) => HELP.has(a))) {
      const [cmd, parent] = await commandFor(main, rawArgs);
      await showUsage(cmd, parent);
      return EXIT.ok;
    }
    await validateCommandLine(main, rawArgs);
    await runCommand(main, { rawArgs });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    // Also the store's and the source loader's errors (StoreError, SourcesError are CLIErrors).
    if (err instanceof CLIError) {
      process.stderr.write(`eduwatch: ${err.message}\n`);
      if (verbose && err.stack) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    if (isCittyUsageError(err)) {
      process.stderr.write(`eduwatch: ${oneLine(err)}\nRun \`eduwatch --help\` (or \`eduwatch <command> --help\`) for usage.\n`);
      return EXIT.usage;
    }
    if (verbose) {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      return EXIT.failure;
    }
    if (isOperationalError(err)) {
      process.stderr.write(`eduwatch: ${oneLine(err)} (${err.code})\n`);
      return EXIT.failure;
    }
    process.stderr.write(`eduwatch: internal error: ${oneLine(err)} (run again with --verbose for the details, and please report it)\n`);
    return EXIT.failure;
  }
}
