/**
 * Partnership events, round 2 of the real-news error classes (test/realnews/dev): the other side
 * written as a plural whose members a nearby sentence lists ("меморандуми … с общини …; кметовете
 * на общините Бургас, Добрич и Созопол", "porozumień … a przedsiębiorstwami. Firmy … to A, B",
 * "with two partner colleges. The two partner colleges are A and B"), plural forms of agreement
 * nouns, signatures put under a document, an agreement written as the frame of what follows ("В
 * рамках подписанного соглашения на базе Института …").
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
  /** The first event's date. */
  date?: string;
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
  // A number on the line before counts no agreements ("Просмотров: 12\n\nМеморандумы …").
  {
    id: 'ru-date-line-no-tally',
    text: 'ТГУ и «Роснано» подписали меморандум о сотрудничестве\n\nПросмотров: 12\n\nМеморандумы о сотрудничестве с Фондом «Роснано» 14 сентября подписали представители ряда вузов, сообщает корреспондент.',
    events: [['Томский государственный', 'Фонд «Роснано»']],
    date: '2023-09-14',
  },
  // A targeted-training contract an institution concludes with a company is an agreement of the two.
  { id: 'ru-targeted-training-institution', text: 'Вчера Тюменский индустриальный университет заключил договор о целевом обучении с ООО «Сибнефтемаш».', events: [['Тюменский индустриальный университет', 'Сибнефтемаш']] },
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

/** Two agreement words of one sentence, each after a signing verb of its own: two agreements between the same parties. */
const OWN_VERBS: Case[] = [
  {
    id: 'uk-contract-and-memorandum',
    text: 'Тернопільський національний технічний університет уклав двосторонній договір щодо академічної мобільності та підписав меморандум про співпрацю з Волинським національним університетом.',
    events: [['Тернопільський національний технічний університет', 'Волинський національний університет'], ['Тернопільський національний технічний університет', 'Волинський національний університет']],
  },
  {
    id: 'ru-contract-and-memorandum',
    text: 'Томский государственный университет заключил договор об академической мобильности и подписал меморандум о сотрудничестве с Алтайским государственным университетом.',
    events: [['Томский государственный университет', 'Алтайский государственный университет'], ['Томский государственный университет', 'Алтайский государственный университет']],
  },
  {
    id: 'en-contract-and-memorandum',
    text: 'The University of Leeds concluded an exchange agreement and signed a memorandum of understanding with the University of Lagos on Monday.',
    events: [['University of Leeds', 'University of Lagos'], ['University of Leeds', 'University of Lagos']],
  },
  // The same agreement noun twice is one agreement told twice.
  {
    id: 'pl-same-noun-twice',
    text:
      'Wczoraj podpisano porozumienie pomiędzy Zespołem Szkół nr 2 w Kołobrzegu a Technikum Hotelarskim w Zadarze. ' +
      'Po podpisanym porozumieniu głos zabrał Starosta, który powiedział, że podpisane porozumienie to wielka szansa dla Zespołu Szkół nr 2 w Kołobrzegu.',
    events: [['Zespół Szkół nr 2 w Kołobrzegu']],
  },
];

/** A party named by its signer: a mayor's title before the town, a title before an abbreviated place, institutions counted. */
const SIGNERS: Case[] = [
  { id: 'bg-mayor-of-town', text: 'Кметът на Перник Станислав Владимиров подписа меморандум с ректора на Техническия университет – София проф. Иван Кралов.', events: [['Перник', 'Технически университет']] },
  { id: 'pl-mayor-of-city', text: 'We wtorek prezydent Rzeszowa Konrad Fijołek oraz rektor Politechniki Rzeszowskiej podpisali list intencyjny w sprawie współpracy.', events: [['Miasto Rzeszów', 'Politechnika Rzeszowska']] },
  {
    id: 'pl-mayor-and-counted-rectors',
    text: 'We wtorek, 10 maja 2022 r. prezydent Lublina Krzysztof Żuk oraz rektorzy pięciu lubelskich uczelni, podpisali list intencyjny w sprawie współpracy.',
    events: [['Miasto Lublin']],
  },
  {
    id: 'uk-court-of-city-abbreviation',
    text: '16 лютого ректор Одеського національного університету підписав меморандуми з головою Приморського районного суду м. Одеси та головою Громадської організації «Асоціація юристів Півдня».',
    events: [['Одеський національний університет', 'районного суду'], ['Одеський національний університет', 'Асоціація юристів Півдня']],
  },
];

