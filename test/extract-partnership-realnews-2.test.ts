/**
 * Partnership events, round 2 of the real-news error classes (test/realnews/dev): the other side
 * written as a plural whose members a nearby sentence lists ("меморандуми … с общини …; кметовете
 * на общините Бургас, Добрич и Созопол", "porozumień … a przedsiębiorstwami. Firmy … to A, B",
 * "with two partner colleges. The two partner colleges are A and B"), plural forms of agreement
 * nouns, signatures put under a document, an agreement written as the frame of what follows ("В
 * рамках подписанного соглашения на базе Института …"), students' targeted-training contracts.
 * Sentences written for these tests in the style of real news, in every language the construction
 * was seen in (and the others where it exists); negatives must stay negatives.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

interface Case {
  id: string;
  text: string;
  /** The party sets of the events: each set's names are parties of one event (substrings after normalising). */
  events: string[][];
  /** None of these is a party of any event. */
  notParties?: string[];
}

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const has = (parties: string[], name: string) => parties.some((p) => norm(p).includes(norm(name)));

/** The bodies a plural stands for, listed in a sentence near the agreement: one agreement each. */
const MEMBERS: Case[] = [
  {
    id: 'bg-municipalities-apposition',
    text:
      'Вчера се подписаха меморандуми за сътрудничество между Технически университет „Проф. Иван Петров“ с общини от Старозагорска област. ' +
      'На церемонията присъстваха кметовете на трите общини Казанлък, Раднево и Гълъбово, както и ректорът проф. Иван Иванов.',
    events: [['Технически университет', 'Казанлък'], ['Технически университет', 'Раднево'], ['Технически университет', 'Гълъбово']],
  },
  {
    id: 'bg-municipalities-with-named-one',
    text:
      'Подписаха се меморандуми между Аграрен университет „Св. Георги“ с общини от областта и с Община Плевен. ' +
      'Ректорът приветства кметовете на общините Левски, Белене и Плевен.',
    events: [['Аграрен университет', 'Община Плевен'], ['Аграрен университет', 'Левски'], ['Аграрен университет', 'Белене']],
  },
  {
    id: 'pl-firms-copula-next-paragraph',
    text:
      'W dniu 3 marca 2023 r. odbyło się podpisanie porozumień pomiędzy Zespołem Szkół Ekonomicznych nr 2 w Toruniu a przedsiębiorstwami o współpracy w kształceniu zawodowym.\n\n' +
      'Firmy, które podpisały porozumienia, to Elmech Sp. z o.o. w Toruniu, Hotel Kopernik*** Conference&Spa w Toruniu oraz Torpol S.A.',
    events: [['Zespół Szkół Ekonomicznych nr 2', 'Elmech'], ['Zespół Szkół Ekonomicznych nr 2', 'Hotel Kopernik'], ['Zespół Szkół Ekonomicznych nr 2', 'Torpol']],
  },
  {
    id: 'en-colleges-copula',
    text:
      'Bahir Dar Polytechnic College signed Memoranda of Understanding with two partner colleges in May 2023. ' +
      'The two partner colleges are Debre Markos Polytechnic College and Woldia Polytechnic College.',
    events: [['Bahir Dar Polytechnic College', 'Debre Markos Polytechnic College'], ['Bahir Dar Polytechnic College', 'Woldia Polytechnic College']],
  },
  {
    id: 'ru-companies-copula',
    text:
      'Вчера Самарский политехнический университет подписал соглашения о сотрудничестве с компаниями региона. ' +
      'Компании-партнеры – это ООО «Волгатех» и АО «Самарский завод».',
    events: [['Самарский политехнический университет', 'Волгатех'], ['Самарский политехнический университет', 'Самарский завод']],
  },
  {
    id: 'uk-communities-apposition',
    text:
      'Вчора Поліський національний університет підписав меморандуми про співпрацю з громадами області. ' +
      'Документи підписали голови громад Коростень, Овруч і Малин.',
    events: [['Поліський національний університет', 'Коростень'], ['Поліський національний університет', 'Овруч'], ['Поліський національний університет', 'Малин']],
  },
  // Without a list of members the bodies named beside the plural after "between" stay one side.
  {
    id: 'pl-between-side-no-members',
    text: 'Wczoraj odbyło się podpisanie porozumień pomiędzy Technikum nr 3 w Gdyni i Centrum Kształcenia Zawodowego a pracodawcami z regionu.',
    events: [['Technikum nr 3', 'Centrum Kształcenia Zawodowego']],
  },
  // A sentence naming the signers of several agreements is about them all: they stay several.
  {
    id: 'bg-sentence-about-all',
    text:
      'Подписаха се меморандуми между Русенски университет „Ангел Кънчев“ с общини от областта. ' +
      '„Подписваме тези споразумения с радост“, каза ректорът пред кметовете на общините Бяла, Ветово и Сливо поле.',
    events: [['Русенски университет', 'Бяла'], ['Русенски университет', 'Ветово'], ['Русенски университет', 'Сливо поле']],
  },
];

