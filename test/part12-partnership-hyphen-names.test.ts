/**
 * Hyphenated brand names as parties (issue 7, point 3): "Mercedes-Benz", "Rolls-Royce",
 * "Harley-Davidson" are one party, not a first name ("Mercedes") and a surname, and never their
 * second half alone ("Benz"). Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const CASES: { id: string; text: string; party: string; notParty: string }[] = [
  { id: 'en-subject', text: 'Mercedes-Benz and Shelton State Community College signed an agreement on Wednesday to expand technical training.', party: 'Mercedes-Benz', notParty: 'Benz' },
  { id: 'en-with', text: 'Shelton State Community College signed an agreement with Mercedes-Benz on Wednesday.', party: 'Mercedes-Benz', notParty: 'Benz' },
  { id: 'en-royce', text: 'Oxford University signed a memorandum of understanding with Rolls-Royce on engine research.', party: 'Rolls-Royce', notParty: 'Royce' },
  { id: 'ru-latin', text: 'Казанский федеральный университет подписал соглашение с Mercedes-Benz о подготовке инженеров.', party: 'Mercedes-Benz', notParty: 'Benz' },
  { id: 'uk-latin', text: 'Львівська політехніка підписала меморандум про співпрацю з Mercedes-Benz щодо стажувань студентів.', party: 'Mercedes-Benz', notParty: 'Benz' },
  { id: 'pl-latin', text: 'Politechnika Śląska podpisała porozumienie o współpracy z Mercedes-Benz w sprawie praktyk.', party: 'Mercedes-Benz', notParty: 'Benz' },
  { id: 'bg-latin', text: 'Техническият университет – София подписа меморандум за сътрудничество с Mercedes-Benz за стажове.', party: 'Mercedes-Benz', notParty: 'Benz' },
];

describe('a hyphenated brand name is one party', () => {
  it.each(CASES)('$id', ({ text, party, notParty }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].parties, events[0].parties.join(' | ')).toContain(party);
    expect(events[0].parties).not.toContain(notParty);
  });
});
