/**
 * Agreed to sign is not signed (issue 7, point 3): real news end a meeting with an agreement to
 * draft, sign or conclude a document later ("it was agreed on drafting and concluding a
 * Memorandum", "договорились о подписании договора", "досягнуто домовленості про підписання",
 * "uzgodniły podpisanie porozumienia", "се договориха за подписване"), or announce a ceremony that
 * will feature a signing. Each is a planned agreement of its parties; an agreement signed that was
 * agreed before stays signed. Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const PLANNED: { id: string; text: string; parties: string[] }[] = [
  { id: 'en-drafting', text: 'At the end of the meeting, it was agreed on drafting and concluding a Memorandum of Understanding between Birzeit University and the Ministry of Health.', parties: ['Birzeit University', 'Ministry of Health'] },
  { id: 'en-agreed-to-sign', text: 'Birzeit University and the Ministry of Health agreed to sign a memorandum of understanding on nurse training.', parties: ['Birzeit University', 'Ministry of Health'] },
  { id: 'en-feature', text: 'The news conference will detail the areas of cooperation, as well as feature a signing of a memorandum of understanding by Tennessee State University and the University of Tennessee.', parties: ['Tennessee State University'] },
  { id: 'ru-dogovorilis', text: 'Южный федеральный университет и Ростовский государственный экономический университет договорились о подписании договора о сотрудничестве.', parties: ['Южный федеральный', 'Ростовский'] },
  { id: 'ru-dostignuto', text: 'Достигнуто соглашение о подписании договора о сотрудничестве между Южным федеральным университетом и Ростовским государственным экономическим университетом.', parties: ['Южный федеральный', 'Ростовский'] },
  { id: 'uk-domovylysia', text: 'Львівська політехніка та Київський національний університет імені Тараса Шевченка домовилися про підписання меморандуму про співпрацю.', parties: ['Львівська політехніка', 'Київський національний'] },
  { id: 'pl-uzgodnily', text: 'Uniwersytet Warszawski i Politechnika Warszawska uzgodniły podpisanie porozumienia o współpracy naukowej.', parties: ['Uniwersytet Warszawski', 'Politechnika Warszawska'] },
  { id: 'bg-dogovoriha', text: 'Софийският университет „Св. Климент Охридски“ и Техническият университет – София се договориха за подписване на меморандум за сътрудничество.', parties: ['Софийски', 'Технически'] },
];

/** A signing of a document agreed on before: signed. */
const SIGNED: { id: string; text: string }[] = [
  { id: 'en-signed-agreed-before', text: 'Birzeit University and the Ministry of Health signed the memorandum of understanding they had agreed on in March.' },
  { id: 'ru-signed', text: 'Южный федеральный университет и Ростовский государственный экономический университет подписали договор о сотрудничестве.' },
];

describe('an agreement to sign later is a planned agreement', () => {
  it.each(PLANNED)('$id', ({ text, parties }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].status).toBe('planned');
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
  });
  it.each(SIGNED)('$id: signed', ({ text }) => {
    const events = partnerships(text);
    expect(events.length).toBe(1);
    expect(events[0].status).toBe('signed');
  });
});
