/**
 * A football club's academy is a sports club, not a school (issue 7, point 3; the README's hard
 * negatives): "Академии «Факела» и «Локомотива» подписали договор о сотрудничестве", "Академія
 * «Динамо» та академія «Шахтаря»", "Akademia Piłkarska Legii", "Arsenal FC Academy" make no
 * education agreement. An academy or university of sport that is a school keeps its agreement
 * with a club. Sentences written in the style of real news.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const CLUBS: { id: string; text: string }[] = [
  { id: 'ru-quoted-clubs', text: 'Академии «Факела» и «Локомотива» подписали договор о сотрудничестве в развитии детско-юношеского футбола.' },
  { id: 'ru-zenit-spartak', text: 'Академия «Зенита» и академия «Спартака» подписали договор о сотрудничестве в развитии детского футбола.' },
  { id: 'ru-football-academy', text: 'Футбольная академия «Чертаново» подписала соглашение о сотрудничестве с ПФК ЦСКА.' },
  { id: 'uk-quoted-clubs', text: 'Академія «Динамо» та академія «Шахтаря» підписали меморандум про співпрацю у розвитку дитячого футболу.' },
  { id: 'pl-pilkarska', text: 'Akademia Piłkarska Legii i Akademia Piłkarska Lecha podpisały porozumienie o współpracy w szkoleniu młodzieży.' },
  { id: 'en-fc-academy', text: 'Arsenal FC Academy and Chelsea FC Academy signed a partnership agreement on youth football.' },
];

const SCHOOLS: { id: string; text: string; party: string }[] = [
  { id: 'ru-sport-academy', text: 'Воронежская государственная академия спорта заключила соглашение о сотрудничестве с Российским футбольным союзом.', party: 'Воронежская государственная академия спорта' },
  { id: 'uk-sport-university', text: 'Національний університет фізичного виховання і спорту України підписав меморандум з футбольним клубом «Динамо».', party: 'Національний університет фізичного виховання' },
  { id: 'pl-awf', text: 'Akademia Wychowania Fizycznego w Krakowie podpisała porozumienie z klubem Wisła Kraków.', party: 'Akademia Wychowania Fizycznego' },
];

describe("a football club's academy is no education party", () => {
  it.each(CLUBS)('$id: no agreement', ({ text }) => {
    expect(partnerships(text)).toEqual([]);
  });
  it.each(SCHOOLS)('$id: a school of sport keeps its agreement', ({ text, party }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    expect(events[0].parties.some((p) => norm(p).includes(norm(party))), events[0].parties.join(' | ')).toBe(true);
  });
});
