/**
 * Settlements of the whole gazetteer (data/gazetteer/places.json: 11,655 rows from GeoNames
 * cities500 and ISO 3166-2, written by `npm run build:places`) in the forms a text writes them:
 * each name a source gives (transliterations the build made, the row's `derived` languages, are
 * left out) and, for Ukrainian, Russian and Polish names, the genitive, dative, locative and
 * instrumental its ending gives by the tables below ("Кочубеївка" → "Кочубеївці", "Біла Церква"
 * → "Білій Церкві", "Васильевка" → "Васильевке", "Zbydniów" → "Zbydniowie", "Poręba Wielka" →
 * "Porębie Wielkiej"). Bulgarian and English names are not declined.
 *
 * The tables are rules, not a list of places: an ending that does not decline reliably (Polish
 * "Jasło" → "Jaśle", with its consonant change) has no row, and the curated forms of the hand
 * tables (data/places/*.json, matched first by places.ts) cover those places.
 *
 * Read lazily: nothing is loaded until the first text is scanned, and the index is compiled once.
 * How a match may count (a locative cue, a region named with it, not a person's or an
 * institution's name) is decided by places.ts.
 */
import type { Lang } from '../types.js';
import { loadDataJson } from './_data.js';
import { normalizeWord } from './_tokens.js';

type Names = Partial<Record<Lang, string>>;
type Row = [string, string, string, string | null, string | null, number, number, string | null, string | null, number, Names, string[], Lang[]];
interface GazetteerFile {
  columns: string[];
  rows: Row[];
}

export interface GazetteerSettlement {
  id: string;
  country: string;
  /** ISO 3166-2 code of its region ("UA-53"), null when GeoNames gives none. */
  region: string | null;
  population: number;
  /** Names from a source only (no transliteration the build made). */
  names: Names;
  native: Lang;
}

/** The four oblique cases a rule gives, in this order; null where the rule gives no form. */
type Cases = [gen: string | null, dat: string | null, loc: string | null, ins: string | null];
/** An ending and what replaces it in each case ("|" separates alternatives). The first row whose ending fits wins. */
type Rule = readonly [ending: string, cases: Cases];

/**
 * Ukrainian nouns: -ка/-га/-ха change the consonant before -і (Кочубеївка → Кочубеївці), -ів and
 * -піль alternate the vowel (Харків → Харкова, Бориспіль → Борисполі), plurals (Суслівці,
 * Печеніги) take -ах/-ях.
 */
