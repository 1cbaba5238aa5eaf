/**
 * Rules of the damage extractor that read around one mention: negation before or after the damage
 * word, ordinal counts ("17-й заклад"), which damage word is nearest a target, headline lines, and
 * the named institution a bare kind noun refers to.
 */
import type { InstitutionKind, InstitutionTag } from '../types.js';
import { sameInstitution, type EventHit, type EventScan, type Span } from './_event-scan.js';
import type { DamageMention, Target } from './damage.js';

export const KIND_CLASS: Partial<Record<InstitutionKind, string>> = {
  school: 'school', lyceum: 'school', gymnasium: 'school', college: 'voc', technikum: 'voc', 'vocational-school': 'voc',
  university: 'higher', academy: 'higher', institute: 'higher', kindergarten: 'kg',
};


/** Bare negation particles; any other negation entry is a phrase or a word of its own ("не зафіксовано", "вціліла", "brak"). */
const PARTICLE = /^(?:не|ні|ни|nie|not|no|never|ніхто|никто|nikt|никой|ніщо|ничто|nic|нищо|nobody)$/u;

/**
 * A negated damage word: a negation just before it ("не пошкоджена", "nie została uszkodzona"), or
 * a negating phrase right after it in the same clause ("пошкоджень не зафіксовано", "щети няма").
 */
export function negated(scan: EventScan, trig: EventHit, hits: EventHit[]): boolean {
  const tk = scan.tokens;
  return hits.some((h) => {
    if (h.cat !== 'negation') return false;
    if (h.t1 <= trig.t0 && h.t1 >= trig.t0 - 2) return true;
    if (h.t0 < trig.t1 || h.t0 > trig.t1 + 1) return false;
    if (/[,.;:!?]/.test(scan.text.slice(tk.end[trig.t1 - 1], tk.start[h.t0]))) return false;
    return h.t1 - h.t0 >= 2 || (h.t0 === trig.t1 && !PARTICLE.test(tk.words[h.t0]));
  });
}

/** "Це вже 17-й заклад освіти", "the 17th school": an ordinal count of institutions is a statistic. */
export const ORDINAL_BEFORE = /(?:^|\s)(\d{1,5})\s?-?\s?(?:й|я|е|ий|ый|ой|ая|ое|ти|ри|ви|ми|th|st|nd|rd|ta|ty|ga|go)\s+(?:\p{L}+\s+)?$/u;

/** Words between a damage word and its target. */
export function distance(trig: EventHit, t: Target): number {
  return t.t0 >= trig.t1 ? t.t0 - trig.t1 : Math.max(0, trig.t0 - t.t1);
}

/** A headline line: the first sentence, alone in its paragraph. */
export function isHeadline(scan: EventScan, m: DamageMention): boolean {
  if (m.si !== 0) return false;
  const p = scan.paragraph(m.si);
  return p.first === 0 && p.last === 0;
}

/**
 * The one named institution of the incident's kind in its sentences' paragraphs or the paragraph
 * before ("Горів дитячий садок № 112. Пожежу в дитячому садку ..."): the bare kind noun refers to it. Null when there
 * is none, several, or it has an incident of its own.
 */
export function namedInParagraph(scan: EventScan, ms: DamageMention[], kind: InstitutionKind, taken: ReadonlySet<string>): InstitutionTag | null {
  const cls = KIND_CLASS[kind];
  if (!cls) return null;
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
  for (const p of spans) {
    for (const x of scan.mentionsIn(p)) {
      if (KIND_CLASS[x.tag.kind] !== cls) continue;
      if (found && !sameInstitution(found, x.tag)) return null;
      if (!found || x.tag.name.length > found.name.length) found = x.tag;
    }
  }
  return found && !taken.has(found.key) ? found : null;
}

