/**
 * Token-level matchers shared by the phrase builders: table phrases (legal forms, number signs,
 * "named after" words, location markers) matched at a token, head lookups (cached), and the
 * tests that end a name (a new institution starting, a person, a project title).
 */
import {
  isFirstName, isRoman, isTitle, legalFor, lookupHead, startsWithAny,
  type CompiledLegal, type CompiledTable, type HeadMatch, type TokenSeq,
} from './_institution-lexicon.js';
import { TokType, type Tok, type Tokenized } from './_institution-tokens.js';

/** Most words of a place after a location marker ("w Kostrzynie nad Odrą" is 3 with the joiner). */
const MAX_PLACE_WORDS = 3;
/** Words inside a place name: "Kostrzyn nad Odrą", "Nowe Miasto nad Pilicą", "Бяла над …". */
const PLACE_JOINERS = new Set(['nad', 'pod', 'над', 'под', 'на']);
/** Where a thing is published, not where an institution is: "w Telegramie", "у Фейсбуці". */
const NOT_PLACES = ['telegram', 'facebook', 'instagram', 'twitter', 'youtube', 'tiktok', 'viber', 'internet', 'телеграм', 'фейсбук', 'інстаграм', 'инстаграм', 'ютуб', 'вайбер', 'интернет', 'інтернет', 'фейсбуці'];

/** Longest name after a "named after" word, in tokens: "імені В. Н. Каразіна" is 6. */
const MAX_NAMED_AFTER_TOKENS = 9;
/** Tokens looked ahead for a head word that would start a new institution after a connector. */
const NEW_ENTITY_LOOKAHEAD = 4;

const UPPER_RE = /\p{Lu}/gu;
const DIGIT_RE = /\d/;
/** Lower-case abbreviations inside a patron's name: św. Jadwigi, gen. Andersa, св. Климента. */
const PATRON_ABBREVIATIONS = new Set([
  'св', 'św', 'bł', 'gen', 'ks', 'kard', 'prof', 'dr', 'акад', 'ак', 'проф', 'ген',
  'płk', 'ppłk', 'mjr', 'kpt', 'por', 'adm', 'kmdr', 'abp', 'bp', 'o', 'полк', 'адм', 'митр', 'архиеп',
  // ranks and titles of Polish patrons: "im. rtm. W. Pileckiego", "im. hm. Aleksandra Kamińskiego", "im. inż. …"
  'rtm', 'hm', 'phm', 'ppor', 'bryg', 'marsz', 'inż', 'mgr', 'kpr', 'st',
]);

export class Scanner {
  readonly text: string;
  readonly toks: Tok[];
  readonly n: number;
  readonly closeOf: Int32Array;
  readonly openOf: Int32Array;
  readonly tables: CompiledTable[];
  /** Tokens taken by a name candidate. */
  readonly used: Uint8Array;
  private readonly headCache: (HeadMatch | null | undefined)[];
  /** 0 unknown, 1 acronym shape, 2 not. */
  private readonly acronymCache: Uint8Array;

  constructor(text: string, tk: Tokenized, tables: CompiledTable[]) {
    this.text = text;
    this.toks = tk.toks;
    this.n = tk.toks.length;
    this.closeOf = tk.closeOf;
    this.openOf = tk.openOf;
    this.tables = tables;
    this.used = new Uint8Array(this.n);
    this.headCache = new Array(this.n);
    this.acronymCache = new Uint8Array(this.n);
  }

  /** Is there a line break right before token i (so nothing spans i-1 → i)? */
  brk(i: number): boolean {
    return i <= 0 || i >= this.n || this.toks[i].nl;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.n && this.toks[i].type === TokType.Word;
  }

  /** End index of `seq` matched at token i (on one line), or -1. */
  seqAt(i: number, seq: TokenSeq): number {
    const len = seq.toks.length;
    if (len === 0 || i < 0 || i + len > this.n) return -1;
    for (let k = 0; k < len; k++) {
      const t = this.toks[i + k];
      if (k > 0 && t.nl) return -1;
      if ((seq.ci ? t.lo : t.s) !== seq.toks[k]) return -1;
    }
    return i + len;
  }

