/**
 * The part of a name after its head word in Polish (capitalised words, roman numerals, "i"/"z"/
 * "dla", a patron without "im.", lower-case public bodies named by what they govern) and in
 * English (capitalised words, "of/for/on/at" + capitalised words, ", Materials and Transport";
 * never a facility after the head). Steps of extendRight in _institution-right.ts.
 */
import { isRoman, type CompiledTable } from './_institution-lexicon.js';
import type { Scanner } from './_institution-scan.js';
import { endsPhrase, type RightExt } from './_institution-right.js';
import { patronAt, properHead } from './_institution-patrons.js';
import { TokType } from './_institution-tokens.js';
import { registryByAbbreviation } from './_registry.js';

/** English: most tokens in a comma list inside a name (", Materials and Transport"). */
const MAX_EN_LIST_TOKENS = 6;

/** Polish public bodies that lower-case text names by what they govern (not schools: "szkoła sportu" is no name). */
const LOWER_NAMED_PL: ReadonlySet<string> = new Set(['ministry', 'education-authority', 'authority']);

export function plStep(sc: Scanner, k: number, tb: CompiledTable, r: RightExt): number {
  const t = sc.toks[k];
  // A lower-case body's name goes on in lower case only ("administracji obwodowej Roman Semenucha": a person).
  if (r.lowerCompl && t.cap) return k;
  const pe = r.compl === 0 && properHead(sc, r, k) ? patronAt(sc, k, tb) : -1;
  if (pe > 0) {
    r.compl++;
    r.complCap = true;
    r.end = pe;
    return pe;
  }
  // A company's brand in capitals: "Zakładem THULE", "Przedsiębiorstwem Sprzętu Ochronnego MASKPOL SA".
  const brand = t.caps && t.s.length > 1 && sc.headAt(r.head)?.kind === 'company' && !sc.isLegalToken(k);
  if (t.cap && (!t.caps || brand) && !tb.stop.has(t.lo) && !sc.isPersonWord(k, tb)) {
    r.compl++;
    r.complCap = true;
    r.end = k + 1;
    return k + 1;
  }
  if (isRoman(t.s)) {
    r.end = k + 1;
    if (sc.isWord(k + 1) && !sc.brk(k + 1) && sc.toks[k + 1].lo === 'stopnia') r.end = k + 2;
    return r.end;
  }
  const nextCap = (i: number): boolean => sc.isWord(i) && !sc.brk(i) && sc.toks[i].cap && !sc.toks[i].caps && !sc.isPersonWord(i, tb);
  if (tb.connectors.has(t.lo)) return r.compl > 0 && nextCap(k + 1) && !sc.newEntityAt(k + 1) ? k + 1 : k;
  for (const p of tb.preps) {
    const e = sc.seqAt(k, p);
    if (e > 0 && nextCap(e) && !sc.newEntityAt(e)) return e;
  }
  // Lower-case public bodies named by what they govern: "administracja obwodu charkowskiego", "ministerstwo edukacji".
  const hm = sc.headAt(r.head);
  const lowerWord = r.compl === 0 ? tb.governedNouns.has(t.lo) : !!r.lowerCompl && r.compl === 1 && tb.t.adjective.test(t.lo) && !t.cap;
  const headTok = sc.toks[r.head];
  if ((!headTok.cap || headTok.sent) && hm && LOWER_NAMED_PL.has(hm.kind) && k === r.end && lowerWord && !sc.headAt(k)) {
    r.compl++;
    r.lowerCompl = true;
    r.end = k + 1;
    return k + 1;
  }
  // Lower-case "szkoła podstawowa nr 5", "rada miejska Zaporoża": an agreeing adjective before a number, "im." or a place.
  const placeNext = !!sc.headAt(k - 1)?.hit?.spec.namedLower && sc.isWord(k + 1) && sc.toks[k + 1].cap && !sc.brk(k + 1);
  if (r.compl === 0 && tb.t.adjective.test(t.lo) && (placeNext || sc.numberAt(k + 1, tb) > 0 || sc.namedAfterAt(k + 1, tb) > 0)) {
    r.compl++;
    r.end = k + 1;
    return k + 1;
  }
  return k;
}

