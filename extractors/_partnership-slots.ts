/**
 * The parties of one agreement sentence, read from where real writers put them: a list after
 * "between" ("между X и Y", "between X and Y"), the subject of the signing verb on either side of
 * it ("МГУ и Huawei подписали", "Соглашение подписали X и Y"), the other side after "with" ("signed
 * an MoU with NTPC Limited", "заключил договор с X"), the agent of a passive signing ("signed by
 * X", "podpisana przez X"). A list item is an institution the tagger found, or a name it did not
 * know: a quoted name, a run of capitalised words, an abbreviation, a Latin name in Cyrillic text,
 * a type word and a name ("фондом Росконгрес", "Община Царево"), possibly after a signer's title
 * ("ректор МГУ", "the CEO of Krastsvetmet") or a generic word ("компанией Huawei", "firmą DANEX"),
 * and before the signer's name. Also the spans whose institutions are not parties: the news source
 * ("сообщает пресс-служба X"), the body an agreement creates ("о создании Ассоциации"), a relative
 * clause about the agreement ("договор, с който се учредява право на ползване на сградата на X").
 *
 * Vocabulary: the partnership-party tables of extractors/lang/events/<lang>.ts. Everything is read
 * inside one window (a sentence, at most WINDOW_CHARS either side of the agreement word), so the
 * work per agreement is bounded.
 */
import type { InstitutionKind, InstitutionTag, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { EVENT_LEXICONS, type EventLexicon } from './lang/events/index.js';
import { PhraseIndex, scanPhrases, type Hit } from './_tokens.js';
import type { EventHit, EventScan, MentionRef, Span } from './_event-scan.js';
import { activeTables, isFirstName as isFirstNameIn } from './_institution-lexicon.js';

type SlotCat =
  | 'and' | 'with' | 'by' | 'title' | 'honorific' | 'descriptor' | 'head' | 'tail' | 'filler' | 'placePrep' | 'represented' | 'stop' | 'topic' | 'cooperation'
  | 'attribution' | 'object' | 'relative' | 'generic';
interface SlotValue {
  kind?: InstitutionKind;
  nominative?: string;
  drop?: boolean;
}
type SlotHit = Hit<SlotValue> & { cat: SlotCat };

export type ListRole = 'between' | 'subject' | 'with' | 'by';

/** One party written in the sentence: a tagged institution, or a name the tagger did not know (tag null). */
export interface PartyItem {
  start: number;
  end: number;
  tag: InstitutionTag | null;
  /** Display name: the tag's, or the written name with a type word in the nominative. */
  name: string;
  kind: InstitutionKind;
}

export interface PartyList {
  role: ListRole;
  items: PartyItem[];
}

export interface SentenceParties {
  lists: PartyList[];
  /** A list names an education institution without its name ("Університет розірвав договір з ТОВ «X»"). */
  unnamedEducation: boolean;
  /** Spans whose institutions are not parties (news sources, bodies an agreement creates, relative clauses). */
  excluded: Span[];
  /** The agreement word is used as a kind of contract ("по договору", "may conclude"), not as one signed. */
  generic: boolean;
}

/** Most words a name the tagger did not know may have. */
const MAX_NAME_WORDS = 8;
/** Most tokens between the end of a subject list and its verb ("on Friday", "сегодня"). */
const MAX_FILLERS = 3;
/** How far back a subject list may start before its verb, in tokens. */
const SUBJECT_REACH = 30;
/** How far after a reporting phrase or "о создании" the body it names may start, in tokens. */
const ZONE_REACH = 5;
/** How far after the agreement word or verb "with" may stand, in tokens. */
const WITH_REACH = 8;
/** Most tokens inside brackets after a name ("(МГУ)", "(Китай)", "(вляво)"). */
const MAX_BRACKET = 8;

const OPEN_QUOTES = '«„“"‘‚';
const CLOSE_QUOTES = '»“”"’‘';
/** Connectors inside a name written in capitals ("University of the Arctic", "имени Ломоносова"). */
const NAME_CONNECTORS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['of', 'for', 'de', 'the']),
  ru: new Set(['имени', 'им']),
  uk: new Set(['імені', 'ім']),
  pl: new Set(['im']),
  bg: new Set([]),
};
/** A legal form written after a name ("Kuca Sp. z o.o.", "Strojírny a stavby Třinec, a.s.", "NTPC Limited"). */
const LEGAL_TAIL =
  /^,?\s*(?:sp\.\s?z\s?o\.\s?o\.?|s\.\s?a\.?|a\.\s?s\.|ltd\.?|llc|inc\.?|gmbh|ag|plc|(?:private\s+)?limited|ооо|оао|зао|пао|ао|тов|пат|прат|ат|еоод|оод|еад|ад)(?=$|[\s,.;:)»"”])/iu;
/** Legal forms written before a name ("ООО «Ромашка»", "АТ «Вінницяобленерго»"). */
const LEGAL_HEAD = /^(?:ооо|оао|зао|пао|ао|тов|пат|прат|ат|пп|еоод|оод|еад|ад|фгбоу|гбоу|мбоу)$/u;
/** A legal form as the last word of a capitalised name. */
const LEGAL_LAST = /^(?:limited|ltd|llc|inc|plc|gmbh|corporation|corp)$/u;
/** Legal-form and type abbreviations that are never a name on their own ("МБОУ", "ГАОУ ВО МО", "ЕАД"). */
const LEGAL_WORD =
  /^(?:ооо|оао|зао|пао|ао|нао|тоо|тов|пат|прат|ат|пп|дп|кп|кз|еоод|оод|еад|ад|ет|фгбоу|фгаоу|гбоу|гаоу|мбоу|маоу|мкоу|гбпоу|гапоу|гпоу|ано|во|мо|спо|llc|ltd|inc|plc|jsc|gmbh|sa|sp)$/u;
/** Month and weekday names: capitalised in English, never a party. */
const NOT_NAME =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/u;
/** An abbreviation ending in the letter of "university" (ЧГУ, НГУ, СУ, YSU): a university. */
const UNIVERSITY_ACRONYM = /^\p{Lu}{1,5}(?:У|U)$/u;
/** Share of capitalised words above which a window is a headline in capitals. */
const SHOUTING_SHARE = 0.7;
const LATIN = /^[A-Za-z]/u;
const LOWER_START = /^\p{Ll}/u;

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
  list('attribution', lx.attribution);
  list('object', lx.agreementObject);
  list('relative', lx.relativeClause);
  list('generic', lx.genericUse);
}