  /** A legal-form prefix (or chain of them: "ФГБОУ ВО", "ГАПОУ СО") ending right before token `end`. */
  legalPreEnding(end: number): { start: number; form: CompiledLegal } | null {
    let at = end;
    let form = this.legalEndingAt(at);
    // A region code between the legal form and the name: ГАПОУ СО «…».
    if (!form && at - 1 > 0 && this.toks[at - 1].caps && this.toks[at - 1].s.length <= 4 && !this.brk(at)) {
      form = this.legalEndingAt(at - 1);
      if (form) at -= 1;
    }
    if (!form) return null;
    let start = at - form.toks.length;
    for (let guard = 0; guard < 3; guard++) {
      const more = this.legalEndingAt(start);
      if (!more) break;
      start -= more.toks.length;
    }
    return { start, form };
  }

  /** The longest legal-form prefix whose last token is right before token `end` (same line). */
  private legalEndingAt(end: number): CompiledLegal | null {
    if (end <= 0 || (end < this.n && this.brk(end))) return null;
    const last = this.toks[end - 1];
    for (const t of this.tables) {
      for (const l of legalFor(t.legalPreByLast, last.s, last.lo) ?? []) {
        const s = end - l.toks.length;
        if (s >= 0 && !this.used[s] && this.seqAt(s, l) === end) return l;
      }
    }
    return null;
  }

  /** End of a legal-form suffix at token i (ЕООД, sp. z o.o., Ltd), or -1. */
  legalPostAt(i: number): number {
    if (i >= this.n || this.brk(i)) return -1;
    const first = this.toks[i];
    for (const t of this.tables) {
      for (const l of legalFor(t.legalPostByFirst, first.s, first.lo) ?? []) {
        const e = this.seqAt(i, l);
        if (e > 0) return e;
      }
    }
    return -1;
  }

  /**
   * End of the legal-form suffixes at token i ("sp. z o.o.", "Sp. z o.o. Sp. k.") and of the seat
   * written right after them ("… sp. z o.o. w Pyrzycach"), or -1.
   */
  legalSuffixEnd(i: number): number {
    let e = this.legalPostAt(i);
    if (e < 0) return -1;
    for (let more = this.legalPostAt(e); more > e; more = this.legalPostAt(e)) e = more;
    for (const tb of this.tables) {
      const loc = this.locationAt(e, tb);
      if (loc > 0) return loc;
    }
    return e;
  }

  /** Does a legal-form prefix start at token i? */
  legalStartsAt(i: number): boolean {
    if (i >= this.n) return false;
    const first = this.toks[i];
    for (const t of this.tables) for (const l of legalFor(t.legalPreByFirst, first.s, first.lo) ?? []) if (this.seqAt(i, l) > 0) return true;
    return false;
  }

  /** Is token i a one-token legal form (МАОУ, ЕООД, Ltd)? */
  isLegalToken(i: number): boolean {
    const t = this.toks[i];
    for (const tb of this.tables) {
      for (const l of legalFor(tb.legalPreByFirst, t.s, t.lo) ?? []) if (l.toks.length === 1 && this.seqAt(i, l) > 0) return true;
      for (const l of legalFor(tb.legalPostByFirst, t.s, t.lo) ?? []) if (l.toks.length === 1 && this.seqAt(i, l) > 0) return true;
    }
    return false;
  }

  /** "№ 42", "nr 12", "No. 88", "#5" at token i: the end index after the number, or -1. */
  numberAt(i: number, tb: CompiledTable): number {
    if (this.brk(i)) return -1;
    for (const s of tb.numberSigns) {
      const e = this.seqAt(i, s);
      if (e > 0 && e < this.n && !this.toks[e].nl && this.toks[e].type === TokType.Num) return e + 1;
    }
    return -1;
  }

