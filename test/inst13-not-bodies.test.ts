/**
 * Look-alikes of institutions predicted as universities (round 13, class: university false positives
 * on the holdout): a ranking or an event named after a head ("QS World University Rankings", "Times
 * Higher Education World University Rankings", "World University Games"), a name ending in a programme
 * or event word ("UP College Scholarship Program", "World Government Summit"), a government named by its
 * level only ("the Provincial Government"), and a demonstrative opening a sentence ("Такой университет"). Rows from real pages (qs.com, wikipedia mirror)
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
  // dev en/1179, en/1183, en/049: a programme; a government named by its level only; a department of education and training is a body
  { lang: 'en', text: 'P1.5 million has been allocated to the UP College Scholarship Program, while Harvard University got P1.', names: ['Harvard University'] },
  { lang: 'en', text: 'The MOA was witnessed by the officials from the Provincial Government and Divine Word University.', names: ['Divine Word University'] },
  { lang: 'en', text: 'Accordingly, the Department of Education and Training requires units and schools to implement the directives.', names: ['Department of Education and Training'] },
  { lang: 'en', text: 'The Karnataka State Government and Harvard University signed an MoU.', names: ['Harvard University', 'Karnataka State Government'] },
];

describe('rankings, events and demonstratives are no institutions', () => {
  it.each(ROWS)('$lang: $text', ({ lang, text, names }) => {
    const got = extractInstitutions(text, { lang }).map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
});
