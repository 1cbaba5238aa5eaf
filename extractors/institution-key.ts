/**
 * The normalised key of an institution name: one key for the same institution in any case form,
 * with or without its legal form or quotes, in any document; different keys for different
 * institutions (школа № 42 ≠ школа № 43, Kuratorium Oświaty w Rzeszowie ≠ w Krakowie).
 *
 *   МАОУ «Открытая школа» / «Открытой школой»        → "открыт школа"
 *   Інститут / Інституту професійних кваліфікацій     → "інститут професійн кваліфікац"
 *   ДНЗ «Вінницьке ВПУ сфери послуг» / Державний навчальний заклад «Вінницьке вище професійне
 *   училище сфери послуг»                             → "вінницьк вищ професійн училище сфер послуг"
 *
 * Steps: drop legal forms (МАОУ, ТОВ, ДНЗ, sp. z o.o., ЕООД, spelled-out ones); spell out type
 * abbreviations and colloquial short names (ВПУ, ОВА, СУ, политех); drop quotes,
 * punctuation, number signs and initials (В. Н.); write "named after" words as "im"; lower-case; head words become
 * their lemma; other words lose their inflectional ending (a small suffix stripper per language).
 * Word order is kept.
 *
 * The stripper is chosen per script from the name's own letters (і ї є ґ → uk, ы э ё → ru, ъ → bg,
 * ą ć ę ł ń ó ś ź ż → pl), then from `lang`, so a name gets the same key in documents of different
 * languages as far as its spelling allows.
 */
import type { Lang } from '../types.js';
import { TABLES, TOKEN_RE, isCyrillic, norm, type CompiledTable, type TokenSeq } from './_institution-lexicon.js';

/** Shortest stem left after stripping an ending ("ради" → "рад", but "на" stays "на"). */
const MIN_STEM = 3;
/** "Named after" words in every language, written as one key word. */
const NAMED_AFTER = new Set(['імені', 'ім', 'имени', 'им', 'im', 'imienia']);
/** Number signs dropped before a number. */
const NUMBER_WORDS = new Set(['nr', 'no', 'n', 'number', 'ном']);
/** Polish letters that alternate across forms (szkoła/szkół, badań/badania). */
const PL_FOLD: Record<string, string> = { ó: 'o', ł: 'l', ń: 'n', ś: 's', ć: 'c', ź: 'z' };
const PL_FOLD_RE = /[ółńśćź]/g;

const UK_RE = /[іїєґ]/iu;
const RU_RE = /[ыэё]/iu;
const BG_RE = /ъ/iu;
const PL_RE = /[ąćęłńóśźż]/iu;
const WORD_START_RE = /[\p{L}\p{N}]/u;

function stemLangs(name: string, lang: Lang | null): { cyr: CompiledTable; lat: CompiledTable } {
  let cyr: Lang;
  if (UK_RE.test(name)) cyr = 'uk';
  else if (RU_RE.test(name)) cyr = 'ru';
  else if (BG_RE.test(name) && lang !== 'ru') cyr = 'bg';
  else cyr = lang === 'uk' || lang === 'ru' || lang === 'bg' ? lang : 'ru';
  const lat: Lang = PL_RE.test(name) || lang === 'pl' ? 'pl' : 'en';
  return { cyr: TABLES[cyr], lat: TABLES[lat] };
}

function seqAt(toks: string[], i: number, s: TokenSeq): boolean {
  if (i + s.toks.length > toks.length) return false;
  for (let k = 0; k < s.toks.length; k++) {
    const t = toks[i + k];
    if ((s.ci ? norm(t) : t) !== s.toks[k]) return false;
  }
  return true;
}

function isQuote(s: string): boolean {
  return s.length === 1 && '«»„“”"‘’‚‹›'.includes(s);
}

