/**
 * Parties listed as participants (issue 7, point 3): an agreement whose sentence names no party
 * ("В Хабаровске подписано соглашение о создании консорциума") takes the bodies a nearby sentence
 * lists as its participants ("Участниками проекта стали ТОГУ, ХГУЭП и ДВГУПС", "The participating
 * schools include A, B and C", "Uczestnikami konsorcjum są …"), as it takes listed signatories and
 * founders. Participants of a meeting are no such list. Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const CASES: { id: string; text: string; parties: string[] }[] = [
  { id: 'ru-project', text: 'В Хабаровске состоялось подписание соглашения о создании консорциума «Межвузовский кампус». Участниками проекта стали ТОГУ, ХГУЭП, ДВГУПС и ДГМУ.', parties: ['ТОГУ', 'ХГУЭП', 'ДВГУПС', 'ДГМУ'] },
  { id: 'ru-consortium', text: 'В Томске подписано соглашение о создании научного консорциума. Участниками консорциума стали Томский государственный университет и Томский политехнический университет.', parties: ['Томский государственный университет', 'Томский политехнический'] },
  { id: 'uk-consortium', text: 'У Львові підписано угоду про створення освітнього консорціуму. Учасниками консорціуму стали Львівська політехніка та Український католицький університет.', parties: ['Львівська політехніка', 'Український католицький'] },
  { id: 'en-participating', text: 'A memorandum of agreement on the scholarship program was signed in Cebu City on Monday. The participating schools include Cebu Normal University, the University of Cebu and Cebu Technological University.', parties: ['Cebu Normal University', 'University of Cebu', 'Cebu Technological University'] },
  { id: 'pl-consortium', text: 'W Krakowie podpisano porozumienie o utworzeniu konsorcjum badawczego. Uczestnikami konsorcjum są Uniwersytet Jagielloński i Akademia Górniczo-Hutnicza.', parties: ['Uniwersytet Jagielloński', 'Akademia Górniczo-Hutnicza'] },
  { id: 'bg-consortium', text: 'В София беше подписано споразумение за създаване на образователен консорциум. Участници в консорциума са Софийският университет и Техническият университет – София.', parties: ['Софийски университет', 'Технически университет'] },
];

describe('the participants a nearby sentence lists are the parties of a partyless agreement', () => {
  it.each(CASES)('$id', ({ text, parties }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
  });
});
