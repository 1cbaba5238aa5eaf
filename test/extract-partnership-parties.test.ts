/**
 * Parties of agreements as real writers name them (issue 7, point 3): bodies the institution tagger
 * does not know, named only by the agreement's syntax ("X и Huawei подписали", "between X and Y",
 * "with NTPC Limited", "фондом Росконгрес", "the CEO of Krastsvetmet"); bodies that are not
 * parties (the news source, the body an agreement creates, a relative clause, guests); parties
 * named in the sentence before or after a partyless signing; talk about agreements that is no
 * signing. Sentences written for these tests in the style of real news, in every language the
 * construction exists in; negatives must stay negatives.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

interface PartyCase {
  id: string;
  text: string;
  /** Every one of these is a party of the first event (substring after normalising). */
  parties: string[];
  /** None of these is a party of any event. */
  notParties?: string[];
  /** Number of partnership events (default 1). */
  events?: number;
}

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

const has = (parties: string[], name: string) => parties.some((p) => norm(p).includes(norm(name)));

/** Parties the institution tagger does not know, named by the agreement's syntax. */
const UNKNOWN_NAMES: PartyCase[] = [
  // A Latin-script company beside a tagged university, before the verb.
  { id: 'ru-latin-subject', text: 'Томский государственный университет и Siemens подписали соглашение о сотрудничестве в подготовке инженеров.', parties: ['Томский государственный университет', 'Siemens'] },
  { id: 'uk-latin-subject', text: 'Львівська політехніка та SoftServe підписали меморандум про співпрацю у підготовці ІТ-фахівців.', parties: ['SoftServe'] },
  { id: 'bg-latin-subject', text: 'Техническият университет – Варна и Bosch подписаха договор за дуално обучение на студенти.', parties: ['Bosch'] },
  // An abbreviation the tagger does not expand, in a "between" list.
  { id: 'ru-abbr-between', text: 'Подписан договор о сотрудничестве между Казанским федеральным университетом и ЧувГУ в области подготовки кадров.', parties: ['Казанский', 'ЧувГУ'] },
  { id: 'uk-abbr-between', text: 'Вчора підписано угоду про співпрацю між Житомирською політехнікою та ВСП «ЖФК» щодо обміну студентами.', parties: ['Житомирськ', 'ЖФК'] },
  { id: 'en-abbr-between', text: 'A cooperation agreement was signed between YSU and the Polytechnic University of Armenia on student exchange.', parties: ['YSU', 'Polytechnic University'] },
  // A type word and a name: the type word is part of the name, in the nominative.
  { id: 'ru-head-between', text: '13 марта было подписано соглашение между фондом Роснедра и Уральским государственным горным университетом о стажировках студентов.', parties: ['фонд Роснедра', 'Уральский государственный горный университет'] },
  { id: 'ru-republic-between', text: 'Состоялось подписание соглашения о сотрудничестве между Республикой Алтай и Новосибирским государственным университетом в подготовке специалистов.', parties: ['Республика Алтай'] },
  { id: 'bg-municipality-title', text: 'Ректорът на Русенския университет и кметът на Община Тутракан подписаха договор за сътрудничество в образованието.', parties: ['Русенски университет', 'Община Тутракан'] },
  // A generic word before the name is not part of it.
  { id: 'ru-descriptor-with', text: 'Новосибирский государственный технический университет заключил соглашение с компанией Schneider Electric о подготовке студентов.', parties: ['Schneider Electric'], notParties: ['компани'] },
  { id: 'pl-descriptor-between', text: 'W poniedziałek podpisano umowę patronacką pomiędzy firmą HYDROTOR a Zespołem Szkół Technicznych w Tucholi.', parties: ['HYDROTOR', 'Zespół Szkół Technicznych'], notParties: ['firm'] },
  { id: 'bg-descriptor-with', text: 'Аграрният университет – Пловдив подписа споразумение за сътрудничество с датската компания AGROTECH за стажове на студенти.', parties: ['AGROTECH'], notParties: ['компания'] },
  // English: the subject before "signed", the other side after "with", a legal form and a word-order tail.
  { id: 'en-subject-with', text: 'The Kerala government on Friday signed a memorandum of understanding with Tata Consultancy Services Limited and the College of Engineering Trivandrum for training students.', parties: ['Kerala government', 'Tata Consultancy Services Limited', 'College of Engineering Trivandrum'] },
  { id: 'en-title-of', text: 'The Rector of Kazan Federal University, Ilshat Gafurov, and the CEO of Tatneft, Nail Maganov, signed a cooperation agreement on student internships.', parties: ['Kazan Federal University', 'Tatneft'], notParties: ['Gafurov', 'Maganov'] },
  { id: 'en-passive-by', text: 'A memorandum of understanding on vocational training was signed by the Nairobi Technical Training Institute and Safaricom PLC.', parties: ['Nairobi Technical Training Institute', 'Safaricom PLC'] },
  // Quoted names: an organisation after "и", not the name of a forum before the verb.
  { id: 'ru-quoted-after-verb', text: 'Соглашение о партнерстве подписали 12 мая колледж «Профессионал» в Химках и «Российский союз молодежи».', parties: ['колледж «Профессионал»', 'Российский союз молодежи'] },
  { id: 'ru-forum-name-no-party', text: 'Между Министерством образования Тверской области и Тверским государственным университетом на форуме «Россия» заключено соглашение о подготовке учителей.', parties: ['Министерство образования Тверской области', 'государственный университет'], notParties: ['Россия'] },
];

