/**
 * Gazetteer lookup: settlements, regions and countries of Ukraine, Russia, Poland and Bulgaria in
 * any of their written forms ("у Харкові" → Харків, "w Rzeszowie" → Rzeszów, "в Перми" → Пермь,
 * "Харківської області" / "на Харківщині" → Харківська область, "област Пловдив"). Tables live in
 * data/places/{ua,ru,pl,bg}.json; they are compiled once into a word index and matched over the
 * tokens of a text in one pass.
 */
import type { Lang } from '../types.js';
import { loadDataJson } from './_data.js';
import { PhraseIndex, scanPhrases, tokenize, tokenAt, type Tokens } from './_tokens.js';

type Names = Partial<Record<Lang, string>>;

interface RegionRow {
  id: string;
  name: Names;
  /** Adjective stems that name the region next to a head word ("харківськ" + "область"). */
  adj: string[];
  /** Forms that name the region on their own ("Харківщині", "Podkarpaciu"). */
  forms: string[];
  /** Nouns that name the region after a head word ("област Пловдив"). */
  nouns?: string[];
}
interface PlaceRow {
  name: Names;
  region: string;
  forms: string[];
}
interface GazetteerFile {
  country: { code: string; name: Names; forms: string[] };
  native: Lang;
  regions: RegionRow[];
  places: PlaceRow[];
}

/** The gazetteer files, one per country. */
const GAZETTEERS = ['places/ua.json', 'places/ru.json', 'places/pl.json', 'places/bg.json'] as const;

/** Words that make an adjective (or, in Bulgarian and Polish, a following noun) a region. */
const REGION_HEADS = [
  'область', 'області', 'областю', 'обл', 'области', 'областью', 'край', 'края', 'крае', 'краю', 'краем', 'республика',
  'республики', 'республике', 'województwo', 'województwa', 'województwie', 'województwem', 'woj', 'obwód', 'obwodu',
  'obwodzie', 'oblast', 'region', 'province', 'voivodeship', 'krai', 'област', 'областта',
  // "Полтавської обласної військової адміністрації", "Wojewoda dolnośląski": the region's own bodies name it.
  'обласна', 'обласної', 'обласній', 'обласну', 'обласною', 'обласний', 'обласного', 'обласному', 'обласним', 'областная',
  'областной', 'областную', 'областного', 'областном', 'областным', 'областна', 'областната', 'областния', 'областният',
  'wojewoda', 'wojewody', 'wojewodzie', 'wojewodę', 'wojewódzki', 'wojewódzkiego', 'wojewódzkim',
];
/** Prepositions and settlement markers that make a following place the location of something. */
const LOCATIVE_BEFORE = new Set(['в', 'у', 'во', 'w', 'we', 'in', 'at', 'м', 'г', 'с', 'смт', 'село', 'місто', 'міста', 'город', 'города', 'місті', 'городе', 'miasto', 'mieście', 'град', 'гр', 'near', 'поблизу', 'під', 'под', 'pod']);
/** Forms that are also given names ("Владимир Путин", "Sofia Kowalska"): a settlement only when no capitalised word follows. */
const PERSON_NAME_FORMS = new Set(['vladimir', 'владимир', 'владимира', 'владимиру', 'владимиром', 'киров', 'кирова', 'тула', 'лом', 'самара']);

export interface Settlement {
  kind: 'settlement';
  country: string;
  names: Names;
  native: Lang;
  regionId: string;
}
export interface Region {
  kind: 'region';
  country: string;
  id: string;
  names: Names;
  native: Lang;
}
export interface Country {
  kind: 'country';
  code: string;
  names: Names;
  native: Lang;
}
type Entry = Settlement | Region | Country;

export interface PlaceMatch {
  kind: 'settlement' | 'region' | 'country';
  /** Display name (the document's language when the gazetteer has it, else the country's own). */
  name: string;
  /** For a settlement: its region's display name. */
  region: string | null;
  country: string;
  /** The place as written. */
  text: string;
  start: number;
  end: number;
  /** Preceded by a locative preposition or a settlement marker ("в", "w", "in", "м."). */
  locative: boolean;
}

