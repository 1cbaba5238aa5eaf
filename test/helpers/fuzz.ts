/**
 * fast-check settings for the fuzz tests: a small number of cases per property inside `npm test`
 * (FUZZ_RUNS unset), thousands with `npm run test:fuzz` (FUZZ_RUNS=5000). A failure prints the
 * seed and the shrunk counter-example; FUZZ_SEED replays a run.
 */
import fc from 'fast-check';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

export function settings(scale = 1): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  return { numRuns: Math.max(10, Math.round(RUNS * scale)), ...(seed === undefined ? {} : { seed }) };
}

/** Text from the languages eduwatch reads, their punctuation, digits, quotes and trigger words. */
const PIECES = [
  'школа', 'ліцей', 'університет', 'коледж', 'училище', 'szkoła', 'uniwersytet', 'school', 'гимназия', 'Міністерство освіти',
  'пошкоджено', 'зруйновано', 'ракета', 'обстріл', 'підписали меморандум', 'угоду про співпрацю', 'porozumienie', 'memorandum',
  '№ 5', '«', '»', '„', '“', '"', '(', ')', '.', ',', ';', ':', '!', '?', '—', '-', '\n', '\n\n', ' ', ' ', ' ',
  '12 березня 2024 року', '30.08.2020', '2022-10-29', 'у ніч на 29 жовтня', 'do 30 czerwca 2022', 'вчора', '19 November, 2019',
  'Харків', 'Харківська область', 'Rzeszów', 'Пловдив', 'ТОВ', 'ДНЗ', 'sp. z o.o.', 'імені', 'ім.',
];

export const eduText = (maxPieces = 200) =>
  fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }).map((a) => a.join('')),
    fc.string({ unit: 'grapheme', maxLength: 2000 }),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), fc.string({ unit: 'binary', maxLength: 200 })).map(([a, b]) => a.join(' ') + b),
  );
