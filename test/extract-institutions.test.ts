import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalKey, extractInstitutions, institutionKey, INSTITUTIONS_EXTRACTOR } from '../extractors/institutions.js';
import type { InstitutionKind, InstitutionTag, Lang } from '../types.js';

/** What a case expects. `names`: the exact set of display names (empty: no institution at all). */
interface Expect {
  names?: string[];
  /** Display name → kind. */
  kinds?: Record<string, InstitutionKind>;
  /** Display name → the text of every mention, in order. */
  mentions?: Record<string, string[]>;
  /** Display name → aliases it must have. */
  aliases?: Record<string, string[]>;
}

type Case = [title: string, text: string, expect: Expect];

function run(text: string, lang: Lang | null): InstitutionTag[] {
  const tags = extractInstitutions(text, { lang });
  // Invariants of every result: exact offsets, sorted mentions, one tag per key, the key of the name.
  const keys = new Set<string>();
  for (const t of tags) {
    expect(t.key).toBe(canonicalKey(t.name, lang));
    expect(keys.has(t.key)).toBe(false);
    keys.add(t.key);
    expect(t.mentions.length).toBeGreaterThan(0);
    expect(t.confidence).toBeGreaterThan(0);
    expect(t.confidence).toBeLessThanOrEqual(1);
    for (let i = 0; i < t.mentions.length; i++) {
      const m = t.mentions[i];
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(t.mentions[i - 1].end);
    }
    expect(t.aliases).not.toContain(t.name);
  }
  return tags;
}

function check(text: string, lang: Lang | null, exp: Expect): void {
  const tags = run(text, lang);
  const byName = new Map(tags.map((t) => [t.name, t]));
  if (exp.names) expect([...byName.keys()].sort()).toEqual([...exp.names].sort());
  for (const [name, kind] of Object.entries(exp.kinds ?? {})) expect(byName.get(name)?.kind, name).toBe(kind);
  for (const [name, ms] of Object.entries(exp.mentions ?? {})) expect(byName.get(name)?.mentions.map((m) => m.text), name).toEqual(ms);
  for (const [name, as] of Object.entries(exp.aliases ?? {})) expect(byName.get(name)?.aliases, name).toEqual(expect.arrayContaining(as));
}