interface Compiled {
  words: PhraseIndex<Entry>;
  regionById: Map<string, Region>;
  heads: Set<string>;
}
let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const words = new PhraseIndex<Entry>();
  const regionById = new Map<string, Region>();
  for (const file of GAZETTEERS) {
    const g = loadDataJson<GazetteerFile>(file);
    const code = g.country.code;
    const country: Country = { kind: 'country', code, names: g.country.name, native: g.native };
    for (const f of g.country.forms) words.add('country', escapeForm(f), country);
    for (const r of g.regions) {
      const region: Region = { kind: 'region', country: code, id: r.id, names: r.name, native: g.native };
      regionById.set(r.id, region);
      for (const f of r.forms) words.add('region', escapeForm(f), region);
      for (const a of r.adj) words.add('region-adj', `${a.trim().split(/\s+/).join(' ')}*`, region);
      for (const n of r.nouns ?? []) words.add('region-noun', escapeForm(n), region);
    }
    for (const p of g.places) {
      const s: Settlement = { kind: 'settlement', country: code, names: p.name, native: g.native, regionId: p.region };
      for (const f of new Set([...Object.values(p.name), ...p.forms])) if (f) words.add('settlement', escapeForm(f), s);
    }
  }
  compiled = { words, regionById, heads: new Set(REGION_HEADS) };
  return compiled;
}

/** A gazetteer form as an exact phrase pattern (no stems, no alternatives). */
function escapeForm(f: string): string {
  return f.replace(/[*|~]/g, ' ').replace(/[.()]/g, ' ').trim();
}

function display(names: Names, lang: Lang | null, native: Lang, written: string | null = null): string {
  const own = lang ? names[lang] : undefined;
  // Bulgarian does not decline place names: the form written in the text is the Bulgarian name,
  // better than another language's spelling ("Ізмаїл" in a Bulgarian text).
  if (!own && lang === 'bg' && written && native !== 'bg') return written;
  const name = own || names[native] || names.en || Object.values(names)[0] || '';
  // English output names regions as analysts write them: "Kharkiv Oblast" → "Kharkiv region".
  return lang === 'en' ? name.replace(/ (?:Oblast|oblast)$/u, ' region') : name;
}

/**
 * Words that introduce a settlement by its kind ("у селі Осоївка", "we wsi Kamionka Wielka",
 * "w gminie Olszyna", "village of Dovhenke"): the capitalised word after them is a settlement even
 * when the gazetteer does not know it. Abbreviations ("с.", "смт") need their dot or stand alone.
 */
const SETTLEMENT_CUES = new Set([
  'село', 'селі', 'села', 'селом', 'селище', 'селищі', 'селища', 'смт', 'пгт', 'селе', 'деревня', 'деревне', 'деревни', 'поселок',
  'поселке', 'поселка', 'хутор', 'хуторе', 'станица', 'станице', 'селото', 'wieś', 'wsi', 'gmina', 'gminie', 'gminy', 'miejscowość',
  'miejscowości', 'village', 'town', 'city',
]);
const SETTLEMENT_CUE_ABBREV = new Set(['с', 'сел', 'с-ще', 'дер', 'пос', 'gm', 'м', 'г', 'гр']);
/** Lower-case second words of Bulgarian settlement names ("село Ново село", "с. Ветрен дол", "Черни връх"). */
export const BG_SECOND_WORDS: ReadonlySet<string> = new Set(['село', 'дол', 'вода', 'връх', 'рудник', 'поле', 'извор', 'бряг', 'река', 'гора', 'ливади', 'камък', 'баня', 'кладенец', 'могила', 'чифлик', 'хан', 'мост', 'нива', 'лом', 'градец']);
/** "село Журавлевка Белгородского района": a district adjective after the name is not part of it. */
const DISTRICT_ADJ = /(?:ського|ської|ському|ского|ской|ском|ских|ських|skiego|skiej|ckiego|ckiej|ския|ската|ски)$/u;
const DISTRICT_HEAD = /^(?:район\p{L}*|district|powiat\p{L}*|окръг\p{L}*|громад\p{L}*|община|общината)$/u;
/** Prepositions of place before "X, <region>" ("in Shebekino, Belgorod region"). */
const PLACE_PREPOSITIONS = new Set(['в', 'у', 'во', 'w', 'we', 'in', 'near', 'край', 'под', 'під', 'pod']);
/** English settlement words written after the name ("on Vozdvyzhivka village", "in Hremiach village"), and the prepositions before it. */
const EN_CUES_AFTER = new Set(['village', 'town', 'settlement']);
const PLACE_PREPOSITIONS_EN = new Set(['in', 'on', 'at', 'near', 'of', 'from']);
/** Country of a guessed settlement from the document's language (unknown for English). */
const LANG_COUNTRY: Partial<Record<Lang, string>> = { uk: 'UA', ru: 'RU', pl: 'PL', bg: 'BG' };

