/**
 * Ukrainian masculine past tense drops the л of the other past forms ("зірвала, зірвали" but
 * "буревій зірвав дах"): the uk event lexicon sets masculinePast, and every pattern word
 * "stemл*" also matches "stemв" (extractors/_event-scan.ts withMasculinePast).
 */
import { describe, expect, it } from 'vitest';
import { withMasculinePast } from '../extractors/_event-scan.js';
import { analyze } from '../extractors/pipeline.js';
import { uk } from '../extractors/lang/events/uk.js';
import { ru } from '../extractors/lang/events/ru.js';

describe('withMasculinePast', () => {
  it.each<[string, string]>([
    ['зірвал* ~ дах|покрівлю', 'зірвал*|зірвав ~ дах|покрівлю'],
    ['пошкодил*', 'пошкодил*|пошкодив'],
    ['пошкодил*|пошкодив', 'пошкодил*|пошкодив'],
    ['уламк* ~ впал*|упал*|падал*', 'уламк* ~ впал*|упал*|падал*|впав|упав|падав'],
    ['школ*', 'школ*'],
    ['вибит* ~ вікна', 'вибит* ~ вікна'],
  ])('%s', (pattern, expanded) => expect(withMasculinePast(pattern)).toBe(expanded));

  it('is set for Ukrainian only (ru "сорвал" keeps its л)', () => {
    expect(uk.masculinePast).toBe(true);
    expect(ru.masculinePast).toBeUndefined();
  });
});

describe('a damage told in the masculine past', () => {
  it.each([
    // ukrinform.ua (real-news dev uk/1004)
    'На Кіровоградщині буревій зірвав дах зі школи',
  ])('%s', (text) => {
    const events = analyze({ text, published: '2025-05-20' }).events.filter((e) => e.type === 'damage');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ scope: 'incident', institutionKind: 'school' });
  });
});