  /** "імені Т. Шевченка", "im. Jana Pawła II", "имени Петра Великого": end index, or -1. */
  namedAfterAt(i: number, tb: CompiledTable): number {
    if (this.brk(i)) return -1;
    for (const s of tb.namedAfter) {
      const e0 = this.seqAt(i, s);
      if (e0 < 0) continue;
      let k = e0;
      let end = -1;
      let initials = false;
      let surname = false;
      while (k < this.n && k - e0 < MAX_NAMED_AFTER_TOKENS && !this.toks[k].nl) {
        const t = this.toks[k];
        // "имени Никулина Андрей Гридюшко": a first name in the nominative starts the person after the patron.
        if (end > 0 && t.type === TokType.Word && t.cap && tb.firstNamesNominative.has(t.lo)) break;
        if (t.type === TokType.Word && (t.cap || isRoman(t.s))) {
          // An initial or abbreviation takes its dot: "Т.", "Св."
          if (k + 1 < this.n && this.toks[k + 1].s === '.' && t.s.length <= 3 && !this.toks[k + 1].nl) {
            // "им. Н. П. Огарева С. М. Вдовин": initials after the surname are the next person's.
            if (initials && surname && t.s.length <= 2) break;
            initials = true;
            k += 2;
          } else {
            // A capitalised word of the patron's title ("первого президента России") is not yet the patron's surname.
            if (!tb.patronWords.has(t.lo) && !(k > e0 && tb.patronWords.has(this.toks[k - 1].lo))) surname = true;
            k += 1;
          }
          end = k;
          continue;
        }
        if (t.type === TokType.Word && PATRON_ABBREVIATIONS.has(t.lo) && k + 1 < this.n && this.toks[k + 1].s === '.') {
          k += 2;
          continue;
        }
        // A patron's title in lower case before the name: "им. первого президента России Б.Н. Ельцина", "імені академіка …".
        if (t.type === TokType.Word && !t.cap && end < 0 && tb.patronWords.has(t.lo)) {
          k += 1;
          continue;
        }
        // "имени Кирилла и Мефодия", not "имени М. В. Ломоносова и МГТУ": an abbreviation after "и" is another body.
        if (t.type === TokType.Word && tb.connectors.has(t.lo) && end === k && this.toks[k + 1]?.cap && !this.newEntityAt(k + 1) && !this.isAcronymShape(k + 1)) {
          k += 1;
          continue;
        }
        break;
      }
      return end;
    }
    return -1;
  }

  /**
   * "w Rzeszowie", "м. Києва", "г. Перми", and names of two or three words: "w Kamieniu Pomorskim",
   * "w Nowej Cerkwi", "w Kostrzynie nad Odrą", "м. Кривий Ріг". End index, or -1. Not a platform
   * ("w Telegramie") or a person.
   */
  locationAt(i: number, tb: CompiledTable): number {
    if (this.brk(i)) return -1;
    for (const s of tb.locationMarkers) {
      const e = this.seqAt(i, s);
      if (e > 0 && e < this.n && this.placeWord(e, tb)) {
        if (isFirstName(tb, this.toks[e].lo) || startsWithAny(this.toks[e].lo, NOT_PLACES)) return -1;
        let end = e + 1;
        for (let words = 1; words < MAX_PLACE_WORDS && end < this.n && !this.brk(end); words++) {
          if (this.placeWord(end, tb) && !this.isPersonWord(end, tb) && (tb.t.adjective.test(this.toks[end].lo) || tb.t.adjective.test(this.toks[end - 1].lo))) end++;
          else if (PLACE_JOINERS.has(this.toks[end].lo) && end + 1 < this.n && !this.brk(end + 1) && this.placeWord(end + 1, tb)) end += 2;
          else break;
        }
        return end;
      }
    }
    return -1;
  }

  /** A capitalised word that may be (part of) a place name: not an abbreviation, not a head word. */
  private placeWord(i: number, tb: CompiledTable): boolean {
    const t = this.toks[i];
    return !t.nl && t.type === TokType.Word && t.cap && !t.caps && !this.headAt(i) && !tb.stop.has(t.lo);
  }

  /** Head word or type abbreviation at token i (cached). */
  headAt(i: number): HeadMatch | null {
    const c = this.headCache[i];
    if (c !== undefined) return c;
    const t = this.toks[i];
    const m = t.type === TokType.Word ? lookupHead(this.tables, t.s, t.lo) : null;
    this.headCache[i] = m;
    return m;
  }

  /** A singular (or ambiguous) head or a type abbreviation at i. */
  singularHeadAt(i: number): HeadMatch | null {
    const m = this.headAt(i);
    return m && !(m.hit && m.hit.plural) ? m : null;
  }

  /**
   * Does a new institution start at token k (after a connector or a comma)? A legal form, a
   * type abbreviation, a quote, or a head word reached over adjectives/capitalised words only.
   */
  newEntityAt(k: number): boolean {
    if (k >= this.n || this.brk(k)) return false;
    if (this.closeOf[k] >= 0) return true;
    if (this.legalStartsAt(k)) return true;
    for (let j = k; j < this.n && j < k + NEW_ENTITY_LOOKAHEAD; j++) {
      if (j > k && this.brk(j)) return false;
      const t = this.toks[j];
      if (t.type !== TokType.Word) return false;
      const m = this.singularHeadAt(j);
      if (m) return true;
      if (j > k && this.legalPostAt(j) > 0) return true; // "… and TransNamib Holdings": a company of its own
      if (!t.cap && !this.tables.some((tb) => tb.t.adjective.test(t.lo))) return false;
    }
    return false;
  }