/** Bodies named in the agreement's sentence that are not its parties. */
const NOT_PARTIES: PartyCase[] = [
  // The news source.
  { id: 'ru-source', text: 'Соглашение о сотрудничестве подписали Самарский университет и Самарский техникум авиационного и промышленного машиностроения, сообщает пресс-служба Министерства образования Самарской области.', parties: ['Самарский', 'Самарский техникум'], notParties: ['Министерство'] },
  { id: 'uk-source', text: 'Меморандум про співпрацю підписали Сумський державний університет і Сумський фаховий коледж, повідомляє пресслужба Сумської обласної військової адміністрації.', parties: ['Сумський державний університет'], notParties: ['адміністрац'] },
  { id: 'en-source', text: 'Makerere University signed a memorandum of understanding with Kampala Capital City Authority on student internships, according to the Ministry of Education and Sports.', parties: ['Makerere University', 'Kampala Capital City Authority'], notParties: ['Ministry'] },
  // The body an agreement creates.
  { id: 'ru-created-body', text: 'Соглашение о создании Ассоциации технических колледжей Урала подписали Екатеринбургский энергетический техникум и Уральский политехнический колледж.', parties: ['Екатеринбургский энергетический техникум'], notParties: ['Ассоциац'] },
  { id: 'pl-created-body', text: 'Porozumienie o utworzeniu Konsorcjum Uczelni Pomorskich podpisały Politechnika Gdańska i Uniwersytet Gdański.', parties: ['Politechnika Gdańska'], notParties: ['Konsorcjum'] },
  // A relative clause about the agreement.
  { id: 'bg-relative-clause', text: 'Кметът на Община Созопол и ректорът на Бургаския свободен университет подписаха договор, с който се предоставя сградата на бившия Център за професионално обучение.', parties: ['Бургаски свободен университет'], notParties: ['Център за професионално обучение'] },
  // Guests at the signing.
  { id: 'pl-guests', text: 'W uroczystym podpisaniu umowy oprócz dyrekcji Zespołu Szkół Ekonomicznych w Lesznie udział wzięli przedstawiciele Starostwa Powiatowego w Lesznie.', parties: ['Zespół Szkół Ekonomicznych'], notParties: ['Starostw'] },
  // Context at the start of the sentence does not hide the parties listed after "between".
  { id: 'ru-presence-then-between', text: 'В присутствии представителей Администрации Каменского района состоялось подписание соглашения между лицеем № 2 города Каменска и гимназией № 7 Ростова.', parties: ['лице', 'гимнази'] },
  // A research academy with a city is not an education partnership (no event at all).
  { id: 'bg-research-municipality', text: 'Меморандум за сътрудничество подписаха Българската академия на науките и Община Габрово.', parties: [], events: 0 },
];

