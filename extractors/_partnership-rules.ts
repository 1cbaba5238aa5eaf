/**
 * Rules of the partnership extractor that read around one agreement mention: tallies of past
 * agreements ("понад 40 меморандумів", "more than 20 agreements"), signing places the gazetteer
 * lacks in languages whose place names do not decline ("in Vilnius", "в Пирдоп"), when two parties
 * are one (abbreviations included), validity ends, agreement words with signing verbs of their own
 * ("уклав договір … та підписав меморандум"), and agreements written as a frame ("В рамках
 * подписанного соглашения …").
 */
import type { InstitutionTag } from '../types.js';
import { EDU_KINDS, isLabelNumber, type EventHit, type EventScan, type Span } from './_event-scan.js';
import { ListReader } from './_partnership-items.js';
import { slotIndex } from './_partnership-window.js';
import { scanPhrases } from './_tokens.js';

/** A count this large before an agreement noun is a tally of past agreements ("40 меморандумів"). */
const TALLY_MIN = 5;
/** Tokens searched before / after the agreement noun for a tally. */
const TALLY_REACH = 4;
/** Characters that end the phrase of a count: a number beyond them is not the agreements' count. */
const TALLY_BREAK = /[«»"“”„()[\]:;.!?\n]/u;
const STATUS_CATS: ReadonlySet<string> = new Set(['signed', 'planned', 'terminated']);
/** Tokens before the agreement words a tally word may stand ("many | partnership agreements"). */
const TALLY_WORD_REACH = 3;

/**
 * A tally of agreements, not one agreement: "понад 40 меморандумів", "more than 20 agreements",
 * "меморандуми с над 15 ИТ компании" (a count cue, "над" / "over", then the number after the noun).
 */
export function isTally(scan: EventScan, trig: EventHit, hits: EventHit[]): boolean {
  const tk = scan.tokens;
  const dates = scan.datesIn({ start: tk.start[Math.max(0, trig.t0 - TALLY_REACH)] ?? 0, end: tk.end[Math.min(tk.n, trig.t1 + TALLY_REACH) - 1] ?? 0 });
  const count = (t: number): number => {
    const v = tk.num[t];
    if (Number.isNaN(v) || isLabelNumber(scan, t) || (v >= 1900 && v <= 2100)) return NaN;
    // "a $1.6 million agreement", "договор на 7,5 млн рублей": the agreement's value, not a count of agreements.
    if (isAmount(scan, t)) return NaN;
    if (dates.some((d) => tk.start[t] >= d.start && tk.end[t] <= d.end)) return NaN;
    return v;
  };
  const cueBefore = (t: number) => hits.some((h) => h.cat === 'statistic' && h.t1 <= t && h.t1 >= t - 1);
  // The number counts the agreements only when it stands in the same phrase: no quote, bracket or
  // clause punctuation and no signing verb between ("форума «... 80+» было подписано соглашение").
  const samePhrase = (a: number, b: number) =>
    !TALLY_BREAK.test(scan.text.slice(tk.end[a], tk.start[b])) &&
    !hits.some((h) => STATUS_CATS.has(h.cat) && h.t0 > a && h.t0 < b);
  for (let t = Math.max(0, trig.t0 - TALLY_REACH); t < trig.t0; t++) {
    const v = count(t);
    if ((v >= TALLY_MIN || (v >= 2 && cueBefore(t))) && samePhrase(t, trig.t0)) return true;
  }
  for (let t = trig.t1; t < Math.min(tk.n, trig.t1 + TALLY_REACH); t++) if (count(t) >= 2 && cueBefore(t) && samePhrase(trig.t1 - 1, t)) return true;
  // "we have signed many partnership agreements": a many without a number, right before the agreement words.
  const from = Math.max(0, trig.t0 - TALLY_WORD_REACH);
  return scanPhrases(scan.text, tk, slotIndex(scan.ctx.lang), from, trig.t0).some((h) => h.cat === 'tally' && h.t1 >= trig.t0 - 1 && samePhrase(h.t0, trig.t0));
}

/** A currency sign written right before a number ("$1.6", "€ 5", "₴6"). */
const CURRENCY_BEFORE = /[$€£₴₽¥]\s*(?:\d+[.,])?$/u;
/** A digit group and a decimal separator right before a number: "1.6" read as "1" "." "6". */
const DECIMAL_BEFORE = /\d[.,]$/u;
/** Words of magnitude or currency after a number: the number is a sum of money. */
const AMOUNT_WORD =
  /^(?:million|millions|billion|billions|thousand|mln|mld|mlrd|tys|tysięcy|milion(?:a|y|ów)?|miliard(?:a|y|ów)?|млн|млрд|тыс|тис|хил|хиляди|милиона?|милиарда?|миллион(?:а|ов)?|миллиард(?:а|ов)?|мільйон(?:а|ів)?|мільярд(?:а|ів)?|dollars?|euros?|pounds?|zł|złotych|pln|usd|eur|руб|рублей|рубля|грн|гривень|гривні|лв|лева|евро|долларов|доларів|долара)$/iu;

/** The number at token t is a sum of money: a currency sign before it, a decimal part, or a magnitude or currency word right after it. */
function isAmount(scan: EventScan, t: number): boolean {
  const tk = scan.tokens;
  const before = scan.text.slice(Math.max(0, tk.start[t] - 12), tk.start[t]);
  if (CURRENCY_BEFORE.test(before) || DECIMAL_BEFORE.test(before)) return true;
  for (let u = t + 1; u < Math.min(tk.n, t + 4); u++) {
    const w = tk.words[u];
    if (AMOUNT_WORD.test(w)) return true;
    // Only the digits of the same sum may come between ("7 , 5 млн", "1 . 6 million").
    if (!Number.isFinite(tk.num[u])) break;
  }
  return false;
}

/** Place prepositions of the languages that do not decline place names (the written form is the nominative). */
const UNDECLINED_PLACE_PREP: Partial<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in']),
  bg: new Set(['в', 'във']),
  pl: new Set(['w', 'we']),
};
/** Capitalised Polish locatives after "w" that are not places (buildings, bodies, frames). */
const NOT_PLACE_PL = /^(?:szkole|uniwersytecie|politechnice|akademii|instytucie|ministerstwie|urzędzie|kuratorium|centrum|sali|auli|siedzibie|ramach|imieniu|obecności|sprawie|imię|dniu|roku)$/u;

