/**
 * Mentions that refer to an institution named elsewhere in the document (step 3 of the cascade in
 * institutions.ts):
 * - abbreviations (_institution-abbreviations.ts: defined in the text, matching initials, or from
 *   the institution registry);
 * - quoted names repeated in another case («Уралтехснаба»);
 * - partial names (управління освіти → Управління освіти Чернігівської міської ради);
 * - bare head words (коледж, the Polytechnic), resolved to the most recent compatible institution.
 * None of these creates an institution, except an abbreviation that names one on its own.
 */
import type { InstitutionKind } from '../types.js';
import { institutionKey } from './institution-key.js';
import { coreText, isSubsequence, lemmaKey, nearest, nearlySame, sameWord, type Group } from './_institution-groups.js';
import type { Cand } from './_institution-phrases.js';
import { abbreviations, addExtra, definitions, type RefContext } from './_institution-abbreviations.js';

export type { RefContext } from './_institution-abbreviations.js';

/** Most near-spelling comparisons for repeated quoted names per document (a real article needs a few dozen). */
const MAX_QUOTE_COMPARISONS = 20_000;

/** "All words of a key but the one at `p`", with the key's length and p: keys one word apart share one. */
function signature(stems: string[], p: number): string {
  return `${stems.length}\u0000${p}\u0000${stems.filter((_, i) => i !== p).join(' ')}`;
}

/**
 * For a weak quote's key, the first group (in `groups` order) whose key or quoted part has that
 * key, else the first with a quoted part one small misspelling away (nearlySame). Groups do not
 * change while weak quotes are attached, so both lookups are indexed once and answers remembered
 * per key. Near spellings are compared only with quoted parts that share every other word.
 */
function quotedNameIndex(groups: Group[]): (key: string) => Group | null {
  const exact = new Map<string, number>();
  // Per signature, the quoted parts that have it, in group order.
  const near = new Map<string, { gi: number; stems: string[] }[]>();
  groups.forEach((g, gi) => {
    if (g.merged) return;
    for (const q of g.quoteKeys) if (!exact.has(q)) exact.set(q, gi);
    if (!exact.has(g.key)) exact.set(g.key, gi);
    for (const q of g.quoteKeys) {
      const stems = q.split(' ');
      if (stems.length < 2) continue;
      for (let p = 0; p < stems.length; p++) {
        const sig = signature(stems, p);
        const list = near.get(sig);
        if (list) list.push({ gi, stems });
        else near.set(sig, [{ gi, stems }]);
      }
    }
  });
  const memo = new Map<string, Group | null>();
  let comparisons = 0;
  return (key: string): Group | null => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let found = exact.get(key) ?? -1;
    const stems = key.split(' ');
    if (found < 0 && stems.length >= 2) {
      for (let p = 0; p < stems.length; p++) {
        for (const e of near.get(signature(stems, p)) ?? []) {
          if (found >= 0 && e.gi >= found) break; // lists are in group order: the first match is the earliest
          if (++comparisons > MAX_QUOTE_COMPARISONS) break;
          if (nearlySame(e.stems, stems)) {
            found = e.gi;
            break;
          }
        }
      }
    }
    const g = found >= 0 ? groups[found] : null;
    memo.set(key, g);
    return g;
  };
}

/** Attach acronyms, repeated quoted names, partial names and back-references to groups. */
export function resolveReferences(ctx: RefContext, names: Map<Cand, Group>, others: Cand[], weak: Cand[]): void {
  const { sc, lang } = ctx;
  const defs = definitions(ctx, names);
  abbreviations(ctx, defs, others);
  // Repeated quoted names in another case: «Уралтехснаба».
  const quoted = weak.length > 0 ? quotedNameIndex(ctx.groups) : null;
  for (const w of weak) {
    if (sc.used[w.q0] || sc.used[w.q1]) continue;
    const g = quoted!(institutionKey(coreText(sc, w), lang));
    if (g) addExtra(g, sc, w.t0, w.t1, 'weak');
  }
  // Partial names: their words appear, in order, in one institution with the same head.
  for (const c of others) {
    if (c.type !== 'partial' || !c.head) continue;
    const stems = institutionKey(coreText(sc, c), lang).split(' ');
    const lemma = lemmaKey(c.head.lemma);
    const fits = ctx.groups.filter((g) => !g.merged && g.heads.has(lemma) && g.stems.length > stems.length && (isSubsequence(stems, g.stems) || initialsSubsequence(stems, g.stems)));
    const g = fits.length === 1 ? fits[0] : nearest(fits, c.t0);
    if (g) addExtra(g, sc, c.t0, c.t1, 'partial');
  }
  backReferences(ctx, others.filter((c) => c.type === 'backref'));
}

/** Longest abbreviation read as the initials of a name's words. */
const MAX_INITIALS = 6;

/**
 * The words of a partial name in order in a group's, a short one standing for the initials of
 * consecutive words ("колледжем КГУ" in "колледж … Курского государственного университета").
 */
function initialsSubsequence(a: string[], b: string[]): boolean {
  let j = 0;
  let used = false;
  for (const w of a) {
    while (j < b.length && !sameWord(b[j], w)) {
      if (w.length >= 2 && w.length <= MAX_INITIALS && j + w.length <= b.length && b.slice(j, j + w.length).every((x, i) => x[0] === w[i])) break;
      j++;
    }
    if (j >= b.length) return false;
    if (sameWord(b[j], w)) j++;
    else {
      j += w.length;
      used = true;
    }
  }
  return used;
}

function compatible(g: Group, lemma: string, kinds: InstitutionKind[]): boolean {
  return g.heads.has(lemma) || kinds.includes(g.kind);
}

/** Bare head words: the most recent compatible institution before them, else the only one. */
function backReferences(ctx: RefContext, refs: Cand[]): void {
  const { sc } = ctx;
  const live = ctx.groups.filter((g) => !g.merged);
  const events: { pos: number; g: Group }[] = [];
  for (const g of live) {
    for (const c of g.names) events.push({ pos: sc.toks[c.t0].start, g });
    for (const e of g.extra) if (e.how !== 'backref') events.push({ pos: e.start, g });
  }
  events.sort((a, b) => a.pos - b.pos);
  // Latest group seen so far per head lemma and per kind.
  const byLemma = new Map<string, { g: Group; pos: number }>();
  const byKind = new Map<InstitutionKind, { g: Group; pos: number }>();
  let ei = 0;
  for (const r of refs) {
    const at = sc.toks[r.t0].start;
    for (; ei < events.length && events[ei].pos < at; ei++) {
      const e = events[ei];
      for (const h of e.g.heads) byLemma.set(h, e);
      byKind.set(e.g.kind, e);
    }
    const spec = r.head?.hit?.spec;
    if (!spec) continue;
    const lemma = lemmaKey(spec.lemma);
    const kinds = spec.refKinds ?? [spec.kind];
    let best = byLemma.get(lemma) ?? null;
    for (const k of kinds) {
      const e = byKind.get(k);
      if (e && (!best || e.pos > best.pos)) best = e;
    }
    let g = best?.g ?? null;
    if (!g) {
      const all = live.filter((x) => compatible(x, lemma, kinds));
      if (all.length === 1) g = all[0];
    }
    if (g) addExtra(g, sc, r.t0, r.t1, 'backref');
  }
}