const UK: Case[] = [
  ['capitalised name with genitive complement', 'Сьогодні Міністерство освіти і науки України оприлюднило нові правила вступу.',
    { names: ['Міністерство освіти і науки України'], kinds: { 'Міністерство освіти і науки України': 'ministry' } }],
  ['case forms merge into one institution',
    'Фахівці Інституту модернізації змісту освіти провели семінар. Інститут модернізації змісту освіти запрошує вчителів. Угоду з Інститутом модернізації змісту освіти продовжено.',
    { names: ['Інститут модернізації змісту освіти'], mentions: { 'Інститут модернізації змісту освіти': ['Інституту модернізації змісту освіти', 'Інститут модернізації змісту освіти', 'Інститутом модернізації змісту освіти'] } }],
  ['numbered school in lower case', 'Уночі ракета влучила в ліцей № 17 у Харкові.', { names: ['Ліцей № 17'], kinds: { 'Ліцей № 17': 'lyceum' } }],
  ['different numbers are different schools', 'Школа № 42 та школа № 43 отримали нові автобуси.', { names: ['Школа № 42', 'Школа № 43'] }],
  ['named after, put into the nominative', 'Студенти Харківського національного університету імені В. Н. Каразіна повернулися до аудиторій.',
    { names: ['Харківський національний університет імені В. Н. Каразіна'] }],
  ['legal form with a quoted name; a back-reference',
    'ТОВ «Агротехсервіс» передало Бердичівському фаховому коледжу нове обладнання. Директор коледжу подякував партнерам.',
    { names: ['ТОВ «Агротехсервіс»', 'Бердичівський фаховий коледж'], kinds: { 'ТОВ «Агротехсервіс»': 'company', 'Бердичівський фаховий коледж': 'college' },
      mentions: { 'Бердичівський фаховий коледж': ['Бердичівському фаховому коледжу', 'коледжу'] } }],
  ['abbreviation defined in brackets', 'Державна служба якості освіти України (ДСЯО) перевірила заклад. ДСЯО оприлюднила звіт.',
    { names: ['Державна служба якості освіти України'], mentions: { 'Державна служба якості освіти України': ['Державна служба якості освіти України', 'ДСЯО', 'ДСЯО'] } }],
  ['abbreviation matching the initials, not defined', 'До вас звертається команда Інституту професійного розвитку.\n\nЗ повагою, ІПР',
    { names: ['Інститут професійного розвитку'], aliases: { 'Інститут професійного розвитку': ['ІПР'] } }],
  ['spelled-out and abbreviated legal and type forms are one institution',
    'Державний навчальний заклад «Одеське вище професійне училище морського транспорту» підписав угоду. Директор ДНЗ «Одеське ВПУ морського транспорту» розповів про практику.',
    { names: ['Державний навчальний заклад «Одеське вище професійне училище морського транспорту»'],
      kinds: { 'Державний навчальний заклад «Одеське вище професійне училище морського транспорту»': 'vocational-school' } }],
  ['type abbreviation with a place adjective', 'Про це повідомили в Полтавській обласній військовій адміністрації. Полтавська ОВА закликала батьків до обережності.',
    { names: ['Полтавська обласна військова адміністрація'], aliases: { 'Полтавська обласна військова адміністрація': ['Полтавська ОВА'] } }],
  ['education authority in lower case, named by its council', 'Як повідомили в управлінні освіти Вінницької міської ради, заняття відновлять у понеділок.',
    { names: ['Управління освіти Вінницької міської ради'], kinds: { 'Управління освіти Вінницької міської ради': 'education-authority' } }],
  ['a participle opening the sentence is not part of the name', 'Зруйнована школа № 3 у Бучі буде відбудована до осені.', { names: ['Школа № 3'] }],
  ['a person is not an institution', 'Директор школи Іван Петренко розповів про ремонт покрівлі.', { names: [] }],
  ['generic plurals are not institutions', 'Навчальні заклади та заклади професійної освіти області перейшли на дистанційне навчання.', { names: [] }],
  ['menus and e-mail addresses are not institutions', 'Головна | Новини | Про університет | Контакти\nПишіть на osvita@school.kiev.ua', { names: [] }],
  ['titles of films and series are not institutions', 'Учні переглянули фільм «Школа» та серіал «Академія».', { names: [] }],
  ['police is not an education body', 'Про це повідомили в Головному управлінні Національної поліції в Київській області.', { names: [] }],
];

