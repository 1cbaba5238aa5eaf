/**
 * The speed-ups that re-implement a library call or a pattern must give exactly what they replace:
 * FrancSample.rank() against franc's francAll() (same scores, same order), forEachLetterRun against
 * /\p{L}+/gu and /[\p{L}’']+/gu (same runs), on the repository's texts and on random and awkward
 * strings (astral letters, lone surrogates, Σ and İ whose lower case depends on context or grows).
 */
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { FrancSample } from '../extractors/_franc.js';
import { forEachLetterRun } from '../extractors/_letters.js';
import { articleTexts, fixtureTexts, HOSTILE, rng } from '../scripts/_bench-inputs.js';

function randomString(r: () => number, length: number, alphabet?: string): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    if (alphabet) s += alphabet[Math.floor(r() * alphabet.length)];
    else s += String.fromCodePoint(Math.floor(r() < 0.9 ? r() * 0x3000 : r() * 0x2ffff));
  }
  return s;
}

const r = rng(2024);
const LETTERS = 'abcdeżółćęśąńźABCŻÓŁàéüßабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґАБВГДЇЄҐΣσς İı «»„“—–-.,!?:;0123456789\n\t ';
const SAMPLES: string[] = [
  '', 'a', '12345', '  ..12 abc  ', 'ΟΔΟΣ ΟΔΟΣ ΚΑΙ ΑΛΛΟΣ ΔΡΟΜΟΣ εδώ', 'İSTANBUL İzmir Iğdır ışık', '𐐀𐐁𐐂 deseret 𐐨 😀😀 hello',
  'ДЕПАРТАМЕНТ ОСВІТИ 2022 «Школа» — №5', '中文文本测试一下', 'Ελληνικά κείμενα εδώ', '\ud800 lone \udc00 surrogates \ud83d',
  ...[...articleTexts(), ...fixtureTexts()].flatMap((t) => [t.slice(0, 2000), t.slice(0, 25), t.slice(-400)]),
  ...Object.values(HOSTILE).map((g) => g(2500)),
  ...Array.from({ length: 150 }, () => randomString(r, Math.floor(r() * 400))),
  ...Array.from({ length: 150 }, () => randomString(r, Math.floor(r() * 2500), LETTERS)),
];

describe('FrancSample gives what franc gives', () => {
  it.each([
    ['all languages', []],
    ['Cyrillic targets', ['ukr', 'rus', 'bul']],
    ['Latin targets', ['pol', 'eng']],
  ] as const)('%s', (_name, only) => {
    let differ = 0;
    for (const s of SAMPLES) {
      for (const minLength of [1, 10]) {
        const want = francAll(s, { only: [...only], minLength });
        const got = new FrancSample(s, minLength).rank(only);
        if (JSON.stringify(got) !== JSON.stringify(want)) differ++;
      }
    }
    expect(differ).toBe(0);
  });

  it('ranks one sample repeatedly, with different languages, the same as fresh calls', () => {
    for (const s of SAMPLES.slice(0, 120)) {
      const sample = new FrancSample(s, 1);
      for (const only of [['ukr', 'rus', 'bul'], [], ['pol', 'eng'], []]) {
        expect(sample.rank(only)).toEqual(francAll(s, { only, minLength: 1 }));
      }
    }
  });
});

function runs(text: string, extra?: number[]): string[] {
  const out: string[] = [];
  forEachLetterRun(text, (a, b) => void out.push(text.slice(a, b)), extra);
  return out;
}

describe('forEachLetterRun finds what the letter patterns find', () => {
  it.each([
    ['letters', /\p{L}+/gu, undefined],
    ['letters and apostrophes', /[\p{L}’']+/gu, [0x2019, 0x27]],
  ] as const)('%s', (_name, re, extra) => {
    for (const s of [...SAMPLES, "п'ять обʼєкт д’Артаньян it's"]) {
      expect(runs(s, extra ? [...extra] : undefined)).toEqual(s.match(re) ?? []);
    }
  });

  it('stops when the callback says so', () => {
    const seen: string[] = [];
    forEachLetterRun('one two three four', (a, b) => {
      seen.push('one two three four'.slice(a, b));
      return seen.length < 2;
    });
    expect(seen).toEqual(['one', 'two']);
  });
});
