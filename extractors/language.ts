/**
 * Language identification for uk / ru / pl / bg / en: the text first, markup second, never a guess.
 *
 * Three kinds of evidence, combined per script (Cyrillic: uk ru bg; Latin: pl en):
 * 1. letters that only one language writes (і ї є ґ → uk; ы э ё → ru; mid-word ъ without ы/э → bg;
 *    ą ć ę ł ń ś ź ż → pl; plain ASCII → en), and letters none of the five writes (ў → be,
 *    ђ ћ џ љ њ ј → sr/mk, ě ř ů š č ž → cs/sk, ä ö ü ß → de, ...), which mark the text as "other";
 * 2. short function words typical of one language (та / що, что / это, ще / са, się / oraz, the / of);
 * 3. franc's trigram ranking restricted to the five, plus the full franc to name another language.
 * `<html lang>` only breaks near-ties. Long texts are analysed on a bounded sample.
 */
import { FrancSample } from './_franc.js';
import { forEachLetterRun } from './_letters.js';
import type { Lang, LangResult } from '../types.js';

/** ISO 639-3 codes franc uses for the five languages. */
const FRANC_CODES: Record<Lang, string> = { uk: 'ukr', ru: 'rus', bg: 'bul', pl: 'pol', en: 'eng' };
const FRANC_TO_LANG: Record<string, Lang> = { ukr: 'uk', rus: 'ru', bul: 'bg', pol: 'pl', eng: 'en', sco: 'en' };
const CYRILLIC_LANGS: readonly Lang[] = ['uk', 'ru', 'bg'];
const LATIN_LANGS: readonly Lang[] = ['pl', 'en'];

/** Characters analysed at most (the first part plus slices spread over the rest): bounds the time on huge pages. */
const MAX_SAMPLE_CHARS = 20_000;
/** franc reads only its first 2048 characters; we hand it slices from across the sample instead. */
const FRANC_SAMPLE_CHARS = 2_000;
/** Fewer letters than this and nothing can be said. */
const MIN_LETTERS = 3;
/** Below this many letters the full franc (400 languages) is too noisy to call a text "other". */
const MIN_LETTERS_FOR_OTHER = 40;
/** From this many letters on, franc's ranking gets its full weight. */
const FRANC_FULL_WEIGHT_LETTERS = 200;
/** Share of letters none of the five languages writes above which the text is in another language. */
const FOREIGN_LETTER_RATE = 0.006;

/**
 * Expected rate (per Cyrillic / Latin letter) of each language's own letters in running text,
 * from typical news prose; evidence is the observed rate over this, capped at 1.
 * uk: і alone is ~5 % of letters, with ї є ґ ~6 %; ru: ы ~1.9 %, э ~0.3 %; bg: ъ ~2.5 %;
 * pl: ą ć ę ł ń ś ź ż ~3 %.
 */
const EXPECTED_RATE = { uk: 0.03, ru: 0.01, bg: 0.01, pl: 0.012 } as const;

/**
 * Function words and frequent news/education words whose spelling is (almost) exclusive to one of
 * the five languages, lower-case. Headlines rarely contain a tell-tale letter; these words carry them.
 */