/** A signing whose own sentence names no party: the parties are named just before or after it. */
const NEARBY: PartyCase[] = [
  { id: 'ru-next-sentence', text: 'В Томске подписали соглашение о шефской помощи. Поддержку гимназии № 26 окажет ООО «Томскнефтехим».', parties: ['гимназия № 26', 'Томскнефтехим'] },
  { id: 'ru-parties-in-quote', text: 'На встрече обсуждались вопросы обучения. Стороны подписали трехстороннее соглашение о сотрудничестве.\n«Мы уверены в успехе», — заявил директор Коломенского аграрного колледжа имени Путилина Иван Серов.', parties: ['Коломенский аграрный колледж'] },
  { id: 'uk-previous-sentence', text: 'Делегація Хмельницького національного університету відвідала Кам’янець-Подільський фаховий коледж. За результатами зустрічі сторони підписали угоду про співпрацю.', parties: ['Хмельницький національний університет'] },
];

/** Talk about agreements is no signing. */
const NO_SIGNING: PartyCase[] = [
  { id: 'ru-definition', text: 'Целевое обучение – это обучение по договору о целевом обучении. Гражданин может заключить договор о целевом обучении с одним работодателем.', parties: [], events: 0 },
  { id: 'uk-recommendation', text: 'Перед початком дуального навчання учню, закладу освіти та підприємству рекомендовано укласти тристоронній договір.', parties: [], events: 0 },
  { id: 'uk-law-contract', text: 'Укладання договору дасть змогу студентам отримувати оплату за виробничу практику.', parties: [], events: 0 },
  { id: 'pl-forms', text: 'Patron w liście intencyjnym, porozumieniu lub umowie zawartej ze szkołą deklaruje wsparcie kształcenia.', parties: [], events: 0 },
  { id: 'en-may-conclude', text: 'A student may conclude a training contract with an employer before the start of the academic year.', parties: [], events: 0 },
  // Still an event: no party named, but a date and a place of its own.
  { id: 'ru-dated-placed', text: '13 июня в Минске подписано соглашение о создании ассоциации колледжей.', parties: [], events: 1 },
];

/** An education institution signs without its name: the agreement is an education partnership with the named others. */
const UNNAMED_EDUCATION: PartyCase[] = [
  { id: 'uk-the-university', text: 'Університет розірвав договір з ТОВ «Київбудсервіс» через невиконання умов.', parties: ['Київбудсервіс'] },
  { id: 'ru-the-colleges', text: 'Колледжи Кузбасса подписали соглашение о сотрудничестве с АО «СУЭК-Кузбасс» о практике студентов.', parties: ['СУЭК-Кузбасс'] },
  { id: 'pl-the-school', text: 'Szkoła podpisała umowę patronacką z firmą MOSTOSTAL w obecności przedstawicieli powiatu.', parties: ['MOSTOSTAL'] },
  {
    id: 'en-unnamed-then-named',
    text: 'Today five universities signed a cooperation agreement with Armenian Software LLC and the Innovation Foundation. The agreement was signed between Yerevan State University, Armenian State Pedagogical University and National Polytechnic University of Armenia.',
    parties: ['Armenian Software LLC', 'Yerevan State University'],
    events: 1,
  },
];

/** What an agreement is about is not its party; the cooperation "of X and Y" names its parties. */
const TOPIC: PartyCase[] = [
  // The venue is one of the institutions named later: one agreement.
  {
    id: 'en-unnamed-venue-named',
    text: 'Today 4 universities signed a cooperation agreement with Armenian Software LLC in the Yerevan State University. The agreement was signed between Yerevan State University, Armenian State Pedagogical University and National Polytechnic University of Armenia.',
    parties: ['Armenian Software LLC', 'Yerevan State University'],
    events: 1,
  },
  // Two companies, no school among the signers: no education partnership.
  { id: 'ru-business-only', text: 'ООО «Стройинвест» и АО «Трансмаш» подписали соглашение о строительстве нового корпуса школы № 4.', parties: [], events: 0 },
  { id: 'uk-business-only', text: 'ТОВ «Будпроект» та ПрАТ «Київмлин» уклали договір про ремонт Ліцею № 17 до вересня.', parties: [], events: 0 },
  { id: 'en-business-only', text: 'Infosys Limited signed an agreement with Wipro Limited on software services for schools.', parties: [], events: 0 },
  { id: 'pl-cooperation-of', text: 'Dziś w rektoracie odbyło się podpisanie listu intencyjnego dotyczącego współpracy Politechniki Opolskiej oraz Gminy Prószków.', parties: ['Politechnika Opolska'] },
];

