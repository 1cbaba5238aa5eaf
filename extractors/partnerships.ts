/**
 * Partnership events: memoranda, cooperation and partnership agreements, contracts between named
 * parties. An agreement noun in a sentence is a mention; its status comes from signing cues in the
 * sentence (or the next one: "The document ... will be signed"); its parties are read from the
 * sentence's syntax and its tagged institutions (extractors/_partnership-parties.ts), names the
 * institution tagger did not know included. Mentions of one agreement (headline, body, "Umowa
 * będzie obowiązywała do ...") merge into one event per document; different party sets stay
 * separate agreements. Talk about agreements ("по договору о целевом обучении", "may conclude")
 * is no signing.
 *
 * Several agreements in one sentence: one per agreement word with its own list or its own signing
 * verb ("уклав договір … та підписав меморандум з X"), one per partner of a plural ("меморандуми з A
 * та B", the members of "с общини" a nearby sentence lists: extractors/_partnership-members.ts), one
 * per body that stops cooperation ("A, B as well as C announced a suspension of cooperation"). An
 * agreement written as a frame ("В рамках подписанного соглашения …") is the one told before. An
 * agreement naming no party takes its signatories listed nearby ("Учредители Ассоциации — A и B"),
 * else the bodies of the sentences around it; one naming a single party, the partner its paragraph
 * tells it cooperates with. An agreement may also be written as a verb of partnering with no document
 * named ("X Partners With Y", "стала партнером", "objęła patronatem"): such a mention naming one party
 * right after an agreement joins it, and naming none it is no event. One agreement signed by unnamed
 * education institutions ("Leaders from the colleges signed an agreement") is an event with no party.
 */
import type { InstitutionTag, PartnershipEvent, PartnershipStatus } from '../types.js';
import { EXTRACTOR_VERSION } from './_version.js';
import { boilerplateSpans, inSpans } from './_boilerplate.js';
import { findPlace, findValidUntil, framedBy, isTally, joinsAgreement, ownVerbTriggers, sameParty } from './_partnership-rules.js';
import { companionNearby, concrete, FoundParties, isPlural, partiesIn, partiesNearby, splitAgreements } from './_partnership-parties.js';
import { signatoriesNear } from './_partnership-members.js';
import { deniedSigning } from './_partnership-negation.js';
import { clubAcademy } from './_partnership-sports.js';
import { cluster, isEducationParty, type Agreement, type AgreementMention, type Same } from './_partnership-cluster.js';
import {
  eventScan, MAX_TRIGGER_SENTENCES, nearestDate, type EventContext, type EventHit, type EventScan, type Span,
} from './_event-scan.js';

export type { EventContext } from './_event-scan.js';

const EXTRACTOR = 'partnerships';

/**
 * Agreements written as a verb of partnering, no document named ("стала партнером", "partnered with", "objęła
 * patronatem"): one naming a single party right after an agreement told before is that agreement's ("… umowa
 * patronacka z Wydziałem … ZUT. Wydział obejmuje patronat nad klasami I LO"); one naming none is no event.
 */
const VERB_FRAMES: ReadonlySet<string> = new Set(['partnership', 'patronage']);

/** An agreement word in one of the DOCUMENT_REACH sentences before sentence si. */
function agreementBefore(scan: EventScan, si: number): boolean {
  for (let j = Math.max(0, si - DOCUMENT_REACH); j < si; j++) if (scan.hitsIn(scan.sentences[j]).some((h) => h.cat === 'agreement')) return true;
  return false;
}

/** How many sentences back the signer of split agreements may be named. */
const SIGNER_REACH = 2;


function statusOf(hits: EventHit[]): { status: PartnershipStatus; hit: EventHit | null } {
  const find = (c: string) => hits.find((h) => h.cat === c) ?? null;
  const t = find('terminated');
  if (t) return { status: 'terminated', hit: t };
  const p = find('planned');
  if (p) return { status: 'planned', hit: p };
  const s = find('signed');
  if (s) return { status: 'signed', hit: s };
  return { status: 'unknown', hit: null };
}

