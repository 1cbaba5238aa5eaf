/**
 * Names written at a kind noun that the institution tagger left untagged: the identifier a writer
 * gives a school, a kindergarten or a lyceum right where the noun stands, in every language the
 * same few ways:
 *
 *   a number label after it      "школы № 91", "ліцею №27", "ясли-сада № 165", "szkoły nr 134", "School No. 5"
 *   a quoted name after it       "ОУ "Елин Пелин"", "детского сада «Солнышко»", "przedszkola „Tęcza”"
 *   "named" and a quoted name    "przedszkole o nazwie 'Solnyszko'", "садок під назвою «Сонечко»", "a kindergarten called "Sunflower""
 *
 * Each such noun names one institution (the written name, as the text gives it, keyed by
 * institutionKey), whether or not the tagger saw it: a damage event about it is about that
 * institution, two of them with different identifiers are two institutions, and a bare kind noun
 * elsewhere in the text refers to it (namedInParagraph). A general noun ("заклад освіти",
 * "educational institution") is no kind noun and takes no written name. A school numbered by an
 * ordinal before its noun ("56-й школы") is the tagger's (_institution-phrases.ts ordinalBefore).
 */
import type { InstitutionTag, Mention } from '../types.js';
import type { EventHit, EventScan, MentionRef } from './_event-scan.js';
import { institutionKey } from './institution-key.js';

