/**
 * Quoted names: with a legal form (МАОУ «Открытая школа», ТОВ «Вудмастер», „Мостстрой“ ЕАД), a
 * head word before them (клъстер “Електромобили”, Державний університет «Житомирська політехніка»)
 * or a head inside that reads as a name («Пермский центр бизнеса»). A quote after a project,
 * programme, film or café word is a title, and nothing inside it is an institution. Quotes with no
 * anchor are kept as weak candidates, used only if they repeat a known name («Уралтехснаба»).
 */
import { startsWithAny, type CompiledTable, type HeadMatch } from './_institution-lexicon.js';
import { clamp, excludedBody, extendLeft, mark, MAX_CANDIDATES, refineKind, titleOfUnit, wordsOf, type Cand } from './_institution-phrases.js';
import { family } from './_institution-right.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';

/** Longest quoted name, in tokens. */
const MAX_QUOTED_NAME_TOKENS = 12;
/** Longest quotation named only by the head inside it, in words. */
const MAX_BARE_QUOTED_NAME_WORDS = 7;

/** Does a quotation with head word `h` inside read as a name (modifiers + head + complement, no titles)? */
function quotedName(sc: Scanner, c0: number, c1: number, h: number, tb: CompiledTable): boolean {
  if (c1 - c0 < 2 || c1 - c0 > MAX_BARE_QUOTED_NAME_WORDS + 2) return false;
  const toks = sc.toks;
  for (let k = c0; k < c1; k++) {
    const t = toks[k];
    if (t.type !== TokType.Word || tb.connectors.has(t.lo) || tb.preps.some((p) => p.toks[0] === t.lo)) continue;
    if (sc.isPersonWord(k, tb) || tb.stop.has(t.lo) || (k < h && (tb.starters.has(t.lo) || tb.blockers.has(t.lo)))) return false;
    if (tb.t.verbEndings?.test(t.lo) && k > h) return false;
  }
  for (let k = c0; k < h; k++) {
    const t = toks[k];
    if (t.type === TokType.Word && !(tb.t.adjective.test(t.lo) || (family(tb.lang) === 'en' && t.cap))) return false;
  }
  return true;
}

