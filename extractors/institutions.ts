/**
 * Institutions extractor: education institutions and the bodies around them (ministries,
 * education authorities, agencies, clusters, companies, centres, councils, municipalities,
 * authorities, NGOs, research institutes), one tag per institution per document, with every
 * mention (case forms, abbreviations, back-references) at exact offsets.
 *
 * The cascade (each step linear in the text; every vocabulary is a per-language table in
 * extractors/lang/institutions/, compiled once by _institution-lexicon.ts):
 *   1. quoted names, and legal forms with a quote     (_institution-quotes)
 *   2. head words with what names them                (_institution-phrases)
 *        left: modifiers and lower-case type words (_institution-phrases); right: complements,
 *        numbers, "named after", patrons without it, place tails, quotes (_institution-right,
 *        -right-bg, -right-latin, -patrons); lists after a plural head (_institution-lists);
 *        a municipality written as a territory and bodies the tables exclude are dropped here
 *      then legal forms with capitalised words and their seat (ТОВ Вудмастер, Edu-Tech sp. z o.o.
 *      w Pyrzycach; _institution-legal); a name on a headline in title case is the names of
 *      other lines written inside it (_institution-titles)
 *   3. group by key; merge contained and misspelt names, and English names written in two
 *      orders (University of X / X University)          (_institution-groups)
 *   4. references: abbreviations defined, by initials, or from the registry, or spelled like a
 *      state university's (ТулГУ, УГАТУ); repeated quotes, partial names, back-references
 *                                                     (_institution-abbreviations, -refs)
 *   5. display name, kind, aliases, confidence; an abbreviation's mention takes the quoted
 *      name or dash place after it (РУ „Ангел Кънчев“, ТУ – Варна)  (_institution-display, here)
 *   6. the registry: a well-known institution gets its canonical name, kind and the key
 *      registry:<id>, the same in every document and language (_registry, data/institutions);
 *      a name written short of one the text also abbreviates is merged into it
 * The pipeline then trims quotations, splits run-ons, joins a name and the quoted name after it,
 * merges former names and an abbreviation with its eponym into the full name with the same eponym
 * ("МГУ им. Огарева" into "Мордовский университет им. Н.П. Огарева"), types companies by their legal form (_tag-filter, _tag-join) and, once
 * events are known, drops bystanders and look-alikes no event names.
 *
 * Aliases are the names and abbreviations a tag is known by; lower-case back-references
 * ("ліцею", "the college") are mentions only, so they never make two institutions match.
 */
import type { InstitutionKind, InstitutionTag, Lang, Mention } from '../types.js';
import { institutionKey } from './institution-key.js';
import { displayName } from './_institution-display.js';
import { groupNames, type Group } from './_institution-groups.js';
import { activeTables } from './_institution-lexicon.js';
import { brandCandidates, legalCandidates } from './_institution-legal.js';
import { headCandidates, type Cand } from './_institution-phrases.js';
import { quoteCandidates } from './_institution-quotes.js';
import { resolveReferences } from './_institution-refs.js';
import { canonicalKey, registryByAbbreviation, registryEntryNamed, registryName } from './_registry.js';
import { Scanner } from './_institution-scan.js';
import { splitTitleNames } from './_institution-titles.js';
import { tokenize } from './_institution-tokens.js';
import type { Span } from './sentences.js';

export { institutionKey } from './institution-key.js';
export { canonicalKey } from './_registry.js';

export const INSTITUTIONS_EXTRACTOR = { name: 'institutions', version: '1.0.0' } as const;

export interface InstitutionContext {
  lang: Lang | null;
  /** splitSentences(text), when the caller has it already (the pipeline does): not split twice. */
  sentences?: Span[];
}

/** Confidence added per further mention of the same institution. */
const CONFIDENCE_PER_MENTION = 0.02;
const MAX_CONFIDENCE = 0.99;
/** At most this many aliases are listed per institution. */
const MAX_ALIASES = 20;