/** Several agreements in one sentence: each agreement word with its own partners, a plural one with a list of them. */
const SPLIT: PartyCase[] = [
  {
    id: 'en-terminations-listed',
    text: 'Charles University decided to terminate its agreements with Russian universities on 1 March 2022. This includes the termination of the cooperation agreement with Tomsk State University, the termination of the research agreement with Kazan Federal University, and the termination of the exchange agreements with Ural Federal University and Altai State University.',
    parties: ['Charles University', 'Tomsk State University'],
    events: 4,
  },
  {
    id: 'ru-plural-with-list',
    text: 'Томский политехнический университет подписал договоры о сотрудничестве с Северским технологическим институтом и Томским техникумом информационных технологий.',
    parties: ['Томский политехнический университет'],
    events: 2,
  },
  {
    id: 'uk-plural-with-list',
    text: 'Житомирська політехніка уклала договори про співпрацю з Житомирським агротехнічним коледжем та Житомирським технологічним коледжем.',
    parties: ['Житомирськ'],
    events: 2,
  },
  {
    id: 'pl-plural-with-list',
    text: 'Politechnika Łódzka zawarła kilka umów o współpracy z Zespołem Szkół Elektronicznych w Łodzi i Zespołem Szkół Mechanicznych w Łodzi.',
    parties: ['Politechnika Łódzka'],
    events: 2,
  },
  {
    id: 'bg-two-agreements',
    text: 'Техническият университет – Габрово подписа споразумение за сътрудничество с Професионалната гимназия по механотехника и договор за практики с Професионалната гимназия по електротехника.',
    parties: ['Технически университет'],
    events: 2,
  },
  // One agreement named twice in its sentence stays one.
  { id: 'ru-one-named-twice', text: 'Меморандум о сотрудничестве подписали Казанский федеральный университет и Казанский авиационный техникум; документ рассчитан на пять лет.', parties: ['федеральный университет', 'Казанский авиационный техникум'], events: 1 },
  { id: 'en-singular-list', text: 'Riga Technical University signed a cooperation agreement with Riga State Technical School and Riga Business School.', parties: ['Riga Technical University', 'Riga State Technical School', 'Riga Business School'], events: 1 },
  // Another verb than "signed" before the agreement: its subject still names the signers.
  { id: 'en-other-verb', text: 'The Centurion University of Technology and the Centre for Development of Advanced Computing penned an MoU. The vice chancellors signed the document.', parties: ['Centurion University', 'Centre for Development of Advanced Computing'], events: 1 },
];

