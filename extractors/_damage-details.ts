/**
 * The details of a damage event, read from the sentences of its mentions and around them: where
 * (settlement and region), when, what caused it, and casualties. Search order for every detail:
 * the mention sentences, then their paragraphs, then the title (when it is not part of the text).
 */
import type { DamageCause, DamageScope, DateTag } from '../types.js';
import { isEventDate, isLabelNumber, nearestDate, type EventHit, type EventScan, type Span } from './_event-scan.js';
import type { PlaceMatch } from './places.js';
import { extractDates } from './dates.js';
import { adjectivePlace, datelinePlace, locativePlace, namePlace, samePlace, writtenSettlement } from './_damage-places.js';
import { isRecap, isTargetTag } from './_damage-targets.js';

interface MentionLike {
  si: number;
  win: Span;
  trigger: EventHit;
  target: { start: number; end?: number; kind?: string | null; tag?: { name?: string; mentions: { start: number; end: number }[] } | null };
}

/** Sentences of the other mentions of the named institutions ("У Сумах ... в ліцеї № 9." then "У ліцеї сталася пожежа"). */
function otherMentionSentences(scan: EventScan, ms: MentionLike[]): Span[] {
  const out: Span[] = [];
  const seen = new Set<number>(ms.map((m) => m.si));
  for (const m of ms) {
    for (const x of m.target.tag?.mentions ?? []) {
      const si = scan.sentenceIndex(x.start);
      if (si < 0 || seen.has(si)) continue;
      seen.add(si);
      out.push(scan.sentences[si]);
    }
  }
  return out;
}

/** Words after a number that make it an age, not a count. */
const AGE_WORD = /^(?:років|роки|рік|року|лет|года|год|години|годишен|годишна|годишно|lat|lata|roku|year|years|yrs?)$/u;
/** Casualties are read at most this far from the damage sentence's start. */
const CASUALTY_SPAN_CHARS = 1500;
/** Words a number may stand from its casualty cue ("загинули щонайменше 9 людей"). */
const CASUALTY_NUMBER_DISTANCE = 4;

export interface Location {
  location: string | null;
  settlement: string | null;
  region: string | null;
}

/** The place nearest `at`, preferring one introduced as a location ("в Ирпен", not "край Киев"). */
function nearest(places: PlaceMatch[], at: number): PlaceMatch | null {
  let best: PlaceMatch | null = null;
  for (const p of places) {
    if (!best || (p.locative && !best.locative) || (p.locative === best.locative && Math.abs(p.start - at) < Math.abs(best.start - at))) best = p;
  }
  return best;
}

/** A distance unit, then up to three words and "of / from": the place after it is a reference point. */
const DISTANCE_BEFORE = /\d[\d\s.,]*\s?(?:km|км|mi|miles?|kilomet(?:re|er)s?|kilometr\p{L}*|кілометр\p{L}*|километр\p{L}*)\.?(?:\s+\p{L}+){0,3}\s+(?:of|from|від|од|от|od|до|do)\s+$/iu;

/** "230km east of Kyiv", "за 30 км від Харкова", "30 km od Lwowa", "на 20 км от Одеса": the distance's reference point, not the place of the story. */
function referencePoint(scan: EventScan, p: PlaceMatch): boolean {
  return DISTANCE_BEFORE.test(scan.text.slice(Math.max(0, p.start - 50), p.start));
}

/** A place opening a line as a wire dateline: "KYIV: ...", "Odesa (Ukraine) (AFP) – ...". */
function filedFrom(scan: EventScan, p: PlaceMatch): boolean {
  const lineStart = scan.text.lastIndexOf('\n', p.start - 1) + 1;
  if (scan.text.slice(lineStart, p.start).trim() !== '') return false;
  const after = scan.text.slice(p.end, p.end + 60);
  if (/^\s*(?:\([^)\n]{1,30}\)\s*)+[–—-]\s/u.test(after)) return true;
  const name = scan.text.slice(p.start, p.end);
  return name.length >= 3 && name === name.toUpperCase() && /\p{Lu}/u.test(name) && /^\s*(?::|[–—-]\s)/u.test(after);
}

/**
 * Where the event happened: the mentions' sentences, and with `story` their paragraphs, the sentences
 * naming the institution, the title, the place the institution's name opens with, and when nothing
 * names a settlement the lead's, a place written after a locative preposition, an opener or a
 * dateline. Two mentions' places are compared without `story`: their own sentences only.
 */