/**
 * The nominative of a foreign city named in the Polish locative ("w Kłajpedzie" → Kłajpeda,
 * "w Genewie" → Genewa, "w Barcelonie" → Barcelona, "w Berlinie" → Berlin), or null when the
 * word does not end like a locative. The gazetteer knows the cities it lists; this is the fallback.
 */
export function polishLocativeToNominative(word: string): string | null {
  if (NOT_PLACE_PL.test(word.toLowerCase())) return null;
  if (/dzie$/u.test(word)) return word.slice(0, -4) + 'da';
  if (/wie$/u.test(word)) return word.slice(0, -3) + 'wa';
  if (/onie$/u.test(word)) return word.slice(0, -3) + 'na';
  if (/[^aeiouyąęó]ie$/u.test(word)) return word.slice(0, -2);
  if (/[^aeiouyąęó]u$/u.test(word) && word.length > 4) return word.slice(0, -1);
  return null;
}
/** Capitalised words after "in" that are not places. */
const NOT_PLACE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|english|ukrainian|polish|russian|bulgarian|addition|particular|general|total|accordance|order|response|януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|понеделник|вторник|сряда|четвъртък|петък|събота|неделя|рамките|присъствието|съответствие)$/u;

/**
 * A signing place missing from the gazetteer, in English and Bulgarian only (their place names do
 * not decline): "signed ... in Vilnius on 12 May", "в Пирдоп Професионалната гимназия ... сключиха".
 * One capitalised word after the preposition, outside institution names and known places, and not
 * running on into another capitalised word unless that word starts an institution.
 */
