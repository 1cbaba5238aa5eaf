/**
 * The registry of well-known institutions (data/institutions/<country>.json): for each, its
 * canonical name per language, other names it goes by, abbreviations per language, kind, city,
 * and its official identifiers where one exists (EDRPOU, REGON, ЕИК, ИНН, ОГРН).
 *
 * Two lookups feed the institutions cascade:
 * - by abbreviation (КНУ, UW, СУ, МОН), for abbreviations a text uses without defining them. An
 *   abbreviation shared by several entries (ЧНУ: Chernivtsi, Cherkasy) is resolved by the
 *   document: the full name of one of them in the text, else a word of one's city (`cue`), else
 *   the entry that is its `defaultFor`; abbreviations in `needsCue` (UG is also "urząd gminy")
 *   count only with the full name or the cue in the text;
 * - by name: a name whose institution key equals the key of an entry's name or variant is that
 *   entry, in any language ("Київського національного університету імені Тараса Шевченка", "КНУ").
 * A registry hit gives the entry's canonical name in the document's language and the key
 * `registry:<id>`, the same in every document and language.
 *
 * The files are checked by `scripts/check-registry.ts` (shape, unique ids and abbreviations,
 * identifier checksums) and loaded once, lazily.
 */
import { z } from 'zod';
import { LANGS, type InstitutionKind, type Lang } from '../types.js';
import { loadDataJson } from './_data.js';
import { institutionKey } from './institution-key.js';

/** The registry files, one per country (intl: international bodies and foreign universities). */
export const REGISTRY_FILES = ['ua', 'ru', 'pl', 'bg', 'intl'] as const;

const KINDS = [
  'school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute',
  'kindergarten', 'ministry', 'education-authority', 'agency', 'cluster', 'company', 'centre', 'council', 'other',
  'authority', 'municipality', 'research', 'ngo',
] as const satisfies readonly InstitutionKind[];

const LangEnum = z.enum(LANGS as unknown as [Lang, ...Lang[]]);
const Text = z.string().trim().min(1);

export const RegistryEntrySchema = z.strictObject({
  /** <COUNTRY>-<SHORT>, upper case: UA-KNU, PL-UW. */
  id: z.string().regex(/^[A-Z]{2,4}-[A-Z0-9-]+$/, 'must be COUNTRY-SHORT in upper case, e.g. UA-KNU'),
  kind: z.enum(KINDS),
  /** Canonical name per language; at least the country's own language. */
  names: z.partialRecord(LangEnum, Text),
  /** Other full or short names, any language (former names, "Каразінський університет"). */
  variants: z.array(Text).default([]),
  /** Abbreviations per language of the texts they are read in. */
  abbr: z.partialRecord(LangEnum, z.array(Text)).default({}),
  /** Lower-case word starts that name its city in any language: the cue that picks it among namesakes. */
  cue: z.array(z.string().regex(/^[\p{Ll}\d'-]+$/u, 'a lower-case word start')).default([]),
  /** Abbreviations it takes when a shared one has no other clue in the text. */
  defaultFor: z.array(Text).default([]),
  /** Abbreviations that name it only when its full name or its cue is in the text too. */
  needsCue: z.array(Text).default([]),
  /** Official identifiers: edrpou (UA), regon / rspo (PL), eik (BG), inn / ogrn (RU); null when not known. */
  ids: z.record(z.string(), z.string().regex(/^\d+$/).nullable()).default({}),
});
export type RegistryEntry = z.infer<typeof RegistryEntrySchema> & { country: string };

export const RegistryFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** ISO 3166-1 alpha-2, or INT for the international file. */
  country: z.string().regex(/^(?:[A-Z]{2}|INT)$/),
  /** The language of the country's own names. */
  native: LangEnum.nullable(),
  institutions: z.array(RegistryEntrySchema),
});

/** Parse one registry file; throws naming the file and each bad field. */
export function parseRegistryFile(name: string, raw: unknown): { country: string; entries: RegistryEntry[] } {
  const parsed = RegistryFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`eduwatch: bad registry file data/institutions/${name}.json:\n  ${lines.join('\n  ')}`);
  }
  const country = parsed.data.country;
  return { country, entries: parsed.data.institutions.map((e) => ({ ...e, country })) };
}