export function findLocation(scan: EventScan, ms: MentionLike[], scope: DamageScope, story = true): Location {
  // Not the attacker, nor a place inside a quoted name (ОУ "Елин Пелин": a writer, not the town).
  // Not a distance's reference point ("230km east of Kyiv"); comparing two mentions, not a wire dateline
  // ("KYIV: A Russian strike on a school in north-east Ukraine"): where the story was filed.
  // Nor the tail of a hyphenated name ("в Матвеев-Кургане" is not Курган).
  // Comparing two mentions, a place inside another body's name ("Donetsk Regional Military Administration Head") is not where either happened.
  const inBody = (p: Span) => !story && insideBodyName(scan, p);
  const placesIn = (sp: Span) =>
    scan.placesIn(sp).filter((p) => !isAgent(scan, p) && !/[„"«“]$/u.test(scan.text.slice(Math.max(0, p.start - 1), p.start)) && !referencePoint(scan, p) && !filedFrom(scan, p) && !hyphenTail(scan, p) && !inBody(p));
  const layers: PlaceMatch[][] = ms.map((m) => placesIn(m.win));
  // Two mentions are compared by the places of their own sentences and the one before in their paragraph
  // ("... в школу села Воздвижівка. Навчальний заклад зруйновано"): another paragraph's or the title's may be another story's.
  if (!story) {
    for (const m of ms) if (m.si > 0 && scan.paraOf[m.si - 1] === scan.paraOf[m.si]) layers.push(placesIn(scan.sentences[m.si - 1]));
  }
  if (scope === 'incident' && story) {
    const paras = new Set<number>();
    for (const m of ms) {
      const p = scan.paragraph(m.si);
      if (!paras.has(p.first)) {
        paras.add(p.first);
        layers.push(placesIn(p));
      }
    }
    for (const sp of otherMentionSentences(scan, ms)) layers.push(placesIn(sp));
    layers.push(scan.titlePlaces);
  }
  let settlement: PlaceMatch | null = null;
  let region: PlaceMatch | null = null;
  let country: PlaceMatch | null = null;
  for (let i = 0; i < layers.length; i++) {
    const at = i < ms.length ? ms[i].target.start : ms[0].target.start;
    if (!settlement) settlement = nearest(layers[i].filter((p) => p.kind === 'settlement'), at);
    if (!region) region = nearest(layers[i].filter((p) => p.kind === 'region'), at);
    if (!country) country = nearest(layers[i].filter((p) => p.kind === 'country'), at);
  }
  // A place written with the institution ("szkoła w Szkotowie") is its own, known to the gazetteer or not.
  const written = scope === 'incident' ? writtenSettlement(scan, targetSpans(ms), targetNames(ms)) : null;
  // The gazetteer's nominative for a written form it knows by another case ("у Печенігах" → Печеніги).
  const known = written && settlement && samePlace(written, settlement.name);
  // "Комишуваська гімназія", "Grayslake Central High School": the place the name opens with, before places merely nearby.
  let named = scope === 'incident' && story && !written ? namePlace(scan, targetNames(ms), targetSpans(ms)) : null;
  // A university's name opens with a region, a sea or a patron land as often as with its town ("Черноморский
  // национальный университет" is in Николаев, "Таврійський" in Київ): a place the text never writes is then only
  // the gazetteer's guess from the adjective's stem, and a settlement the text names wins over it. A school's
  // adjective is its town's ("Костянтинівська школа №17").
  const higher = ms.some((m) => !!m.target.tag && !!m.target.kind && HIGHER_KIND.has(m.target.kind));
  if (named && higher && settlement && !samePlace(named, settlement.name) && !namePlace(scan, targetNames(ms), targetSpans(ms), true)) named = null;
  if (named && settlement && !samePlace(named, settlement.name)) settlement = null;
  let s = (known ? settlement!.name : written) ?? named ?? settlement?.name ?? null;
  if (!s && scope === 'incident' && story) {
    // The lead names the place of the story ("W szkole w Świerznie ..." then "Spłonęła część dachu").
    const lead = leadSpan(scan);
    const paras = ms.map((m) => scan.paragraph(m.si));
    const before = paras.filter((p) => p.first > 0).map((p) => scan.paragraph(p.first - 1));
    // The story moved on: the paragraph just before the mentions names a city with a locative ("У Запоріжжі
    // напередодні ворожа ракета вдарила ..." then "Пошкоджено будівлю освітнього закладу") after the lead's.
    const moved = before.map((sp) => nearest(placesIn(sp).filter((p) => p.kind === 'settlement' && p.locative), sp.end)).find((p) => p && p.start > lead.end);
    settlement = moved ?? nearest(placesIn(lead).filter((p) => p.kind === 'settlement'), 0);
    s = settlement?.name ?? null;
    if (!s) {
      // The mentions' sentences, their paragraphs and the ones before, the lead: a place after a locative
      // preposition, else a city named by its adjective ("Херсонської міської ради", "na warszawskiej Woli").
      const spans = [...ms.map((m) => scan.sentences[m.si]), ...paras, ...before, lead].slice(0, 4 * MAX_STORY_SPANS);
      // A settlement the paragraph before names ("Под обстрел попал посёлок Красное ..." then "Еще один снаряд прилетел на территорию школы").
      for (const sp of before) if (!s) s = nearest(placesIn(sp).filter((p) => p.kind === 'settlement'), sp.end)?.name ?? null;
      for (const sp of spans) if (!s) s = locativePlace(scan, sp);
      for (const sp of spans) if (!s) s = adjectivePlace(scan, sp);
    }
    // A sentence elsewhere naming an institution of the kind ("the educational institution in the city of
    // Bilhorod-Dnistrovskyi was destroyed") and a settlement.
    if (!s) s = kindSentencePlace(scan, ms, placesIn);
    if (!s && !region) s = openerPlace(scan, ms) ?? datelinePlace(scan);
  }
  if (written && !known) settlement = null;
  let r = region?.name ?? null;
  if (!r && settlement && scope === 'incident') r = settlement.region;
  if (region && settlement && settlement.country && region.country !== settlement.country) r = settlement.region;
  let location = s && r ? `${s}, ${r}` : (s ?? r);
  if (!location && scope !== 'incident') {
    country = null;
    country = country ?? mostMentionedCountry(scan.places);
    location = country?.name ?? null;
  }
  return { location, settlement: s, region: r };
}

/**
 * A place written inside the name of a body that is not an education institution ("Burmistrz Miasta i Gminy
 * Niepołomice", "Donetsk Regional Military Administration"): the body's name, not where a story moved to.
 */
export function insideBodyName(scan: EventScan, p: Span): boolean {
  return scan.mentionsIn({ start: Math.max(0, p.start - 200), end: p.end }).some((x) => x.start <= p.start && x.end >= p.end && !isTargetTag(x.tag));
}

/** Kinds of higher education, whose names often open with a region's or a sea's adjective rather than the town's. */
const HIGHER_KIND: ReadonlySet<string> = new Set(['university', 'academy', 'institute']);

/** A place whose match starts after a hyphen inside a word ("Матвеев-Кургане", "Białka-Tatrzańska"): the second half of another name. */
function hyphenTail(scan: EventScan, p: { start: number }): boolean {
  return /\p{L}-$/u.test(scan.text.slice(Math.max(0, p.start - 2), p.start));
}

/** Verbs a city stands before as the attacker ("Киев уничтожил школу", "Moscow struck ..."): singular, active. */
const AGENT_VERB = /^(?:нан[её]с|наніс|завдав|нанесе|уничтожил|знищив|атаковал|атакував|обстрелял|обстріляв|ударил|вдарив|разрушил|зруйнував|zaatakował|zniszczył|ostrzelał|uderzył|удари|атакува|обстреля|разруши|унищожи|attacked|struck|shelled|destroyed|launched|targeted)$/u;

/** A capital opening its sentence as the subject of an attack ("Киев нанёс удар по ... школе"): the attacker, not the place. */
function isAgent(scan: EventScan, p: PlaceMatch): boolean {
  const tk = scan.tokens;
  const [t0, t1] = scan.tokenRange(p);
  const si = scan.sentenceIndex(p.start);
  if (si < 0 || t1 >= tk.n || scan.tokenRange(scan.sentences[si])[0] !== t0) return false;
  return AGENT_VERB.test(tk.words[t1]) && tk.words[t1 + 1] !== 'by';
}

/** Education nouns read for a sentence that places the event's kind (bounded on hostile text). */
const MAX_KIND_NOUNS = 200;

function kindSentencePlace(scan: EventScan, ms: MentionLike[], placesIn: (sp: Span) => PlaceMatch[]): string | null {
  const kinds = new Set(ms.map((m) => m.target.kind ?? null));
  let n = 0;
  for (const h of scan.hits) {
    if (h.cat !== 'eduNoun') continue;
    if (++n > MAX_KIND_NOUNS) break;
    const k = h.value.kind && h.value.kind !== 'other' ? h.value.kind : null;
    if (k && !kinds.has(k)) continue;
    if (h.value.number === 'pl') continue;
    const si = scan.sentenceIndex(h.start);
    if (si < 0) continue;
    const p = placesIn(scan.sentences[si]).find((x) => x.kind === 'settlement');
    if (p) return p.name;
  }
  return null;
}

/** Mentions whose sentences and paragraphs are read for the story's place (bounded on hostile text). */
const MAX_STORY_SPANS = 8;

/** The lead of the text: its first paragraph, and the next one when the first is a headline alone. */
function leadSpan(scan: EventScan): Span {
  if (scan.sentences.length === 0) return { start: 0, end: 0 };
  const p = scan.paragraph(0);
  if (p.last > p.first || p.last + 1 >= scan.sentences.length) return p;
  return { start: p.start, end: scan.paragraph(p.last + 1).end };
}

/** The targets of the mentions and the mentions of their institutions, in text order. */
function targetSpans(ms: MentionLike[]): Span[] {
  const out: Span[] = [];
  for (const m of ms) if (m.target.end !== undefined) out.push({ start: m.target.start, end: m.target.end });
  for (const m of ms) for (const x of m.target.tag?.mentions ?? []) out.push(x);
  return out;
}

function targetNames(ms: MentionLike[]): string[] {
  return [...new Set(ms.map((m) => m.target.tag?.name).filter((n): n is string => !!n))];
}

/** A post that opens with a place and a full stop: "Харків. У ніч на ...", "Krzemieńczuk. Dron ...". */
const OPENER_RE = /^\p{Lu}[\p{L}'’-]{2,30}(?:[ -]\p{Lu}[\p{L}'’-]{1,30})?\.$/u;
/** One-word openers that are not places. */
const NOT_OPENER = /^(?:увага|терміново|оновлено|важливо|внимание|срочно|обновлено|важно|uwaga|pilne|aktualizacja|ważne|внимание|спешно|обновено|важно|update|updated|breaking|urgent|important|warning)\.$/iu;

/**
 * The settlement a Telegram-style post opens with when the gazetteer does not know it: the first
 * sentence of the text is one or two capitalised words and a full stop, and the damage is told in
 * the same paragraph. Known settlements there are found by the gazetteer before this.
 */
function openerPlace(scan: EventScan, ms: MentionLike[]): string | null {
  const first = scan.sentences[0];
  if (!first || !ms.some((m) => scan.paragraph(m.si).first === 0)) return null;
  const t = scan.text.slice(first.start, first.end).trim();
  if (!OPENER_RE.test(t) || NOT_OPENER.test(t) || scan.mentionsIn(first).length > 0) return null;
  return t.slice(0, -1);
}

/** The country a document names most often (an appeal "for Ukraine" that also names Russia once). */
function mostMentionedCountry(places: PlaceMatch[]): PlaceMatch | null {
  const counts = new Map<string, { n: number; first: PlaceMatch }>();
  for (const p of places) {
    if (p.kind !== 'country') continue;
    const c = counts.get(p.country);
    if (c) c.n++;
    else counts.set(p.country, { n: 1, first: p });
  }
  let best: { n: number; first: PlaceMatch } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? best.first : null;
}

/**
 * The generic attack-by-fire noun ("обстріл", "обстрел", "ostrzał", "обстрел"): Ukrainian, Russian,
 * Polish and Bulgarian reports call a missile or drone attack so too, so a weapon the story names
 * ("ракета", "дрон", "КАБ") tells the cause before it; artillery words ("артобстріл", "снаряд") are specific.
 */
const GENERIC_SHELLING = /^(?:обстріл|обстрел|ostrzał|ostrzel|ostrzeliwa)/iu;

/** The institution named by its bare head ("в заведение прилетело несколько ракет", "заклад"). */
const FACILITY_WORD = /(?:^|[^\p{L}])(?:заклад\p{L}*|заведени\p{L}*|учреждени\p{L}*|placówk\p{L}*|facility|institution)(?![\p{L}])/iu;

function isGeneric(scan: EventScan, h: EventHit): boolean {
  return h.value.label === 'shelling' && GENERIC_SHELLING.test(scan.text.slice(h.start, h.end));
}

/** A cause's rank: a specific weapon, then the generic shelling noun, then fire and other causes. */
function causeRank(scan: EventScan, h: EventHit, weapons: ReadonlySet<string>): number {
  if (!weapons.has(h.value.label ?? '')) return 0;
  return isGeneric(scan, h) ? 1 : 2;
}

/** "атака", "атаки", "atak", "attack": an attack by an unnamed weapon tells no cause ("other" is a storm or a flood). */
const ATTACK_WORD = /^(?:атак|atak|attack)/iu;

function causeHit(scan: EventScan, hits: EventHit[], at: number, weapons: ReadonlySet<string>): EventHit | null {
  let best: EventHit | null = null;
  let bestRank = -1;
  for (const h of hits) {
    if (h.cat !== 'cause') continue;
    if (h.value.label === 'other' && ATTACK_WORD.test(scan.text.slice(h.start, h.end))) continue;
    const rank = causeRank(scan, h, weapons);
    const closer = !best || Math.abs(h.start - at) < Math.abs(best.start - at);
    if (rank > bestRank || (rank === bestRank && closer)) {
      best = h;
      bestRank = rank;
    }
  }
  return best;
}

function causeIn(scan: EventScan, hits: EventHit[], at: number, weapons: ReadonlySet<string>): DamageCause | null {
  const h = causeHit(scan, hits, at, weapons);
  return h ? (h.value.label as DamageCause) : null;
}

/** The cause nearest the damage word, weapons before fire and other causes. */
export function findCause(scan: EventScan, ms: MentionLike[], weapons: ReadonlySet<string>): DamageCause | null {
  // The lead tells the weapon when the mentions' paragraphs do not ("Удар по детскому саду" over "ударили дронами").
  const spans: Span[] = [...ms.map((m) => m.win), ...ms.map((m) => scan.paragraph(m.si)), leadSpan(scan)];
  let fallback: DamageCause | null = null;
  let generic: DamageCause | null = null;
  const own = new Set(ms.map((m) => m.si));
  // Past the mentions' own windows a named weapon replaces the generic noun only in a sentence about an
  // institution ("в заведение прилетело несколько ракет"), not "ворог обстріляв ракетами Торецьк".
  const aboutInstitution = (h: EventHit): boolean => {
    const si = scan.sentenceIndex(h.start);
    if (si < 0) return false;
    const sent = scan.sentences[si];
    return own.has(si) || scan.hitsIn(sent).some((x) => x.cat === 'eduNoun') || scan.mentionsIn(sent).length > 0 || FACILITY_WORD.test(scan.text.slice(sent.start, sent.end));
  };
  for (const [i, span] of spans.entries()) {
    const wide = i >= ms.length;
    const h = causeHit(scan, scan.hitsIn(span), ms[0].trigger.start, weapons);
    if (!h) continue;
    if (wide && generic && causeRank(scan, h, weapons) === 2 && !aboutInstitution(h)) continue;
    const c = h.value.label as DamageCause;
    // "Внаслідок обстрілу ... ракета влучила": the generic noun waits for a weapon the story names.
    if (weapons.has(c) && !isGeneric(scan, h)) return c;
    if (weapons.has(c)) generic = generic ?? c;
    else if (!fallback) fallback = c;
  }
  if (generic) {
    // "обстреляли школу-интернат" and, a paragraph on, "в заведение прилетело несколько ракет".
    for (const m of ms) {
      const p = scan.paragraph(m.si);
      if (p.last + 1 >= scan.sentences.length) continue;
      const next = scan.paragraph(p.last + 1);
      const h = causeHit(scan, scan.hitsIn(next).filter((x) => x.cat === 'cause' && causeRank(scan, x, weapons) === 2 && aboutInstitution(x)), m.trigger.start, weapons);
      if (h) return h.value.label as DamageCause;
    }
    return generic;
  }
  // "damaged as a result of the attack" and "burned out" in a quote: a fire the attack set tells no weapon;
  // the attack its own sentence names without one is the one the story names ("the drone attack").
  if (fallback === 'fire' && ms.some((m) => scan.hitsIn(m.win).some((h) => isUnnamedAttack(scan, h)))) {
    const weapon = causeHit(scan, scan.hits.filter((h) => h.cat === 'cause' && causeRank(scan, h, weapons) === 2), ms[0].trigger.start, weapons);
    if (weapon) return weapon.value.label as DamageCause;
  }
  if (fallback) return fallback;
  return causeIn(scan, scan.titleHits, 0, weapons);
}

function isUnnamedAttack(scan: EventScan, h: EventHit): boolean {
  return h.cat === 'cause' && h.value.label === 'other' && ATTACK_WORD.test(scan.text.slice(h.start, h.end));
}

/** The one cause a statistic or appeal names, or null when it names none or several. */
export function singleCause(scan: EventScan, ms: MentionLike[]): DamageCause | null {
  const causes = new Set<string>();
  for (const m of ms) {
    for (const h of scan.hitsIn(m.win)) {
      if (h.cat !== 'cause' || !h.value.label || (h.value.label === 'other' && ATTACK_WORD.test(scan.text.slice(h.start, h.end)))) continue;
      causes.add(h.value.label);
    }
  }
  if (causes.size > 1) causes.delete('other');
  return causes.size === 1 ? ([...causes][0] as DamageCause) : null;
}

/** A clock time and its AM/PM marker, all a date line may carry besides its date ("11/15/2024 7:12:45 AM"). */
const CLOCK_LINE_REST = /^[\s\d:.,|/–—-]{0,14}(?:[ap]\.?\s?m\.?)?\s*$/iu;
/** How far (characters) a background word may stand from the date it makes background. */
const BACKGROUND_REACH = 90;
/** A date in a later paragraph this many days before the report is another, earlier attack. */
const RECALLED_DAYS = 7;

/** The page's own date line with a clock time ("Date\n11/15/2024 7:12:45 AM"): it dates the report, not the attack. */
function clockDateLine(text: string, d: DateTag): boolean {
  const a = text.lastIndexOf('\n', d.start - 1) + 1;
  let b = text.indexOf('\n', d.end);
  if (b < 0) b = text.length;
  return b - a <= 60 && CLOCK_LINE_REST.test(text.slice(a, d.start) + text.slice(d.end, b));
}

/**
 * A date its clause makes background: the start of a period ("since Russia launched its full-scale
 * invasion ... in February 2022", "з початку повномасштабного вторгнення"), an anniversary, or "ще
 * вчора" said of how things were. Nothing but words stands between the background word and the date.
 */
export function backgroundDate(scan: EventScan, d: DateTag): boolean {
  const si = scan.sentenceIndex(d.start);
  const s = si >= 0 ? scan.sentences[si] : { start: Math.max(0, d.start - BACKGROUND_REACH), end: d.end + BACKGROUND_REACH };
  const span = { start: Math.max(s.start, d.start - BACKGROUND_REACH), end: Math.min(s.end, d.end + BACKGROUND_REACH) };
  for (const h of scan.hitsIn(span, 'background')) {
    const gap = h.end <= d.start ? scan.text.slice(h.end, d.start) : h.start >= d.end ? scan.text.slice(d.end, h.start) : '';
    if (!/[,;:()"«»“”!?]|\s[–—]\s/u.test(gap)) return true;
  }
  return false;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000;
}

const attackDatesOf = new WeakMap<EventScan, DateTag[]>();

/** attackDates once per text: every damage event of a text asks for them (and without a publication date they take a second date pass). */
function attackDates(scan: EventScan): DateTag[] {
  let dates = attackDatesOf.get(scan);
  if (!dates) attackDatesOf.set(scan, (dates = computeAttackDates(scan)));
  return dates;
}

/**
 * The dates that may date an attack, sorted by offset. Without a publication date, a day and month
 * with no year ("17 czerwca", "6 листопада") take the year that puts them on or before the latest
 * date the text writes in full ("7 листопада 2024 року"), or within a year it names ("w 2025 roku").
 */
function computeAttackDates(scan: EventScan): DateTag[] {
  // A date line that repeats the publication date says nothing of the attack; one that differs dates the report.
  const pubDay = scan.ctx.published ? scan.ctx.published.slice(0, 10) : null;
  const keep = (d: DateTag) => !(d.value === pubDay && clockDateLine(scan.text, d)) && !backgroundDate(scan, d);
  const own = scan.dates.filter(keep);
  if (scan.ctx.published) return own;
  let anchor: string | null = null;
  for (const d of own) {
    if (d.kind === 'published' || d.kind === 'valid-until' || d.kind === 'range-end' || d.basis === 'relative' || d.yearInferred) continue;
    const v = d.value.length === 10 ? d.value : d.value.length === 4 ? `${d.value}-12-31` : null;
    if (v && (!anchor || v > anchor)) anchor = v;
  }
  if (!anchor) return own;
  const extra = extractDates(scan.text, { lang: scan.ctx.lang, published: anchor })
    .filter((d) => d.yearInferred && d.basis !== 'relative' && keep(d) && !own.some((o) => o.start === d.start));
  return extra.length > 0 ? [...own, ...extra].sort((a, b) => a.start - b.start) : own;
}

function datesWithin(dates: DateTag[], span: Span): DateTag[] {
  return dates.filter((d) => d.start >= span.start && d.end <= span.end);
}

/** What an event already knows that a dated sentence may share: its institutions' keys, its kinds, its cause. */
export interface Related {
  keys: Set<string>;
  kinds: Set<string>;
  cause: string | null;
}

/**
 * The date of the attack: in a mention sentence, then in a mention paragraph, else the publication date.
 * Dates of the page's date line and background dates (above) are not the attack's; a date in a later
 * paragraph well before the report ("14 квітня росіяни вдарили ... по конгрес-центру" in a report of
 * 18 August) is an earlier attack the story recalls, when the lead gives no date of its own.
 */
export function findDate(
  scan: EventScan,
  ms: MentionLike[],
  related: Related,
): { value: string; basis: 'text' | 'published' } | null {
  const d = dateOfAttack(scan, ms, related, attackDates(scan));
  if (d) return { value: d.value, basis: 'text' };
  const pub = scan.ctx.published;
  return pub ? { value: pub.slice(0, 10), basis: 'published' } : null;
}

/**
 * The day and month ("05-25") of an attack the text dates with no year it can be given: a page
 * with no publication date and no year written anywhere ("В ночь на 25 мая ... по Харькову").
 * Null when the text has a publication date or a year (findDate dates the attack then), or
 * writes no day. Incidents compare it with the days of dated reports (store/incidents).
 */
export function findMonthDay(
  scan: EventScan,
  ms: MentionLike[],
  related: Related,
): string | null {
  if (scan.ctx.published) return null;
  const d = dateOfAttack(scan, ms, related, yearlessDates(scan));
  if (d) return d.value.slice(5, 10);
  // The day the text says the report was made stands for the missing publication date, as findDate's fallback.
  const told = reportDay(scan);
  if (!told) return null;
  const relative = extractDates(scan.text, { lang: scan.ctx.lang, published: told.value })
    .filter((r) => r.basis === 'relative' && r.value.length === 10 && !backgroundDate(scan, r));
  return (dateOfAttack(scan, ms, related, relative) ?? told).value.slice(5, 10);
}

/**
 * The day and month (dated in ANY_YEAR) of the first sentence that tells when the story was told:
 * a reporting verb (the `reporting` rows: "Про це 25 травня в Telegram повідомив міський голова",
 * "Об этом 25 мая сообщил мэр", "the mayor said on May 25") and a single day with no year. Null
 * when no sentence does.
 */
function reportDay(scan: EventScan): DateTag | null {
  const days = yearlessDates(scan);
  for (const s of scan.sentences) {
    const inside = days.filter((d) => d.start >= s.start && d.end <= s.end);
    if (inside.length === 1 && scan.hitsIn(s, 'reporting').length > 0) return inside[0];
  }
  return null;
}

/** Whether a sentence naming the damaged institution tells the attack as one more on it (the `again` rows: "Рашисты повторно обстреляли нашу Могилянку"). */
export function toldAgain(scan: EventScan, ms: MentionLike[]): boolean {
  return ms.some((m) => scan.hitsIn(m.win, 'again').length > 0);
}

/**
 * A year that makes every day and month a date (2000 is a leap year), for reading the day and
 * month of dates written without a year when nothing gives the year: only their "MM-DD" is kept.
 */
const ANY_YEAR = '2000-07-01';

const yearlessDatesOf = new WeakMap<EventScan, DateTag[]>();

/** The text's days written with no year, dated in ANY_YEAR (the year means nothing): no relative dates, no months alone. */
function yearlessDates(scan: EventScan): DateTag[] {
  let dates = yearlessDatesOf.get(scan);
  if (!dates) {
    const keep = (d: DateTag) => d.yearInferred && d.basis !== 'relative' && d.value.length === 10 && !backgroundDate(scan, d);
    yearlessDatesOf.set(scan, (dates = extractDates(scan.text, { lang: scan.ctx.lang, published: ANY_YEAR }).filter(keep)));
  }
  return dates;
}

/** The attack's date among `dates` (see findDate), or null. */
function dateOfAttack(
  scan: EventScan,
  ms: MentionLike[],
  related: Related,
  dates: DateTag[],
): DateTag | null {
  // An attack is not dated after the report.
  const pubDay = scan.ctx.published ? scan.ctx.published.slice(0, 10) : null;
  const past = (ds: DateTag[]) => (pubDay ? ds.filter((d) => d.value.slice(0, pubDay.length) <= pubDay) : ds);
  const leadSi = ms.reduce((a, m) => Math.min(a, m.si), Infinity);
  const leadPara = Number.isFinite(leadSi) && leadSi >= 0 ? scan.paragraph(leadSi).first : -1;
  const recalled = (d: DateTag, si: number) =>
    pubDay !== null && pubDay.length === 10 && d.value.length === 10 && si >= 0 && scan.paragraph(si).first !== leadPara &&
    daysBetween(d.value, pubDay) > RECALLED_DAYS;
  const usable = (ds: DateTag[], si: number) => past(ds).filter((d) => !recalled(d, si));
  for (const m of ms) {
    const d = nearestDate(usable(datesWithin(dates, m.win), m.si), m.trigger.start);
    if (d) return d;
  }
  for (const m of ms) {
    const d = nearestDate(usable(datesWithin(dates, scan.paragraph(m.si)), m.si), m.trigger.start);
    if (d) return d;
  }
  // The lead often dates the attack in a sentence without a damage word ("Вчера, 9 мая, беспилотник
  // сбросил ... на территорию детского сада"): a dated sentence naming the same institution or kind.
  for (const d of dates) {
    if (!isEventDate(d) || (d.how === 'night-of' && d.kind !== 'event') || past([d]).length === 0) continue;
    const si = scan.sentenceIndex(d.start);
    if (si < 0 || recalled(d, si) || previousAttack(scan, si)) continue;
    const win = scan.window(si, d);
    if (scan.mentionsIn(win).some((x) => related.keys.has(x.tag.key))) return d;
    if (scan.hitsIn(win, 'eduNoun').some((h) => h.value.kind && related.kinds.has(h.value.kind))) return d;
    // "Вчера вечером село Журавлевка подверглось обстрелу": the same attack, by its cause; "обстріляли"
    // (shelling) is what news say of any attack ("вночі 25 травня знову обстріляли Харків" of a missile strike).
    if (related.cause && scan.hitsIn(win, 'cause').some((h) => h.value.label === related.cause || h.value.label === 'shelling')) return d;
  }
  return null;
}

/** Killed / injured counts stated in the mention's paragraph or the next one. */
/** Counts of buildings, not people: "15 жилищни сгради", "20 будинків" (the number's next word). */
const BUILDING_WORD = /^(?:сград|будин|будівл|здани|дом|budyn|dom|build|house|home|къщ|блок|жил|житл|mieszk|residential|apartment|квартир|apartament|автомоб|samoch|car|школ|шкіл|szkoł|училищ|school|заклад|placów|учрежд|организац|садоч|садк|садик|сад|дитсад|детсад|ліце|лице|гімназ|гимназ|коледж|колледж|технікум|техникум|przedszk|liceów|liceum|kindergarten|градин|lyceum|college)/u;
/** An adjective before the counted noun ("три дитячих садочки", "два детских сада", "dwa miejskie przedszkola"). */
const ADJECTIVE_WORD = /(?:их|ых|ие|ые|ій|ий|ый|ої|ой|ні|ні|ich|ych|ie|e|ни|ите)$/u;

/** A sentence telling of an earlier attack (the `previous` rows: "попередній обстріл Житомира стався 1 березня"): its date is not the report's attack. */
function previousAttack(scan: EventScan, si: number): boolean {
  return scan.hitsIn(scan.sentences[si], 'previous').length > 0;
}

/** A subject that makes a negated "hurt" mean nobody was hurt at all. */
const NOBODY_WORD = /^(?:ніхто|никто|nikt|nobody|никой|никое|никоя|люди|людей|діти|дети|учні|ученики|учащиеся|працівники|сотрудники|dzieci|ludzie|uczniowie|children|people|pupils|students|хора|деца|ученици)$/u;
/** How far before the negated word its subject may stand ("ніхто з працівників ліцею не постраждав"). */
const NOBODY_REACH = 6;

function nobodySubject(scan: EventScan, t: number): boolean {
  const tk = scan.tokens;
  for (let i = t - 1; i >= Math.max(0, t - NOBODY_REACH); i--) {
    if (/[,;.!?:]/u.test(scan.text.slice(tk.end[i], tk.start[i + 1]))) return false;
    if (NOBODY_WORD.test(tk.words[i]) || (i + 1 < tk.n && tk.words[i] === 'no' && tk.words[i + 1] === 'one')) return true;
  }
  return false;
}

/** A number that is part of a clock time ("о 21:30", "21.30 ч."). */
function isClockTime(scan: EventScan, t: number): boolean {
  const tk = scan.tokens;
  const before = scan.text.slice(Math.max(0, tk.start[t] - 1), tk.start[t]);
  const after = scan.text.slice(tk.end[t], tk.end[t] + 3);
  return before === ':' || /^[:.]\d\d/.test(after);
}

/**
 * Killed / injured counts stated in the mention's paragraph or the next one. A casualty sentence
 * that names another settlement ("У Харкові ... загинули 3 людини") is another attack's.
 */
export function findCasualties(
  scan: EventScan,
  ms: MentionLike[],
  settlement: string | null = null,
  sole = false,
): { killed: number | null; injured: number | null } | null {
  const own = new Set(ms.map((m) => m.si));
  const elsewhere = (at: number): boolean => {
    if (!settlement) return false;
    const si = scan.sentenceIndex(at);
    if (si < 0 || own.has(si)) return false;
    const ps = scan.placesIn(scan.sentences[si]).filter((p) => p.kind === 'settlement');
    return ps.length > 0 && !ps.some((p) => p.name === settlement);
  };
  const spans = new Map<number, Span>();
  for (const m of ms) {
    const p = scan.paragraph(m.si);
    const nextStart = p.last + 1 < scan.sentences.length ? p.last + 1 : -1;
    const end = nextStart >= 0 ? scan.paragraph(nextStart).end : p.end;
    const start = Math.max(scan.sentences[m.si].start, m.win.start);
    spans.set(p.first, { start, end: Math.min(end, start + CASUALTY_SPAN_CHARS) });
  }
  let killed: number | null = null;
  let injured: number | null = null;
  let none = false;
  const tk = scan.tokens;
  for (const span of spans.values()) {
    const hits = scan.hitsIn(span);
    const dates = scan.datesIn(span);
    const numberWords = new Map<number, number>();
    for (const x of hits) if (x.cat === 'number' && x.value.count != null) numberWords.set(x.t0, x.value.count);
    const noneSpans = hits.filter((x) => x.cat === 'noCasualties' && !elsewhere(x.start));
    if (noneSpans.length) none = true;
    for (const h of hits) {
      if (h.cat !== 'killed' && h.cat !== 'injured') continue;
      if (elsewhere(h.start)) continue;
      // "no one was injured"; not "nikt nie zginął, ranny został ..." (the cue past a comma is its own clause).
      if (noneSpans.some((x) => h.t0 >= x.t0 && h.t1 <= x.t1 && !/[,;]/.test(scan.text.slice(x.start, h.start)))) continue;
      let n: number | null = null;
      if (hits.some((x) => x.cat === 'negation' && x.t1 <= h.t0 && x.t1 >= h.t0 - 1 && !/[,;.]/.test(scan.text.slice(x.end, h.start)))) {
        n = 0;
        // "ніхто з працівників ліцею не постраждав", "люди не пострадали", "никто из учащихся не пострадал":
        // nobody hurt is nobody killed either.
        if (nobodySubject(scan, h.t0)) none = true;
      }
      else {
        let bestDist = Infinity;
        for (let t = Math.max(0, h.t0 - CASUALTY_NUMBER_DISTANCE); t < Math.min(tk.n, h.t1 + CASUALTY_NUMBER_DISTANCE); t++) {
          if (t >= h.t0 && t < h.t1) continue;
          let v = tk.num[t];
          if (!Number.isNaN(v) && (isLabelNumber(scan, t) || isClockTime(scan, t))) continue;
          if (t + 1 < tk.n && t + 1 !== h.t0 && BUILDING_WORD.test(tk.words[t + 1])) continue;
          // "три дитячих садочки постраждали": a count of institutions through its adjective, not of people.
          if (t + 2 < tk.n && t + 1 !== h.t0 && t + 2 !== h.t0 && ADJECTIVE_WORD.test(tk.words[t + 1]) && BUILDING_WORD.test(tk.words[t + 2])) continue;
          if (t + 1 < tk.n && AGE_WORD.test(tk.words[t + 1])) continue; // "чоловік 54 років", "a 54-year-old man": an age
          if (Number.isNaN(v)) {
            v = numberWords.get(t) ?? NaN;
          } else if (dates.some((d) => tk.start[t] >= d.start && tk.end[t] <= d.end)) continue;
          if (Number.isNaN(v)) continue;
          // Not across a clause: "Един човек загина, трима са ранени".
          const gap = t < h.t0 ? scan.text.slice(tk.end[t], tk.start[h.t0]) : scan.text.slice(tk.end[h.t1 - 1], tk.start[t]);
          if (/[,;.:!?]/.test(gap)) continue;
          const dist = t < h.t0 ? h.t0 - t + 0.5 : t - h.t1 + 1;
          if (dist < bestDist) {
            bestDist = dist;
            n = v;
          }
        }
        if (n === null && h.value.count != null) n = h.value.count;
      }
      if (n === null) continue;
      if (h.cat === 'killed') killed = Math.max(killed ?? 0, n);
      else injured = Math.max(injured ?? 0, n);
    }
  }
  // The only incident a text tells: "Пострадавших нет" before its first mention, or paragraphs on, is its own
  // (not one in a recalled attack, nor one that names another settlement).
  const nones = scan.hits.filter((x) => x.cat === 'noCasualties');
  // Not when the text counts people hurt somewhere ("жертв немає, проте є троє постраждалих").
  const hurt = scan.hits.some((x) => (x.cat === 'killed' || x.cat === 'injured') && !nones.some((n) => x.start >= n.start && x.end <= n.end));
  if (!none && killed === null && injured === null && sole && !hurt) {
    none = nones.some((x) => {
      if (elsewhere(x.start)) return false;
      const si = scan.sentenceIndex(x.start);
      return si >= 0 && !isRecap(scan, si);
    });
  }
  if (none) {
    killed = killed ?? 0;
    injured = injured ?? 0;
  }
  return killed === null && injured === null ? null : { killed, injured };
}
