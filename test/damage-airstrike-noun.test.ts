/**
 * An air strike as a noun reaches the school it was on, as "удар" / "strike" does: "авіаудар по
 * школі", "авиаудар по школе", "airstrike on a school" (the hit rows of extractors/lang/events;
 * the word also gives the cause).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent, Lang } from '../types.js';

const CASES: [Lang, string][] = [
  ['uk', 'В результаті авіаудару РФ по школі Білогорівки загинули 60 людей.'],
  ['uk', 'Російський авіаудар по школі в Білогорівці забрав життя 60 людей.'],
  ['ru', 'В результате авиаудара по школе в Белогоровке погибли 60 человек.'],
  ['en', 'A Russian airstrike on a school in Bilohorivka killed 60 people.'],
  ['pl', 'Rosyjski nalot na szkołę w Biłohoriwce zabił 60 osób.'],
  ['bg', 'Руски въздушен удар по училище в Билогоровка уби 60 души.'],
];

describe('an air strike on a school', () => {
  it.each(CASES)('%s: %s', (lang, text) => {
    const e = analyze({ text, lang, published: '2022-05-08' }).events.find((x): x is DamageEvent => x.type === 'damage');
    expect(e).toMatchObject({ institutionKind: 'school', cause: 'airstrike', scope: 'incident' });
  });
});