/** Institutions that a council or an administration owns (uk/ru names end in the owner's genitive). */
/** Types of school, one of which may be written outside the quotes of a name holding another. */
const SCHOOL_TYPES: ReadonlySet<string> = new Set(['school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'kindergarten']);
const EDUCATION_OWNED: ReadonlySet<string> = new Set(['school', 'lyceum', 'gymnasium', 'college', 'technikum', 'vocational-school', 'kindergarten', 'centre']);
/** Kinds of the owners: councils and administrations. */
const OWNER_KINDS: ReadonlySet<string> = new Set(['council', 'municipality', 'authority']);
/** Most adjectives before the owner's head word (Кропивницької міської ради). */
const MAX_OWNER_ADJECTIVES = 3;

/** End of an owner body in the genitive at k (a capitalised adjective, adjectives, a council's head word), or -1. */
function ownerAfter(sc: Scanner, k: number, tb: CompiledTable): number {
  if (!sc.isWord(k) || sc.brk(k) || !sc.toks[k].cap || !tb.t.adjective.test(sc.toks[k].lo)) return -1;
  for (let i = k + 1; i <= k + MAX_OWNER_ADJECTIVES && i < sc.n && sc.isWord(i) && !sc.brk(i); i++) {
    const m = sc.singularHeadAt(i);
    if (m) return OWNER_KINDS.has(m.kind) && !m.abbr && m.hit && !m.hit.nominative ? i + 1 : -1;
    if (!tb.t.adjective.test(sc.toks[i].lo)) return -1;
  }
  return -1;
}

/** Phrases between a head word and the quoted name they introduce, in tokens (lower case). */
const NAMING_PHRASES: readonly (readonly string[])[] = [
  ['o', 'nazwie'], ['pod', 'nazwą'], ['под', 'названием'], ['с', 'названием'], ['під', 'назвою'], ['з', 'назвою'], ['із', 'назвою'],
  ['на', 'име'], ['с', 'име'], ['named'], ['called'],
];

/** Tokens of a naming phrase ending right before token `i` ("o nazwie", "под названием"), or 0. */
function namingPhraseBefore(sc: Scanner, i: number): number {
  for (const ph of NAMING_PHRASES) {
    const k = i - ph.length;
    if (k < 1) continue;
    let ok = true;
    for (let x = 0; x < ph.length && ok; x++) ok = sc.isWord(k + x) && !sc.brk(k + x) && sc.toks[k + x].lo === ph[x];
    if (ok) return ph.length;
  }
  return 0;
}

/** Phase 1: quoted names. */
export function quoteCandidates(sc: Scanner, out: Cand[], weak: Cand[]): void {
  const toks = sc.toks;
  for (let i = 0; i < sc.n && out.length + weak.length < MAX_CANDIDATES; i++) {
    const j = sc.closeOf[i];
    if (j < 0 || sc.used[i]) continue;
    const c0 = i + 1;
    if (j - c0 < 1 || j - c0 > MAX_QUOTED_NAME_TOKENS || toks[c0].type === TokType.Punct) continue;
    let bad = false;
    for (let k = c0; k < j && !bad; k++) if ('?!:;'.includes(toks[k].s) || toks[k].junk) bad = true;
    if (bad) continue;
    const firstWordTable = sc.tables.find((t) => (t.t.script === 'cyrillic') === /[\u0400-\u04ff]/.test(toks[c0].s)) ?? sc.tables[0];
    if (sc.projectBefore(i, firstWordTable)) {
      mark(sc, i, j + 1); // a programme title: nothing inside it is an institution
      continue;
    }
    let inner: HeadMatch | null = null;
    let innerTok = -1;
    for (let k = c0; k < j && !inner; k++) {
      const m = sc.singularHeadAt(k);
      if (m && !(m.hit?.spec.needLeft && !(k > c0 && startsWithAny(toks[k - 1].lo, m.hit.spec.needLeft)))) {
        inner = m;
        innerTok = k;
      }
    }
    let lp = sc.legalPreEnding(i);
    let before: HeadMatch | null = null;
    let beforeTok = -1;
    let start = i;
    if (!lp && i > 0 && !sc.brk(i) && !sc.used[i - 1]) {
      const m = sc.singularHeadAt(i - 1);
      const left = m ? extendLeft(sc, i - 1, m) : null;
      if (m && left) {
        before = m;
        beforeTok = i - 1;
        start = left.start;
        lp = sc.legalPreEnding(start);
        // "компании «Газпром нефть»", "фирма „Мостстрой“": a lower-case company word only describes the quoted name.
        if (!lp && start === i - 1 && (!toks[i - 1].cap || toks[i - 1].sent) && (m.hit?.spec.generic || m.kind === 'company')) start = i;
      }
    }
    // "przedszkole o nazwie „Słoneczko”", "садок під назвою «Мир»", "a school called “Hope”": the head says what the quoted name is; the name is the quote.
    if (!lp && !before && i > 1) {
      const len = namingPhraseBefore(sc, i);
      const h = i - 1 - len;
      const m = len > 0 && h >= 0 && !sc.used[h] && !sc.brk(h + 1) ? sc.singularHeadAt(h) : null;
      if (m && !m.abbr) {
        before = m;
        beforeTok = h;
        start = i;
      }
    }
    // "ліцеєм «Центральний» Кропивницької міської ради": the body a school belongs to is part of its name.
    const ownerEnd = before && family(before.table.lang) === 'cyr' && EDUCATION_OWNED.has(before.kind) ? ownerAfter(sc, j + 1, before.table) : -1;
    const postEnd = ownerEnd > 0 ? -1 : sc.legalSuffixEnd(j + 1);
    let acronymOnly = !inner;
    for (let k = c0; k < j && acronymOnly; k++) if (!sc.isAcronymShape(k)) acronymOnly = false; // «УКТП», «ХЦПТО СП»
    // A quote named only by the head inside it must look like a name: «Открытая школа», not «Школа» (a title)
    // nor «Кожен зруйнований заклад освіти буде …» (speech).
    if (inner && !lp && !before && postEnd < 0 && !quotedName(sc, c0, j, innerTok, inner.table)) inner = null;
    const anchor = inner ?? before;
    const table = anchor?.table ?? firstWordTable;
    const cand: Cand = {
      type: 'weak-quote',
      t0: lp ? lp.start : start,
      t1: postEnd > 0 ? postEnd : ownerEnd > 0 ? ownerEnd : j + 1,
      core0: start,
      core1: ownerEnd > 0 ? ownerEnd : j + 1,
      tail0: ownerEnd > 0 ? ownerEnd : j + 1,
      headTok: before ? beforeTok : innerTok,
      head: before ?? inner,
      table,
      kind: 'other',
      legal: lp?.form ?? null,
      q0: i,
      q1: j,
      nominative: before ? before.hit?.nominative ?? true : inner ? inner.hit?.nominative ?? true : true,
      confidence: 0.5,
    };
    if (!lp && !before && !inner && postEnd < 0) {
      weak.push(cand);
      continue;
    }
    if (excludedBody(sc, cand.t0, cand.t1, table)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    cand.type = acronymOnly && !before ? 'quote-acronym' : 'name';
    const innerKind = inner && !inner.hit?.spec.generic ? inner.kind : null;
    const beforeKind = before && !before.hit?.spec.generic ? before.kind : null;
    // Two school types: the one outside the quotes says what it is ("лицей «Вторая школа»", "liceum „Szkoła Marzeń”");
    // otherwise the head inside names it (сдружение „Клъстер …“, заклад «Ліцей № 5»).
    const outside = beforeKind && innerKind && SCHOOL_TYPES.has(beforeKind) && SCHOOL_TYPES.has(innerKind);
    const base = (outside ? beforeKind : innerKind) ?? beforeKind ?? inner?.kind ?? before?.kind ?? lp?.form.form.kind ?? 'company';
    cand.kind = refineKind(base, table, wordsOf(sc, cand.core0, cand.core1));
    // "директор на дирекция „Екология и чиста среда“": a person's unit, not recorded (_institution-phrases).
    if (before?.hit?.spec.unitUnlessEducation && cand.kind !== 'education-authority' && titleOfUnit(sc, cand.t0)) {
      mark(sc, cand.t0, cand.t1);
      continue;
    }
    cand.confidence = clamp(0.75 + (lp || postEnd > 0 ? 0.15 : 0) + (before ? 0.12 : 0) + (inner ? 0.05 : 0) - (acronymOnly ? 0.15 : 0));
    out.push(cand);
    mark(sc, cand.t0, cand.t1);
    const next = unclosedNext(sc, cand.t1, table);
    if (next > 0) {
      out.push({ ...cand, t0: cand.t1 + 1, t1: next, core0: cand.t1 + 1, core1: next, tail0: next, headTok: -1, head: null, legal: null, q0: -1, q1: -1, confidence: 0.5 });
      mark(sc, cand.t1 + 1, next);
    }
  }
}

/** Opening quote marks that a name written without its closing one may start with. */
const OPENING_MARKS = new Set(['„', '«', '"', '“']);
const DASH_MARKS = new Set(['–', '—', '-']);
/** Most capitalised words of a quoted name left unclosed. */
const MAX_UNCLOSED_WORDS = 3;

/**
 * A second school sharing a building, written after a dash with its closing quote left out:
 * "ОУ „Йордан Йовков“ – „Добри Чинтулов, които са в една сграда". End of the unclosed name at
 * token `at` (the dash), or -1.
 */
function unclosedNext(sc: Scanner, at: number, tb: CompiledTable): number {
  if (at + 2 >= sc.n || sc.brk(at) || !DASH_MARKS.has(sc.toks[at].s)) return -1;
  const q = at + 1;
  if (sc.brk(q) || !OPENING_MARKS.has(sc.toks[q].s) || sc.closeOf[q] >= 0 || sc.openOf[q] >= 0) return -1;
  let k = q + 1;
  while (k < sc.n && k - q <= MAX_UNCLOSED_WORDS && !sc.brk(k) && sc.isWord(k) && sc.toks[k].cap && !tb.stop.has(sc.toks[k].lo)) k++;
  return k > q + 1 && (k >= sc.n || sc.brk(k) || sc.toks[k].s === ',') ? k : -1;
}
