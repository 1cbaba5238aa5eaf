/**
 * Partnerships and institution names, round 8 of the real-news error classes (test/realnews/dev
 * items 900-926): universities named in their own language inside English text ("Universidad X",
 * "Universidade de Lisboa", "Technische Universität Darmstadt"), names whose complement is a place
 * opening with a sentence-starter word ("State University of New York"), partnerships secured,
 * formalised or expanded without an agreement noun ("has secured a partnership with"), a courtesy
 * title that is no party ("signed by Dr. …"), and summits as venues, not bodies. Sentences written
 * for these tests in the style of real news; negatives stay negatives.
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
  status?: PartnershipEvent['status'];
  /** Names that must be no party of any event. */
  notParties?: string[];
}

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');
const has = (parties: string[], name: string) => parties.some((p) => norm(p).includes(norm(name)));

/** Universities in their own language, and a place complement opening with "New" / "West". */
describe.each([
  ['Universidad Techmilenio', 'university', 'Students of the Universidad Techmilenio will visit Westbrook next year.'],
  ['Universidade de Lisboa', 'university', 'A delegation from the Universidade de Lisboa arrived on Monday.'],
  ['Università di Bologna', 'university', 'Researchers of the Università di Bologna presented the results.'],
  ['Université de Montréal', 'university', 'The Université de Montréal opened a new laboratory.'],
  ['Technische Universität Darmstadt', 'university', 'He now teaches at Technische Universität Darmstadt in Germany.'],
  ['State University of New York', 'university', 'Graduates of the State University of New York were invited.'],
  ['City University of New York', 'university', 'The City University of New York announced new courses.'],
  ['University of West London', 'university', 'The University of West London hosted the event.'],
] as const)('institution names, round 8: %s', (name, kind, text) => {
  it('is one institution with its full name', () => {
    const tags = extractInstitutions(text, { lang: 'en' });
    expect(tags.map((t) => [t.name, t.kind]), JSON.stringify(tags.map((t) => t.name))).toContainEqual([name, kind]);
  });
});

/** A bracketed adjective inside a Slavic name ("Северный (Арктический) федеральный университет"), in any case form. */
describe.each([
  ['ru', 'Северный (Арктический) федеральный университет', 'Сегодня ректор Северного (Арктического) федерального университета выступил перед студентами.'],
  ['ru', 'Северный (Арктический) федеральный университет имени М.В. Ломоносова', 'Заседание прошло в Северном (Арктическом) федеральном университете имени М.В. Ломоносова.'],
  ['ru', 'Приволжский (Волжский) федеральный университет', 'Студенты Приволжского (Волжского) федерального университета приехали в Казань.'],
  ['uk', 'Приволзький (Волзький) федеральний університет', 'Студенти Приволзького (Волзького) федерального університету приїхали.'],
] as const)('institution names, round 8 (%s): %s', (lang, name, text) => {
  it('keeps the bracketed adjective in the name', () => {
    const tags = extractInstitutions(text, { lang });
    expect(tags.map((t) => t.name), JSON.stringify(tags.map((t) => t.name))).toContain(name);
  });
});

describe('institution names, round 8: a bracket that is not inside a name', () => {
  it('does not join an abbreviation in brackets to the next name', () => {
    const tags = extractInstitutions('Соглашение подписали МГУ (Москва) и Тверской государственный университет.', { lang: 'ru' });
    expect(tags.some((t) => t.name.includes('(')), JSON.stringify(tags.map((t) => t.name))).toBe(false);
  });
});

describe('institution names, round 8: a place before "and" is no modifier of the next name', () => {
  it.each([
    ['Kurukshetra University', 'An MoU was signed between the association of Haryanvis in Australia and Kurukshetra University.'],
    ['Westbrook Technical College', 'Students from Canada and Westbrook Technical College met on Monday.'],
  ])('%s', (name, text) => {
    const tags = extractInstitutions(text, { lang: 'en' });
    expect(tags.map((t) => t.name), JSON.stringify(tags.map((t) => t.name))).toContain(name);
  });
  it('keeps two modifiers joined by "and" ("Print and Pack Cluster", "Educational and Scientific Institute")', () => {
    const tags = extractInstitutions('The director of Print and Pack Cluster visited the Educational and Scientific Institute of Law.', { lang: 'en' });
    const names = tags.map((t) => t.name);
    expect(names, JSON.stringify(names)).toContain('Print and Pack Cluster');
    expect(names, JSON.stringify(names)).toContain('Educational and Scientific Institute of Law');
  });
});

describe('institution names, round 8: a lower-case word after "of New" is no place', () => {
  it('does not run a name on into "New students"', () => {
    const tags = extractInstitutions('He studied at the University of New students and graduated.', { lang: 'en' });
    expect(tags.some((t) => /New/u.test(t.name)), JSON.stringify(tags.map((t) => t.name))).toBe(false);
  });
});