function slotIndex(lang: Lang | null): PhraseIndex<SlotValue> {
  const key = lang ?? '*';
  let ix = INDEX_CACHE.get(key);
  if (!ix) {
    ix = new PhraseIndex<SlotValue>();
    for (const l of lang ? [lang] : LANGS) addLexicon(ix, EVENT_LEXICONS[l]);
    INDEX_CACHE.set(key, ix);
  }
  return ix;
}

const STATUS = new Set(['signed', 'planned', 'terminated']);

interface Core {
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
}

/** Reads the lists of parties in one window. */
class WindowReader {
  readonly tk: EventScan['tokens'];
  readonly text: string;
  readonly w0: number;
  readonly w1: number;
  readonly lang: Lang | null;
  /** First token of the sentence (a capital there tells nothing). */
  readonly first: number;
  private readonly slot = new Map<number, SlotHit[]>();
  private readonly byCat = new Map<SlotCat, SlotHit[]>();
  private readonly mention = new Map<number, MentionRef & { t1: number }>();
  private readonly event: EventHit[];
  /** Tokens inside an event word (agreement, signing, "between", education nouns): never part of a name we read. */
  private readonly eventTok = new Set<number>();
  /** Event hits by their first token. */
  private readonly eventStart = new Map<number, EventHit[]>();
  /** The window is written in capitals (a headline): a capital tells nothing. */
  readonly shouting: boolean;
  private readonly endings: string[];

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
    let upper = 0;
    for (let t = this.w0; t < this.w1; t++) if (this.tk.upper[t] === 1) upper++;
    this.shouting = this.w1 - this.w0 >= 4 && upper / (this.w1 - this.w0) > SHOUTING_SHARE;
    this.endings = (this.lang ? [this.lang] : LANGS).flatMap((l) => EVENT_LEXICONS[l].surnameEndings);
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

