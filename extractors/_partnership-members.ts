/**
 * The bodies a plural party stands for ("umowy z przedsiębiorstwami", "меморандуми … с общини",
 * "MoU with two partner colleges"), named one by one elsewhere. A cascade, first that names two or
 * more wins:
 *   1. the lines after the agreement sentence's colon ("pomiędzy: …", "• Zespołem Szkół …");
 *   2. a sentence just before that opens with a list ("Backer OBR, Hotel Grodzki … – to sześć firm");
 *   3. a sentence near it where a plural of the same kind introduces the list, directly or after a
 *      copula ("кметовете на 12-те общини Бургас, Добрич, …", "The two partner colleges are A and B",
 *      "Firmy, które zaproszono do współpracy to A, B, …").
 * Also the signatories or founders listed near an agreement whose sentences name no party.
 * Vocabulary: pluralBodies, pluralMunicipalities, memberNouns, memberCopulas, signatoryNouns and the plural education
 * nouns of extractors/lang/events/<lang>.ts.
 */
import type { InstitutionKind } from '../types.js';
import { EDU_KINDS, WINDOW_CHARS, type EventScan, type Span } from './_event-scan.js';
import { ListReader } from './_partnership-items.js';
import { enumeration, type PartyItem } from './_partnership-slots.js';
import { EDU_NOUN, type Core } from './_partnership-window.js';

export interface Members {
  items: PartyItem[];
  /** Which side of "between" each item stands on (0 before the connector "a"/"and", 1 after). */
  sides: number[];
}

/** How many sentences an enumeration of the other side may span, or stand before its agreement. */
const ENUMERATION_LINES = 8;
const ENUMERATION_BEFORE = 2;
/** How many sentences after the agreement a plural introducing its members may stand. */
const INTRODUCED_AFTER = 3;
/** Most tokens between the introducing plural and its copula ("Firmy, | które zaproszono do współpracy | to"). */
const COPULA_REACH = 8;

/** A sentence read for a list, at most this long (hostile, unsplit text). */
const MAX_LIST_SENTENCE = 2 * WINDOW_CHARS;

export function clip(span: Span): Span {
  return { start: span.start, end: Math.min(span.end, span.start + MAX_LIST_SENTENCE) };
}

/** A plural and its members are of one class: companies, local governments, or education institutions. */
function sameClass(a: InstitutionKind, b: InstitutionKind): boolean {
  if (EDU_KINDS.has(a) || EDU_KINDS.has(b)) return EDU_KINDS.has(a) && EDU_KINDS.has(b);
  return a === b;
}

/**
 * The list a plural of `kind` introduces in sentence `si`: names right after it, or after a copula or a
 * colon a few words on. At least two names, or none.
 */
function introducedList(scan: EventScan, si: number, kind: InstitutionKind, skipBefore: number): PartyItem[] {
  const span = clip(scan.sentences[si]);
  const r = new ListReader(scan, span, scan.hitsIn(span));
  r.lenient = true;
  r.placesOk = kind === 'municipality';
  for (let t = r.w0; t < r.w1; t++) {
    if (r.tk.end[t] < skipBefore) continue;
    const slot = r.hit(t, 'group') ?? r.hit(t, 'member');
    const edu = r.pluralEduNoun(t);
    const nounKind = edu ? (r.eventAt(t, EDU_NOUN)?.value.kind ?? 'other') : (slot?.value.kind ?? 'company');
    if ((!slot && !edu) || r.hasMention(t) || !sameClass(kind, nounKind)) continue;
    const t1 = edu ? edu.t1 : slot!.t1;
    // Only bodies of the plural's class ("…, Сунгурларе и Царево, ректорът на университета" ends with the towns).
    const members = (items: Core[]) => items.filter((c) => !c.unnamed && (c.kind === 'other' || sameClass(kind, c.kind)));
    const direct = members(r.list(t1).items);
    if (direct.length >= 2) return direct.map(toItem);
    const at = listAfter(r, t1, false);
    const named = at >= 0 ? members(r.list(at).items) : [];
    if (named.length >= 2) return named.map(toItem);
  }
  return [];
}