const RU: Case[] = [
  ['legal forms, quotes and case forms',
    'Соглашение подписали МБОУ «Лицей № 2» и ООО «Техносфера». Ученики «Лицея № 2» пройдут практику. Специалисты «Техносферы» провели экскурсию.',
    { names: ['МБОУ «Лицей № 2»', 'ООО «Техносфера»'], mentions: { 'МБОУ «Лицей № 2»': ['МБОУ «Лицей № 2»', '«Лицея № 2»'], 'ООО «Техносфера»': ['ООО «Техносфера»', '«Техносферы»'] } }],
  ['legal form with a region code', 'ГБПОУ РО «Ростовский колледж связи» объявил набор.', { names: ['ГБПОУ РО «Ростовский колледж связи»'], kinds: { 'ГБПОУ РО «Ростовский колледж связи»': 'college' } }],
  ['numbered school in the genitive', 'Снаряд попал в здание школы № 5 в Белгороде.', { names: ['Школа № 5'], kinds: { 'Школа № 5': 'school' } }],
  ['named after', 'Выпускники Московского государственного университета имени М. В. Ломоносова получили дипломы.',
    { names: ['Московский государственный университет имени М. В. Ломоносова'] }],
  ['three case forms of an unquoted name',
    'Уральский федеральный университет открыл лабораторию. Студенты Уральского федерального университета побывали на заводе. Завод сотрудничает с Уральским федеральным университетом.',
    // A registry institution: its canonical name, whatever form the text writes.
    { names: ['Уральский федеральный университет имени первого Президента России Б. Н. Ельцина'], mentions: { 'Уральский федеральный университет имени первого Президента России Б. Н. Ельцина': ['Уральский федеральный университет', 'Уральского федерального университета', 'Уральским федеральным университетом'] } }],
  ['abbreviation defined in brackets', 'Федеральный институт развития образования (ФИРО) опубликовал рейтинг. По данным ФИРО, спрос растет.',
    { names: ['Федеральный институт развития образования'], aliases: { 'Федеральный институт развития образования': ['ФИРО'] } }],
  ['abbreviation matching the initials', 'Новосибирский государственный технический университет подписал договор. В НГТУ откроют кафедру.',
    { names: ['Новосибирский государственный технический университет'], aliases: { 'Новосибирский государственный технический университет': ['НГТУ'] } }],
  ['back-reference to the only technikum', 'Пермский авиационный техникум получил грант. Директор техникума рассказал о планах.',
    { names: ['Пермский авиационный техникум'], mentions: { 'Пермский авиационный техникум': ['Пермский авиационный техникум', 'техникума'] } }],
  ['lower-case department named by its city', 'Как сообщили в департаменте образования города Москвы, экзамены пройдут по графику.',
    { names: ['Департамент образования города Москвы'] }],
  ['kindergarten with number and quote', 'Дети из детского сада № 12 «Солнышко» выступили на празднике.',
    { names: ['Детский сад № 12 «Солнышко»'], kinds: { 'Детский сад № 12 «Солнышко»': 'kindergarten' } }],
  ['short name of a federal ministry from the tables', 'Минпросвещения России утвердило новый стандарт.', { names: ['Министерство просвещения Российской Федерации'] }],
  ['a person is not an institution', 'Директор школы Анна Смирнова рассказала о ремонте.', { names: [] }],
  ['generic plurals are not institutions', 'Учебные заведения региона перешли на дистанционное обучение.', { names: [] }],
  ['a TV series title is not an institution', 'Вышел новый сезон сериала «Универ».', { names: [] }],
  ['the emergency service is not an education body', 'Главное управление МЧС России по Курганской области сообщило о пожаре.', { names: [] }],
  ['companies alone are not recorded', 'ООО «Альфа» и АО «Бета» подписали договор поставки.', { names: [] }],
];