  /** Only spaces (or a hyphen) between tokens t-1 and t. */
  plain(t: number): boolean {
    return /^[ \t\u00a0]*[-–]?[ \t\u00a0]*$/u.test(this.gap(t));
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
      if (u > t && !this.plain(u)) break;
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

  /** A name the tagger did not know, at token t. */
  bare(t: number, descriptorKind: InstitutionKind | null): Core | null {
    if (t >= this.w1) return null;
    let kind: InstitutionKind = descriptorKind ?? 'other';
    let strong = descriptorKind !== null;
    let prefix = '';
    let start = this.tk.start[t];
    let u = t;
    const head = this.hit(u, 'head');
    if (head && head.t1 < this.w1 && this.plain(head.t1) && (this.isUpper(head.t1) || this.quoted(head.t1))) {
      const nom = head.value.nominative ?? '';
      prefix = this.isUpper(u) ? nom.charAt(0).toUpperCase() + nom.slice(1) : nom;
      kind = head.value.kind ?? kind;
      strong = true;
      u = head.t1;
    } else if (head || this.eduNounAt(u)) {
      // A type word alone is a reference to a body named elsewhere ("Powiat i Uczelnia", "Politechnika, Uniwersytet i GUMed").
      return null;
    } else if (LEGAL_HEAD.test(this.tk.words[u]) && this.isUpper(u) && u + 1 < this.w1 && this.quoted(u + 1)) {
      prefix = this.surface(u);
      kind = 'company';
      strong = true;
      u++;
    }
    if (this.shouting || this.eventTok.has(u)) return null;
    // "в Минске", "in Vilnius", "w Pucku": a place the gazetteer may not know.
    if (u > this.w0 && this.plain(u) && this.hit(u - 1, 'placePrep') && !this.hit(u - 1, 'with') && !prefix && descriptorKind === null) return null;
    let from: number;
    let end: number;
    let t1: number;
    const q = this.quoted(u);
    if (q) {
      // A quoted name right after a common noun is that thing's name ("форума «Россия»", "projektu „X”").
      if (!prefix && descriptorKind === null && this.apposition(u)) return null;
      for (let k = u; k < q.t1; k++) if (this.eventTok.has(k)) return null;
      from = q.start;
      end = q.end;
      t1 = q.t1;
      strong = true;
    } else {
      if (!this.isUpper(u)) return null;
      t1 = this.upperRun(u);
      if (t1 === u) return null;
      from = this.tk.start[u];
      end = this.tk.end[t1 - 1];
      const words = this.tk.words.slice(u, t1);
      if (words.some((w) => NOT_NAME.test(w))) return null;
      if (words.every((w) => LEGAL_WORD.test(w))) return null;
      const surfaces = words.map((_, k) => this.surface(u + k));
      const cyrText = this.lang === 'uk' || this.lang === 'ru' || this.lang === 'bg';
      const latinInCyr = cyrText && surfaces.some((x) => LATIN.test(x));
      const abbreviation = (x: string) => /\p{Lu}.*\p{Lu}/u.test(x);
      if (latinInCyr || surfaces.some(abbreviation)) strong = true;
      // "Tata Consultancy Services Limited": a legal form ends the run.
      if (LEGAL_LAST.test(words[words.length - 1])) {
        kind = 'company';
        strong = true;
      }
      // A capitalised word run on by lower-case words is the start of a longer name we cannot bound
      // ("Пермской городской думы"), or an adjective ("Russian universities").
      const runOn = t1 < this.w1 && this.plain(t1) && LOWER_START.test(this.surface(t1)) && !this.endsName(t1);
      if (runOn && (!strong || ((cyrText || this.lang === 'pl') && !latinInCyr && !abbreviation(surfaces[surfaces.length - 1])))) return null;
      // A person: "Eugene Vaganov", "Митев", "Сергія Анатолійовича".
      if (!strong && !prefix && (this.personLike(words) || (t1 - u === 2 && !words.some((w) => NAME_CONNECTORS.en.has(w))))) return null;
      // A place or a person is not a party.
      if (!prefix && this.isPlace(from, end)) return null;
      if (!prefix && isFirstName(this.lang, words[0])) return null;
    }
    if (!prefix) start = from;
    // A legal form after the name ("Kuca Sp. z o.o.", ", a.s.", "Limited").
    const tail = LEGAL_TAIL.exec(this.text.slice(end, Math.min(this.win.end, end + 24)));
    if (tail) {
      end += tail[0].length;
      kind = 'company';
      strong = true;
      while (t1 < this.w1 && this.tk.start[t1] < end) t1++;
    }
    if (kind === 'other' && !prefix && t1 - u === 1 && UNIVERSITY_ACRONYM.test(this.surface(u))) kind = 'university';
    // An education noun inside the name tells its kind ("Państwowych Szkół Budownictwa", "Vilnius Business College").
    if (kind === 'other') {
      for (let k = u; k < t1; k++) {
        const noun = this.eventAt(k, EDU_NOUN);
        if (noun?.value.kind && noun.value.kind !== 'other') {
          kind = noun.value.kind;
          break;
        }
      }
    }
    const written = this.text.slice(from, end);
    const name = (prefix ? `${prefix} ${written}` : written).replace(/\s+/gu, ' ').trim();
    return { start, end, t1, tag: null, name, kind, weak: !strong };
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

  /** A slot hit of `cat` whose last token is p. */
  slotEndsAt(p: number, cat: SlotCat): boolean {
    for (let t = Math.max(this.w0, p - 3); t <= p; t++) {
      const h = this.hit(t, cat);
      if (h && h.t1 === p + 1) return true;
    }
    return false;
  }

  /**
   * An unnamed education institution as a list item: an education noun not inside a tagged name,
   * after a count ("5 universities"), with the places it is from ("Учебные заведения Копчака и
   * Санкт-Петербурга").
   */
  unnamedAt(t: number): { core: Core; next: number; endChar: number } | null {
    let u = t;
    if (u < this.w1 && /^\d+$/u.test(this.tk.words[u])) u++;
    if (u >= this.w1 || this.mention.has(u)) return null;
    const noun = this.eventAt(u, EDU_NOUN);
    if (!noun || this.scan.mentionsIn({ start: noun.start, end: noun.end }).length > 0) return null;
    if (this.mention.has(noun.t1)) return null; // "Uniwersytet Gdański": the tagger's name
    let next = noun.t1;
    let endChar = noun.end;
    // The places the institutions are from: "Копчака и Санкт-Петербурга", "з Києва".
    for (let guard = 0; guard < 6 && next < this.w1 && this.plain(next); guard++) {
      const pl = this.scan.placesIn({ start: this.tk.start[next], end: this.win.end })[0];
      if (pl && pl.start === this.tk.start[next]) {
        while (next < this.w1 && this.tk.start[next] < pl.end) next++;
        endChar = pl.end;
        continue;
      }
      const joint = this.hit(next, 'and') ?? this.hit(next, 'placePrep');
      if (!joint || joint.t1 >= this.w1) break;
      const after = this.scan.placesIn({ start: this.tk.start[joint.t1], end: this.win.end })[0];
      if (!after || after.start !== this.tk.start[joint.t1]) break;
      next = joint.t1;
    }
    return { core: { start: noun.start, end: noun.end, t1: next, tag: null, name: '', kind: noun.value.kind ?? 'other', weak: false, unnamed: true }, next, endChar };
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

  /** One list item at token t: [title] [descriptor] name [(…)] [signer's name]. */
  item(t: number): { core: Core; next: number; endChar: number } | null {
    let u = t;
    if (this.lang === 'en' && this.tk.words[u] === 'the' && u + 1 < this.w1) u++;
    const unnamed = this.unnamedAt(u);
    if (unnamed) return unnamed;
    let titled = false;
    let linked = false;
    if (!this.mention.has(u)) {
      const title = this.hit(u, 'title');
      if (title && title.t1 < this.w1 && !this.mention.has(title.t0)) {
        u = title.t1;
        titled = true;
        linked = TITLE_LINKS.has(this.tk.words[title.t1 - 1]);
        if (this.lang === 'en' && this.tk.words[u] === 'the') u++;
      }
    }
    let kind: InstitutionKind | null = null;
    if (!this.mention.has(u)) {
      // Up to two lower-case adjectives before a generic word ("датската компания", "lubelskiej spółki").
      for (let k = 0; k <= 2 && u + k < this.w1; k++) {
        const d = this.hit(u + k, 'descriptor');
        if (d && !this.isUpper(u + k)) {
          let ok = true;
          for (let j = u; j < u + k; j++) if (this.isUpper(j) || !this.plain(j + 1) || this.eventAt(j, ANY_EVENT)) ok = false;
          if (ok) {
            kind = d.value.kind ?? null;
            u = d.t1;
            break;
          }
        }
        if (k < 2 && (u + k >= this.w1 || this.isUpper(u + k) || !LOWER_START.test(this.surface(u + k)))) break;
      }
    }
    // A type word before the tagger's own name ("фондом «Сколково»" tagged from the quote): that name.
    const head = this.hit(u, 'head');
    if (head && this.mention.has(head.t1) && this.plain(head.t1)) u = head.t1;
    if (u >= this.w1) return null;
    let core: Core | null = null;
    const m = this.mention.get(u);
    if (m) core = { start: m.start, end: m.end, t1: m.t1, tag: m.tag, name: m.tag.name, kind: m.tag.kind, weak: false };
    else core = this.bare(u, kind);
    if (!core) return null;
    // After "ректора", "начальника" a capitalised word or two is the signer ("начальника Шевченка"); a body
    // named by its title's genitive is one the tagger knows or one written in capitals or quotes.
    if (titled && !linked && core.weak && (this.personLike(core.name.toLowerCase().split(/\s+/u)) || core.t1 - u <= 2)) return null;
    // Words right before the tagger's name are a modifier of it ("“Teleradio” PU", "МБОУ «Школа № 5»"): that name is the party.
    if (!core.tag && core.t1 < this.w1 && /^[ \t\u00a0]*[«„“"]?$/u.test(this.gap(core.t1))) {
      const after = this.mention.get(core.t1);
      if (after) core = { start: after.start, end: after.end, t1: after.t1, tag: after.tag, name: after.tag.name, kind: after.tag.kind, weak: false };
    }
    let next = core.t1;
    let endChar = core.end;
    // An English word-order tail ("Madhya Pradesh government", "ISIE INDIA Private Limited company").
    if (!core.tag && next < this.w1 && this.plain(next)) {
      const tail = this.hit(next, 'tail');
      if (tail) {
        if (!tail.value.drop) {
          core.end = tail.end;
          core.name = `${core.name} ${this.text.slice(tail.start, tail.end)}`;
        }
        core.kind = tail.value.kind ?? core.kind;
        core.weak = false;
        next = tail.t1;
        endChar = tail.end;
      }
    }
    // A place after a dash ("Тракийски университет – Стара Загора"): part of how the name is written.
    if (next < this.w1 && /^\s*[–—-]\s*$/u.test(this.text.slice(endChar, this.tk.start[next]))) {
      const pl = this.scan.placesIn({ start: this.tk.start[next], end: this.win.end })[0];
      if (pl && pl.start === this.tk.start[next]) {
        while (next < this.w1 && this.tk.start[next] < pl.end) next++;
        endChar = pl.end;
      }
    }
    // A place after the name ("колледж «Подмосковье» в Лобне", "firmą DANEX z Roska"): not a list break.
    if (next < this.w1 && this.hit(next, 'placePrep') && /^\s*$/u.test(this.text.slice(endChar, this.tk.start[next]))) {
      const pl = this.scan.placesIn({ start: this.tk.start[next], end: this.win.end })[0];
      if (pl && next + 1 < this.w1 && pl.start === this.tk.start[next + 1]) {
        let v = next + 1;
        while (v < this.w1 && this.tk.start[v] < pl.end) v++;
        next = v;
        endChar = pl.end;
      } else if (next + 1 < this.w1 && this.isUpper(next + 1) && !this.mention.has(next + 1) && this.plain(next + 1)) {
        // A place the gazetteer lacks, when the list goes on right after it ("в Лобне и «Молодая гвардия»").
        const v = next + 2;
        if (v >= this.w1 || this.hit(v, 'and') || /^\s*[,.;]/u.test(this.text.slice(this.tk.end[next + 1], this.tk.start[v] ?? this.win.end))) {
          next = next + 2;
          endChar = this.tk.end[next - 1];
        }
      }
    }
    // Brackets after the name: an abbreviation, a country, "(вляво)".
    const after = next < this.tk.n ? this.text.slice(endChar, this.tk.start[next]) : '';
    if (/^\s*\(\s*$/u.test(after) || /^\s*\(/u.test(after)) {
      const close = this.text.indexOf(')', endChar);
      if (close > 0 && close < this.win.end) {
        let v = next;
        while (v < this.w1 && this.tk.end[v] <= close) v++;
        if (v - next <= MAX_BRACKET) {
          next = v;
          endChar = close + 1;
        }
      }
    }
    // "X в особі ректора Y", "reprezentowaną przez Prezesa Zarządu Pana Adama Ogrodnika": the signer, skipped.
    const rep = next < this.w1 ? this.hit(next, 'represented') : null;
    if (rep && /^[\s,]*$/u.test(this.text.slice(endChar, this.tk.start[next]))) {
      let v = rep.t1;
      for (let guard = 0; guard < 3 && v < this.w1; guard++) {
        const h = this.hit(v, 'title') ?? this.hit(v, 'honorific');
        if (!h) break;
        v = h.t1;
      }
      let names = 0;
      while (v < this.w1 && names < 4 && this.isUpper(v) && !this.mention.has(v) && (names === 0 || /^[\s.]*$/u.test(this.gap(v)))) {
        v++;
        names++;
      }
      if (v > rep.t1) {
        next = v;
        endChar = this.tk.end[v - 1];
      }
    }
    // The signer's name after the body ("ректор МГУ Виктор Садовничий", "Krastsvetmet, Mikhail Dyagilev,").
    if (titled || this.hit(next, 'honorific') || this.personApposition(next, endChar)) {
      const r = this.skipPerson(next, endChar);
      next = r.next;
      endChar = r.endChar;
    }
    return { core, next, endChar };
  }

  /** ", Eugene Vaganov," after a name: a signer's name set off by commas (capitalised words, no name of ours). */
  personApposition(t: number, endChar: number): boolean {
    if (t >= this.w1 || !/^\s*,\s*$/u.test(this.text.slice(endChar, this.tk.start[t]))) return false;
    let u = t;
    while (u < this.w1 && u - t < 3 && this.isUpper(u) && !this.mention.has(u) && !this.eventTok.has(u) && (u === t || this.plain(u))) u++;
    if (u - t < 2 || u >= this.w1) return false;
    return /^\s*,/u.test(this.text.slice(this.tk.end[u - 1], this.tk.start[u]));
  }

  skipPerson(t: number, endChar: number): { next: number; endChar: number } {
    let u = t;
    let e = endChar;
    const commaBefore = u < this.w1 && /^\s*,\s*$/u.test(this.text.slice(e, this.tk.start[u]));
    if (!commaBefore && u < this.w1 && !/^\s*$/u.test(this.text.slice(e, this.tk.start[u]))) return { next: t, endChar };
    while (u < this.w1) {
      const h = this.hit(u, 'honorific');
      if (!h) break;
      u = h.t1;
    }
    let names = 0;
    while (u < this.w1 && names < 3 && this.isUpper(u) && !this.mention.has(u) && (names === 0 || /^[\s.]*$/u.test(this.gap(u)))) {
      u++;
      names++;
    }
    if (names === 0) return { next: t, endChar };
    e = this.tk.end[u - 1];
    if (commaBefore && u < this.w1 && /^\s*,/u.test(this.text.slice(e, this.tk.start[u]))) e = this.text.indexOf(',', e) + 1;
    return { next: u, endChar: e };
  }

  /** A list of parties from token t; empty when no item starts there. */
  list(t: number): { items: Core[]; next: number; endChar: number } {
    const items: Core[] = [];
    let u = t;
    let next = t;
    let endChar = t < this.tk.n ? this.tk.start[t] : this.win.end;
    while (u < this.w1) {
      const it = this.item(u);
      if (!it) break;
      items.push(it.core);
      next = it.next;
      endChar = it.endChar;
      if (next >= this.w1) break;
      const sep = this.text.slice(endChar, this.tk.start[next]);
      let v = next;
      if (/^\s*,\s*$/u.test(sep)) {
        const and = this.hit(v, 'and');
        if (and) v = and.t1;
      } else if (/^\s*$/u.test(sep)) {
        const and = this.hit(v, 'and');
        if (!and) break;
        v = and.t1;
      } else break;
      const joined = this.joinedName(items, sep, v);
      if (joined) {
        items[items.length - 1] = joined.core;
        next = joined.next;
        endChar = joined.endChar;
        if (next >= this.w1) break;
        const sep2 = this.text.slice(endChar, this.tk.start[next]);
        const and2 = this.hit(next, 'and');
        if (!(/^\s*,\s*$/u.test(sep2) || (/^\s*$/u.test(sep2) && and2))) break;
        u = and2 ? and2.t1 : next;
        if (u >= this.w1 || !this.item(u)) break;
        continue;
      }
      if (v >= this.w1 || !this.item(v)) {
        // "Историческия и Филологическия факултет": adjectives sharing a head we cannot read.
        if (v > next && items[items.length - 1].weak) items.pop();
        break;
      }
      u = v;
    }
    // A list of bare capitalised words only, at the start of the sentence, is no list ("Стороны подписали").
    if (items.length > 0 && items.every((c) => c.weak) && items[0].start <= this.tk.start[this.first]) return { items: [], next: t, endChar };
    // Weak names stand only beside a tagged one or a strong one.
    if (items.some((c) => c.weak) && !items.some((c) => !c.weak)) {
      if (items[0].start <= this.tk.start[this.first]) return { items: [], next: t, endChar };
    }
    return { items, next, endChar };
  }

  /**
   * A list may start at token t: not inside a run of capitalised words or initials ("В. Даля",
   * "Eugene Vaganov"), not right after a title (a signer's name follows it).
   */
  canStart(t: number): boolean {
    if (t <= this.w0) return true;
    const g = this.gap(t);
    if (/[,:;(—–]/u.test(g)) return true;
    if (this.isUpper(t - 1) && /^[.\s]*$/u.test(g) && !ARTICLES.has(this.tk.words[t - 1])) return false;
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
    return this.scan.datesIn({ start: this.tk.start[t], end: this.win.end }).some((d) => d.start <= this.tk.start[t] && d.end >= this.tk.end[t]);
  }

  /**
   * "Państwowych Szkół Budownictwa i Geodezji w Lublinie": a bare name of several words, "and", and a
   * single bare word read as one name (a lone capitalised word after "and" continues the name).
   */
  joinedName(items: Core[], sep: string, v: number): { core: Core; next: number; endChar: number } | null {
    const last = items[items.length - 1];
    if (!last || last.tag || !last.weak || last.name.split(/\s+/u).length < 2 || !/^\s*$/u.test(sep) || v >= this.w1) return null;
    const it = this.item(v);
    if (!it || it.core.tag || !it.core.weak || it.core.t1 - v !== 1) return null;
    const core: Core = { ...last, end: it.core.end, t1: it.core.t1, name: this.text.slice(last.start, it.endChar).replace(/\s+/gu, ' ').trim() };
    return { core, next: it.next, endChar: it.endChar };
  }

  /** Tokens between a subject list and its verb that do not break the link: dates, "today", "on Friday". */
  fillersOk(a: number, b: number, listEnd: number): boolean {
    if (b - a > MAX_FILLERS) return false;
    if (!/^\s*$/u.test(this.text.slice(listEnd, a < this.tk.n ? this.tk.start[a] : listEnd))) return false;
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
const FUNCTION_SLOTS: ReadonlySet<SlotCat> = new Set(['and', 'with', 'by', 'placePrep', 'stop', 'topic']);
/** Articles: a capitalised "The" opening the sentence starts no name run. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Last words of a signer's title that link it to the body ("the CEO of X", "ректорът на X"). */
const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'на']);
/** Event words that are never inside a name we read ("Меморандуму", "Споразумение", "signed"). */
const NAME_BREAKERS: ReadonlySet<string> = new Set(['agreement', 'signed', 'planned', 'terminated', 'between', 'backref', 'notParty']);
const EDU_NOUN: ReadonlySet<string> = new Set(['eduNoun']);
const ANY_EVENT: ReadonlySet<string> = new Set(['agreement', 'signed', 'planned', 'terminated', 'between', 'notParty', 'backref']);
const AGREEMENT_OR_STATUS: ReadonlySet<string> = new Set(['agreement', 'signed', 'planned', 'terminated']);

/** A common first name in the document's language (the tagger's table): a person, not a party. */
function isFirstName(lang: Lang | null, word: string): boolean {
  return activeTables(lang).some((t) => isFirstNameIn(t, word));
}

function toItem(c: Core): PartyItem {
  return { start: c.start, end: c.end, tag: c.tag, name: c.name, kind: c.kind };
}

/** News sources ("сообщает пресс-служба X") and bodies an agreement creates ("о создании Ассоциации") in a window. */
function sourceZones(scan: EventScan, r: WindowReader, win: Span, hits: EventHit[]): Span[] {
  const out: Span[] = [];
  const zoneAfter = (h: SlotHit) => {
    const m = scan.mentionsIn({ start: h.end, end: win.end })[0];
    if (!m) return;
    const [mt0] = scan.tokenRange(m);
    if (mt0 - h.t1 > ZONE_REACH) return;
    if (hits.some((e) => AGREEMENT_OR_STATUS.has(e.cat) && e.start >= h.end && e.start < m.start)) return;
    out.push({ start: h.start, end: m.end });
  };
  for (const h of r.slotHits('attribution')) zoneAfter(h);
  for (const h of r.slotHits('object')) zoneAfter(h);
  return out;
}

/** Relative clauses about the agreement and context ("в рамках проекта X", "in the presence of X") in a window. */
function contextZones(r: WindowReader, win: Span, hits: EventHit[], trigger: EventHit | null): Span[] {
  const out: Span[] = [];
  if (trigger) {
    for (const h of r.slotHits('relative')) {
      if (h.start <= trigger.start || !/,\s*$/u.test(r.gap(h.t0))) continue;
      if (hits.some((e) => STATUS.has(e.cat) && e.start > h.start)) continue;
      out.push({ start: h.start, end: win.end });
    }
  }
  // What the agreement is about: "соглашение о строительстве корпуса школы № 4" (up to "с", "между", a verb or a comma).
  for (const a of hits) {
    if (a.cat !== 'agreement') continue;
    const t = r.hit(a.t1, 'topic');
    if (!t || !r.plain(a.t1)) continue;
    // "dotyczącego współpracy uczelni oraz Gminy": the cooperation of its parties.
    if (t.t1 < r.w1 && r.hit(t.t1, 'cooperation')) continue;
    let end = win.end;
    for (let u = t.t1; u < r.w1; u++) {
      if (/[,;:()—–]/u.test(r.gap(u)) || r.hit(u, 'with') || r.hit(u, 'by') || r.eventAt(u, ANY_EVENT)) {
        end = r.tk.start[u];
        break;
      }
    }
    out.push({ start: t.start, end });
  }
  // Up to the next signing word: "В присутствии гостей ... состоялось подписание соглашения между X и Y".
  for (const h of hits) {
    if (h.cat !== 'notParty') continue;
    const stop = hits.find((e) => e.start > h.start && (AGREEMENT_OR_STATUS.has(e.cat) || e.cat === 'between'));
    out.push({ start: h.start, end: stop ? stop.start : win.end });
  }
  return out;
}

/** A capitalised word after a place preposition, not a tagged name: a settlement the gazetteer may lack ("в Минске"). */
export function placeAfterPreposition(scan: EventScan, span: Span): boolean {
  const r = new WindowReader(scan, span, scan.hitsIn(span));
  for (const h of r.slotHits('placePrep')) {
    const t = h.t1;
    if (t < r.w1 && r.isUpper(t) && r.plain(t) && !r.hasMention(t) && !NOT_NAME.test(r.tk.words[t]) && !r.eduNounAt(t)) return true;
  }
  return false;
}

/** Institutions tagged in a sentence near an agreement, minus news sources and context: the parties it may mean. */
export function namedNear(scan: EventScan, span: Span): InstitutionTag[] {
  const hits = scan.hitsIn(span);
  const r = new WindowReader(scan, span, hits);
  const zones = [...sourceZones(scan, r, span, hits), ...contextZones(r, span, hits, null)];
  const out: InstitutionTag[] = [];
  for (const m of scan.mentionsIn(span)) {
    if (zones.some((z) => m.start >= z.start && m.start < z.end)) continue;
    if (!out.includes(m.tag)) out.push(m.tag);
  }
  return out;
}

/**
 * The lists of parties in an agreement window and the spans whose institutions are not parties.
 * `hits` are the event hits of the window; `trigger` is the agreement word.
 */
export function readParties(scan: EventScan, win: Span, hits: EventHit[], trigger: EventHit): SentenceParties {
  const r = new WindowReader(scan, win, hits);
  const lists: PartyList[] = [];
  let unnamedEducation = false;
  const add = (role: ListRole, items: Core[]) => {
    if (items.some((c) => c.unnamed)) unnamedEducation = true;
    const named = items.filter((c) => !c.unnamed);
    if (named.length > 0) lists.push({ role, items: named.map(toItem) });
  };
  const hard = (a: number, b: number) => /[.;!?\n]/u.test(scan.text.slice(a, b));

  for (const h of hits) {
    if (h.cat === 'between') add('between', r.list(h.t1).items);
  }
  const anchors = hits.filter((h) => AGREEMENT_OR_STATUS.has(h.cat));
  for (const w of r.slotHits('with')) {
    const near = anchors.some((a) => a.t1 <= w.t0 && w.t0 - a.t1 <= WITH_REACH && !hard(a.end, w.start));
    if (near) add('with', r.list(w.t1).items);
  }
  for (const s of hits) {
    if (!STATUS.has(s.cat)) continue;
    const by = r.hit(s.t1, 'by');
    if (by && r.plain(s.t1)) add('by', r.list(by.t1).items);
    // The subject before the verb ("МГУ и Huawei подписали", "X and Y signed", "X on Friday signed").
    for (let k = Math.max(r.w0, s.t0 - SUBJECT_REACH); k < s.t0; k++) {
      if (!r.mayBeginItem(k) || !r.canStart(k)) continue;
      const l = r.list(k);
      if (l.items.length === 0 || l.next > s.t0) continue;
      if (!r.fillersOk(l.next, s.t0, l.endChar)) continue;
      add('subject', l.items);
      break;
    }
    // The subject after the verb ("Соглашение подписали X и Y", "подписаха БАН и Община Русе").
    if (scan.ctx.lang !== 'en' && s.t1 < r.w1) {
      let k = s.t1;
      while (k < r.w1 && k - s.t1 < MAX_FILLERS && r.isFiller(k)) k++;
      if (r.plain(k) || k === s.t1) add('subject', r.list(k).items);
    }
  }

  const strong = sourceZones(scan, r, win, hits);
  const excluded = [...strong, ...contextZones(r, win, hits, trigger)];
  // A news source or a body the agreement creates is no party, whatever list it stands in.
  for (const l of lists) l.items = l.items.filter((it) => !strong.some((z) => it.start >= z.start && it.start < z.end));
  const generic = r.slotHits('generic').some((g) => Math.abs(g.t0 - trigger.t0) <= 3 || (g.t0 <= trigger.t0 && g.t1 >= trigger.t0));
  return { lists: lists.filter((l) => l.items.length > 0), unnamedEducation, excluded, generic };
}