const CUE_WORDS: Record<Lang, ReadonlySet<string>> = {
  uk: new Set(['та', 'що', 'це', 'від', 'щодо', 'також', 'які', 'який', 'яка', 'якої', 'було', 'буде', 'її', 'їх', 'між', 'під', 'після', 'вже', 'ще', 'року', 'році', 'він', 'вона', 'вони', 'й', 'є', 'і', 'або', 'коли', 'тому', 'зокрема', 'для', 'до', 'у',
    'отримали', 'отримав', 'отримала', 'отримало', 'учні', 'учнів', 'випускники', 'випускників', 'вчителі', 'вчителів', 'заклад',
    'закладів', 'освіта', 'освіти', 'повідомляє', 'розповів', 'зазначив', 'відбулося', 'відбувся', 'школярі', 'уряд', 'громади',
    'підписали', 'підписав', 'угоду', 'угода', 'співпрацю', 'навчання', 'рік', 'сьогодні', 'вчора']),
  ru: new Set(['что', 'это', 'также', 'который', 'которые', 'которая', 'года', 'году', 'или', 'его', 'был', 'была', 'были', 'уже', 'еще', 'ещё', 'только', 'если', 'после', 'он', 'она', 'они', 'будет', 'чтобы', 'в', 'для', 'о', 'об', 'со', 'сегодня',
    'получили', 'получил', 'получила', 'учащиеся', 'учащихся', 'выпускники', 'учителя', 'учреждение', 'новости', 'сообщает',
    'рассказал', 'отметил', 'состоялось', 'школьники', 'правительство', 'подписали', 'соглашение', 'договор', 'обучения', 'вчера',
    // Headline words: "При обстреле Донецка пострадала школа".
    'обстреле', 'обстрела', 'обстрелом', 'пострадала', 'пострадали', 'пострадал', 'повреждена', 'повреждено', 'разрушена', 'школе', 'здание']),
  bg: new Set(['ще', 'са', 'е', 'със', 'във', 'които', 'която', 'който', 'като', 'това', 'този', 'тази', 'тези', 'към', 'след', 'през', 'беше', 'бяха', 'има', 'няма', 'също', 'трябва', 'днес', 'ден', 'г', 'бъде', 'ги', 'му', 'ѝ',
    'получиха', 'получи', 'ученици', 'учениците', 'учители', 'училище', 'училището', 'съобщи', 'каза', 'подписаха', 'споразумение',
    'сътрудничество', 'обучение', 'правителството', 'гимназия', 'гимназията', 'вчера',
    // Headline words (real titles seen on Bulgarian news sites): само, детски, градини, остават, горя.
    'само', 'детски', 'детска', 'детските', 'градини', 'градина', 'градината', 'остават', 'горя', 'изгоря', 'пострада', 'затворени', 'кметът', 'община', 'общината', 'щети']),
  pl: new Set(['się', 'jest', 'oraz', 'dla', 'nie', 'przez', 'po', 'że', 'od', 'jak', 'ale', 'czy', 'są', 'być', 'który', 'która', 'które', 'także', 'roku', 'w', 'z', 'na', 'ze', 'we', 'dnia',
    // Headline words without a Polish letter ("podpisanie umowy", "Pożar szkoły").
    'umowy', 'umowa', 'umowę', 'podpisanie', 'podpisali', 'podpisano', 'porozumienie', 'porozumienia', 'szkoła', 'szkoły', 'szkole', 'szkoli', 'uczniowie', 'gmina', 'gminy', 'powiat', 'powiatu', 'miasta', 'pomoc', 'dzieci']),
  en: new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'on', 'is', 'was', 'by', 'that', 'this', 'from', 'at', 'are', 'were', 'has', 'have', 'will', 'be', 'an', 'which', 'its', 'new', 'after']),
};

/**
 * Word endings typical of a language (Bulgarian definite articles and -ха past tense, East Slavic
 * -ли past tense, Ukrainian -ння, Polish -ów / -ej). An ending may be listed for two languages: it
 * still counts against the third.
 */
const CUE_ENDINGS: Record<Lang, readonly string[]> = {
  uk: ['ння', 'ться', 'ої', 'ій', 'ів', 'ли', 'ого', 'ими', 'ому'],
  ru: ['ние', 'ого', 'ный', 'ной', 'ли', 'ее', 'ой', 'ый', 'ому', 'ыми'],
  bg: ['ът', 'ят', 'ата', 'ото', 'ите', 'ето', 'ане', 'яне', 'ха'],
  pl: ['ów', 'ych', 'ego', 'ość', 'cja', 'cji', 'ach', 'ej', 'wo', 'ami', 'ą', 'ę'],
  en: ['ing', 'tion', 'ed', 'ly', 'ty', 'ment'],
};

/** Letter groups inside a word typical of one Latin-script language (Polish digraphs, English th/wh/oo). */
const CUE_INFIXES: Partial<Record<Lang, RegExp>> = {
  pl: /sz|cz|rz|dz|wsk|ż|ł/,
  en: /th|wh|ght|oo|ee|ou|ay/,
};

/** Evidence weights: franc's restricted ranking, own letters, function words; the hint only breaks ties. */
const WEIGHTS = { franc: 0.4, letters: 0.4, cues: 0.2, hint: 0.06 } as const;

interface LetterCounts {
  cyr: number;
  lat: number;
  other: number;
  uk: number; // і ї є ґ
  ruLetters: number; // ы э ё
  hardMid: number; // ъ inside a word
  hardFinal: number; // ъ at a word end (pre-reform Russian)
  cyrI: number; // и
  be: number; // ў
  srMk: number; // ђ ћ џ љ њ ј
  mk: number; // ѓ ќ ѕ
  cyrForeign: number; // other non-Russian/Ukrainian/Bulgarian Cyrillic (Kazakh, Tatar, ...)
  pl: number; // ą ć ę ł ń ś ź ż
  latForeign: number; // non-ASCII Latin letters Polish does not write (ó excepted)
}

