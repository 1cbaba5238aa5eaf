/**
 * Partnership events, round 7 of the real-news error classes (test/realnews/dev items 701-736):
 * cooperation "deals" of a university with companies, the companies listed in the next sentence
 * after "such as" / "в том числе" / "зокрема", legal forms written "Co. Ltd.", an agreement reached
 * written as "о стратегическом партнерстве договорились A и B", and a memorandum a body "will pursue"
 * (planned). Sentences written for these tests in the style of real news; negatives stay negatives.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import { extractInstitutions } from '../extractors/institutions.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

interface Case {
  id: string;
  text: string;
  /** The party sets of the events: each set's names are parties of one event (substrings after normalising). */
  events: string[][];
  /** The status of every event, when given. */
  status?: PartnershipEvent['status'];
}

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const has = (parties: string[], name: string) => parties.some((p) => norm(p).includes(norm(name)));

/** A plural of companies in the agreement sentence, its members listed after "such as" nearby: one agreement each. */
const MEMBERS_SUCH_AS: Case[] = [
  {
    id: 'en-deals-companies-such-as',
    text:
      'Northfield Technical University signed cooperation deals with six companies on Monday. ' +
      'Manufacturers such as Harbor Robotics Co. Ltd. and Blue Delta Energy Corp. were among the partners.',
    events: [['Northfield Technical University', 'Harbor Robotics'], ['Northfield Technical University', 'Blue Delta Energy']],
  },
  {
    id: 'en-agreements-companies-including',
    text:
      'Westbrook College signed partnership agreements with several companies. ' +
      'The companies, including Stonegate Logistics Ltd. and Pinecrest Foods Inc., will host apprentices.',
    events: [['Westbrook College', 'Stonegate Logistics'], ['Westbrook College', 'Pinecrest Foods']],
  },
  {
    id: 'ru-companies-v-tom-chisle',
    text:
      'Новгородский технический колледж подписал соглашения о сотрудничестве с предприятиями региона. ' +
      'Среди партнеров предприятия, в том числе ООО «Альфа-Металл» и АО «Северный завод».',
    events: [['Новгородский технический колледж', 'Альфа-Металл'], ['Новгородский технический колледж', 'Северный завод']],
  },
];

/** Agreement words: a cooperation deal; an agreement reached with the object first; a memorandum pursued. */
const WORDS: Case[] = [
  { id: 'en-cooperative-deal', text: 'Eastvale University signed a cooperative deal with Orion Semiconductor Ltd. to train engineers.', events: [['Eastvale University', 'Orion Semiconductor']], status: 'signed' },
  {
    id: 'ru-object-first-dogovorilis',
    text: 'О стратегическом партнерстве договорились Тверской государственный технический университет и компания «Волга-Авто».',
    events: [['Тверской государственный технический университет', 'Волга-Авто']],
    status: 'signed',
  },
  {
    id: 'ru-dogovorilis-o-sotrudnichestve',
    text: 'Курский колледж связи и АО «Курскэнерго» договорились о сотрудничестве в подготовке кадров.',
    events: [['Курский колледж связи', 'Курскэнерго']],
    status: 'signed',
  },
  {
    id: 'en-memo-of-understanding',
    text: 'Earlier this year, Westbrook College signed a memo of understanding with the Federation of Pine Ridge Nations.',
    events: [['Westbrook College', 'Federation of Pine Ridge Nations']],
    status: 'signed',
  },
  {
    id: 'en-will-pursue-memorandum',
    text: 'The University of Lakeshire will pursue a memorandum of understanding with the City of Lakeshire on student housing.',
    events: [['University of Lakeshire']],
    status: 'planned',
  },
];

/** A country written where a party could stand ("учреждения Узбекистана подписали …") is no party. */
const COUNTRIES: Case[] = [
  {
    id: 'ru-institutions-of-a-country',
    text: 'Три вуза Узбекистана подписали меморандум с Уфимским государственным нефтяным техническим университетом.',
    events: [['Уфимский государственный']],
  },
  {
    id: 'ru-institute-of-a-state',
    text: 'Тюменский государственный университет и Институт высшего образования Эритреи подписали меморандум о взаимопонимании.',
    events: [['Тюменский государственный университет', 'Институт высшего образования']],
  },
];

/** "City of X" / "Town of X" as a party is a local government (kind municipality). */
describe('en: "City of X" as a party is a municipality (round 7)', () => {
  it.each([
    ['City of Lakeshire has signed a Memorandum of Understanding with the University of Lakeshire.', 'City of Lakeshire'],
    ['The University of Northfield will pursue a memorandum of understanding with the Town of Ajax.', 'Town of Ajax'],
  ])('%s', (text, name) => {
    const doc = analyze({ text, published: '2024-05-20' });
    const ev = doc.events.filter((e): e is PartnershipEvent => e.type === 'partnership');
    expect(ev.length, JSON.stringify(ev.map((e) => e.parties))).toBe(1);
    expect(ev[0].parties.some((p) => norm(p).includes(norm(name))), JSON.stringify(ev[0].parties)).toBe(true);
    const tag = doc.institutions.find((t) => t.name === name);
    expect(tag?.kind, JSON.stringify(doc.institutions.map((t) => [t.name, t.kind]))).toBe('municipality');
  });
});

/** Business deals and reached arrangements with no education party stay no partnership. */
const NEGATIVES: Case[] = [
  { id: 'en-business-deal', text: 'Harbor Robotics Co. Ltd. signed a cooperative deal with Blue Delta Energy Corp. to share a warehouse.', events: [] },
  { id: 'en-memo-to-staff', text: 'Westbrook College sent a memo to staff about the new timetable.', events: [] },
  { id: 'en-bare-deal-worth', text: 'Westbrook College said the deal for the new roof was worth $2 million.', events: [] },
  { id: 'ru-dogovorilis-o-vstreche', text: 'Ректор Тверского государственного университета и мэр договорились о встрече в сентябре.', events: [] },
];

describe.each([
  ['members of a plural listed after "such as"', MEMBERS_SUCH_AS],
  ['agreement words', WORDS],
  ['a country is no party', COUNTRIES],
  ['no education party or no agreement', NEGATIVES],
] as const)('partnerships on real news, round 7: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const events = partnerships(c.text);
    const show = JSON.stringify(events.map((e) => [e.parties, e.status]));
    expect(events.length, show).toBe(c.events.length);
    for (const parties of c.events) expect(events.some((e) => parties.every((p) => has(e.parties, p))), `${parties.join(' + ')} in ${show}`).toBe(true);
    if (c.status) for (const e of events) expect(e.status, show).toBe(c.status);
    for (const e of events) expect(e.parties.some((p) => /^(Узбекистан|Эритре)/u.test(p)), show).toBe(false);
  });
});

/** "Co. Ltd." and "Co." are legal forms of a company name, not the end of it. */
describe('company legal forms written "Co. Ltd." (round 7)', () => {
  it.each([
    ['OptimumNano Energy Co. Ltd.', 'Tech firms such as OptimumNano Energy Co. Ltd. joined the programme of Westbrook College.'],
    ['Shenzhen Hopesen Technology Co. Ltd.', 'A donation came from Shenzhen Hopesen Technology Co. Ltd. for Westbrook College.'],
  ])('%s', (name, text) => {
    const tags = extractInstitutions(text, { lang: 'en' });
    expect(tags.map((t) => [t.name, t.kind]), JSON.stringify(tags.map((t) => t.name))).toContainEqual([name, 'company']);
  });
});