/** The other side named one by one: in the sentence before ("A, B oraz C – to trzy firmy"), or on the lines after a colon. */
const ENUMERATIONS: PartyCase[] = [
  {
    id: 'pl-companies-before',
    text: 'Elektromont, Hotel Dworek, Stalmet Sp. z o.o. oraz Drutex – to cztery firmy, w których uczniowie odbędą praktyki. Dziś umowy o współpracy z przedsiębiorstwami podpisał dyrektor Zespołu Szkół nr 2 w Bytowie.',
    parties: ['Zespół Szkół nr 2', 'Elektromont'],
    events: 4,
  },
  {
    id: 'pl-listed-after-without-colon',
    text: 'Dziś umowy o współpracy z przedsiębiorstwami podpisał dyrektor Technikum nr 3 w Koszalinie. Firmy Hydro-Met Serwis oraz Radiotech przyjmą uczniów na praktyki.',
    parties: ['Technikum nr 3'],
    events: 1,
  },
  {
    id: 'ru-companies-before',
    text: 'Sibur, Полиом, Газпромнефть-ОНПЗ и Омсктехуглерод – эти четыре компании примут студентов на практику. Сегодня соглашения о сотрудничестве с предприятиями подписал Омский государственный технический университет.',
    parties: ['Омский государственный технический университет'],
    events: 4,
  },
  {
    id: 'pl-bullets-after-colon',
    text: 'W dniu 3 marca 2022 r. odbyła się uroczystość podpisania umów patronackich pomiędzy:\nFirmą Budmax S.A.,\na dwiema szkołami:\n• Zespołem Szkół Budowlanych w Opolu,\n• Technikum nr 4 w Opolu.',
    parties: ['Budmax', 'Zespół Szkół Budowlanych'],
    events: 2,
  },
  {
    id: 'en-list-after-colon',
    text: 'Riga Technical University signed agreements with the following companies:\n• Latvenergo,\n• Accenture Latvia,\n• Lattelecom.',
    parties: ['Riga Technical University', 'Latvenergo'],
    events: 3,
  },
  // A plural with nothing listed stays one agreement with the named side.
  { id: 'uk-plural-unlisted', text: 'Сьогодні договори про співпрацю з підприємствами підписав Херсонський політехнічний фаховий коледж.', parties: ['Херсонський політехнічний фаховий коледж'], events: 1 },
];

/** Several agreements in one text stay apart; one agreement written two ways stays one. */
const SEVERAL: PartyCase[] = [
  { id: 'en-same-head-words', text: 'The university terminated the cooperation agreement with Yugra State University and the exchange agreement with Udmurt State University.', parties: ['Yugra State University'], events: 2 },
  { id: 'ru-abbreviation-same', text: 'Президент РТ и ректор Казанского федерального университета подписали соглашение о сотрудничестве. Соглашение между Республикой Татарстан и Казанским федеральным университетом предусматривает подготовку специалистов.', parties: ['федеральный университет', 'Республика Татарстан'], events: 1 },
  // A number inside a forum's quoted name is no tally of agreements.
  { id: 'ru-number-in-name', text: '13 февраля во время форума «Здоровье 80+» было подписано соглашение между фондом Росздрав и Московским государственным медицинским университетом.', parties: ['Московский государственный медицинский университет'], events: 1 },
];

/** Signing words real writers use besides "signed": renewing, formalising, declarations and protocols, letters swapped for look-alikes. */
const SIGNING_WORDS: PartyCase[] = [
  { id: 'bg-renewed', text: 'Ректорът на Пловдивския университет и ректорът на Аграрния университет подновиха договора за сътрудничество.', parties: ['Пловдивски университет'] },
  { id: 'ru-renewed', text: 'Омский государственный университет и Омский аграрный университет продлили соглашение о сотрудничестве ещё на пять лет.', parties: ['Омский государственный университет'] },
  { id: 'uk-renewed', text: 'Одеський національний університет і Одеська політехніка поновили угоду про співпрацю.', parties: ['Одеський національний університет'] },
  { id: 'pl-renewed', text: 'Politechnika Śląska i Uniwersytet Śląski odnowiły porozumienie o współpracy, a w piątek odnowiono umowę z Zespołem Szkół Technicznych w Gliwicach.', parties: ['Politechnika Śląska'] },
  { id: 'en-renewed', text: 'Ghent University and Ghent Polytechnic renewed their cooperation agreement for five years.', parties: ['Ghent University'] },
  { id: 'bg-declaration', text: 'Декларация за създаване на образователен алианс подписаха вчера ректорът на Шуменския университет и директори на средни училища.', parties: ['Шуменски университет'] },
  { id: 'ru-declaration', text: 'Декларацию о сотрудничестве подписали Белгородский государственный университет и Белгородский индустриальный колледж.', parties: ['Белгородский', 'Белгородский индустриальный колледж'] },
  { id: 'bg-protocol', text: 'Областният управител подписа протокол за намерение за сътрудничество между Силистренския университет и Областната администрация.', parties: ['университет'] },
  { id: 'en-inks-pact', text: 'Pune-based Symbiosis International University inks pact with Persistent Systems Limited for training engineering students.', parties: ['Symbiosis International University', 'Persistent Systems Limited'] },
  { id: 'en-moa-apposition', text: 'Kalinga Institute of Industrial Technology, a deemed university in Bhubaneswar, signed an MoA with Tata Steel Limited on Monday.', parties: ['Kalinga Institute of Industrial Technology', 'Tata Steel Limited'] },
  { id: 'en-declaration', text: 'A declaration of intent was signed by Riga Technical University and the Latvian College of Culture.', parties: ['Riga Technical University'] },
  { id: 'bg-formalised', text: 'Споразумението между Русенския университет и фирмата ще бъде официализирано в края на юни.', parties: ['Русенски университет'] },
  { id: 'pl-jest-umowa', text: 'Jest umowa o współpracy Technikum Łączności nr 14 w Krakowie z firmą Orange Polska.', parties: ['Technikum Łączności'] },
  // Latin letters that look like Cyrillic ones inside Cyrillic words.
  { id: 'uk-lookalike-letters', text: 'Вчора відбулося підписaння Договору про співпрaцю між Полтавським нaціонaльним технічним університетом тa Полтаваобленерго.', parties: ['Полтаваобленерго'] },
  { id: 'ru-lookalike-letters', text: 'Cтороны подписaли соглaшение о сотрудничестве: Пензенский государственный университет и Пензaэнерго.', parties: ['Пензенский государственный университет'] },
];

