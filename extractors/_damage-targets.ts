/**
 * What a damage word is about: the education institutions in its clause (tagged names and kind
 * nouns), a list of names after a colon, and, when its clause names only a part of a building
 * ("Spłonęła część dachu", "the classroom was damaged by smoke"), the institution named in the
 * sentences just before. A noun after "former" is no institution any more ("бившето училище"),
 * one after "near" or after the place pupils are moved to is a landmark, not the damaged one.
 */
import type { InstitutionKind, InstitutionTag } from '../types.js';
import { EDU_KINDS, EDU_NAME_RE, isGenericName, type EventHit, type EventScan, type MentionRef, type Span } from './_event-scan.js';
import { descriptiveName, writtenNames } from './_damage-names.js';

export interface Target {
  start: number;
  end: number;
  t0: number;
  t1: number;
  tag: InstitutionTag | null;
  kind: InstitutionKind | null;
  number: 'sg' | 'pl' | '?';
  /** A bare facility noun that takes its kind from a level of education ("дошкільна освіта – 387 закладів"). */
  level?: boolean;
}

/** A number label right after a noun. */
const NUMBERED_AFTER = /^\s*(?:№|#|nr\.?|no\.?)\s*\d/iu;
/** Words a "former" / "another" / "near" word may stand before its noun ("бивше основно училище"). */
const QUALIFIER_REACH = 2;
/** Mentions of one institution read for a "former" word (bounded on hostile text). */
const MAX_FORMER_MENTIONS = 20;
/** Forms of "former" that are also the past of "to be" (pl "była szkoła" / "zalana była szkoła"). */
const PAST_OF_BE: ReadonlySet<string> = new Set(['był', 'była', 'było', 'były']);
/** Sentences read back for the institution a damaged part of a building belongs to. */
const BRIDGE_SENTENCES = 2;

export function isTargetTag(tag: InstitutionTag): boolean {
  if (EDU_KINDS.has(tag.kind)) return true;
  return (tag.kind === 'centre' || tag.kind === 'other') && EDU_NAME_RE.test(tag.name);
}

/** A hit of `cat` ending at most QUALIFIER_REACH words before token `t0`, in the same clause. */
function qualifiedBy(scan: EventScan, t0: number, hits: readonly EventHit[], cat: string): boolean {
  return hits.some(
    (h) => h.cat === cat && h.t1 <= t0 && h.t1 >= t0 - QUALIFIER_REACH && !/[,.;:!?]/u.test(scan.text.slice(h.end, scan.tokens.start[t0])),
  );
}

/** "бившето училище", "a former school", "budynek byłej szkoły": no institution any more. */
export function isFormer(scan: EventScan, t0: number, t1: number, hits: readonly EventHit[]): boolean {
  // Right before the noun or one adjective before it; not the verb of "zalana była szkoła" (Polish "była" is
  // both "former" and "was": after a damage participle it is the verb).
  const verb = (h: EventHit) => PAST_OF_BE.has(scan.tokens.words[h.t0]) && hits.some((d) => (d.cat === 'damaged' || d.cat === 'destroyed') && d.t1 === h.t0);
  return hits.some(
    // Inside a name only at its start ("Колишня школа № 5"), not in its specialty ("ліцей будівництва та архітектури").
    (h) => h.cat === 'former' && !verb(h) && ((h.t1 <= t0 && h.t1 >= t0 - 1 && !/[,.;:!?]/u.test(scan.text.slice(h.end, scan.tokens.start[t0]))) || (h.t0 >= t0 && h.t0 <= t0 + 1 && h.t1 <= t1)),
  );
}

/** "inną szkołę", "another school", "іншу школу": not the institution told before. */
export function isAnother(scan: EventScan, t: Target): boolean {
  if (t.tag) return false;
  return qualifiedBy(scan, t.t0, scan.hitsIn({ start: Math.max(0, t.start - 60), end: t.start }), 'another');
}

/** A landmark or the place pupils are moved to ("obok szkoły", "lekcje odbędą się w Szkole ..."). */
/** Where pupils or people are moved to ("разместят в ближайшей школе", "переведені до ліцею"): not what was damaged. */
export function isRelocation(scan: EventScan, t0: number, hits: readonly EventHit[]): boolean {
  return qualifiedBy(scan, t0, hits, 'relocation');
}

export function isElsewhere(scan: EventScan, t0: number, hits: readonly EventHit[]): boolean {
  const partBefore = (h: EventHit) => hits.some((p) => p.cat === 'part' && p.t1 === h.t0);
  return qualifiedBy(scan, t0, hits, 'relocation') || hits.some((h) => h.cat === 'proximity' && h.t1 <= t0 && h.t1 >= t0 - 2 && !partBefore(h));
}

/** A sentence that opens with a recap word ("Нагадаємо, ...", "Przypomnijmy: ..."). */
export function isRecap(scan: EventScan, si: number): boolean {
  const s = scan.sentences[si];
  const [s0] = scan.tokenRange(s);
  return scan.hitsIn({ start: s.start, end: Math.min(s.end, s.start + 40) }, 'recap').some((h) => h.t0 === s0);
}

/**
 * A lower-case back-reference ("університет") standing before every proper mention of its
 * institution, in an earlier paragraph: it cannot refer to a name the text gives only later.
 */
function cataphoric(scan: EventScan, m: MentionRef): boolean {
  if (!/^\p{Ll}/u.test(scan.text.slice(m.start, m.start + 1))) return false;
  const proper = m.tag.mentions.filter((x) => /^[\p{Lu}\d«„"]/u.test(scan.text.slice(x.start, x.start + 1)));
  if (proper.length === 0 || proper.some((x) => x.start < m.start)) return false;
  const si = scan.sentenceIndex(m.start);
  const pi = scan.sentenceIndex(proper[0].start);
  return si >= 0 && pi >= 0 && scan.paraOf[pi] !== scan.paraOf[si];
}

const DAMAGE_NAMED = new WeakMap<EventScan, Map<string, boolean>>();
/** A "name" whose every capitalised mention holds a damage word ("Пострадавшая школа"): its other mentions name nothing either. */
export function damageNamed(scan: EventScan, tag: InstitutionTag): boolean {
  let byKey = DAMAGE_NAMED.get(scan);
  if (!byKey) DAMAGE_NAMED.set(scan, (byKey = new Map()));
  let v = byKey.get(tag.key);
  if (v === undefined) {
    const proper = tag.mentions.slice(0, MAX_FORMER_MENTIONS).filter((x) => /^[\p{Lu}«„"]/u.test(scan.text.slice(x.start, x.start + 1)));
    v = proper.length > 0 && proper.every((x) => scan.hitsIn(x).some((h) => h.cat === 'damaged' || h.cat === 'destroyed' || h.cat === 'hit'));
    byKey.set(tag.key, v);
  }
  return v;
}

const FORMER_TAGS = new WeakMap<EventScan, Map<string, boolean>>();
/** An institution the text calls former in one of its mentions ("бивше училище", "byłej szkoły"). */
function formerTag(scan: EventScan, tag: InstitutionTag): boolean {
  let byKey = FORMER_TAGS.get(scan);
  if (!byKey) FORMER_TAGS.set(scan, (byKey = new Map()));
  let v = byKey.get(tag.key);
  if (v === undefined) {
    v = tag.mentions.slice(0, MAX_FORMER_MENTIONS).some((x) => {
      const [t0, t1] = scan.tokenRange(x);
      return isFormer(scan, t0, t1, scan.hitsIn({ start: Math.max(0, x.start - 80), end: x.end }));
    });
    byKey.set(tag.key, v);
  }
  return v;
}

/** Targets of the clause [l, r): tagged education institutions and kind nouns. */
export function targetsIn(scan: EventScan, [l, r]: [number, number], hits: EventHit[]): Target[] {
  const tk = scan.tokens;
  const span = { start: tk.start[l] ?? 0, end: l < r ? tk.end[r - 1] : tk.start[l] ?? 0 };
  const out: Target[] = [];
  const names = scan.mentionsIn({ start: span.start - 200 < 0 ? 0 : span.start - 200, end: span.end + 200 });
  // "Пострадавшая школа", a quote: a damage word inside a "name" makes it none; so does a capitalised
  // kind alone ("Детската градина е ..."), and a back-reference before the name is given.
  const noName = (m: MentionRef) =>
    isGenericName(m.tag.name) || descriptiveName(m.tag.name) || cataphoric(scan, m) || damageNamed(scan, m.tag) ||
    hits.some((h) => (h.cat === 'damaged' || h.cat === 'destroyed' || h.cat === 'hit') && h.start >= m.start && h.end <= m.end);
  const inside = (h: EventHit) => names.filter((m) => h.start < m.end && h.end > m.start);
  for (const m of names) {
    if (m.end <= span.start || m.start >= span.end || !isTargetTag(m.tag) || noName(m) || formerTag(scan, m.tag)) continue;
    const [t0, t1] = scan.tokenRange(m);
    if (isFormer(scan, t0, t1, hits)) continue;
    out.push({ start: m.start, end: m.end, t0, t1, tag: m.tag, kind: m.tag.kind, number: 'sg' });
  }
  for (const h of hits) {
    if (h.cat !== 'eduNoun' || h.t0 < l || h.t1 > r) continue;
    const within = inside(h);
    // The school the text calls former ("бивше училище ... покривът на училището").
    if (within.some((m) => isTargetTag(m.tag) && formerTag(scan, m.tag))) continue;
    if (within.some((m) => !noName(m))) continue; // part of a name
    // "професійний ліцей", "професионална гимназия": the longer noun phrase holds the shorter one.
    if (hits.some((o) => o !== h && o.cat === 'eduNoun' && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
    if (isFormer(scan, h.t0, h.t1, hits)) continue;
    const kind = h.value.kind ?? levelKind(scan, h.start);
    // "56-й школы", "ОУ "Елин Пелин"": a name written at the noun that the tagger left untagged.
    const written = writtenNames(scan).get(h.start);
    if (written && !out.some((t) => t.tag === written.tag && t.start === h.start)) {
      out.push({ start: h.start, end: h.end, t0: h.t0, t1: h.t1, tag: written.tag, kind: written.tag.kind, number: 'sg' });
      continue;
    }
    // "школа № 5", "Szkoła nr 2": one institution, whatever the noun's form says.
    const numbered = NUMBERED_AFTER.test(scan.text.slice(h.end, h.end + 8));
    out.push({ start: h.start, end: h.end, t0: h.t0, t1: h.t1, tag: null, kind: kind === 'other' ? null : kind, number: numbered ? 'sg' : (h.value.number ?? '?') });
  }
  // "дошкільна освіта – пошкоджено 387 закладів": a bare "заклад" is no target by itself, but counted
  // under a level of education it is that level's institutions.
  for (let i = l + 1; i < r; i++) {
    if (!BARE_FACILITY.test(tk.words[i]) || !(tk.num[i - 1] >= 1) || out.some((t) => t.t0 <= i && t.t1 > i)) continue;
    const kind = levelKind(scan, tk.start[i]);
    if (kind) out.push({ start: tk.start[i], end: tk.end[i], t0: i, t1: i + 1, tag: null, kind, number: 'pl', level: true });
  }
  return out;
}

/** A bare facility noun with no kind of its own ("заклад", "закладів", "заведений", "учреждений", "placówek", "facilities"). */
const BARE_FACILITY = /^(?:заклад|заклади|закладів|заведени[ея]|заведений|учреждени[ея]|учреждений|placówk[ai]|placówek|заведени|facility|facilities|institutions?)$/u;

/** Levels of education that give a bare "заклад" / "заведение" / "facility" its kind, in every language. */
const LEVEL_KINDS: ReadonlyArray<[RegExp, InstitutionKind]> = [
  [/(?:дошкільн|дошкольн|przedszkoln|предучилищн|pre-?school|early childhood)/iu, 'kindergarten'],
  [/(?:загальн\p{L}*\s+середн|общ\p{L}*\s+средн|ogólnokształc|общообразовател|general secondary|secondary education)/iu, 'school'],
  [/(?:професійно-технічн|професійн\p{L}*\s+\(професійно-технічн|профессионально-техническ|профтех|szkolnictw\p{L}*\s+zawodow|kształceni\p{L}*\s+zawodow|професионалн\p{L}*\s+образован|vocational)/iu, 'vocational-school'],
  [/(?:фахов\p{L}*\s+передвищ)/iu, 'college'],
  [/(?:вищ\p{L}*\s+освіт|высш\p{L}*\s+образован|szkolnictw\p{L}*\s+wyższ|висш\p{L}*\s+образован|higher education)/iu, 'university'],
];
/** How far back a level heading may stand before its count ("дошкільна освіта – пошкоджено 387 закладів"). */
const LEVEL_REACH = 70;

/**
 * The kind a level of education gives a bare institution noun in its own list segment: "загальна
 * середня освіта – пошкоджено 401 заклад; дошкільна освіта – пошкоджено 387 закладів" counts
 * schools, then kindergartens. Only the text since the segment's start (a semicolon, colon, line
 * break or sentence end) counts, so a level told in another item lends nothing.
 */
function levelKind(scan: EventScan, at: number): InstitutionKind | null {
  const before = scan.text.slice(Math.max(0, at - LEVEL_REACH), at);
  const seg = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n'), before.lastIndexOf('. ')) + 1);
  const found = LEVEL_KINDS.filter(([re]) => re.test(seg)).map(([, k]) => k);
  return found.length === 1 ? found[0] : null;
}

/**
 * "Сред най-пострадалите учебни заведения са: ОУ „…“, Английската гимназия, …", "Among the damaged
 * schools are: …": named institutions listed after a colon that closes a clause about damaged
 * institutions (plural) are targets of its damage word.
 */
export function listedAfterColon(scan: EventScan, [l, r]: [number, number], targets: Target[], win: Span): Target[] {
  const tk = scan.tokens;
  if (r >= tk.n || r <= l || !targets.some((t) => !t.tag && t.number !== 'sg')) return [];
  if (!/:/.test(scan.text.slice(tk.end[r - 1], tk.start[r]))) return [];
  const out: Target[] = [];
  for (const m of scan.mentionsIn({ start: tk.start[r], end: win.end })) {
    if (!isTargetTag(m.tag) || out.some((o) => o.start === m.start)) continue;
    const [t0, t1] = scan.tokenRange(m);
    out.push({ start: m.start, end: m.end, t0, t1, tag: m.tag, kind: m.tag.kind, number: 'sg' });
  }
  return out;
}

/** The institution a sentence (or its part before `before`) is about, nearest the end: a name, else a kind noun, else a general noun. */
function antecedentIn(scan: EventScan, span: Span): Target | null {
  const [l, r] = scan.tokenRange(span);
  if (r <= l) return null;
  const hits = scan.hitsIn(span);
  if (hits.some((h) => h.cat === 'otherTarget')) return null; // "the house next to the school": whose roof?
  const found = targetsIn(scan, [l, r], hits).filter((t) => t.number !== 'pl' && !isElsewhere(scan, t.t0, hits));
  if (found.length === 0) return null;
  const rank = (t: Target) => (t.tag ? 2 : t.kind ? 1 : 0);
  let best = found[0];
  for (const t of found) if (rank(t) > rank(best) || (rank(t) === rank(best) && t.start > best.start)) best = t;
  return best;
}

/**
 * The institution a damaged part of a building belongs to when the damage word's clause names no
 * institution: "76 dzieci ze szkoły w Czernej nie miało lekcji. Wicher zerwał dach z sali
 * gimnastycznej." The clause names a part of a building (or, for a fire, the sentence just
 * before names the institution: "... personel przedszkola opuścił placówkę. Pożar szybko opanowano.")
 * and no other building; the institution is the last one named in the sentence before the clause
 * or in the BRIDGE_SENTENCES sentences before it.
 */
export function bridgedTarget(scan: EventScan, si: number, [l, r]: [number, number], hits: EventHit[], fire: boolean): Target | null {
  const inClause = hits.filter((h) => h.t0 >= l && h.t1 <= r);
  if (inClause.some((h) => h.cat === 'otherTarget' || h.cat === 'eduNoun')) return null;
  const part = inClause.some((h) => h.cat === 'part');
  if (!part && !fire) return null;
  const tk = scan.tokens;
  const sent = scan.sentences[si];
  const own = antecedentIn(scan, { start: sent.start, end: tk.start[l] ?? sent.start });
  if (own) return own;
  const reach = part ? BRIDGE_SENTENCES : 1;
  for (let k = si - 1; k >= 0 && k >= si - reach; k--) {
    const t = antecedentIn(scan, scan.sentences[k]);
    if (t) return t;
    if (scan.hitsIn(scan.sentences[k], 'otherTarget').length > 0) return null;
  }
  return null;
}
