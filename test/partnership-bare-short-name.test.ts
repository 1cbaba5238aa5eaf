/**
 * A bare word the tagger could not type (kind `other`) that is the own word of an education
 * institution's name in the same agreement is that institution's short name, not a party of its
 * own (extractors/_partnership-rules.ts sameParty): "University of York: York and Karazin Kharkiv
 * National University sign partnership agreement" (indiaeducationdiary.in, test/incidents dev 167)
 * has two parties. A typed body (a city council, a company) or a word that is not in the name stays
 * a party. A platform an agreement is signed over ("signed over Zoom") is none (extractors/partnerships.ts
 * PLATFORM_RE).
 */
import { describe, expect, it } from 'vitest';
import type { InstitutionKind, InstitutionTag } from '../types.js';
import { sameParty } from '../extractors/_partnership-rules.js';
import { analyze } from '../extractors/pipeline.js';

const tag = (name: string, kind: InstitutionKind): InstitutionTag => ({ key: name.toLowerCase(), name, kind, aliases: [], mentions: [], confidence: 0.8 });

describe('sameParty: a bare short name', () => {
  it.each<[string, InstitutionKind, string, InstitutionKind, boolean]>([
    ['York', 'other', 'University of York', 'university', true],
    ['Karazin', 'other', 'V. N. Karazin Kharkiv National University', 'university', true],
    ['Zoom', 'other', 'University of York', 'university', false],
    ['York', 'municipality', 'University of York', 'university', false],
    ['York', 'other', 'York Press', 'company', false],
    ['University', 'other', 'University of York', 'university', false],
    // The very word, not a stem of it.
    ['Полтаваобленерго', 'other', 'Полтавський національний технічний університет', 'university', false],
  ])('%s (%s) ~ %s (%s): %s', (a, ka, b, kb, same) => {
    expect(sameParty(tag(a, ka), tag(b, kb))).toBe(same);
    expect(sameParty(tag(b, kb), tag(a, ka))).toBe(same);
  });
});

describe('the agreement', () => {
  it('has the two universities as its parties', () => {
    const text = 'University of York: York and Karazin Kharkiv National University sign partnership agreement\n\nThe York/Karazin Kharkiv MoU was signed on 21 June by the University of York’s Vice-Chancellor, Professor Charlie Jeffery, and Professor Tetyana Kaganovska, President of Karazin Kharkiv National University.';
    const p = analyze({ text, published: null }).events.filter((e) => e.type === 'partnership');
    expect(p).toHaveLength(1);
    expect(p[0].type === 'partnership' && p[0].parties).toEqual(['University of York', 'V. N. Karazin Kharkiv National University']);
  });
});

describe('a platform an agreement is signed over', () => {
  it('is no party ("signed over Zoom", york.ac.uk: test/incidents dev 169)', () => {
    const text = 'The Memorandum of Understanding (MoU) between our two universities was signed over Zoom on 21 June by Vice-Chancellor, Professor Charlie Jeffery, and Professor Tetyana Kaganovska, President of Karazin Kharkiv National University.';
    const p = analyze({ text, published: null }).events.filter((e) => e.type === 'partnership');
    expect(p.flatMap((e) => (e.type === 'partnership' ? e.parties : []))).not.toContain('Zoom');
  });
});
