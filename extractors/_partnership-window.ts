/**
 * One agreement window read token by token for the parties named in it (extractors/_partnership-slots.ts
 * says what is read): the partnership-party vocabulary of extractors/lang/events/<lang>.ts compiled
 * once into a phrase index, its hits in the window, the tagged mentions by first token, and the small
 * tests the list reader (extractors/_partnership-items.ts) builds on: quoted names, runs of capitals,
 * places, people, where a list may start and what may stand between a list and its verb.
 */
import type { InstitutionKind, InstitutionTag, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { EVENT_LEXICONS, type EventLexicon } from './lang/events/index.js';
import { PhraseIndex, scanPhrases, type Hit } from './_tokens.js';
import type { EventHit, EventScan, MentionRef, Span } from './_event-scan.js';
import { activeTables, isFirstName as isFirstNameIn } from './_institution-lexicon.js';

export type SlotCat =
  | 'and' | 'with' | 'by' | 'title' | 'honorific' | 'descriptor' | 'head' | 'tail' | 'filler' | 'placePrep' | 'represented' | 'stop' | 'topic' | 'cooperation' | 'group' | 'unit' | 'member' | 'copula' | 'mayor' | 'signatory' | 'tally' | 'nameLink' | 'join'
  | 'attribution' | 'object' | 'relative' | 'generic';
export interface SlotValue {
  kind?: InstitutionKind;
  nominative?: string;
  drop?: boolean;
}
export type SlotHit = Hit<SlotValue> & { cat: SlotCat };

/** A short lower-case apposition between the signers and their verb (", a leading ed-tech company,"). */
const APPOSITION = /^\s*,\s*\p{Ll}[^,.;:!?()«»"“”]{0,80},\s*$/u;

/** Most words a name the tagger did not know may have. */
export const MAX_NAME_WORDS = 8;

/** Most tokens between the end of a subject list and its verb ("on Friday", "сегодня"). */
export const MAX_FILLERS = 3;

export const OPEN_QUOTES = '«„“"‘‚';

export const CLOSE_QUOTES = '»“”"’‘';

/** Connectors inside a name written in capitals ("University of the Arctic", "имени Ломоносова"). */
export const NAME_CONNECTORS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['of', 'for', 'de', 'the']),
  ru: new Set(['имени', 'им']),
  uk: new Set(['імені', 'ім']),
  pl: new Set(['im']),
  bg: new Set([]),
};

/** Month and weekday names: capitalised in English, never a party. */
export const NOT_NAME =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/u;

/** Share of words in capitals above which a window is a headline in capitals. */
export const SHOUTING_SHARE = 0.7;

export const LATIN = /^[A-Za-z]/u;

export const LOWER_START = /^\p{Ll}/u;

const INDEX_CACHE = new Map<string, PhraseIndex<SlotValue>>();

function addLexicon(ix: PhraseIndex<SlotValue>, lx: EventLexicon): void {
  const list = (cat: SlotCat, pats: string[]) => pats.forEach((p) => ix.add(cat, p, {}));
  list('and', lx.partyAnd);
  list('with', lx.partyWith);
  list('by', lx.partyBy);
  list('title', lx.signerTitles);
  list('honorific', lx.honorifics);
  for (const [p, kind] of lx.partyDescriptors) ix.add('descriptor', p, { kind });
  for (const [p, nominative, kind] of lx.partyHeads) ix.add('head', p, { kind, nominative });
  for (const [p, kind, drop] of lx.partyTails) ix.add('tail', p, { kind, drop });
  list('filler', lx.signingAdverbs);
  list('placePrep', lx.placePrepositions);
  list('represented', lx.representedBy);
  list('stop', lx.nameStops);
  list('topic', lx.agreementTopic);
  list('cooperation', lx.cooperationWords);
  list('group', lx.pluralBodies);
  for (const p of lx.pluralMunicipalities) ix.add('group', p, { kind: 'municipality' });
  for (const [p, kind] of lx.memberNouns) ix.add('member', p, { kind });
  list('copula', lx.memberCopulas);
  list('tally', lx.tallyWords);
  list('join', lx.joinWords);
  list('nameLink', lx.nameLinks);
  list('signatory', lx.signatoryNouns);
  for (const [p, template] of lx.mayorTitles) ix.add('mayor', p, { nominative: template });
  list('unit', lx.unitNouns);
  list('attribution', lx.attribution);
  list('object', lx.agreementObject);
  list('relative', lx.relativeClause);
  list('generic', lx.genericUse);
}

