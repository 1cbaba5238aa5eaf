/**
 * resolvePlace(text, lang): the one gazetteer place a settlement, region or location text names,
 * the most specific one it names (a part of a city over a settlement over a region):
 * "у Харкові", "w Charkowie", "Харьков", "Kharkiv" → Kharkiv; "near Kyiv", "під Києвом" → Kyiv;
 * "Pushcha-Vodytsia" → that part of Kyiv; "Харківська область", "на Харківщині", "Kharkiv region"
 * → the region; "Kholodnohirskyi District of Kharkiv" → Kharkiv; a name it does not know → null.
 *
 * A cascade, each step recorded in `how`: exact names and forms (the gazetteer holds the inflected
 * forms of the towns the extractors know), then region phrases (an adjective with a head word,
 * "област" with a noun), then the same words stemmed (store/stem.ts, the endings the full-text
 * search uses), last the consonant skeleton incident clustering compares names by
 * (store/incidents/place-key.ts), between names in one script, within the region named beside the
 * name or when only one place of the text's country has it ("Bohoduchowie" → Богодухів).
 */
import type { Lang } from '../../types.js';
import { gazetteer, MIN_SKELETON, nameWords, NATIVE, skeletonIndex, skeletonKey, stemIndex, stemKey, type Place } from './gazetteer.js';
import { nameSkeleton } from '../incidents/place-key.js';

export interface ResolvedPlace {
  id: string;
  kind: Place['kind'];
  country: string;
  /** The name in `lang` (else the country's own). */
  name: string;
  regionId: string | null;
  lat: number;
  lon: number;
  /** Its register code's scheme and code (ISO 3166-2, TERYT TERC, EKATTE obshtina, KATOTTG), else null. */
  adminScheme: string | null;
  adminCode: string | null;
  how: 'name' | 'region-phrase' | 'stem' | 'skeleton' | 'district';
}

/** Words that say where, not which place ("near", "у", "м.", "city of"). */
const NOT_NAME = new Set([
  'у', 'в', 'во', 'на', 'під', 'под', 'біля', 'поблизу', 'около', 'возле', 'близо', 'до', 'край', 'с', 'смт', 'м', 'г', 'гр', 'с-ще', 'пгт',
  'місто', 'місті', 'міста', 'село', 'селі', 'села', 'селище', 'селищі', 'город', 'городе', 'города', 'поселок', 'поселке', 'деревня',
  'деревне', 'град', 'града', 'селото', 'w', 'we', 'pod', 'koło', 'obok', 'okolice', 'okolicach', 'miasto', 'mieście', 'wieś', 'wsi',
  'gmina', 'gminie', 'in', 'at', 'near', 'on', 'of', 'the', 'outside', 'city', 'town', 'village', 'suburb', 'outskirts', 'околиці', 'околицях',
  'окрестностях', 'пригороді', 'пригороде', 'передмісті', 'and', 'і', 'й', 'та', 'и', 'oraz',
]);
/** Words that make the adjective beside them a region ("Харківська область", "obwód charkowski"). */
const REGION_HEADS = new Set([
  'область', 'області', 'областю', 'обл', 'области', 'областью', 'край', 'края', 'крае', 'краю', 'республика', 'республики', 'республике',
  'województwo', 'województwa', 'województwie', 'woj', 'obwód', 'obwodu', 'obwodzie', 'oblast', 'region', 'regionu', 'regionie',
  'province', 'voivodeship', 'krai', 'област', 'областта', 'обласна', 'обласної', 'областная', 'областной',
]);
/** Words that make the name before (or after) them a district, not a town ("Бучанський район", "powiat bucki"). */
const DISTRICT_HEADS = new Set([
  'район', 'районі', 'району', 'района', 'районе', 'районом', 'district', 'raion', 'rejon', 'rejonie', 'rejonu', 'powiat', 'powiecie',
  'powiatu', 'община', 'общината', 'громада', 'громаді', 'громади', 'округ', 'округа', 'окръг',
]);
/**
 * Ukrainian locatives change the stem's last consonant ("у Комишувасі" ← Комишуваха, "у
 * Воздвижівці" ← Воздвижівка, "в Ользі" ← Ольга): the nominatives a locative may come from,
 * tried when nothing else matched.
 */
const UK_LOCATIVES: [RegExp, string[]][] = [
  [/ці$/u, ['ка', 'ця']],
  [/сі$/u, ['ха']],
  [/зі$/u, ['га']],
];
/** Shortest stem looked up, in letters ("нов" of "Ново" is too many towns). */
const MIN_STEM_KEY = 4;
/** Longest name tried, in words ("Нова Каховка", "Kamionka Wielka", "Bilhorod Dnistrovskyi"). */
const MAX_WORDS = 3;
/** Most specific first. */
const KIND_RANK: Record<Place['kind'], number> = { section: 0, settlement: 1, region: 2 };

