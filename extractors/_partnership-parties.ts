/**
 * The parties of one agreement: the lists its sentence names (extractors/_partnership-slots.ts) and
 * the other institutions tagged there, minus the news source and context; names the institution
 * tagger did not know become tags of their own (one per name and document, found again by key,
 * abbreviation or quoted short form, named by what an abbreviation the text defines in brackets
 * spells); an unnamed institution of a kind ("между вузом и банком") is the text's one institution of
 * that kind; a partyless signing takes the parties of the sentence before or after it, or needs a
 * date or a place of its own.
 */
import type { InstitutionTag } from '../types.js';
import { EDU_KINDS, isEventDate, type EventHit, type EventScan, type Span } from './_event-scan.js';
import { isAcronymOf, sameParty } from './_partnership-rules.js';
import { namedNear, placeAfterPreposition, readParties, type ListRole, type PartyItem } from './_partnership-slots.js';
import { clip, membersOf } from './_partnership-members.js';
import { ListReader } from './_partnership-items.js';
import { EVENT_LEXICONS } from './lang/events/index.js';
import { LANGS } from '../types.js';
import { institutionKey } from './institution-key.js';

/** A name that does not decline: Latin letters, an abbreviation, or a quoted name. */
const UNDECLINED_NAME = /^(?:[A-Za-z][A-Za-z\d&.\- ]*|[\p{Lu}\d]{2,8}|[«„“"].+[»“”"])$/u;
const LATIN_START = /^[A-Za-z]/u;
/** Capitalised Latin words right after a Latin name ("Huawei| Technologies"). */
const LATIN_WORDS_AFTER = /^(?: [A-Z][A-Za-z&\-]+){1,3}(?=$|[\s,.;:)»"”])/u;
/** Occurrences of a found name looked for in the text. */
const MAX_OCCURRENCES = 20;

/** An abbreviation written in capitals ("CRASP", "РУО"). */
const ABBREVIATION = /^\p{Lu}{2,8}$/u;
/** Most words of a name an abbreviation stands for. */
const MAX_SPELLED_WORDS = 12;
/** Function words an abbreviation skips ("Conference of Rectors …", "Управление на образованието"). */
const SPELL_SKIP = /^(?:of|the|and|for|in|at|on|и|і|та|в|у|на|за|по|w|i|z|dla|do|im|имени|імені)$/iu;

/**
 * The name an abbreviation stands for where the text defines it in brackets ("… of the Conference of
 * Rectors of Academic Schools in Poland (CRASP)"): the words before the bracket whose initials, function
 * words skipped, spell it, the first capitalised. Null when the text defines it nowhere.
 */
function definedAbbreviation(text: string, abbr: string): string | null {
  const at = text.indexOf(`(${abbr})`);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 200), at).replace(/\s+$/u, '');
  const words = before.split(/\s+/u).slice(-MAX_SPELLED_WORDS);
  for (let i = words.length - 1; i >= 0; i--) {
    const run = words.slice(i);
    if (run.some((w) => /[.,;:!?()«»"“”]$/u.test(w) && w !== run[run.length - 1])) return null;
    const initials = run.filter((w) => !SPELL_SKIP.test(w)).map((w) => w[0].toUpperCase()).join('');
    if (initials === abbr.toUpperCase() && /^\p{Lu}/u.test(run[0])) return run.join(' ');
    if (initials.length > abbr.length) return null;
  }
  return null;
}

/** The quoted part of a name, quote marks dropped («Сколково» → Сколково). */
const QUOTED_NAME = /(?<=[«„“"])[^«»„“”"]+(?=[»“”"])/u;

/**
 * Parties named by the agreement's own sentence that the institution tagger did not know
 * ("МГУ и Huawei подписали", "between X and Y"): one tag per name and document, found again by key.
 */
export class FoundParties {
  readonly tags = new Map<string, InstitutionTag>();
  constructor(private readonly scan: EventScan) {}

  private readonly byName = new Map<string, string>();
  private readonly distinct = new Set<string>();

  /** Tags named side by side in one list ("X і Y"): different institutions. */
  coordinated(tags: InstitutionTag[]): void {
    for (let i = 0; i < tags.length; i++) {
      for (let j = i + 1; j < tags.length; j++) {
        if (tags[i].key === tags[j].key) continue;
        this.distinct.add(`${tags[i].key}\u0000${tags[j].key}`);
        this.distinct.add(`${tags[j].key}\u0000${tags[i].key}`);
      }
    }
  }

  apart(a: InstitutionTag, b: InstitutionTag): boolean {
    return this.distinct.size > 0 && this.distinct.has(`${a.key}\u0000${b.key}`);
  }

  tagOf(item: PartyItem): InstitutionTag {
    const lang = this.scan.ctx.lang;
    let key = this.byName.get(item.name);
    if (key === undefined) {
      key = institutionKey(item.name, lang);
      this.byName.set(item.name, key);
    }
    const own = this.tags.get(key) ?? this.sameQuoted(item);
    if (own) return this.addMention(own, item);
    // The tagger's own tag under another key, or the abbreviation of one ("РУО" of "Регионално управление на образованието").
    const acronym = item.name.split(/\s+[–—-]\s+/u)[0];
    const quoted = QUOTED_NAME.exec(item.name)?.[0] ?? null;
    const tags = this.scan.ctx.institutions;
    const known =
      tags.find((t) => t.key === key) ??
      tags.find((t) => isAcronymOf(acronym, t.name)) ??
      // "НГУ и «Сколково» подписали": the quoted name of a tagged body ("Фонд «Сколково»").
      (quoted && quoted.length > 4 ? tags.find((t) => t.name.includes(quoted) || t.aliases.includes(item.name)) : undefined) ??
      // A case form of a tagged name ("Білозерським науковим ліцеєм" of "Білозерський науковий ліцей ім. …").
      tags.find((t) => sameParty({ key, name: item.name, kind: item.kind, aliases: [], mentions: [], confidence: 0 }, t)) ??
      // A municipality named by its place, tagged with its type word ("Добрич" of "Община Добрич").
      (item.kind === 'municipality' ? tags.find((t) => t.kind === 'municipality' && t.name.endsWith(` ${item.name}`)) : undefined);
    if (known) return known;
    const mention = { text: this.scan.text.slice(item.start, item.end), start: item.start, end: item.end };
    // "the Conference of Rectors of Academic Schools in Poland (CRASP)": the name the text spells out.
    const full = ABBREVIATION.test(item.name) ? definedAbbreviation(this.scan.text, item.name) : null;
    const tag: InstitutionTag = { key, name: full ?? item.name, kind: item.kind, aliases: full ? [item.name] : [], mentions: [mention], confidence: 0.6 };
    this.tags.set(key, tag);
    return tag;
  }

  /** A name already found with the same quoted part ("«Сколково»" and "Фонд «Сколково»"), or found as that part alone. */
  private sameQuoted(item: PartyItem): InstitutionTag | undefined {
    const quoted = QUOTED_NAME.exec(item.name)?.[0];
    if (!quoted || quoted.length <= 4) return undefined;
    // "Вінницяобленерго" found before "AТ «Вінницяобленерго»": a name that is the quoted part itself.
    for (const t of this.tags.values()) if ((QUOTED_NAME.exec(t.name)?.[0] ?? t.name) === quoted) return t;
    return undefined;
  }

  /**
   * The found tags' other occurrences in the text, as mentions: names that do not decline (Latin in
   * Cyrillic text, abbreviations, quoted names). A longer Latin form seen elsewhere is the display
   * name ("Huawei" and "компанией Huawei Technologies").
   */
  completeMentions(): void {
    const text = this.scan.text;
    for (const tag of this.tags.values()) {
      const written = tag.mentions[0] ? text.slice(tag.mentions[0].start, tag.mentions[0].end) : '';
      if (!UNDECLINED_NAME.test(written)) continue;
      let longest = tag.name;
      const seen: { at: number; end: number }[] = [];
      let from = 0;
      for (let n = 0; n < MAX_OCCURRENCES; n++) {
        const at = text.indexOf(written, from);
        if (at < 0) break;
        from = at + written.length;
        if (/[\p{L}\d]/u.test(text[at - 1] ?? '') || /[\p{L}\d]/u.test(text[from] ?? '')) continue;
        let end = from;
        const more = LATIN_WORDS_AFTER.exec(text.slice(end, end + 60));
        if (more && LATIN_START.test(written)) end += more[0].length;
        seen.push({ at, end });
        if (end - at > longest.length && text.slice(at, end).startsWith(tag.name)) longest = text.slice(at, end);
      }
      // A mention is the longest name where it is written so, else the name as first found.
      for (const o of seen) {
        const end = text.slice(o.at, o.end) === longest ? o.end : o.at + written.length;
        const m = tag.mentions.find((x) => x.start === o.at);
        if (m) {
          m.end = end;
          m.text = text.slice(o.at, end);
        } else tag.mentions.push({ text: text.slice(o.at, end), start: o.at, end });
      }
      tag.mentions.sort((a, b) => a.start - b.start);
      if (longest !== tag.name) {
        tag.aliases.push(tag.name);
        tag.name = longest;
      }
    }
  }

  private addMention(tag: InstitutionTag, item: PartyItem): InstitutionTag {
    if (tag.mentions.some((m) => m.start === item.start)) return tag;
    // The fullest name seen: "Фонд «Сколково»" after "«Сколково»".
    if (this.tags.get(tag.key) === tag && item.name.length > tag.name.length && item.name.includes(tag.name.replace(/^[«„“"]|[»“”"]$/gu, ''))) {
      if (!tag.aliases.includes(tag.name)) tag.aliases.push(tag.name);
      tag.name = item.name;
    }
    const mention = { text: this.scan.text.slice(item.start, item.end), start: item.start, end: item.end };
    tag.mentions.push(mention);
    tag.mentions.sort((a, b) => a.start - b.start);
    if (!tag.aliases.includes(mention.text) && mention.text !== tag.name) tag.aliases.push(mention.text);
    return tag;
  }
}

/**
 * The parties of one agreement window: the lists the sentence's syntax names (tagged institutions
 * and names the tagger did not know), then the other institutions tagged in the window, minus the
 * news source, a body the agreement creates, a relative clause and context ("w ramach projektu X").
 */
export interface MentionParties {
  parties: InstitutionTag[];
  /** The lists the sentence names, with where each begins (for several agreements in one sentence). */
  groups: { role: ListRole; at: number; tags: InstitutionTag[]; each?: boolean }[];
  generic: boolean;
  unnamedEducation: boolean;
}

export function partiesIn(scan: EventScan, win: Span, hits: EventHit[], trigger: EventHit, found: FoundParties): MentionParties {
  const read = readParties(scan, win, hits, trigger);
  const named: { tag: InstitutionTag; at: number }[] = [];
  const listed = new Set<number>();
  const groups: MentionParties['groups'] = [];
  const listedTags: InstitutionTag[] = [];
  for (const l of read.lists) {
    const tags = l.items.map((it) => it.tag ?? found.tagOf(it));
    groups.push({ role: l.role, at: l.items[0].start, tags });
    listedTags.push(...tags);
    l.items.forEach((it, i) => {
      listed.add(it.start);
      named.push({ tag: tags[i], at: it.start });
    });
  }
  // "pomiędzy A i B a przedsiębiorstwami": the bodies named beside a plural in "between" are one side.
  if (read.placeholders.some((ph) => ph.role === 'between')) for (const g of groups) if (g.role === 'between') Object.assign(g, { role: 'subject', at: -1 });
  // The other side named one by one before the sentence, on the lines after its colon or where a plural introduces it.
  const si = scan.sentenceIndex(win.start);
  for (const ph of read.placeholders) {
    const listed = membersOf(scan, si, ph);
    if (listed.items.length === 0) continue;
    // The members sign one by one, as do the partners named beside them ("с общини … и с Община Добрич");
    // the side named after "between" signs each.
    if (!ph.open) {
      for (const g of groups) {
        if (g.role === 'with') g.each = true;
        else if (g.role === 'between') Object.assign(g, { role: 'subject', at: -1 });
      }
    }
    const sides = new Set(listed.sides);
    // "z przedsiębiorstwami": the names listed are companies.
    const tags = listed.items.map((it) => it.tag ?? found.tagOf(ph.kind && it.kind === 'other' ? { ...it, kind: ph.kind } : it));
    const at = ph.end;
    if (ph.role === 'between' && ph.open && sides.size > 1) {
      // "pomiędzy: A, … a trzema szkołami: B1, B2, B3": A signs with each B.
      groups.push({ role: 'subject', at: -1, tags: tags.filter((_, i) => listed.sides[i] === 0) });
      groups.push({ role: 'with', at, tags: tags.filter((_, i) => listed.sides[i] > 0), each: true });
    } else groups.push({ role: 'with', at, tags, each: true });
    listedTags.push(...tags);
    for (const t of tags) named.push({ tag: t, at });
  }
  // "между вузом и банком Сантандер": the one institution of that kind the text names.
  for (const ref of read.references) {
    // Only a noun that tells the kind ("вуз", "університет"), not "заклад" or "учреждение".
    if (ref.kind === 'other' || !EDU_KINDS.has(ref.kind)) continue;
    const known = scan.ctx.institutions.filter((t) => t.kind === ref.kind);
    if (known.length !== 1 || listedTags.includes(known[0])) continue;
    groups.push({ role: ref.role, at: ref.at, tags: [known[0]] });
    listedTags.push(known[0]);
    named.push({ tag: known[0], at: ref.at });
  }
  // Bodies named in the sentence's lists are different parties: the signer is not its partner.
  found.coordinated(listedTags);
  for (const m of scan.mentionsIn(win)) {
    if (listed.has(m.start)) continue;
    if (read.excluded.some((z) => m.start >= z.start && m.start < z.end)) continue;
    named.push({ tag: m.tag, at: m.start });
  }
  // In the order the sentence names them.
  named.sort((a, b) => a.at - b.at);
  const out: InstitutionTag[] = [];
  for (const n of named) if (!out.includes(n.tag)) out.push(n.tag);
  return { parties: out, groups, generic: read.generic, unnamedEducation: read.unnamedEducation };
}

/** One of several agreements written in one sentence: its agreement word and its parties. */
export interface SplitAgreement {
  trigger: EventHit;
  parties: InstitutionTag[];
  /** No party on the other side was named in the sentence ("the termination of the agreement with X, …"). */
  sideless: boolean;
}

const PLURAL_CACHE = new Map<string, ReadonlySet<string>>();

/** The agreement word is an unambiguous plural ("agreements", "договоров", "umów"). */
export function isPlural(scan: EventScan, trigger: EventHit): boolean {
  const lang = scan.ctx.lang;
  const key = lang ?? '*';
  let set = PLURAL_CACHE.get(key);
  if (!set) {
    set = new Set((lang ? [lang] : LANGS).flatMap((l) => EVENT_LEXICONS[l].pluralAgreements));
    PLURAL_CACHE.set(key, set);
  }
  for (let t = trigger.t0; t < trigger.t1; t++) if (set.has(scan.tokens.words[t])) return true;
  return false;
}

/**
 * Several agreements in one sentence: each agreement word with its own "with" or "between" list
 * ("the termination of the cooperation agreement with A, the termination of the academic agreement
 * with B, and of the exchange agreements with C and D"), and a plural agreement word with a list
 * of partners ("agreements with C and D": one each). The signers before the verb are every part's.
 * Null when the sentence names one agreement.
 */
export function splitAgreements(scan: EventScan, triggers: EventHit[], groups: MentionParties['groups']): SplitAgreement[] | null {
  const own = triggers.map((): InstitutionTag[] => []);
  const shared: InstitutionTag[] = [];
  const eachOf = triggers.map(() => false);
  // "porozumień pomiędzy A a B": a list after "between" names both sides of its agreements, never one each.
  const betweenOf = triggers.map(() => false);
  for (const g of groups) {
    let idx = -1;
    if (g.role === 'with' || g.role === 'between') for (let i = 0; i < triggers.length; i++) if (triggers[i].start < g.at) idx = i;
    // A list from elsewhere belongs to the agreement word it stands for (the first, when before all).
    if (g.each && idx < 0) idx = 0;
    if (g.each && idx >= 0) eachOf[idx] = true;
    if (g.role === 'between' && idx >= 0) betweenOf[idx] = true;
    for (const tag of g.tags) {
      const into = idx >= 0 ? own[idx] : shared;
      if (!into.includes(tag)) into.push(tag);
    }
  }
  const parts = triggers
    .map((trigger, i) => ({ trigger, own: own[i].filter((t) => !shared.includes(t)), each: eachOf[i], between: betweenOf[i] }))
    .filter((p) => p.own.length > 0);
  const oneEach = (p: (typeof parts)[number]) => p.own.length >= 2 && (p.each || (!p.between && isPlural(scan, p.trigger)));
  if (parts.length < 2 && !parts.some(oneEach)) return null;
  const out: SplitAgreement[] = [];
  for (const p of parts) {
    const each = oneEach(p) ? p.own.map((t) => [t]) : [p.own];
    for (const side of each) out.push({ trigger: p.trigger, parties: [...shared, ...side], sideless: shared.length === 0 });
  }
  return out;
}

/**
 * How many sentences before or after a partyless agreement its parties may be named: a lead and two
 * sentences of background may stand between ("leaders of the two universities signed an MoU. … …
 * Despite the war, Taras Shevchenko National University of Kyiv remains open"); 2 missed that, 3 and 4
 * read the same on dev and the eval sets.
 */
const NEARBY_SENTENCES = 3;

/**
 * Parties of an agreement whose sentences name none: the institutions of the nearest sentence (one
 * or two away) that names an education institution, news sources left out ("Стороны подписали
 * трёхстороннее соглашение. ... — заявил директор Подольского колледжа").
 */
export function partiesNearby(scan: EventScan, sentences: number[]): InstitutionTag[] {
  for (let d = 1; d <= NEARBY_SENTENCES; d++) {
    for (const si of sentences) {
      for (const j of [si - d, si + d]) {
        if (j < 0 || j >= scan.sentences.length) continue;
        const tags = namedNear(scan, scan.sentences[j]);
        if (tags.some((t) => EDU_KINDS.has(t.kind))) return tags;
      }
    }
  }
  return [];
}

/**
 * The other party of an agreement whose sentences name one: the sentence before or after it in its
 * paragraph tells that party's cooperation with exactly one other institution ("Technikum … od lat
 * ściśle współpracuje z Politechniką Gdańską. … odbyło się podpisanie kolejnej umowy o współpracy").
 */
export function companionNearby(scan: EventScan, sentences: number[], party: InstitutionTag): InstitutionTag | null {
  for (const si of sentences) {
    for (const j of [si - 1, si + 1]) {
      if (j < 0 || j >= scan.sentences.length || scan.paraOf[j] !== scan.paraOf[si]) continue;
      const span = clip(scan.sentences[j]);
      const tags = namedNear(scan, span);
      if (!tags.includes(party) || tags.length !== 2) continue;
      const r = new ListReader(scan, span, scan.hitsIn(span));
      if (r.slotHits('cooperation').length === 0) continue;
      return tags.find((t) => t !== party) ?? null;
    }
  }
  return null;
}

/** The window tells a date or a place of its own: a signing that took place, not talk about agreements. */
export function concrete(scan: EventScan, win: Span): boolean {
  if (scan.datesIn(win).some(isEventDate)) return true;
  if (placeAfterPreposition(scan, win)) return true;
  return scan.placesIn(win).some((p) => p.kind === 'settlement' && !scan.mentionsIn(win).some((n) => p.start >= n.start && p.end <= n.end));
}