function mentionsAt(scan: EventScan, si: number, triggers: EventHit[], found: FoundParties): AgreementMention[] {
  const first = triggers[0];
  const win = scan.window(si, first);
  const hits = scan.hitsIn(win);
  const { parties, groups, generic, unnamedEducation } = partiesIn(scan, win, hits, first, found);
  // "по договору о целевом обучении", "may conclude an agreement": a kind of contract, not one signed.
  if (generic) return [];
  let { status, hit } = statusOf(hits);
  if (status === 'unknown') {
    // "The document has been agreed upon and will be signed in the near future."
    const next = si + 1 < scan.sentences.length && scan.paraOf[si + 1] === scan.paraOf[si] ? scan.window(si + 1, scan.sentences[si + 1]) : null;
    if (next) {
      const nh = scan.hitsIn(next);
      if (nh.some((h) => h.cat === 'backref' || h.cat === 'agreement')) ({ status, hit } = statusOf(nh));
    }
  }
  // "did not sign", "dissociated itself from signing", "не подписывал": a denied signing is no agreement signed.
  if (status === 'signed' && hit && deniedSigning(scan, hit, scan.sentences[si].start)) return [];
  let best = first;
  for (const t of triggers) if (t.t1 - t.t0 > best.t1 - best.t0) best = t;
  const m: AgreementMention = {
    si,
    win,
    trigger: first,
    kind: best.value.label ?? 'agreement',
    kindSpec: best.t1 - best.t0,
    status,
    statusHit: hit,
    parties,
    firstPerson: hits.some((h) => h.cat === 'firstPerson'),
    eduTopic: hasEduTopic(scan, si, hits),
    unnamedEducation,
    sideless: false,
    framed: framedBy(scan, win, hits, first),
    joins: joinsAgreement(scan, first) || (VERB_FRAMES.has(best.value.label ?? '') && parties.length === 1 && agreementBefore(scan, si)),
  };
  const split = splitAgreements(scan, triggers, groups);
  if (!split) {
    // "уклав договір щодо мобільності та підписав меморандум про співпрацю з X": each agreement word
    // after a signing verb of its own is an agreement of its own, between the same parties.
    // "A, B as well as C announced a suspension of cooperation": each ends its own partnership with the rest.
    const enders = status === 'terminated' ? groups.find((g) => g.role === 'subject' && g.tags.length >= 2) : undefined;
    if (enders) {
      const rest = parties.filter((p) => !enders.tags.includes(p));
      return enders.tags.map((t) => ({ ...m, parties: [t, ...rest] }));
    }
    const own = ownVerbTriggers(scan, triggers, hits);
    const stem = (t: EventHit) => scan.tokens.words[t.t0].slice(0, 5);
    // The same noun twice ("Po podpisanym porozumieniu … podpisane porozumienie") is one agreement told twice.
    if (own.length >= 2 && new Set(own.map(stem)).size === own.length) return own.map((t) => ({ ...m, trigger: t, kind: t.value.label ?? 'agreement', kindSpec: t.t1 - t.t0, separate: true }));
    return [m];
  }
  return split.map((p) => ({ ...m, trigger: p.trigger, kind: p.trigger.value.label ?? 'agreement', kindSpec: p.trigger.t1 - p.trigger.t0, parties: p.parties, sideless: p.sideless }));
}

/**
 * An agreement written as a frame refers to one told before it: it names no parties of its own
 * (the bodies in its sentence are what happens within it), so it joins the agreement before.
 */
function unframe(mentions: AgreementMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.framed && mentions.slice(0, i).some((x) => !x.framed && x.parties.length > 0 && x.status !== 'unknown')) m.parties = [];
  }
}

/**
 * "Masaryk University terminated its agreements with Russian universities. This step includes the
 * termination of the agreement with A, …": agreements split from a sentence that names no signer
 * take the one party of the agreement mentioned just before them.
 */