/** An agreement whose sentence names no party: its signatories or founders listed nearby. */
const SIGNATORIES: Case[] = [
  {
    id: 'pl-signatories-were',
    text: 'W lubelskim ratuszu doszło do podpisania „Listu intencyjnego w sprawie współpracy”. Sygnatariuszami listu byli: Prezydent Miasta Lublina Krzysztof Żuk oraz rektorzy 5 lubelskich uczelni.',
    events: [['Miasto Lublin']],
  },
  {
    id: 'ru-founders-dash',
    text:
      'Соглашение о создании Ассоциации технических колледжей сегодня подписано в Казани. В планах — обмен преподавателями. Также будут обсуждаться программы. ' +
      'Новый импульс получат чемпионаты. Колледжи готовы участвовать. Учредители Ассоциации — Казанский энергетический колледж и Институт развития образования Республики Татарстан.',
    events: [['Казанский энергетический колледж', 'Институт развития образования']],
  },
  {
    id: 'uk-signatories-became',
    text: 'У Житомирі підписано меморандум про співпрацю у сфері освіти дорослих. Підписантами стали Житомирський державний університет імені Івана Франка та ГО «Освіта для всіх».',
    events: [['Житомирський державний університет', 'Освіта для всіх']],
  },
  {
    id: 'en-party-three-sentences-on',
    text:
      'On Thursday, leaders of the two universities signed a Memorandum of Understanding. The institutions intend to hold joint lectures. ' +
      'The partnership is part of a new twinning scheme. Despite the war, Vasyl Stefanyk Precarpathian National University remains open.',
    events: [['Vasyl Stefanyk Precarpathian National University']],
  },
  {
    id: 'en-signatories-were',
    text: 'A memorandum of understanding on vocational training was signed in Accra on Monday. The signatories were Accra Technical University and Ghana Cement Limited.',
    events: [['Accra Technical University', 'Ghana Cement Limited']],
  },
];

/** Cooperation stopped between named bodies is a partnership ended, several that stop it one each; cooperation established, one entered into. */
const STOPPED: Case[] = [
  {
    id: 'en-suspension-listed-enders',
    text:
      'Tomsk State University was told that the University of Leipzig in Germany, the University of Gdansk in Poland, as well as the research consortium “Baltic University Programme” announced a temporary suspension of cooperation.',
    events: [['University of Leipzig', 'Tomsk State University'], ['University of Gda', 'Tomsk State University'], ['Baltic University Programme', 'Tomsk State University']],
  },
  { id: 'en-suspended-cooperation', text: 'The University of Tartu suspended cooperation with Saint Petersburg State University on 3 March.', events: [['University of Tartu', 'Saint Petersburg State University']] },
  { id: 'ru-suspended-cooperation', text: '3 марта Тартуский университет приостановил сотрудничество с Санкт-Петербургским государственным университетом.', events: [['Тартуский университет', 'Санкт-Петербургский государственный университет']] },
  { id: 'uk-stopped-cooperation', text: '3 березня Львівський національний університет імені Івана Франка припинив співпрацю з Московським державним університетом.', events: [['Львівський національний університет', 'Московський державний університет']] },
  { id: 'pl-suspended-cooperation', text: 'Dnia 3 marca Uniwersytet Warszawski zawiesił współpracę z Uniwersytetem Moskiewskim.', events: [['Uniwersytet Warszawski', 'Uniwersytet Moskiewski']] },
  { id: 'bg-stopped-cooperation', text: 'На 3 март Софийският университет „Св. Климент Охридски“ прекрати сътрудничеството си с Московския държавен университет.', events: [['Софийски университет', 'Московски държавен университет']] },
  // Cooperation established with a named body is a partnership entered into.
  { id: 'pl-established-cooperation', text: 'W lipcu Politechnika Śląska nawiązała również współpracę z KGHM Polska Miedź, której przedstawiciele poprowadzą zajęcia.', events: [['Politechnika Śląska', 'KGHM']] },
  { id: 'ru-established-cooperation', text: 'В июле Уральский федеральный университет наладил сотрудничество с компанией «Уралхим».', events: [['Уральский федеральный университет', 'Уралхим']] },
  { id: 'uk-established-cooperation', text: 'У липні Харківський національний університет радіоелектроніки налагодив співпрацю з компанією «Техносвіт».', events: [['Харківський національний університет радіоелектроніки', 'Техносвіт']] },
  { id: 'bg-established-cooperation', text: 'През юли Техническият университет – Габрово установи сътрудничество с фирмата „Бизнес Техно“.', events: [['Технически университет', 'Бизнес Техно']] },
  { id: 'en-established-cooperation', text: 'In July the University of Nairobi established a partnership with Safaricom Limited to train engineers.', events: [['University of Nairobi', 'Safaricom Limited']] },
  // Stopped with bodies nobody names: no event.
  { id: 'en-suspension-unnamed', text: 'A number of European educational institutions have temporarily frozen cooperation with Russian counterparts.', events: [] },
];

