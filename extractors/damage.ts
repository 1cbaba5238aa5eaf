/**
 * Damage events: an education institution damaged or destroyed. A damage word ("пошкоджено",
 * "zniszczona", "hit" with a weapon in the sentence) attaches to an education institution (a tagged
 * institution or a kind noun: "ліцей", "a college") in the same clause; a hospital, a house or a school
 * named only as a landmark ("near the school") is not ours, and neither is a negated damage word.
 * Plural targets with a count ("понад 3000 закладів освіти") are a statistic, unnamed targets in a
 * document that asks for reports are an appeal; one event each per document. Incidents merge across
 * the headline and the body: one event per institution per attack. What one damage word reaches in
 * its sentence is read in _damage-reach.ts; statistics are grouped in _damage-statistics.ts.
 */
import type { DamageCause, DamageEvent, DamageScope, DamageSeverity, InstitutionKind, InstitutionTag } from '../types.js';
import { EXTRACTOR_VERSION } from './_version.js';
import { eventScan, MAX_TRIGGER_SENTENCES, sameInstitution, type EventContext, type EventHit, type EventScan, type Span } from './_event-scan.js';
import { bridgedTarget, isAnother, isRecap, listedAfterColon, targetsIn, type Target } from './_damage-targets.js';
import { boilerplateSpans, inSpans } from './_boilerplate.js';
import { findCasualties, findCause, findDate, findLocation, findMonthDay, insideBodyName, singleCause, toldAgain } from './_damage-details.js';
import { samePlace } from './_damage-places.js';
import { attackOutOfReach, deniedAfter, deniedIncident, distance, isHeadline, KIND_CLASS, landedOnGrounds, namedInParagraph, negated, qualifiesAnother } from './_damage-rules.js';
import { countBefore, groupStatistics, isStatistic, ordinalCountIn } from './_damage-statistics.js';
import { attached, attributiveParticiple, weaponParticiple, clauseOf, coordinatedItems, historical, holds, included, isParentOf, listedFurther, listObject, listSubject, partBetween, pastPart, partialNear, rightAfter } from './_damage-reach.js';

export type { EventContext } from './_event-scan.js';
export type { Target } from './_damage-targets.js';

const EXTRACTOR = 'damage';
/** The attack named as a noun ("attack on"), in the languages' `hit` lists. */
const ATTACK_NOUN = /^attacks?\s+(?:on|against)$/iu;
const TRIGGER_CATS = new Set(['damaged', 'destroyed', 'hit']);
/** Damage words read per sentence and mentions kept per document: bounds the work on hostile text. */
const MAX_TRIGGERS_PER_SENTENCE = 12;
const MAX_MENTIONS = 200;
/** An attack word ("hit", "влучила") reaches its target only this close (in words). */
const MAX_HIT_DISTANCE = 5;
const WEAPON_CAUSES = new Set(['missile', 'drone', 'shelling', 'airstrike']);

export interface DamageMention {
  si: number;
  win: Span;
  trigger: EventHit;
  target: Target;
  severity: DamageSeverity;
  scope: DamageScope;
  /** The target was named in a sentence before (a damaged part of its building): the story told so far. */
  bridged?: boolean;
  /** Institutions named in the plural with no count ("пошкоджено будівлі шкіл"): a statistic unless the text tells incidents. */
  uncounted?: boolean;
}


