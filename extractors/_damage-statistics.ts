/**
 * Statistics of the damage extractor: which targets are counts of institutions ("понад 3000
 * закладів", "hundreds of schools", "17-й заклад") and how the counts of one document make
 * events. Each count is its own event ("2,800 since February" and "390 in the first 100 days" are
 * two); a sentence's counts are one event, except counts of different kinds side by side ("1 779 школ
 * повреждены ...; 122 учреждения высшего образования ..."); the same figure repeated (the headline
 * and the lead), a wholly-destroyed part of a damaged-or-destroyed count ("337 of them completely
 * destroyed") and a sentence that names no figure ("Скільки закладів пошкодили?") belong to the
 * count they accompany.
 */
import type { InstitutionKind } from '../types.js';
import { LANGS } from '../types.js';
import { dateLexicon } from './_date-lexicon.js';
import { isLabelNumber, type EventHit, type EventScan, type Span } from './_event-scan.js';
import { KIND_CLASS, ORDINAL_BEFORE } from './_damage-rules.js';
import type { DamageMention, Target } from './damage.js';

/** "вже", "already", "це", "this is the": an ordinal after them counts ("вже 17-та школа", "the 17th school"). */
const ALREADY_BEFORE = /(?:^|[\s,])(?:вже|уже|już|already|вече|ещё|еще|це|это|to|това е|the)\s*$/iu;
/** "Это уже третье учреждение", "вже третій заклад", "already the third school": an ordinal word after "already" counts. */
const ORDINAL_WORD_BEFORE =
  /(?:^|[\s,])(?:вже|уже|już|already|вече|ещё|еще)\s+(?:the\s+)?(?:друг|трет|треть|четв|п['’]ят|пят|шост|шест|second|third|fourth|fifth|sixth|trzec|czwart|piąt|szóst|втор|четвърт|пет)\p{L}*\s+(?:\p{L}+\s+)?$/iu;
/** Unnamed institutions a number word counts this far ("три садочки") are told one by one; more is a tally. */
const WORD_COPIES = 3;
/** A count at least this large before a plural noun makes a statistic ("понад 100 шкіл"). */
const STATISTIC_MIN_COUNT = 10;
/** A digit count at least this large right before a plural noun is a tally ("повреждены 7 школ"). */
const SMALL_COUNT_MIN = 3;
/** Words a count may stand before its noun ("понад 3 000 навчальних закладів"). */
const COUNT_REACH = 4;
/** Quantity words that make a count of the noun they stand before ("hundreds of schools", "тисячі шкіл"). */
const QUANTITY_WORD = /^(?:тис|тисяч|сотн|сотен|десятк|десятків|тыс|тысяч|сотни|десятки|tys|tysi|setk|setek|dziesiąt|kilkadziesiąt|kilkaset|kilkanaście|хиляд|стотици|десетки|thousand|hundreds|dozens)/u;

/**
 * Nouns of a building or a part of one: a count before them counts buildings of one institution
 * ("дві будівлі школи", "два здания школы", "trzy budynki szkoły", "две сгради на училището", "two
 * buildings of the school"), not institutions. Word stems, matched on the tokens between the count and the noun.
 */
const BUILDING_NOUN = /^(?:будівл|будівель|будинк|корпус|споруд|приміщен|здани|здань|сооружени|помещени|budyn|budowl|gmach|pawilon|сград|постройк|building|block|wing)/u;
/**
 * Nouns of what a building is made of and loses first: a count before them counts windows, doors or panes
 * ("пошкоджено 15 вікон у корпусі", "выбито 20 окон в здании школы", "wybito 40 okien w szkole", "счупени 10
 * прозореца на училището", "15 windows in the school building"), not institutions. Word stems, matched on
 * the tokens between the count and the noun.
 */
const COUNTED_PART = /^(?:вікн|вікон|шиб|двер|скл[оа]$|рам$|рами|окн|окон|стекл|стёкл|oken|okien|okna|okno|szyb|drzwi|prozor|прозор|врат[аи]?$|стъкл|window|door|pane|glass)/u;

/** A month name ("квітня", "января", "września", "март", "May"): the figure before it is a day. */
function monthWord(scan: EventScan, w: string): boolean {
  return dateLexicon(scan.ctx.lang ? [scan.ctx.lang, 'en'] : LANGS).months.has(w);
}

/** Token `i` (before the target) is a count of it: not a label ("№ 5", "С-300"), nothing like ", пошкоджено" between, no building noun between. */
function countsTarget(scan: EventScan, i: number, t: Target): boolean {
  const tk = scan.tokens;
  for (let k = i + 1; k < t.t0; k++) if (BUILDING_NOUN.test(tk.words[k]) || COUNTED_PART.test(tk.words[k])) return false;
  // "увечері 21 квітня в трьох школах", "10 января ... гимназия": a day of a date is no count.
  if (i + 1 < tk.n && monthWord(scan, tk.words[i + 1])) return false;
  // "17. placówka" (a Polish ordinal's dot before a lower-case word) is no break.
  let gap = scan.text.slice(tk.end[i], tk.start[t.t0]);
  if (/^\.\s/u.test(gap) && /\p{Ll}/u.test(scan.text.slice(tk.end[i] + 1).trimStart().charAt(0))) gap = gap.slice(1);
  return !isLabelNumber(scan, i) && !/[,.;:!?()«»"]/u.test(gap);
}

/** Thousands written as a word after the figure ("2,8 тис.", "2.8 thousand", "1,5 хил."). */
const THOUSAND_WORD = /^(?:тис|тисяч\p{L}*|тыс|тысяч\p{L}*|tys|tysi\p{L}*|хил|хиляд\p{L}*|thousand)$/u;

/**
 * A figure scaled by a thousands word at token `i` ("понад 2,8 тис. навчальних закладів"): its value, or
 * null. The word's abbreviation dot is no break before the noun.
 */
function scaledCount(scan: EventScan, i: number, t: Target): number | null {
  const tk = scan.tokens;
  if (i < 1 || !THOUSAND_WORD.test(tk.words[i]) || Number.isNaN(tk.num[i - 1]) || isLabelNumber(scan, i - 1)) return null;
  let v = tk.num[i - 1];
  // "2,8" / "2.8": the tokenizer splits a decimal into two figures.
  if (i >= 2 && !Number.isNaN(tk.num[i - 2]) && /^[,.]$/u.test(scan.text.slice(tk.end[i - 2], tk.start[i - 1]))) {
    v = tk.num[i - 2] + v / 10 ** tk.words[i - 1].length;
  }
  const gap = scan.text.slice(tk.end[i], tk.start[t.t0]).replace(/^\./u, '');
  return /[,.;:!?()«»"]/u.test(gap) ? null : Math.round(v * 1000);
}

/** The count standing before a target, or null (a number label "№ 5" is no count). */
export function countBefore(scan: EventScan, t: Target, win: Span, hits: EventHit[]): number | null {
  const tk = scan.tokens;
  const [w0] = scan.tokenRange(win);
  for (let i = t.t0 - 1; i >= Math.max(w0, t.t0 - COUNT_REACH); i--) {
    const scaled = scaledCount(scan, i, t);
    if (scaled !== null) return scaled;
    if (tk.num[i] >= 1 && countsTarget(scan, i, t)) return COUNT_COORDINATION.test(scan.text.slice(tk.end[i], t.start)) ? null : tk.num[i];
  }
  // The nearest number word counts the target ("дві школи та три садочки": three kindergartens), and none
  // across a coordination: "две школы и детский сад" counts the schools, not the kindergarten.
  let best: EventHit | null = null;
  for (const h of hits) {
    if (h.cat !== 'number' || h.value.count == null || h.t1 > t.t0 || h.t1 < t.t0 - COUNT_REACH || !countsTarget(scan, h.t0, t)) continue;
    if (!best || h.t1 > best.t1) best = h;
  }
  if (!best || COUNT_COORDINATION.test(scan.text.slice(scan.tokens.end[best.t1 - 1], t.start))) return null;
  return best.value.count ?? null;
}

/** A conjunction between a count and a noun: the count is another noun's ("два дитсадки і школа"). */
const COUNT_COORDINATION = /(?:^|[\s])(?:и|і|та|й|and|i|oraz|а також|а также|както и|also)(?=[\s])/iu;

/**
 * An aggregate, not one attack: a count of ten or more right before an unnamed noun ("понад 3000
 * закладів"), a quantity word before it ("hundreds", "тисячі"), an ordinal count ("17-й заклад"), or
 * "damaged or destroyed" said of unnamed institutions together.
 */
export function isStatistic(scan: EventScan, t: Target, hits: EventHit[], win: Span): boolean {
  if (t.tag) return false;
  // "Це вже 17-й заклад освіти": an ordinal count; "Здание 56-й школы" (school No. 56) names one.
  const lead = scan.text.slice(Math.max(0, t.start - 45), t.start);
  const ord = ORDINAL_BEFORE.exec(lead);
  if (ord && Number(ord[1]) >= 2 && (!t.kind || ALREADY_BEFORE.test(lead.slice(0, ord.index + 1)))) return true;
  if (ORDINAL_WORD_BEFORE.test(lead)) return true;
  const tk = scan.tokens;
  const [w0] = scan.tokenRange(win);
  // "Повністю зруйновано 91 навчальний заклад", "21 школа": Slavic counts ending in 1 take the singular.
  if (t.number === 'sg') return t.t0 - 1 >= w0 && tk.num[t.t0 - 1] >= 2 && !/[.,]\s*$/u.test(scan.text.slice(tk.end[t.t0 - 1], tk.start[t.t0])) && countsTarget(scan, t.t0 - 1, t);
  for (let i = Math.max(w0, t.t0 - COUNT_REACH); i < t.t0; i++) if (tk.num[i] >= STATISTIC_MIN_COUNT && countsTarget(scan, i, t)) return true;
  // "повреждены 7 школ", "4 закладів освіти": a digit count right before the noun counts institutions.
  const c = t.t0 - 1;
  if (c >= w0 && tk.num[c] >= SMALL_COUNT_MIN && countsTarget(scan, c, t)) return true;
  const before = (h: EventHit) => h.t1 <= t.t0 && h.t1 >= t.t0 - COUNT_REACH && countsTarget(scan, h.t0, t);
  if (hits.some((h) => h.cat === 'number' && (h.value.count ?? 0) >= STATISTIC_MIN_COUNT && before(h))) return true;
  // "Сім навчальних закладів зазнали пошкоджень", "семь школ повреждены": a number word past what is told
  // one by one counts institutions, as a digit does ("два дитсадки і школа" stay incidents).
  if (hits.some((h) => h.cat === 'number' && (h.value.count ?? 0) > WORD_COPIES && h.t1 === t.t0 && countsTarget(scan, h.t0, t))) return true;
  if (hits.some((h) => h.cat === 'statistic' && before(h) && QUANTITY_WORD.test(tk.words[h.t0]))) return true;
  return hits.some((h) => h.cat === 'damaged') && hits.some((h) => h.cat === 'destroyed') && t.number === 'pl';
}

/** The sentence counts institutions by an ordinal word ("Это уже третье учреждение образования — два детских сада и одна школа"). */
export function ordinalCountIn(scan: EventScan, si: number): boolean {
  return scan.hitsIn(scan.sentences[si]).some((h) => h.cat === 'eduNoun' && ORDINAL_WORD_BEFORE.test(scan.text.slice(Math.max(0, h.start - 45), h.start)));
}

interface StatGroup {
  mentions: DamageMention[];
  counts: number[];
  /** Damage words of its counted sentences: a count of "damaged or destroyed" holds the destroyed part. */
  both: boolean;
  headlineOnly: boolean;
}

/** What a sentence's mentions say happened to their targets: damaged, destroyed or both. */
function triggerCats(ms: DamageMention[]): Set<string> {
  return new Set(ms.map((m) => m.trigger.cat).filter((c) => c === 'damaged' || c === 'destroyed'));
}

/** Longest line read as a heading. */
const HEADING_MAX_CHARS = 200;

/** A heading line: a whole line with no closing full stop ("Occupiers damage or destroy more than 2,800 ... - Ministry"). */
function headingLine(scan: EventScan, si: number): boolean {
  const s = scan.sentences[si];
  const text = scan.text;
  if (s.end - s.start > HEADING_MAX_CHARS) return false;
  const lineStart = s.start === 0 || /\n[\s•·*-]*$/u.test(text.slice(Math.max(0, s.start - 6), s.start));
  const lineEnd = s.end >= text.length || /^[ \t]*(?:\n|$)/u.test(text.slice(s.end, s.end + 4));
  return lineStart && lineEnd && !/[.!?…:;,]["»”]?\s*$/u.test(text.slice(s.start, s.end));
}

/** Most words between a count's noun and its own damage word ("384 учреждения ... были повреждены"). */
const OWN_TRIGGER_REACH = 6;

/** The damage word right after the target is its own: no other number between ("1 779 школ повреждены", not "3 заклади та 1 будівлю зруйновано"). */
function ownTrigger(scan: EventScan, m: DamageMention): boolean {
  const t = m.target;
  // Any damage word after the noun, not only the nearest one ("20 – разрушены, 122 учреждения ... были повреждены").
  return scan.hitsIn(m.win).some((tr) => {
    if ((tr.cat !== 'damaged' && tr.cat !== 'destroyed') || tr.t0 < t.t1 || tr.t0 - t.t1 > OWN_TRIGGER_REACH) return false;
    for (let i = t.t1; i < tr.t0; i++) if (!Number.isNaN(scan.tokens.num[i])) return false;
    return true;
  });
}

/**
 * The damage word right before the count is its own: "пошкоджено комплекси будівель 10 університетів",
 * "повреждено 401 заведение" — no other figure between, and no other counted noun.
 */
function ownTriggerBefore(scan: EventScan, m: DamageMention, countAt: number): boolean {
  const t = m.target;
  return scan.hitsIn(m.win).some((tr) => {
    if ((tr.cat !== 'damaged' && tr.cat !== 'destroyed') || tr.t1 > countAt || countAt - tr.t1 > OWN_TRIGGER_REACH) return false;
    for (let i = tr.t1; i < countAt; i++) if (!Number.isNaN(scan.tokens.num[i])) return false;
    return !/[;:]/u.test(scan.text.slice(scan.tokens.end[tr.t1 - 1], scan.tokens.start[t.t0]));
  });
}

/** Words either side of a count's noun read for its own damage words. */
const NEAR_REACH = 6;

/**
 * The noun's own words say "damaged and destroyed" ("have damaged and destroyed more than 390
 * institutions"); a damage word past another figure is that figure's ("337 ... destroyed and 2452 damaged").
 */
function bothNear(scan: EventScan, m: DamageMention): boolean {
  const t = m.target;
  const cats = new Set<string>();
  for (const h of scan.hitsIn(m.win)) {
    if (h.cat !== 'damaged' && h.cat !== 'destroyed') continue;
    const before = h.t1 <= t.t0 && t.t0 - h.t1 <= NEAR_REACH;
    let after = h.t0 >= t.t1 && h.t0 - t.t1 <= NEAR_REACH;
    for (let i = t.t1; after && i < h.t0; i++) if (!Number.isNaN(scan.tokens.num[i])) after = false;
    if (before || after) cats.add(h.cat);
  }
  return cats.size === 2;
}

/** The sentence says "damaged or destroyed" ("пошкоджено та зруйновано"). */
function sentenceBoth(scan: EventScan, m: DamageMention): boolean {
  const hs = scan.hitsIn(m.win);
  return hs.some((h) => h.cat === 'damaged') && hs.some((h) => h.cat === 'destroyed');
}

function kindClass(k: InstitutionKind | null): string {
  return k ? (KIND_CLASS[k] ?? k) : '';
}

function newGroup(groups: StatGroup[], headline: boolean): StatGroup {
  const g: StatGroup = { mentions: [], counts: [], both: false, headlineOnly: headline };
  groups.push(g);
  return g;
}

/** A round figure is the exact one a little above it ("понад 3 тис." and "3045"; "понад 180" and "187"): within this share. */
const ROUNDING_SHARE = 0.1;

/** `round` (two significant digits at most, "3 000", "180") is `exact` rounded down. */
function roundedTo(round: number, exact: number): boolean {
  if (round < STATISTIC_MIN_COUNT || exact <= round || exact >= round * (1 + ROUNDING_SHARE)) return false;
  const unit = 10 ** Math.max(0, String(Math.trunc(round)).length - 2);
  return round % unit === 0;
}

/** The statistic mentions of a document (in text order) as events: one group of mentions per count. */
export function groupStatistics(scan: EventScan, mentions: DamageMention[]): DamageMention[][] {
  const groups: StatGroup[] = [];
  const countOf = new Map<DamageMention, number | null>();
  for (const m of mentions) countOf.set(m, countBefore(scan, m.target, m.win, scan.hitsIn(m.win)));
  const bySentence = new Map<number, DamageMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.si);
    if (list) list.push(m);
    else bySentence.set(m.si, [m]);
  }
  for (const ms of bySentence.values()) {
    const counts = ms.map((m) => countOf.get(m) ?? null).filter((n): n is number => n !== null);
    const cats = triggerCats(ms);
    const headline = headingLine(scan, ms[0].si);
    const g: StatGroup =
      (counts.length === 0 ? groups[groups.length - 1] : undefined)
      ?? groups.find((x) => counts.some((n) => x.counts.some((c) => c === n || roundedTo(c, n))))
      // "337 of them completely destroyed" after "2,800 damaged or destroyed".
      // Not "390 damaged and destroyed in 100 days": the sentence's own words, not only its targets' nearest ones.
      ?? (ms.some((m) => bothNear(scan, m)) ? undefined : groups.find((x) => x.both && cats.size === 1 && cats.has('destroyed') && counts.every((n) => x.counts.some((c) => c > n))))
      // A headline's figure is the lead's, rounded or not; a group with no figure yet takes the first one.
      ?? groups.find((x) => !headline && (x.headlineOnly || x.counts.length === 0))
      ?? newGroup(groups, headline);
    let cur = g;
    for (const m of ms) {
      const n = countOf.get(m) ?? null;
      // Counts of different kinds side by side, each with its own damage word, are counts of their own
      // ("1 779 школ повреждены, 226 – разрушены; 122 учреждения высшего образования были повреждены").
      const own = n !== null && (ownTrigger(scan, m) || !!m.target.level || (cur.mentions.some((y) => y.target.level) && ownTriggerBefore(scan, m, m.target.t0 - 1))) && cur.mentions.some((y) => y.si === m.si && countOf.get(y) != null && y.trigger !== m.trigger && kindClass(y.target.kind) !== kindClass(m.target.kind));
      if (own) cur = newGroup(groups, headline);
      cur.mentions.push(m);
      if (n !== null) cur.counts.push(n);
      if (n !== null && (cats.size === 2 || sentenceBoth(scan, m))) cur.both = true;
      if (!headline) cur.headlineOnly = false;
    }
  }
  return groups.filter((g) => g.mentions.length > 0).map((g) => g.mentions);
}