export function slotIndex(lang: Lang | null): PhraseIndex<SlotValue> {
  const key = lang ?? '*';
  let ix = INDEX_CACHE.get(key);
  if (!ix) {
    ix = new PhraseIndex<SlotValue>();
    for (const l of lang ? [lang] : LANGS) addLexicon(ix, EVENT_LEXICONS[l]);
    INDEX_CACHE.set(key, ix);
  }
  return ix;
}

export const STATUS = new Set(['signed', 'planned', 'terminated']);

export interface Core {
  start: number;
  end: number;
  /** One past the last token. */
  t1: number;
  tag: InstitutionTag | null;
  name: string;
  kind: InstitutionKind;
  /** A capitalised word or two and nothing else tells it is a name (may be a common word opening the sentence). */
  weak: boolean;
  /** An unnamed education institution ("Університет", "5 universities", "учебные заведения"): a party we cannot name. */
  unnamed?: boolean;
  /** A plural of bodies named one by one elsewhere ("z przedsiębiorstwami", "trzema szkołami:"). */
  group?: boolean;
  /** An unnamed education institution in the singular ("между вузом и банком"): one institution the text names elsewhere. */
  single?: boolean;
}

/** Reads one window: its slot hits, mentions and event hits by token. */
export class WindowReader {
  readonly tk: EventScan['tokens'];
  readonly text: string;
  readonly w0: number;
  readonly w1: number;
  readonly lang: Lang | null;
  /** First token of the sentence (a capital there tells nothing). */
  readonly first: number;
  protected readonly slot = new Map<number, SlotHit[]>();
  protected readonly byCat = new Map<SlotCat, SlotHit[]>();
  protected readonly mention = new Map<number, MentionRef & { t1: number }>();
  protected readonly event: EventHit[];
  /** Tokens inside an event word (agreement, signing, "between", education nouns): never part of a name we read. */
  protected readonly eventTok = new Set<number>();
  /** Event hits by their first token. */
  protected readonly eventStart = new Map<number, EventHit[]>();
  /** The window is written in capitals (a headline): a capital tells nothing. */
  readonly shouting: boolean;
  /** Reading an enumeration of names ("A, B, C oraz D – to sześć firm"): two capitalised words are a name, not a person. */
  lenient = false;
  /** Reading a list after "between"/"with" or after a signer's title: a Slavic name may run on over lower-case words. */
  lowerOk = false;
  /** Reading the members of a plural of local governments ("12-те общини Бургас, Добрич, …"): a place name is a municipality. */
  placesOk = false;
  protected readonly endings: string[];
  protected readonly adjectiveEndings: string[];

  constructor(
    readonly scan: EventScan,
    readonly win: Span,
    hits: EventHit[],
  ) {
    this.tk = scan.tokens;
    this.text = scan.text;
    this.lang = scan.ctx.lang;
    [this.w0, this.w1] = scan.tokenRange(win);
    const si = scan.sentenceIndex(win.start);
    this.first = si >= 0 ? scan.tokenRange(scan.sentences[si])[0] : this.w0;
    for (const h of scanPhrases(this.text, this.tk, slotIndex(this.lang), this.w0, this.w1) as SlotHit[]) {
      const list = this.slot.get(h.t0);
      if (list) list.push(h);
      else this.slot.set(h.t0, [h]);
      const cat = this.byCat.get(h.cat);
      if (cat) cat.push(h);
      else this.byCat.set(h.cat, [h]);
    }
    for (const m of scan.mentionsIn(win)) {
      const [t0, t1] = scan.tokenRange(m);
      // A mention may begin with a quote mark before its first word.
      const prev = this.mention.get(t0);
      if (t1 > t0 && (!prev || m.end > prev.end)) this.mention.set(t0, { ...m, t1 });
    }
    this.event = hits;
    for (const h of hits) {
      if (NAME_BREAKERS.has(h.cat)) for (let t = h.t0; t < h.t1; t++) this.eventTok.add(t);
      const list = this.eventStart.get(h.t0);
      if (list) list.push(h);
      else this.eventStart.set(h.t0, [h]);
    }
    // Words written in capitals only (not titles: Polish writes "Prezesa Zarządu Pana Adama").
    let caps = 0;
    for (let t = this.w0; t < this.w1; t++) {
      if (this.tk.upper[t] !== 1) continue;
      const w = this.text.slice(this.tk.start[t], this.tk.end[t]);
      if (w.length >= 2 && w === w.toUpperCase()) caps++;
    }
    this.shouting = this.w1 - this.w0 >= 4 && caps / (this.w1 - this.w0) > SHOUTING_SHARE;
    this.endings = (this.lang ? [this.lang] : LANGS).flatMap((l) => EVENT_LEXICONS[l].surnameEndings);
    this.adjectiveEndings = (this.lang ? [this.lang] : LANGS).flatMap((l) => EVENT_LEXICONS[l].adjectiveEndings);
  }

