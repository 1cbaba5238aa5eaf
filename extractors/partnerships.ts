/**
 * Partnership events: memoranda, cooperation and partnership agreements, contracts between named
 * parties. An agreement noun in a sentence is a mention; its status comes from signing cues in the
 * sentence (or the next one: "The document ... will be signed"); its parties are the institutions
 * tagged in the sentence. Mentions of one agreement (headline, body, "Umowa będzie obowiązywała
 * do ...") merge into one event per document; different party sets stay separate agreements.
 */
import type { InstitutionTag, PartnershipEvent, PartnershipStatus } from '../types.js';
import { EXTRACTOR_VERSION } from './_version.js';
import { boilerplateSpans, inSpans } from './_boilerplate.js';
import { COMPANY_FORM } from './_tag-filter.js';
import { isTally, unknownPlace } from './_partnership-rules.js';
import {
  eventScan, isEducationTag, sameInstitution, MAX_TRIGGER_SENTENCES, nearestDate, type EventContext, type EventHit, type EventScan, type Span,
} from './_event-scan.js';

export type { EventContext } from './_event-scan.js';

const EXTRACTOR = 'partnerships';
/** Gap before a date that makes it a validity end when the date extractor did not say so: "до", "do", "until". */
const UNTIL_BEFORE = /(?:^|[\s(])(?:до|do|until|till|по|through)\s*$/iu;

interface AgreementMention {
  si: number;
  win: Span;
  trigger: EventHit;
  kind: string;
  kindSpec: number;
  status: PartnershipStatus;
  statusHit: EventHit | null;
  parties: InstitutionTag[];
  firstPerson: boolean;
  eduTopic: boolean;
}

interface Agreement {
  mentions: AgreementMention[];
  parties: InstitutionTag[];
}

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

/** Institutions tagged in the window, minus those introduced as context ("w ramach projektu X"). */
function partiesIn(scan: EventScan, win: Span, hits: EventHit[]): InstitutionTag[] {
  const cut = hits.find((h) => h.cat === 'notParty');
  const out: InstitutionTag[] = [];
  for (const m of scan.mentionsIn(win)) {
    if (cut && m.start >= cut.start) continue;
    if (!out.includes(m.tag)) out.push(m.tag);
  }
  return out;
}

function mentionAt(scan: EventScan, si: number, triggers: EventHit[]): AgreementMention {
  const first = triggers[0];
  const win = scan.window(si, first);
  const hits = scan.hitsIn(win);
  let { status, hit } = statusOf(hits);
  if (status === 'unknown') {
    // "The document has been agreed upon and will be signed in the near future."
    const next = si + 1 < scan.sentences.length && scan.paraOf[si + 1] === scan.paraOf[si] ? scan.window(si + 1, scan.sentences[si + 1]) : null;
    if (next) {
      const nh = scan.hitsIn(next);
      if (nh.some((h) => h.cat === 'backref' || h.cat === 'agreement')) ({ status, hit } = statusOf(nh));
    }
  }
  let best = first;
  for (const t of triggers) if (t.t1 - t.t0 > best.t1 - best.t0) best = t;
  return {
    si,
    win,
    trigger: first,
    kind: best.value.label ?? 'agreement',
    kindSpec: best.t1 - best.t0,
    status,
    statusHit: hit,
    parties: partiesIn(scan, win, hits),
    firstPerson: hits.some((h) => h.cat === 'firstPerson'),
    eduTopic: hits.some((h) => h.cat === 'eduTopic' || h.cat === 'eduNoun'),
  };
}

function isEducationParty(tag: InstitutionTag): boolean {
  return isEducationTag(tag) && !COMPANY_FORM.test(tag.name);
}

/** Every party of `a` is (fuzzily) a party of `b`. */
function subset(a: InstitutionTag[], b: InstitutionTag[]): boolean {
  return a.every((x) => b.some((y) => sameInstitution(x, y)));
}

/** Group mentions into agreements: party sets that contain one another are one agreement. */
function cluster(mentions: AgreementMention[]): Agreement[] {
  const out: Agreement[] = [];
  const loose: AgreementMention[] = [];
  for (const m of mentions) {
    if (m.parties.length === 0) {
      loose.push(m);
      continue;
    }
    const a = out.find((x) => subset(m.parties, x.parties) || subset(x.parties, m.parties));
    if (a) {
      a.mentions.push(m);
      for (const p of m.parties) if (!a.parties.some((q) => sameInstitution(p, q))) a.parties.push(p);
    } else out.push({ mentions: [m], parties: [...m.parties] });
  }
  // A mention naming no party belongs to the nearest agreement before it (or the first one).
  for (const m of loose) {
    if (out.length === 0) out.push({ mentions: [m], parties: [] });
    else {
      let target = out[0];
      for (const a of out) if (a.mentions[0].trigger.start <= m.trigger.start) target = a;
      target.mentions.push(m);
    }
  }
  for (const a of out) a.mentions.sort((x, y) => x.trigger.start - y.trigger.start);
  return out;
}

function toEvent(scan: EventScan, a: Agreement): PartnershipEvent | null {
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
      const i = parties.findIndex((q) => sameInstitution(p, q));
      if (i < 0) parties.push(p);
      else if (p.name.length > parties[i].name.length) parties[i] = p;
    }
  }
  const eduParty = parties.some(isEducationParty);
  const publisherIsParty = ms.some((m) => m.firstPerson);
  const eduTopic = ms.some((m) => m.eduTopic);
  if (!eduParty && !(publisherIsParty && eduTopic) && !(parties.length === 0 && eduTopic)) return null;

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

