/**
 * A denied signing is no agreement (issue 7, point 3): "has dissociated itself from signing an
 * illegal memorandum", "did not sign", "has never signed", "denied signing", "не подписал",
 * "не підписала", "nie podpisała", "не е подписал". A stressed signing ("not only signed",
 * "не только подписал") and a negation in another clause stay signed. Sentences written in the
 * style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const DENIED: { id: string; text: string }[] = [
  { id: 'en-dissociated', text: 'The Plateau State government has dissociated itself from signing an illegal memorandum of understanding with the Hill School of Nursing.' },
  { id: 'en-denied', text: 'Stanford University denied signing any agreement with Huawei.' },
  { id: 'en-did-not', text: 'Stanford University did not sign the agreement with Huawei.' },
  { id: 'en-never', text: 'Stanford University has never signed an agreement with Huawei.' },
  { id: 'ru-ne', text: 'Казанский федеральный университет не подписал соглашение с компанией Huawei.' },
  { id: 'uk-ne', text: 'Львівська політехніка не підписала меморандум з компанією Huawei.' },
  { id: 'pl-nie', text: 'Politechnika Warszawska nie podpisała porozumienia z firmą Huawei.' },
  { id: 'bg-ne-e', text: 'Техническият университет – София не е подписал споразумение с Huawei.' },
];

const SIGNED: { id: string; text: string }[] = [
  { id: 'en-not-only', text: 'Stanford University not only signed an agreement with Huawei but also opened a lab.' },
  { id: 'en-other-clause', text: 'Stanford University, which had not worked with Huawei before, signed an agreement with the company.' },
  { id: 'ru-ne-tolko', text: 'Казанский федеральный университет не только подписал соглашение с компанией Huawei, но и открыл лабораторию.' },
  { id: 'pl-nie-tylko', text: 'Politechnika Warszawska nie tylko podpisała porozumienie z firmą Huawei, ale też otworzyła laboratorium.' },
];

describe('a denied signing is no signed agreement', () => {
  it.each(DENIED)('$id', ({ text }) => {
    expect(partnerships(text).filter((e) => e.status === 'signed')).toEqual([]);
  });
  it.each(SIGNED)('$id: signed', ({ text }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].status).toBe('signed');
  });
});