  /** A person's name: a surname or patronymic ending, or a common first name. */
  personLike(words: string[]): boolean {
    if (words.some((w) => isFirstName(this.lang, w))) return true;
    const last = words[words.length - 1];
    return this.endings.some((e) => last.length > e.length + 2 && last.endsWith(e));
  }

  hit(t: number, cat: SlotCat): SlotHit | null {
    const list = this.slot.get(t);
    if (!list) return null;
    for (const h of list) {
      if (h.cat !== cat) continue;
      // A capitalised "СО" or "I" inside a name is no preposition or conjunction ("СО РАН", "I Liceum").
      if (FUNCTION_SLOTS.has(cat) && this.isUpper(t) && t !== this.first) return null;
      return h;
    }
    return null;
  }

  slotHits(cat: SlotCat): SlotHit[] {
    return this.byCat.get(cat) ?? [];
  }

  /** Text between token t-1 and token t. */
  gap(t: number): string {
    if (t <= 0 || t >= this.tk.n) return '';
    return this.text.slice(this.tk.end[t - 1], this.tk.start[t]);
  }

  surface(t: number): string {
    return this.text.slice(this.tk.start[t], this.tk.end[t]);
  }

  isUpper(t: number): boolean {
    return this.tk.upper[t] === 1;
  }

  /** Only spaces, or a hyphen inside a word ("Mercedes-Benz"), between tokens t-1 and t; a spaced dash is a break. */
  plain(t: number): boolean {
    return /^(?:[ \t\u00a0]*|[-‐–])$/u.test(this.gap(t));
  }

  eventAt(t: number, cats: ReadonlySet<string>): EventHit | null {
    const list = this.eventStart.get(t);
    if (list) for (const h of list) if (cats.has(h.cat)) return h;
    return null;
  }

  hasMention(t: number): boolean {
    return this.mention.has(t);
  }

  /** A name written in quotes whose first word is token t: its extent with the quote marks, one past its last token. */
  quoted(t: number): { start: number; end: number; t1: number } | null {
    const g = this.gap(t);
    if (g.length === 0 || !OPEN_QUOTES.includes(g[g.length - 1])) return null;
    for (let u = t; u < Math.min(this.w1, t + MAX_NAME_WORDS + 2); u++) {
      const stop = u + 1 < this.tk.n ? this.tk.start[u + 1] : this.win.end;
      const after = this.text.slice(this.tk.end[u], stop);
      const c = after.search(/\S/u);
      if (c >= 0 && CLOSE_QUOTES.includes(after[c])) return { start: this.tk.start[t] - 1, end: this.tk.end[u] + c + 1, t1: u + 1 };
      if (/[.;:!?\n]/u.test(after)) return null;
    }
    return null;
  }

