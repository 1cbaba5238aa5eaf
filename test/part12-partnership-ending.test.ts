/**
 * Ending a partnership in any tense (issue 7, point 3): real news write an end of cooperation not
 * only in the past ("ended its partnership", "прекратил сотрудничество") but in the present,
 * progressive and future ("is ending its partnership", "прекращает сотрудничество", "припиняє
 * співпрацю", "прекратява сътрудничеството", "kończy współpracę", "will end"). Each is a
 * terminated agreement of its named parties; a partnership that continues is no termination.
 * Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const ENDINGS: { id: string; text: string; parties: string[] }[] = [
  { id: 'en-progressive', text: 'The University of Michigan is ending its partnership with Shanghai Jiao Tong University over security concerns.', parties: ['University of Michigan', 'Shanghai Jiao Tong'] },
  { id: 'en-future', text: 'The University of Michigan will end its partnership with Shanghai Jiao Tong University next year.', parties: ['University of Michigan', 'Shanghai Jiao Tong'] },
  { id: 'en-present', text: 'Stanford University ends cooperation with Peking University after the review.', parties: ['Stanford University', 'Peking University'] },
  { id: 'en-suspends', text: 'Cardiff University suspends its partnership with the University of Tehran.', parties: ['Cardiff University', 'University of Tehran'] },
  { id: 'ru-present', text: 'Пермский государственный университет прекращает сотрудничество с Казанским федеральным университетом.', parties: ['Пермский', 'Казанский'] },
  { id: 'ru-future', text: 'Томский политехнический университет прекратит партнерство с Новосибирским государственным университетом.', parties: ['Томский политехнический', 'Новосибирский'] },
  { id: 'ru-complete', text: 'Уральский федеральный университет завершил сотрудничество с Пекинским университетом.', parties: ['Уральский федеральный', 'Пекинск'] },
  { id: 'uk-present', text: 'Київський національний університет імені Тараса Шевченка припиняє співпрацю з Московським державним університетом.', parties: ['Київський національний', 'Московськ'] },
  { id: 'uk-suspends', text: 'Львівська політехніка призупиняє партнерство з Білоруським державним університетом.', parties: ['Львівська політехніка', 'Білоруськ'] },
  { id: 'bg-present', text: 'Софийският университет „Св. Климент Охридски“ прекратява сътрудничеството си с Московския държавен университет.', parties: ['Софийски', 'Московски'] },
  { id: 'bg-stops', text: 'Русенският университет спира партньорството си с Белгородския държавен университет.', parties: ['Русенски', 'Белгородски'] },
  { id: 'pl-present', text: 'Uniwersytet Warszawski kończy współpracę z Uniwersytetem Moskiewskim.', parties: ['Uniwersytet Warszawski', 'Moskiewski'] },
  { id: 'pl-breaks', text: 'Politechnika Gdańska zrywa współpracę z Białoruskim Uniwersytetem Państwowym.', parties: ['Politechnika Gdańska', 'Białorusk'] },
];

/** Cooperation that goes on, or an end of something else: no terminated agreement. */
const NOT_ENDINGS: { id: string; text: string }[] = [
  { id: 'en-continues', text: 'The University of Michigan is continuing its partnership with Shanghai Jiao Tong University.' },
  { id: 'ru-continues', text: 'Пермский государственный университет продолжает сотрудничество с Казанским федеральным университетом.' },
  { id: 'pl-continues', text: 'Uniwersytet Warszawski kontynuuje współpracę z Uniwersytetem Jagiellońskim.' },
];

describe('an end of cooperation in the present, progressive and future is a terminated agreement', () => {
  it.each(ENDINGS)('$id', ({ text, parties }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].status).toBe('terminated');
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
  });
  it.each(NOT_ENDINGS)('$id: no termination', ({ text }) => {
    expect(partnerships(text).filter((e) => e.status === 'terminated')).toEqual([]);
  });
});