const UK_NOUN: readonly Rule[] = [
  ['ка', ['ки', 'ці', 'ці', 'кою']],
  ['га', ['ги', 'зі', 'зі', 'гою']],
  ['ха', ['хи', 'сі', 'сі', 'хою']],
  ['ія', ['ії', 'ії', 'ії', 'ією']],
  ['ча', ['чі', 'чі', 'чі', 'чею']],
  ['ша', ['ші', 'ші', 'ші', 'шею']],
  ['жа', ['жі', 'жі', 'жі', 'жею']],
  ['я', ['і', 'і', 'і', 'ею']],
  ['а', ['и', 'і', 'і', 'ою']],
  ['ці', ['ців', 'цям', 'цях', 'цями']],
  ['и', ['', 'ам', 'ах', 'ами']],
  ['і', [null, 'ям', 'ях', 'ями']],
  ['чів', ['чева', 'чеву', 'чеві', 'чевом']],
  ['ів', ['ова', 'ову', 'ові', 'овом']],
  ['піль', ['поля', 'полю', 'полі', 'полем']],
  ['інь', ['еня', 'еню', 'ені', 'енем']],
  ['ець', ['ця', 'цю', 'ці', 'цем']],
  ['ь', ['я', 'ю', 'і', 'ем']],
  ['й', ['я', 'ю', 'ї', 'єм']],
  ['о', ['а', 'у', 'і', 'ом']],
  ['е', ['ого', 'ому', 'ому', 'им']],
  ['ськ', ['ська', 'ську', 'ську', 'ськом']],
  ['цьк', ['цька', 'цьку', 'цьку', 'цьком']],
  ['к', ['ка', 'ку', 'ку|ці', 'ком']],
  ['', ['а|у', 'у|ові', 'і|у', 'ом']],
];
/** Ukrainian adjectives ("Біла Церква", "Кривий Ріг", "Старе Село", "Великі Сорочинці", single "Таврійське"). */
const UK_ADJ: readonly Rule[] = [
  ['ий', ['ого', 'ому', 'ому|ім', 'им']],
  ['ій', ['ього', 'ьому', 'ьому', 'ім']],
  ['а', ['ої', 'ій', 'ій', 'ою']],
  ['я', ['ьої', 'ій', 'ій', 'ьою']],
  ['е', ['ого', 'ому', 'ому', 'им']],
  ['і', ['их', 'им', 'их', 'ими']],
];
/** Russian nouns: -ово/-ино keep their nominative too ("в Николо-Погорелово"), added by the caller. */
const RU_NOUN: readonly Rule[] = [
  ['ка', ['ки', 'ке', 'ке', 'кой']],
  ['га', ['ги', 'ге', 'ге', 'гой']],
  ['ха', ['хи', 'хе', 'хе', 'хой']],
  ['жа', ['жи', 'же', 'же', 'жей']],
  ['ша', ['ши', 'ше', 'ше', 'шей']],
  ['ча', ['чи', 'че', 'че', 'чей']],
  ['ща', ['щи', 'ще', 'ще', 'щей']],
  ['ия', ['ии', 'ии', 'ии', 'ией']],
  ['я', ['и', 'е', 'е', 'ей']],
  ['а', ['ы', 'е', 'е', 'ой']],
  ['цы', [null, 'цам', 'цах', 'цами']],
  ['ы', [null, 'ам', 'ах', 'ами']],
  ['и', [null, 'ам', 'ах', 'ами']],
  ['о', ['а', 'у', 'е', 'ом']],
  ['ец', ['ца', 'цу', 'це', 'цем']],
  ['ь', ['я|и', 'ю|и', 'е|и', 'ем|ью']],
  ['й', ['я', 'ю', 'е', 'ем']],
  ['', ['а', 'у', 'е', 'ом']],
];
/** Russian adjectives ("Красная Пойма", "Шебеньгский Погост", single "Покровское", "Заволжский"). */
const RU_ADJ: readonly Rule[] = [
  ['кий', ['кого', 'кому', 'ком', 'ким']],
  ['ий', ['его', 'ему', 'ем', 'им']],
  ['ый', ['ого', 'ому', 'ом', 'ым']],
  ['ой', ['ого', 'ому', 'ом', 'ым']],
  ['ая', ['ой', 'ой', 'ой', 'ой']],
  ['яя', ['ей', 'ей', 'ей', 'ей']],
  ['ое', ['ого', 'ому', 'ом', 'ым']],
  ['ее', ['его', 'ему', 'ем', 'им']],
  ['ые', ['ых', 'ым', 'ых', 'ыми']],
  ['ие', ['их', 'им', 'их', 'ими']],
];
/**
 * Polish nouns, the endings whose cases are regular: -owo/-ów → -owie, -ice → -icach, -ka → -ce,
 * -ba/-wa/-na... → -bie/-wie/-nie, -ta/-da/-ra/-ła → -cie/-dzie/-rze/-le, -ń → -niu, -ec → -cu.
 * "-sło"/"-zło" (Jasło → Jaśle) and most consonant endings (Radom → Radomiu) are left to the hand tables.
 */