  /** Capitalised words from t (with a name's connectors): one past the last token, or t. */
  upperRun(t: number): number {
    const conn = this.lang ? NAME_CONNECTORS[this.lang] : NAME_CONNECTORS.en;
    let u = t;
    while (u < this.w1 && u - t < MAX_NAME_WORDS) {
      // In an enumeration a name may hold stars or an ampersand ("Hotel Grodzki*** Business&Spa"); an
      // eponym's initial runs on into its surname ("D. Serikbaev EKSTU").
      const initial = u > t && /^\p{Lu}$/u.test(this.surface(u - 1)) && /^\. $/u.test(this.gap(u));
      if (u > t && !this.plain(u) && !initial && !(this.lenient && /^[*&+]+\s*$|^\s*[&+]\s*$/u.test(this.gap(u)))) break;
      if (u > t && this.mention.has(u)) break;
      if (this.eventTok.has(u)) break;
      if (u > t && this.isUpper(u) && isFirstName(this.lang, this.tk.words[u])) break;
      if (this.isUpper(u) || (u > t && /\d/u.test(this.tk.words[u]) && this.isUpper(u - 1))) {
        u++;
        continue;
      }
      if (u > t && conn.has(this.tk.words[u]) && u + 1 < this.w1 && this.isUpper(u + 1) && this.plain(u + 1)) {
        u++;
        continue;
      }
      // English: one lower-case word before the head word of a name ("Uzbekistan State World languages University").
      if (this.lang === 'en' && u > t && u + 1 < this.w1 && LOWER_START.test(this.surface(u)) && !this.endsName(u) && this.isUpper(u + 1) && this.plain(u + 1) && this.eventAt(u + 1, EDU_NOUN)) {
        u++;
        continue;
      }
      break;
    }
    // A connector may not end the name.
    while (u > t && conn.has(this.tk.words[u - 1])) u--;
    return u;
  }