/** Settlements introduced by a cue word and missing from the gazetteer, as written. */
function cuedSettlements(text: string, tk: Tokens, from: number, to: number, lang: Lang | null, taken: PlaceMatch[], c: Compiled): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const covered = (t: number) => taken.some((p) => tk.start[t] >= p.start && tk.start[t] < p.end);
  for (let i = from; i + 1 < to; i++) {
    const w = tk.words[i];
    let next = i + 1;
    const abbrev = SETTLEMENT_CUE_ABBREV.has(w);
    if (!abbrev && !SETTLEMENT_CUES.has(w)) continue;
    // "2023 г. Школа": a year's abbreviation, not a town's.
    if (abbrev && i > 0 && !Number.isNaN(tk.num[i - 1])) continue;
    // "імені О. М. Бекетова": a capital after another initial is an initial, not "м." (місто).
    if (abbrev && tk.upper[i] && i > 0 && tk.upper[i - 1] && tk.words[i - 1].length === 1 && text[tk.end[i - 1]] === '.') continue;
    // English cues only with "of" ("the city of Shebekino"; not "City Military Administration").
    if (w === 'village' || w === 'town' || w === 'city') {
      if (tk.words[next] !== 'of' || next + 1 >= to) continue;
      next++;
    }
    // "с. Осоївка" (the abbreviation's dot), "селі Осоївка" (a space): never across a sentence end.
    const gap = text.slice(tk.end[next - 1], tk.start[next]);
    if (!(abbrev ? /^\.[ \u00a0]?$/u.test(gap) : /^[ \u00a0]$/u.test(gap))) continue;
    if (!tk.upper[next] || covered(next)) continue;
    if (c.heads.has(tk.words[next]) || /\d/.test(tk.words[next])) continue;
    let last = next;
    // A two-word name ("Kamionka Wielka", "Нова Басань"), unless the second word starts a region ("Сумської області").
    const second = next + 1;
    // "Ветрен дол, област Пазарджик": a lower-case Bulgarian second word is the name's, whatever follows it.
    const bgNoun = lang === 'bg' && second < to && BG_SECOND_WORDS.has(tk.words[second]);
    const secondWord = second < to && (tk.upper[second] || bgNoun);
    // "Kamionka Wielka", "Bilhorod-Dnistrovskyi": a space or a hyphen joins the two words.
    const joiner = second < to ? text.slice(tk.end[next], tk.start[second]) : '';
    if (
      secondWord && (joiner === ' ' || joiner === '-') && !covered(second) &&
      (bgNoun || (!c.heads.has(tk.words[second + 1] ?? '') && !DISTRICT_ADJ.test(tk.words[second]) && !DISTRICT_HEAD.test(tk.words[second + 1] ?? '')))
    ) last = second;
    const start = tk.start[next];
    const end = tk.end[last];
    const written = text.slice(start, end);
    out.push({ kind: 'settlement', name: written, region: null, country: (lang && LANG_COUNTRY[lang]) ?? '', text: written, start, end, locative: true });
    i = last;
  }
  // "a missile strike on Vozdvyzhivka village": an English cue after the name, a preposition before it.
  for (let i = from + 2; lang === 'en' && i < to; i++) {
    if (!EN_CUES_AFTER.has(tk.words[i]) || tk.upper[i]) continue;
    const t = i - 1;
    if (!tk.upper[t] || covered(t) || out.some((p) => p.start === tk.start[t]) || !PLACE_PREPOSITIONS_EN.has(tk.words[t - 1])) continue;
    if (!/^[ \u00a0]$/u.test(text.slice(tk.end[t], tk.start[i])) || text.slice(tk.end[t - 1], tk.start[t]) !== ' ') continue;
    const written = text.slice(tk.start[t], tk.end[t]);
    out.push({ kind: 'settlement', name: written, region: null, country: '', text: written, start: tk.start[t], end: tk.end[t], locative: true });
  }
  // "in Shebekino, Belgorod region": the capitalised word before a comma and a named region.
  for (const r of taken) {
    if (r.kind !== 'region') continue;
    const t = tokenAt(tk, r.start) - 1;
    if (t < from + 1 || !tk.upper[t] || covered(t) || out.some((p) => p.start === tk.start[t])) continue;
    if (!/^,[ \u00a0]$/u.test(text.slice(tk.end[t], r.start)) || !PLACE_PREPOSITIONS.has(tk.words[t - 1])) continue;
    if (text.slice(tk.end[t - 1], tk.start[t]) !== ' ' || /\d/.test(tk.words[t])) continue;
    const written = text.slice(tk.start[t], tk.end[t]);
    out.push({ kind: 'settlement', name: written, region: r.name, country: r.country, text: written, start: tk.start[t], end: tk.end[t], locative: true });
  }
  return out;
}