export function extractInstitutions(text: string, ctx: InstitutionContext): InstitutionTag[] {
  if (!text) return [];
  const sc = new Scanner(text, tokenize(text, ctx.sentences ?? true), activeTables(ctx.lang));
  const cands: Cand[] = [];
  const weak: Cand[] = [];
  quoteCandidates(sc, cands, weak);
  brandCandidates(sc, cands);
  headCandidates(sc, cands);
  legalCandidates(sc, cands);
  const names = splitTitleNames(sc, cands.filter((c) => c.type === 'name'));
  const groups = groupNames(sc, names, ctx.lang);
  const byCand = new Map<Cand, Group>();
  for (const g of groups) for (const c of g.names) byCand.set(c, g);
  const refCtx = { sc, lang: ctx.lang, groups };
  resolveReferences(refCtx, byCand, cands.filter((c) => c.type !== 'name'), weak);
  const tags = new Map<string, InstitutionTag>();
  const live = refCtx.groups.filter((g) => !g.merged && (g.names.length > 0 || g.fixedName));
  live.sort((a, b) => firstMention(sc, a) - firstMention(sc, b));
  const excluded = excludedKeys(ctx.lang);
  const whole = excludedWholeKeys(ctx.lang);
  for (const g of live) {
    const tag = toTag(sc, g, ctx.lang);
    if (tag.mentions.length === 0 || isExcluded(tag.key, excluded) || whole.has(tag.key)) continue;
    const same = tags.get(tag.key);
    if (same) mergeTags(same, tag);
    else tags.set(tag.key, tag);
  }
  const out = mergeOrdinalNamed(mergeLevelNamed(mergeIntoRegistry([...tags.values()], ctx.lang), ctx.lang));
  // Companies are recorded as the bodies around education: not in a text about companies alone.
  return out.some((t) => !NOT_EDUCATION_KINDS.has(t.kind)) ? out : out.filter((t) => !PARTNERS_ONLY_KINDS.has(t.kind));
}

/** Connectors that a name may write either way ("освіти та науки" / "освіти і науки"). */
const KEY_CONNECTORS = new Set(['і', 'й', 'та', 'и', 'i', 'oraz', 'and', '&']);
/** Fewest key words of a name merged into a registry institution it is written short of. */
const MIN_SHORT_NAME_WORDS = 3;

function keyWords(name: string, lang: Lang | null): string[] {
  return institutionKey(name, lang).split(' ').filter((w) => !KEY_CONNECTORS.has(w));
}

/**
 * A name written short of a registry institution's that the text also names by its abbreviation
 * ("Міністерство освіти та науки" and "Міносвіти" → Міністерство освіти і науки України): one
 * institution, with the words of the short name all in the registry name, in order, and a kind alike.
 */
function mergeIntoRegistry(tags: InstitutionTag[], lang: Lang | null): InstitutionTag[] {
  const known = tags.filter((t) => t.key.startsWith('registry:'));
  if (known.length === 0) return tags;
  const gone = new Set<InstitutionTag>();
  for (const t of tags) {
    if (t.key.startsWith('registry:')) continue;
    const words = keyWords(t.name, lang);
    if (words.length < MIN_SHORT_NAME_WORDS) continue;
    // "Национальный аэрокосмический университет им. Жуковского «ХАИ»" and a registry "ХАИ" elsewhere: the
    // abbreviation the name quotes is the registry institution's.
    const quoted = QUOTED_ABBR_RE.exec(t.name)?.[1];
    const byQuote = quoted ? known.filter((r) => r.kind === t.kind && r.mentions.some((m) => m.text.replace(/^[„«“"]|[“”"»]$/g, '') === quoted)) : [];
    const into = byQuote.length === 1 ? byQuote : known.filter((r) => r.kind === t.kind && inOrder(words, keyWords(r.name, lang)));
    if (into.length !== 1) continue;
    mergeTags(into[0], t);
    gone.add(t);
  }
  return gone.size === 0 ? tags : tags.filter((t) => !gone.has(t));
}

/** An abbreviation quoted at the end of a name (… им. Жуковского «ХАИ»). */
const QUOTED_ABBR_RE = /[„«“"](\p{Lu}[\p{Lu}\d-]{1,7})[“”"»]$/u;