/** A validity end: a 'valid-until' date in a mention's sentence or paragraph, or a date after "до/do/until" in a mention sentence. */
function findValidUntil(scan: EventScan, ms: AgreementMention[]): string | null {
  for (const m of ms) {
    for (const d of scan.datesIn(scan.paragraph(m.si))) if (d.kind === 'valid-until' && d.value.length === 10) return d.value;
  }
  for (const m of ms) {
    for (const d of scan.datesIn(m.win)) {
      if (d.value.length === 10 && UNTIL_BEFORE.test(scan.text.slice(Math.max(0, d.start - 8), d.start))) return d.value;
    }
  }
  return null;
}

/** The signing place: a settlement in the main sentence (not inside an institution's name), then in the other mentions. */
function findPlace(scan: EventScan, main: AgreementMention, ms: AgreementMention[]): string | null {
  const outsideNames = (span: Span) => {
    const names = scan.mentionsIn(span);
    // A place inside a name is the name's ("Kuratorium Oświaty w Rzeszowie"), unless a preposition
    // before it shows the tagger took the place in ("we Lwowie Uniwersytet Rzeszowski").
    return scan
      .placesIn(span)
      .filter((p) => p.kind === 'settlement' && !names.some((n) => p.start >= n.start && p.end <= n.end && !(p.start === n.start && p.locative)));
  };
  const order = [main, ...ms.filter((m) => m !== main)];
  for (const m of order) {
    const found = outsideNames(m.win);
    if (found.length > 0) return (found.find((p) => p.locative) ?? found[0]).name;
    // The main sentence's own place, even one missing from the gazetteer ("signed in Dundee"),
    // before a place from another sentence about another topic.
    if (m === main) {
      const unknown = unknownPlace(scan, m.win);
      if (unknown) return unknown;
    }
  }
  for (const m of order) {
    const unknown = unknownPlace(scan, m.win);
    if (unknown) return unknown;
  }
  // "The signing took place on December 4, 2023 in Novosibirsk.": the next sentence of the
  // paragraph tells the signing (a status word, no agreement of its own).
  for (const m of order) {
    const next = m.si + 1;
    if (next >= scan.sentences.length || scan.paraOf[next] !== scan.paraOf[m.si]) continue;
    const hits = scan.hitsIn(scan.sentences[next]);
    if (hits.some((h) => h.cat === 'agreement') || !hits.some((h) => h.cat === 'signed' || h.cat === 'planned')) continue;
    const found = outsideNames(scan.sentences[next]).filter((p) => p.locative);
    if (found.length > 0) return found[0].name;
  }
  return null;
}

/** Partnership events of one document, in text order. */
export function extractPartnerships(text: string, ctx: EventContext): PartnershipEvent[] {
  const scan = eventScan(text, ctx);
  const bySentence = new Map<number, EventHit[]>();
  const ignored = ctx.ignored ?? boilerplateSpans(text);
  for (const h of scan.hits) {
    if (h.cat !== 'agreement') continue;
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
  const mentions: AgreementMention[] = [];
  for (const [si, all] of bySentence) {
    const hits = scan.hitsIn(scan.window(si, all[0]));
    const triggers = all.filter((t) => !isTally(scan, t, hits));
    if (triggers.length > 0) mentions.push(mentionAt(scan, si, triggers));
  }
  const events: PartnershipEvent[] = [];
  for (const a of cluster(mentions)) {
    const e = toEvent(scan, a);
    if (e) events.push(e);
  }
  return events.sort((x, y) => x.start - y.start);
}