/** The key a registry entry gives its institution in every document. */
export function registryKey(e: RegistryEntry): string {
  return `registry:${e.id.toLowerCase()}`;
}

/** The entry's name for a document in `lang`: its own, else the country's, else English, else any. */
export function registryName(e: RegistryEntry, lang: Lang | null): string {
  return (lang && e.names[lang]) || Object.values(e.names)[0]!;
}

interface Compiled {
  entries: RegistryEntry[];
  /** Per text language, abbreviation (exact spelling) → entries. */
  abbr: Map<Lang, Map<string, RegistryEntry[]>>;
  byId: Map<string, RegistryEntry>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const entries: RegistryEntry[] = [];
  for (const f of REGISTRY_FILES) entries.push(...parseRegistryFile(f, loadDataJson(`institutions/${f}.json`)).entries);
  const abbr = new Map<Lang, Map<string, RegistryEntry[]>>();
  const byId = new Map<string, RegistryEntry>();
  for (const e of entries) {
    byId.set(e.id, e);
    for (const [lang, list] of Object.entries(e.abbr) as [Lang, string[]][]) {
      let m = abbr.get(lang);
      if (!m) abbr.set(lang, (m = new Map()));
      for (const a of list) (m.get(a) ?? m.set(a, []).get(a)!).push(e);
    }
  }
  compiled = { entries, abbr, byId };
  return compiled;
}

export function registryEntries(): readonly RegistryEntry[] {
  return compile().entries;
}

/** Entries an abbreviation may stand for in a text in `lang` (all languages' when lang is null). */
export function registryByAbbreviation(abbr: string, lang: Lang | null): readonly RegistryEntry[] {
  const c = compile();
  if (lang) return c.abbr.get(lang)?.get(abbr) ?? [];
  const out = new Set<RegistryEntry>();
  for (const m of c.abbr.values()) for (const e of m.get(abbr) ?? []) out.add(e);
  return [...out];
}

/** Is `abbr` an abbreviation of some entry in texts of `lang`? */
export function isRegistryAbbreviation(abbr: string, lang: Lang | null): boolean {
  return registryByAbbreviation(abbr, lang).length > 0;
}

/** Every name and variant of an entry, with the language to key it in (null: the script decides). */
export function entryNames(e: RegistryEntry): { name: string; lang: Lang | null }[] {
  const out: { name: string; lang: Lang | null }[] = [];
  for (const [lang, name] of Object.entries(e.names) as [Lang, string][]) out.push({ name, lang });
  for (const v of e.variants) out.push({ name: v, lang: null });
  return out;
}

export function registryById(id: string): RegistryEntry | undefined {
  return compile().byId.get(id);
}

/*
 * Names → entries, one index per text language, built on first use: a name is keyed the way a
 * text in that language keys what it reads (institution keys depend a little on the language the
 * stemmer assumes), so the lookup and the index always agree.
 */
const nameIndex = new Map<Lang | null, Map<string, RegistryEntry[]>>();

function names(lang: Lang | null): Map<string, RegistryEntry[]> {
  let idx = nameIndex.get(lang);
  if (idx) return idx;
  idx = new Map();
  for (const e of compile().entries) {
    for (const { name } of entryNames(e)) {
      const k = institutionKey(name, lang);
      if (!k) continue;
      const list = idx.get(k) ?? idx.set(k, []).get(k)!;
      if (!list.includes(e)) list.push(e);
    }
  }
  nameIndex.set(lang, idx);
  return idx;
}

/** Entries whose name or variant has the key of `name`, both read as a text in `lang`. */
export function registryByName(name: string, lang: Lang | null): readonly RegistryEntry[] {
  return names(lang).get(institutionKey(name, lang)) ?? [];
}

/** The one entry named `name`, or null (no entry, or a name several entries share). */
export function registryEntryNamed(name: string, lang: Lang | null): RegistryEntry | null {
  const list = registryByName(name, lang);
  return list.length === 1 ? list[0] : null;
}

/**
 * The key an institution tag named `name` has: `registry:<id>` for a registry institution (the
 * same in every language), else its institution key. The store matches `--institution` with it.
 */
export function canonicalKey(name: string, lang: Lang | null): string {
  const e = registryEntryNamed(name, lang);
  return e ? registryKey(e) : institutionKey(name, lang);
}