/**
 * A body named in lower case by its level ("в міському управлінні освіти") is the one the text also names in
 * full ("Управління освіти Львівської міської ради"): the words after the level adjective begin the fuller
 * name, of the same kind, and only one such name is in the text.
 */
function mergeLevelNamed(tags: InstitutionTag[], lang: Lang | null): InstitutionTag[] {
  const stems = activeTables(lang).flatMap((t) => (t.t.levelStems ?? []));
  if (stems.length === 0) return tags;
  const gone = new Set<InstitutionTag>();
  for (const t of tags) {
    const words = institutionKey(t.name, lang).split(' ');
    // the key's first word is stemmed ("міськ", "обласн"): a level stem and it share their start
    if (words.length < 2 || words[0].length < 3 || !stems.some((s) => s.startsWith(words[0]) || words[0].startsWith(s))) continue;
    const rest = words.slice(1);
    const into = tags.filter((o) => o !== t && !gone.has(o) && o.kind === t.kind && startsWithWords(institutionKey(o.name, lang).split(' '), rest));
    if (into.length !== 1) continue;
    mergeTags(into[0], t);
    gone.add(t);
  }
  return gone.size === 0 ? tags : tags.filter((t) => !gone.has(t));
}

/** A name numbered by an ordinal in digits: "56-я школа", "57-а школа". */
const ORDINAL_NAME_RE = /^(\d{1,4})-\p{L}{1,3} \p{L}/u;

/**
 * A school named by its ordinal ("56-ї школи") is the one the text also numbers ("Середня школа №56"): the
 * only other institution of the kind whose name has that number after a number sign.
 */
function mergeOrdinalNamed(tags: InstitutionTag[]): InstitutionTag[] {
  const gone = new Set<InstitutionTag>();
  for (const t of tags) {
    const n = ORDINAL_NAME_RE.exec(t.name)?.[1];
    if (!n) continue;
    const numbered = new RegExp(`(?:№|#|\\bN|\\bnr\\.?|\\bNo\\.?)\\s*${n}(?!\\d)`, 'u');
    const into = tags.filter((o) => o !== t && !gone.has(o) && o.kind === t.kind && numbered.test(o.name));
    if (into.length !== 1) continue;
    mergeTags(into[0], t);
    gone.add(t);
  }
  return gone.size === 0 ? tags : tags.filter((t) => !gone.has(t));
}

