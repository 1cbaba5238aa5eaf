/**
 * Are two settlements the same place? The ONE comparison incident clustering uses.
 *
 * A name the gazetteer resolves (store/places, issue 10 part 3) keys by its place id: two names
 * that both resolve are one place exactly when their ids are equal ("Харків", "Charkowie",
 * "Kharkiv"). When one of them does not resolve (a village the gazetteer lacks, a misspelling),
 * the skeleton below is the fallback: a name is reduced to a script-neutral consonant skeleton: transliterated to Latin,
 * the Polish/English/Ukrainian/Russian/Bulgarian spellings of one sound made one letter (kh/ch/h,
 * w/v, zh/ż/ž, ts/c/cz), vowels and soft/hard signs dropped after the first letter, doubled
 * letters made one. "Харків", "Харьков", "Kharkiv", "Charków" and "Харков" all give "hrkv";
 * "Київ", "Киев", "Kyiv", "Kijów" give "kv"; "Одеса", "Odessa" give "ods". Case endings are cut
 * first ("у Харкові", "w Charkowie", "в Харькове"), so an inflected name keys like its nominative.
 */
import { gazetteer } from '../places/gazetteer.js';
import { resolvePlace } from '../places/resolve.js';

/** Cyrillic letters in Latin, for the skeleton only (not a transliteration standard). */
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'e', ё: 'e', ж: 'z', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h',
  ц: 'c', ч: 'c', ш: 's', щ: 's', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'u', я: 'a',
};

/** Latin digraphs and letters read as one sound class (order matters: digraphs first). */
const LATIN: [RegExp, string][] = [
  [/szcz|shch/g, 's'],
  [/zh|ż|ź|ž|rz/g, 'z'],
  [/kh|ch|h/g, 'h'],
  [/g/g, 'h'], // Ukrainian г is h; Russian/Bulgarian г is g: "Луганськ" / "Lugansk" / "Luhansk"
  [/sh|sz|š|ś/g, 's'],
  [/ts|tz|cz|č|ć|c/g, 'c'],
  [/w/g, 'v'],
  [/ł/g, 'l'],
  [/ń/g, 'n'],
  [/x/g, 'ks'],
];

/**
 * Case endings cut before the skeleton (longest first): locative and genitive forms of city names
 * in the five languages. Only endings, so "Харків" and "Харкові" meet at "Харк".
 */
const ENDINGS = /(ові|еві|ому|ого|ою|ею|ой|ей|ie|iu|owi|em|ом|ем|ах|ях|ам|ям|і|и|а|я|у|ю|е|є|ї|y|a|u|e|o)$/u;

const VOWELS = /[aeiouyj]/g;

/** Words that are not part of a name ("місто", "city of", "w", "у", "м."). */
const NOT_NAME = /^(м|с|смт|г|гр|с-ще|місто|місті|міста|город|городе|града|град|село|селі|селище|miasto|mieście|city|town|village|of|the|w|we|у|в|во|во|na|на|in)$/u;

/** Between a key's skeleton and the place id it resolved to ("hrkv@gn:706483"). */
const ID_MARK = '@';

/**
 * A settlement name as a key: the consonant skeleton of its words, followed by `@` and its
 * gazetteer place id when it resolves to a settlement or a part of a city. Null for no usable name.
 */
export function settlementKey(name: string | null | undefined): string | null {
  const skeletonKey = nameSkeleton(name);
  if (skeletonKey === null) return null;
  const place = resolvePlace(name);
  return place && place.kind !== 'region' ? `${skeletonKey}${ID_MARK}${place.id}` : skeletonKey;
}

/** The consonant skeleton of a name's words, or null (store/places indexes the gazetteer by it too). */
export function nameSkeleton(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name
    .normalize('NFC')
    .toLowerCase()
    .split(',')[0]
    .split(/[\s.]+/)
    .map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .filter((w) => w && !NOT_NAME.test(w));
  if (words.length === 0) return null;
  const key = words.map(skeleton).filter(Boolean).join('-');
  return key === '' ? null : key;
}

function skeleton(word: string): string {
  const parts = word.split('-').filter(Boolean);
  return parts
    .map((p) => {
      let w = p.length > 4 ? p.replace(ENDINGS, '') : p;
      w = [...w].map((ch) => CYR[ch] ?? ch).join('');
      w = w.normalize('NFD').replace(/\p{M}/gu, '');
      for (const [re, to] of LATIN) w = w.replace(re, to);
      const first = w.slice(0, 1);
      const rest = w.slice(1).replace(VOWELS, '');
      return (first + rest).replace(/(.)\1+/g, '$1');
    })
    .join('-');
}

/** Shortest skeleton that may match a longer one as its prefix (a case ending cut too far: "Харкові" -> hrk). */
const MIN_PREFIX = 3;

/** True when two keys name one place: the same place id when both have one, else equal skeletons, or one a prefix of the other missing one last letter. */
export function sameSettlementKey(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [ka, ida] = a.split(ID_MARK);
  const [kb, idb] = b.split(ID_MARK);
  if (ida !== undefined && idb !== undefined) return ida === idb;
  if (ka === kb) return true;
  const [s, l] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return s.length >= MIN_PREFIX && l.length - s.length === 1 && l.startsWith(s) && !s.includes('-') && !l.includes('-');
}

/**
 * Inhabitants up to which a settlement is a village or a small town with one school, one
 * kindergarten (GeoNames' population): an unnamed "school" there names the one school.
 */
export const VILLAGE_POPULATION = 5000;

/**
 * Whether two settlement keys resolve to one gazetteer settlement of at most VILLAGE_POPULATION
 * inhabitants (a known population: GeoNames gives 0 for a few places).
 */
export function sameVillage(a: string | null, b: string | null): boolean {
  return isVillage(a) && a?.split(ID_MARK)[1] === b?.split(ID_MARK)[1];
}

/** Whether a settlement key resolves to a gazetteer settlement of at most VILLAGE_POPULATION inhabitants. */
export function isVillage(key: string | null): boolean {
  const id = key?.split(ID_MARK)[1];
  const p = id === undefined ? undefined : gazetteer().byId.get(id);
  return p !== undefined && p.kind === 'settlement' && p.population > 0 && p.population <= VILLAGE_POPULATION;
}

/** True when both name a settlement and the names key alike. */
export function sameSettlement(a: string | null | undefined, b: string | null | undefined): boolean {
  return sameSettlementKey(settlementKey(a), settlementKey(b));
}
