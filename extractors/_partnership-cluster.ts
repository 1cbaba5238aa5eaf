/**
 * Agreement mentions grouped into agreements: party sets that contain one another are one agreement,
 * two agreement words of one sentence with verbs of their own stay two, bodies joining an agreement
 * join it, a mention naming the parties of several agreements glues none of them, a side named only
 * as "5 universities" is the named one's, and a mention naming no party joins the agreement before it.
 */
import type { InstitutionTag, PartnershipStatus } from '../types.js';
import { COMPANY_FORM, SPORT_ACADEMY_RE } from './_tag-filter.js';
import { isEducationTag, type EventHit, type Span } from './_event-scan.js';

export interface AgreementMention {
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
  /** The sentence names an education institution among the signers without its name ("Университет", "учебные заведения"). */
  unnamedEducation: boolean;
  /** One of several agreements of its sentence, whose signing side the sentence does not name. */
  sideless: boolean;
  /** Written as the frame of something else ("В рамках подписанного соглашения …"): an agreement told before. */
  framed: boolean;
  /** One of two agreements of its sentence signed by verbs of their own: not the same agreement as the other. */
  separate?: boolean;
  /** Its bodies join an agreement told before ("Споразумението подкрепят още две висши училища – A и B"). */
  joins: boolean;
}

export interface Agreement {
  mentions: AgreementMention[];
  parties: InstitutionTag[];
}

/**
 * A party that makes an agreement an education partnership (an academy of sciences is research, not
 * education; a club's "Football Academy" is sport).
 */
export function isEducationParty(tag: InstitutionTag): boolean {
  // A body the tagger typed as an education authority or ministry is one by its name, in whatever words
  // ("Upper Lake Union High School District").
  if (tag.kind === 'education-authority' || tag.kind === 'ministry') return true;
  return isEducationTag(tag) && tag.kind !== 'research' && !COMPANY_FORM.test(tag.name) && !SPORT_ACADEMY_RE.test(tag.name);
}

/** Every party of `a` is (fuzzily) a party of `b`. */
function subset(a: InstitutionTag[], b: InstitutionTag[], same: Same): boolean {
  return a.every((x) => b.some((y) => same(x, y)));
}

/** Group mentions into agreements: party sets that contain one another are one agreement. */
export type Same = (a: InstitutionTag, b: InstitutionTag) => boolean;

/**
 * Agreements a new mention is compared with: all of them in a real article (a few), the first and
 * the latest CLUSTER_REACH in a hostile text with hundreds, so clustering stays linear.
 */
const CLUSTER_REACH = 32;
function candidates(out: Agreement[]): Agreement[] {
  return out.length <= 2 * CLUSTER_REACH ? out : [...out.slice(0, CLUSTER_REACH), ...out.slice(-CLUSTER_REACH)];
}

export function cluster(mentions: AgreementMention[], same: Same): Agreement[] {
  const out: Agreement[] = [];
  const loose: AgreementMention[] = [];
  for (const m of mentions) {
    if (m.parties.length === 0) {
      loose.push(m);
      continue;
    }
    // Bodies joining the agreement told before are its parties too.
    if (m.joins && out.length > 0) {
      let target = out[0];
      for (const a of out) if (a.mentions[0].trigger.start <= m.trigger.start) target = a;
      target.mentions.push(m);
      for (const p of m.parties) if (!target.parties.some((q) => same(p, q))) target.parties.push(p);
      continue;
    }
    // "подписваме тези споразумения" naming the parties of several agreements told before: it is about
    // them all, and joins the first without making them one.
    const covered = candidates(out).filter((x) => subset(x.parties, m.parties, same) && !subset(m.parties, x.parties, same));
    if (covered.length >= 2) {
      covered[0].mentions.push(m);
      continue;
    }
    const apart = (x: Agreement) => m.separate === true && x.mentions.some((y) => y.separate && y.si === m.si && y.trigger !== m.trigger);
    const a = candidates(out).find((x) => !apart(x) && (subset(m.parties, x.parties, same) || subset(x.parties, m.parties, same)));
    if (a) {
      a.mentions.push(m);
      for (const p of m.parties) if (!a.parties.some((q) => same(p, q))) a.parties.push(p);
    } else out.push({ mentions: [m], parties: [...m.parties] });
  }
  // "5 universities signed an agreement with X LLC and Y Foundation in the YSU ... signed between A, B,
  // C, D and E": the side named without names is the other agreement's education parties, when that
  // is the only agreement naming more of them (an education party of its own, the venue, is among them).
  const edu = (a: Agreement) => a.parties.filter(isEducationParty);
  const unnamedSide = (a: Agreement) => a.mentions.every((m) => m.unnamedEducation) && edu(a).length <= 1;
  const named = out.filter((a) => !unnamedSide(a) && edu(a).length > 0);
  if (named.length === 1) {
    const fits = (a: Agreement) => edu(a).every((p) => named[0].parties.some((q) => same(p, q)));
    for (const a of out.filter((x) => unnamedSide(x) && fits(x))) {
      named[0].mentions.push(...a.mentions);
      for (const p of a.parties) if (!named[0].parties.some((q) => same(p, q))) named[0].parties.push(p);
      out.splice(out.indexOf(a), 1);
    }
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
