/**
 * The gazetteer (data/gazetteer/places.json, written by `npm run build:places`): regions,
 * settlements and parts of cities of Ukraine, Russia, Poland and Bulgaria, read once and indexed
 * by every name and form they are written in (folded), and by the stems of those (store/stem.ts),
 * so an inflected form meets its nominative.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../types.js';
import { projectRoot } from '../../extractors/_data.js';
import { normalizeWord, stem } from '../stem.js';
import { nameSkeleton } from '../incidents/place-key.js';

export type PlaceKind = 'region' | 'settlement' | 'section';
export type PlaceNames = Partial<Record<Lang, string>>;

export interface Place {
  /** "UA-63" (a region, its ISO 3166-2 code), "gn:706483" (a GeoNames id), "x:ua-pushcha-vodytsia" (a part of a city). */
  id: string;
  kind: PlaceKind;
  country: string;
  /** "ISO 3166-2" | "TERYT TERC" | "EKATTE obshtina" | null. */
  adminScheme: string | null;
  adminCode: string | null;
  lat: number;
  lon: number;
  /** The region the place is in (null for a region). */
  regionId: string | null;
  /** The city a part of a city belongs to. */
  parentId: string | null;
  population: number;
  names: PlaceNames;
  /** Other spellings and inflected forms ("Харкові", "Charkowie"); for regions also "@adj stem" and "@noun name". */
  forms: string[];
  /** Languages whose name was transliterated, not taken from a source. */
  derived: Lang[];
}

export interface GazetteerFile {
  about: string;
  licence: string;
  attribution: string[];
  version: string;
  columns: string[];
  rows: [string, PlaceKind, string, string | null, string | null, number, number, string | null, string | null, number, PlaceNames, string[], Lang[]][];
}

export const GAZETTEER_FILE = join('data', 'gazetteer', 'places.json');
/** Shortest form indexed (GeoNames lists two- and three-letter codes and fragments among its names). */
const MIN_FORM = 4;
/** Shortest skeleton indexed: three consonants match too many villages. */
export const MIN_SKELETON = 4;
/** Country languages: the name shown when a place has none in the asked language. */
export const NATIVE: Record<string, Lang> = { UA: 'uk', RU: 'ru', PL: 'pl', BG: 'bg' };

export interface Gazetteer {
  version: string;
  places: Place[];
  byId: Map<string, Place>;
  /** Folded name or form (words joined by one space) -> places. */
  exact: Map<string, Place[]>;
  /** Folded forms (the keys of `exact`) by place, for the indexes built when first needed. */
  formsOf: Map<Place, string[][]>;
  /** Region adjective stems ("харківськ", "charkowsk") and nouns ("пловдив", after "област"). */
  adjectives: [string, Place][];
  nouns: Map<string, Place>;
}

let loaded: Gazetteer | null = null;
let stems: Map<string, Place[]> | null = null;
let skeletons: Map<string, Place[]> | null = null;

function add(m: Map<string, Place[]>, k: string, p: Place): void {
  const list = m.get(k);
  if (!list) m.set(k, [p]);
  else if (!list.includes(p)) list.push(p);
}

/**
 * A skeleton with the script of the name it came from: Latin "ch" is kh in "Bohoduchowie" and ch
 * in "Chavdar", so a Latin skeleton meets only Latin names ("Говедаре" is no "Chavdar").
 */
export function skeletonKey(name: string, skeleton: string): string {
  return `${/\p{Script=Cyrillic}/u.test(name) ? 'c' : 'l'}:${skeleton}`;
}

/** Every name and form, word by word stemmed (store/stem.ts) -> places; built when first asked. */
export function stemIndex(): Map<string, Place[]> {
  if (stems) return stems;
  const m = new Map<string, Place[]>();
  for (const [p, forms] of gazetteer().formsOf) for (const w of forms) add(m, stemKey(w), p);
  return (stems = m);
}

/**
 * Settlements and parts of cities by the consonant skeleton of their names in the five languages
 * (store/incidents/place-key.ts; forms left out: they are inflected or foreign); built when first asked.
 */
export function skeletonIndex(): Map<string, Place[]> {
  if (skeletons) return skeletons;
  const m = new Map<string, Place[]>();
  for (const p of gazetteer().places) {
    if (p.kind === 'region') continue;
    for (const n of new Set(Object.values(p.names))) {
      const sk = nameSkeleton(n);
      if (sk !== null && sk.replace(/-/g, '').length >= MIN_SKELETON) add(m, skeletonKey(n, sk), p);
    }
  }
  return (skeletons = m);
}

/** The words of a name, folded (case, ё, apostrophes, hyphens as spaces). */
export function nameWords(text: string): string[] {
  return normalizeWord(text.replace(/[-‐–]/g, ' ')).split(/[^\p{L}\p{M}]+/u).filter(Boolean);
}
export const stemKey = (words: string[]): string => words.map((w) => stem(w, null)).join(' ');

/** The file's raw text hashed: what the store records to know when to reload its places table. */
let version: string | null = null;
export function gazetteerVersion(): string {
  if (version) return version;
  return (version = createHash('sha256').update(readFileSync(join(projectRoot(), GAZETTEER_FILE))).digest('hex').slice(0, 16));
}

export function loadGazetteerFile(): GazetteerFile {
  const file = join(projectRoot(), GAZETTEER_FILE);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GazetteerFile;
  } catch (err) {
    throw new Error(`eduwatch: cannot load the gazetteer ${file}: ${(err as Error).message} (run npm run build:places)`);
  }
}

export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const f = loadGazetteerFile();
  const g: Gazetteer = { version: gazetteerVersion(), places: [], byId: new Map(), exact: new Map(), formsOf: new Map(), adjectives: [], nouns: new Map() };
  for (const [id, kind, country, adminScheme, adminCode, lat, lon, regionId, parentId, population, names, forms, derived] of f.rows) {
    const p: Place = { id, kind, country, adminScheme, adminCode, lat, lon, regionId, parentId, population, names, forms, derived };
    g.places.push(p);
    g.byId.set(id, p);
    const own = new Set(Object.values(names).filter((n): n is string => !!n));
    for (const form of [...own, ...forms]) {
      if (form.startsWith('@adj ')) g.adjectives.push([normalizeWord(form.slice(5)), p]);
      else if (form.startsWith('@noun ')) g.nouns.set(nameWords(form.slice(6)).join(' '), p);
      else {
        const words = nameWords(form);
        if (words.length === 0 || (!own.has(form) && words.join('').length < MIN_FORM)) continue;
        add(g.exact, words.join(' '), p);
        let list = g.formsOf.get(p);
        if (!list) g.formsOf.set(p, (list = []));
        list.push(words);
      }
    }
  }
  // Longest adjective stem first: "нижньосілезьк" before "сілезьк".
  g.adjectives.sort((a, b) => b[0].length - a[0].length);
  loaded = g;
  return g;
}