export function unknownPlace(scan: EventScan, win: Span): string | null {
  const preps = scan.ctx.lang ? UNDECLINED_PLACE_PREP[scan.ctx.lang] : undefined;
  if (!preps) return null;
  const tk = scan.tokens;
  const [w0, w1] = scan.tokenRange(win);
  const names = scan.mentionsIn(win);
  const places = scan.placesIn(win);
  const inside = (t: number) =>
    names.some((n) => tk.start[t] >= n.start && tk.start[t] < n.end) || places.some((p) => tk.start[t] >= p.start && tk.start[t] < p.end);
  for (let t = w0; t + 1 < w1; t++) {
    if (!preps.has(tk.words[t]) || scan.text.slice(tk.end[t], tk.start[t + 1]) !== ' ') continue;
    const c = t + 1;
    if (!tk.upper[c] || inside(c) || NOT_PLACE.test(tk.words[c]) || /\d/.test(tk.words[c])) continue;
    const next = c + 1;
    if (next < w1 && tk.upper[next] && /^\s+$/u.test(scan.text.slice(tk.end[c], tk.start[next])) && !names.some((n) => n.start === tk.start[next])) continue;
    const word = scan.text.slice(tk.start[c], tk.end[c]);
    if (scan.ctx.lang !== 'pl') return word;
    const nominative = polishLocativeToNominative(word);
    if (nominative) return nominative;
  }
  return null;
}


/**
 * Words every institution name shares (type words, "state", "national"): two names that agree only
 * on these are different institutions ("Yugra State University" and "Udmurt State University").
 * Five-letter prefixes, the stems sameParty compares.
 */
const GENERIC_NAME_WORDS = [
  // en
  'university', 'state', 'national', 'federal', 'technical', 'technological', 'pedagogical', 'medical', 'college', 'school',
  'academy', 'institute', 'research', 'higher', 'secondary', 'vocational', 'education', 'centre', 'center', 'public',
  // ru / uk / bg
  'университет', 'університет', 'государственный', 'державний', 'държавен', 'национальный', 'національний', 'национален',
  'федеральный', 'технический', 'технічний', 'технически', 'педагогический', 'педагогічний', 'медицинский', 'медичний',
  'медицински', 'колледж', 'коледж', 'колеж', 'школа', 'училище', 'академия', 'академія', 'институт', 'інститут',
  'лицей', 'ліцей', 'гимназия', 'гімназія', 'гимназия', 'техникум', 'технікум', 'учреждение', 'заклад', 'профессиональный',
  'професійний', 'професионален', 'высшего', 'вищої', 'висше', 'образования', 'освіти', 'образованието', 'средняя', 'середня',
  'средно', 'общеобразовательная', 'загальноосвітня',
  // pl
  'uniwersytet', 'państwowy', 'narodowy', 'techniczny', 'pedagogiczny', 'medyczny', 'kolegium', 'szkoła', 'szkół', 'zespół',
  'akademia', 'instytut', 'liceum', 'technikum', 'wyższa', 'zawodowa', 'ogólnokształcące', 'politechnika',
];
const GENERIC_STEMS: ReadonlySet<string> = new Set(GENERIC_NAME_WORDS.map((w) => w.slice(0, 5)));
const NAME_WORD = /[\p{L}\d]+/gu;
const PARTY_STEMS = new Map<string, { all: Set<string>; own: Set<string>; numbers: string }>();
const MAX_PARTY_STEMS = 20_000;