const PL_NOUN: readonly Rule[] = [
  ['owo', ['owa', 'owu', 'owie', 'owem']],
  ['ewo', ['ewa', 'ewu', 'ewie', 'ewem']],
  ['ów', ['owa', 'owowi', 'owie', 'owem']],
  ['ice', ['ic', 'icom', 'icach', 'icami']],
  ['yce', ['yc', 'ycom', 'ycach', 'ycami']],
  ['cha', ['chy', 'sze', 'sze', 'chą']],
  ['ka', ['ki', 'ce', 'ce', 'ką']],
  ['ga', ['gi', 'dze', 'dze', 'gą']],
  ['nia', ['ni', 'ni', 'ni', 'nią']],
  ['ja', ['ji', 'ji', 'ji', 'ją']],
  ['ia', ['ii', 'ii', 'ii', 'ią']],
  ['ta', ['ty', 'cie', 'cie', 'tą']],
  ['da', ['dy', 'dzie', 'dzie', 'dą']],
  ['ra', ['ry', 'rze', 'rze', 'rą']],
  ['ła', ['ły', 'le', 'le', 'łą']],
  ['ba', ['by', 'bie', 'bie', 'bą']],
  ['pa', ['py', 'pie', 'pie', 'pą']],
  ['wa', ['wy', 'wie', 'wie', 'wą']],
  ['ma', ['my', 'mie', 'mie', 'mą']],
  ['na', ['ny', 'nie', 'nie', 'ną']],
  ['sa', ['sy', 'sie', 'sie', 'są']],
  ['za', ['zy', 'zie', 'zie', 'zą']],
  ['sło', [null, null, null, null]],
  ['zło', [null, null, null, null]],
  ['sko', ['ska', 'sku', 'sku', 'skiem']],
  ['cko', ['cka', 'cku', 'cku', 'ckiem']],
  ['no', ['na', 'nu', 'nie', 'nem']],
  ['wo', ['wa', 'wu', 'wie', 'wem']],
  ['to', ['ta', 'tu', 'cie', 'tem']],
  ['ło', ['ła', 'łu', 'le', 'łem']],
  ['iec', ['ca', 'cowi', 'cu', 'cem']],
  ['ec', ['ca', 'cowi', 'cu', 'cem']],
  ['sk', ['ska', 'skowi', 'sku', 'skiem']],
  ['in', ['ina', 'inowi', 'inie', 'inem']],
  ['yn', ['yna', 'ynowi', 'ynie', 'ynem']],
  ['ń', ['nia', 'niowi', 'niu', 'niem']],
];
/** Polish adjectives ("Zabierzów Bocheński", "Poręba Wielka", "Nowe Miasto"). */
const PL_ADJ: readonly Rule[] = [
  ['ki', ['kiego', 'kiemu', 'kim', 'kim']],
  ['gi', ['giego', 'giemu', 'gim', 'gim']],
  ['y', ['ego', 'emu', 'ym', 'ym']],
  ['i', ['iego', 'iemu', 'im', 'im']],
  ['ka', ['kiej', 'kiej', 'kiej', 'ką']],
  ['ga', ['giej', 'giej', 'giej', 'gą']],
  ['a', ['ej', 'ej', 'ej', 'ą']],
  ['kie', ['kiego', 'kiemu', 'kim', 'kim']],
  ['e', ['ego', 'emu', 'ym', 'ym']],
];

interface LangRules {
  noun: readonly Rule[];
  adj: readonly Rule[];
  /** Is this word of a name an adjective? (`single`: the name's only word.) */
  isAdj(word: string, index: number, count: number): boolean;
}

const UK_ADJ_END = /(?:ий|ій|а|я|е|і)$/u;
const RU_ADJ_END = /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие)$/u;
/** Polish adjectives after the noun ("Wielka", "Bocheński", "Górne") and the few that open a name ("Nowy Sącz"). */
const PL_ADJ_AFTER = /(?:(?:sk|ck|dzk)(?:i|a|ie)|(?:ielk|ał|ow|órn|oln|tar|iał|zarn|ysok|rug|ierwsz|eln|any|yln)(?:i|y|a|e))$/u;
const PL_ADJ_FIRST = /^(?:now|star|wielk|mał|górn|doln|biał|czarn|zielon|wysok)(?:y|i|a|e)$/u;

export const INFLECTION_RULES: Readonly<Record<'uk' | 'ru' | 'pl', LangRules>> = {
  uk: {
    noun: UK_NOUN,
    adj: UK_ADJ,
    // "Таврійське", "Рівне" (single, neuter adjective); the first word of "Біла Церква"; "Кам'янка-Бузька"'s second.
    isAdj: (w, i, n) => (n === 1 ? /(?:е|ий)$/u.test(w) : (i === 0 && UK_ADJ_END.test(w)) || /(?:ськ|цьк|зьк)(?:ий|а|е|і)$/u.test(w)),
  },
  ru: {
    noun: RU_NOUN,
    adj: RU_ADJ,
    isAdj: (w, i, n) => (n === 1 ? RU_ADJ_END.test(w) : (i === 0 && RU_ADJ_END.test(w)) || /(?:ск|цк)(?:ий|ая|ое|ие)$/u.test(w)),
  },
  pl: {
    noun: PL_NOUN,
    adj: PL_ADJ,
    isAdj: (w, i, n) => n > 1 && (i === 0 ? PL_ADJ_FIRST.test(w) : PL_ADJ_AFTER.test(w)),
  },
};