/** Strip one inflectional ending (after the table's rewrites), keeping at least MIN_STEM letters. */
export function stemWord(word: string, table: CompiledTable): string {
  let w = word.replace(/['-]/g, '');
  if (table.lang === 'pl') w = w.replace(PL_FOLD_RE, (c) => PL_FOLD[c]);
  if (w.length <= MIN_STEM) return w;
  for (const [from, to] of table.t.stemRewrites) {
    if (w.endsWith(from) && w.length - from.length + to.length >= MIN_STEM) return w.slice(0, w.length - from.length) + to;
  }
  for (const e of table.stemEndings) {
    if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, w.length - e.length);
  }
  return w;
}

function lemmaWord(lemma: string, table: CompiledTable): string {
  let w = lemma.replace(/['-]/g, '');
  if (table.lang === 'pl') w = w.replace(PL_FOLD_RE, (c) => PL_FOLD[c]);
  return w;
}

/** Keys computed recently, per language: a document repeats its names, a crawl repeats its institutions. */
const caches = new Map<Lang | null, Map<string, string>>();
const MAX_CACHED_KEYS = 20_000;

/** Normalised key of an institution name (see the file comment). */
export function institutionKey(name: string, lang: Lang | null): string {
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const key = computeKey(name, lang);
  if (cache.size >= MAX_CACHED_KEYS) cache.clear();
  cache.set(name, key);
  return key;
}

function computeKey(name: string, lang: Lang | null): string {
  const toks = name.normalize('NFC').match(TOKEN_RE) ?? [];
  if (toks.length === 0) return '';
  const { cyr, lat } = stemLangs(name, lang);
  const tables = [...new Set([cyr, lat, TABLES.en, ...(lang ? [TABLES[lang]] : [])])];
  let a = 0;
  let b = toks.length;
  // Leading quotes/punctuation, then legal forms (possibly several: "ФГБОУ ВО", "ГАПОУ СО").
  const skipPunct = (): void => {
    while (a < b && !WORD_START_RE.test(toks[a][0]) && !isQuote(toks[a])) a++;
  };
  skipPunct();
  for (let changed = true; changed && a < b; ) {
    changed = false;
    for (const t of tables) {
      if ((t.t.script === 'cyrillic') !== isCyrillic(toks[a])) continue;
      for (const l of t.legalPre) {
        if (seqAt(toks, a, l)) {
          a += l.toks.length;
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
    // A region code between a legal form and the quote: ГАПОУ СО «…».
    if (changed && a + 1 < b && /^\p{Lu}{1,4}$/u.test(toks[a]) && isQuote(toks[a + 1])) a++;
  }
  // Trailing punctuation, then legal forms after the name: „Електрохолд“ ЕАД, Edu sp. z o.o.
  while (b > a && /^[.,;:)\]]$/.test(toks[b - 1])) b--;
  for (let changed = true; changed && b > a; ) {
    changed = false;
    for (const t of tables) {
      for (const l of t.legalPost) {
        const i = b - l.toks.length;
        if (i > a && seqAt(toks, i, l)) {
          b = i;
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
    while (b > a && /^[.,;:]$/.test(toks[b - 1])) b--;
  }
  const out: string[] = [];
  for (let i = a; i < b; i++) {
    const s = toks[i];
    if (!WORD_START_RE.test(s[0])) continue; // quotes, №, #, dots, dashes
    const c = s.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push(s);
      continue;
    }
    const lo = norm(s);
    if (NUMBER_WORDS.has(lo) && i + 1 < b && /^\d/.test(toks[i + (toks[i + 1] === '.' ? 2 : 1)] ?? '')) continue;
    if (out.length === 0 && lo === 'the') continue;
    if (NAMED_AFTER.has(lo)) {
      out.push('im');
      continue;
    }
    // Initials are written in many ways or left out ("імені В. Н. Каразіна", "им.Огарева"): not part of the key.
    if (s.length === 1 && toks[i + 1] === '.' && /\p{Lu}/u.test(s)) continue;
    const table = isCyrillic(s) ? cyr : lat;
    const abbr = tables.find((t) => t.typeAbbr.has(s))?.typeAbbr.get(s);
    if (abbr) {
      for (const w of abbr.expansion.split(' ')) out.push(wordKey(norm(w), table, tables));
      continue;
    }
    out.push(wordKey(lo, table, tables));
  }
  return out.join(' ');
}

/** One word of a key: a head form becomes its lemma, any other word its stem. */
function wordKey(lo: string, table: CompiledTable, tables: CompiledTable[]): string {
  const cyr = isCyrillic(lo);
  for (const t of tables) {
    if ((t.t.script === 'cyrillic') !== cyr) continue;
    const hit = t.heads.get(lo);
    if (hit?.spec.expansion) return hit.spec.expansion.split(' ').map((w) => wordKey(norm(w), table, tables)).join(' ');
    if (hit) return lemmaWord(hit.spec.lemma, table);
  }
  return stemWord(lo, table);
}
