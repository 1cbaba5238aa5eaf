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
import type { InstitutionKind, InstitutionTag } from '../types.js';
import type { EventHit, EventScan, Span } from './_event-scan.js';
import { ListReader } from './_partnership-items.js';
import { AGREEMENT_OR_STATUS, ANY_EVENT, LOWER_START, MAX_FILLERS, NOT_NAME, STATUS, type Core, type SlotHit } from './_partnership-window.js';

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
  /**
   * The other side written as a plural named one by one elsewhere: "umowy z przedsiębiorstwami"
   * (the companies listed before), "pomiędzy: … a trzema szkołami:" (listed after the colon).
   * `open`: the list goes on after a colon at the end of the sentence.
   */
  placeholders: { role: ListRole; end: number; open: boolean; kind: InstitutionKind | null; groupKind: InstitutionKind }[];
  /** Unnamed education institutions in the singular in a list ("между вузом и банком Сантандер"), with where they stand. */
  references: { role: ListRole; at: number; kind: InstitutionKind }[];
}

/** How far back a subject list may start before its verb, in tokens. */
const SUBJECT_REACH = 30;

/** Words opening a reported clause after a reporting verb, in the five languages ("told that", "сообщил, что"). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'что', 'що', 'że', 'че']);

/** How far after a reporting phrase or "о создании" the body it names may start, in tokens. */
const ZONE_REACH = 5;

/** How far after the agreement word or verb "with" may stand, in tokens. */
const WITH_REACH = 8;

function toItem(c: Core): PartyItem {
  return { start: c.start, end: c.end, tag: c.tag, name: c.name, kind: c.kind };
}

/** News sources ("сообщает пресс-служба X") and bodies an agreement creates ("о создании Ассоциации") in a window. */
function sourceZones(scan: EventScan, r: ListReader, win: Span, hits: EventHit[]): Span[] {
  const out: Span[] = [];
  const zoneAfter = (h: SlotHit) => {
    const m = scan.mentionsIn({ start: h.end, end: win.end })[0];
    const [mt0] = m ? scan.tokenRange(m) : [Infinity];
    if (mt0 - h.t1 > ZONE_REACH) {
      // A name the tagger did not know right after it ("По сообщению ТАСС, …").
      if (h.t1 < r.w1 && r.isUpper(h.t1) && r.upperRun(h.t1) > h.t1) out.push({ start: h.start, end: r.tk.end[r.upperRun(h.t1) - 1] });
      return;
    }
    if (!m) return;
    if (hits.some((e) => AGREEMENT_OR_STATUS.has(e.cat) && e.start >= h.end && e.start < m.start)) return;
    out.push({ start: h.start, end: m.end });
  };
  // "X was told that A, B … announced": after "that" the clause reported, not its source.
  for (const h of r.slotHits('attribution')) if (!(h.t1 < r.w1 && COMPLEMENTIZERS.has(r.tk.words[h.t1]))) zoneAfter(h);
  for (const h of r.slotHits('object')) zoneAfter(h);
  return out;
}

/** Lower-case words an agreement's topic may put before its cooperation word ("о совместной кооперации"). */
const TOPIC_ADJECTIVES = 2;