/** Agreements counted without a number are a tally of the past; a news source is no party. */
const TALLIES_AND_SOURCES: Case[] = [
  { id: 'en-many-agreements', text: '"Cooperation with Ukrainian universities has a long tradition. Since 1995 we have signed many partnership agreements," said the rector of the Catholic University of Lublin.', events: [] },
  { id: 'ru-numerous-agreements', text: 'За эти годы Томский политехнический университет подписал многочисленные соглашения о сотрудничестве.', events: [] },
  { id: 'uk-numerous-agreements', text: 'За ці роки Львівська політехніка уклала численні угоди про співпрацю.', events: [] },
  { id: 'pl-many-agreements', text: 'Przez te lata Politechnika Gdańska podpisała liczne umowy o współpracy.', events: [] },
  { id: 'bg-many-agreements', text: 'През годините Софийският университет подписа многобройни споразумения за сътрудничество.', events: [] },
  {
    id: 'ru-source-before-agreement',
    text: 'Томский университет и Siemens подписали соглашение о сотрудничестве. По сообщению РИА, соглашение, подписанное Томским университетом и компанией Siemens, предусматривает стажировки.',
    events: [['Томский', 'Siemens']],
    notParties: ['РИА'],
  },
];

/** Names of bodies the tagger did not know, spelled out by the text itself. */
const NAMES: Case[] = [
  // An abbreviation the text defines in brackets stands for the name before the bracket.
  {
    id: 'en-abbreviation-defined',
    text:
      'Chairmen of the Council of Rectors of Technical Universities of Slovakia (CRTUS) and rectors of Ukrainian universities met in Kyiv. ' +
      'As a result, a bilateral agreement on cooperation between CRTUS and Taras Shevchenko National University of Kyiv was signed.',
    events: [['Council of Rectors of Technical Universities of Slovakia', 'Taras Shevchenko National University of Kyiv']],
  },
  // A body headed by a noun after a signer's title ("председателят на Комисията за …").
  {
    id: 'bg-noun-headed-body',
    text: 'Председателят на Комисията за защита на потребителите доц. Иван Петров и ректорът на Пловдивския университет „Паисий Хилендарски“ проф. Георги Иванов подписаха днес споразумение за сътрудничество.',
    events: [['Комисията за защита на потребителите', 'Пловдивски университет']],
  },
  {
    id: 'ru-noun-headed-body',
    text: 'Председатель Комиссии по делам молодежи Иван Петров и ректор Санкт-Петербургского государственного университета Николай Кропачев подписали соглашение о сотрудничестве.',
    events: [['Комиссии по делам молодежи', 'Санкт-Петербургский государственный университет']],
  },
  // The leaders taking part in a signing ceremony sign for their bodies.
  {
    id: 'ru-with-participation-of-leaders',
    text: 'Вчера в Томске состоялась церемония подписания трехстороннего меморандума с участием руководителей Томского политехнического университета, администрации Томской области, некоммерческой организации Наукоград имени Кулагина.',
    events: [['Томский политехнический университет', 'Наукоград имени Кулагина']],
  },
  // A region before an English word-order tail is a government.
  {
    id: 'en-region-government',
    text: 'The Madhya Pradesh government on Friday signed a memorandum of understanding with the Government Polytechnic College Indore.',
    events: [['Madhya Pradesh government', 'Polytechnic College']],
  },
];

/** A faculty signs for its university; a partner told in the sentence before. */
const UNITS_AND_COMPANIONS: Case[] = [
  { id: 'pl-faculty-of-abbreviation', text: '16 listopada została podpisana umowa patronacka z Wydział Inżynierii Mechanicznej UTP w Bydgoszczy reprezentowanym przez dziekana.', events: [['UTP w Bydgoszczy']] },
  { id: 'uk-faculty-of-university', text: 'Вчора підписано договір про співпрацю з факультетом іноземних мов Київського національного лінгвістичного університету.', events: [['Київський національний лінгвістичний університет']] },
  { id: 'en-faculty-of-university', text: 'Yesterday a memorandum of understanding was signed with the Faculty of Law of the University of Lagos.', events: [['University of Lagos']] },
  {
    id: 'pl-partner-sentence-before',
    text: 'Liceum Ogólnokształcące nr 3 w Słupsku od lat współpracuje z Politechniką Koszalińską. W siedzibie Politechniki Koszalińskiej odbyło się podpisanie kolejnej umowy o współpracy.',
    events: [['Liceum Ogólnokształcące nr 3', 'Politechnika Koszalińska']],
  },
  {
    id: 'uk-partner-sentence-before',
    text: 'Житомирський ліцей № 25 давно співпрацює з Житомирською політехнікою. У приміщенні Житомирської політехніки відбулося підписання нового договору про співпрацю.',
    events: [['ліцей № 25', 'Житомирськ']],
  },
];