function partyStems(name: string): { all: Set<string>; own: Set<string>; numbers: string } {
  let v = PARTY_STEMS.get(name);
  if (v) return v;
  const all = new Set<string>();
  const own = new Set<string>();
  const numbers: string[] = [];
  for (const w of name.toLowerCase().match(NAME_WORD) ?? []) {
    if (/^\d+$/.test(w)) numbers.push(w);
    else if (w.length >= 3) {
      const s = w.slice(0, 5);
      all.add(s);
      if (!GENERIC_STEMS.has(s)) own.add(s);
    }
  }
  v = { all, own, numbers: numbers.join(' ') };
  if (PARTY_STEMS.size >= MAX_PARTY_STEMS) PARTY_STEMS.clear();
  PARTY_STEMS.set(name, v);
  return v;
}

const ACRONYM = /^[\p{Lu}]{2,6}$/u;
/** Words an acronym skips ("Московский государственный университет имени …" → МГУ). */
const ACRONYM_SKIP = /^(?:of|the|and|for|и|і|та|в|у|на|w|i|z|имени|імені|им|ім|im)$/iu;

const INITIALS = new Map<string, string>();

/** Upper-case first letters of a name's words (function words skipped), cached. */
function initialsOf(name: string): string {
  let v = INITIALS.get(name);
  if (v === undefined) {
    v = (name.match(/[\p{L}]+/gu) ?? []).filter((w) => !ACRONYM_SKIP.test(w)).map((w) => w[0].toUpperCase()).join('');
    if (INITIALS.size >= MAX_PARTY_STEMS) INITIALS.clear();
    INITIALS.set(name, v);
  }
  return v;
}

/** `short` is the initials of the first words of `long` ("РТ" of "Республика Татарстан"). */
export function isAcronymOf(short: string, long: string): boolean {
  if (short.length > 6 || short.length < 2 || !ACRONYM.test(short)) return false;
  return initialsOf(long).startsWith(short);
}

/** A mixed-case abbreviation of one word ("УлГУ", "СПбГУЭФ", "НИЯУ МИФИ" is not one). */
const MIXED_ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{L}]{1,7}$/u;
/** First parts of compound words whose second part an abbreviation spells too ("госуниверситет" → ГУ). */
const COMPOUND_HEADS = /^(?:гос|мед|пед|тех|нац|гум|держ|політех|политех)/u;

/**
 * `short`, a mixed-case abbreviation, spells `long` ("УлГУ" of "Ульяновский госуниверситет", "СПбГУЭФ" of
 * "Санкт-Петербургский государственный университет экономики и финансов"): each capital opens a word
 * (or the second part of a compound), the small letters after it come from that word, every word is used.
 */