/** Relative clauses about the agreement and context ("в рамках проекта X", "in the presence of X") in a window. */
function contextZones(r: ListReader, win: Span, hits: EventHit[], trigger: EventHit | null): Span[] {
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
    // "dotyczącego współpracy uczelni oraz Gminy", "о совместной кооперации Центра … и … университета":
    // the cooperation of its parties (up to two lower-case adjectives before the cooperation word).
    let c = t.t1;
    while (c < r.w1 && c - t.t1 < TOPIC_ADJECTIVES && !r.hit(c, 'cooperation') && r.plain(c) && LOWER_START.test(r.surface(c)) && !r.eventAt(c, ANY_EVENT)) c++;
    if (c < r.w1 && r.hit(c, 'cooperation')) continue;
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
  // A signer's title right after the context's own words, no comma or list word before it, opens the signers:
  // "В присутствии губернатора области Василия Голубева | ректор ЮФУ …", "В рамках … конференции «…» | ректор …".
  for (const h of hits) {
    if (h.cat !== 'notParty') continue;
    const stop = hits.find((e) => e.start > h.start && (AGREEMENT_OR_STATUS.has(e.cat) || e.cat === 'between'));
    let end = stop ? stop.start : win.end;
    for (const t of r.slotHits('title')) {
      if (t.t0 - h.t1 < CONTEXT_WORDS || t.start >= end || r.isUpper(t.t0)) continue;
      if (!/^[ \t\u00a0»“”"]+$/u.test(r.gap(t.t0)) || r.slotEndsAt(t.t0 - 1, 'and') || r.slotEndsAt(t.t0 - 1, 'title')) continue;
      end = t.start;
      break;
    }
    out.push({ start: h.start, end });
  }
  return out;
}

/** Fewest words of a context phrase's own ("в присутствии | губернатора области Василия Голубева") before a title may open the signers. */
const CONTEXT_WORDS = 3;

/** How many words after "between" a list may begin ("pomiędzy najważniejszymi firmami w regionie: Odlewnią …"). */
const BETWEEN_SKIP = 6;

/**
 * The list after "between": from the next word, or, when that is only a plural ("najważniejszymi
 * firmami w naszym regionie"), from the first name a few words on.
 */
function betweenList(r: ListReader, t: number): Core[] {
  const l = r.list(t);
  if (l.items.some((c) => !c.unnamed)) return l.items;
  const from = l.items.length > 0 ? l.next : t;
  for (let k = from; k < Math.min(r.w1, from + BETWEEN_SKIP); k++) {
    if (k > from && /[.;:!?]/u.test(r.gap(k))) break;
    if (!r.mayBeginItem(k) || !r.canStart(k)) continue;
    const named = r.list(k).items.filter((c) => !c.unnamed);
    if (named.length > 0) return named;
  }
  return l.items;
}

/** The list of signers ending right before token `verb` (dates and adverbs may stand between), or null. */
function subjectBefore(r: ListReader, verb: number): Core[] | null {
  for (let k = Math.max(r.w0, verb - SUBJECT_REACH); k < verb; k++) {
    if (!r.mayBeginItem(k) || !r.canStart(k)) continue;
    const l = r.list(k);
    if (l.items.length === 0 || l.next > verb) continue;
    if (!r.fillersOk(l.next, verb, l.endChar)) continue;
    return l.items;
  }
  return null;
}

/**
 * Names listed one by one in a sentence, or in the lines after a colon: "Backer OBR, Hotel Grodzki,
 * Hydroline oraz Radiometer – to sześć firm", "• Zespołem Szkół …,\n• Liceum …". Each sentence gives
 * the items of the list that opens it (a bullet or a connector "a"/"and" before it is skipped).
 */
export function enumeration(scan: EventScan, sentences: number[]): { items: PartyItem[]; sides: number[] } {
  const items: PartyItem[] = [];
  const sides: number[] = [];
  let side = 0;
  for (const si of sentences) {
    const span = scan.sentences[si];
    const r = new ListReader(scan, span, scan.hitsIn(span));
    r.lenient = true;
    let k = r.w0;
    const and = k < r.w1 ? r.hit(k, 'and') : null;
    if (and) {
      k = and.t1;
      side++;
    }
    const l = r.list(k);
    const named = l.items.filter((c) => !c.unnamed);
    if (named.length === 0) {
      // "a trzema częstochowskimi szkołami:": the other side begins.
      if (l.items.some((c) => c.group)) continue;
      break;
    }
    for (const c of named) {
      items.push(toItem(c));
      sides.push(side);
    }
  }
  return { items, sides };
}

/** A capitalised word after a place preposition, not a tagged name: a settlement the gazetteer may lack ("в Минске"). */
export function placeAfterPreposition(scan: EventScan, span: Span): boolean {
  const r = new ListReader(scan, span, scan.hitsIn(span));
  for (const h of r.slotHits('placePrep')) {
    const t = h.t1;
    if (t < r.w1 && r.isUpper(t) && r.plain(t) && !r.hasMention(t) && !NOT_NAME.test(r.tk.words[t]) && !r.eduNounAt(t)) return true;
  }
  return false;
}

/** Institutions tagged in a sentence near an agreement, minus news sources and context: the parties it may mean. */
export function namedNear(scan: EventScan, span: Span): InstitutionTag[] {
  const hits = scan.hitsIn(span);
  const r = new ListReader(scan, span, hits);
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
  const r = new ListReader(scan, win, hits);
  const lists: PartyList[] = [];
  let unnamedEducation = false;
  const placeholders: SentenceParties['placeholders'] = [];
  const references: SentenceParties['references'] = [];
  const sentenceEnd = (at: number) => /^\s*:\s*$/u.test(scan.text.slice(at, win.end));
  const add = (role: ListRole, items: Core[]) => {
    if (items.some((c) => c.unnamed && c.kind !== 'company' && c.kind !== 'municipality')) unnamedEducation = true;
    for (const c of items) if (c.single) references.push({ role, at: c.start, kind: c.kind });
    if (role === 'with' || role === 'between') {
      for (const c of items) {
        if (!c.group) continue;
        const kind = c.kind === 'company' || c.kind === 'municipality' ? c.kind : null;
        placeholders.push({ role, end: c.end, open: sentenceEnd(c.end), kind, groupKind: c.kind });
      }
    }
    const named = items.filter((c) => !c.unnamed);
    if (named.length > 0) lists.push({ role, items: named.map(toItem) });
  };
  const hard = (a: number, b: number) => /[.;!?\n]/u.test(scan.text.slice(a, b));
  /** "with" tokens right after a "between" list. */
  const afterBetween = new Set<number>();

  for (const h of hits) {
    // "podpisania umów pomiędzy:" and the parties on the lines after it.
    if (h.cat === 'between' && sentenceEnd(h.end)) placeholders.push({ role: 'between', end: h.end, open: true, kind: null, groupKind: 'other' });
    if (h.cat === 'between') {
      r.lowerOk = true;
      const items = betweenList(r, h.t1);
      add('between', items);
      // "между Университет X с общини … и с Община Y": the other side after "with".
      const last = items[items.length - 1];
      if (last && last.t1 < r.w1 && r.hit(last.t1, 'with') && /^[\s»“”"]*$/u.test(r.gap(last.t1))) afterBetween.add(last.t1);
      r.lowerOk = false;
    }
  }
  const anchors = hits.filter((h) => AGREEMENT_OR_STATUS.has(h.cat));
  for (const w of r.slotHits('with')) {
    // "ze strony firm": a signer's title, not the other side.
    if (r.hit(w.t0, 'title')) continue;
    // "with" after the agreement word or verb, or the last word of one ("partnered with", "ties up with").
    const near = afterBetween.has(w.t0) || anchors.some((a) => a.t0 < w.t0 && w.t0 - a.t1 <= WITH_REACH && !hard(a.end, w.start));
    if (near) {
      r.lowerOk = true;
      add('with', r.list(w.t1).items);
      r.lowerOk = false;
    }
  }
  for (const s of hits) {
    if (!STATUS.has(s.cat)) continue;
    const by = r.hit(s.t1, 'by');
    if (by && r.plain(s.t1)) add('by', r.list(by.t1).items);
    // The subject before the verb ("МГУ и Huawei подписали", "X and Y signed", "X on Friday signed").
    const subject = subjectBefore(r, s.t0);
    if (subject) add('subject', subject);
    // The subject after the verb ("Соглашение подписали X и Y", "подписаха БАН и Община Русе").
    if (scan.ctx.lang !== 'en' && s.t1 < r.w1) {
      let k = s.t1;
      while (k < r.w1 && k - s.t1 < MAX_FILLERS && r.isFiller(k)) k++;
      if (r.plain(k) || k === s.t1) add('subject', r.list(k).items);
    }
  }

  const strong = sourceZones(scan, r, win, hits);
  // No signing verb before the agreement word, but another verb ("X and Y singed an MoU", "X i Y mają umowę").
  if (!lists.some((l) => l.role === 'subject')) {
    for (const a of hits) {
      if (a.cat !== 'agreement') continue;
      let v = a.t0 - 1;
      const article = (k: number) => k > r.w0 && scan.ctx.lang === 'en' && /^(?:a|an|the|its|their)$/u.test(r.tk.words[k]);
      // "… announced a temporary suspension of cooperation": an article and an adjective before the agreement word.
      if (!article(v) && article(v - 1) && !r.isUpper(v) && !r.eventAt(v, ANY_EVENT)) v--;
      if (article(v)) v--;
      // The word before is a verb, not a list word ("… with Yugra State University and the exchange agreement").
      if (r.hit(v, 'and') || r.hit(v, 'with') || r.hit(v, 'by') || r.hit(v, 'stop') || r.hit(v, 'placePrep')) continue;
      if (v <= r.w0 || r.isUpper(v) || r.eventAt(v, ANY_EVENT) || !r.plain(v + 1)) continue;
      const subject = subjectBefore(r, v);
      if (subject) {
        add('subject', subject);
        break;
      }
    }
  }
  const excluded = [...strong, ...contextZones(r, win, hits, trigger)];
  // A news source or a body the agreement creates is no party, whatever list it stands in.
  for (const l of lists) l.items = l.items.filter((it) => !strong.some((z) => it.start >= z.start && it.start < z.end));
  const generic = r.slotHits('generic').some((g) => Math.abs(g.t0 - trigger.t0) <= 3 || (g.t0 <= trigger.t0 && g.t1 >= trigger.t0));
  return { lists: lists.filter((l) => l.items.length > 0), unnamedEducation, excluded, generic, placeholders, references };
}