function mentionsOf(scan: EventScan, si: number, triggers: EventHit[], appealDoc: boolean): DamageMention[] {
  const out: DamageMention[] = [];
  for (const trig of triggers) {
    const win = scan.window(si, trig);
    const hits = scan.hitsIn(win);
    if (negated(scan, trig, hits) || historical(scan, trig) || attributiveParticiple(scan, trig, hits) || weaponParticiple(trig, hits)) continue;
    const causes = hits.filter((h) => h.cat === 'cause');
    // An attack word with no weapon in its sentence ("Удар по детскому саду: что известно") reaches only
    // the target right after it, in a document that names a weapon elsewhere.
    const loose = trig.cat === 'hit' && causes.length === 0;
    if (loose && !documentCause(scan)) continue;
    const clause = clauseOf(scan, trig, win, hits);
    const inClause = [...targetsIn(scan, clause, hits), ...listedFurther(scan, trig, win, hits, clause)];
    const listed = listedAfterColon(scan, clause, inClause, win);
    const targets = [...inClause, ...listed].sort((a, b) => a.t0 - b.t0);
    for (const t of targets) {
      if (isParentOf(scan, targets, t) || appositionOf(scan, targets, t)) continue;
      const fromList = listed.includes(t);
      if (!fromList && (!attached(scan, t, trig, hits) || attackOutOfReach(scan, trig, t) || qualifiesAnother(trig, t, targets))) continue;
      if (loose && !rightAfter(scan, trig, t) && !listSubject(scan, t, trig) && !listObject(scan, t, trig)) continue;
      if (landedOnGrounds(scan, trig, t)) continue;
      // "the attack on <X>" is an attack on X: a named institution right after it, not a place before one
      // ("after the drone attack on Kharkiv schools switch to remote learning").
      if (ATTACK_NOUN.test(scan.text.slice(trig.start, trig.end)) && !(t.tag && (t.t0 === trig.t1 || (t.t0 === trig.t1 + 1 && /^the$/iu.test(scan.tokens.words[trig.t1]))))) continue;
      if (out.some((m) => m.target.start === t.start)) {
        // Several damage words reach the target: the nearest one says what happened to it
        // ("ракета зруйнувала будинок, пошкоджено школу" → the school is damaged).
        const m = out.find((x) => x.target.start === t.start)!;
        const whole = trig.cat === 'destroyed' && !partialNear(trig, t, hits) && !partBetween(scan, trig, t);
        // "руйнувань зазнав" (damaged) holds "руйнувань" (destroyed): the longer phrase says what happened.
        if (holds(m.trigger, trig)) continue;
        if (holds(trig, m.trigger) || distance(trig, t) < distance(m.trigger, t)) {
          m.trigger = trig;
          m.severity = whole ? 'destroyed' : 'damaged';
        } else if (distance(trig, t) === distance(m.trigger, t) && whole) m.severity = 'destroyed';
        continue;
      }
      if (!fromList && trig.cat === 'hit' && Math.min(Math.abs(t.t0 - trig.t1), Math.abs(trig.t0 - t.t1)) > MAX_HIT_DISTANCE && !included(scan, trig, t) && !listSubject(scan, t, trig) && !listObject(scan, t, trig) && !pastPart(scan, trig, t, hits, MAX_HIT_DISTANCE)) continue;
      let scope: DamageScope = 'incident';
      // "один із освітніх закладів", "одна из школ", "jedna ze szkół", "one of the schools": one institution, in the plural.
      const one = !t.tag && t.number !== 'sg' && oneOf(scan, t);
      if (!t.tag && appealDoc) scope = 'appeal';
      else if (!one && isStatistic(scan, t, hits, win)) scope = 'statistic';
      else if (!t.tag && t.number === 'pl' && !one && !scan.placesIn(win).length && !causes.length) continue; // a generic remark
      // "Уламки пошкодили школи та садочки", "the storm damaged schools": damaged institutions counted by no one (not a headline's).
      let uncounted = false;
      if (scope === 'incident' && !t.tag && t.number === 'pl' && !one && !isHeadline(scan, { si }) && countBefore(scan, t, win, hits) === null) uncounted = true;
      const severity: DamageSeverity = trig.cat === 'destroyed' && !partialNear(trig, t, hits) && !partBetween(scan, trig, t) ? 'destroyed' : 'damaged';
      out.push({ si, win, trigger: trig, target: t, severity, scope: uncounted ? 'statistic' : scope, ...(uncounted ? { uncounted } : {}) });
    }
    if (targets.length === 0 && !loose && !appealDoc && !deniedAfter(scan, trig, hits)) {
      // "Spłonęła część dachu" after "... w szkole podstawowej w Świerznie": a part of the building told before;
      // "Pożar szybko opanowano." after a sentence about the kindergarten: its fire.
      const fire = trig.cat === 'hit' && trig.t0 === scan.tokenRange(scan.sentences[si])[0] &&
        causes.some((c) => c.value.label === 'fire' && c.t0 >= trig.t0 && c.t1 <= trig.t1);
      const t = bridgedTarget(scan, si, clause, hits, fire);
      if (t && !out.some((m) => m.target.start === t.start)) out.push({ si, win, trigger: trig, target: t, severity: 'damaged', scope: 'incident', bridged: true });
    }
  }
  return out;
}