interface Hit {
  place: Place;
  how: ResolvedPlace['how'];
}

export function resolvePlace(text: string | null | undefined, lang: Lang | null = null, opts: { regionId?: string | null } = {}): ResolvedPlace | null {
  if (!text) return null;
  const g = gazetteer();
  const words = nameWords(text);
  if (words.length === 0) return null;
  const taken = new Array<boolean>(words.length).fill(false);
  const home = lang ? Object.keys(NATIVE).find((c) => NATIVE[c] === lang) : undefined;
  const hits: Hit[] = [];

  // Region phrases: an adjective with a head word on either side, "област" + noun.
  for (let i = 0; i < words.length; i++) {
    if (!REGION_HEADS.has(words[i])) continue;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= words.length || taken[j]) continue;
      const noun = g.nouns.get(words[j]);
      const adj = noun ? undefined : g.adjectives.find(([a]) => words[j].startsWith(a));
      const region = noun ?? adj?.[1];
      if (!region) continue;
      hits.push({ place: region, how: 'region-phrase' });
      taken[i] = taken[j] = true;
      break;
    }
  }
  // Names and forms, longest first; a name right before a district word names the district.
  const districtAt = (j: number) => j < words.length && DISTRICT_HEADS.has(words[j]);
  const scan = (index: Map<string, Place[]>, key: (w: string[]) => string, how: Hit['how']) => {
    for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const span = words.slice(i, i + n);
        if (taken.slice(i, i + n).some(Boolean) || NOT_NAME.has(span[0]) || NOT_NAME.has(span[n - 1])) continue;
        if (districtAt(i + n) || (i > 0 && DISTRICT_HEADS.has(words[i - 1]) && how === 'stem')) continue;
        const found = index.get(key(span));
        if (!found) continue;
        for (const place of found) hits.push({ place, how });
        for (let t = i; t < i + n; t++) taken[t] = true;
      }
    }
  };
  scan(g.exact, (w) => w.join(' '), 'name');
  // Stems only for the whole name left (all words not taken nor stop words): a word of a longer
  // name ("Ново" of "Ново село") would stem like another town.
  const rest = () => words.map((w, i) => (!taken[i] && !NOT_NAME.has(w) && !DISTRICT_HEADS.has(w) ? i : -1)).filter((i) => i >= 0);
  const left = rest();
  // A district word: what is left names the district, found by districtRegion below, not a town.
  const district = words.some((w) => DISTRICT_HEADS.has(w));
  const contiguous = !district && left.length > 0 && left.length <= MAX_WORDS && left[left.length - 1] - left[0] === left.length - 1;
  if (!hits.some((h) => h.place.kind !== 'region') && contiguous) {
    const key = stemKey(left.map((i) => words[i]));
    if (key.replace(/ /g, '').length >= MIN_STEM_KEY) {
      for (const place of stemIndex().get(key) ?? []) if (place.kind !== 'region') hits.push({ place, how: 'stem' });
    }
  }
  if (!district && !hits.some((h) => h.place.kind !== 'region')) {
    // Ukrainian locatives with a changed consonant, the last word of a name of up to MAX_WORDS.
    for (let i = 0; i < words.length && !hits.some((h) => h.place.kind !== 'region'); i++) {
      if (taken[i] || NOT_NAME.has(words[i])) continue;
      for (const [re, tos] of UK_LOCATIVES) {
        if (!re.test(words[i])) continue;
        for (let n = Math.min(MAX_WORDS, i + 1); n >= 1; n--) {
          const span = words.slice(i - n + 1, i + 1);
          if (taken.slice(i - n + 1, i + 1).some(Boolean)) continue;
          for (const to of tos) {
            const found = g.exact.get([...span.slice(0, -1), words[i].replace(re, to)].join(' '));
            for (const place of found ?? []) if (place.kind !== 'region') hits.push({ place, how: 'stem' });
          }
        }
      }
    }
  }
  let regionHint = opts.regionId ?? hits.find((h) => h.place.kind === 'region')?.place.id ?? null;
  if (!district && !hits.some((h) => h.place.kind !== 'region')) {
    // Last, the consonant skeleton incidents compare by ("Bohoduchowie" → Богодухів): within the
    // region named beside it, or the one place of the gazetteer with that skeleton.
    const name = rest().map((i) => words[i]);
    const sk = name.length > 0 && name.length <= MAX_WORDS ? nameSkeleton(name.join(' ')) : null;
    const found = sk !== null && sk.replace(/-/g, '').length >= MIN_SKELETON ? (skeletonIndex().get(skeletonKey(name.join(' '), sk)) ?? []) : [];
    // Without a region beside it: the one place with that skeleton, in the country of the text's language.
    const near = regionHint ? found.filter((p) => p.regionId === regionHint) : found.length === 1 && (!home || found[0].country === home) ? found : [];
    for (const place of near) hits.push({ place, how: 'skeleton' });
  }
  if (hits.length === 0) {
    // A district the gazetteer has no row for: the region of the town it is named after.
    const region = districtRegion(words, taken);
    return region ? toResolved(region, 'district', lang) : null;
  }
  regionHint ??= null;
  const score = (h: Hit): number[] => [
    KIND_RANK[h.place.kind],
    h.how === 'skeleton' ? 2 : h.how === 'stem' ? 1 : 0,
    regionHint && h.place.kind !== 'region' && h.place.regionId !== regionHint ? 1 : 0,
    -Math.log10(h.place.population + 1),
    home && h.place.country !== home ? 1 : 0,
  ];
  const best = hits
    .map((h) => ({ h, s: score(h) }))
    .sort((a, b) => a.s.reduce((acc, v, k) => acc || v - b.s[k], 0) || a.h.place.id.localeCompare(b.h.place.id))[0].h;
  return toResolved(best.place, best.how, lang);
}

