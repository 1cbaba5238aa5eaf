/**
 * Hostile input: 200 KB of random characters, of trigger words with no punctuation, of unbalanced
 * quotes and long numbers, of one never-ending word. No extractor throws and every
 * tag's offsets point inside the text (the 50 ms budget is measured by `npm run bench`, not here).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import { extractPartnerships } from '../extractors/partnerships.js';
import { extractDamage } from '../extractors/damage.js';
import { findPlaces } from '../extractors/places.js';
import { extractDates } from '../extractors/dates.js';
import { extractInstitutions } from '../extractors/institutions.js';
import { detectLanguage } from '../extractors/language.js';
import { splitSentences } from '../extractors/sentences.js';
import type { Lang } from '../types.js';

const SIZE = 200_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const repeat = (s: string) => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);
function randomText(seed: number, alphabet: string): string {
  const r = rng(seed);
  let out = '';
  while (out.length < SIZE) out += alphabet[Math.floor(r() * alphabet.length)];
  return out;
}

const INPUTS: [string, string][] = [
  ['random BMP', Array.from({ length: SIZE }, (_, i) => String.fromCharCode(1 + ((i * 7919 + 13) % 0xd7fe))).join('')],
  ['random letters and marks', randomText(1, 'абвгдеєжзиіїйклмнопрстуфхцчшщьюяąćęłńóśźżabcdxyz .,;:!?«»„“"\'№-–—\n0123456789ʼ’')],
  ['uk triggers without punctuation', repeat('пошкоджено зруйновано школу ліцей ракета дрон обстріл підписали меморандум угоду планується підписати розірвали загинули двоє поранено троє понад 3 000 шкіл у Харкові ')],
  ['ru/pl/bg/en triggers with dots', repeat('Повреждена школа в Перми. Uszkodzona szkoła w Rzeszowie. Разрушено училище в Пловдив. A missile hit a school in Kharkiv. Подписали соглашение 30.08.2020. ')],
  ['unbalanced quotes', repeat('«Школа «Ліцей „Коледж "Університет ')],
  ['long numbers and dates', repeat('1234567890 30.08.2020 2020-08-30 № 42 3,000 3 000 8. grudnia 2020r. ')],
  ['one endless word', 'ш'.repeat(SIZE)],
  ['newlines only', '\n'.repeat(SIZE)],
];

describe.each(INPUTS)('%s (200 KB)', (_name, text) => {
  it('every extractor finishes without throwing, offsets inside the text', () => {
    const lang: Lang = 'uk';
    // No time is asserted here (a busy machine is no place to time anything): the budgets are
    // measured by `npm run bench`. `what` names the stage in a failure's stack.
    const timed = <T>(_what: string, f: () => T): T => f();
    const sentences = timed('splitSentences', () => splitSentences(text));
    timed('detectLanguage', () => detectLanguage(text));
    const dates = timed('extractDates', () => extractDates(text, { lang, published: '2023-05-04' }));
    const institutions = timed('extractInstitutions', () => extractInstitutions(text, { lang }));
    timed('findPlaces', () => findPlaces(text, { lang }));
    for (const l of [lang, null]) {
      const ctx = { lang: l, published: '2023-05-04', institutions, dates, sentences, title: 'Заголовок: пошкоджено школу' };
      const events = [
        ...timed('extractPartnerships', () => extractPartnerships(text, { ...ctx, sentences: [...sentences] })),
        ...timed('extractDamage', () => extractDamage(text, { ...ctx, sentences: [...sentences] })),
      ];
      for (const e of events) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
    const doc = timed('analyze', () => analyze({ text, title: 'x' }));
    expect(doc.text).toBe(text);
  });
});