function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x52f);
}

function countLetters(s: string): LetterCounts {
  const k: LetterCounts = { cyr: 0, lat: 0, other: 0, uk: 0, ruLetters: 0, hardMid: 0, hardFinal: 0, cyrI: 0, be: 0, srMk: 0, mk: 0, cyrForeign: 0, pl: 0, latForeign: 0 };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      k.lat++;
    } else if (c >= 0x400 && c <= 0x52f) {
      k.cyr++;
      const lc = c >= 0x410 && c <= 0x42f ? c + 32 : c >= 0x400 && c <= 0x40f ? c + 80 : c;
      switch (lc) {
        case 0x456: case 0x457: case 0x454: case 0x491: k.uk++; break; // і ї є ґ
        case 0x44b: case 0x44d: case 0x451: k.ruLetters++; break; // ы э ё
        case 0x438: k.cyrI++; break; // и
        case 0x44a: // ъ
          if (isLetterAt(s, i + 1)) k.hardMid++;
          else k.hardFinal++;
          break;
        case 0x45e: k.be++; break; // ў
        case 0x452: case 0x45b: case 0x45f: case 0x459: case 0x45a: case 0x458: k.srMk++; break;
        case 0x453: case 0x45c: case 0x455: k.mk++; break;
        default:
          if (lc > 0x45f) k.cyrForeign++;
      }
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      k.lat++;
      const lc = String.fromCharCode(c).toLowerCase();
      if ('ąćęłńśźż'.includes(lc)) k.pl++;
      else if (lc !== 'ó') k.latForeign++;
    } else if (c > 0x24f && /\p{L}/u.test(String.fromCharCode(c))) {
      k.other++;
    }
  }
  return k;
}

/** At most MAX_SAMPLE_CHARS: the start of the text plus evenly spread slices of the rest. */
function sampleOf(text: string, max: number, pieces: number): string {
  if (text.length <= max) return text;
  const head = Math.floor(max / 2);
  const slice = Math.floor((max - head) / pieces);
  const parts = [text.slice(0, head)];
  const step = Math.floor((text.length - head) / pieces);
  for (let p = 0; p < pieces; p++) parts.push(text.slice(head + p * step, head + p * step + slice));
  return parts.join(' ');
}

/** URLs and e-mail addresses are Latin on every page: drop them before counting. */
const URLISH = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,300}|[^\s@<>"]{1,64}@[^\s@<>"]{1,255}/g;

/** Most words of a sample read for cue words and endings. */
const MAX_CUE_WORDS = 4000;
/** Words whose cue evidence is remembered (per candidate set) before the memo starts afresh. */
const MAX_CUE_MEMO = 50_000;
/** Words are runs of letters and apostrophes (/[\p{L}’']+/u). */
const CUE_WORD_EXTRA = [0x2019, 0x27];
/** What one word adds for one language, as the sequence of additions: none, +1, +0.5, +0.3, +0.5 then +0.3. */
const CUE_NONE = 0;
const CUE_WORD = 1;
const CUE_ENDING = 2;
const CUE_INFIX = 3;
const CUE_ENDING_INFIX = 4;
const cueMemo = new Map<readonly Lang[], Map<string, Uint8Array>>();

function cueCodes(word: string, candidates: readonly Lang[]): Uint8Array {
  const codes = new Uint8Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const l = candidates[i];
    if (CUE_WORDS[l].has(word)) {
      codes[i] = CUE_WORD;
      continue;
    }
    let ending = false;
    if (word.length > 4) {
      for (const e of CUE_ENDINGS[l]) {
        if (word.endsWith(e)) {
          ending = true;
          break;
        }
      }
    }
    const infix = CUE_INFIXES[l];
    const inner = !!infix && word.length > 3 && infix.test(word);
    codes[i] = ending ? (inner ? CUE_ENDING_INFIX : CUE_ENDING) : inner ? CUE_INFIX : CUE_NONE;
  }
  return codes;
}

/** The sample without URLs and e-mail addresses; the pattern is only run when one may be there. */
function dropUrls(sample: string): string {
  if (sample.indexOf('@') < 0 && sample.indexOf('http') < 0 && sample.indexOf('www.') < 0) return sample;
  return sample.replace(URLISH, ' ');
}

