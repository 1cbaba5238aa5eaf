/**
 * `node dist/scripts/check-registry.js`: checks the institution registry (data/institutions/*.json)
 * and prints what it holds. Exits 1 listing every problem:
 * - the file shape (zod schema in extractors/_registry.ts) and unique ids;
 * - a name in the country's own language (English for the international file);
 * - abbreviations: one token each; one shared by several entries in a language needs a city cue on
 *   every entry that shares it, or one entry that is its `defaultFor`; `defaultFor` and `needsCue`
 *   list the entry's own abbreviations; `needsCue` needs a cue;
 * - identifiers: a kind the country has (edrpou, regon, rspo, eik, inn, ogrn) with a valid check digit;
 * - every name and variant leads back to its entry (no two entries share a name's key).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../types.js';
import { loadDataJson } from '../extractors/_data.js';
import { entryNames, parseRegistryFile, REGISTRY_FILES, registryByName, type RegistryEntry } from '../extractors/_registry.js';
import { ID_CHECKS } from './_id-checksums.js';

export interface RegistryReport {
  problems: string[];
  perCountry: { country: string; entries: number; abbreviations: number; ids: number }[];
}

export function checkRegistry(): RegistryReport {
  const problems: string[] = [];
  const perCountry: RegistryReport['perCountry'] = [];
  const all: RegistryEntry[] = [];
  for (const f of REGISTRY_FILES) {
    let entries: RegistryEntry[];
    let native: Lang | null;
    try {
      const raw = loadDataJson<{ native?: Lang | null }>(`institutions/${f}.json`);
      entries = parseRegistryFile(f, raw).entries;
      native = raw.native ?? null;
    } catch (err) {
      problems.push((err as Error).message);
      continue;
    }
    const where = (e: RegistryEntry) => `data/institutions/${f}.json ${e.id}`;
    let abbreviations = 0;
    let ids = 0;
    for (const e of entries) {
      const own = native ?? 'en';
      if (!e.names[own]) problems.push(`${where(e)}: names.${own} is missing (the name in the country's own language)`);
      const mine = new Set(Object.values(e.abbr).flat());
      abbreviations += mine.size;
      // One word, or the spaced "U of S" form the institutions extractor reads (extractors/_institution-abbreviations.ts).
      for (const a of mine) {
        if (/[\s«»„“"]/.test(a) && !/^U of [A-Z]{1,2}$/.test(a)) problems.push(`${where(e)}: abbreviation "${a}" is not one word nor "U of X" (list it under variants)`);
      }
      for (const a of e.defaultFor) if (!mine.has(a)) problems.push(`${where(e)}: defaultFor "${a}" is not one of its abbreviations`);
      for (const a of e.needsCue) if (!mine.has(a)) problems.push(`${where(e)}: needsCue "${a}" is not one of its abbreviations`);
      if (e.needsCue.length > 0 && e.cue.length === 0) problems.push(`${where(e)}: needsCue without a cue (add the city's word starts to cue)`);
      const checks = ID_CHECKS[e.country] ?? {};
      for (const [kind, value] of Object.entries(e.ids)) {
        if (value === null) continue;
        const check = checks[kind];
        if (!check) problems.push(`${where(e)}: ids.${kind}: not an identifier of ${e.country} (use ${Object.keys(checks).join(', ') || 'none'})`);
        else if (!check(value)) problems.push(`${where(e)}: ids.${kind} ${value} fails its check digit`);
        else ids++;
      }
    }
    perCountry.push({ country: entries[0]?.country ?? f, entries: entries.length, abbreviations, ids });
    all.push(...entries);
  }
  const seen = new Map<string, string>();
  for (const e of all) {
    const other = seen.get(e.id);
    if (other) problems.push(`${e.id}: the id is used twice (${other} and ${e.country})`);
    seen.set(e.id, e.country);
  }
  // Shared abbreviations per text language.
  for (const lang of LANGS) {
    const by = new Map<string, RegistryEntry[]>();
    for (const e of all) for (const a of e.abbr[lang] ?? []) (by.get(a) ?? by.set(a, []).get(a)!).push(e);
    for (const [a, list] of by) {
      if (list.length < 2) continue;
      const defaults = list.filter((e) => e.defaultFor.includes(a));
      if (defaults.length > 1) problems.push(`${lang} "${a}": defaultFor of ${defaults.map((e) => e.id).join(' and ')} (one at most)`);
      const blind = list.filter((e) => e.cue.length === 0 && !e.defaultFor.includes(a));
      if (blind.length > 0) problems.push(`${lang} "${a}" is shared by ${list.map((e) => e.id).join(', ')}: give ${blind.map((e) => e.id).join(', ')} a cue, or make one the defaultFor`);
    }
  }
  // Names lead back to their entry (only when every file loaded: the lookup reads them all).
  if (problems.length > 0) return { problems, perCountry };
  for (const e of all) {
    for (const { name, lang } of entryNames(e)) {
      const hits = registryByName(name, lang).map((h) => h.id);
      if (!hits.includes(e.id)) problems.push(`${e.id}: the name "${name}" does not lead back to the entry`);
      else if (hits.length > 1) problems.push(`${e.id}: the name "${name}" also names ${hits.filter((h) => h !== e.id).join(', ')}`);
    }
  }
  return { problems, perCountry };
}

function main(): number {
  const report = checkRegistry();
  for (const c of report.perCountry) {
    process.stdout.write(`${c.country.padEnd(4)} ${String(c.entries).padStart(4)} institutions, ${String(c.abbreviations).padStart(4)} abbreviations, ${String(c.ids).padStart(3)} identifiers\n`);
  }
  const total = report.perCountry.reduce((n, c) => n + c.entries, 0);
  if (report.problems.length > 0) {
    process.stderr.write(`check-registry: ${report.problems.length} problem(s):\n  ${report.problems.join('\n  ')}\n`);
    return 1;
  }
  process.stdout.write(`registry: ${total} institutions, every check passed\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