export function isMixedAcronymOf(short: string, long: string): boolean {
  if (!MIXED_ACRONYM.test(short) || short.toUpperCase() === short) return false;
  const chunks = short.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const words = (long.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((w) => !ACRONYM_SKIP.test(w));
  let w = 0;
  let inner = -1; // where in words[w - 1] a compound's second part starts, or -1
  for (const c of chunks.map((x) => x.toLowerCase())) {
    const fits = (word: string, from: number) => {
      if (word[from] !== c[0]) return false;
      let k = from + 1;
      for (const ch of c.slice(1)) {
        k = word.indexOf(ch, k);
        if (k < 0) return false;
        k++;
      }
      return true;
    };
    // The next word first; else the second part of the compound just read.
    if (w >= words.length || !fits(words[w], 0)) {
      if (inner >= 0 && fits(words[w - 1], inner)) {
        inner = -1;
        continue;
      }
      return false;
    }
    const head = COMPOUND_HEADS.exec(words[w]);
    inner = head && head[0].length < words[w].length ? head[0].length : -1;
    w++;
  }
  return w === words.length;
}

/**
 * Two parties that are one institution although the tagger gave them two keys: the same key, or
 * the same numbers and most words of the shorter name in the longer, its own (not generic) words
 * included ("Uniwersytet Moskiewski" = "Moskiewski Państwowy Uniwersytet"; "Yugra State
 * University" ≠ "Udmurt State University"); never two education institutions of different kinds
 * (a university and an academy), unless one is the other's acronym.
 */
export function sameParty(a: InstitutionTag, b: InstitutionTag): boolean {
  if (a.key === b.key) return true;
  const x = partyStems(a.name);
  const y = partyStems(b.name);
  if (x.numbers && y.numbers && x.numbers !== y.numbers) return false;
  if ((a.name.length <= 6 && isAcronymOf(a.name, b.name)) || (b.name.length <= 6 && isAcronymOf(b.name, a.name))) return true;
  if (isMixedAcronymOf(a.name, b.name) || isMixedAcronymOf(b.name, a.name)) return true;
  // "Ульяновский государственный университет" ≠ "Ульяновская государственная сельскохозяйственная академия":
  // two education institutions of different types that share only a place and "state" are two bodies.
  if (a.kind !== b.kind && EDU_KINDS.has(a.kind) && EDU_KINDS.has(b.kind)) return false;
  const [small, big] = x.all.size <= y.all.size ? [x, y] : [y, x];
  // "York and Karazin Kharkiv National University sign …" beside "the University of York": a bare word the
  // tagger could not type (kind other) that is the own word of an education institution's name is its short name.
  // The very word, not its stem: "Полтаваобленерго" is not "Полтавський … університет".
  if (small.all.size === 1) {
    const [bare, named] = small === x ? [a, b] : [b, a];
    const word = bare.name.toLowerCase();
    return bare.kind === 'other' && EDU_KINDS.has(named.kind) && small.own.size === 1 && named.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(word);
  }
  if (small.all.size < 2) return false;
  let common = 0;
  for (const s of small.all) if (big.all.has(s)) common++;
  if (common / small.all.size < 0.6) return false;
  if (small.own.size === 0) return true;
  let own = 0;
  for (const s of small.own) if (big.own.has(s)) own++;
  return own / small.own.size >= 0.6;
}

/** What the place and validity rules read of an agreement mention: its sentence and window. */
export interface SignedMention {
  si: number;
  win: Span;
}

/** Gap before a date that makes it a validity end when the date extractor did not say so: "до", "do", "until". */
const UNTIL_BEFORE = /(?:^|[\s(])(?:до|do|until|till|по|through)\s*$/iu;

/** A validity end: a 'valid-until' date in a mention's sentence or paragraph, or a date after "до/do/until" in a mention sentence. */
export function findValidUntil(scan: EventScan, ms: SignedMention[]): string | null {
  for (const m of ms) {
    for (const d of scan.datesIn(scan.paragraph(m.si))) if (d.kind === 'valid-until' && d.value.length === 10) return d.value;
  }
  for (const m of ms) {
    for (const d of scan.datesIn(m.win)) {
      if (d.value.length === 10 && UNTIL_BEFORE.test(scan.text.slice(Math.max(0, d.start - 8), d.start))) return d.value;
    }
  }
  return null;
}

/** The signing place: a settlement in the main sentence (not inside an institution's name), then in the other mentions. */
export function findPlace(scan: EventScan, main: SignedMention, ms: SignedMention[]): string | null {
  const outsideNames = (span: Span) => {
    const names = scan.mentionsIn(span);
    // A place inside a name is the name's ("Kuratorium Oświaty w Rzeszowie"), unless a preposition
    // before it shows the tagger took the place in ("we Lwowie Uniwersytet Rzeszowski").
    return scan
      .placesIn(span)
      .filter((p) => p.kind === 'settlement' && !names.some((n) => p.start >= n.start && p.end <= n.end && !(p.start === n.start && p.locative)));
  };
  const order = [main, ...ms.filter((m) => m !== main)];
  for (const m of order) {
    const found = outsideNames(m.win);
    if (found.length > 0) return (found.find((p) => p.locative) ?? found[0]).name;
    // The main sentence's own place, even one missing from the gazetteer ("signed in Dundee"),
    // before a place from another sentence about another topic.
    if (m === main) {
      const unknown = unknownPlace(scan, m.win);
      if (unknown) return unknown;
    }
  }
  for (const m of order) {
    const unknown = unknownPlace(scan, m.win);
    if (unknown) return unknown;
  }
  // "The signing took place on December 4, 2023 in Novosibirsk.": the next sentence of the
  // paragraph tells the signing (a status word, no agreement of its own).
  for (const m of order) {
    const next = m.si + 1;
    if (next >= scan.sentences.length || scan.paraOf[next] !== scan.paraOf[m.si]) continue;
    const hits = scan.hitsIn(scan.sentences[next]);
    if (hits.some((h) => h.cat === 'agreement') || !hits.some((h) => h.cat === 'signed' || h.cat === 'planned')) continue;
    const found = outsideNames(scan.sentences[next]).filter((p) => p.locative);
    if (found.length > 0) return found[0].name;
  }
  return null;
}

/** Most words between a signing verb and its agreement word ("уклав | двосторонній | договір"). */
const OWN_VERB_GAP = 2;

/** The agreement words of a sentence that each follow a signing word of their own, in order. */
export function ownVerbTriggers(scan: EventScan, triggers: EventHit[], hits: EventHit[]): EventHit[] {
  const out: EventHit[] = [];
  const used = new Set<EventHit>();
  for (const t of triggers) {
    const verb = hits.find((h) => STATUS_CATS.has(h.cat) && !used.has(h) && h.t1 <= t.t0 && t.t0 - h.t1 <= OWN_VERB_GAP && !/[,.;:()]/u.test(scan.text.slice(h.end, t.start)));
    if (!verb) continue;
    // Only words between them, no other agreement word or event.
    if (hits.some((h) => h !== verb && h !== t && h.t0 >= verb.t1 && h.t1 <= t.t0 && (h.cat === 'agreement' || STATUS_CATS.has(h.cat)))) continue;
    used.add(verb);
    out.push(t);
  }
  return out;
}

/** Most tokens between a frame phrase and its agreement word ("В рамках | подписанного вчера | соглашения"). */
const FRAME_GAP = 3;

/**
 * The agreement word is the frame of what the sentence tells ("В рамках подписанного вчера
 * соглашения на базе Института … будет организовано обучение", "w ramach umowy"): a context phrase
 * (the notParty table) right before it, only status words, adverbs and dates between.
 */
export function framedBy(scan: EventScan, win: Span, hits: EventHit[], trigger: EventHit): boolean {
  const r = new ListReader(scan, win, hits);
  for (const h of hits) {
    if (h.cat !== 'notParty' || h.t1 > trigger.t0 || trigger.t0 - h.t1 > FRAME_GAP) continue;
    let ok = true;
    for (let t = h.t1; t < trigger.t0 && ok; t++) {
      const status = hits.some((e) => STATUS_CATS.has(e.cat) && e.t0 <= t && e.t1 > t);
      if (!status && !r.isFiller(t)) ok = false;
    }
    if (ok) return true;
  }
  return false;
}

/** Most tokens between an agreement word and a word of joining it ("Споразумението | подкрепят"). */
const JOIN_GAP = 2;

/** Bodies join the agreement word `trigger` ("Споразумението подкрепят още …", "joined the memorandum"). */
export function joinsAgreement(scan: EventScan, trigger: EventHit): boolean {
  const from = Math.max(0, trigger.t0 - JOIN_GAP - 2);
  const to = Math.min(scan.tokens.n, trigger.t1 + JOIN_GAP + 1);
  return scanPhrases(scan.text, scan.tokens, slotIndex(scan.ctx.lang), from, to).some(
    (h) => h.cat === 'join' && ((h.t0 >= trigger.t1 && h.t0 - trigger.t1 <= JOIN_GAP) || (h.t1 <= trigger.t0 && trigger.t0 - h.t1 <= JOIN_GAP)),
  );
}
