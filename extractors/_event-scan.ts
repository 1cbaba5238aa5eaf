/**
 * What the event extractors share about one document, computed once per analysis: the tokens, every
 * vocabulary hit of the document's language (one pass over the tokens), places, institution
 * mentions and dates sorted by offset, and paragraph boundaries. Cached per `EventContext`
 * (keyed by its `sentences` array), so extractPartnerships and extractDamage tokenise once.
 */
import type { DateTag, InstitutionKind, InstitutionTag, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { EVENT_LEXICONS, type EventLexicon } from './lang/events/index.js';
import { findPlaces, type PlaceMatch } from './places.js';
import { PhraseIndex, scanPhrases, tokenize, tokenAt, type Hit, type Tokens } from './_tokens.js';

export interface EventContext {
  lang: Lang | null;
  published: string | null;
  institutions: InstitutionTag[];
  dates: DateTag[];
  sentences: { start: number; end: number }[];
  title?: string | null;
  /** Spans that are not the article (related-headline lists, extractors/_boilerplate.ts); computed from the text when absent. */
  ignored?: { start: number; end: number }[];
}

export type Cat =
  | 'agreement' | 'signed' | 'planned' | 'terminated' | 'backref' | 'between' | 'notParty' | 'firstPerson' | 'eduTopic'
  | 'damaged' | 'destroyed' | 'hit' | 'partial' | 'negation' | 'eduNoun' | 'otherTarget' | 'proximity' | 'clauseBreak'
  | 'attributive' | 'cause' | 'killed' | 'injured' | 'noCasualties' | 'number' | 'appeal' | 'statistic'
  | 'former' | 'another' | 'recap' | 'background' | 'relocation' | 'part' | 'pending' | 'virtual' | 'reporting' | 'again' | 'previous';

export interface HitValue {
  label?: string;
  count?: number | null;
  kind?: InstitutionKind;
  number?: 'sg' | 'pl' | '?';
}
export type EventHit = Hit<HitValue> & { cat: Cat };

export interface MentionRef {
  start: number;
  end: number;
  tag: InstitutionTag;
}

export interface Span {
  start: number;
  end: number;
}

/** Sentences longer than this are read only this far either side of a trigger (hostile, unsplit text). */
export const WINDOW_CHARS = 400;
/** At most this many trigger sentences are examined per document and extractor (a real article has a few dozen). */
export const MAX_TRIGGER_SENTENCES = 300;

const INDEX_CACHE = new Map<string, PhraseIndex<HitValue>>();

/** A pattern word "stemл*" after a verb vowel (а и і ї у я): a past tense ("зірвал*", "пошкодил*", "впал*"); not "школ*". */
const PAST_L_RE = /^(.*[аиіїуя])л\*$/u;

/**
 * A lexicon's pattern with the masculine past added beside each past-tense stem (EventLexicon.masculinePast):
 * Ukrainian "зірвала, зірвало, зірвали" but "буревій зірвав дах", "уламок впав", "дрон пошкодив".
 */
export function withMasculinePast(pattern: string): string {
  return pattern
    .split(' ')
    .map((w) => {
      if (w === '~') return w;
      const alts = w.split('|');
      const more = alts.flatMap((alt) => {
        const m = PAST_L_RE.exec(alt);
        return m && !alts.includes(`${m[1]}в`) ? [`${m[1]}в`] : [];
      });
      return [...alts, ...more].join('|');
    })
    .join(' ');
}

function addLexicon(ix: PhraseIndex<HitValue>, lx: EventLexicon): void {
  const add = (cat: Cat, p: string, v: HitValue) => ix.add(cat, lx.masculinePast ? withMasculinePast(p) : p, v);
  const list = (cat: Cat, pats: string[]) => pats.forEach((p) => add(cat, p, {}));
  for (const [p, kind] of lx.agreements) add('agreement', p, { label: kind });
  list('signed', lx.signed);
  list('planned', lx.planned);
  list('terminated', lx.terminated);
  list('backref', lx.backReferences);
  list('between', lx.between);
  list('notParty', lx.notParty);
  list('firstPerson', lx.firstPerson);
  list('eduTopic', lx.educationTopic);
  list('damaged', lx.damaged);
  list('destroyed', lx.destroyed);
  list('hit', lx.hit);
  list('partial', lx.partial);
  list('negation', lx.negation);
  list('pending', lx.pending);
  list('virtual', lx.virtual);
  // Unambiguous plural forms first: on a tie the first phrase added wins.
  const nouns = [...lx.educationNouns].sort((a, b) => (a[2] === 'pl' ? 0 : 1) - (b[2] === 'pl' ? 0 : 1));
  for (const [p, kind, number] of nouns) add('eduNoun', p, { kind, number });
  list('otherTarget', lx.otherTargets);
  list('proximity', lx.proximity);
  list('clauseBreak', lx.clauseBreaks);
  list('attributive', lx.attributive);
  for (const [p, cause] of lx.causes) add('cause', p, { label: cause });
  for (const [p, count] of lx.killed) add('killed', p, { count });
  for (const [p, count] of lx.injured) add('injured', p, { count });
  list('noCasualties', lx.noCasualties);
  for (const [w, n] of lx.numbers) add('number', w, { count: n });
  list('appeal', lx.appeal);
  list('statistic', lx.statistic);
  list('former', lx.former);
  list('another', lx.another);
  list('recap', lx.recap);
  list('reporting', lx.reporting);
  list('again', lx.again);
  list('previous', lx.previous);
  list('background', lx.background);
  list('relocation', lx.relocation);
  list('part', lx.buildingParts);
}

/** The compiled vocabulary of one language (all five when the language is unknown), built once. */
export function eventIndex(lang: Lang | null): PhraseIndex<HitValue> {
  const key = lang ?? '*';
  let ix = INDEX_CACHE.get(key);
  if (!ix) {
    ix = new PhraseIndex<HitValue>();
    for (const l of lang ? [lang] : LANGS) addLexicon(ix, EVENT_LEXICONS[l]);
    INDEX_CACHE.set(key, ix);
  }
  return ix;
}

export class EventScan {
  readonly tokens: Tokens;
  readonly hits: EventHit[];
  readonly places: PlaceMatch[];
  readonly mentions: MentionRef[];
  readonly dates: DateTag[];
  readonly sentences: Span[];
  /** Paragraph number of each sentence. */
  readonly paraOf: Int32Array;
  readonly titlePlaces: PlaceMatch[];
  readonly titleHits: EventHit[];

  constructor(
    readonly text: string,
    readonly ctx: EventContext,
  ) {
    this.tokens = tokenize(text);
    unmixScripts(this.tokens.words);
    this.hits = scanPhrases(text, this.tokens, eventIndex(ctx.lang)) as EventHit[];
    this.places = findPlaces(text, { lang: ctx.lang, tokens: this.tokens });
    const mentions: MentionRef[] = [];
    for (const tag of ctx.institutions) for (const m of tag.mentions) mentions.push({ start: m.start, end: m.end, tag });
    mentions.sort((a, b) => a.start - b.start);
    this.mentions = mentions;
    // A date standing on a line of its own ('30 августа, 09:50') dates the page, not an event.
    this.dates = ctx.dates.filter((d) => !isDateLine(text, d)).sort((a, b) => a.start - b.start);
    this.sentences = ctx.sentences;
    this.paraOf = paragraphNumbers(text, ctx.sentences);
    const title = ctx.title ?? '';
    if (title && !text.startsWith(title.trim())) {
      const tt = tokenize(title);
      this.titleHits = scanPhrases(title, tt, eventIndex(ctx.lang)) as EventHit[];
      this.titlePlaces = findPlaces(title, { lang: ctx.lang, tokens: tt });
    } else {
      this.titleHits = [];
      this.titlePlaces = [];
    }
  }

  /** Index of the sentence containing `offset`, or -1. */
  sentenceIndex(offset: number): number {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (offset < s[mid].start) hi = mid - 1;
      else if (offset >= s[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The sentence around a trigger, clipped to WINDOW_CHARS either side of it. */
  window(si: number, at: Span): Span {
    const s = si >= 0 ? this.sentences[si] : at;
    return { start: Math.max(s.start, at.start - WINDOW_CHARS), end: Math.min(s.end, at.end + WINDOW_CHARS) };
  }

  /** The paragraph (span of its sentences) of sentence `si`. */
  paragraph(si: number): Span & { first: number; last: number } {
    const p = this.paraOf[si];
    let a = si;
    let b = si;
    while (a > 0 && this.paraOf[a - 1] === p && si - a < 40) a--;
    while (b + 1 < this.sentences.length && this.paraOf[b + 1] === p && b - si < 40) b++;
    return { start: this.sentences[a].start, end: this.sentences[b].end, first: a, last: b };
  }

  hitsIn(span: Span, cat?: Cat): EventHit[] {
    return rangeOf(this.hits, span, (h) => !cat || h.cat === cat);
  }
  placesIn(span: Span): PlaceMatch[] {
    return rangeOf(this.places, span, () => true);
  }
  mentionsIn(span: Span): MentionRef[] {
    return rangeOf(this.mentions, span, () => true);
  }
  datesIn(span: Span): DateTag[] {
    return rangeOf(this.dates, span, () => true);
  }
  /** Token index range [t0, t1) of a span. */
  tokenRange(span: Span): [number, number] {
    return [tokenAt(this.tokens, span.start), tokenAt(this.tokens, span.end)];
  }
}

/** Latin letters that look like Cyrillic ones (lower case): "підписaння" written with a Latin "a". */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
/** Words that mix Cyrillic and look-alike Latin letters are read in Cyrillic (pages that swap letters). */
function unmixScripts(words: string[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let latin = false;
    let cyrillic = false;
    for (let j = 0; j < w.length && !(latin && cyrillic); j++) {
      const c = w.charCodeAt(j);
      if (c >= 97 && c <= 122) latin = true;
      else if (c >= 0x430 && c <= 0x45f) cyrillic = true;
    }
    if (latin && cyrillic) words[i] = w.replace(/[a-z]/gu, (c) => LATIN_LOOKALIKE[c] ?? c);
  }
}

/** Items (sorted by start) lying inside `span`, by binary search. */
function rangeOf<T extends { start: number; end: number }>(items: readonly T[], span: Span, keep: (t: T) => boolean): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < span.end; i++) {
    if (items[i].end <= span.end && keep(items[i])) out.push(items[i]);
  }
  return out;
}

/** Characters a date line may carry besides its date (', 09:50', ' | '). */
const DATE_LINE_REST = /^[\s\d:.,|/–—-]{0,12}$/u;
const DATE_LINE_MAX = 60;
function isDateLine(text: string, d: DateTag): boolean {
  // Bounded look-around: a date line is short, so never scan further than its length.
  let a = d.start;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) if (d.start - --a > DATE_LINE_MAX) return false;
  let b = d.end;
  while (b < text.length && text.charCodeAt(b) !== 10) if (++b - a > DATE_LINE_MAX) return false;
  return DATE_LINE_REST.test(text.slice(a, d.start) + text.slice(d.end, b));
}

/** A new paragraph starts where the gap between two sentences holds a blank line. */
function paragraphNumbers(text: string, sentences: Span[]): Int32Array {
  const out = new Int32Array(sentences.length);
  let p = 0;
  for (let i = 1; i < sentences.length; i++) {
    let newlines = 0;
    for (let j = sentences[i - 1].end; j < sentences[i].start; j++) if (text.charCodeAt(j) === 10) newlines++;
    if (newlines >= 2) p++;
    out[i] = p;
  }
  return out;
}

const SCANS = new WeakMap<object, EventScan>();

/** The shared scan of `text` for this context (built on first use). */
export function eventScan(text: string, ctx: EventContext): EventScan {
  const hit = SCANS.get(ctx.sentences);
  if (hit && hit.text === text && hit.ctx.institutions === ctx.institutions) return hit;
  const scan = new EventScan(text, ctx);
  SCANS.set(ctx.sentences, scan);
  return scan;
}

/** Institution kinds that are education institutions (a damage target, an education party). */
export const EDU_KINDS: ReadonlySet<InstitutionKind> = new Set<InstitutionKind>([
  'school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute', 'kindergarten',
]);
/** Name stems that make a ministry, agency, centre or council an education body. */
export const EDU_NAME_RE =
  /освіт|образован|образовани|oświat|edukac|educat|навчальн|учебн|szkoł|школ|училищ|кваліфікац|квалификац|kwalifikac|qualificat|науки|nauki|science|профес|zawodow|vocational|learning|kształc|обучен|гимназ|гімназ|лицей|ліцей|колледж|коледж|колеж|universit|університет|университет|uniwersytet|politechni|політехні|политехни|academ|академ|akademi|institut|інститут|институт|kurator|куратор|вуз|ректор|rector|rektor/iu;

export function isEducationTag(tag: InstitutionTag): boolean {
  if (EDU_KINDS.has(tag.kind)) return true;
  if (tag.kind === 'company' || tag.kind === 'cluster') return false;
  return EDU_NAME_RE.test(tag.name);
}

/** A date usable as an event date (not a publication line, not a validity end). */
export function isEventDate(d: DateTag): boolean {
  return d.kind !== 'published' && d.kind !== 'valid-until' && d.kind !== 'range-end' && d.value.length >= 7;
}

/** The event date closest to `at` among `dates` (night-of "event" dates first). */
export function nearestDate(dates: DateTag[], at: number): DateTag | null {
  let best: DateTag | null = null;
  let bestD = Infinity;
  for (const d of dates) {
    if (!isEventDate(d)) continue;
    if (d.how === 'night-of' && d.kind !== 'event') continue;
    const dist = d.how === 'night-of' ? -1 : Math.min(Math.abs(d.start - at), Math.abs(d.end - at));
    if (dist < bestD) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

/** A number that names rather than counts: "№ 21", "nr 5", "58-річного", a weapon's model "С-300", "Х-101". */
export function isLabelNumber(scan: EventScan, t: number): boolean {
  const tk = scan.tokens;
  const before = scan.text.slice(Math.max(0, tk.start[t] - 4), tk.start[t]);
  // "С300", "Х101": a number glued to the letters of a model name.
  if (/(?:№|#|\bnr\.?|\bno\.?|\p{L}-)\s*$|\p{L}$/iu.test(before)) return true;
  return /^-\p{L}/u.test(scan.text.slice(tk.end[t], tk.end[t] + 2));
}

const NAME_WORD = /[\p{L}\d]+/gu;
/** Stems per institution name (sameInstitution compares every pair of parties). */
const NAME_STEMS = new Map<string, { stems: Set<string>; own: Set<string>; numbers: string }>();
const MAX_NAME_STEMS = 20_000;

function nameStems(name: string): { stems: Set<string>; own: Set<string>; numbers: string } {
  let v = NAME_STEMS.get(name);
  if (!v) {
    v = computeNameStems(name);
    if (NAME_STEMS.size >= MAX_NAME_STEMS) NAME_STEMS.clear();
    NAME_STEMS.set(name, v);
  }
  return v;
}

/**
 * Words every institution of a kind may carry (head nouns, level and ownership adjectives,
 * abbreviations): they do not tell two institutions apart ("Детска градина „Здравец“" and
 * "Детска градина „Брезичка“", "Szkoła Podstawowa w Jankowicach" and "Szkoła Podstawowa nr 1 w Świerklanach").
 */
const GENERIC_NAME_WORD =
  /^(?:szk[oó][lł]|podstaw|zesp[oó]|przedszk|lice|og[oó]lnokszt|techni|bran[żz]|zawodow|uniwersyt|politechn|akadem|instytut|kolegi|im$|imienia|школ|шкіл|ліце|лице|гімназ|гимназ|коледж|колледж|колеж|університет|университет|академ|інститут|институт|дитяч|детск|садо?к?$|сад$|градин|училищ|основн|средн|середн|загальноосв|общеобраз|заклад|учрежд|освіт|образоват|навчальн|учебн|дошкільн|дошкольн|ясла|ясли|соу$|су$|оу$|пг$|сош$|зош$|нвк$|мбоу$|маоу$|мбдоу$|кз$|school|elementar|primar|middle|high$|secondar|college|universit|kindergart|academ|institut|nation|state$|державн|государств|національн|национал|of$|the$|and$|imeni|імені|имени)/u;

const ROMAN_WORD = /(?<![\p{L}\d])[IVXLCІХС]{1,6}(?![\p{L}\d])/gu;

function computeNameStems(name: string): { stems: Set<string>; own: Set<string>; numbers: string } {
  const stems = new Set<string>();
  const own = new Set<string>();
  const numbers: string[] = [];
  // "XI ОУ", "ІІІ ступенів": a Roman numeral in capitals is a number (Latin or Cyrillic look-alike letters).
  for (const r of name.match(ROMAN_WORD) ?? []) numbers.push(r.replace(/І/gu, 'I').replace(/Х/gu, 'X').replace(/С/gu, 'C'));
  for (const w of name.toLowerCase().match(NAME_WORD) ?? []) {
    if (/^\d+$/.test(w)) numbers.push(w);
    else if (w.length >= 3) {
      stems.add(w.slice(0, 5));
      if (!GENERIC_NAME_WORD.test(w)) own.add(w.slice(0, 5));
    }
  }
  return { stems, own, numbers: numbers.join(' ') };
}

/** A name of generic words only ("Детска градина", "Szkoła Podstawowa"): a capitalised kind, not a name. */
export function isGenericName(name: string): boolean {
  const v = nameStems(name);
  return v.own.size === 0 && !v.numbers && !/[«»„“”"]/u.test(name);
}

/**
 * Two tags that are one institution although the tagger gave them two keys ("Uniwersytet Moskiewski"
 * and "Moskiewski Państwowy Uniwersytet"): most words of the shorter name in the longer, same numbers,
 * and a word of its own in common when both have one.
 */
export function sameInstitution(a: InstitutionTag, b: InstitutionTag): boolean {
  if (a.key === b.key) return true;
  const x = nameStems(a.name);
  const y = nameStems(b.name);
  if (x.numbers && y.numbers && x.numbers !== y.numbers) return false;
  // Both names have words of their own and share none of them: two institutions of one kind.
  if (x.own.size > 0 && y.own.size > 0 && ![...x.own].some((s) => y.own.has(s))) return false;
  const [small, big] = x.stems.size <= y.stems.size ? [x.stems, y.stems] : [y.stems, x.stems];
  if (small.size < 2) return false;
  let common = 0;
  for (const s of small) if (big.has(s)) common++;
  return common / small.size >= 0.6;
}