/** Text between a noun and the name it is set beside: a spaced dash or a colon, with at most a few words ("— цього разу"). */
const APPOSITION_GAP = /^[^.!?;\n«»„“"]{0,40}?[ \u00a0](?:[—–-]|:)[ \u00a0]+(?:[\p{Ll}\p{N}]\S*[ \u00a0]+){0,3}$|^[ \u00a0]*:[ \u00a0]+(?:[\p{Ll}\p{N}]\S*[ \u00a0]+){0,3}$/u;

/**
 * An unnamed noun set beside the name of the institution it stands for, after a dash or a colon: "Russians
 * destroyed another educational institution in Donbas — Avdiivka School №1", "удару КАБом по найбільшому
 * освітньому закладу Межівської громади – Межівському ліцею №1", "Ще одна школа на Донеччині стала метою для
 * росіян - цього разу Костянтинівська школа №17". The noun is the name's apposition, not an institution of
 * its own ("another", "ще одна" there count the text's incidents, they do not set this one apart).
 */
function appositionOf(scan: EventScan, targets: Target[], t: Target): boolean {
  if (t.tag) return false;
  return targets.some((x) => {
    if (!x.tag || x.start <= t.end || x.t0 - t.t1 > APPOSITION_WORDS) return false;
    if (targets.some((o) => o !== x && o !== t && o.start > t.end && o.start < x.start)) return false;
    if (t.kind && KIND_CLASS[t.kind] !== KIND_CLASS[x.tag.kind]) return false;
    return APPOSITION_GAP.test(scan.text.slice(t.end, x.start));
  });
}
/** Words a name may stand after the noun it names in apposition. */
const APPOSITION_WORDS = 10;

/** "один із", "одна из", "jedna ze", "one of the", "едно от" right before a plural noun, or opening it. */
const ONE_OF_BEFORE = /(?:^|[\s"«„“(])(?:один|одна|одне|одно|одного|одну|однієї|одной|одним|одній|jeden|jedna|jedno|jedną|jednej|jednego|jednym|one|един|една|едно)[ \u00a0]+(?:з|із|зі|из|изо|со|с|z|ze|spośród|of|от|измежду)(?:[ \u00a0]+the)?[ \u00a0]+$/iu;

function oneOf(scan: EventScan, t: Target): boolean {
  if (ONE_OF.test(scan.text.slice(t.start, t.end))) return true;
  return ONE_OF_BEFORE.test(scan.text.slice(Math.max(0, t.start - 30), t.start));
}

const DOCUMENT_CAUSE = new WeakMap<EventScan, boolean>();
/** The document names a weapon somewhere. */
function documentCause(scan: EventScan): boolean {
  let v = DOCUMENT_CAUSE.get(scan);
  if (v === undefined) {
    v = scan.hits.some((h) => h.cat === 'cause' && WEAPON_CAUSES.has(h.value.label ?? ''));
    DOCUMENT_CAUSE.set(scan, v);
  }
  return v;
}


type Group = { mentions: DamageMention[] };

const SETTLEMENTS = new WeakMap<DamageMention, string | null>();
function settlementOf(scan: EventScan, m: DamageMention): string | null {
  let s = SETTLEMENTS.get(m);
  if (s === undefined) {
    s = findLocation(scan, [m], 'incident', false).settlement;
    SETTLEMENTS.set(m, s);
  }
  return s;
}

/**
 * An unnamed noun of another kind class that still refers to the group's unnamed institution, told in a
 * later sentence: kindFits ("ліцей" after an unnamed professional lyceum, "училището" after a
 * професионална гимназия).
 */
function backReference(scan: EventScan, g: Group, m: DamageMention): boolean {
  if (m.target.tag || g.mentions.some((x) => x.si === m.si || x.target.tag)) return false;
  return g.mentions.every((x) => !x.target.kind || kindFits(m.target.kind, x.target.kind, bareNoun(scan, m)) || kindFits(x.target.kind, m.target.kind, bareNoun(scan, x)));
}

const STORY_START = new WeakMap<EventScan, number>();

/**
 * A recalled attack ("Нагадаємо, ...", "Как мы сообщали ранее, ...") told after the story's own incident is
 * another incident; one told before any other damage sentence (the headline's too) is the story's own: the
 * follow-up tells that incident again ("Как мы сообщали ранее, детский садик в Поддорье вчера получил серьезные
 * повреждения от смерча" then "Пострадала не только крыша детсада").
 */
function recapOf(scan: EventScan, si: number): boolean {
  if (!isRecap(scan, si)) return false;
  const first = STORY_START.get(scan);
  return first === undefined || si !== first;
}

function compatible(g: Group, m: DamageMention, scan: EventScan): boolean {
  const named = g.mentions.find((x) => x.target.tag)?.target.tag ?? null;
  if (m.target.tag && named) {
    if (sameInstitution(named, m.target.tag)) return true;
  }
  // "Нагадаємо, ... вдарили по студмістечку": a recalled attack is another incident; "inną szkołę" another institution.
  if (recapOf(scan, m.si) !== recapOf(scan, g.mentions[0].si) || isAnother(scan, m.target)) return false;
  if (m.target.tag && named) {
    // A bare back-reference the tagger named on its own ("Здание гимназии"): no number, no quotes.
    const bare = (t: InstitutionTag) => !/[\d«»„“”"]/.test(t.name);
    if (!bare(named) && !bare(m.target.tag)) return false;
    if (g.mentions.some((x) => x.si === m.si)) return false; // named side by side: two institutions
  }
  // "школа, дитсадок, навчально-реабілітаційний центр": unnamed items of one enumeration are as many institutions.
  if (!m.target.tag && g.mentions.some((x) => x.si === m.si && !x.target.tag && x.target.start !== m.target.start && coordinatedItems(scan, x.target, m.target))) return false;
  const kinds = g.mentions.map((x) => x.target.kind).filter((k): k is InstitutionKind => !!k);
  if (m.target.kind && kinds.length && !kinds.some((k) => KIND_CLASS[k] === KIND_CLASS[m.target.kind!]) && !backReference(scan, g, m)) return false;
  const a = g.mentions.map((x) => settlementOf(scan, x)).find((s) => s) ?? null;
  const b = settlementOf(scan, m);
  if (a && !b && sceneChange(scan, g, m, a)) return false;
  return !a || !b || samePlace(a, b);
}

/**
 * The story moves to another place between the group's last mention and this one: a settlement other
 * than the group's is named, with a locative preposition, in the sentences between them or before the
 * mention in its own sentence ("... по закладу освіти у Сумах ... У Запоріжжі напередодні ворожа ракета
 * вдарила ... Пошкоджено будівлю освітнього закладу"). A mention that names no place of its own is then
 * that place's, not the earlier incident's.
 */
function sceneChange(scan: EventScan, g: Group, m: DamageMention, a: string): boolean {
  const last = g.mentions.reduce((x, y) => (y.si > x.si ? y : x));
  if (m.si <= last.si) return false;
  const span = { start: scan.sentences[last.si].end, end: m.target.start };
  // A place inside a body's name ("Burmistrz Miasta i Gminy Niepołomice") is no scene.
  return scan.placesIn(span).some((p) => p.kind === 'settlement' && p.locative && !samePlace(p.name, a) && !insideBodyName(scan, p));
}

function group(scan: EventScan, mentions: DamageMention[]): Group[] {
  const out: Group[] = [];
  // The text's first damage sentence: a recap there is the story's own incident.
  if (mentions.length) STORY_START.set(scan, Math.min(...mentions.map((m) => m.si)));
  let appeal: Group | null = null;
  const stats: DamageMention[] = [];
  // Uncounted plurals go with the counts of a text that gives them, else with the incidents it tells, else stand alone.
  const counted = mentions.some((m) => m.scope === 'statistic' && !m.uncounted);
  const told = mentions.some((m) => m.scope === 'incident');
  for (const m of mentions) if (m.uncounted && !counted && told) m.scope = 'incident';
  for (const m of mentions) {
    if (m.scope === 'statistic') {
      stats.push(m);
      continue;
    }
    if (m.scope === 'appeal') {
      if (appeal) appeal.mentions.push(m);
      else out.push((appeal = { mentions: [m] }));
      continue;
    }
    const incidents = out.filter((x) => x.mentions[0].scope === 'incident');
    // The group naming the same institution first; a damaged part of a building told before belongs to the latest incident.
    const same = m.target.tag ? incidents.find((x) => x.mentions.some((y) => y.target.tag && sameInstitution(y.target.tag, m.target.tag!))) : undefined;
    // A bridged name of its own ("... uczniowie Szkoły nr 8 w Brzegu ... uszkodzenie dachu") is compared like any other.
    const latest = m.bridged && !m.target.tag ? incidents.filter((x) => recapOf(scan, x.mentions[0].si) === recapOf(scan, m.si)).at(-1) : undefined;
    const g = same ?? latest ?? incidents.find((x) => compatible(x, m, scan));
    if (g) g.mentions.push(m);
    else out.push({ mentions: [m] });
  }
  if (stats.length === 0) return out;
  const statGroups: Group[] = groupStatistics(scan, stats).map((ms) => ({ mentions: ms }));
  // An unnamed, possibly plural incident in a document that gives a statistic is part of it
  // ("Значительная часть поврежденных учебных заведений ..."): of the count before it, else the first.
  const taken = new Set<string>();
  for (const g of out) for (const m of g.mentions) if (m.target.tag) taken.add(m.target.tag.key);
  const kept = out.filter((g) => {
    const loose = g.mentions.every(
      (m) => m.scope === 'incident' && !m.target.tag && m.target.number !== 'sg' && !scan.placesIn(m.win).some((p) => p.kind !== 'country'),
    );
    if (!loose) return true;
    // "nie oszczędziła także szkoły" in a text that names the one school it is about: that school's incident.
    const kind = g.mentions[0].target.kind;
    if (kind && g.mentions.every((m) => m.target.number === '?' && m.target.kind === kind) && namedInParagraph(scan, g.mentions, kind, taken)) return true;
    const at = g.mentions[0].target.start;
    const host = [...statGroups].reverse().find((s) => s.mentions[0].target.start < at) ?? statGroups[0];
    host.mentions.push(...g.mentions);
    return false;
  });
  return [...kept, ...statGroups];
}

/** A number or quotes in a name: it names the institution, not only its kind, specialty or place. */
const NAMING = /[\d«»„“”"]/u;
/** "імені", "имени", "им.", "ім.": a patron's name. */
const PATRON = /(?:^|\s)(?:імені|имени|ім\.|им\.)/u;
/** Languages whose schools are named by a number, quotes or a patron ("Ліцей № 17", "СОШ № 5", "ОУ „Христо Ботев“"). */
const NUMBERED_NAMES: ReadonlySet<string> = new Set(['uk', 'ru', 'bg']);
/** Kinds below higher education. */
const SCHOOL_LEVEL: ReadonlySet<string> = new Set(['school', 'lyceum', 'gymnasium', 'kindergarten', 'vocational-school', 'technikum', 'college']);

/** Targets read as "one of the schools" (educationNouns of that form): an institution the text does not name. */
const ONE_OF = /^(?:одн\p{L}*|jedn\p{L}*|one|едно)\s/iu;

/** School kinds more telling than the generic "school" ("Secondary school partially destroyed" then "A lyceum ..."). */
const SPECIFIC_SCHOOL = new Set<InstitutionKind>(['lyceum', 'gymnasium']);

/** The kind of an unnamed incident told with several nouns: the first, unless a specific school kind follows a generic "school". */
function incidentKind(kinds: InstitutionKind[]): InstitutionKind | null {
  // A lyceum told together with a vocational school is a professional lyceum.
  const voc = kinds.find((k) => KIND_CLASS[k] === 'voc');
  if (voc && kinds.every((k) => k === 'lyceum' || KIND_CLASS[k] === 'voc')) return voc;
  if (kinds[0] === 'school') return kinds.find((k) => SPECIFIC_SCHOOL.has(k)) ?? 'school';
  return kinds[0] ?? null;
}

function toEvent(scan: EventScan, g: Group, taken: ReadonlySet<string>, sole = false): DamageEvent {
  const ms = g.mentions;
  const scope = ms[0].scope;
  // The named mention with the fullest name tells the institution.
  let main = ms.find((m) => m.target.tag) ?? ms[0];
  // A name with a number or quotes, or the body's fuller name of the headline's short form ("Харківського
  // педуніверситету" in the headline, "Харківський педагогічний університет ім. Сковороди" in the body).
  const fuller = (m: DamageMention) => /\d|[«„"]/.test(m.target.tag!.name) || (isHeadline(scan, main) && !isHeadline(scan, m));
  for (const m of ms) if (m.target.tag && main.target.tag && fuller(m) && m.target.tag.name.length > main.target.tag.name.length) main = m;
  const kinds = [...new Set(ms.map((m) => m.target.kind).filter((k): k is InstitutionKind => !!k))];
  let tag = main.target.tag;
  // "Одна из школ", "one of the schools": the text leaves it unnamed on purpose.
  const indefinite = ms.some((m) => ONE_OF.test(scan.text.slice(m.target.start, m.target.end)));
  if (!tag && !indefinite && scope === 'incident' && kinds.length <= 1 && ms.every((m) => m.target.number !== 'pl')) tag = namedInParagraph(scan, ms, kinds[0] ?? null, taken);
  // A descriptive name (a kind, a specialty, a place: "Математическата гимназия в Стара Загора") beside the one
  // proper name of that kind the story gives ("директорът на ПМГ „Гео Милев“"): the same school, by its name.
  // Only where a school's proper name carries a number, quotes or a patron (uk, ru, bg); a university's need not.
  if (tag && scope === 'incident' && NUMBERED_NAMES.has(scan.ctx.lang ?? '') && SCHOOL_LEVEL.has(tag.kind) && !NAMING.test(tag.name) && !PATRON.test(tag.name)) {
    const proper = namedInParagraph(scan, ms, tag.kind, taken);
    if (proper && proper.kind === tag.kind && NAMING.test(proper.name)) tag = proper;
  }
  // A count of "учебных заведений и детских садов" is mixed: a general noun beside a kind gives no kind.
  const mixed = scope === 'statistic' && ms.some((m) => !m.target.kind && ms.some((x) => x.si === m.si && x.target.kind));
  const kind = tag ? tag.kind : mixed ? null : kinds.length === 1 ? kinds[0] : scope === 'incident' ? incidentKind(kinds) : null;
  // A tag found for a bare kind noun lends its mentions to the place search.
  const located = tag && !main.target.tag ? ms.map((m) => ({ ...m, target: { ...m.target, tag } })) : ms;
  const loc = findLocation(scan, located, scope);
  let severity: DamageSeverity | null;
  let cause: DamageCause | null;
  if (scope === 'incident') {
    // The body's clauses about the institution tell the severity; the headline only when it is all there is.
    const body = ms.filter((m) => !isHeadline(scan, m));
    severity = (body.length > 0 ? body : ms).some((m) => m.severity === 'destroyed') ? 'destroyed' : 'damaged';
    cause = findCause(scan, ms, WEAPON_CAUSES);
  } else {
    const cats = new Set<string>();
    for (const m of ms) {
      const hs = scan.hitsIn(m.win).filter((h) => h.cat === 'damaged' || h.cat === 'destroyed');
      // "зазнали руйнувань" (damaged) holds "руйнувань": the longer phrase says what happened.
      for (const h of hs) if (!hs.some((o) => o !== h && o.t0 <= h.t0 && o.t1 >= h.t1 && o.t1 - o.t0 > h.t1 - h.t0)) cats.add(h.cat);
    }
    severity = cats.size === 1 ? (cats.has('destroyed') ? 'destroyed' : 'damaged') : null;
    cause = singleCause(scan, ms);
  }
  const related = {
    keys: new Set(ms.map((m) => m.target.tag?.key).filter((k): k is string => !!k)),
    kinds: new Set<string>(kinds),
    cause: scope === 'incident' ? cause : null,
  };
  const date = scope === 'incident' ? findDate(scan, ms, related) : null;
  const monthDay = scope === 'incident' && !date ? findMonthDay(scan, ms, related) : null;
  const casualties = scope === 'incident' ? findCasualties(scan, ms, loc.settlement, sole) : null;
  let confidence = scope === 'incident' ? 0.55 : 0.6;
  if (tag) confidence += 0.15;
  if (cause) confidence += 0.1;
  if (loc.settlement || loc.region) confidence += 0.1;
  if (date && date.basis === 'text') confidence += 0.05;
  const event: DamageEvent & { dateBasis: 'text' | 'published' | null } = {
    type: 'damage',
    institution: tag ? tag.name : null,
    institutionKey: tag ? tag.key : null,
    institutionKind: kind,
    location: loc.location,
    settlement: loc.settlement,
    region: loc.region,
    date: date ? date.value : null,
    dateBasis: date ? date.basis : null,
    monthDay,
    repeated: scope === 'incident' && toldAgain(scan, ms),
    severity,
    cause,
    casualties,
    scope,
    quote: scan.text.slice(main.win.start, main.win.end),
    start: main.win.start,
    end: main.win.end,
    confidence: Math.round(Math.min(confidence, 0.95) * 100) / 100,
    extractor: EXTRACTOR,
    extractorVersion: EXTRACTOR_VERSION,
  };
  return event;
}

/** The institutions of the groups that name one (filled into `taken`). */
function takenBy(groups: Group[], taken: Set<string>): void {
  taken.clear();
  for (const g of groups) for (const m of g.mentions) if (m.target.tag) taken.add(m.target.tag.key);
}

/**
 * Kinds a noun may refer back with to an institution of another kind: its own class; a general noun any;
 * the generic "school" ("училището", "the school", "szkoła") and "lyceum" ("ліцей" for a професійний ліцей)
 * a vocational school too.
 */
function kindFits(noun: InstitutionKind | null, of: InstitutionKind | null, bare = true): boolean {
  if (!noun || !of) return true;
  if (KIND_CLASS[noun] === KIND_CLASS[of]) return true;
  // A qualified school ("an elementary school", "початкова школа") is a school of its own.
  return ((noun === 'school' && bare) || noun === 'lyceum') && (of === 'vocational-school' || of === 'technikum');
}

/** Words a bare noun stands after: prepositions, articles and demonstratives ("на училище", "в училището", "the school", "w szkole", "цієї школи"). */
const BARE_BEFORE = /^(?:на|в|у|во|до|з|із|зі|по|при|для|від|от|към|за|със|с|со|из|к|w|we|na|do|z|ze|po|przy|dla|od|the|a|an|this|that|of|at|in|to|from|цієї|цей|ця|цю|цього|ця|эта|этой|этот|эту|этого|ta|tej|ten|tę|tego|тази|този)$/iu;

/** A noun with no word of its own before it ("Евакуация на училище", "в училището", "the school"): a back-reference, not a school told by its level ("an elementary school"). */
function bareNoun(scan: EventScan, m: DamageMention): boolean {
  if (m.target.tag || m.target.number === 'pl' || m.target.t1 - m.target.t0 !== 1) return false;
  const t = m.target.t0;
  const [s0] = scan.tokenRange(scan.sentences[m.si]);
  return t === s0 || BARE_BEFORE.test(scan.tokens.words[t - 1] ?? '');
}

/**
 * One event per institution per attack, whatever the number of sentences that tell it: the document-level
 * consolidation of the groups the sentence-level grouping made. In this order:
 *   1. incident groups that come to name the same institution (their own tag, or the one name a bare noun
 *      refers to: namedInParagraph) are one incident ("Ще одну школу на Донеччині зруйнували росіяни. Цього разу –
 *      Курахівську гімназію №2" after the headline "На Донеччині зруйновано ще одну школу");
 *   2. an unnamed incident group joins the one named incident group its noun can stand for (kindFits), when
 *      no other named incident could be meant, the places do not differ, the dates do not differ, and no
 *      sentence tells both side by side ("Russian invaders have shelled a school in ... Chasiv Yar" then
 *      "Chasiv Yar school No. 17 has become another target"; "Евакуация на училище" beside the Професионална
 *      гимназия the text is about).
 * Groups merge only within the story's own incidents or within one recalled attack ("Нагадаємо, ..."): a
 * recalled attack on the same institution is another incident. Each pass reads the events as toEvent tells
 * them (its name, kind, settlement, date), so the rules compare what the events would say.
 */
function consolidate(scan: EventScan, groups: Group[], taken: Set<string>): Group[] {
  takenBy(groups, taken);
  let out = groups;
  for (let pass = 0; pass < 2; pass++) {
    // Only incidents merge: a text with fewer than two has nothing to consolidate (most texts).
    const isIncident = out.map((g) => g.mentions[0].scope === 'incident');
    if (isIncident.filter(Boolean).length < 2) break;
    const told = out.map((g, i) => (isIncident[i] ? toEvent(scan, g, taken) : null));
    const events = told as DamageEvent[]; // read only where incident(i) holds
    const into = new Map<number, number>();
    const incident = (i: number) => isIncident[i] && !into.has(i);
    const story = (i: number) => recapOf(scan, out[i].mentions[0].si);
    const datesAgree = (a: DamageEvent, b: DamageEvent) => !a.date || !b.date || a.date === b.date;
    const placesAgree = (a: DamageEvent, b: DamageEvent) => !a.settlement || !b.settlement || samePlace(a.settlement, b.settlement);
    const sideBySide = (a: Group, b: Group) => a.mentions.some((x) => b.mentions.some((y) => y.si === x.si));
    for (let i = 0; i < out.length; i++) {
      if (!incident(i)) continue;
      for (let j = i + 1; j < out.length; j++) {
        if (!incident(j) || story(i) !== story(j) || !datesAgree(events[i], events[j])) continue;
        const a = events[i];
        const b = events[j];
        if (pass === 0) {
          if (!a.institution || !b.institution || !(a.institutionKey === b.institutionKey || a.institution === b.institution)) continue;
          into.set(j, i);
        } else {
          const [u, n] = !a.institution && b.institution ? [i, j] : a.institution && !b.institution ? [j, i] : [-1, -1];
          if (u < 0) continue;
          const bare = out[u].mentions.every((m) => bareNoun(scan, m));
          if (into.has(u) || !kindFits(events[u].institutionKind, events[n].institutionKind, bare) || !placesAgree(events[u], events[n]) || sideBySide(out[u], out[n])) continue;
          // Counted institutions ("дві школи") are as many incidents; a group that is two in the text is not one name.
          if (out[u].mentions.some((m) => m.target.number === 'pl')) continue;
          // "another school" told after the named one is not it.
          if (u > n && out[u].mentions.some((m) => isAnother(scan, m.target))) continue;
          const rivals = events.filter((e, k) => k !== n && k !== u && incident(k) && !!e.institution && story(k) === story(u) && kindFits(events[u].institutionKind, e.institutionKind, bare) && placesAgree(events[u], e));
          if (rivals.length > 0) continue;
          into.set(u, n);
        }
      }
    }
    if (into.size === 0) continue;
    const root = (i: number): number => (into.has(i) ? root(into.get(i)!) : i);
    const merged = new Map<number, Group>();
    out.forEach((g, i) => {
      const r = root(i);
      const m = merged.get(r);
      if (m) m.mentions.push(...g.mentions);
      else merged.set(r, { mentions: [...g.mentions] });
    });
    for (const g of merged.values()) g.mentions.sort((x, y) => x.target.start - y.target.start);
    out = [...merged.entries()].sort((x, y) => x[0] - y[0]).map(([, g]) => g);
    takenBy(out, taken);
  }
  return out;
}

/** Losses and the heads an appeal is addressed to: "zgłaszanie strat", "керівників закладів". */
const LOSS_WORD = /^(?:strat|szkód|szkody|втрат|потерь|загуби|щети|losses|damages)$/u;
const HEADS_WORD = /^(?:керівник|директор|dyrektor|kierownik|principal|head|руководител|ръководител|kurator|куратор)/u;

/**
 * An appeal for reports of damage that names no institution ("просимо керівників закладів повідомляти
 * про руйнування", "zwraca się do dyrektorów szkół z prośbą o zgłaszanie strat"): the appeal sentence
 * speaks of damage or losses and of schools or their heads. One appeal mention, on the appeal words.
 */
function appealWithoutTarget(scan: EventScan, ignored: Span[]): DamageMention | null {
  const seen = new Set<number>(); // each sentence is read once, however many appeal words it holds
  for (const h of scan.hits) {
    if (h.cat !== 'appeal' || (ignored.length > 0 && inSpans(ignored, h.start, h.end))) continue;
    const si = scan.sentenceIndex(h.start);
    if (si < 0 || seen.has(si)) continue;
    seen.add(si);
    const sent = scan.sentences[si];
    const hits = scan.hitsIn(sent);
    const [s0, s1] = scan.tokenRange(sent);
    let loss = hits.some((x) => (x.cat === 'damaged' || x.cat === 'destroyed') && !negated(scan, x, hits));
    let edu = hits.some((x) => x.cat === 'eduNoun');
    for (let i = s0; i < s1 && !(loss && edu); i++) {
      const w = scan.tokens.words[i];
      if (LOSS_WORD.test(w)) loss = true;
      if (HEADS_WORD.test(w)) edu = true;
    }
    if (!loss || !edu) continue;
    const win = scan.window(si, h);
    const target: Target = { start: h.start, end: h.end, t0: h.t0, t1: h.t1, tag: null, kind: null, number: 'pl' };
    return { si, win, trigger: h, target, severity: 'damaged', scope: 'appeal' };
  }
  return null;
}

/** Damage events of one document, in text order. */
export function extractDamage(text: string, ctx: EventContext): DamageEvent[] {
  const scan = eventScan(text, ctx);
  const appealDoc = scan.hits.some((h) => h.cat === 'appeal');
  const bySentence = new Map<number, EventHit[]>();
  const ignored = ctx.ignored ?? boilerplateSpans(text);
  for (const h of scan.hits) {
    if (!TRIGGER_CATS.has(h.cat)) continue;
    if (ignored.length > 0 && inSpans(ignored, h.start, h.end)) continue; // a related headline, not this article
    const si = scan.sentenceIndex(h.start);
    if (si < 0) continue;
    const list = bySentence.get(si);
    if (list) {
      if (list.length < MAX_TRIGGERS_PER_SENTENCE) list.push(h);
    } else {
      if (bySentence.size >= MAX_TRIGGER_SENTENCES) break;
      bySentence.set(si, [h]);
    }
  }
  const mentions: DamageMention[] = [];
  for (const [si, triggers] of bySentence) {
    const found = mentionsOf(scan, si, triggers, appealDoc);
    // One aggregate sentence ("разрушени ... две училища, детска градина и стотици сгради") is one statistic.
    if (found.some((m) => m.scope === 'statistic' && !m.uncounted) || (found.length > 0 && ordinalCountIn(scan, si))) {
      for (const m of found) if (!m.target.tag) m.scope = 'statistic';
    }
    mentions.push(...found);
    if (mentions.length >= MAX_MENTIONS) break;
  }
  if (appealDoc && !mentions.some((m) => m.scope === 'appeal')) {
    const m = appealWithoutTarget(scan, ignored);
    if (m) mentions.push(m);
  }
  mentions.sort((a, b) => a.target.start - b.target.start);
  const taken = new Set<string>();
  const groups = consolidate(scan, group(scan, mentions).filter((g) => !deniedIncident(scan, g.mentions)), taken);
  // A text that tells one incident: its "nobody was hurt" is that incident's wherever it stands.
  const sole = groups.filter((g) => g.mentions[0].scope === 'incident').length === 1;
  const events = groups.map((g) => toEvent(scan, g, taken, sole));
  // A general noun's incident ("an educational institution ... damaged") takes the kind of the one kind noun the
  // text uses for it elsewhere, outside any incident ("... got stuck in the school building").
  const targeted = new Set<number>();
  for (const g of groups) for (const m of g.mentions) targeted.add(m.target.start);
  events.forEach((e, i) => {
    if (e.scope !== 'incident' || e.institution || e.institutionKind || groups[i].mentions.some((m) => m.target.kind)) return;
    const kinds = new Set<InstitutionKind>();
    for (const h of scan.hits) {
      if (h.cat !== 'eduNoun' || !h.value.kind || h.value.kind === 'other' || targeted.has(h.start)) continue;
      if (ignored.length > 0 && inSpans(ignored, h.start, h.end)) continue;
      kinds.add(h.value.kind);
    }
    if (kinds.size === 1 && sole) e.institutionKind = [...kinds][0];
  });
  const out: DamageEvent[] = [];
  events.forEach((e, i) => {
    out.push(e);
    // "пошкоджені два дитсадки, школа та ПТУ": two unnamed kindergartens are two incidents, unless the text
    // tells them one by one ("Дві знищені школи ..." then "ракета влучила в школу села ..."). A singular
    // mention beside a counted plural one ("Пошкоджена школа в Одесі" under a photo, "в трьох школах міста
    // вибито загалом понад 90 вікон") is one of the counted, told by a caption: only a plural noun's own
    // count counts then (not "Two rockets hit a school").
    const g = groups[i];
    if (e.scope !== 'incident' || e.institution) return;
    const singular = g.mentions.some((m) => m.target.number === 'sg');
    if (events.some((o, j) => j !== i && o.scope === 'incident' && o.institutionKind === e.institutionKind)) return;
    // The largest count any of its mentions gives: a headline's bare plural ("постраждали школи та садочки")
    // before the body's count ("дві школи та три садочки") does not hide it.
    // A general noun's count ("трех образовательных объектов — двух детских садах и школе") counts every kind together, not this one.
    const own = g.mentions.filter((m) => (!e.institutionKind || m.target.kind === e.institutionKind) && (!singular || m.target.number === 'pl'));
    if (singular && own.length === 0) return;
    const counted = Math.max(1, ...own.map((m) => countBefore(scan, m.target, m.win, scan.hitsIn(m.win)) ?? 1));
    // "уничтожены школы в Константиновке и Бахмуте": one institution in each place named.
    const places = coordinatedPlaces(scan, g.mentions);
    const n = counted === 1 && places.length >= 2 && !singular && g.mentions.some((m) => m.target.number === 'pl') ? places.length : counted;
    if (n > MAX_COPIES) return;
    if (places.length === n && e.settlement && places[0].name === e.settlement) {
      for (let k = 1; k < n; k++) out.push({ ...e, settlement: places[k].name, region: places[k].region ?? e.region });
      return;
    }
    for (let k = 1; k < n; k++) out.push({ ...e });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Places coordinated right after a plural target: "школы в Константиновке и Бахмуте", "schools in Izium and Balakliia". */
const COORDINATED_PLACES = /^[ \u00a0]+(?:в|у|во|w|we|in|в)[ \u00a0]+\p{Lu}[\p{L}'’ʼ-]+(?:[ \u00a0]*,[ \u00a0]*\p{Lu}[\p{L}'’ʼ-]+)*[ \u00a0]+(?:і|и|та|й|and|oraz|i)[ \u00a0]+(?:(?:в|у|во|w|we|in)[ \u00a0]+)?\p{Lu}[\p{L}'’ʼ-]+/u;

function coordinatedPlaces(scan: EventScan, ms: DamageMention[]) {
  for (const m of ms) {
    const after = scan.text.slice(m.target.end, m.target.end + 120);
    const c = COORDINATED_PLACES.exec(after);
    if (!c) continue;
    const ps = scan.placesIn({ start: m.target.end, end: m.target.end + c[0].length }).filter((p) => p.kind === 'settlement');
    if (ps.length >= 2) return ps;
  }
  return [];
}

/** Unnamed institutions counted this far ("два дитсадки", "three schools") are one incident each; more is a tally. */
const MAX_COPIES = 3;