/**
 * Adjective endings of district names ("Бучанський район", "Покровского района", "powiat
 * kłodzki", "Buchanskyi district"), longest first; what is left names the district's town.
 */
const DISTRICT_ADJ = /(?:ського|ському|ським|ській|ської|ська|ську|ське|ський|ского|ском|ским|ской|ская|ский|ския|ският|ска|ски|skiego|skim|skiej|ska|skie|ski|skyi|skyy|skiy|sky|ckiego|cki|zki|ki)$/u;
/** Shortest part of a town's name a district adjective is matched by ("буча" of "бучанськ"). */
const MIN_DISTRICT_STEM = 4;

/**
 * The region of a district named by an adjective or noun beside a district word: the most populous
 * settlement whose name starts with what the adjective leaves ("бучан" → Буча, "харків" → Харків,
 * "покровськ" → Покровськ), trimmed by up to two letters. Districts are not places of their own.
 */
function districtRegion(words: string[], taken: boolean[]): Place | null {
  const g = gazetteer();
  for (let i = 0; i < words.length; i++) {
    if (!DISTRICT_HEADS.has(words[i])) continue;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= words.length || taken[j] || NOT_NAME.has(words[j]) || DISTRICT_HEADS.has(words[j])) continue;
      const exact = g.exact.get(words[j])?.filter((p) => p.kind === 'settlement');
      const base = words[j].replace(DISTRICT_ADJ, '');
      for (let cut = 0; !exact?.length && cut <= 2 && base.length - cut >= MIN_DISTRICT_STEM; cut++) {
        const prefix = base.slice(0, base.length - cut);
        let best: Place | null = null;
        for (const [key, places] of g.exact) {
          if (!key.startsWith(prefix) || key.includes(' ')) continue;
          for (const p of places) if (p.kind === 'settlement' && (!best || p.population > best.population)) best = p;
        }
        if (best?.regionId) return g.byId.get(best.regionId) ?? null;
      }
      const town = exact?.sort((a, b) => b.population - a.population)[0];
      if (town?.regionId) return g.byId.get(town.regionId) ?? null;
    }
  }
  return null;
}

/** A place's name in `lang`, else in its country's language, else in English. */
export function placeName(p: Place, lang: Lang | null): string {
  return (lang && p.names[lang]) || p.names[NATIVE[p.country]] || p.names.en || p.id;
}

function toResolved(p: Place, how: ResolvedPlace['how'], lang: Lang | null): ResolvedPlace {
  return { id: p.id, kind: p.kind, country: p.country, name: placeName(p, lang), regionId: p.regionId, lat: p.lat, lon: p.lon, adminScheme: p.adminScheme, adminCode: p.adminCode, how };
}

/** The place an event is at: its settlement within its region when both resolve, else its region, else its location text. */
export function resolveEventPlace(
  e: { settlement?: string | null; region?: string | null; location?: string | null; place?: string | null },
  lang: Lang | null,
): ResolvedPlace | null {
  const region = resolvePlace(e.region, lang);
  const regionId = region?.kind === 'region' ? region.id : (region?.regionId ?? null);
  return resolvePlace(e.settlement, lang, { regionId }) ?? region ?? resolvePlace(e.location, lang) ?? resolvePlace(e.place, lang);
}