/** How names run in lists: places after them, names of a few words joined by "and", names across a lower-case word. */
const NAME_SHAPES: PartyCase[] = [
  { id: 'ru-place-after-name', text: 'Соглашение о партнерстве подписали 19 марта колледж «Профессионал» в Дубне и «Российский союз молодежи».', parties: ['колледж «Профессионал»', 'Российский союз молодежи'] },
  { id: 'pl-and-inside-name', text: 'Umowę podpisali również przedstawiciele Zespołu Szkół Mechanicznych i Elektrycznych w Opolu oraz opolskiej spółki Mostostal.', parties: ['Mostostal', 'Mechanicznych i Elektrycznych'] },
  { id: 'en-lowercase-in-name', text: 'On May 16 a cooperation memorandum was signed between Tashkent State Oriental studies University and the Uzbek Academy of Sciences.', parties: ['Tashkent State Oriental studies University'] },
  // After a generic word the name runs to its legal form; a two-word place after a party; a plural before the names.
  { id: 'pl-name-to-legal-form', text: 'W Zespole Szkół Technicznych w Cieszynie podpisano umowę między firmą Slezske strojirny a stavby, a.s. a szkołą.', parties: ['Slezske strojirny a stavby, a.s.'] },
  { id: 'pl-two-word-place', text: 'Podpisano umowę patronacką pomiędzy najważniejszymi firmami regionu Odlewnią Żeliwa „ŻELMET” S.A. z Nowego Tomyśla, firmą KOMEX z Lwówka oraz Zespołem Szkół Zawodowych w Grodzisku.', parties: ['KOMEX', 'Zespół Szkół Zawodowych'] },
  // Where the syntax says a party stands, a Slavic name runs on in lower case to the next stop.
  { id: 'uk-lower-case-name', text: 'Меморандум про співпрацю підписали між Житомирським фаховим коледжем культури і мистецтв та Житомирським обласним академічним театром ляльок.', parties: ['Житомирським обласним академічним театром'] },
  { id: 'ru-lower-case-name', text: 'Омский колледж культуры заключил соглашение о сотрудничестве с Омским академическим театром драмы.', parties: ['Омский колледж культуры', 'Омским академическим театром драмы'] },
  { id: 'ru-title-then-name', text: 'Ректор Омского государственного университета Иван Петров и председатель Омской городской думы Сергей Иванов подписали соглашение о сотрудничестве.', parties: ['Омский государственный университет', 'дум'] },
  // A faculty is a unit, not a party; a person is not a name that runs on.
  { id: 'bg-faculty-no-party', text: 'Директорът на гимназията подписа рамково споразумение за сътрудничество с Историческия и Филологическия факултет на Софийския университет.', parties: ['Софийски университет'], notParties: ['факултет'] },
  { id: 'ru-person-not-run-on', text: 'Соглашение о сотрудничестве с Иваном Петровым должно стать началом работы Омского колледжа транспорта с предпринимателями.', parties: [], events: 0 },
  // A Latin name is the fullest form written anywhere in the text.
  { id: 'ru-latin-fullest', text: 'МГУ и Bosch подписали соглашение о сотрудничестве. Меморандум, подписанный университетом и компанией Bosch Rexroth (Германия), предусматривает стажировки.', parties: ['Bosch Rexroth'] },
  // A date between the verb and its subject; a type word before a quoted name is part of it.
  { id: 'ru-date-then-subject', text: 'Меморандум о партнерстве подписали 12 апреля гимназия № 3 города Клина и «Движение первых».', parties: ['Движение первых'] },
  { id: 'ru-head-before-quote', text: 'Колледж «Сфера» и «Сириус» подписали соглашение о сотрудничестве. Меморандум с Фондом «Сириус» рассчитан на три года.', parties: ['Фонд «Сириус»'] },
  // A capitalised "СО" (a branch of an academy) is no "with"; a quoted short form is the tagged body.
  { id: 'ru-capital-so', text: 'Меморандум подписал Новосибирский государственный университет от лица консорциума институтов СО РАН и Фонда «Сколково».', parties: ['Новосибирский', 'Сколково'] },
];

