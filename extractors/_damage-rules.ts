/**
 * Rules of the damage extractor that read around one mention: negation before or after the damage
 * word, ordinal counts ("17-й заклад"), which damage word is nearest a target, headline lines, and
 * the named institution a bare kind noun refers to.
 */
import type { InstitutionKind, InstitutionTag } from '../types.js';
import { isGenericName, sameInstitution, type EventHit, type EventScan, type Span } from './_event-scan.js';
import type { DamageMention, Target } from './damage.js';
import { damageNamed, isAnother, isElsewhere, targetsIn } from './_damage-targets.js';
import { tokenAt } from './_tokens.js';
import { branchParent } from './_damage-reach.js';
import { descriptiveName, writtenIn } from './_damage-names.js';

export const KIND_CLASS: Partial<Record<InstitutionKind, string>> = {
  school: 'school', lyceum: 'school', gymnasium: 'school', college: 'voc', technikum: 'voc', 'vocational-school': 'voc',
  university: 'higher', academy: 'higher', institute: 'higher', kindergarten: 'kg',
};


/** Bare negation particles; any other negation entry is a phrase or a word of its own ("не зафіксовано", "вціліла", "brak"). */
const PARTICLE = /^(?:не|ні|ни|nie|not|no|never|ніхто|никто|nikt|никой|ніщо|ничто|nic|нищо|nobody)$/u;

/**
 * A negated damage word: a negation just before it ("не пошкоджена", "nie została uszkodzona"), or
 * a negating phrase right after it in the same clause ("пошкоджень не зафіксовано", "щети няма");
 * an attack word in a sentence about a cyber attack ("hackers attacked the university").
 */
export function negated(scan: EventScan, trig: EventHit, hits: EventHit[]): boolean {
  const tk = scan.tokens;
  if (pending(scan, trig, hits)) return true;
  // An attack in a sentence about hackers or a cyber attack is no attack on a building.
  if (trig.cat === 'hit' && hits.some((h) => h.cat === 'virtual')) return true;
  return hits.some((h) => {
    if (h.cat !== 'negation') return false;
    // Before it, in the same clause ("не пошкоджена"; not "няма пострадали, материалните щети ...").
    if (h.t1 <= trig.t0 && h.t1 >= trig.t0 - 2) return !/[,.;:!?]/u.test(scan.text.slice(tk.end[h.t1 - 1], tk.start[trig.t0]));
    if (h.t0 < trig.t1 || h.t0 > trig.t1 + 1) return false;
    if (/[,.;:!?]/.test(scan.text.slice(tk.end[trig.t1 - 1], tk.start[h.t0]))) return false;
    return h.t1 - h.t0 >= 2 || (h.t0 === trig.t1 && !PARTICLE.test(tk.words[h.t0]));
  });
}

/** Words after a damage word within which "is being clarified" makes it pending ("пошкоджень та постраждалих уточнюється"). */
const PENDING_REACH = 4;

/** "Інформація щодо пошкоджень та постраждалих уточнюється": the damage is still being established, none is told. */
export function pending(scan: EventScan, trig: EventHit, hits: readonly EventHit[]): boolean {
  const tk = scan.tokens;
  return hits.some(
    (h) => h.cat === 'pending' && h.t0 >= trig.t1 && h.t0 <= trig.t1 + PENDING_REACH && !/[,.;:!?]/u.test(scan.text.slice(tk.end[trig.t1 - 1], tk.start[h.t0])),
  );
}

/** "Це вже 17-й заклад освіти", "the 17th school": an ordinal count of institutions is a statistic. */
export const ORDINAL_BEFORE = /(?:^|\s)(\d{1,5})\s?-?\s?(?:й|я|е|ий|ый|ой|ая|ое|ти|ри|ви|ми|th|st|nd|rd|ta|ty|ga|go)\s+(?:\p{L}+\s+)?$/u;

/** Words between a damage word and its target. */
export function distance(trig: EventHit, t: Target): number {
  return t.t0 >= trig.t1 ? t.t0 - trig.t1 : Math.max(0, trig.t0 - t.t1);
}

/** A headline line: the first sentence, alone in its paragraph. */
export function isHeadline(scan: EventScan, m: Pick<DamageMention, 'si'>): boolean {
  if (m.si !== 0) return false;
  const p = scan.paragraph(m.si);
  return p.first === 0 && p.last === 0;
}

/**
 * The one named institution of the incident's kind in its sentences' paragraphs or the paragraph
 * before ("Горів дитячий садок № 112. Пожежу в дитячому садку ..."): the bare kind noun refers to it. Null when there
 * is none or several; one with an incident of its own, one named as a landmark ("obok szkoły") or as where
 * pupils are moved ("lekcje odbędą się w Szkole ...") does not count.
 */