const PL: Case[] = [
  ['three case forms', 'Politechnika Lubelska podpisała umowę. Studenci Politechniki Lubelskiej odbędą praktyki. Współpraca z Politechniką Lubelską potrwa trzy lata.',
    { names: ['Politechnika Lubelska'], mentions: { 'Politechnika Lubelska': ['Politechnika Lubelska', 'Politechniki Lubelskiej', 'Politechniką Lubelską'] } }],
  ['number, patron and place', 'Uczniowie Szkoły Podstawowej nr 7 im. Marii Konopnickiej w Lublinie wygrali konkurs.',
    { names: ['Szkoła Podstawowa nr 7 im. Marii Konopnickiej w Lublinie'], kinds: { 'Szkoła Podstawowa nr 7 im. Marii Konopnickiej w Lublinie': 'school' } }],
  ['same authority in two cities is two institutions', 'Kuratorium Oświaty w Lublinie oraz Kuratorium Oświaty w Krakowie ogłosiły wyniki.',
    { names: ['Kuratorium Oświaty w Lublinie', 'Kuratorium Oświaty w Krakowie'] }],
  ['company with a legal suffix next to a school', 'Umowę z Zespołem Szkół Mechanicznych w Opolu podpisała spółka Mechatronika sp. z o.o.',
    { names: ['Zespół Szkół Mechanicznych w Opolu', 'Mechatronika sp. z o.o.'], kinds: { 'Mechatronika sp. z o.o.': 'company' } }],
  ['abbreviation defined in brackets', 'Ośrodek Rozwoju Edukacji (ORE) ogłosił nabór. Szkolenia ORE są bezpłatne.',
    { names: ['Ośrodek Rozwoju Edukacji'], aliases: { 'Ośrodek Rozwoju Edukacji': ['ORE'] } }],
  ['back-reference with uczelnia', 'Uniwersytet Rzeszowski otworzył nowy wydział. Uczelnia zatrudni dwudziestu wykładowców.',
    { names: ['Uniwersytet Rzeszowski'], mentions: { 'Uniwersytet Rzeszowski': ['Uniwersytet Rzeszowski', 'Uczelnia'] } }],
  ['agreeing adjectives after the head go into the nominative', 'Lekcje w Szkole Podstawowej nr 2 odwołano.', { names: ['Szkoła Podstawowa nr 2'] }],
  ['roman numerals and the LO abbreviation', 'XIV Liceum Ogólnokształcące im. Stanisława Staszica w Warszawie prowadzi ranking. Absolwenci XIV LO im. Stanisława Staszica w Warszawie studiują za granicą.',
    { names: ['XIV Liceum Ogólnokształcące im. Stanisława Staszica w Warszawie'], kinds: { 'XIV Liceum Ogólnokształcące im. Stanisława Staszica w Warszawie': 'lyceum' } }],
  ['ministry with a connector', 'Ministerstwo Edukacji i Nauki wydało rozporządzenie.', { names: ['Ministerstwo Edukacji i Nauki'] }],
  ['a participle in a headline is not part of the name', 'Zalana Szkoła Podstawowa nr 4 w Nysie\n\nWoda zalała parter budynku.', { names: ['Szkoła Podstawowa nr 4 w Nysie'] }],
  ['a municipality named in lower case', 'Wójt gminy Jabłonna przekazał środki na remont.', { names: ['Gmina Jabłonna'] }],
  ['signatories are people, not institutions', 'Dyrektor szkoły Jan Nowak oraz Prezes Zarządu Katarzyna Wiśniewska złożyli podpisy.', { names: [] }],
  ['generic plurals are not institutions', 'Szkoły i przedszkola w regionie pozostaną zamknięte.', { names: [] }],
  ['a city centre is not a centre', 'Ulice w centrum Lublina zostały zamknięte.', { names: [] }],
  ['a film title is not an institution', 'Nowa ekranizacja „Akademii Pana Kleksa” przyciągnęła widzów.', { names: [] }],
  ['menus and e-mail addresses', 'Strona główna | Aktualności | Kontakt\nsekretariat@zs1.lublin.pl', { names: [] }],
];

