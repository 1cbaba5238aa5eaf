/**
 * Abbreviations: the ones a text defines ("(ИКЕМ)", "/ИКЕМ/", "(далі – ІПК)"), the ones matching
 * the initials of a name in the text (ІПК = Інститут професійних кваліфікацій), and the ones a
 * text never defines, read through the institution registry (КНУ, МОН, UW, СУ; a shared one
 * resolved by the document's city cue or its default, see extractors/_registry.ts), a family
 * abbreviation (ПГМЕТ), an abbreviation with its patron (МГУ им. Огарева) or one spelled like a
 * state university's (…ГУ, …ДУ, …SU). Step 3 of the cascade in institutions.ts.
 */
import type { InstitutionKind, Lang } from '../types.js';
import { institutionKey } from './institution-key.js';
import { isRoman, norm } from './_institution-lexicon.js';
import { registryByAbbreviation, registryName, type RegistryEntry } from './_registry.js';
import { addName, coreText, isSubsequence, newGroup, nearlySame, type Group } from './_institution-groups.js';
import type { Cand } from './_institution-phrases.js';
import { acronymLetters, type Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';
import { isRegionAdjective } from './_institution-places.js';
import { lookupPlace } from './places.js';

/** Words skipped when taking the initials of a name (connectors, prepositions, articles). */
const NON_INITIAL_WORDS = new Set([
  'і', 'й', 'та', 'и', 'i', 'and', 'of', 'the', 'for', 'on', 'at', 'на', 'по', 'за', 'w', 'we', 'z', 'dla', 'з', 'питань',
  'імені', 'ім', 'имени', 'им', 'im', 'в', 'у', 'м', 'г', 'с',
]);
/** Tokens looked at inside brackets before the abbreviation: "(далі – ІПК)". */
const MAX_INTRODUCER_TOKENS = 4;

export function root(g: Group): Group {
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
    // "Тольяттинский госуниверситет" is abbreviated ТГУ: the compound stands for two words.
    if (t.lo.startsWith('госуниверситет')) {
      out += 'ГУ';
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

/** What the reference steps share for one document. */
export interface RefContext {
  sc: Scanner;
  lang: Lang | null;
  groups: Group[];
  /** Registry entries whose city cue the text has (filled on demand). */
  cueMemo?: Map<string, boolean>;
  /** The text's distinct words, lower case (filled on demand). */
  words?: Set<string>;
}

export function addExtra(g: Group, sc: Scanner, t0: number, t1: number, how: 'acronym' | 'backref' | 'partial' | 'weak'): void {
  g.extra.push({ start: sc.toks[t0].start, end: sc.toks[t1 - 1].end, how });
  for (let i = t0; i < t1; i++) sc.used[i] = 1;
}

/** Abbreviations defined right after (or before) a name: "(ИКЕМ)", "/ИКЕМ/", "(далі – ІПК)", "ІПК (Інститут …)". */
export function definitions(ctx: RefContext, names: Map<Cand, Group>): Map<string, Group> {
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

/** Case endings of uk/ru nouns an abbreviation written as a word takes (Рособрнадзора, Рособрнадзору, Рособрнадзором). */
const ABBREVIATION_CASE_ENDINGS = ['ом', 'ою', 'ові', 'у', 'а', 'е', 'і', 'ю'];
/** Shortest abbreviation read through its case ending: a word, not letters (Рособрнадзор, not МОН). */
const MIN_DECLINED_ABBREVIATION = 6;

/** The registry form of an abbreviation written in a case form ("Рособрнадзору" → "Рособрнадзор"), else the abbreviation. */
function inflectedAbbreviation(ctx: RefContext, acr: string): string {
  if (acr.length <= MIN_DECLINED_ABBREVIATION || registryFor(ctx, acr).length > 0 || !/^\p{Lu}\p{Ll}/u.test(acr)) return acr;
  for (const e of ABBREVIATION_CASE_ENDINGS) {
    if (acr.endsWith(e) && registryFor(ctx, acr.slice(0, -e.length)).length > 0) return acr.slice(0, -e.length);
  }
  return acr;
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
 * університет, …ГТУ / …ГАТУ / …ГПУ / …ГМУ / …ГЭУ state technical, aviation-technical, pedagogical,
 * medical, economic university (АГТУ, УГАТУ, ОмГПУ), Latin …SU state university (…НУ, …ПУ, …ТУ
 * alone are also trade unions, vocational schools and centres; …ГАУ is also a state autonomous
 * institution). The letters before the ending may hold lower-case ones of a city (ТулГУ, ТюмГУ,
 * СПбГУ). At least three letters (ГУ alone is "главное управление").
 */
const UNIVERSITY_ABBREVIATION_RE = /^(?:\p{Lu}[\p{Lu}\p{Ll}]{0,4}(?:ГУ|ДУ|ГТУ|ГАТУ|ГПУ|ГМУ|ГЭУ)|[A-Z]{1,4}SU)$/u;

/**
 * An abbreviation of a name that holds a hyphenated place (Кам'янець-Подільський національний
 * університет → К-ПНУ, Переяслав-Хмельницький ДПУ → П-ХДПУ): capitalised parts of at most five
 * letters joined by hyphens, three or more capitals, the last part itself an abbreviation. It names
 * an institution only with its patron or a university's ending (ДНР-ЛНР, ТНК-BP name none).
 */
const HYPHENATED_ABBREVIATION_RE = /^\p{Lu}\p{L}{0,4}(?:-\p{Lu}\p{L}{0,4}){1,2}$/u;

function hyphenatedAbbreviation(acr: string): boolean {
  if (!HYPHENATED_ABBREVIATION_RE.test(acr)) return false;
  const last = acr.slice(acr.lastIndexOf('-') + 1);
  return acronymLetters(acr).length >= 3 && acronymLetters(last).length >= 2;
}

function universityAbbreviation(sc: Scanner, acr: string): boolean {
  acr = acr.replaceAll('-', '');
  if (!UNIVERSITY_ABBREVIATION_RE.test(acr)) return false;
  const lo = norm(acr);
  // Not a body the tables exclude (armed forces, police: ЗСУ, НГУ in Ukrainian).
  return !sc.tables.some((tb) => tb.excludedStems.some((s) => lo.startsWith(s)));
}

/**
 * ru/uk compound abbreviations of ministries: "Мин"/"Мін" and the stem of what it governs (Минэкономразвития,
 * Минпромэнерго, Минздрав, Мінцифри, Мінсоцполітики). Not "Минск", "Минута": only these stems.
 */
const MINISTRY_ABBR_RE = /^(?:Мин|Мін)(обр|просвещ|освіт|здрав|фін|фин|труд|культ|промторг|пром|цифр|строй|сельхоз|агро|природ|юст|спорт|молодьспорт|транс|энерго|енерго|эконом|економ|соц|вост|регіон|регион|инфраструктур|інфраструктур|довкілл|вет|реінтеграц|стратегпром|ин?дел|закордон|информ|связ|имуществ|жкх|тур)[а-яёіїєґ]*$/u;
/** Stems of an education ministry among them. */
const EDUCATION_MINISTRY_STEMS: ReadonlySet<string> = new Set(['обр', 'просвещ', 'освіт']);

/** The kind of the ministry a compound abbreviation names and the stem of what it governs, or null when the word is none. */
function ministryAbbreviation(s: string): { kind: InstitutionKind; stem: string } | null {
  const m = MINISTRY_ABBR_RE.exec(s);
  if (!m) return null;
  return { kind: EDUCATION_MINISTRY_STEMS.has(m[1]) ? 'ministry' : 'authority', stem: m[1] };
}

/** Letters of a ministry abbreviation's stem that a word of the ministry's full name starts with (пром → промышленности). */
const MINISTRY_STEM_LETTERS = 4;

/** A ministry the text names in full whose name has a word of the abbreviation's stem (Министерство промышленности … for Минпромторг). */
function spelledMinistry(ctx: RefContext, stem: string): Group | null {
  const want = stem.slice(0, MINISTRY_STEM_LETTERS);
  const hits = ctx.groups.filter((g) => !g.merged && (g.kind === 'ministry' || g.kind === 'authority')
    && /^(?:министерств|міністерств)/u.test(g.key) && g.key.split(' ').slice(1).some((w) => w.startsWith(want)));
  return hits.length === 1 ? hits[0] : null;
}

/** Quoted abbreviations with a legal form, then stand-alone abbreviations, attached to groups or made institutions. */
/** Letters of the last word of a spaced abbreviation ("U of S", "U of SC"). */
const SPACED_LAST = /^[A-Z]{1,2}$/;

/** "U of S" at token i (U, of, one or two capitals, nothing between), or null. */
function spacedAbbreviation(sc: Scanner, i: number): string | null {
  if (sc.toks[i].s !== 'U' || i + 2 >= sc.n || sc.brk(i + 1) || sc.brk(i + 2) || sc.used[i + 1] || sc.used[i + 2]) return null;
  const of = sc.toks[i + 1];
  const last = sc.toks[i + 2];
  if (of.s !== 'of' || last.type !== TokType.Word || !SPACED_LAST.test(last.s)) return null;
  if (of.start !== sc.toks[i].end + 1 || last.start !== of.end + 1) return null; // single spaces only
  return `U of ${last.s}`;
}

export function abbreviations(ctx: RefContext, defs: Map<string, Group>, others: Cand[]): void {
  const { sc, lang } = ctx;
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
    // "U of S", "U of T": an abbreviation written in three words, read through the registry only.
    const spaced = spacedAbbreviation(sc, i);
    if (spaced && registryFor(ctx, spaced).length > 0) {
      const g = resolveAcronym(ctx, defs, spaced, t.start, cache, null, searched);
      if (g) {
        addExtra(g, sc, i, i + 3, 'acronym');
        i += 2;
        continue;
      }
    }
    // A type abbreviation standing alone may be a registry one (СУ = Sofia University, not a школа);
    // a word-like one is declined ("Рособрнадзору" is Рособрнадзор).
    const acr = inflectedAbbreviation(ctx, t.s);
    const known = registryFor(ctx, acr).length > 0;
    const family = sc.headAt(i)?.abbr?.standalone ? sc.headAt(i)!.abbr! : null;
    const hyphenated = !known && !sc.isAcronymShape(i) && hyphenatedAbbreviation(t.s);
    // A known one qualified by a region is that region's ministry ("Минобразования Подмосковья"), read below.
    const ministry = known && !(i + 1 < sc.n && !sc.brk(i + 1) && sc.toks[i + 1].cap) ? null : ministryAbbreviation(t.s);
    if (!(sc.isAcronymShape(i) || known || hyphenated || ministry) || sc.isLegalToken(i) || (sc.headAt(i)?.abbr && !known && !family)) continue;
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
    if (hyphenated && !universityAbbreviation(sc, t.s)) continue;
    // A country or region after it qualifies nothing and belongs to the mention (Минпросвещения РФ, МОН України).
    const place = next ? placeQualifier(sc, i + 1) : false;
    // A person's name after it is no qualifier ("спикер КГВА Евгений Иевлев", "Минобрнауки Сергей Фальков").
    const person = !!next && sc.tables.some((tb) => sc.isPersonWord(i + 1, tb));
    const qualifier = next && next.type === TokType.Word && next.cap && !sc.isAcronymShape(i + 1) && !place && !person ? next.s : null;
    let g = resolveAcronym(ctx, defs, acr, t.start, cache, qualifier, searched);
    if (!g && !family && !known && universityAbbreviation(sc, t.s)) {
      // "Ректоры КФУ и ЧГУ подписали …": an abbreviation spelled like a university's names one.
      g = newGroup(institutionKey(t.s, lang), 'university', t.start);
      g.fixedName = t.s;
      g.confidence = 0.5;
      ctx.groups.push(g);
      cache.set(t.s, g);
    }
    if (!g && ministry) {
      // "экс-глава Минэкономразвития РБ", "пресс-служба Минпромэнерго республики", "Мінцифри": a ministry's
      // compound abbreviation; the region after it (РБ, республики, області) is part of its name.
      const placeNoun = (k: number): boolean => k < sc.n && !sc.brk(k) && sc.toks[k].type === TokType.Word && !sc.toks[k].cap && sc.tables.some((tb) => tb.placeNouns.has(sc.toks[k].lo));
      // "Минобразования Подмосковья", "Минобрнауки Татарстана" (a place of the gazetteer), "Минобразования
      // Челябинской области" (a region adjective and its noun); not a person after it ("Минобрнауки Сергей Фальков").
      const regionAdj = !!qualifier && placeNoun(i + 2) && isRegionAdjective(norm(qualifier));
      const placeName = !!qualifier && !regionAdj && !sc.isPersonWord(i + 1, sc.tables[0]) && lookupPlace(qualifier, lang) !== null;
      const region = place || placeNoun(i + 1) || placeName;
      const end = regionAdj ? i + 3 : region ? i + 2 : i + 1;
      const name = sc.text.slice(t.start, sc.toks[end - 1].end);
      g = cache.get(name) ?? spelledMinistry(ctx, ministry.stem);
      if (!g) {
        g = newGroup(institutionKey(name, lang), ministry.kind, t.start);
        g.fixedName = name;
        g.confidence = 0.55;
        ctx.groups.push(g);
        cache.set(name, g);
      }
      addExtra(g, sc, i, end, 'acronym');
      continue;
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
}
