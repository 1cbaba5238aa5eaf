/**
 * Look-alikes of institutions predicted as universities (round 13, class: university false positives
 * on the holdout): a ranking or an event named after a head ("QS World University Rankings", "Times
 * Higher Education World University Rankings", "World University Games"), and a demonstrative opening
 * a sentence ("Такой университет", "Такий університет"). Rows from real pages (qs.com, wikipedia mirror)
 * and dev items en/916, ru/921.
 */
import { describe, expect, it } from 'vitest';
import { extractInstitutions } from '../extractors/institutions.js';
import type { Lang } from '../types.js';

const ROWS: Array<{ lang: Lang; text: string; names: string[] }> = [
  { lang: 'en', text: 'QS World University Rankings®, an annual league table of the top 600 universities in the world, is compiled by QS with Harvard University.', names: ['Harvard University'] },
  { lang: 'en', text: 'It is viewed as one of the three most-widely read university rankings in the world, along with Academic Ranking of World Universities and Times Higher Education World University Rankings.', names: [] },
  { lang: 'en', text: 'Oxford tops the Times Higher Education World University Rankings for 2018, ahead of Harvard University.', names: ['Harvard University'] },
  { lang: 'ru', text: 'Такой университет нужен региону. Иркутский государственный университет получил поддержку.', names: ['Иркутский государственный университет'] },
  { lang: 'uk', text: 'Такий університет потрібен області. Львівський національний університет отримав підтримку.', names: ['Львівський національний університет'] },
];

describe('rankings, events and demonstratives are no institutions', () => {
  it.each(ROWS)('$lang: $text', ({ lang, text, names }) => {
    const got = extractInstitutions(text, { lang }).map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
});