const BG: Case[] = [
  ['definite articles are dropped from the display name', 'Професионалната гимназия по туризъм обяви прием. Професионална гимназия по туризъм има нов директор.',
    { names: ['Професионална гимназия по туризъм'], kinds: { 'Професионална гимназия по туризъм': 'vocational-school' } }],
  ['ministry with a definite article', 'Министерството на образованието и науката обяви новите правила.', { names: ['Министерство на образованието и науката'] }],
  ['number before the type abbreviation', '119 СУ „Академик Михаил Арнаудов“ спечели конкурса.', { names: ['119 СУ „Академик Михаил Арнаудов“'], kinds: { '119 СУ „Академик Михаил Арнаудов“': 'school' } }],
  ['type abbreviation and spelled-out type are one school', 'ОУ „Иван Вазов“ отбеляза 100 години. Основно училище „Иван Вазов“ е най-старото в града.',
    { names: ['Основно училище „Иван Вазов“'] }],
  ['abbreviation defined in slashes', 'Национален военен университет „Васил Левски“ /НВУ/ откри нова лаборатория. Курсантите на НВУ ще работят в нея.',
    { names: ['Национален военен университет „Васил Левски“'], mentions: { 'Национален военен университет „Васил Левски“': ['Национален военен университет „Васил Левски“', 'НВУ', 'НВУ'] } }],
  ['company with a legal suffix and a university with its city', '„Софтуерна къща“ ЕООД подписа договор с Техническия университет – Габрово.',
    { names: ['„Софтуерна къща“ ЕООД', 'Технически университет – Габрово'], kinds: { '„Софтуерна къща“ ЕООД': 'company' } }],
  ['municipality with its town', 'Кметът на Община Габрово Таня Христова посети училището. Община Габрово осигури средства.', { names: ['Община Габрово'] }],
  ['regional education office with a dash', 'Регионалното управление на образованието – Пловдив провери училищата.',
    { names: ['Регионално управление на образованието – Пловдив'], kinds: { 'Регионално управление на образованието – Пловдив': 'education-authority' } }],
  ['kindergarten abbreviation with number and quote', 'Покривът на ДГ № 5 „Слънце“ беше повреден от бурята.', { names: ['ДГ № 5 „Слънце“'], kinds: { 'ДГ № 5 „Слънце“': 'kindergarten' } }],
  ['capitalised back-reference', 'Русенският университет „Ангел Кънчев“ прекрати договора. Университетът ще търси нови партньори.',
    { names: ['Русенски университет „Ангел Кънчев“'], mentions: { 'Русенски университет „Ангел Кънчев“': ['Русенският университет „Ангел Кънчев“', 'Университетът'] } }],
  ['coordinated adjectives inside the complement', 'Начело е Университетът за национално и световно стопанство.', { names: ['Университет за национално и световно стопанство'] }],
  ['misspelt adjective merges with the correct spelling', 'Споразумение с Индустриалия клъстер „Роботика“. Членове на Индустриален клъстер „Роботика“ са 40 фирми.',
    { names: ['Индустриален клъстер „Роботика“'], mentions: { 'Индустриален клъстер „Роботика“': ['Индустриалия клъстер „Роботика“', 'Индустриален клъстер „Роботика“'] } }],
  ['a person is not an institution', 'Директорът Иван Петров каза, че ремонтът започва.', { names: [] }],
  ['generic plurals are not institutions', 'Училищата в областта остават затворени.', { names: [] }],
  ['a football club is not an institution', 'Футболният клуб „Академик“ спечели мача.', { names: [] }],
  ['the parliament is not recorded', 'Народното събрание прие промените в закона.', { names: [] }],
];

const EN: Case[] = [
  ['full name and a back-reference', 'Taras Shevchenko National University of Kyiv signed the memorandum. The University will host the students.',
    { names: ['Taras Shevchenko National University of Kyiv'], mentions: { 'Taras Shevchenko National University of Kyiv': ['Taras Shevchenko National University of Kyiv', 'University'] } }],
  ['ministry with "of" complements', 'The Ministry of Education and Science of Ukraine published the data.', { names: ['Ministry of Education and Science of Ukraine'], kinds: { 'Ministry of Education and Science of Ukraine': 'ministry' } }],
  ['numbered vocational school', 'A drone hit Vocational School No. 88 overnight.', { names: ['Vocational School No. 88'], kinds: { 'Vocational School No. 88': 'vocational-school' } }],
  ['abbreviation defined in brackets', 'The National Technical University of Ukraine (KPI) opened a lab. Students of KPI will use it.',
    { names: ['National Technical University of Ukraine'], aliases: { 'National Technical University of Ukraine': ['KPI'] } }],
  ['abbreviation matching the initials', 'Kharkiv National University of Radio Electronics was shelled. KNURE moved classes online.',
    { names: ['Kharkiv National University of Radio Electronics'], aliases: { 'Kharkiv National University of Radio Electronics': ['KNURE'] } }],
  ['a comma list inside a name', 'The Institute of Physics, Mathematics and Computer Science joined the project.', { names: ['Institute of Physics, Mathematics and Computer Science'] }],
  ['the Polytechnic refers back to the university', 'Lviv Polytechnic National University ended the agreement. The Polytechnic had worked with the partner since 2015.',
    { names: ['Lviv Polytechnic National University'], mentions: { 'Lviv Polytechnic National University': ['Lviv Polytechnic National University', 'Polytechnic'] } }],
  ['a quoted name after a long legal description', 'The State Autonomous Institution of the Region "Multi-Centre for Vocational Training" welcomed veterans. The Multicentre offers courses.',
    { names: ['Multi-Centre for Vocational Training'], kinds: { 'Multi-Centre for Vocational Training': 'centre' } }],
  ['company with a legal suffix next to a college', 'Acme Robotics Ltd donated equipment to Lviv Vocational College of Industrial Automation.',
    { names: ['Acme Robotics Ltd', 'Lviv Vocational College of Industrial Automation'], kinds: { 'Acme Robotics Ltd': 'company' } }],
  ['regional administration', 'The Kharkiv Regional Military Administration reported the strike.', { names: ['Kharkiv Regional Military Administration'] }],
  ['a person is not an institution', 'Professor John Smith said the results were good.', { names: [] }],
  ['generic plurals are not institutions', 'Ukrainian universities and schools reopened in September.', { names: [] }],
  ['a lower-case head is not a name', 'Several European university networks are preparing applications.', { names: [] }],
  ['the Academy Awards are not an academy', 'The film won two Academy Awards last night.', { names: [] }],
  ['menus are not institutions', 'Home | News | About the University | Contact', { names: [] }],
  ['the emergency service is not an education body', 'The State Emergency Service of Ukraine put out the fire.', { names: [] }],
];