/** Facilities of an institution: a name stops before them ("Beaumont High School Gym", "Academy Stadium"). */
const EN_FACILITIES = new Set([
  'gym', 'gymnasium', 'stadium', 'campus', 'building', 'buildings', 'hall', 'field', 'fields', 'auditorium', 'arena', 'cafeteria', 'parking',
  'board', 'district', 'hospital', 'theatre', 'theater', 'pool', 'grounds', 'dormitory', 'dorm', 'disaster', 'road', 'street', 'avenue', 'station',
]);
/**
 * Its offices and people, right after the head: "By University Communications", "City and University Alumni"
 * (after "of/for/on" they are a name's complement: Institute of Communications, Office for Students).
 */
const EN_OFFICES = new Set(['communications', 'alumni', 'relations', 'affairs', 'staff', 'students', 'graduates', 'website', 'newsroom']);

/** Words before a person's title that belong to the title: "Interim Chancellor", "Acting President", "Former Dean". */
const EN_TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['interim', 'acting', 'former', 'incoming', 'outgoing', 'associate', 'assistant', 'executive', 'senior', 'managing', 'chief']);

/** Heads of educational institutions: after them "on"/"at" start a place or a time, not a complement ("School on Sunday"). */
const EN_NO_ON_KINDS: ReadonlySet<string> = new Set(['school', 'college', 'university', 'academy', 'institute', 'lyceum', 'gymnasium', 'kindergarten', 'technikum']);

export function enStep(sc: Scanner, k: number, tb: CompiledTable, r: RightExt): number {
  const t = sc.toks[k];
  // "Sonoma Valley Unified School District": the district governs schools (an education authority).
  if (t.lo === 'district' && k === r.end && k > 0 && sc.toks[k - 1].lo === 'school' && !sc.brk(k)) {
    r.compl++;
    r.complCap ||= t.cap;
    r.end = k + 1;
    r.schoolDistrict = true;
    return k + 1;
  }
  // "Alabama Community College System Interim Chancellor Joan Davis": a word that qualifies a person's title starts the title.
  if (EN_TITLE_QUALIFIERS.has(t.lo) && sc.isWord(k + 1) && !sc.brk(k + 1) && sc.isPersonWord(k + 1, tb)) return k;
  // A legal form ends a company's name ("MMC Corporation Berhad and ..."): taken as the name's legal ending.
  if (EN_FACILITIES.has(t.lo) || sc.legalPostAt(k) > 0 || (k === r.head + 1 && EN_OFFICES.has(t.lo))) return k;
  const plainCap = (i: number): boolean =>
    sc.isWord(i) && !sc.brk(i) && sc.toks[i].cap && !sc.isAcronymShape(i) && !sc.isPersonWord(i, tb)
    && !tb.stop.has(sc.toks[i].lo) && !possessive(sc, i) && !sc.headAt(i)?.hit?.plural;
  // A sentence-starter word ("New", "West") opens a place of two capitalised words right after a
  // preposition of the name: "State University of New York", "University of West London".
  const placeStarter = (i: number): boolean =>
    i > 0 && tb.preps.some((p) => p.toks.length === 1 && p.toks[0] === sc.toks[i - 1].lo) && plainCap(i + 1) && !tb.starters.has(sc.toks[i + 1].lo);
  const capWord = (i: number): boolean => plainCap(i) && (!tb.starters.has(sc.toks[i].lo) || placeStarter(i));
  // "University of Washington College of Engineering", "Ohio State University College of Medicine": a
  // college, school or faculty of the university named before it is its unit; the university's name ends here.
  // Not a school the university's own name holds: "National Research University Higher School of Economics".
  if (EN_UNIT_HEADS.has(t.lo) && t.cap && sc.toks[k + 1]?.lo === 'of' && !sc.brk(k + 1) && PARENT_KINDS.has(sc.headAt(r.head)?.kind ?? '')
    && ((r.compl > 0 && ofBetween(sc, r.head, k)) || (k === r.head + 1 && r.head > 0 && sc.toks[r.head - 1].cap && !sc.brk(r.head)))) return k;
  if (capWord(k)) {
    r.compl++;
    r.complCap = true;
    r.end = k + 1;
    // "St." inside a name
    if (k + 1 < sc.n && sc.toks[k + 1].s === '.' && t.s.length <= 3 && capWord(k + 2)) return k + 2;
    return k + 1;
  }
  for (const p of tb.preps) {
    const e = sc.seqAt(k, p);
    if (e > 0) {
      if ((t.lo === 'on' || (t.lo === 'at' && r.compl === 0)) && EN_NO_ON_KINDS.has(sc.headAt(r.head)?.kind ?? '')) return k;
      const at = sc.isWord(e) && sc.toks[e].lo === 'the' ? e + 1 : e;
      // "College of Liberal Arts and Sciences at the University of Illinois", "School of Computing at the University of
      // Leeds": a unit at the university named after it; the university is the institution (its own name follows).
      if (t.lo === 'at' && sc.singularHeadAt(at) && sc.toks[at].cap) {
        if (EN_UNIT_HEADS.has(sc.toks[r.head].lo) && ofBetween(sc, r.head, k)) r.unitAt = true;
        return k;
      }
      if (capWord(at)) return at;
      // An institute's university after "of": one named after a person ("Institute of International Relations
      // of Taras Shevchenko National University"), or its abbreviation ("Institute of Philology of KNU").
      const parent = t.lo === 'of' && sc.headAt(r.head)?.kind === 'institute' ? parentEnd(sc, at, tb) : -1;
      if (parent > 0) {
        r.compl++;
        r.complCap = true;
        r.end = parent;
        return parent;
      }
      return k;
    }
  }
  // One "and" inside a name ("Chamber of Industry and Commerce"); a second one, or one before a word in
  // capitals, adds another body ("… and Advantage Austria", "… University Technology and C-DAC").
  if (tb.connectors.has(t.lo)) {
    if (r.compl === 0 || !capWord(k + 1) || sc.toks[k + 1].caps || sc.newEntityAt(k + 1)) return k;
    for (let i = r.head + 1; i < k; i++) if (tb.connectors.has(sc.toks[i].lo)) return k;
    return k + 1;
  }
  return k;
}