/** The oblique forms of one word by `rules` (null entries where the rule gives none). */
function wordCases(word: string, rules: readonly Rule[]): (string[] | null)[] | null {
  for (const [ending, cases] of rules) {
    if (!word.endsWith(ending)) continue;
    // The default row ("") is for consonant endings only.
    if (ending === '' && /[аеєиіїоуюяыэёьйaeiouyąęó]$/u.test(word)) return null;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < 2) return null;
    return cases.map((c) => (c === null ? null : c.split('|').map((e) => stem + e)));
  }
  return null;
}

/**
 * Every form of a name in `lang`: the name itself and its oblique cases. In a name of several
 * words all words take the same case ("Біла Церква" → "Білій Церкві"); in a hyphenated word only
 * the last part declines ("Николо-Погорелово" → "Николо-Погорелове").
 */
export function inflectName(name: string, lang: Lang): string[] {
  const out = new Set<string>([name]);
  const rules = lang === 'uk' || lang === 'ru' || lang === 'pl' ? INFLECTION_RULES[lang] : null;
  if (!rules) return [...out];
  const words = name.split(' ');
  if (words.length > 3) return [...out];
  const perWord: (string[] | null)[][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const dash = w.lastIndexOf('-');
    const head = dash > 0 ? w.slice(0, dash + 1) : '';
    const last = dash > 0 ? w.slice(dash + 1) : w;
    const low = last.toLowerCase();
    const adj = rules.isAdj(low, i, words.length);
    const cases = wordCases(low, adj ? rules.adj : rules.noun);
    // An indeclinable word (no row) keeps its form in every case.
    const keep = (f: string) => head + last.slice(0, 1) + f.slice(1);
    perWord.push(cases ? cases.map((alts) => (alts ? alts.map(keep) : null)) : [[w], [w], [w], [w]]);
  }
  for (let c = 0; c < 4; c++) {
    let acc: string[] = [''];
    for (const pw of perWord) {
      const alts = pw[c];
      if (!alts) {
        acc = [];
        break;
      }
      acc = acc.flatMap((a) => alts.map((f) => (a ? `${a} ${f}` : f)));
    }
    for (const f of acc) out.add(f);
  }
  return [...out];
}

/**
 * Ukraine's national romanisation (Cabinet of Ministers resolution 55 of 2010), the spelling English
 * news gives Ukrainian villages ("Михайлівка" → "Mykhailivka", where GeoNames' English name is
 * "Mykhaylivka"): a form for English texts, generated from the Ukrainian name. Word-initial letters
 * of the second table.
 */
const UK_ROMAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu',
  я: 'ia', "'": '', '’': '', 'ʼ': '',
};
const UK_ROMAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** The national romanisation of a Ukrainian name ("Біла Церква" → "Bila Tserkva"); null when it has other letters. */
export function romanizeUk(name: string): string | null {
  let out = '';
  let initial = true;
  const low = name.toLowerCase();
  for (let i = 0; i < low.length; i++) {
    const ch = low[i];
    if (ch === ' ' || ch === '-') {
      out += ch;
      initial = true;
      continue;
    }
    // "зг" is written "zgh" so that it is not read as "ж".
    const r = ch === 'г' && low[i - 1] === 'з' ? 'gh' : initial ? (UK_ROMAN_INITIAL[ch] ?? UK_ROMAN[ch]) : UK_ROMAN[ch];
    if (r === undefined) return null;
    const cap = name[i] !== low[i];
    out += cap && r ? r[0].toUpperCase() + r.slice(1) : r;
    initial = false;
  }
  return out;
}

/** The form key of a name as tokens give it: normalised words joined by one space ("Николо-Погорелово" → "николо погорелово"). */
export function formKey(form: string): string {
  return form
    .split(/[\s\-–]+/u)
    .filter(Boolean)
    .map(normalizeWord)
    .join(' ');
}