/**
 * Places written in `text` (or in [start, end) of it), in order. Pass `tokens` when the caller has
 * already tokenised the text.
 */
export function findPlaces(
  text: string,
  opts: { lang: Lang | null; start?: number; end?: number; tokens?: Tokens },
): PlaceMatch[] {
  const c = compile();
  const tk = opts.tokens ?? tokenize(text);
  const from = opts.start === undefined ? 0 : tokenAt(tk, opts.start);
  const to = opts.end === undefined ? tk.n : tokenAt(tk, opts.end);
  const hits = scanPhrases(text, tk, c.words, from, to);
  const out: PlaceMatch[] = [];
  let consumedUntil = -1; // token index before which everything is already part of a match
  const isHead = (t: number) => t >= from && t < to && c.heads.has(tk.words[t]);
  const locativeAt = (t: number) => t > 0 && LOCATIVE_BEFORE.has(tk.words[t - 1]);
  // Hits at one token come grouped; prefer region readings over a settlement reading.
  for (let i = 0; i < hits.length; ) {
    const t0 = hits[i].t0;
    let j = i;
    while (j < hits.length && hits[j].t0 === t0) j++;
    const group = hits.slice(i, j);
    i = j;
    if (t0 < consumedUntil) continue;
    const adj = group.find((h) => h.cat === 'region-adj');
    const noun = group.find((h) => h.cat === 'region-noun');
    const regionForm = group.find((h) => h.cat === 'region');
    const settlement = group.find((h) => h.cat === 'settlement');
    const country = group.find((h) => h.cat === 'country');
    let m: { entry: Entry; t0: number; t1: number } | null = null;
    if (adj && (isHead(adj.t1) || isHead(adj.t0 - 1))) {
      m = isHead(adj.t1) ? { entry: adj.value, t0: adj.t0, t1: adj.t1 + 1 } : { entry: adj.value, t0: adj.t0 - 1, t1: adj.t1 };
    } else if (noun && isHead(noun.t0 - 1)) {
      m = { entry: noun.value, t0: noun.t0 - 1, t1: noun.t1 };
    } else if (regionForm && tk.upper[t0]) {
      m = { entry: regionForm.value, t0, t1: regionForm.t1 };
    } else if (settlement && tk.upper[t0]) {
      const nextUpper = settlement.t1 < tk.n && tk.upper[settlement.t1] === 1 && !isHead(settlement.t1);
      const sameLine = settlement.t1 < tk.n && !/[\n.,;:]/.test(text.slice(tk.end[settlement.t1 - 1], tk.start[settlement.t1]));
      if (!(PERSON_NAME_FORMS.has(tk.words[t0]) && nextUpper && sameLine)) m = { entry: settlement.value, t0, t1: settlement.t1 };
    } else if (country && tk.upper[t0]) {
      m = { entry: country.value, t0, t1: country.t1 };
    }
    if (!m) continue;
    consumedUntil = m.t1;
    const start = tk.start[m.t0];
    const end = tk.end[m.t1 - 1];
    out.push(toMatch(m.entry, opts.lang, text.slice(start, end), start, end, locativeAt(m.t0), c));
  }
  const cued = cuedSettlements(text, tk, from, to, opts.lang, out, c);
  if (cued.length === 0) return out;
  return [...out, ...cued].sort((a, b) => a.start - b.start);
}

