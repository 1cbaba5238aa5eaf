/**
 * An attack word with no weapon in its sentence reaches only the target right after it (in a text
 * that names a weapon elsewhere): after its preposition, and in English after an article ("also
 * hit a school", "struck the kindergarten"), extractors/_damage-reach.ts rightAfter.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

const damage = (text: string) => analyze({ text, lang: 'en', published: '2024-02-15' }).events.filter((x): x is DamageEvent => x.type === 'damage');

describe('an English attack word and its article', () => {
  it.each([
    ['Russia attacked Lviv with missiles overnight. The blast wave smashed windows in houses and also hit a school.', 'school'],
    ['Russia launched drones at Kharkiv overnight. Debris struck the kindergarten in the Saltivskyi district.', 'kindergarten'],
    ['Missiles were fired at Odesa. The strike hit an institute of the university, the mayor said.', 'institute'],
  ])('%s', (text, kind) => expect(damage(text).map((e) => e.institutionKind)).toEqual([kind]));
});

describe('an enumeration after an English attack word keeps its articles', () => {
  it.each<[string, string | null]>([
    ['Enemy rockets hit a high-rise building and a school.', 'school'],
    ['Russian missiles struck the city hall, a hospital and the university.', 'university'],
    ['On July 31, 2023, the Russian military launched a missile attack on Kryvyi Rih. Enemy rockets hit a high-rise building and an educational institution.', null],
  ])('%s', (text, kind) => expect(damage(text).map((e) => e.institutionKind)).toEqual([kind]));
});