function addSigner(mentions: AgreementMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m.sideless) continue;
    let prev: AgreementMention | null = null;
    for (let j = i - 1; j >= 0 && !prev; j--) if (!mentions[j].sideless && m.si - mentions[j].si <= SIGNER_REACH) prev = mentions[j];
    if (prev && prev.parties.length === 1 && !m.parties.includes(prev.parties[0])) m.parties = [prev.parties[0], ...m.parties];
  }
}

/** How many sentences after an agreement's own sentence its signing may be told of "the document". */
const DOCUMENT_REACH = 2;
/** Shortest back-reference that names the document rather than a pronoun ("документ", "the document"; not "він", "it"). */
const DOCUMENT_REF_MIN = 6;

/**
 * "СНУ став одним з підписантів Меморандуму … Документ підписали керівник X, ректорка Y і директор Z":
 * a signing sentence whose object is the document told just before names its signers, by their titles
 * or their bodies; it is a mention of that agreement whose bodies join it. Only with an agreement
 * sentence one or two sentences before it, never on its own.
 */
function documentSignings(scan: EventScan, bySentence: Map<number, EventHit[]>, found: FoundParties): AgreementMention[] {
  const out: AgreementMention[] = [];
  const agreementSentences = [...bySentence.keys()];
  if (agreementSentences.length === 0) return out;
  for (let si = 0; si < scan.sentences.length; si++) {
    if (bySentence.has(si)) continue;
    if (!agreementSentences.some((k) => k < si && si - k <= DOCUMENT_REACH)) continue;
    const hits = scan.hitsIn(scan.sentences[si]);
    if (!hits.some((h) => h.cat === 'signed')) continue;
    const ref = hits.find((h) => h.cat === 'backref' && h.end - h.start >= DOCUMENT_REF_MIN);
    if (!ref) continue;
    for (const m of mentionsAt(scan, si, [ref], found)) if (m.status === 'signed' && m.parties.length > 0) out.push({ ...m, joins: true });
  }
  return out;
}

/** The agreement is about education: its sentence, or the sentence before or after it in its paragraph, says so. */
function hasEduTopic(scan: EventScan, si: number, hits: EventHit[]): boolean {
  const edu = (hs: EventHit[]) => hs.some((h) => h.cat === 'eduTopic' || h.cat === 'eduNoun');
  if (edu(hits)) return true;
  for (const j of [si - 1, si + 1]) {
    if (j < 0 || j >= scan.sentences.length || scan.paraOf[j] !== scan.paraOf[si]) continue;
    if (edu(scan.hitsIn(scan.sentences[j]))) return true;
  }
  return false;
}

/**
 * Communication platforms an agreement is signed over ("The MoU … was signed over Zoom", "по Skype",
 * "przez Microsoft Teams"): never a party (test/realnews/README: websites and platforms are not recorded).
 */
const PLATFORM_RE = /^(?:Zoom|Skype|(?:Microsoft )?Teams|Google Meet|Webex|Cisco Webex|Зум|Скайп)$/u;