export function namedInParagraph(scan: EventScan, ms: DamageMention[], kind: InstitutionKind | null, taken: ReadonlySet<string>): InstitutionTag | null {
  // A general noun ("placówka edukacyjna", "заклад освіти") refers to an institution of any kind.
  const cls = kind ? KIND_CLASS[kind] : null;
  if (kind && !cls) return null;
  const fits = (k: InstitutionKind) => (cls ? KIND_CLASS[k] === cls : !!KIND_CLASS[k]);
  let found: InstitutionTag | null = null;
  const seen = new Set<number>();
  // The mention's paragraph, and the one before it (the lead that names what the next paragraph tells).
  const spans: Span[] = [];
  for (const m of ms) {
    const p = scan.paragraph(m.si);
    if (seen.has(p.first)) continue;
    seen.add(p.first);
    spans.push(p);
    if (p.first > 0) spans.push(scan.paragraph(p.first - 1));
  }
  // Then the whole text: the one institution of the kind it names ("... z Żelazna ... nie oszczędziła także szkoły" and,
  // paragraphs later, "dyrektorka Niepublicznej Szkoły Podstawowej w Żelaźnie").
  spans.push({ start: 0, end: scan.text.length });
  for (const p of spans) {
    const hits = scan.hitsIn(p);
    // Tagged names, and names written at a kind noun the tagger left untagged ("przedszkole o nazwie 'Solnyszko'").
    const named = [...scan.mentionsIn(p).slice(0, MAX_NAMED_MENTIONS), ...writtenIn(scan, p).slice(0, MAX_NAMED_MENTIONS)];
    for (const x of named) {
      // One with an incident of its own, a landmark or where pupils are moved to is not the one meant.
      // A name has a capital or a number ("„zielona szkoła”", a programme in quotes, has neither).
      if (!fits(x.tag.kind) || taken.has(x.tag.key) || isGenericName(x.tag.name) || descriptiveName(x.tag.name) || !/[\p{Lu}\d]/u.test(x.tag.name)) continue;
      // "Пострадавшая школа" opening a sentence is no name.
      if (isElsewhere(scan, tokenAt(scan.tokens, x.start), hits) || damageNamed(scan, x.tag) || branchParent(scan, x.start)) continue;
      if (found && !sameInstitution(found, x.tag)) return null;
      if (!found || x.tag.name.length > found.name.length) found = x.tag;
    }
    if (found) return found;
  }
  return found;
}

/** Mentions read per span for the named institution a bare noun refers to (bounded on hostile text). */
const MAX_NAMED_MENTIONS = 200;


/** Prepositions ending an attack phrase ("атака на", "attack on", "atak na"): the target stands right after. */
const ATTACK_PREPOSITION = new Set(['на', 'on', 'na', 'по', 'w', 'в', 'у']);
/** Words an attack phrase's target may stand after its preposition ("attack on a school", "atak na szkołę"). */
const ATTACK_REACH = 2;

/** A hit phrase ending in its preposition reaches only a target right after it. */
export function attackOutOfReach(scan: EventScan, trig: EventHit, t: Target): boolean {
  if (trig.cat !== 'hit' || !ATTACK_PREPOSITION.has(scan.tokens.words[trig.t1 - 1])) return false;
  return t.t0 < trig.t1 || t.t0 - trig.t1 > ATTACK_REACH;
}

/**
 * A damage participle right before a target qualifies that target alone ("do szkoły w Rogożu, oddalonej
 * od spalonej szkoły w Szkotowie": only the second school burned).
 */
export function qualifiesAnother(trig: EventHit, t: Target, targets: Target[]): boolean {
  if (t.t0 >= trig.t1) return false;
  return targets.some((o) => o !== t && o.t0 >= trig.t1 && o.t0 <= trig.t1 + 1);
}

/** "not only", "не лише", "nie tylko": no negation. */
const ONLY_WORD = /^(?:only|just|лише|тільки|только|лишь|tylko|само|единствено)$/u;

/** "Разрушений и повреждений здания нет", "uszkodzeń budynku brak": a negation a few words after a damage noun, same clause. */
export function deniedAfter(scan: EventScan, h: EventHit, hits: EventHit[]): boolean {
  const tk = scan.tokens;
  return hits.some(
    (n) => n.cat === 'negation' && n.t0 >= h.t1 && n.t0 <= h.t1 + DENIAL_REACH && !ONLY_WORD.test(tk.words[n.t1] ?? '') && !degreeAfter(scan, n.t1) &&
      !/[,.;:!?—–]/u.test(scan.text.slice(tk.end[h.t1 - 1], tk.start[n.t0])),
  );
}

/** Words of degree: "щетите не са сериозни", "damage was not extensive" says how much, not that there was none. */
const DEGREE_WORD = /^(?:серйозн|значн|велик|суттєв|серьезн|серьёзн|значительн|существенн|больш|крупн|poważn|znaczn|duż|wielk|сериозн|значителн|голем|serious|significant|major|extensive|substantial|big|large|great)/u;
/** Copulas between the negation and its degree word ("не са", "nie są", "was not"). */
const COPULA = /^(?:са|е|бяха|беше|є|були|була|було|был|была|было|были|są|był|była|było|były|jest|was|were|is|are|be|been|too|very|особо|особливо|зовсім)$/u;