function cueScores(sample: string, candidates: readonly Lang[]): Record<string, number> {
  let memo = cueMemo.get(candidates);
  if (!memo || memo.size >= MAX_CUE_MEMO) cueMemo.set(candidates, (memo = new Map()));
  // Accumulated in the same order of additions as word by word, language by language.
  const hits = new Array<number>(candidates.length).fill(0);
  const lower = sample.toLowerCase();
  let words = 0;
  forEachLetterRun(lower, (start, end) => {
    if (words++ >= MAX_CUE_WORDS) return false;
    const word = lower.slice(start, end);
    let codes = memo.get(word);
    if (!codes) memo.set(word, (codes = cueCodes(word, candidates)));
    for (let i = 0; i < codes.length; i++) {
      switch (codes[i]) {
        case CUE_WORD: hits[i] += 1; break;
        case CUE_ENDING: hits[i] += 0.5; break;
        case CUE_INFIX: hits[i] += 0.3; break;
        case CUE_ENDING_INFIX: hits[i] += 0.5; hits[i] += 0.3; break;
      }
    }
  }, CUE_WORD_EXTRA);
  let total = 0;
  for (let i = 0; i < candidates.length; i++) total += hits[i];
  const out: Record<string, number> = {};
  for (let i = 0; i < candidates.length; i++) out[candidates[i]] = total > 0 ? hits[i] / total : 0;
  return out;
}

/** franc's codes of each candidate set (built once). */
const FRANC_ONLY = new Map<readonly Lang[], string[]>([
  [CYRILLIC_LANGS, CYRILLIC_LANGS.map((l) => FRANC_CODES[l])],
  [LATIN_LANGS, LATIN_LANGS.map((l) => FRANC_CODES[l])],
]);

function francScores(sample: FrancSample, candidates: readonly Lang[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of candidates) out[l] = 0;
  const ranked = sample.rank(FRANC_ONLY.get(candidates) ?? candidates.map((l) => FRANC_CODES[l]));
  for (const [code, score] of ranked) {
    const l = FRANC_TO_LANG[code];
    if (l && l in out) out[l] = score;
  }
  return out;
}

function letterScores(k: LetterCounts): Record<string, number> {
  const cyr = Math.max(k.cyr, 1);
  const ru = Math.min(1, (k.ruLetters + k.hardFinal) / cyr / EXPECTED_RATE.ru);
  const uk = Math.min(1, k.uk / cyr / EXPECTED_RATE.uk);
  const bg = Math.min(1, k.hardMid / cyr / EXPECTED_RATE.bg) * (ru > 0.2 || uk > 0.2 ? 0.2 : 1);
  const lat = Math.max(k.lat, 1);
  const pl = Math.min(1, k.pl / lat / EXPECTED_RATE.pl);
  // English has no letters of its own: plain ASCII Latin is evidence for it, Polish letters against it.
  const en = k.lat > 0 ? Math.max(0, 1 - (k.pl + k.latForeign) / lat / EXPECTED_RATE.pl) * 0.6 : 0;
  return { uk, ru, bg, pl, en };
}

/** franc's best guess among all its languages, when it is none of the five. */
function otherByFranc(sample: FrancSample): { code: string; margin: number } | null {
  const all = sample.rank().slice(0, 40);
  if (all.length === 0 || all[0][0] === 'und') return null;
  const top = all[0][0];
  if (FRANC_TO_LANG[top]) return null;
  const bestTarget = all.find(([code]) => FRANC_TO_LANG[code] !== undefined);
  return { code: top, margin: 1 - (bestTarget ? bestTarget[1] : 0) };
}

function hintLang(htmlLang: string | null | undefined): Lang | null {
  if (!htmlLang) return null;
  const code = htmlLang.trim().toLowerCase().split(/[-_]/)[0];
  const map: Record<string, Lang> = { uk: 'uk', ua: 'uk', ukr: 'uk', ru: 'ru', rus: 'ru', bg: 'bg', bul: 'bg', pl: 'pl', pol: 'pl', en: 'en', eng: 'en' };
  return map[code] ?? null;
}

const UNDETERMINED: LangResult = { lang: null, confidence: 0, other: null };

/** Which non-target language the foreign letters point to, when franc names none. */
function otherByLetters(k: LetterCounts): string | null {
  if (k.cyr >= k.lat) {
    if (k.be > 0) return 'bel';
    if (k.mk > 0) return 'mkd';
    if (k.srMk > 0) return 'srp';
    if (k.cyrForeign > 0) return 'und';
    return null;
  }
  return k.latForeign > 0 ? 'und' : null;
}

/**
 * Detect the language of `text`. `htmlLang` (the page's `<html lang>`) is a weak hint that only
 * decides between near-equal candidates. Text in another language gives `lang: null` and `other`
 * set to franc's ISO 639-3 code; too little text gives `lang: null, other: null`.
 */
