/**
 * Mentions that refer to an institution named elsewhere in the document:
 * - abbreviations defined in the text ("… клъстер “Електромобили” /ИКЕМ/", "(SPbPU)", "(далі – ІПК)")
 *   or matching the initials of a name (ІПК = Інститут професійних кваліфікацій, ГАПОУ СО «УКТП»);
 *   well-known ones from the institution registry (КНУ, МОН, UW, СУ) even when the full name is
 *   absent (a shared one resolved by the document: see extractors/_registry.ts);
 * - quoted names repeated in another case («Уралтехснаба»);
 * - partial names (управління освіти → Управління освіти Чернігівської міської ради);
 * - bare head words (коледж, the Polytechnic), resolved to the most recent compatible institution.
 * None of these creates an institution, except a registry abbreviation.
 */
import type { InstitutionKind, Lang } from '../types.js';
import { institutionKey } from './institution-key.js';
import { isRoman, norm, type CompiledTable } from './_institution-lexicon.js';
import { registryByAbbreviation, registryName, type RegistryEntry } from './_registry.js';
import { addName, coreText, isSubsequence, lemmaKey, nearest, newGroup, nearlySame, type Group } from './_institution-groups.js';
import type { Cand } from './_institution-phrases.js';
import { acronymLetters, type Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';

/** Words skipped when taking the initials of a name (connectors, prepositions, articles). */
const NON_INITIAL_WORDS = new Set([
  'і', 'й', 'та', 'и', 'i', 'and', 'of', 'the', 'for', 'on', 'at', 'на', 'по', 'за', 'w', 'we', 'z', 'dla', 'з', 'питань',
  'імені', 'ім', 'имени', 'им', 'im', 'в', 'у', 'м', 'г', 'с',
]);
/** Tokens looked at inside brackets before the abbreviation: "(далі – ІПК)". */
const MAX_INTRODUCER_TOKENS = 4;

function root(g: Group): Group {
  let r = g;
  while (r.merged) r = r.merged;
  return r;
}

/** Initials per group, valid while its list of names is the same array of the same length. */
const INITIALS = new WeakMap<Group, { names: Cand[]; n: number; ini: string }>();

/** Upper-case initials of a group's fullest name (typeAbbr words contribute all their letters). */
function initials(sc: Scanner, g: Group): string {
  const memo = INITIALS.get(g);
  if (memo && memo.names === g.names && memo.n === g.names.length) return memo.ini;
  const ini = computeInitials(sc, g);
  INITIALS.set(g, { names: g.names, n: g.names.length, ini });
  return ini;
}

function computeInitials(sc: Scanner, g: Group): string {
  let best: Cand | null = null;
  for (const c of g.names) if (!best || c.core1 - c.core0 > best.core1 - best.core0) best = c;
  if (!best) return '';
  let out = '';
  for (let i = best.core0; i < best.core1; i++) {
    const t = sc.toks[i];
    if (t.type !== TokType.Word || NON_INITIAL_WORDS.has(t.lo) || isRoman(t.s)) continue;
    if (t.caps && sc.headAt(i)?.abbr) {
      out += t.s;
      continue;
    }
    for (const part of t.s.split('-')) if (part) out += part[0].toUpperCase();
  }
  return out;
}

/** Most initials skipped before an abbreviation's first letter (Peter the Great St. … → SPbPU). */
const MAX_LEADING_SKIPS = 5;

/**
 * Cost of reading `acr` as the initials `ini` (lower is better), or -1. Letters are matched from
 * the end; initials may be skipped before the first letter, one after the last (a trailing place
 * or country), and one inside for abbreviations of 4+ letters (IMMiT = Institute of Mechanical
 * Engineering, Materials and Transport).
 */
export function acronymCost(acr: string, ini: string): number {
  const letters = acronymLetters(acr);
  const m = letters.length;
  if (m < 2 || ini.length < 2) return -1;
  if (letters === ini) return 0;
  if (m < 3) return -1;
  let i = ini.length - 1;
  let trailing = 0;
  let inner = 0;
  for (let k = m - 1; k >= 0; k--) {
    let skipped = 0;
    while (i >= 0 && ini[i] !== letters[k]) {
      i--;
      skipped++;
    }
    if (i < 0) return -1;
    if (k === m - 1) trailing = skipped;
    else inner += skipped;
    i--;
  }
  const leading = i + 1;
  if (trailing > 1 || inner > (m >= 4 ? 1 : 0) || leading > MAX_LEADING_SKIPS) return -1;
  if (m === 3 && trailing + inner > 0) return -1;
  return 0.5 + trailing + inner + leading * 0.1;
}

export interface RefContext {
  sc: Scanner;
  lang: Lang | null;
  groups: Group[];
  /** Registry entries whose city cue the text has (filled on demand). */
  cueMemo?: Map<string, boolean>;
  /** The text's distinct words, lower case (filled on demand). */
  words?: Set<string>;
}

function addExtra(g: Group, sc: Scanner, t0: number, t1: number, how: 'acronym' | 'backref' | 'partial' | 'weak'): void {
  g.extra.push({ start: sc.toks[t0].start, end: sc.toks[t1 - 1].end, how });
  for (let i = t0; i < t1; i++) sc.used[i] = 1;
}

/** Abbreviations defined right after (or before) a name: "(ИКЕМ)", "/ИКЕМ/", "(далі – ІПК)", "ІПК (Інститут …)". */
function definitions(ctx: RefContext, names: Map<Cand, Group>): Map<string, Group> {
  const { sc } = ctx;
  const defs = new Map<string, Group>();
  for (const [c, g0] of names) {
    const g = root(g0);
    const t = c.t1;
    let acr = -1;
    if (t < sc.n && !sc.brk(t) && (sc.toks[t].s === '(' || sc.toks[t].s === '/')) {
      const closer = sc.toks[t].s === '(' ? ')' : '/';
      for (let k = t + 1; k < sc.n && k <= t + 1 + MAX_INTRODUCER_TOKENS && !sc.brk(k); k++) {
        if (sc.isAcronymShape(k) && !sc.used[k]) {
          if (k + 1 < sc.n && sc.toks[k + 1].s === closer) acr = k;
          break;
        }
        const tk = sc.toks[k];
        if (tk.type === TokType.Word && !c.table.introducers.has(tk.lo)) break;
      }
    }
    if (acr < 0 && c.t0 >= 2 && sc.toks[c.t0 - 1].s === '(' && t < sc.n && sc.toks[t].s === ')' && sc.isAcronymShape(c.t0 - 2) && !sc.used[c.t0 - 2]) {
      acr = c.t0 - 2;
    }
    if (acr < 0) continue;
    defs.set(sc.toks[acr].s, g);
    addExtra(g, sc, acr, acr + 1, 'acronym');
  }
  return defs;
}

/** Registry entries an abbreviation may stand for in this document's language(s). */
function registryFor(ctx: RefContext, acr: string): readonly RegistryEntry[] {
  return registryByAbbreviation(acr, ctx.lang);
}

/** Does a word of the text start with one of the entry's city cues? (Memoised per document, over its distinct words.) */
function hasCue(ctx: RefContext, e: RegistryEntry): boolean {
  if (e.cue.length === 0) return false;
  const memo = (ctx.cueMemo ??= new Map());
  let v = memo.get(e.id);
  if (v === undefined) {
    if (!ctx.words) {
      ctx.words = new Set();
      for (const t of ctx.sc.toks) if (t.type === TokType.Word) ctx.words.add(t.lo);
    }
    v = false;
    for (const w of ctx.words) {
      if (e.cue.some((c) => w.startsWith(c))) {
        v = true;
        break;
      }
    }
    memo.set(e.id, v);
  }
  return v;
}

/**
 * The entry an undefined abbreviation names when none of its entries is named in full: the one
 * whose city the text mentions, else its default. null: it stays unresolved (a tag named by the
 * abbreviation); undefined: it names nothing here (a `needsCue` abbreviation without its cue).
 */
function pickEntry(ctx: RefContext, acr: string, entries: readonly RegistryEntry[]): RegistryEntry | null | undefined {
  const cued = entries.filter((e) => hasCue(ctx, e));
  const usable = entries.filter((e) => !e.needsCue.includes(acr) || cued.includes(e));
  if (usable.length === 0) return undefined;
  const cuedUsable = cued.filter((e) => usable.includes(e));
  if (cuedUsable.length === 1) return cuedUsable[0];
  if (usable.length === 1 && entries.length === 1) return usable[0];
  return usable.find((e) => e.defaultFor.includes(acr)) ?? null;
}

/** Resolve an abbreviation to a group: defined, registry name present, initials; or a new registry group. */
function resolveAcronym(
  ctx: RefContext, defs: Map<string, Group>, acr: string, pos: number, cache: Map<string, Group | null>, qualifier: string | null = null,
  searched: Map<string, Group | null> | null = null,
): Group | null {
  const d = defs.get(acr);
  if (d) return root(d);
  // The answer depends on the abbreviation and the word qualifying it (МОН / МОН Татарстана), nothing else.
  const memoKey = qualifier === null ? acr : `${acr}\u0000${qualifier}`;
  if (cache.has(memoKey)) {
    const c = cache.get(memoKey)!;
    return c ? root(c) : null;
  }
  const { sc, lang } = ctx;
  const entries = registryFor(ctx, acr);
  let found: Group | null = null;
  let qualified = false;
  if (entries.length > 0) {
    // "МОН України", "Минпросвещения России": a country qualifies nothing; "Минобрнауки Татарстана" does.
    qualified = qualifier !== null && !sc.tables.some((t) => t.countrySet.has(norm(qualifier)))
      && !entries.some((e) => institutionKey(registryName(e, lang), lang).split(' ').includes(institutionKey(qualifier, lang)));
    // One of the entries named in full in the text, possibly longer (AGH → Akademia Górniczo-Hutnicza im. … w Krakowie).
    for (const e of entries) {
      const stems = institutionKey(registryName(e, lang), lang).split(' ');
      found = ctx.groups.find((g) => !g.merged && !g.fixedName && (g.registry === e || isSubsequence(stems, g.stems) || nearlySame(g.stems, stems))) ?? null;
      if (found) break;
    }
  }
  if (!found) found = byInitials(ctx, acr, searched);
  if (!found && entries.length > 0 && qualified) {
    // "Минобрнауки Татарстана": not the federal ministry of the registry; the same kind named here, if any.
    const same = ctx.groups.filter((g) => !g.merged && entries.some((e) => e.kind === g.kind));
    found = same.length === 1 ? same[0] : null;
  } else if (!found && entries.length > 0) {
    const e = pickEntry(ctx, acr, entries);
    if (e !== undefined) {
      const kind = e?.kind ?? (entries.every((x) => x.kind === entries[0].kind) ? entries[0].kind : 'other');
      const name = e ? registryName(e, lang) : acr;
      found = newGroup(institutionKey(name, lang), kind, pos);
      found.fixedName = name;
      found.registry = e ?? undefined;
      found.confidence = e ? 0.6 : 0.5;
      found.heads.add(norm(acr));
      ctx.groups.push(found);
    }
  }
  cache.set(memoKey, found);
  return found;
}

/**
 * The one group whose initials spell `acr` at the lowest cost (none on a tie). `memo` remembers the
 * answer per abbreviation while no group's names change (groups added meanwhile have fixed names,
 * which this search skips).
 */
function byInitials(ctx: RefContext, acr: string, memo: Map<string, Group | null> | null): Group | null {
  const hit = memo?.get(acr);
  if (hit !== undefined) return hit;
  let found: Group | null = null;
  let best = Infinity;
  let tie = false;
  for (const g of ctx.groups) {
    if (g.merged || g.fixedName) continue;
    const cost = acronymCost(acr, initials(ctx.sc, g));
    if (cost < 0) continue;
    if (cost < best) {
      best = cost;
      found = g;
      tie = false;
    } else if (cost === best) tie = true;
  }
  if (tie) found = null;
  memo?.set(acr, found);
  return found;
}

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

/** End of a "named after" phrase starting at token i in any active table, or -1. */
function namedAfterEnd(sc: Scanner, i: number): number {
  for (const tb of sc.tables) {
    const e = sc.namedAfterAt(i, tb);
    if (e > 0) return e;
  }
  return -1;
}

/** Is token i a country ("України", "России") or a region abbreviation ("РФ", "РТ") qualifying an abbreviation? */
function placeQualifier(sc: Scanner, i: number): boolean {
  const t = sc.toks[i];
  if (t.type !== TokType.Word || !t.cap) return false;
  return sc.tables.some((tb) => tb.placeAbbreviations.has(t.s) || tb.countrySet.has(t.lo));
}

/** The kind of an institution named by an abbreviation: its registry entries', else its last letter's (…ГУ university). */
function kindOfAbbreviation(ctx: RefContext, acr: string): InstitutionKind {
  const entries = registryFor(ctx, acr);
  if (entries.length > 0 && entries.every((e) => e.kind === entries[0].kind)) return entries[0].kind;
  const last = acr[acr.length - 1];
  return last === 'У' || last === 'U' ? 'university' : last === 'И' || last === 'І' ? 'institute' : last === 'А' ? 'academy' : 'other';
}

/**
 * Endings of abbreviations that name a university: …ГУ государственный университет, …ДУ державний
 * університет, Latin …SU state university (…НУ, …ПУ, …ТУ are also trade unions, vocational schools
 * and centres). At least three letters (ГУ alone is "главное управление").
 */
const UNIVERSITY_ABBREVIATION_RE = /^(?:\p{Lu}{1,4}(?:ГУ|ДУ)|[A-Z]{1,4}SU)$/u;

function universityAbbreviation(sc: Scanner, acr: string): boolean {
  if (!UNIVERSITY_ABBREVIATION_RE.test(acr)) return false;
  const lo = norm(acr);
  // Not a body the tables exclude (armed forces, police: ЗСУ, НГУ in Ukrainian).
  return !sc.tables.some((tb) => tb.excludedStems.some((s) => lo.startsWith(s)));
}

/** Attach acronyms, repeated quoted names, partial names and back-references to groups. */
export function resolveReferences(ctx: RefContext, names: Map<Cand, Group>, others: Cand[], weak: Cand[]): void {
  const { sc, lang } = ctx;
  const defs = definitions(ctx, names);
  const cache = new Map<string, Group | null>();
  // Quoted abbreviations with a legal form: ГАПОУ СО «УКТП».
  for (const c of others) {
    if (c.type !== 'quote-acronym') continue;
    let acr = '';
    for (let k = c.q0 + 1; k < c.q1; k++) acr += sc.toks[k].s; // «ХЦПТО СП» → ХЦПТОСП
    let g = resolveAcronym(ctx, defs, acr, sc.toks[c.t0].start, cache);
    if (!g) {
      g = newGroup(institutionKey(coreText(sc, c), lang), c.kind, sc.toks[c.t0].start);
      ctx.groups.push(g);
    }
    addName(sc, g, c, lang);
  }
  // Stand-alone abbreviations (no group gains a name here, so the search by initials is remembered).
  const searched = new Map<string, Group | null>();
  for (let i = 0; i < sc.n; i++) {
    const t = sc.toks[i];
    if (sc.used[i] || t.junk || t.type !== TokType.Word || !t.cap) continue;
    // A type abbreviation standing alone may be a registry one (СУ = Sofia University, not a школа).
    const known = registryFor(ctx, t.s).length > 0;
    const family = sc.headAt(i)?.abbr?.standalone ? sc.headAt(i)!.abbr! : null;
    if (!(sc.isAcronymShape(i) || known) || sc.isLegalToken(i) || (sc.headAt(i)?.abbr && !known && !family)) continue;
    if (t.caps && t.s.length > 6 && !known) continue; // a shouted word, not an abbreviation
    // Followed by a capitalised word (Минобрнауки Татарстана, МОН України): qualified by a place.
    const next = i + 1 < sc.n && !sc.brk(i + 1) ? sc.toks[i + 1] : null;
    // "РГУ имени Алексея Косыгина", "МГУ им. Огарева": an abbreviation with its patron is a name of its own.
    const patronEnd = next ? namedAfterEnd(sc, i + 1) : -1;
    if (patronEnd > 0) {
      const name = sc.text.slice(t.start, sc.toks[patronEnd - 1].end);
      const g = newGroup(institutionKey(name, lang), kindOfAbbreviation(ctx, t.s), t.start);
      g.fixedName = name;
      g.confidence = 0.6;
      ctx.groups.push(g);
      addExtra(g, sc, i, patronEnd, 'acronym');
      continue;
    }
    // A country or region after it qualifies nothing and belongs to the mention (Минпросвещения РФ, МОН України).
    const place = next ? placeQualifier(sc, i + 1) : false;
    const qualifier = next && next.type === TokType.Word && next.cap && !sc.isAcronymShape(i + 1) && !place ? next.s : null;
    let g = resolveAcronym(ctx, defs, t.s, t.start, cache, qualifier, searched);
    if (!g && !family && !known && universityAbbreviation(sc, t.s)) {
      // "Ректоры КФУ и ЧГУ подписали …": an abbreviation spelled like a university's names one.
      g = newGroup(institutionKey(t.s, lang), 'university', t.start);
      g.fixedName = t.s;
      g.confidence = 0.5;
      ctx.groups.push(g);
      cache.set(t.s, g);
    }
    if (!g && family) {
      // "учениците от ПГМЕТ": a family abbreviation names one school on its own.
      g = newGroup(institutionKey(t.s, lang), family.kind, t.start);
      g.fixedName = t.s;
      g.confidence = 0.6;
      ctx.groups.push(g);
      cache.set(t.s, g);
    }
    if (g) addExtra(g, sc, i, place ? i + 2 : i + 1, 'acronym');
  }
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
    const fits = ctx.groups.filter((g) => !g.merged && g.heads.has(lemma) && g.stems.length > stems.length && isSubsequence(stems, g.stems));
    const g = fits.length === 1 ? fits[0] : nearest(fits, c.t0);
    if (g) addExtra(g, sc, c.t0, c.t1, 'partial');
  }
  backReferences(ctx, others.filter((c) => c.type === 'backref'));
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