function toMatch(e: Entry, lang: Lang | null, text: string, start: number, end: number, locative: boolean, c: Compiled): PlaceMatch {
  if (e.kind === 'settlement') {
    const region = c.regionById.get(e.regionId);
    const name = display(e.names, lang, e.native, text);
    const regionName = region ? display(region.names, lang, region.native) : null;
    return {
      kind: 'settlement',
      name,
      // A city with the status of a region (Київ, Москва) has no separate region to name.
      region: regionName && regionName !== name ? regionName : null,
      country: e.country,
      text,
      start,
      end,
      locative,
    };
  }
  if (e.kind === 'region') {
    return { kind: 'region', name: display(e.names, lang, e.native), region: null, country: e.country, text, start, end, locative };
  }
  return { kind: 'country', name: display(e.names, lang, e.native), region: null, country: e.code, text, start, end, locative };
}

/** The settlement or region a single name denotes ("Rzeszowie" → Rzeszów), or null. */
export function lookupPlace(name: string, lang: Lang | null = null): PlaceMatch | null {
  const found = findPlaces(name, { lang });
  return found.length > 0 ? found[0] : null;
}

/** Shortest stem a settlement is looked up by ("Горлов" → Горловка). */
const MIN_STEM = 4;
let STEM_ENTRIES: { forms: string[]; entry: Settlement }[] | null = null;

/**
 * The one settlement of the gazetteer one of whose forms starts with `stem` ("горлов" → Горловка,
 * "костянтинів" → Костянтинівка), in `lang`'s spelling; null when none or several.
 */
export function settlementByStem(stem: string, lang: Lang | null): string | null {
  if (stem.length < MIN_STEM) return null;
  const c = compile();
  if (!STEM_ENTRIES) {
    STEM_ENTRIES = [];
    for (const file of GAZETTEERS) {
      const g = loadDataJson<GazetteerFile>(file);
      for (const p of g.places) {
        const entry: Settlement = { kind: 'settlement', country: g.country.code, names: p.name, native: g.native, regionId: p.region };
        STEM_ENTRIES.push({ forms: [...new Set([...Object.values(p.name), ...p.forms])].filter((f): f is string => !!f).map((f) => f.toLowerCase()), entry });
      }
    }
  }
  const low = stem.toLowerCase();
  let found: Settlement | null = null;
  for (const e of STEM_ENTRIES) {
    if (!e.forms.some((f) => f.startsWith(low))) continue;
    if (found && found.names !== e.entry.names) return null;
    found = e.entry;
  }
  void c;
  return found ? display(found.names, lang, found.native) : null;
}