export interface GazetteerIndex {
  /** Nominative key → the settlements so named in any language (several villages share a name). */
  forms: Map<string, GazetteerSettlement[]>;
  /** Oblique forms, per language: a Russian "Черни" (of Чернь) is not read in a Bulgarian text. */
  oblique: Partial<Record<Lang, Map<string, GazetteerSettlement[]>>>;
  /** Regions by ISO 3166-2 code: their names, for regions the hand tables do not list. */
  regions: Map<string, { names: Names; native: Lang }>;
  /** Every form's first words ("николо", "николо погорелово"): a word no form starts with is passed over. */
  prefixes: Set<string>;
  /** Most words in a form. */
  maxWords: number;
}

/** The settlements a form key names in a text of `lang` (nominatives of any language, oblique forms of `lang`'s). */
export function lookupForm(g: GazetteerIndex, key: string, lang: Lang | null): GazetteerSettlement[] | undefined {
  const nom = g.forms.get(key);
  const obl = lang ? g.oblique[lang]?.get(key) : undefined;
  if (!obl) return nom;
  if (!nom) return obl;
  return [...new Set([...nom, ...obl])];
}

const NATIVE: Record<string, Lang> = { UA: 'uk', RU: 'ru', PL: 'pl', BG: 'bg' };
/** Shortest name indexed (GeoNames lists codes and fragments among its names). */
const MIN_NAME = 3;
let index: GazetteerIndex | null = null;

/** Has the index been built (the gazetteer read)? For tests of its laziness. */
export function gazetteerLoaded(): boolean {
  return index !== null;
}

/** The compiled index (built on first use from data/gazetteer/places.json). */
export function gazetteerIndex(): GazetteerIndex {
  if (index) return index;
  const g = loadDataJson<GazetteerFile>('gazetteer/places.json');
  const forms = new Map<string, GazetteerSettlement[]>();
  const oblique: Partial<Record<Lang, Map<string, GazetteerSettlement[]>>> = {};
  // Many villages share a name (Михайлівка, Wola): each name's keys are worked out once.
  const keysOf = new Map<string, string[]>();
  let maxWords = 1;
  const regions = new Map<string, { names: Names; native: Lang }>();
  const prefixes = new Set<string>();
  for (const r of g.rows) {
    if (r[1] === 'region') regions.set(r[0], { names: r[10], native: NATIVE[r[2]] ?? 'en' });
    if (r[1] !== 'settlement') continue;
    const derived = new Set(r[12]);
    const names: Names = {};
    for (const [l, n] of Object.entries(r[10]) as [Lang, string][]) if (n && !derived.has(l) && n.length >= MIN_NAME) names[l] = n;
    const s: GazetteerSettlement = { id: r[0], country: r[2], region: r[7], population: r[9], names, native: NATIVE[r[2]] ?? 'en' };
    const seen = new Set<string>();
    const romanized = names.uk && r[2] === 'UA' ? romanizeUk(names.uk) : null;
    const sources = Object.entries(names) as [Lang, string][];
    if (romanized && romanized !== names.en) sources.push(['en', romanized]);
    for (const [l, n] of sources) {
      const memo = `${l}\u0000${n}`;
      let keys = keysOf.get(memo);
      if (!keys) {
        keys = inflectName(n, l).map(formKey);
        keysOf.set(memo, keys);
      }
      for (let ki = 0; ki < keys.length; ki++) {
        const k = keys[ki];
        const tag = ki === 0 ? '' : l;
        if (!k || seen.has(tag + k)) continue;
        seen.add(tag + k);
        const map = ki === 0 ? forms : (oblique[l] ??= new Map());
        const list = map.get(k);
        if (list) list.push(s);
        else map.set(k, [s]);
        const ws = k.split(' ');
        if (ws.length > maxWords) maxWords = ws.length;
        for (let w = 1; w <= ws.length; w++) prefixes.add(ws.slice(0, w).join(' '));
      }
    }
  }
  index = { forms, oblique, regions, prefixes, maxWords: Math.min(maxWords, 4) };
  return index;
}