function startsWithWords(a: string[], prefix: string[]): boolean {
  if (a.length <= prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (a[i] !== prefix[i]) return false;
  return true;
}

/** Are the words of `a` all in `b`, in order, and fewer? */
function inOrder(a: string[], b: string[]): boolean {
  if (a.length >= b.length) return false;
  let j = 0;
  for (const w of b) if (j < a.length && w === a[j]) j++;
  return j === a.length;
}

/** Kinds that alone do not make a text about education (two companies signing a contract, a state commission). */
const NOT_EDUCATION_KINDS: ReadonlySet<InstitutionKind> = new Set(['company', 'other', 'ngo', 'authority', 'council', 'municipality', 'research']);
/** Bodies around education that a text about none of its institutions does not record. */
const PARTNERS_ONLY_KINDS: ReadonlySet<InstitutionKind> = new Set(['company', 'ngo', 'other']);

/** Is `key` an excluded key, or does it start with one followed by a space? */
function isExcluded(key: string, excluded: string[]): boolean {
  for (const x of excluded) if (key.startsWith(x) && (key.length === x.length || key.charCodeAt(x.length) === 32)) return true;
  return false;
}

const excludedCache = new Map<Lang | null, string[]>();
/** Keys of names that are bodies but not institutions to record (parliaments, a school's own councils). */
function excludedKeys(lang: Lang | null): string[] {
  let keys = excludedCache.get(lang);
  if (!keys) {
    keys = [...new Set(activeTables(lang).flatMap((t) => t.t.excludedNames.map((n) => institutionKey(n, t.lang))))];
    excludedCache.set(lang, keys);
  }
  return keys;
}

const excludedWholeCache = new Map<Lang | null, Set<string>>();
/** Keys of names not recorded when they are the whole name (a university's units named by their subject). */
function excludedWholeKeys(lang: Lang | null): Set<string> {
  let keys = excludedWholeCache.get(lang);
  if (!keys) {
    keys = new Set(activeTables(lang).flatMap((t) => (t.t.excludedWholeNames ?? []).map((n) => institutionKey(n, t.lang))));
    excludedWholeCache.set(lang, keys);
  }
  return keys;
}

function firstMention(sc: Scanner, g: Group): number {
  let first = Infinity;
  for (const c of g.names) first = Math.min(first, sc.toks[c.t0].start);
  for (const e of g.extra) first = Math.min(first, e.start);
  return first;
}

function toTag(sc: Scanner, g: Group, lang: Lang | null): InstitutionTag {
  const spans: Mention[] = [];
  const named: Mention[] = [];
  const at = (start: number, end: number): Mention => ({ text: sc.text.slice(start, end), start, end });
  for (const c of g.names) named.push(at(sc.toks[c.t0].start, sc.toks[c.t1 - 1].end));
  spans.push(...named);
  for (const e of g.extra) {
    const m = at(e.start, e.end);
    spans.push(m);
    // A name is known by its abbreviations and repeated names; not by a bare or lower-case partial reference.
    if (e.how === 'acronym' || e.how === 'weak' || (e.how === 'partial' && isUpperStart(m.text))) named.push(m);
  }
  const written = displayName(sc, g, lang);
  const entry = g.registry ?? registryEntryNamed(written, lang) ?? statusRegistryEntry(written, lang);
  const name = entry ? registryName(entry, lang) : written;
  const plain = cleanMentions(spans);
  const mentions = joinAcronymTails(sc.text, plain, written, name);
  // "ЮЗУ „Неофит Рилски“", "Igor Sikorsky KPI": an abbreviation written with its quoted name or its
  // eponym is known by both together.
  const joined = mentions.filter((m) => !plain.includes(m));
  const base = g.fixedName && g.names.length === 0 ? 0.6 : g.confidence;
  return {
    key: canonicalKey(name, lang),
    name,
    kind: entry ? entry.kind : g.kind,
    aliases: aliasesOf(name, cleanMentions([...named, ...joined]), name === written ? [] : [written]),
    mentions,
    confidence: round(Math.min(MAX_CONFIDENCE, base + CONFIDENCE_PER_MENTION * (mentions.length - 1))),
  };
}

/** A name without the status abbreviation written before it ("НИУ МЭИ" → "МЭИ"), for the registry; the name itself when it has none. */
function withoutStatus(name: string, lang: Lang | null): string {
  const m = /^(\p{Lu}{2,6})\s+(\S.*)$/u.exec(name);
  if (!m) return name;
  return activeTables(lang).some((t) => t.t.legalForms.some((f) => f.position === 'pre' && f.text === m[1])) ? m[2] : name;
}

/** The registry entry of a name written with its status before it ("НИУ МЭИ", "НИУ «Высшая школа экономики»"), or null. */
function statusRegistryEntry(name: string, lang: Lang | null): ReturnType<typeof registryEntryNamed> {
  const bare = withoutStatus(name, lang);
  if (bare === name) return null;
  const named = registryEntryNamed(bare, lang);
  if (named) return named;
  const byAbbr = /^\p{Lu}{2,8}$/u.test(bare) ? registryByAbbreviation(bare, lang) : [];
  return byAbbr.length === 1 ? byAbbr[0] : null;
}

function isUpperStart(s: string): boolean {
  const c = s.match(/[\p{L}\p{N}]/u)?.[0];
  return !!c && c !== c.toLowerCase();
}

/** Sorted, de-duplicated, non-overlapping mentions (the longer one wins an overlap). */
function cleanMentions(spans: Mention[]): Mention[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end - s.start > last.end - last.start) out[out.length - 1] = s;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Opening quote marks of a quoted name. */
const OPENING_QUOTES = new Set([...'„«“"']);
/** An abbreviation in capitals (РУ, ЮЗУ, ВТУ). */
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/** A quoted name right after an abbreviation: the opening mark, the name, the closing mark. */
const QUOTED_AFTER_RE = /^[ \u00a0]([„«“"])([^„«“”"»\n]{2,60})([“”"»])/u;

/** A person's name right before an abbreviation ("Igor Sikorsky KPI", "D. Serikbaev EKSTU"): initials or a first name, and a surname. */
const EPONYM_BEFORE_RE = /(?<![\p{L}.])((?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) $/u;

/** " – Варна", " – Стара Загора" after an abbreviation. */
const DASH_PLACE_RE = /^\s[–—-]\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?/u;

/**
 * An abbreviation takes what the name has after it: the quoted name right after it ("РУ „Ангел
 * Кънчев“", "ЮЗУ „Неофит Рилски“"), or the place after a dash that the name ends in ("ТУ – Варна"
 * of "Технически университет – Варна").
 */
function joinAcronymTails(text: string, mentions: Mention[], name: string, canonical = name): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && ACRONYM_RE.test(last.text) && OPENING_QUOTES.has(m.text[0]) && /^[ \u00a0]$/.test(text.slice(last.end, m.start))) {
      out[out.length - 1] = { text: text.slice(last.start, m.end), start: last.start, end: m.end };
      continue;
    }
    out.push(m);
  }
  // "Igor Sikorsky KPI": the eponym written before an abbreviation, when the institution's name holds it
  // (the registry's "… "Igor Sikorsky Kyiv Polytechnic Institute"").
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (!ACRONYM_RE.test(m.text)) continue;
    const e = EPONYM_BEFORE_RE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!e || !(name.includes(e[1]) || canonical.includes(e[1]))) continue;
    const start = m.start - e[1].length - 1;
    if (out[i - 1] && out[i - 1].end > start) continue;
    out[i] = { text: text.slice(start, m.end), start, end: m.end };
  }
  // The quoted name after an abbreviation that is no mention of its own, when the institution's name
  // (as written, or the registry's) holds it ("ЮЗУ „Неофит Рилски“" of "Югозападен университет „Неофит Рилски“").
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (!ACRONYM_RE.test(m.text)) continue;
    const q = QUOTED_AFTER_RE.exec(text.slice(m.end, m.end + 70));
    if (!q || !(name.includes(q[2]) || canonical.includes(q[2]))) continue;
    const end = m.end + q[0].length;
    if (out[i + 1] && out[i + 1].start < end) continue;
    out[i] = { text: text.slice(m.start, end), start: m.start, end };
  }
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (!ACRONYM_RE.test(m.text)) continue;
    const place = DASH_PLACE_RE.exec(text.slice(m.end, m.end + 40))?.[0];
    const end = place ? m.end + place.length : -1;
    if (place && name.endsWith(place.trim().slice(1)) && !(out[i + 1] && out[i + 1].start < end)) out[i] = { text: text.slice(m.start, end), start: m.start, end };
  }
  return out;
}

/** A whitespace run that is not a single plain space (what /\s+/g → ' ' would change). */
const MULTI_SPACE = /\s\s|[^\S ]/;

function aliasesOf(name: string, mentions: Mention[], first: string[] = []): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const f of first) {
    if (!seen.has(f)) out.push(f);
    seen.add(f);
  }
  for (const m of mentions) {
    const a = MULTI_SPACE.test(m.text) ? m.text.replace(/\s+/g, ' ') : m.text;
    if (seen.has(a)) continue;
    seen.add(a);
    out.push(a);
    if (out.length >= MAX_ALIASES) break;
  }
  return out;
}

function mergeTags(into: InstitutionTag, from: InstitutionTag): void {
  into.mentions = cleanMentions([...into.mentions, ...from.mentions]);
  const seen = new Set([into.name]);
  into.aliases = [...into.aliases, from.name, ...from.aliases].filter((a) => !seen.has(a) && !!seen.add(a)).slice(0, MAX_ALIASES);
  into.confidence = Math.max(into.confidence, from.confidence);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