  /** The token before t (a quoted name's first word) is a common noun the quote names. */
  apposition(t: number): boolean {
    const p = t - 1;
    if (p < this.w0 || !/^[ \t\u00a0]*[«„“"‘‚]$/u.test(this.gap(t))) return false;
    if (this.isUpper(p) || !LOWER_START.test(this.surface(p))) return false;
    for (const cat of ['and', 'with', 'by', 'title', 'descriptor', 'head', 'honorific', 'filler'] as const) if (this.slotEndsAt(p, cat)) return false;
    // After "signed" or "between" the quote is a party; after an agreement word it is the agreement's title.
    const ev = this.event.find((h) => h.t0 <= p && h.t1 > p && h.cat !== 'firstPerson');
    return !ev || ev.cat === 'agreement' || ev.cat === 'eduNoun' || ev.cat === 'eduTopic';
  }

  /** The last token of a slot hit of `cat` starting at t, or -1. */
  slotEnd(t: number, cat: SlotCat): number {
    const h = this.hit(t, cat);
    return h ? h.t1 - 1 : -1;
  }

  /** A slot hit of `cat` whose last token is p. */
  slotEndsAt(p: number, cat: SlotCat): boolean {
    for (let t = Math.max(this.w0, p - 3); t <= p; t++) {
      const h = this.hit(t, cat);
      if (h && h.t1 === p + 1) return true;
    }
    return false;
  }

  /** An education noun starts at token t ("Politechnika", "Uniwersytet"). */
  eduNounAt(t: number): boolean {
    return this.eventAt(t, EDU_NOUN) !== null;
  }

  /** Token t ends a name: a list word, "with", a preposition-like slot word, or an event word. */
  endsName(t: number): boolean {
    return !!(this.hit(t, 'and') || this.hit(t, 'with') || this.hit(t, 'by') || this.hit(t, 'filler') || this.hit(t, 'tail') || this.hit(t, 'stop') || this.hit(t, 'placePrep') || this.eventAt(t, ANY_EVENT));
  }

  isPlace(start: number, end: number): boolean {
    return this.scan.placesIn({ start, end }).some((p) => p.start <= start + 1 && p.end >= end - 1);
  }

  /**
   * A list may start at token t: not inside a run of capitalised words or initials ("В. Даля",
   * "Eugene Vaganov"), not right after a title (a signer's name follows it).
   */
  canStart(t: number): boolean {
    if (t <= this.w0) return true;
    const g = this.gap(t);
    if (/[,:;(—–]/u.test(g)) return true;
    // (A lower-case word after capitals starts no name inside them: "губернатора … Василия Голубева | ректор ЮФУ".)
    if (this.isUpper(t - 1) && (this.isUpper(t) || !this.slotEndsAt(this.slotEnd(t, 'title'), 'title')) && /^[.\s]*$/u.test(g) && !ARTICLES.has(this.tk.words[t - 1])) return false;
    // Right after a quoted name: its legal form or the rest of it ("„Интернационал“ ЕАД").
    if (/^[»“”"’]\s*$/u.test(g)) return false;
    if (this.slotEndsAt(t - 1, 'title') || this.slotEndsAt(t - 1, 'honorific')) return false;
    // Right after "and": the list began before it ("Centrum Kształcenia Zawodowego i Ustawicznego").
    if (this.slotEndsAt(t - 1, 'and')) return false;
    return true;
  }

  /** Cheap test before parsing: an item can begin at token t (a capital, a quote, a name, a title, a count). */
  mayBeginItem(t: number): boolean {
    if (this.isUpper(t) || this.mention.has(t) || /[«„“"‘‚]\s*$/u.test(this.gap(t)) || /^\d/u.test(this.tk.words[t])) return true;
    const list = this.slot.get(t);
    if (list && list.some((h) => h.cat === 'title' || h.cat === 'descriptor' || h.cat === 'head')) return true;
    return this.eventAt(t, EDU_NOUN) !== null || (this.lang === 'en' && this.tk.words[t] === 'the');
  }

  /** Token t is a date's or an adverb's ("19 февраля", "сегодня"). */
  isFiller(t: number): boolean {
    if (this.hit(t, 'filler')) return true;
    // A date covering the token, wherever it starts ("19 февраля": both words).
    return this.scan.datesIn(this.win).some((d) => d.start <= this.tk.start[t] && d.end >= this.tk.end[t]);
  }

  /** Tokens between a subject list and its verb that do not break the link: dates, "today", "on Friday". */
  fillersOk(a: number, b: number, listEnd: number): boolean {
    // "X, a leading ed-tech company, signed": an apposition set off by commas before the verb.
    // (Not one holding the agreement word: "По сообщению ТАСС, меморандум, подписанный …".)
    if (a < b && APPOSITION.test(this.text.slice(listEnd, this.tk.start[b])) && !this.event.some((h) => h.start >= listEnd && h.end <= this.tk.start[b])) return true;
    if (b - a > MAX_FILLERS) return false;
    // A stray comma right before the verb ("rektorzy sześciu uczelni, podpisali") does not break the link.
    if (!(a === b ? /^\s*,?\s*$/u : /^\s*$/u).test(this.text.slice(listEnd, a < this.tk.n ? this.tk.start[a] : listEnd))) return false;
    const dates = this.scan.datesIn({ start: this.tk.start[a] ?? 0, end: this.tk.start[b] ?? 0 });
    let u = a;
    while (u < b) {
      const f = this.hit(u, 'filler');
      if (f) {
        u = f.t1;
        continue;
      }
      if (dates.some((d) => this.tk.start[u] >= d.start && this.tk.end[u] <= d.end)) {
        u++;
        continue;
      }
      return false;
    }
    return u === b && (b === a || /^[\s,]*$/u.test(this.gap(b)));
  }
}

/** Slot words that are function words, written in lower case inside a sentence. */
export const FUNCTION_SLOTS: ReadonlySet<SlotCat> = new Set(['and', 'with', 'by', 'placePrep', 'stop', 'topic']);
/** Articles: a capitalised "The" opening the sentence starts no name run. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Last words of a signer's title that link it to the body ("the CEO of X", "ректорът на X"). */
export const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'на']);
/** Event words that are never inside a name we read ("Меморандуму", "Споразумение", "signed"). */
export const NAME_BREAKERS: ReadonlySet<string> = new Set(['agreement', 'signed', 'planned', 'terminated', 'between', 'backref', 'notParty']);
export const EDU_NOUN: ReadonlySet<string> = new Set(['eduNoun']);
export const ANY_EVENT: ReadonlySet<string> = new Set(['agreement', 'signed', 'planned', 'terminated', 'between', 'notParty', 'backref']);
export const AGREEMENT_OR_STATUS: ReadonlySet<string> = new Set(['agreement', 'signed', 'planned', 'terminated']);

/** A common first name in the document's language (the tagger's table): a person, not a party. */
export function isFirstName(lang: Lang | null, word: string): boolean {
  return activeTables(lang).some((t) => isFirstNameIn(t, word));
}
