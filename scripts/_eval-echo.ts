/**
 * A label read as an extraction of its text: what a perfect extractor would return. The scorer's
 * own tests use it (every metric must be 1), and the agreement script scores a second labeller's
 * labels this way against the first's.
 */
import type { DamageEvent, EventTag, ExtractedDocument, InstitutionKind, InstitutionTag, Mention, PartnershipEvent } from '../types.js';
import { institutionLabels, type CaseLabel, type EventLabel } from './_eval-labels.js';

const LETTER_RE = /[\p{L}\p{N}]/u;

/**
 * Every whole-word occurrence of each mention string in the text, as mentions, leaving out those
 * inside a longer mention of any institution (the way the scorer reads labelled extents).
 */
function mentionsIn(text: string, forms: string[], all: string[]): Mention[] {
  const occ = (f: string): Mention[] => {
    const out: Mention[] = [];
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const end = at + f.length;
      const glued = (at > 0 && LETTER_RE.test(text[at - 1]) && LETTER_RE.test(f[0])) || (end < text.length && LETTER_RE.test(text[end]) && LETTER_RE.test(f[f.length - 1]));
      if (!glued) out.push({ text: f, start: at, end });
    }
    return out;
  };
  const longer = all.flatMap(occ);
  return forms.flatMap(occ)
    .filter((m) => !longer.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((m, i, list) => i === 0 || m.start >= list[i - 1].end);
}

export function labelAsDocument(label: CaseLabel, text: string): ExtractedDocument {
  const base = { quote: '', start: 0, end: 0, confidence: 1, extractor: 'labeller', extractorVersion: 'B' };
  const labels = institutionLabels(label);
  const every = labels.flatMap((i) => i.mentions);
  const institutions: InstitutionTag[] = labels.map((i) => ({
    key: i.name, name: i.name, kind: (i.kind ?? 'other') as InstitutionKind, aliases: i.mentions.filter((m) => m !== i.name),
    mentions: mentionsIn(text, i.mentions, every), confidence: 1,
  }));
  const toEvent = (e: EventLabel): EventTag => {
    if (e.type === 'partnership') {
      const p: PartnershipEvent = { ...base, type: 'partnership', parties: e.parties, partyKeys: e.parties, kind: null, status: e.status, date: e.date, dateBasis: null, place: e.place, validUntil: e.validUntil };
      return p;
    }
    const d: DamageEvent = {
      ...base, type: 'damage', institution: e.institution, institutionKey: e.institution, institutionKind: e.institutionKind,
      location: e.settlement, settlement: e.settlement, region: e.region, date: e.date, severity: e.severity, cause: e.cause,
      casualties: e.casualties ?? null, scope: e.scope,
    };
    return d;
  };
  return {
    lang: label.lang, langConfidence: 1, langOther: null, title: label.title ?? null, published: label.published, publishedSource: null,
    text, institutions, events: label.events.map(toEvent), dates: [], method: null, extractorVersion: 'B',
  };
}