/** Is there an "of" between tokens a and b (a university named "University of X")? */
function ofBetween(sc: Scanner, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (sc.toks[i].lo === 'of') return true;
  return false;
}

/** Units of a university that English names after it: "… University College of Medicine", "… School of Law". */
const EN_UNIT_HEADS: ReadonlySet<string> = new Set(['college', 'school', 'faculty', 'department', 'chair']);

/** Most capitalised words from a person's first name to the head of the body named after them. */
const MAX_PATRON_NAME_WORDS = 4;

/** Kinds of a parent whose institute carries its name. */
const PARENT_KINDS: ReadonlySet<string> = new Set(['university', 'academy', 'research']);

/**
 * End of an institute's parent at token i: a university named after a person ("Taras Shevchenko
 * National University"), or a registry abbreviation of one (KNU); -1 when none.
 */
function parentEnd(sc: Scanner, i: number, tb: CompiledTable): number {
  if (!sc.isWord(i) || sc.brk(i) || !sc.toks[i].cap) return -1;
  if (sc.isAcronymShape(i)) return registryByAbbreviation(sc.toks[i].s, tb.lang).some((e) => PARENT_KINDS.has(e.kind)) ? i + 1 : -1;
  if (!sc.isPersonWord(i, tb)) return -1;
  for (let k = i + 1; k <= i + MAX_PATRON_NAME_WORDS && sc.isWord(k) && !sc.brk(k) && sc.toks[k].cap; k++) {
    const m = sc.singularHeadAt(k);
    if (m && !m.abbr && PARENT_KINDS.has(m.kind)) return k + 1;
  }
  return -1;
}

/** "Brisbane's": a possessor (a place or a person), not a word of the name before it. */
function possessive(sc: Scanner, i: number): boolean {
  const n = sc.toks[i + 1];
  return !!n && (n.s === "'s" || n.s === '’s' || ((n.s === "'" || n.s === '’') && sc.toks[i + 2]?.lo === 's'));
}

/**
 * ", Materials and Transport": capitalised non-head words, "and", a capitalised word, then the phrase ends.
 * Polish names list a body's fields the same way ("Wydział Oświaty, Kultury i Sportu Starostwa Powiatowego"),
 * and the name goes on after them: `open` leaves out the phrase-end test.
 */
export function enCommaList(sc: Scanner, comma: number, tb: CompiledTable, open = false): number {
  let k = comma + 1;
  let sawAnd = false;
  let last = -1;
  while (k < sc.n && k - comma <= MAX_EN_LIST_TOKENS && !sc.brk(k)) {
    const t = sc.toks[k];
    if (t.type !== TokType.Word) break;
    if (tb.connectors.has(t.lo)) {
      if (sawAnd) break;
      sawAnd = true;
      k++;
      continue;
    }
    if (!t.cap) break;
    if (sc.headAt(k) || sc.isPersonWord(k, tb)) {
      if (open && sawAnd && last > comma) break;
      return -1;
    }
    last = k;
    k++;
  }
  return sawAnd && last > comma && (open || endsPhrase(sc, last + 1)) ? last + 1 : -1;
}
