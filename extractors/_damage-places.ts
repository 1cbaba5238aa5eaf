/**
 * Settlements of a damage event that the gazetteer does not know, as the text writes them: the
 * place right after the damaged institution ("pożar szkoły w Szkotowie", "школа в Маяках", "San Jose
 * Elementary School in Makati"), the place ending the institution's name ("Zespół Szkół ... we
 * Wleniu"), an English possessive before it ("Middleburg's Wilkinson Elementary School"), and a
 * dateline that opens the text ("CEBU CITY, Philippines –", "Харків. У ніч на ..."). The written
 * form is kept (a locative "Szkotowie" is not turned into a guessed nominative).
 */
import type { Lang } from '../types.js';
import type { EventScan } from './_event-scan.js';
import { tokenAt } from './_tokens.js';
import { lookupPlace, settlementByStem } from './places.js';

/** Prepositions that put a place after an institution ("szkoła w X", "школа в X", "school in X"). */
const LOCATIVE_AFTER: Record<Lang, RegExp> = {
  uk: /^[ \u00a0]*(?:[вВ]|[уУ])[ \u00a0]+(?:самому[ \u00a0]+|самій[ \u00a0]+|місті[ \u00a0]+|селі[ \u00a0]+|селищі[ \u00a0]+|\p{Ll}+(?:ському|цькому)[ \u00a0]+)?/u,
  ru: /^[ \u00a0]*(?:[вВ]|[вВ]о)[ \u00a0]+(?:самом[ \u00a0]+|самой[ \u00a0]+|городе[ \u00a0]+|селе[ \u00a0]+|посёлке[ \u00a0]+|поселке[ \u00a0]+|деревне[ \u00a0]+|\p{Ll}+(?:ском|цком)[ \u00a0]+)?/u,
  pl: /^[ \u00a0]*(?:[wW]|[wW]e)[ \u00a0]+(?:samej[ \u00a0]+|samym[ \u00a0]+|mieście[ \u00a0]+|miejscowości[ \u00a0]+|wsi[ \u00a0]+|\p{Ll}+(?:skim|ckim)[ \u00a0]+)?/u,
  bg: /^[ \u00a0]*(?:[вВ]|[вВ]ъв)[ \u00a0]+(?:самия[ \u00a0]+|самото[ \u00a0]+|самата[ \u00a0]+|град[ \u00a0]+|село[ \u00a0]+)?/u,
  en: /^,?[ \u00a0]*(?:[iI]n)[ \u00a0]+(?:the[ \u00a0]+(?:city|town|village)[ \u00a0]+of[ \u00a0]+)?/u,
};
/** The same prepositions as words (a cheap test before reading the text after one). */
const LOCATIVE_WORDS: Record<Lang, ReadonlySet<string>> = {
  uk: new Set(['в', 'у']), ru: new Set(['в', 'во']), pl: new Set(['w', 'we']), bg: new Set(['в', 'във']), en: new Set(['in']),
};
/** A place name of one or two capitalised words, in the script of the language; "nad Odrą", "St. Cloud". */
const CYR_NAME = /^(\p{Lu}[а-яіїєґёъыэ'’ʼ-]{1,30}(?:[ -]\p{Lu}[а-яіїєґёъыэ'’ʼ-]{1,30})?)(?![\p{L}\d])/u;
const LAT_NAME = /^((?:(?:St|Sta|Ste|Ft|Mt)\.[ \u00a0])?\p{Lu}[a-ząćęłńóśźżéè'’-]{1,30}(?:[ -](?:nad|pod)[ -]\p{Lu}[\p{L}-]{1,30}|[ -]\p{Lu}[a-ząćęłńóśźżéè'’-]{1,30})?)(?![\p{L}\d])/u;
/** Bulgarian names whose second word is a lower-case noun ("Ново село", "Ветрен дол", "Черни връх", "Меден рудник"). */
const BG_NAME = /^(\p{Lu}[а-яъь-]{1,30}(?:[ -](?:\p{Lu}[а-яъь-]{1,30}|село|дол|вода|връх|рудник|поле|извор|бряг|река|гора|ливади|камък|баня|кладенец|могила|чифлик|хан|мост|нива|лом|градец))?)(?![\p{L}\d])/u;
const NAME_RE: Record<Lang, RegExp> = { uk: CYR_NAME, ru: CYR_NAME, bg: BG_NAME, pl: LAT_NAME, en: LAT_NAME };
/** Words after a guessed name that make it a district, region or street, not a settlement. */
const NOT_SETTLEMENT_AFTER = /^[ \u00a0]+(?:район\p{L}*|district|powiat\p{L}*|gmin\p{L}*|област\p{L}*|oblast|region|province|county|województw\p{L}*|громад\p{L}*|округ\p{L}*|окръг\p{L}*|община|вулиц\p{L}*|улиц\p{L}*|ulic\p{L}*|street|avenue|road|village|town)(?![\p{L}])/iu;
/** The genitive or locative of a region's adjective ("Донецької", "Запорожской", "Sumskiej"). */
const REGION_ADJECTIVE = /^\p{Lu}\p{L}+(?:ької|ської|цької|зької|ькій|ській|ской|цкой|зской|ском|skiej|ckiej|skim)$/u;
/** Capitalised words after "in"/"w" that are not places: months (in every language's locative), days, languages, media, times of day. */
const NOT_PLACE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|telegram|facebook|instagram|youtube|twitter|viber|the|a|an|his|her|its|their|our|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю|понедельник|вторник|среду|пятницу|субботу|воскресенье|телеграм\p{L}*|фейсбук\p{L}*|україні|украине|украйна|ukrainie|ukraine|росії|россии|polsce|poland|польщі|польше|styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември)$/iu;
/** A dateline opening the text: "CEBU CITY, Philippines –", "LAOAG CITY —", "SPAVINAW, Oklahoma --". */
const DATELINE_RE = /^\s*(\p{Lu}[\p{Lu} .'’-]{2,30}?)(?:,[ \u00a0][\p{L} .]{2,30})?[ \u00a0]*(?:—|–|--|-)[ \u00a0]/u;
/** Longest text before a mention read for an English possessive ("Middleburg's "). */
const POSSESSIVE_BEFORE = /(?:^|[\s(])((?:St\.[ \u00a0])?\p{Lu}[\p{L}-]{2,30}(?:[ \u00a0]\p{Lu}[\p{L}-]{2,30})?)['’]s[ \u00a0]+$/u;

/** A quoted name right after a kind noun. */
const QUOTED_NAME = /^[ \u00a0]*[„"«“][^„"«»“”\n]{1,60}["»“”]/u;

interface Span {
  start: number;
  end: number;
}

/** How far around a position places and mentions are looked up (bounded, by binary search). */
const AROUND = 120;
/** Targets and institution mentions read per event for a written settlement. */
const MAX_TARGETS = 24;

function covered(scan: EventScan, at: number, kinds: ReadonlySet<string>): boolean {
  return scan.placesIn({ start: Math.max(0, at - AROUND), end: at + AROUND }).some((p) => p.start <= at && p.end > at && kinds.has(p.kind));
}
const NON_SETTLEMENT = new Set(['region', 'country']);

/** The place written right after `at` ("w Szkotowie"), or null. */
function placeAfter(scan: EventScan, at: number, lang: Lang): string | null {
  // "Професионалната гимназия „Владимир Заимов” в Сопот": past the quoted name the tagger left out.
  const quoted = QUOTED_NAME.exec(scan.text.slice(at, at + 80));
  if (quoted) at += quoted[0].length;
  const rest = scan.text.slice(at, at + 80);
  const prep = LOCATIVE_AFTER[lang].exec(rest);
  if (!prep) return null;
  const nameAt = at + prep[0].length;
  const m = NAME_RE[lang].exec(scan.text.slice(nameAt, nameAt + 70));
  if (!m) return null;
  let name = m[1];
  // "в Миколаївці Донецької області", "w Kuźni Raciborskiej": a region's adjective after the place is the region's.
  const sp = name.search(/[ \u00a0]/u);
  if (sp > 0 && REGION_ADJECTIVE.test(name.slice(sp + 1)) && NOT_SETTLEMENT_AFTER.test(scan.text.slice(nameAt + name.length, nameAt + name.length + 30))) name = name.slice(0, sp);
  if (/['’]s$/u.test(name)) return null; // "in Ukraine's east": a possessive, not a settlement
  const first = name.split(/[ -]/u)[0];
  if (NOT_PLACE.test(first) || NOT_PLACE.test(name)) return null;
  if (covered(scan, nameAt, NON_SETTLEMENT)) return null;
  if (scan.mentionsIn({ start: Math.max(0, nameAt - AROUND), end: nameAt + AROUND }).some((x) => x.start <= nameAt && x.end > nameAt)) return null; // "у Харківському ліцеї"
  const after = scan.text.slice(nameAt + name.length, nameAt + name.length + 30);
  if (NOT_SETTLEMENT_AFTER.test(after)) return null;
  // "in Kholodnohirskyi District": the head written with a capital is still a district's.
  if (NOT_SETTLEMENT_AFTER.test(name.slice(name.search(/[ \u00a0-]\S+$/u) >>> 0))) return null;
  // An abbreviation ("Brgy. Sapangdaku"): not a name.
  if (/^\.[ \u00a0]\p{Lu}/u.test(after) && /(?:^|[ -])\p{L}{1,4}$/u.test(name)) return null;
  return name;
}

/** A known settlement of the gazetteer starting at `at`: the gazetteer's name then wins. */
function knownAt(scan: EventScan, at: number): boolean {
  const quoted = QUOTED_NAME.exec(scan.text.slice(at, at + 80));
  if (quoted) at += quoted[0].length;
  return scan.placesIn({ start: at, end: at + AROUND }).some((p) => p.kind === 'settlement' && p.start <= at + 6);
}

/**
 * The settlement written with the damaged institution: after one of the targets or institution
 * mentions, at the end of the institution's name, or in an English possessive before it.
 */
export function writtenSettlement(scan: EventScan, targets: Span[], names: string[]): string | null {
  const lang = scan.ctx.lang;
  if (!lang) return null;
  for (const t of targets.slice(0, MAX_TARGETS)) {
    const p = placeAfter(scan, t.end, lang);
    if (p && !knownAt(scan, t.end)) return p;
    if (lang === 'en') {
      const pos = POSSESSIVE_BEFORE.exec(scan.text.slice(Math.max(0, t.start - 40), t.start));
      if (pos && !covered(scan, t.start - pos[0].length, NON_SETTLEMENT) && !NOT_PLACE.test(pos[1])) return pos[1];
    }
  }
  for (const n of names.slice(0, MAX_TARGETS)) {
    const m = /[ \u00a0](?:w|we|в|у|во|във|in)[ \u00a0](\p{Lu}[\p{L}'’ -]{1,40})$/u.exec(n);
    if (m && NAME_RE[lang].exec(m[1])?.[1] === m[1] && !NOT_PLACE.test(m[1])) return m[1];
    const pos = lang === 'en' ? /^((?:St\.[ \u00a0])?\p{Lu}[\p{L}-]{2,30})['’]s[ \u00a0]/u.exec(n) : null;
    if (pos) return pos[1];
  }
  return null;
}

/** Lines read from the top of the text for a dateline (a headline and a byline may come first). */
const DATELINE_LINES = 5;
/** Words of a span read for a place after a locative preposition. */
const MAX_LOCATIVE_TOKENS = 400;

/** "CEBU CITY, Philippines – ..." → "Cebu City": the dateline's settlement, in title case, on one of the first lines. */
export function datelinePlace(scan: EventScan): string | null {
  let at = 0;
  for (let line = 0; line < DATELINE_LINES && at < scan.text.length; line++) {
    const m = DATELINE_RE.exec(scan.text.slice(at, at + 80));
    if (m) {
      const raw = m[1].trim();
      if (raw.length >= 3 && !/\d/.test(raw)) return raw.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_x, a: string, b: string) => a + b.toUpperCase());
    }
    const nl = scan.text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return null;
}

/**
 * The first place written after a locative preposition in `span` that the gazetteer does not know
 * ("... reported in Kimberly", "w Jarosławcu"): a settlement of the story when nothing better is named.
 */
export function locativePlace(scan: EventScan, span: Span): string | null {
  const lang = scan.ctx.lang;
  if (!lang) return null;
  const tk = scan.tokens;
  const [t0, t1] = scan.tokenRange(span);
  for (let i = t0; i < Math.min(t1, t0 + MAX_LOCATIVE_TOKENS); i++) {
    // A capital only where a sentence opens ("W wielkopolskim Żelazkowie wichura ...").
    if (!LOCATIVE_WORDS[lang].has(tk.words[i]) || (tk.upper[i] && !/(?:^|[.!?]\s+|\n\s*)$/u.test(scan.text.slice(Math.max(0, tk.start[i] - 3), tk.start[i])))) continue;
    const p = placeAfter(scan, tk.start[i], lang);
    if (p && !knownAt(scan, tk.start[i])) return p;
  }
  // A name after the word for a settlement, whatever the preposition ("удар ... по поселку Максима Горького",
  // "обстріляли село Воздвижівка", "pożar we wsi Zawada"): the settlement as the text writes it.
  const type = SETTLEMENT_NOUN[lang];
  for (let i = t0; type && i + 1 < Math.min(t1, t0 + MAX_LOCATIVE_TOKENS); i++) {
    if (!type.test(tk.words[i]) || !tk.upper[i + 1] || tk.upper[i]) continue;
    const at = tk.start[i + 1];
    const m = NAME_RE[lang].exec(scan.text.slice(at, at + 70));
    if (!m || NOT_PLACE.test(m[1].split(/[ -]/u)[0]) || covered(scan, at, NON_SETTLEMENT)) continue;
    if (NOT_SETTLEMENT_AFTER.test(scan.text.slice(at + m[1].length, at + m[1].length + 30))) continue;
    if (scan.mentionsIn({ start: Math.max(0, at - AROUND), end: at + AROUND }).some((x) => x.start <= at && x.end > at)) continue;
    return m[1];
  }
  return null;
}

/** Words for a settlement a name follows ("поселок", "селу", "селище", "wsi", "село", "village of" is English's own). */
const SETTLEMENT_NOUN: Record<Lang, RegExp | null> = {
  ru: /^(?:пос[её]л(?:ок|ка|ку|ке|ком)|сел(?:о|а|у|е|ом)|деревн(?:я|и|е|ю|ей)|город(?:а|у|е|ом)?|хутор(?:а|у|е)?|станиц(?:а|ы|е|у))$/u,
  uk: /^(?:сел(?:о|а|у|і|ом)|селищ(?:е|а|у|і|ем)|міст(?:о|а|у|і|ом)|хутор(?:а|у|і)?)$/u,
  pl: /^(?:wieś|wsi|wsią|miejscowość|miejscowości|miasto|miasta|mieście|osada|osady|osadzie)$/u,
  bg: /^(?:село|селото|град|града|градът)$/u,
  en: null,
};

/** Two written forms of one place ("Печеніги" / "Печенігах", "Szkotowo" / "Szkotowie"): a common stem. */
export function samePlace(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i >= Math.max(3, Math.min(x.length, y.length) - 3);
}

/** Place adjectives that open an institution's name ("Комишуваська гімназія", "горловская школа", "Warszawskie Liceum"): the ending after the stem. */
const PLACE_ADJECTIVE: Record<Lang, RegExp | null> = {
  uk: /^(\p{L}{4,}?)(?:ськ|цьк|зьк)(?:а|ий|ої|ому|ій|ого|у|ою|им|і|их|е)$/u,
  ru: /^(\p{L}{4,}?)(?:ск|цк)(?:ая|ий|ой|ого|ому|ом|ую|ие|их|им|ое)$/u,
  pl: /^(\p{L}{4,}?)(?:sk|ck)(?:a|i|iej|iego|iemu|im|ą|ie|ich)$/u,
  bg: /^(\p{L}{4,}?)(?:ск|шк|цк)(?:а|и|о|ата|ия|ият|ото|ите)$/u,
  en: null,
};
/** Words of a name that say what it is, not where: an English name's place stops before them. */
const EN_NAME_HEAD = /^(?:national|state|central|high|middle|elementary|primary|secondary|senior|junior|intermediate|community|public|catholic|christian|international|school|college|university|academy|institute|kindergarten|the|st)$/iu;
/** Words of the text read for another form of a name's place. */
const MAX_PLACE_TOKENS = 3000;

/**
 * The settlement an institution's name opens with: a place adjective ("Комишуваська гімназія" →
 * the text's "Комишувасі", "горловская школа" → the gazetteer's Горловка), or in English the
 * first words when the text also writes them alone ("Grayslake Central High School" … "footage from
 * Grayslake"). Null when the name opens with neither.
 */
export function namePlace(scan: EventScan, names: string[], mentions: Span[], writtenOnly = false): string | null {
  const lang = scan.ctx.lang;
  if (!lang) return null;
  const tk = scan.tokens;
  const inMention = (t: number) => mentions.some((m) => tk.start[t] >= m.start && tk.start[t] < m.end);
  // The word right before a mention may be the place adjective the name left out ("по горловской школе №5").
  const before: string[] = [];
  for (const m of PLACE_ADJECTIVE[lang] ? mentions.slice(0, MAX_TARGETS) : []) {
    const t = tokenAt(tk, m.start) - 1;
    if (t >= 0 && /^[ \u00a0]$/u.test(scan.text.slice(tk.end[t], m.start))) before.push(`${scan.text.slice(tk.start[t], tk.end[t])} ${scan.text.slice(m.start, m.end)}`);
  }
  for (const name of [...names, ...before].slice(0, 2 * MAX_TARGETS)) {
    const words = name.split(/[\s\u00a0]+/u);
    const adj = PLACE_ADJECTIVE[lang];
    if (adj) {
      const m = adj.exec(words[0] ?? '');
      if (!m) continue;
      const stem = m[1].toLowerCase();
      // The text's own form of the place ("У Комишувасі"), else the gazetteer's settlement of that stem.
      for (let i = 0; i < Math.min(tk.n, MAX_PLACE_TOKENS); i++) {
        const w = tk.words[i];
        if (!tk.upper[i] || !w.startsWith(stem) || adj.test(w) || inMention(i)) continue;
        const written = scan.text.slice(tk.start[i], tk.end[i]);
        return lookupPlace(written, lang)?.name ?? written;
      }
      // Only the text's own form when asked: the gazetteer's guess from a stem ("Черноморский университет" → a
      // town Черноморск the text never names) yields to a settlement the text writes.
      const known = writtenOnly ? null : settlementByStem(stem, lang);
      if (known) return known;
      continue;
    }
    // English: "San Nicolas National High School", the place written alone elsewhere ("..., San Nicolas, Ilocos Norte").
    let k = 0;
    while (k < words.length && k < 3 && /^\p{Lu}/u.test(words[k]) && !EN_NAME_HEAD.test(words[k])) k++;
    if (k === 0 || k === words.length) continue;
    const place = words.slice(0, k).join(' ');
    if (NOT_PLACE.test(words[0])) continue;
    const first = place.split(' ')[0].toLowerCase();
    for (let i = 0; i + k <= Math.min(tk.n, MAX_PLACE_TOKENS); i++) {
      if (tk.words[i] !== first || inMention(i)) continue;
      if (scan.text.slice(tk.start[i], tk.start[i] + place.length) !== place) continue;
      const next = i + k;
      // Alone: not followed by another capitalised word of its phrase or a possessive ("Tauranga Senior Station",
      // "Apollo's"); a comma ends the phrase ("..., San Nicolas, Ilocos Norte").
      const gap = next < tk.n ? scan.text.slice(tk.end[next - 1], tk.start[next]) : '';
      if (next < tk.n && ((tk.upper[next] && !/[,;(]/u.test(gap)) || /^['’]/u.test(gap))) continue;
      return place;
    }
  }
  return null;
}

/** Words after a place adjective that make it the city's ("Херсонської міської ради", "warszawskiej Woli" after "na"). */
const CITY_HEAD = /^(?:міськ|городск|miejsk|градск|общинск|селищн|сільськ|поселков)/u;
/** Prepositions before a place adjective and a district ("na warszawskiej Woli", "на київській Оболоні"). */
const DISTRICT_PREPOSITION: ReadonlySet<string> = new Set(['na', 'на', 'w', 'в', 'у']);

/**
 * The city a place adjective names in `span`: before a city body ("управління освіти Херсонської
 * міської ради" → Херсон) or with a district after "na" ("na warszawskiej Woli" → Warszawa). Only
 * settlements the gazetteer knows by the adjective's stem.
 */
export function adjectivePlace(scan: EventScan, span: Span): string | null {
  const lang = scan.ctx.lang;
  const adj = lang ? PLACE_ADJECTIVE[lang] : null;
  if (!lang || !adj) return null;
  const tk = scan.tokens;
  const [t0, t1] = scan.tokenRange(span);
  for (let i = t0; i + 1 < Math.min(t1, t0 + MAX_LOCATIVE_TOKENS); i++) {
    const m = adj.exec(tk.words[i]);
    if (!m) continue;
    const city = CITY_HEAD.test(tk.words[i + 1]);
    const district = i > 0 && DISTRICT_PREPOSITION.has(tk.words[i - 1]) && tk.upper[i + 1] === 1 && !tk.upper[i];
    if (!city && !district) continue;
    const known = settlementByStem(m[1], lang);
    if (known) return known;
  }
  return null;
}
