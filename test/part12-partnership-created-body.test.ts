/**
 * The body an agreement sets up is no party (issue 7, point 3): "signed an agreement Thursday to
 * officially begin the Missouri Community College Workforce Development Network", "подписали
 * соглашение для создания …", "угоду для створення …", "porozumienie w celu utworzenia …",
 * "споразумение с цел създаване на …" name what the parties create, as "о создании" and "to
 * establish" do. Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const CASES: { id: string; text: string; parties: string[]; created: string }[] = [
  { id: 'en-begin', text: 'Ozarks Technical Community College and Missouri State University signed an agreement Thursday to officially begin the Missouri Community College Workforce Development Network.', parties: ['Ozarks Technical Community College', 'Missouri State University'], created: 'Workforce Development Network' },
  { id: 'en-launch', text: 'Arizona State University and Maricopa Community Colleges signed an agreement to launch the Arizona Transfer Pathways Center.', parties: ['Arizona State University'], created: 'Transfer Pathways Center' },
  { id: 'ru-dlya-sozdaniya', text: 'Томский государственный университет и Томский политехнический университет подписали соглашение для создания Сибирского инженерного центра.', parties: ['Томский государственный университет'], created: 'Сибирск' },
  { id: 'uk-dlya-stvorennia', text: 'Львівська політехніка та Український католицький університет підписали угоду для створення Західноукраїнського інженерного центру.', parties: ['Львівська політехніка', 'Український католицький'], created: 'Західноукраїнськ' },
  { id: 'pl-w-celu', text: 'Politechnika Gdańska i Uniwersytet Gdański podpisały porozumienie w celu utworzenia Pomorskiego Centrum Inżynierii.', parties: ['Politechnika Gdańska', 'Uniwersytet Gdański'], created: 'Pomorski' },
  { id: 'bg-s-tsel', text: 'Техническият университет – Варна и Икономическият университет – Варна подписаха споразумение с цел създаване на Черноморски иновационен център.', parties: ['Технически университет', 'Икономически университет'], created: 'Черноморски' },
];

describe('the body an agreement sets up is no party', () => {
  it.each(CASES)('$id', ({ text, parties, created }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
    expect(events[0].parties.some((x) => norm(x).includes(norm(created))), `${created} is no party: ${events[0].parties.join(' | ')}`).toBe(false);
  });
});