  /**
   * Is token i a person's first name, or a title that names a person here (capitalised — Prezes,
   * Dr — or followed by a name: директор Іван)? A lower-case title inside a name is fine
   * (Синдикат на българските учители, Асоціація керівників шкіл).
   */
  isPersonWord(i: number, tb: CompiledTable): boolean {
    const t = this.toks[i];
    if (t.cap && isFirstName(tb, t.lo)) return true;
    if (!isTitle(tb, t.lo)) return false;
    // "Union of Rectors", "Council of Deans": titles in the plural after "of" name a body's members;
    // so do plural possessives: "Polish Rectors' Foundation".
    if (tb.lang === 'en' && t.lo.endsWith('s') && ((i > 0 && this.toks[i - 1].lo === 'of') || ["'", '’'].includes(this.toks[i + 1]?.s ?? ''))) return false;
    const next = i + 1 < this.n && !this.toks[i + 1].nl ? this.toks[i + 1] : null;
    return t.cap || (!!next && next.type === TokType.Word && next.cap);
  }

  /** Is a quote at `open` introduced as a project, programme, event or other title? */
  projectBefore(open: number, tb: CompiledTable): boolean {
    let named = false;
    for (let k = open - 1, seen = 0; k >= 0 && seen < 2 && !this.brk(k + 1); k--) {
      const t = this.toks[k];
      // "szkolenie, pn. „…”" (pod nazwą): "pn." and a comma before it say nothing; the word before them does
      // (a project's "szkolenie", but not a kindergarten's "przedszkole pn. „Słoneczko”").
      if (t.s === '.' && k > 0 && this.toks[k - 1].lo === 'pn') continue;
      if (t.type === TokType.Word && t.lo === 'pn' && this.toks[k + 1]?.s === '.') {
        named = true;
        continue;
      }
      if (named && t.s === ',') continue;
      if (t.type !== TokType.Word) break;
      if (startsWithAny(t.lo, tb.projectStems)) return true;
      seen++;
    }
    return false;
  }

  /** Acronym shape: capitalised word with 2+ upper-case letters, no digits or hyphens (ИКЕМ, SPbPU, MEiN). */
  isAcronymShape(i: number): boolean {
    const c = this.acronymCache[i];
    if (c !== 0) return c === 1;
    const v = this.acronymShape(i);
    this.acronymCache[i] = v ? 1 : 2;
    return v;
  }

  private acronymShape(i: number): boolean {
    const t = this.toks[i];
    if (t.type !== TokType.Word || !t.cap || t.s.length < 2 || t.s.length > 10) return false;
    let v = ACRONYM_SHAPES.get(t.s);
    if (v === undefined) {
      v = !(t.s.includes('-') || DIGIT_RE.test(t.s) || isRoman(t.s));
      if (v) {
        const ups = t.s.match(UPPER_RE)?.length ?? 0;
        v = ups >= 2 && (t.caps || ups * 2 >= t.s.length - 1);
      }
      if (ACRONYM_SHAPES.size >= MAX_SHAPES_MEMO) ACRONYM_SHAPES.clear();
      ACRONYM_SHAPES.set(t.s, v);
    }
    return v;
  }
}

/** Acronym shape per capitalised word (it depends on the spelling alone: `caps` is a function of it). */
const ACRONYM_SHAPES = new Map<string, boolean>();
const MAX_SHAPES_MEMO = 50_000;

/** Upper-case letters of an acronym (SPbPU → SPPU, IMMiT → IMMT); all letters when it is all caps. */
export function acronymLetters(acr: string): string {
  let v = LETTERS.get(acr);
  if (v === undefined) {
    v = (acr.match(UPPER_RE)?.join('') ?? '').toUpperCase();
    if (LETTERS.size >= MAX_LETTERS_MEMO) LETTERS.clear();
    LETTERS.set(acr, v);
  }
  return v;
}
const LETTERS = new Map<string, string>();
/** Abbreviations whose letters are remembered before the memo starts afresh. */
const MAX_LETTERS_MEMO = 20_000;