describe('extractInstitutions', () => {
  it('names itself', () => {
    expect(INSTITUTIONS_EXTRACTOR).toEqual({ name: 'institutions', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });
  it.each(UK)('uk: %s', (_title, text, exp) => check(text, 'uk', exp));
  it.each(RU)('ru: %s', (_title, text, exp) => check(text, 'ru', exp));
  it.each(PL)('pl: %s', (_title, text, exp) => check(text, 'pl', exp));
  it.each(BG)('bg: %s', (_title, text, exp) => check(text, 'bg', exp));
  it.each(EN)('en: %s', (_title, text, exp) => check(text, 'en', exp));
  it('handles an empty text and an unknown language', () => {
    expect(extractInstitutions('', { lang: 'uk' })).toEqual([]);
    expect(run('Kuratorium Oświaty w Rzeszowie podpisało porozumienie.', null).map((t) => t.name)).toEqual(['Kuratorium Oświaty w Rzeszowie']);
  });
});

describe('institutionKey', () => {
  const same: [lang: Lang, names: string[]][] = [
    ['ru', ['МАОУ «Открытая школа»', '«Открытой школой»', 'Открытой школы', 'открытая школа']],
    ['uk', ['Інститут професійних кваліфікацій', 'Інституту професійних кваліфікацій', 'Інститутом професійних кваліфікацій']],
    ['uk', ['ДНЗ «Вінницьке ВПУ сфери послуг»', 'Державний навчальний заклад «Вінницьке вище професійне училище сфери послуг»']],
    ['uk', ['Вінницька ОВА', 'Вінницької обласної військової адміністрації']],
    ['uk', ['школа № 42', 'школи №42', 'Школою № 42']],
    ['uk', ['Харківський національний університет імені В. Н. Каразіна', 'Харківського національного університету ім. В. Н. Каразіна']],
    ['bg', ['Индустриален клъстер „Електромобили“', 'Индустриалният клъстер “Електромобили”', 'Индустриалия клъстер "Електромобили"']],
    ['bg', ['СУ „Христо Ботев“', 'Средно училище „Христо Ботев“']],
    ['pl', ['Instytut Badań Edukacyjnych', 'Instytutu Badań Edukacyjnych', 'Instytucie Badań Edukacyjnych']],
    ['pl', ['Politechnika Rzeszowska', 'Politechnice Rzeszowskiej', 'Politechniką Rzeszowską']],
    ['pl', ['Edu-Tech sp. z o.o.', '„Edu-Tech” Sp. z o.o']],
    ['ru', ['ГАПОУ СО «Уральский колледж технологий»', 'Уральский колледж технологий', 'Уральского колледжа технологий']],
    ['ru', ['Томский политех', 'Томский политехнический университет', 'Томского политеха']],
    ['en', ['Multi-Center for Social and Labor Integration', 'Multicenter for Social and Labor Integration']],
    ['en', ["the University's", 'University']],
  ];
  it.each(same)('%s: case forms and spellings share a key %j', (lang, names) => {
    const keys = new Set(names.map((n) => institutionKey(n, lang)));
    expect(keys.size).toBe(1);
    expect([...keys][0]).not.toBe('');
  });

  const different: [lang: Lang, a: string, b: string][] = [
    ['uk', 'школа № 42', 'школа № 43'],
    ['pl', 'Kuratorium Oświaty w Rzeszowie', 'Kuratorium Oświaty w Krakowie'],
    ['ru', 'Уральский федеральный университет', 'Уральский государственный университет'],
    ['bg', 'Медицински университет – Пловдив', 'Медицински университет – Варна'],
    ['en', 'Lyceum No. 17', 'Lyceum No. 71'],
  ];
  it.each(different)('%s: %s ≠ %s', (lang, a, b) => {
    expect(institutionKey(a, lang)).not.toBe(institutionKey(b, lang));
  });

  const exact: [lang: Lang | null, name: string, key: string][] = [
    ['ru', 'МАОУ «Открытая школа»', 'открыт школа'],
    ['uk', 'ТОВ «Вудмастер»', 'вудмастер'],
    ['uk', 'Ліцей № 5 ім. Т. Г. Шевченка', 'ліцей 5 im шевченк'],
    ['pl', 'Kuratorium Oświaty w Rzeszowie', 'kuratorium oswiat w rzeszow'],
    ['en', 'Vocational School No. 88', 'vocational school 88'],
    ['bg', '„Електрохолд“ ЕАД', 'електрохолд'],
    [null, 'Інститут професійних кваліфікацій', 'інститут професійн кваліфікац'],
    ['en', '', ''],
  ];
  it.each(exact)('%s: %s → "%s"', (lang, name, key) => {
    expect(institutionKey(name, lang)).toBe(key);
  });
});

/** Golden fixtures: test/fixtures/institutions/<lang>-<slug>/{source.txt, expected.json}. */
interface Golden {
  lang: Lang;
  institutions: { name: string; kind: InstitutionKind; mentions: string[] }[];
}

const FIXTURES = join(import.meta.dirname, 'fixtures', 'institutions');
const golden = readdirSync(FIXTURES).filter((d) => !d.startsWith('.')).sort();

describe('extractInstitutions on whole articles', () => {
  it('has a fixture per language', () => {
    expect(new Set(golden.map((d) => d.split('-')[0]))).toEqual(new Set(['uk', 'ru', 'pl', 'bg', 'en']));
  });
  it.each(golden)('%s', (dir) => {
    const text = readFileSync(join(FIXTURES, dir, 'source.txt'), 'utf8');
    const exp = JSON.parse(readFileSync(join(FIXTURES, dir, 'expected.json'), 'utf8')) as Golden;
    const tags = run(text, exp.lang);
    expect(tags.map((t) => t.name)).toEqual(exp.institutions.map((i) => i.name));
    for (const [i, t] of tags.entries()) {
      expect(t.kind, t.name).toBe(exp.institutions[i].kind);
      expect(t.mentions.map((m) => m.text), t.name).toEqual(exp.institutions[i].mentions);
    }
  });
});

describe('extractInstitutions on hostile input', () => {
  const hostile: [string, string][] = [
    ['repeated heads', 'Школа Школа № 1 «Ліцей» ліцей University of '.repeat(5000)],
    ['unbalanced quotes', '«„“"'.repeat(50_000)],
    ['one long word', 'а'.repeat(200_000)],
    ['names without spaces', 'МіністерствоосвітиУкраїни№1'.repeat(8000)],
    ['random characters', Array.from({ length: 200_000 }, (_, i) => 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяABC «»()./-–№ 0123456789\n'[(i * 7919) % 60]).join('')],
  ];
  // Its speed on these inputs is measured by `npm run bench` (hostile texts), not asserted here.
  it.each(hostile)('%s: 200 KB finishes with exact offsets', (_name, text) => {
    run(text.slice(0, 200_000), 'uk');
  });
});