/** "№ 91", "№27", "nr 134", "No. 5", "# 3": a number label right after the noun (a letter suffix: "№ 5-А", "№ 12б"). */
const NUMBER_AFTER = /^[ \u00a0]*(?:№|#|nr\.?|no\.?|n°)[ \u00a0]*\d{1,4}(?:[ \u00a0]?-?[ \u00a0]?[\p{L}](?![\p{L}]))?/iu;
/** "o nazwie", "під назвою", "под названием", "с името", "на име", "named", "called": the quoted name follows. */
const NAMED_WORD = /^[ \u00a0]*,?[ \u00a0]*(?:o[ \u00a0]+nazwie|pod[ \u00a0]+nazwą|під[ \u00a0]+назвою|з[ \u00a0]+назвою|под[ \u00a0]+названием|с[ \u00a0]+названием|с[ \u00a0]+името|на[ \u00a0]+име|named|called|known[ \u00a0]+as)[ \u00a0]+/iu;
/** A quoted name: an opening quote, a capital or a digit, at most MAX_QUOTED characters, the closing quote. */
const QUOTED = /^[ \u00a0]*(?:[«„“"'‘](?=[\p{Lu}\d])[^«»„“”"'‘’\n]{1,48}[»“”"'’])/u;

/** Languages that write a common noun in lower case inside a sentence (English capitalises headlines and names alike). */
const CAPITALISED_LANGS: ReadonlySet<string> = new Set(['uk', 'ru', 'bg', 'pl']);
/** The complement of a capitalised kind noun: "по електротехника", "по битова техника", "za granicą" — a preposition of field and at most two lower-case words, before a place or a clause. */
const COMPLEMENT = /^[ \u00a0]+(?:по|за|з|із|с|ze|z|dla)[ \u00a0]+(?!(?:в|във|у|w|we|на|na|и|і|та|i)[ \u00a0])\p{Ll}[\p{Ll}-]+(?:[ \u00a0]+(?!(?:в|във|у|w|we|на|na|и|і|та|i|е|са|е|є|был|была|było|została|został)(?=[ \u00a0,.]))\p{Ll}[\p{Ll}-]+)?/u;

/** The noun is not its sentence's first word (nor a line's: a heading or a bullet). */
function insideSentence(scan: EventScan, h: EventHit): boolean {
  const si = scan.sentenceIndex(h.start);
  if (si < 0 || scan.tokenRange(scan.sentences[si])[0] === h.t0) return false;
  return !/(?:^|\n)[\s•·*"«„“-]*$/u.test(scan.text.slice(scan.sentences[si].start, h.start));
}

/**
 * Legal forms of schools and kindergartens written before the name (ru МБОУ, МАОУ, ГБОУ, ...; uk КЗ, КЗО, ЗЗСО,
 * ДНЗ, ЗДО, ...), then at most two lower-case words before the kind noun ("МБОУ таврический УВК").
 */
const LEGAL_FORM_BEFORE = /(?:^|[\s(,])(?:МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГАОУ|ГКОУ|ГБПОУ|ГАПОУ|ГПОУ|НОУ|ЧОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|ГБДОУ|КЗ|КЗО|КЗЗСО|ЗЗСО|ДНЗ|ЗДО|КДНЗ|КНЗ|НВК)(?:[ \u00a0]+\p{Ll}[\p{Ll}-]*){0,2}[ \u00a0]+$/u;

/** Kinds a written identifier names (general nouns and centres have none: "заклад освіти", "центр творчості"). */
const NAMED_KINDS: ReadonlySet<string> = new Set(['school', 'lyceum', 'gymnasium', 'kindergarten', 'college', 'technikum', 'vocational-school', 'university', 'academy', 'institute']);

/** Written names looked for per document (bounded on hostile text). */
const MAX_WRITTEN = 200;

const CACHE = new WeakMap<EventScan, Map<number, MentionRef>>();

/** The written names of a document's kind nouns, by the noun's start offset. */
export function writtenNames(scan: EventScan): Map<number, MentionRef> {
  let out = CACHE.get(scan);
  if (out) return out;
  out = new Map();
  CACHE.set(scan, out);
  const byName = new Map<string, InstitutionTag>();
  for (const h of scan.hits) {
    if (out.size >= MAX_WRITTEN) break;
    if (h.cat !== 'eduNoun' || !h.value.kind || !NAMED_KINDS.has(h.value.kind) || h.value.number === 'pl') continue;
    // A noun inside a tagged name is named already.
    if (scan.mentionsIn({ start: h.start - 120 < 0 ? 0 : h.start - 120, end: h.end + 120 }).some((m) => m.start <= h.start && m.end >= h.end)) continue;
    const span = writtenSpan(scan, h);
    if (!span) continue;
    const text = scan.text.slice(span.start, span.end);
    const key = institutionKey(text, scan.ctx.lang);
    let tag = byName.get(key);
    const mention: Mention = { text, start: span.start, end: span.end };
    if (!tag) {
      tag = { key, name: text, kind: h.value.kind, aliases: [], mentions: [], confidence: 0.6 };
      byName.set(key, tag);
    }
    tag.mentions.push(mention);
    out.set(h.start, { start: span.start, end: span.end, tag });
  }
  return out;
}

/** Written names whose noun stands in a span. */
export function writtenIn(scan: EventScan, span: { start: number; end: number }): MentionRef[] {
  const out: MentionRef[] = [];
  for (const [at, m] of writtenNames(scan)) if (at >= span.start && at < span.end) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** The span of a kind noun with the identifier written at it, or null when it has none. */
function writtenSpan(scan: EventScan, h: EventHit): { start: number; end: number } | null {
  const text = scan.text;
  const after = text.slice(h.end, h.end + 80);
  const num = NUMBER_AFTER.exec(after);
  if (num) return { start: h.start, end: h.end + num[0].length };
  const named = NAMED_WORD.exec(after);
  if (named) {
    const q = QUOTED.exec(after.slice(named[0].length));
    if (q) {
      // "przedszkole o nazwie 'Solnyszko'": the name is the quoted one, without the noun and its "named".
      const s = h.end + named[0].length + q[0].length - q[0].trimStart().length;
      return { start: s, end: h.end + named[0].length + q[0].length };
    }
  }
  const q = QUOTED.exec(after);
  if (q) return { start: h.start, end: h.end + q[0].length };
  // "в Техникума по електротехника в Бургас": a kind noun with a capital inside a sentence opens a name (Slavic
  // languages write common nouns in lower case); the name runs over its complement ("по електротехника").
  if (CAPITALISED_LANGS.has(scan.ctx.lang ?? '') && /^\p{Lu}\p{Ll}/u.test(text.slice(h.start, h.start + 2)) && insideSentence(scan, h)) {
    const c = COMPLEMENT.exec(after);
    if (c) return { start: h.start, end: h.end + c[0].length };
  }
  // "директор МБОУ таврический УВК": a school's legal form before the noun, over at most two lower-case words.
  const form = LEGAL_FORM_BEFORE.exec(text.slice(Math.max(0, h.start - 60), h.start));
  if (form) {
    const num = NUMBER_AFTER.exec(after);
    return { start: h.start - form[0].length + (form[0].length - form[0].trimStart().length), end: h.end + (num ? num[0].length : 0) };
  }
  return null;
}

/**
 * Adjectives that describe a building or a school's standing, not which school it is: storeys ("Триповерховий
 * коледж", "трехэтажная школа", "dwupiętrowa szkoła", "двуетажното училище", "two-storey school"), village or
 * local ("сільська школа", "местная школа", "wiejska szkoła", "селското училище"), private, old, new.
 */
const DESCRIPTIVE = /^(?:\p{L}*поверхов\p{L}*|\p{L}*этажн\p{L}*|\p{L}*piętrow\p{L}*|\p{L}*етажн\p{L}*|\p{L}*-?storey|\p{L}*-?story|сільськ\p{L}*|сельск\p{L}*|wiejsk\p{L}*|селск\p{L}*|місцев\p{L}*|местн\p{L}*|miejscow\p{L}*|приватн\p{L}*|частн\p{L}*|prywatn\p{L}*|стар\p{L}*|нов\p{L}*|local|rural|village|private|old|new)$/iu;

/** A "name" that is a describing adjective and a kind noun ("Триповерховий коледж"): a school described, not named. */
export function descriptiveName(name: string): boolean {
  if (/[\d«»„“”"]/u.test(name)) return false;
  const words = name.split(/\s+/u).filter(Boolean);
  return words.length === 2 && DESCRIPTIVE.test(words[0]);
}