describe.each([
  ['unknown names', UNKNOWN_NAMES],
  ['not parties', NOT_PARTIES],
  ['parties nearby', NEARBY],
  ['no signing', NO_SIGNING],
  ['unnamed education party', UNNAMED_EDUCATION],
  ['what the agreement is about', TOPIC],
  ['signing words', SIGNING_WORDS],
  ['name shapes', NAME_SHAPES],
  ['several agreements in one sentence', SPLIT],
  ['the other side listed one by one', ENUMERATIONS],
  ['several agreements', SEVERAL],
] as const)('partnership parties: %s', (_group, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const events = partnerships(c.text);
    const show = JSON.stringify(events.map((e) => e.parties));
    if (c.events !== undefined) expect(events.length, show).toBe(c.events);
    else expect(events.length, show).toBeGreaterThanOrEqual(1);
    for (const p of c.parties) expect(has(events[0].parties, p), `${p} in ${show}`).toBe(true);
    for (const p of c.notParties ?? []) for (const e of events) expect(has(e.parties, p), `${p} not in ${show}`).toBe(false);
    for (const e of events) expect(e.partyKeys.length).toBe(e.parties.length);
  });
});

describe('parties the tagger did not know become institution tags', () => {
  it('tags them with a kind, their mention, and the key the event names', () => {
    const text = 'Томский государственный университет и Siemens подписали соглашение о сотрудничестве в подготовке инженеров.';
    const doc = analyze({ text, published: '2024-05-20' });
    const e = doc.events.find((x): x is PartnershipEvent => x.type === 'partnership');
    const tag = doc.institutions.find((t) => t.name === 'Siemens');
    expect(tag).toBeDefined();
    expect(e?.partyKeys).toContain(tag?.key);
    expect(tag?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Siemens']);
  });

  it.each([
    ['ru', 'Подписан договор о сотрудничестве между Томским политехническим университетом и ООО «Газпромнефть-Восток».', 'company'],
    ['ru', '13 марта было подписано соглашение между фондом Роснедра и Уральским горным университетом о стажировках.', 'ngo'],
    ['bg', 'Ректорът на Тракийския университет и кметът на Община Гълъбово подписаха договор за сътрудничество.', 'municipality'],
    ['en', 'The Kerala government signed a memorandum of understanding with Tata Consultancy Services Limited and the College of Engineering Trivandrum for training students.', 'company'],
  ] as const)('%s: %s → %s', (_lang, text, kind) => {
    const doc = analyze({ text, published: '2024-05-20' });
    const known = new Set(['university', 'college', 'school', 'lyceum', 'gymnasium', 'technikum', 'vocational-school', 'academy', 'institute', 'kindergarten']);
    const found = doc.institutions.filter((t) => !known.has(t.kind));
    expect(found.map((t) => t.kind), JSON.stringify(found.map((t) => [t.name, t.kind]))).toContain(kind);
  });
});