function degreeAfter(scan: EventScan, t: number): boolean {
  const tk = scan.tokens;
  for (let i = t; i < Math.min(tk.n, t + 3); i++) {
    if (DEGREE_WORD.test(tk.words[i])) return true;
    if (!COPULA.test(tk.words[i])) return false;
  }
  return false;
}

/**
 * A denial told of another institution than the incident's: its sentence names a different named
 * institution, or "another" / "neighbouring" one ("В соседней школе (№36), хотя и не было
 * разрушений, ..."): it says nothing of the one that was hit.
 */
function deniedOfAnother(scan: EventScan, h: EventHit, target: Target): boolean {
  const si = scan.sentenceIndex(h.start);
  if (si < 0 || (target.start >= scan.sentences[si].start && target.start < scan.sentences[si].end)) return false;
  const span = scan.sentences[si];
  const others = targetsIn(scan, scan.tokenRange(span), scan.hitsIn(span));
  return others.some((o) => isAnother(scan, o) || (o.tag !== null && target.tag !== null && !sameInstitution(o.tag, target.tag)));
}

/** First words of damage phrases that say only that something fell or landed ("уламки впали", "debris fell"). */
const LANDED = /^(?:уламк|обломк|odłamk|szczątk|отломк|debris|falling|fell|landed|crashed|падіння|падени)/u;
/** Words naming an institution's grounds rather than its building ("на територію", "na teren", "on the grounds of", "у дворі"). */
const GROUNDS = /^(?:територі|территори|teren|територият|двор|подвір|podwór|dziedziń|dziedzińc|grounds|premises|yard|courtyard)/u;

/**
 * "Уламки впали на територію дитсадка", "szczątki spadły na teren szkoły", "debris fell on the school
 * grounds": something landed on the grounds, which by itself damages no building (a damage word of its
 * own, "вибито вікна", still tells damage).
 */
const ONTO = /^(?:на|в|у|во|na|w|on|onto|into|върху)$/u;
export function landedOnGrounds(scan: EventScan, trig: EventHit, t: Target): boolean {
  const w = scan.tokens.words;
  if (!LANDED.test(w[trig.t0])) return false;
  // Before the landing, the institution is what the debris stopped ("Роботу садка зупинили через падіння уламків"), unless they landed on it ("на школу впали уламки").
  if (t.t0 < trig.t1) return !ONTO.test(w[t.t0 - 1] ?? '');
  for (let i = trig.t0 + 1; i < t.t0; i++) if (GROUNDS.test(w[i])) return true;
  return false;
}

/** Words around a negated damage word that make it another building's ("жилые дома не повреждены"). */
const DENIAL_REACH = 3;
/** A denial is read at most this far after the incident's sentence (its paragraph and the next, bounded). */
const DENIAL_SPAN_CHARS = 1500;
/** Mentions of one incident whose surroundings are read for a denial. */
const DENIAL_MENTIONS = 4;

/**
 * A "no damage" statement ("Пошкоджень немає", "Разрушений и повреждений здания нет", "no damage was
 * reported") in the paragraph of an incident told only by attack or landing words ("БПЛА атаковал
 * территорию школы", "уламки впали на територію садка"), or in the next: nothing was damaged.
 */
export function deniedIncident(scan: EventScan, ms: DamageMention[]): boolean {
  if (ms.some((m) => m.scope !== 'incident' || (m.trigger.cat !== 'hit' && !LANDED.test(scan.tokens.words[m.trigger.t0])))) return false;
  for (const m of ms.slice(0, DENIAL_MENTIONS)) {
    const p = scan.paragraph(m.si);
    let next = p.last + 1 < scan.sentences.length ? scan.paragraph(p.last + 1) : p;
    // "В своём Telegram-канале он отметил:" then the quote on its own line: the quote is that paragraph's.
    if (next !== p && /:\s*$/u.test(scan.text.slice(next.start, next.end)) && next.last + 1 < scan.sentences.length) next = scan.paragraph(next.last + 1);
    const from = Math.max(p.start, scan.sentences[m.si].start - DENIAL_SPAN_CHARS);
    const span = { start: from, end: Math.min(next.end, scan.sentences[m.si].end + DENIAL_SPAN_CHARS) };
    const hits = scan.hitsIn(span);
    // "Дані про пошкодження та поранених уточнюють" a few paragraphs on: the landing is all that is told.
    const later = scan.hitsIn({ start: scan.sentences[m.si].start, end: Math.min(scan.text.length, scan.sentences[m.si].end + DENIAL_SPAN_CHARS) });
    if (later.some((h) => (h.cat === 'damaged' || h.cat === 'destroyed') && pending(scan, h, later))) return true;
    for (const h of hits) {
      if (h.cat !== 'damaged' && h.cat !== 'destroyed') continue;
      if (!negated(scan, h, hits) && !deniedAfter(scan, h, hits)) continue;
      if (hits.some((o) => o.cat === 'otherTarget' && o.t0 <= h.t1 + DENIAL_REACH && o.t1 >= h.t0 - DENIAL_REACH)) continue;
      if (deniedOfAnother(scan, h, m.target)) continue;
      return true;
    }
  }
  return false;
}