export function detectLanguage(text: string, htmlLang?: string | null): LangResult {
  const sample = dropUrls(sampleOf(text, MAX_SAMPLE_CHARS, 8));
  const k = countLetters(sample);
  const letters = k.cyr + k.lat + k.other;
  if (letters < MIN_LETTERS) return UNDETERMINED;
  // franc's script and trigrams are computed once and ranked for both questions asked of them.
  const francSample = new FrancSample(sampleOf(sample, FRANC_SAMPLE_CHARS, 4), 1);

  // Another script altogether (Greek, Arabic, CJK, ...).
  if (k.other > k.cyr + k.lat) {
    const o = otherByFranc(francSample);
    return { lang: null, confidence: letters >= MIN_LETTERS_FOR_OTHER ? 0.9 : 0.6, other: o?.code ?? 'und' };
  }
  const cyrillic = k.cyr >= k.lat;
  const scriptLetters = cyrillic ? k.cyr : k.lat;

  // Letters none of the five languages writes: Belarusian ў, Serbian/Macedonian ђ ћ џ љ њ ј ѓ ќ ѕ,
  // Czech/German/French diacritics... Belarusian also shows as і with ы/э and (almost) no и.
  const foreign = cyrillic ? k.be + k.srMk + k.mk + k.cyrForeign : k.latForeign;
  const foreignRate = foreign / Math.max(scriptLetters, 1);
  const belarusianShape = cyrillic && k.cyr >= 20 && k.uk > 0 && k.ruLetters > 0 && k.cyrI / k.cyr < 0.005;
  const ownLetters = cyrillic ? k.uk + k.ruLetters + k.hardMid : k.pl;
  if (belarusianShape || (foreignRate > FOREIGN_LETTER_RATE && foreign >= (scriptLetters < 200 ? 1 : 2) && foreign > ownLetters / 3)) {
    // Cyrillic: the letters name the language better than franc (which confuses srp/bos/mkd).
    const byLetters = belarusianShape ? 'bel' : otherByLetters(k);
    const o = (!byLetters || byLetters === 'und') && letters >= MIN_LETTERS_FOR_OTHER ? otherByFranc(francSample) : null;
    const code = cyrillic && byLetters && byLetters !== 'und' ? byLetters : o?.code ?? byLetters ?? 'und';
    return { lang: null, confidence: Math.min(0.95, 0.6 + foreignRate * 20 + (belarusianShape ? 0.3 : 0)), other: code };
  }

  const candidates = cyrillic ? CYRILLIC_LANGS : LATIN_LANGS;
  const fr = francScores(francSample, candidates);
  const le = letterScores(k);
  const cu = cueScores(sample, candidates);
  const hint = hintLang(htmlLang);
  // Trigram statistics need text: on a headline franc's ranking counts for less than the words.
  const francWeight = WEIGHTS.franc * Math.min(1, 0.4 + letters / FRANC_FULL_WEIGHT_LETTERS);
  const scored = candidates
    .map((l) => ({
      lang: l,
      score: francWeight * fr[l] + WEIGHTS.letters * le[l] + WEIGHTS.cues * cu[l] + (hint === l ? WEIGHTS.hint : 0),
    }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const second = scored[1];

  // A long text in plain script with no letters of its own and no function words of the five,
  // which the full franc clearly puts elsewhere (German without umlauts, Serbian in plain Cyrillic...).
  const ownEvidence = le[best.lang] + cu[best.lang];
  if (letters >= MIN_LETTERS_FOR_OTHER && (best.lang === 'en' ? cu.en < 0.5 : ownEvidence < 0.5)) {
    const o = otherByFranc(francSample);
    if (o && o.margin > 0.15) return { lang: null, confidence: Math.min(0.9, 0.5 + o.margin), other: o.code };
  }

  // Confidence: the winner's margin, the strength of its own evidence, and how much text there was.
  const margin = Math.max(0, best.score - second.score);
  const lengthFactor = Math.min(1, Math.log10(letters) / 2.3); // 200 letters → 1
  const evidence = Math.min(1, le[best.lang] + cu[best.lang] * 0.5);
  const strength = Math.min(1, margin * 1.5 + evidence * 0.3);
  const confidence = Math.min(0.99, 0.3 + 0.69 * strength * (0.4 + 0.6 * lengthFactor));
  if (best.score <= 0) return UNDETERMINED;
  return { lang: best.lang, confidence: Math.round(confidence * 100) / 100, other: null };
}