/**
 * Where the list introduced by a noun ending before token t1 starts: after a copula or a colon a few
 * words on (or a dash, when `dash`), -1 when there is none.
 */
function listAfter(r: ListReader, t1: number, dash: boolean): number {
  for (let k = t1; k < Math.min(r.w1, t1 + COPULA_REACH); k++) {
    if (/[.;!?]/u.test(r.gap(k)) && k > t1) return -1;
    const cop = r.hit(k, 'copula');
    const at = cop ? cop.t1 : (dash ? /(?::|\s[—–-])\s*$/u : /:\s*$/u).test(r.gap(k)) ? k : -1;
    if (at >= 0) return at < r.w1 ? at : -1;
  }
  return -1;
}

/** How many sentences after (and before) a partyless agreement its signatories may be listed. */
const SIGNATORIES_AFTER = 3;
const SIGNATORIES_BEFORE = 1;
/** Farther on, when the noun after them is a word of the agreement's sentence ("Учредители Ассоциации" of "о создании Ассоциации"). */
const SIGNATORIES_NAMED_AFTER = 8;

/**
 * The parties of an agreement whose sentences name none, listed after a noun for its signers or
 * founders nearby ("Sygnatariuszami listu byli: Prezydent Miasta Rzeszowa … oraz rektorzy 6 uczelni",
 * "Учредители Ассоциации — РИПО (Беларусь) и Институт развития профессионального образования").
 */
export function signatoriesNear(scan: EventScan, sentences: number[]): { items: PartyItem[]; unnamedEducation: boolean } {
  for (const si of sentences) {
    const near = [si];
    for (let d = 1; d <= SIGNATORIES_NAMED_AFTER; d++) near.push(si + d);
    for (let d = 1; d <= SIGNATORIES_BEFORE; d++) near.push(si - d);
    const own = new Set((scan.text.slice(scan.sentences[si].start, scan.sentences[si].end).toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5)));
    for (const j of near) {
      if (j < 0 || j >= scan.sentences.length) continue;
      const span = clip(scan.sentences[j]);
      const r = new ListReader(scan, span, scan.hitsIn(span));
      for (const h of r.slotHits('signatory')) {
        if (j - si > SIGNATORIES_AFTER && !(h.t1 < r.w1 && own.has(r.tk.words[h.t1].slice(0, 5)))) continue;
        const at = listAfter(r, h.t1, true);
        const items = at >= 0 ? r.list(at).items : [];
        const named = items.filter((c) => !c.unnamed);
        if (named.length > 0) return { items: named.map(toItem), unnamedEducation: items.some((c) => c.unnamed && EDU_KINDS.has(c.kind)) };
      }
    }
  }
  return { items: [], unnamedEducation: false };
}

function toItem(c: { start: number; end: number; tag: PartyItem['tag']; name: string; kind: InstitutionKind }): PartyItem {
  return { start: c.start, end: c.end, tag: c.tag, name: c.name, kind: c.kind };
}

/** The bodies a plural placeholder of sentence `si` stands for (see the cascade above). */
export function membersOf(scan: EventScan, si: number, ph: { open: boolean; end: number; groupKind: InstitutionKind }): Members {
  if (ph.open) {
    const after: number[] = [];
    for (let j = si + 1; j < Math.min(scan.sentences.length, si + 1 + ENUMERATION_LINES); j++) after.push(j);
    return enumeration(scan, after);
  }
  for (let j = si - 1; j >= Math.max(0, si - ENUMERATION_BEFORE); j--) {
    const e = enumeration(scan, [j]);
    if (e.items.length >= 2) return e;
  }
  const near = [si];
  for (let d = 1; d <= INTRODUCED_AFTER; d++) near.push(si + d);
  for (let d = 1; d <= ENUMERATION_BEFORE; d++) near.push(si - d);
  for (const j of near) {
    if (j < 0 || j >= scan.sentences.length) continue;
    // In the agreement's own sentence only after the plural itself.
    const items = introducedList(scan, j, ph.groupKind, j === si ? ph.end : 0);
    if (items.length >= 2) return { items, sides: items.map(() => 1) };
  }
  return { items: [], sides: [] };
}