function toEvent(scan: EventScan, a: Agreement, same: Same, found: FoundParties): PartnershipEvent | null {
  const ms = a.mentions;
  // Terminated anywhere wins; otherwise the first mention that says signed or planned (the headline / lead).
  const status: PartnershipStatus = ms.some((m) => m.status === 'terminated')
    ? 'terminated'
    : (ms.find((m) => m.status !== 'unknown')?.status ?? 'unknown');
  if (status === 'unknown') return null;
  // One name per institution: the fullest of the (fuzzily) same tags.
  const parties: InstitutionTag[] = [];
  for (const m of ms) {
    for (const p of m.parties) {
      if (PLATFORM_RE.test(p.name)) continue; // "signed over Zoom": how it was signed, not who signed
      const i = parties.findIndex((q) => same(p, q));
      if (i < 0) parties.push(p);
      else if (p.name.length > parties[i].name.length) parties[i] = p;
    }
  }
  const publisherIsParty = ms.some((m) => m.firstPerson);
  // "Technikum … współpracuje z Politechniką. … podpisanie kolejnej umowy": the partner the paragraph names.
  if (parties.length === 1 && !publisherIsParty) {
    const other = companionNearby(scan, ms.map((m) => m.si), parties[0]);
    if (other) parties.push(other);
  }
  // "Стороны подписали соглашение": the parties are named in the sentences around it.
  let unnamedSigner = false;
  if (parties.length === 0 && !publisherIsParty) {
    // "Sygnatariuszami listu byli: …", "Учредители Ассоциации — A и B": the signers listed nearby; else the bodies nearby.
    const listed = signatoriesNear(scan, ms.map((m) => m.si));
    parties.push(...(listed.items.length > 0 ? listed.items.map((it) => it.tag ?? found.tagOf(it)) : partiesNearby(scan, ms.map((m) => m.si))));
    unnamedSigner = listed.unnamedEducation;
  }
  // An education institution signs, named or not ("Університет розірвав договір з ТОВ «Будсервіс»").
  // A football club's academy is a sports club, not a school ("Академии «Факела» и «Локомотива» подписали договор").
  const around = ms.flatMap((m) => [m.win, scan.paragraph(m.si)]);
  const eduParty = parties.some((p) => isEducationParty(p) && !clubAcademy(scan, p, around)) || ms.some((m) => m.unnamedEducation) || unnamedSigner;
  const eduTopic = ms.some((m) => m.eduTopic);
  if (!eduParty && !(publisherIsParty && eduTopic) && !(parties.length === 0 && eduTopic)) return null;
  // An agreement with no party named anywhere near is one only when the text tells when or where it
  // was signed ("13 июня в Минске подписано соглашение"); otherwise it is talk about agreements.
  // Signers told as unnamed education institutions in the sentence of one agreement signed ("Leaders from the
  // colleges signed an agreement Thursday …") make it an agreement, their names unknown; not agreements in
  // general ("The agreements between universities and companies … are often difficult to negotiate").
  const unnamedSigners = (m: AgreementMention) => m.unnamedEducation && m.status === 'signed' && !isPlural(scan, m.trigger);
  if (parties.length === 0 && !publisherIsParty && !ms.some((m) => concrete(scan, m.win) || unnamedSigners(m))) return null;
  // "более 2000 компаний стали партнёрами колледжей": partnering told of no named body is no agreement.
  if (parties.length === 0 && ms.every((m) => VERB_FRAMES.has(m.kind))) return null;

  // The main mention: the strongest status, then the most parties.
  let main = ms.find((m) => m.status === status) ?? ms[0];
  for (const m of ms) if (m.status === status && m.parties.length > main.parties.length) main = m;
  const kind = ms.reduce((k, m) => (m.kindSpec > k.kindSpec ? m : k), ms[0]).kind;
  const anchor = main.statusHit ?? main.trigger;

  // Signing date: the main sentence, the other status sentences, the main paragraph; else published.
  let date: string | null = null;
  let dateBasis: PartnershipEvent['dateBasis'] = null;
  const validUntil = findValidUntil(scan, ms);
  // A terminated agreement is dated by its termination, not by the history of its signing.
  const withStatus = [main, ...ms.filter((m) => m !== main && m.status !== 'unknown' && (status !== 'terminated' || m.status === 'terminated'))];
  const candidates: Span[] = [...withStatus.map((m) => m.win), ...withStatus.map((m) => scan.paragraph(m.si))];
  const history = (at: number): boolean => {
    if (status !== 'terminated') return false;
    const si = scan.sentenceIndex(at);
    if (si < 0) return false;
    // The status word nearest the date tells which act it dates ("wypowiedziała ... Umowę podpisano 10 maja 2019").
    let best: EventHit | null = null;
    for (const h of scan.hitsIn(scan.sentences[si])) {
      if (h.cat !== 'signed' && h.cat !== 'terminated') continue;
      if (!best || Math.abs(h.start - at) < Math.abs(best.start - at)) best = h;
    }
    return best !== null && best.cat === 'signed';
  };
  for (const span of candidates) {
    const d = nearestDate(scan.datesIn(span).filter((x) => x.value !== validUntil && !history(x.start)), anchor.start);
    if (d) {
      date = d.value;
      dateBasis = 'text';
      break;
    }
  }
  if (!date) {
    // Only a year ("у 2020 році підписали") in a status sentence.
    const y = scan.datesIn(main.win).find((x) => x.value.length === 4 && x.kind === 'event');
    if (y) {
      date = y.value;
      dateBasis = 'text';
    }
  }
  if (!date && status !== 'planned' && scan.ctx.published) {
    date = scan.ctx.published.slice(0, 10);
    dateBasis = 'published';
  }

  const place = findPlace(scan, main, ms);
  const sentence = main.win;
  let confidence = 0.55 + (status === 'signed' || status === 'terminated' ? 0.1 : 0.05) + Math.min(parties.length, 2) * 0.1;
  if (dateBasis === 'text') confidence += 0.05;
  if (!eduParty) confidence -= 0.1;
  const event: PartnershipEvent & { publisherIsParty: boolean } = {
    type: 'partnership',
    parties: parties.map((p) => p.name),
    partyKeys: parties.map((p) => p.key),
    kind,
    status,
    date,
    dateBasis,
    place,
    validUntil,
    quote: scan.text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    confidence: Math.round(Math.min(confidence, 0.95) * 100) / 100,
    extractor: EXTRACTOR,
    extractorVersion: EXTRACTOR_VERSION,
    publisherIsParty,
  };
  return event;
}

