/**
 * Inputs for the extraction benchmarks: texts from the repository's fixtures and evaluation set
 * (realistic prose in the five languages) and hostile generators (the worst shapes a page can take
 * for each stage). Deterministic: one seed gives the same texts on every run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../extractors/_data.js';

/** A small deterministic PRNG (LCG) so two runs bench the same texts. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function walkTexts(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walkTexts(p, out);
    else if (e.name.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
    else if (e.name.endsWith('.json') && dir.includes(join('fixtures', 'events'))) {
      const cases = JSON.parse(readFileSync(p, 'utf8')) as { text?: string }[];
      if (Array.isArray(cases)) for (const c of cases) if (c.text) out.push(c.text);
    }
  }
}

/** Short texts: the event fixtures and the extract fixtures (what `npm run bench` has always used). */
export function fixtureTexts(): string[] {
  const root = projectRoot();
  const out: string[] = [];
  walkTexts(join(root, 'test', 'fixtures', 'events'), out);
  walkTexts(join(root, 'test', 'fixtures', 'extract'), out);
  if (out.length === 0) throw new Error(`bench: no fixture texts under ${join(root, 'test', 'fixtures')} (events/, extract/)`);
  return out;
}

/** Whole articles: the labelled evaluation set (test/eval-set/<lang>/*.txt). */
export function articleTexts(): string[] {
  const out: string[] = [];
  walkTexts(join(projectRoot(), 'test', 'eval-set'), out);
  return out;
}

/** `parts` joined with blank lines until `size` characters, cut there. */
export function concatTo(parts: string[], size: number, first = 0): string {
  let s = '';
  for (let i = first; s.length < size; i++) s += parts[i % parts.length] + '\n\n';
  return s.slice(0, size);
}

const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function randomOf(seed: number, alphabet: string, size: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < size; i++) out.push(alphabet[Math.floor(r() * alphabet.length)]);
  return out.join('');
}

function randomWords(seed: number, words: string[], size: number, sep: () => string): string {
  const r = rng(seed);
  let s = '';
  while (s.length < size) s += words[Math.floor(r() * words.length)] + sep();
  return s.slice(0, size);
}

const CYR = 'абвгдеєжзиіїйклмнопрстуфхцчшщьюяыэёъАБВГДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ';
const LAT = 'abcdefghijklmnopqrstuvwxyząćęłńóśźżABCDEFGHIJKLMNOPRSTUWZŁŚŻ';
const HEADS = ['школа', 'Школа', 'ліцей', 'Ліцей', 'коледж', 'університет', 'Університет', 'училище', 'гимназия', 'Szkoła', 'szkoły', 'Uniwersytet', 'college', 'University', 'МАОУ', 'ТОВ', 'ЕООД', 'ЗЗСО', 'ВПУ', 'імені', '№', '42'];

/**
 * Hostile generators: name → text of `size` characters. Each targets a stage's weak spot (long
 * words, many candidates, many triggers, no sentence breaks, unpaired quotes, digits only).
 */
export const HOSTILE: Record<string, (size: number) => string> = {
  'random letters': (n) => randomOf(1, `${CYR}${LAT}      `, n),
  'random chars + punct': (n) => randomOf(2, `${CYR}${LAT} .,;:!?«»„“"'№-–—\n0123456789ʼ’()/`, n),
  'head words only': (n) => repeatTo('школа ', n),
  'capitalised heads': (n) => randomWords(3, HEADS, n, () => ' '),
  'names no punctuation': (n) => repeatTo('Харківський ліцей № 42 Інститут професійних кваліфікацій Державний університет «Житомирська політехніка» ', n),
  'dates only': (n) => repeatTo('12 березня 2022 року 30.08.2020 2020-08-30 у ніч на 29 жовтня з 1 по 5 вересня 8. grudnia 2020r. 19 November, 2019 вчора ', n),
  'quotes only': (n) => repeatTo('«', n),
  'mixed quotes': (n) => repeatTo('«Школа «Ліцей „Коледж "Університет “А” ', n),
  'no spaces': (n) => randomOf(4, `${CYR}${LAT}.,«»0123456789`, n),
  'one huge sentence': (n) => randomWords(5, ['школа', 'пошкоджено', 'ракета', 'у', 'Харкові', 'підписали', 'меморандум', 'з', 'ліцеєм', 'та', 'коледжем', 'Інститут', 'освіти', 'обстріл', 'загинули', 'двоє', 'березня', '2022'], n, () => ' '),
  'digits only': (n) => randomOf(6, '0123456789', n),
  'event triggers': (n) => repeatTo('Пошкоджено школу № 5 у Харкові ракетою. Підписали меморандум між ліцеєм та коледжем. Повреждена гимназия в Перми. Uszkodzona szkoła w Rzeszowie. Разрушено училище в Пловдив. A missile hit a school. ', n),
  'acronyms': (n) => randomWords(7, ['МОН', 'ІПК', 'ИКЕМ', 'SPbPU', 'АГУ', 'КНУ', 'ХНУ', '(ІПК)', 'Інститут', 'Професійних', 'Кваліфікацій'], n, () => ' '),
  'quoted company names': (n) => randomWords(8, ['ТОВ «Альфа Бета»', '«Гамма Дельта»', 'та', 'ТОВ «Омега Сигма»', '«Альфа Сигма»', '«Каппа Лямбда»', 'ЕООД „Бета Гама“'], n, () => ' '),
  'numbered schools': (n) => {
    let s = '';
    for (let i = 0; s.length < n; i++) s += `Харківський ліцей № ${i} та Школа № ${i + 1} пошкоджена ракетою у Харкові, загинули ${i % 9} людей. `;
    return s.slice(0, n);
  },
  'agreements everywhere': (n) => {
    let s = '';
    for (let i = 0; s.length < n; i++) s += `Ліцей № ${i} підписав меморандум з коледжем № ${i + 1}. `;
    return s.slice(0, n);
  },
  'one endless word': (n) => repeatTo('ш', n),
  'newlines only': (n) => repeatTo('\n', n),
  'dots only': (n) => repeatTo('. ', n),
};
