/**
 * Checking the words a user typed against the command tree before anything runs (citty ignores
 * what it does not know): an unknown command or option, an option without its value, or a word
 * too many is a usage error (exit 2) that says what was wrong and suggests the nearest name
 * ("did you mean --format?"). Pure: given the resolved command chain and the raw words.
 */
import type { ArgsDef, CommandDef } from 'citty';
import { CLIError, EXIT } from './errors.js';

/** Options every command accepts (handled by the runner, not by the commands). */
export const GLOBAL_FLAGS = new Set(['help', 'h', 'verbose', 'version']);

/** Commands whose last positional takes any number of words (files). */
const VARIADIC = new Set(['extract']);

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The closest of `names` to `typed`, when close enough to be a typo (or a prefix of it). */
export function nearest(typed: string, names: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of names) {
    const d = n.startsWith(typed) && typed.length >= 2 ? 0.5 : editDistance(typed, n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(typed.length / 3)) ? best : null;
}

export interface ResolvedCommand {
  /** Command names below `eduwatch`, e.g. ['query', 'events']. */
  path: string[];
  args: ArgsDef;
  subCommands: string[] | null;
}

interface OptionInfo {
  takesValue: boolean;
  boolean: boolean;
}

function optionTable(args: ArgsDef): Map<string, OptionInfo> {
  const table = new Map<string, OptionInfo>();
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    const info = { takesValue: def.type === 'string' || def.type === 'enum', boolean: def.type === 'boolean' };
    table.set(name, info);
    const aliases = 'alias' in def && def.alias ? (Array.isArray(def.alias) ? def.alias : [def.alias]) : [];
    for (const a of aliases) table.set(a, info);
  }
  return table;
}

const usage = (message: string) => new CLIError(message, EXIT.usage);

/**
 * Check the words after the command names (`rest`) against the leaf command. Throws a usage
 * CLIError for the first problem.
 */
export function checkArgv(cmd: ResolvedCommand, rest: string[]): void {
  const where = ['eduwatch', ...cmd.path].join(' ');
  const options = optionTable(cmd.args);
  const positionals = Object.values(cmd.args).filter((d) => d.type === 'positional').length;
  const variadic = VARIADIC.has(cmd.path[cmd.path.length - 1]);
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (word === '--') {
      words.push(...rest.slice(i + 1));
      break;
    }
    if (word.startsWith('-') && word !== '-' && !/^-\d/.test(word)) {
      const body = word.replace(/^--?/, '');
      const eq = body.indexOf('=');
      let name = eq >= 0 ? body.slice(0, eq) : body;
      if (GLOBAL_FLAGS.has(name)) continue;
      let info = options.get(name);
      if (!info && name.startsWith('no-') && options.get(name.slice(3))?.boolean) {
        name = name.slice(3);
        info = options.get(name);
        if (eq >= 0) throw usage(`--no-${name} takes no value (\`${where}\`)`);
        continue;
      }
      if (!info) {
        const known = [...options.keys()].filter((k) => k.length > 1);
        const hint = nearest(name, known);
        throw usage(
          `unknown option ${word.slice(0, eq >= 0 ? eq + (word.length - body.length) : undefined)} for \`${where}\`` +
            (hint ? `; did you mean --${hint}?` : known.length ? `; its options: ${known.map((k) => `--${k}`).join(', ')}` : '; it takes no options'),
        );
      }
      if (info.takesValue && eq < 0) {
        const next = rest[i + 1];
        if (next === undefined || (next.startsWith('--') && next.length > 2)) {
          throw usage(`--${name} needs a value (\`${where} --${name} VALUE\`)`);
        }
        i++;
      }
      if (info.boolean && eq >= 0 && !['true', 'false'].includes(body.slice(eq + 1))) {
        throw usage(`--${name} is a switch: write --${name} or --no-${name}, not ${word}`);
      }
      continue;
    }
    words.push(word);
  }
  if (cmd.subCommands && words.length > 0) {
    // A word where a sub-command was expected.
    const first = words[0];
    const hint = nearest(first, cmd.subCommands);
    throw usage(`unknown command "${first}" for \`${where}\`${hint ? `; did you mean \`${where} ${hint}\`?` : `; commands: ${cmd.subCommands.join(', ')}`}`);
  }
  if (!variadic && words.length > positionals) {
    const extra = words[positionals];
    throw usage(
      positionals === 0
        ? `\`${where}\` takes no arguments, got "${extra}" (options start with --; see \`${where} --help\`)`
        : `too many arguments for \`${where}\`: "${extra}" (quote a text with spaces, e.g. "two words")`,
    );
  }
}

type Resolvable<T> = T | Promise<T> | (() => T) | (() => Promise<T>);
const resolveValue = async <T>(v: Resolvable<T>): Promise<T> => (typeof v === 'function' ? (v as () => T | Promise<T>)() : v);

/**
 * Walk `rawArgs` down the command tree the way citty does (options of a command with
 * sub-commands come before the sub-command's name), then check the rest against the leaf.
 */
export async function validateCommandLine(root: CommandDef<any>, rawArgs: string[]): Promise<void> {
  let cmd = root;
  const path: string[] = [];
  let rest = rawArgs;
  for (;;) {
    const subs = cmd.subCommands ? await resolveValue(cmd.subCommands) : undefined;
    const args = (await resolveValue(cmd.args ?? {})) as ArgsDef;
    if (!subs || Object.keys(subs).length === 0) {
      checkArgv({ path, args, subCommands: null }, rest);
      return;
    }
    const at = rest.findIndex((w) => !w.startsWith('-'));
    if (at < 0) {
      checkArgv({ path, args, subCommands: Object.keys(subs) }, rest);
      return;
    }
    const word = rest[at];
    if (!Object.hasOwn(subs, word)) {
      checkArgv({ path, args, subCommands: Object.keys(subs) }, rest);
      return;
    }
    // Options before the sub-command belong to this command.
    checkArgv({ path, args, subCommands: null }, rest.slice(0, at));
    cmd = await resolveValue(subs[word]);
    path.push(word);
    rest = rest.slice(at + 1);
  }
}