/**
 * Partnership events of one document, in text order, and the parties they name that are not among
 * `ctx.institutions` (names the institution tagger did not know), as institution tags.
 */
export function extractPartnershipsAndParties(text: string, ctx: EventContext): { events: PartnershipEvent[]; parties: InstitutionTag[] } {
  const scan = eventScan(text, ctx);
  const bySentence = new Map<number, EventHit[]>();
  const ignored = ctx.ignored ?? boilerplateSpans(text);
  const agreements = scan.hits.filter((h) => h.cat === 'agreement');
  for (const [i, h] of agreements.entries()) {
    // "terminated the cooperation| agreement": a stopped-cooperation phrase running into an agreement noun is that noun's verb.
    const next = agreements[i + 1];
    if (next && next.t0 > h.t0 && next.t0 < h.t1 && next.t1 > h.t1) continue;
    if (ignored.length > 0 && inSpans(ignored, h.start, h.end)) continue; // a related headline, not this article
    const si = scan.sentenceIndex(h.start);
    if (si < 0) continue;
    const list = bySentence.get(si);
    if (list) list.push(h);
    else {
      if (bySentence.size >= MAX_TRIGGER_SENTENCES) break;
      bySentence.set(si, [h]);
    }
  }
  const found = new FoundParties(scan);
  const mentions: AgreementMention[] = [];
  for (const [si, all] of bySentence) {
    const hits = scan.hitsIn(scan.window(si, all[0]));
    const triggers = all.filter((t) => !isTally(scan, t, hits));
    if (triggers.length > 0) mentions.push(...mentionsAt(scan, si, triggers, found));
  }
  mentions.push(...documentSignings(scan, bySentence, found));
  mentions.sort((a, b) => a.trigger.start - b.trigger.start);
  addSigner(mentions);
  unframe(mentions);
  found.completeMentions();
  const events: PartnershipEvent[] = [];
  // Two bodies named side by side in one list are two parties, however alike their names
  // ("Одеський національний університет і Одеська політехніка").
  const same: Same = (a, b) => !found.apart(a, b) && sameParty(a, b);
  for (const a of cluster(mentions, same)) {
    const e = toEvent(scan, a, same, found);
    if (e) events.push(e);
  }
  events.sort((x, y) => x.start - y.start);
  const named = new Set(events.flatMap((e) => e.partyKeys));
  const parties = [...found.tags.values()].filter((t) => named.has(t.key));
  return { events, parties };
}

/** Partnership events of one document, in text order. */
export function extractPartnerships(text: string, ctx: EventContext): PartnershipEvent[] {
  return extractPartnershipsAndParties(text, ctx).events;
}