/** Bodies that join or endorse an agreement told before are its parties. */
const JOINERS: Case[] = [
  {
    id: 'bg-endorse-also',
    text:
      'Меморандум за сътрудничество в областта на спортното образование подписа Русенският университет „Ангел Кънчев“ на 21 май. ' +
      'Споразумението подкрепят още две висши училища от България – Националната спортна академия и Югозападният университет.',
    events: [['Русенски университет', 'Национална спортна академия', 'Югозападен университет']],
  },
  {
    id: 'ru-joined',
    text: '21 мая меморандум о сотрудничестве подписал Казанский федеральный университет. К меморандуму присоединились Уральский федеральный университет и Сибирский федеральный университет.',
    events: [['Казанский', 'Уральский федеральный университет', 'Сибирский федеральный университет']],
  },
  {
    id: 'en-joined',
    text: 'On 21 May the University of Ghana signed a memorandum on sports education. The memorandum was later joined by the University of Lagos and the University of Nairobi.',
    events: [['University of Ghana', 'University of Lagos', 'University of Nairobi']],
  },
];

/** An unnamed institution in the singular among the parties is the one institution of its kind the text names. */
const REFERENCES: Case[] = [
  {
    id: 'ru-vuz',
    text: 'СФУ намерен сотрудничать с испанским банком. Во время визита будет подписано соглашение между вузом и банком Сантандер.',
    events: [['Сибирский федеральный', 'Сантандер']],
  },
  {
    id: 'uk-university',
    text: 'Делегація ТОВ «Агротех» відвідала Полтавський державний аграрний університет. Під час візиту підписано угоду про співпрацю між університетом та ТОВ «Агротех».',
    events: [['Полтавський державний аграрний університет', 'Агротех']],
  },
  {
    id: 'bg-university',
    text: 'Пловдивският университет „Паисий Хилендарски“ посрещна делегация от Община Асеновград. Днес беше подписан договор за сътрудничество между университета и Община Асеновград.',
    events: [['Пловдивски университет', 'Асеновград']],
  },
];

/** The same university by its mixed-case abbreviation ("УлГУ" of "Ульяновский госуниверситет"): one agreement. */
const ABBREVIATIONS: Case[] = [
  {
    id: 'ru-mixed-case-abbreviation',
    text:
      'Подписано соглашение о сотрудничестве между Ульяновским госуниверситетом и Казанским федеральным университетом. ' +
      'Соглашение, подписанное ректором УлГУ Борисом Костишко и ректором Казанского федерального университета, предусматривает обмен студентами.',
    events: [['Ульяновский госуниверситет', 'Казанский']],
  },
];

/** English agreement words seen in real news. */
const EN_WORDS: Case[] = [
  { id: 'en-certificate-of-collaboration', text: 'Leading infrastructure group Gamuda Berhad inked a Certificate of Collaboration with the Department of Community College Education on Tuesday.', events: [['Gamuda Berhad']] },
  { id: 'en-has-partnered-with', text: 'The management of the Federal Polytechnic Ilaro has partnered with the Dangote Cement Limited to offer industrial training to students.', events: [['Federal Polytechnic', 'Dangote Cement Limited']] },
];

describe.each([
  ['members of a plural listed nearby', MEMBERS],
  ['signing and agreement words', WORDS],
  ['an agreement as a frame', FRAMES],
  ['signer titles', TITLES],
  ['agreements with verbs of their own', OWN_VERBS],
  ['parties named by their signers', SIGNERS],
  ['signatories listed nearby', SIGNATORIES],
  ['cooperation stopped', STOPPED],
  ['tallies and news sources', TALLIES_AND_SOURCES],
  ['names spelled out by the text', NAMES],
  ['bodies joining an agreement', JOINERS],
  ['units and partners told before', UNITS_AND_COMPANIONS],
  ['an unnamed institution of the one kind named', REFERENCES],
  ['abbreviations', ABBREVIATIONS],
  ['English agreement words', EN_WORDS],
] as const)('partnerships on real news, round 2: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const events = partnerships(c.text);
    const show = JSON.stringify(events.map((e) => e.parties));
    expect(events.length, show).toBe(c.events.length);
    // Each expected party set is some event's (agreements told in one sentence have no order of their own).
    for (const parties of c.events) expect(events.some((e) => parties.every((p) => has(e.parties, p))), `${parties.join(' + ')} in ${show}`).toBe(true);
    for (const p of c.notParties ?? []) for (const e of events) expect(has(e.parties, p), `${p} not in ${show}`).toBe(false);
    if (c.date) expect(events[0].date).toBe(c.date);
  });
});
