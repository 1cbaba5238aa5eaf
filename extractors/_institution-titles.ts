/**
 * Names in a headline written in title case ("Classes Canceled After Wind Blows Roof Off Spavinaw
 * School", "Department of Polytechnic Education Signs Certificate of Collaboration"), as English
 * headlines are written: there every
 * word is capitalised, so capitals do not say where a name starts or stops. A name found on such
 * a line that holds names written elsewhere in the text (in sentence case) is those names.
 */
import type { Cand } from './_institution-phrases.js';
import type { Scanner } from './_institution-scan.js';
import { TokType } from './_institution-tokens.js';

/** Words of at least this many letters decide whether a line is in title case ("of", "at", "the" do not). */
const TITLE_WORD_MIN = 4;
/** A title-case line has at least this many such words, all capitalised. */
const TITLE_MIN_WORDS = 4;

/** Per token: is its line in title case? */
function titleLines(sc: Scanner): Uint8Array {
  const title = new Uint8Array(sc.n);
  for (let a = 0; a < sc.n; ) {
    let b = a + 1;
    while (b < sc.n && !sc.toks[b].nl) b++;
    let words = 0;
    let lower = 0;
    for (let k = a; k < b; k++) {
      const t = sc.toks[k];
      if (t.type !== TokType.Word || t.s.length < TITLE_WORD_MIN) continue;
      words++;
      if (!t.cap) lower++;
    }
    if (words >= TITLE_MIN_WORDS && lower === 0) title.fill(1, a, b);
    a = b;
  }
  return title;
}

/** Do the tokens of `o` appear at token p? */
function sameAt(sc: Scanner, p: number, o: Cand): boolean {
  for (let k = o.t0; k < o.t1; k++) if (sc.toks[p + k - o.t0].s !== sc.toks[k].s) return false;
  return true;
}

/** `o` moved to start at token p (the same tokens written again). */
function movedTo(o: Cand, p: number): Cand {
  const d = p - o.t0;
  const at = (i: number): number => (i >= 0 ? i + d : i);
  return { ...o, t0: o.t0 + d, t1: o.t1 + d, core0: o.core0 + d, core1: o.core1 + d, tail0: o.tail0 + d, headTok: at(o.headTok), q0: at(o.q0), q1: at(o.q1) };
}

/**
 * Names on title-case lines replaced by the longest names of other lines written inside them (as
 * many as fit without overlapping); a name holding none stays as it is.
 */
export function splitTitleNames(sc: Scanner, names: Cand[]): Cand[] {
  if (names.length < 2) return names;
  const title = titleLines(sc);
  if (!names.some((c) => title[c.t0])) return names;
  const models = names.filter((c) => !title[c.t0]).sort((a, b) => b.t1 - b.t0 - (a.t1 - a.t0));
  const out: Cand[] = [];
  for (const c of names) {
    // Title case is an English headline's; a name written the same way in the text is a name.
    if (!title[c.t0] || c.table.lang !== 'en' || models.some((o) => o.t1 - o.t0 === c.t1 - c.t0 && sameAt(sc, c.t0, o))) {
      out.push(c);
      continue;
    }
    const taken: Cand[] = [];
    for (const o of models) {
      const len = o.t1 - o.t0;
      if (len >= c.t1 - c.t0) continue;
      for (let p = c.t0; p + len <= c.t1; p++) {
        if (taken.some((x) => p < x.t1 && x.t0 < p + len) || !sameAt(sc, p, o)) continue;
        taken.push(movedTo(o, p));
        break;
      }
    }
    if (taken.length === 0) out.push(c);
    else out.push(...taken);
  }
  return out;
}
