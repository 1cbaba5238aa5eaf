/**
 * The value of an agreement is no tally of agreements (issue 7, point 3): "a $1.6 million
 * agreement", "контракт на 7,5 млн рублей", "umowa o wartości 8 mln zł" name one agreement and its
 * sum, while "12 agreements" / "12 соглашений" count past ones. A number with a currency sign, a
 * decimal part, or a magnitude or currency word after it is a sum. Sentences written in the style
 * of real news, in every language of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const SUMS: { id: string; text: string; party: string }[] = [
  { id: 'en-dollar-decimal', text: 'Toyota and Shelton State Community College signed a $1.6 million agreement Wednesday to expand their training partnership.', party: 'Shelton State Community College' },
  { id: 'en-dollar-whole', text: 'Shelton State Community College signed a $6 million agreement with Toyota on Wednesday.', party: 'Shelton State Community College' },
  { id: 'en-dollar-word', text: 'Shelton State Community College signed a 6 million dollar agreement with Toyota on Wednesday.', party: 'Shelton State Community College' },
  { id: 'ru-rubles', text: 'Казанский федеральный университет заключил с ПАО «Татнефть» 8 млн рублей договор о подготовке инженеров.', party: 'Казанский' },
  { id: 'uk-hryvnias', text: 'Київський політехнічний інститут уклав з ТОВ «Енергія» на 9 млн гривень договір про підготовку фахівців.', party: 'Київськ' },
  { id: 'pl-zloty', text: 'Politechnika Warszawska podpisała warty 8 mln zł kontrakt z firmą Orlen S.A. na badania.', party: 'Politechnika Warszawska' },
  { id: 'bg-leva', text: 'Техническият университет – София подписа 5,5 млн. лв. договор със „Сименс“ ЕООД за лаборатория.', party: 'Технически университет' },
];

/** A count of agreements stays a tally: no event. */
const TALLIES: { id: string; text: string }[] = [
  { id: 'en-count', text: 'The University of Alabama has signed 12 agreements with companies this year.' },
  { id: 'ru-count', text: 'Казанский федеральный университет подписал 12 соглашений с компаниями региона.' },
  { id: 'pl-count', text: 'Politechnika Warszawska podpisała 15 umów z firmami z regionu.' },
];

describe('a sum of money before an agreement word is its value, not a count of agreements', () => {
  it.each(SUMS)('$id', ({ text, party }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].status).toBe('signed');
    expect(events[0].parties.some((p) => norm(p).includes(norm(party))), events[0].parties.join(' | ')).toBe(true);
  });
  it.each(TALLIES)('$id: a tally, no event', ({ text }) => {
    expect(partnerships(text)).toEqual([]);
  });
});
