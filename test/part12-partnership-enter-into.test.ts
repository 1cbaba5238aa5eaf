/**
 * Authorised or voted to enter into an agreement is planned (issue 7, point 3): "The Cebu City
 * Council authorized Mayor Michael Rama last Wednesday to enter into an agreement with Tesda", as
 * the infinitive of concluding is in the other languages ("уполномочил мэра заключить соглашение",
 * "доручила укласти угоду", "upoważniła burmistrza do zawarcia"… read as planned already). Signing a
 * memorandum "to enter into a partnership" stays signed. Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const PLANNED: { id: string; text: string; party: string }[] = [
  { id: 'en-authorized', text: 'The Cebu City Council authorized Mayor Michael Rama last Wednesday to enter into an agreement with Tesda and Cebu Normal University.', party: 'Cebu Normal University' },
  { id: 'en-voted', text: 'The city council voted to enter into an agreement with Cebu Normal University on scholarships.', party: 'Cebu Normal University' },
  { id: 'en-will', text: 'Cebu Normal University will enter into a memorandum of agreement with the city government next month.', party: 'Cebu Normal University' },
  { id: 'ru-zaklyuchit', text: 'Городская дума поручила мэру заключить соглашение с Томским государственным университетом.', party: 'Томский государственный университет' },
  { id: 'uk-uklasty', text: 'Міська рада доручила міському голові укласти угоду з Львівською політехнікою.', party: 'Львівська політехніка' },
];

describe('authorised to enter into an agreement is planned', () => {
  it.each(PLANNED)('$id', ({ text, party }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].status).toBe('planned');
    expect(events[0].parties.some((p) => norm(p).includes(norm(party))), events[0].parties.join(' | ')).toBe(true);
  });
  it('en: a memorandum signed to enter into a partnership stays signed', () => {
    const events = partnerships('Stanford University signed a memorandum of understanding to enter into a strategic partnership with Tsinghua University.');
    expect(events.length).toBe(1);
    expect(events[0].status).toBe('signed');
  });
});