const WORDS: Case[] = [
  {
    id: 'en-secured-partnership-with',
    text: 'Harbour College has secured a partnership with Northfield City Council to deliver adult skills courses.',
    events: [['Harbour College', 'Northfield City Council']],
    status: 'signed',
  },
  {
    id: 'en-announced-expanded-partnership',
    text: 'Westbrook Health and the City University of New York announced Oct. 26 an expanded partnership to place nursing graduates.',
    events: [['City University of New York']],
    status: 'signed',
  },
  {
    id: 'en-formalised-collaboration',
    text: 'Northfield University and Harbor Robotics Ltd formalised their collaboration on student internships on Friday.',
    events: [['Northfield University', 'Harbor Robotics']],
    status: 'signed',
  },
  {
    id: 'en-renewed-partnership',
    text: 'Eastgate College renewed its partnership with Blue Delta Energy Corp. for another five years of apprenticeships.',
    events: [['Eastgate College', 'Blue Delta Energy']],
    status: 'signed',
  },
  {
    id: 'en-signed-by-dr-on-the-sidelines',
    text:
      'Northfield University will work with the Universidad Techmilenio after a Memorandum of Understanding was signed ' +
      'by the parties today, on the sidelines of the Global Education Summit in Dubai. ' +
      'The agreement was signed by Dr. Adam Reyes, President of Northfield University.',
    events: [['Northfield University', 'Universidad Techmilenio']],
    notParties: ['Dr', 'Global Education Summit'],
  },
];

const PLANNED: Case[] = [
  {
    id: 'en-asked-to-sign-letter-of-intent',
    text: 'The trustees of Westbrook University asked the administration to sign a letter of intent with ProMedica.',
    events: [['Westbrook University', 'ProMedica']],
    status: 'planned',
  },
  {
    id: 'en-negotiations-on-agreement',
    text: 'Westbrook University will start negotiations on an affiliation agreement with ProMedica.',
    events: [['Westbrook University', 'ProMedica']],
    status: 'planned',
  },
  {
    id: 'ru-parties-in-relative-clause-bracketed-name',
    text: 'Сегодня в Архангельске подписано соглашение о сотрудничестве, в которое вошли правительство Архангельской области и Северный (Арктический) федеральный университет (САФУ).',
    events: [['Архангельской области', 'Северный (Арктический) федеральный университет']],
    status: 'signed',
  },
];

const PLANS: Case[] = [
  {
    id: 'ru-plan-sotrudnichestva-signed',
    text: 'МГУ и Пекинский университет подписали программу сотрудничества на следующий год.',
    events: [['Московский государственный университет', 'Пекинский университет']],
    status: 'signed',
  },
  {
    id: 'ru-podpisanie-plana-sotrudnichestva',
    text: 'Итогом совещания стало подписание нового Плана сотрудничества Тверского государственного университета и правительства Тверской области.',
    events: [['государственный университет', 'Правительство Тверской области']],
    status: 'signed',
  },
  { id: 'ru-v-ramkah-programmy-sotrudnichestva', text: 'В рамках программы сотрудничества студенты МГУ посетили Пекинский университет.', events: [] },
  { id: 'ru-soglasno-planu-sotrudnichestva', text: 'Согласно плану сотрудничества, студенты МГУ посетят Пекинский университет.', events: [] },
];

const SPELLINGS: Case[] = [
  {
    id: 'en-lower-case-city-council-party',
    text: 'Westbrook University signed a memorandum of understanding with Saskatoon city council on Monday.',
    events: [['Westbrook University', 'Saskatoon city council']],
    status: 'signed',
  },
  {
    id: 'en-co-operation-agreement',
    text: 'Westbrook University signed a co-operation agreement with Harbor Robotics Ltd. on student placements.',
    events: [['Westbrook University', 'Harbor Robotics']],
    status: 'signed',
  },
  { id: 'en-co-operation-no-agreement', text: 'Westbrook University praised its co-operation with local employers.', events: [] },
];

const NEGATIVES: Case[] = [
  { id: 'en-partnership-valued', text: 'Westbrook College values its partnership with local employers, the principal said.', events: [] },
  { id: 'en-explored-exchange-partnership', text: 'Representatives of Northfield University explored opportunities for a student exchange partnership.', events: [] },
  { id: 'en-expanded-campus', text: 'Eastgate College expanded its campus and formed a new student council.', events: [] },
];

describe.each([
  ['partnerships without an agreement noun', WORDS],
  ['asked to sign, negotiations, a bracketed name', PLANNED],
  ['ru: a plan or programme of cooperation signed', PLANS],
  ['en: "co-operation", a council named in lower case', SPELLINGS],
  ['no agreement', NEGATIVES],
] as const)('partnerships on real news, round 8: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const events = partnerships(c.text);
    const show = JSON.stringify(events.map((e) => [e.parties, e.status]));
    expect(events.length, show).toBe(c.events.length);
    for (const parties of c.events) expect(events.some((e) => parties.every((p) => has(e.parties, p))), `${parties.join(' + ')} in ${show}`).toBe(true);
    if (c.status) for (const e of events) expect(e.status, show).toBe(c.status);
    for (const name of c.notParties ?? []) for (const e of events) expect(e.parties.some((p) => norm(p) === norm(name)), show).toBe(false);
  });
});