/** Signing and agreement words real writers use that were not read. */
const WORDS: Case[] = [
  { id: 'pl-plural-porozumien', text: 'Podpisanie porozumień o współpracy pomiędzy Uniwersytetem Rzeszowskim a Gminą Tyczyn odbyło się 4 maja.', events: [['Uniwersytet Rzeszowski', 'Tyczyn']] },
  { id: 'pl-signatures-under', text: 'Dziś swoje podpisy pod listem intencyjnym w tej sprawie złożyli Rektor Uniwersytetu Opolskiego i Starosta Powiatu Nyskiego.', events: [['Uniwersytet Opolski']] },
  { id: 'ru-signatures-under', text: 'Свои подписи под соглашением о сотрудничестве ректор Пермского государственного университета и директор ООО «Прикамье» поставили 3 марта.', events: [['Пермский государственный']] },
  { id: 'uk-signatures-under', text: 'Свої підписи під меморандумом про співпрацю 3 березня поставили ректор Чернівецького національного університету та директор ТОВ «Буковина»', events: [['Чернівецький національний університет']] },
  { id: 'bg-signatures-under', text: 'Ректорът на Русенския университет и кметът на Община Русе положиха днес подписите си под договор за сътрудничество.', events: [['Русенски университет']] },
];

/** An agreement written as the frame of what the sentence tells is the one told before, not a new one with the bodies named there. */
const FRAMES: Case[] = [
  {
    id: 'ru-frame-signed-yesterday',
    text:
      '1 февраля подписано соглашение о стратегическом партнерстве между ООО «Техмаш» и Мордовским государственным университетом. ' +
      'В рамках подписанного вчера соглашения на базе Института механики Мордовского государственного университета будет организовано обучение.',
    events: [['Техмаш', 'Мордовский государственный университет']],
    notParties: ['Институт механики'],
  },
  {
    id: 'uk-frame',
    text:
      'Вчора підписано меморандум про співпрацю між ТОВ «Агросвіт» та Уманським національним університетом садівництва. ' +
      'В межах підписаного меморандуму на базі Навчально-наукового інституту економіки університету студенти проходитимуть практику.',
    events: [['Агросвіт', 'Уманський національний університет садівництва']],
  },
  {
    id: 'pl-frame',
    text:
      'Wczoraj podpisano umowę o współpracy pomiędzy firmą Budpol Sp. z o.o. a Politechniką Świętokrzyską. ' +
      'W ramach podpisanej umowy w Instytucie Budownictwa Politechniki Świętokrzyskiej powstanie nowe laboratorium.',
    events: [['Budpol', 'Politechnika Świętokrzyska']],
  },
  {
    id: 'en-frame',
    text:
      'Yesterday a memorandum of understanding was signed between Larsen Tools Limited and the University of Pune. ' +
      'Under the memorandum signed yesterday, the Institute of Engineering of the University of Pune will host internships.',
    events: [['Larsen Tools Limited', 'University of Pune']],
  },
];

/** Contracts that are no partnership of institutions. */
const NOT_PARTNERSHIPS: Case[] = [
  {
    id: 'ru-targeted-training',
    text:
      'В Тульской области подписали договоры о целевом обучении по программам СПО. ' +
      'Свои подписи под договорами поставили студенты колледжей региона, которые начнут работу на предприятиях, таких как ПАО «Тулачермет» и АО «Щегловский вал».',
    events: [],
  },
  {
    id: 'ru-targeted-contracts',
    text: 'Подписание целевых договоров прошло в Курском техникуме: договоры заключили студенты и АО «Курский завод».',
    events: [],
  },
];

/** A signer's title is not the other side: "ze strony firm" is who signed for the companies. */
const TITLES: Case[] = [
  {
    id: 'pl-ze-strony',
    text:
      '2 grudnia 2019 roku podpisano umowę patronacką pomiędzy firmą KAMPOL z Kalisza a Zespołem Szkół Technicznych w Kaliszu. ' +
      'Sygnatariuszami umów ze strony firm patronackich byli: Jan Nowak – Prezes Zarządu firmy KAMPOL oraz Jeroen de Vries – Dyrektor firmy KAMPOL.',
    events: [['KAMPOL', 'Zespół Szkół Technicznych w Kaliszu']],
    notParties: ['Jeroen de Vries', 'Jan Nowak'],
  },
];

describe.each([
  ['members of a plural listed nearby', MEMBERS],
  ['signing and agreement words', WORDS],
  ['an agreement as a frame', FRAMES],
  ['contracts that are no partnership', NOT_PARTNERSHIPS],
  ['signer titles', TITLES],
] as const)('partnerships on real news, round 2: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const events = partnerships(c.text);
    const show = JSON.stringify(events.map((e) => e.parties));
    expect(events.length, show).toBe(c.events.length);
    // Each expected party set is some event's (agreements told in one sentence have no order of their own).
    for (const parties of c.events) expect(events.some((e) => parties.every((p) => has(e.parties, p))), `${parties.join(' + ')} in ${show}`).toBe(true);
    for (const p of c.notParties ?? []) for (const e of events) expect(has(e.parties, p), `${p} not in ${show}`).toBe(false);
  });
});
