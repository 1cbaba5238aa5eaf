/**
 * Institution miss classes found on real news (test/realnews/dev; issue 7 point 2), one table per
 * class, each in every language where the class exists. The sentences are written for these
 * tests in the style of the real ones; each class also has negatives that must stay negatives.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import { canonicalKey } from '../extractors/institutions.js';
import { institutionKeys } from '../store/extract-default.js';
import type { InstitutionKind, InstitutionTag, Lang } from '../types.js';

function tags(text: string, lang: Lang): InstitutionTag[] {
  const doc = analyze({ text, published: '2024-05-10' });
  expect(doc.lang).toBe(lang);
  return doc.institutions;
}
const names = (text: string, lang: Lang): string[] => tags(text, lang).map((t) => t.name);
const mentionsOf = (text: string, lang: Lang): string[] => tags(text, lang).flatMap((t) => t.mentions.map((m) => m.text));

describe('abbreviations a text never defines: the institution registry', () => {
  it.each([
    ['uk', 'Студенти КНУ та ХДУ провели спільну конференцію з питань права.', ['Київський національний університет імені Тараса Шевченка', 'Херсонський державний університет']],
    ['uk', 'Ректор ЧНУ підписав угоду з містом у Чернівцях минулого тижня.', ['Чернівецький національний університет імені Юрія Федьковича']],
    ['uk', 'Делегація ЧНУ відвідала черкаський драмтеатр, і Черкаси зустріли її тепло.', ['Черкаський національний університет імені Богдана Хмельницького']],
    ['uk', 'МОН та Міносвіти оприлюднили новий наказ для шкіл.', ['Міністерство освіти і науки України']],
    ['uk', 'Студенти ЛНУ зі Львова та ОДАУ провели спільну конференцію.', ['Львівський національний університет імені Івана Франка', 'Одеський державний аграрний університет']],
    ['uk', 'Ректор СНУ підписав меморандум про співпрацю з громадою.', ['Східноукраїнський національний університет імені Володимира Даля']],
    ['pl', 'PWSZ w Elblągu i II LO podpisały porozumienie o współpracy.', ['PWSZ w Elblągu', 'II LO']],
    ['ru', 'Выпускники МГУ, СПбГУ, РГГУ и МГИМО встретились в Москве на форуме.', [
      'Московский государственный университет имени М. В. Ломоносова', 'Санкт-Петербургский государственный университет',
      'Российский государственный гуманитарный университет',
      'Московский государственный институт международных отношений (университет) Министерства иностранных дел Российской Федерации',
    ]],
    ['ru', 'Учёные НГУ из Новосибирска и СФУ представили проект, к ним присоединился ВлГУ.', [
      'Новосибирский национальный исследовательский государственный университет', 'Сибирский федеральный университет',
      'Владимирский государственный университет имени Александра Григорьевича и Николая Григорьевича Столетовых',
    ]],
    ['pl', 'Naukowcy z UW i UJ spotkali się w Warszawie na konferencji.', ['Uniwersytet Warszawski', 'Uniwersytet Jagielloński']],
    ['pl', 'Rektor UG podpisał w Gdańsku porozumienie z miastem.', ['Uniwersytet Gdański']],
    ['pl', 'MEiN ogłosiło nabór wniosków dla szkół.', ['Ministerstwo Edukacji i Nauki']],
    ['en', 'Researchers at the U of S and Kyiv University signed a memorandum.', ['University of Saskatchewan', 'Kyiv University']],
    ['bg', 'Делегация от СУ и УНСС пристигна в Пловдив, където студентите се срещнаха с колегите си. МОН одобри програмата за обмен.', [
      'Софийски университет „Св. Климент Охридски“', 'Университет за национално и световно стопанство', 'Министерство на образованието и науката',
    ]],
    ['bg', 'Студентите от ТУ посетиха Габрово и Технически университет – Габрово им показа лабораториите.', ['Технически университет – Габрово']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(names(text, lang).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['ru', 'Ректор МГУ им. Огарева встретился с министром в Саранске.', 'МГУ им. Огарева', 'university'],
    ['ru', 'Соглашение подписал РГУ имени Алексея Косыгина и дизайн-центр.', 'РГУ имени Алексея Косыгина', 'university'],
  ] as const)('%s: an abbreviation with its patron is a name of its own: %s', (lang, text, name, kind) => {
    const t = tags(text, lang).find((x) => x.name === name);
    expect(t, JSON.stringify(names(text, lang))).toBeDefined();
    expect(t!.kind).toBe(kind);
  });

  it.each([
    ['ru', 'Письмо Минпросвещения РФ разослано школам.', 'Минпросвещения РФ'],
    ['ru', 'Приказ Минобрнауки России опубликован вчера.', 'Минобрнауки России'],
    ['uk', 'Наказ МОН України набув чинності.', 'МОН України'],
  ] as const)('%s: a country or region after an abbreviation is part of its mention: %s', (lang, text, mention) => {
    expect(mentionsOf(text, lang)).toContain(mention);
  });

  it.each([
    ['ru', 'Ректоры КФУ и ЧГУ подписали договор о сотрудничестве.', 'ЧГУ'],
    ['en', 'The YSU rector signed the agreement with five universities.', 'YSU'],
  ] as const)('%s: an undefined abbreviation spelled like a state university names one: %s', (lang, text, name) => {
    expect(tags(text, lang).find((t) => t.name === name)?.kind).toBe('university');
  });

  it.each([
    ['ru', 'Бойцы НГУ отразили атаку под Харьковом.'],
    ['uk', 'Підрозділи ЗСУ відбили атаку біля ліцею № 3.'],
    ['pl', 'UG w Kartuzach wydał komunikat w sprawie dróg.'],
    ['pl', 'Prezydent PL ogłosił nowe święto.'],
  ] as const)('%s: an abbreviation that needs its city names nothing without it: %s', (lang, text) => {
    expect(tags(text, lang).filter((t) => t.kind === 'university')).toEqual([]);
  });

  it('gives a registry institution one key in every language, which a query finds by any of its names', () => {
    const uk = tags('Студенти КНУ провели конференцію з питань права.', 'uk')[0];
    const en = tags('Students of Taras Shevchenko National University of Kyiv held a conference.', 'en')[0];
    const ukFull = tags('Студенти Київського національного університету імені Тараса Шевченка провели конференцію.', 'uk')[0];
    expect(uk.key).toBe('registry:ua-knu');
    expect(en.key).toBe(uk.key);
    expect(ukFull.key).toBe(uk.key);
    expect(institutionKeys('КНУ')).toContain(uk.key);
    expect(institutionKeys('Київського національного університету імені Тараса Шевченка')).toContain(uk.key);
    expect(canonicalKey('Taras Shevchenko National University of Kyiv', 'en')).toBe(uk.key);
  });
});

describe('a head word with a place, a genitive or a patron complement', () => {
  it.each([
    ['uk', 'Учені Російської академії наук та Інституту фізики НАН України підписали угоду.', ['Російської академії наук', 'Інституту фізики НАН України']],
    ['ru', 'Сибирское отделение Российской академии наук подписало соглашение с институтом.', ['Российской академии наук']],
    ['pl', 'Zespół Szkół Ponadgimnazjalnych w Kamieniu Pomorskim i Przedszkole Miejskie nr 1 w Kostrzynie nad Odrą podpisały umowę.', [
      'Zespół Szkół Ponadgimnazjalnych w Kamieniu Pomorskim', 'Przedszkole Miejskie nr 1 w Kostrzynie nad Odrą',
    ]],
    ['pl', 'Uniwersytet Adama Mickiewicza i Akademia Leona Koźmińskiego podpisały porozumienie.', ['Uniwersytet Adama Mickiewicza', 'Akademia Leona Koźmińskiego']],
    ['pl', 'Patronat objął Zespół Szkół im. Powstańców Wielkopolskich 1918-1919 w Krzyżu.', ['Zespół Szkół im. Powstańców Wielkopolskich 1918-1919 w Krzyżu']],
    ['en', 'A shell hit school #1 in Avdiivka on Monday.', ['school #1']],
    ['en', 'The Government ITI at Bediya signed an agreement with a carmaker.', ['Government ITI at Bediya']],
    ['uk', 'Угоду підписали з Університетом Короля Данила та Університетом Бориса Грінченка.', ['Університетом Короля Данила', 'Університетом Бориса Грінченка']],
    ['ru', 'Директор Подольского колледжа имени Никулина Андрей Петров выступил на встрече.', ['Подольского колледжа имени Никулина']],
    ['uk', 'Будівлю Університету Шевченка знову пошкоджено уламками.', ['Університету Шевченка']],
    ['ru', 'Делегация Университета Кембриджа посетила лицей № 2, где рассказала о программах обмена.', ['Университета Кембриджа', 'лицей № 2']],
    ['pl', 'Patronem Zespołu Szkół Technicznych im. płk. Gwidona Langera w Cieszynie jest huta.', ['Zespołu Szkół Technicznych im. płk. Gwidona Langera w Cieszynie']],
    ['pl', 'Dyrektor Śląskiego Kuratorium Oświaty w Katowicach Delegatura w Częstochowie przemawiał.', ['Śląskiego Kuratorium Oświaty w Katowicach']],
    ['pl', 'Porozumienie z Technikum nr 1 podpisało Przedsiębiorstwo Sprzętu Ochronnego MASKPOL SA.', ['Technikum nr 1', 'Przedsiębiorstwo Sprzętu Ochronnego MASKPOL SA']],
    ['pl', 'Rada Miasta Charkowa poinformowała w Telegramie o zniszczeniu szkoły nr 5.', ['Rada Miasta Charkowa', 'szkoły nr 5']],
    ['uk', 'Громади задіяні в роботі Відкритого університету для дорослих з 2018 року.', ['Відкритого університету']],
    ['ru', 'Соглашение подписал Московский госуниверситет имени М. В. Ломоносова.', ['Московский госуниверситет имени М. В. Ломоносова']],
    ['ru', 'Пострадавшая школа расположена в центре. Школа района работает удалённо. Инициатором союза выступил лицей № 2.', ['лицей № 2']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(mentionsOf(text, lang).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['ru', 'По словам директора лицея Марины Гусевой, занятия начнутся в октябре.'],
    ['pl', 'Dyrektor szkoły Anna Nowak powiedziała, że lekcje się odbędą.'],
  ] as const)('%s: a person after a lower-case head is not a patron: %s', (lang, text) => {
    for (const m of mentionsOf(text, lang)) expect(m).not.toMatch(/Марины|Anna/);
  });
});

describe('parties in oblique cases, companies, municipalities and authorities, typed as such', () => {
  it.each([
    ['uk', 'Меморандум про співпрацю ліцей № 3 підписав з Опольським Державним Університетом.', 'Опольський Державний Університет', 'university'],
    ['pl', 'Porozumienie Szkoła Podstawowa nr 4 podpisała z Zespołem Szkół Technicznych w Mielcu.', 'Zespół Szkół Technicznych w Mielcu', 'school'],
    ['ru', 'Лицей № 5 заключил договор с АО «Завод металлоконструкций» о практике.', 'АО «Завод металлоконструкций»', 'company'],
    ['pl', 'Umowę z Technikum nr 2 podpisała Odlewnia Żeliwa „Drawski” S.A.', 'Odlewnia Żeliwa „Drawski” S.A.', 'company'],
    ['pl', 'Umowę z Technikum nr 2 podpisała firma Adpol Sp. z o. o. z Mielca.', 'Adpol Sp. z o. o.', 'company'],
    ['bg', 'Община Сандански подписа споразумение с Професионална гимназия по туризъм.', 'Община Сандански', 'municipality'],
    ['uk', 'Гірська сільська рада підписала меморандум з Гірським ліцеєм.', 'Гірська сільська рада', 'council'],
    ['uk', 'Смілянська громада підписала меморандум зі Смілянським ліцеєм № 2.', 'Смілянська громада', 'municipality'],
    ['pl', 'Gmina Kłodzko podpisała umowę ze Szkołą Podstawową nr 1.', 'Gmina Kłodzko', 'municipality'],
    ['uk', 'Нараду провели з Харківською ОВА та ліцеєм № 17.', 'Харківська ОВА', 'authority'],
    ['ru', 'Соглашение с колледжем № 3 подписал акимат Алматинской области.', 'Акимат Алматинской области', 'authority'],
    ['ru', 'Совет ректоров и Пермская городская дума обсудили поддержку лицея № 9.', 'Пермская городская дума', 'council'],
    ['pl', 'Jak podała administracja obwodu charkowskiego, pocisk trafił w szkołę nr 12.', 'Administracja obwodu charkowskiego', 'authority'],
    ['pl', 'Według ministerstwa edukacji Szkoła Podstawowa nr 4 wznowi lekcje.', 'Ministerstwo Edukacji Narodowej', 'ministry'],
    ['uk', 'Ладижинська ОТГ підписала меморандум з Ладижинським коледжем.', 'Ладижинська ОТГ', 'municipality'],
    ['uk', 'Меморандум підписав Вінницький нaціонaльний технічний університет.', 'Вінницький національний технічний університет', 'university'],
    ['bg', 'Кметът на община Стамболийски посети детската градина „Слънце“ след бурята.', 'Община Стамболийски', 'municipality'],
    ['bg', 'Учениците от ПГМЕТ ще провеждат практиката си в завода, съобщиха от училището.', 'ПГМЕТ', 'vocational-school'],
  ] as const)('%s: %s → %s (%s)', (lang, text, name, kind) => {
    const t = tags(text, lang).find((x) => x.name === name);
    expect(t, `${name} in ${JSON.stringify(names(text, lang))}`).toBeDefined();
    expect(t!.kind).toBe(kind satisfies InstitutionKind);
  });

  it.each([
    ['uk', 'Ракета влучила у Сумській громаді, пошкоджено ліцей № 4.', 'Сумська громада'],
    ['uk', 'Школа в селі Добрянської громади зазнала пошкоджень.', 'Добрянська громада'],
    ['pl', 'Zniszczenia w gminie Kłodzko objęły Szkołę Podstawową nr 2.', 'Gmina Kłodzko'],
    ['bg', 'Учениците от ПГПТ Венцислав Петров и Мария Иванова представиха проекта си.', 'ПГПТ Венцислав'],
    ['pl', 'Z danych kuratorium wynika, że w szkole nr 3 brakuje nauczycieli.', 'Kuratorium wynika'],
    ['pl', 'Jak przekazał szef administracji obwodowej Roman Semenucha, ucierpiała szkoła nr 5.', 'Administracja obwodowa Roman Semenucha'],
  ] as const)('%s: a municipality written as a territory, or a person after a name, is not part of an institution: %s', (lang, text, name) => {
    expect(names(text, lang)).not.toContain(name);
  });
});

describe('kinds: education-authority only for bodies about education', () => {
  it.each([
    ['uk', 'Міністерство охорони здоров\'я та департамент освіти Харківської міської ради провели нараду з ліцеєм № 1.', {
      'Міністерство охорони здоров\'я': 'authority', 'Департамент освіти Харківської міської ради': 'education-authority',
    }],
    ['uk', 'Управління соціального захисту населення допомогло ліцею № 2.', { 'Управління соціального захисту населення': 'authority' }],
    ['ru', 'Министерство здравоохранения и Министерство просвещения Российской Федерации подписали соглашение со школой № 5.', {
      'Министерство здравоохранения': 'authority', 'Министерство просвещения Российской Федерации': 'ministry',
    }],
    ['pl', 'Ministerstwo Zdrowia i Ministerstwo Edukacji Narodowej odwiedziły Szkołę Podstawową nr 3.', {
      'Ministerstwo Zdrowia': 'authority', 'Ministerstwo Edukacji Narodowej': 'ministry',
    }],
    ['bg', 'Дирекция „Социални дейности“ и Регионално управление на образованието – Пловдив посетиха СУ „Христо Ботев“.', {
      'Дирекция „Социални дейности“': 'authority', 'Регионално управление на образованието – Пловдив': 'education-authority',
    }],
  ] as const)('%s: %s', (lang, text, kinds) => {
    const got = Object.fromEntries(tags(text, lang).map((t) => [t.name, t.kind]));
    for (const [name, kind] of Object.entries(kinds)) expect(got[name], name).toBe(kind);
  });
});

describe('back-references are mentions, not names', () => {
  it.each([
    ['uk', 'Ліцей № 12 відкрив укриття. У ліцеї навчаються 600 дітей. Школа № 5 теж готується, у школі встановили генератор.', ['ліцеї', 'школі']],
    ['ru', 'Лицей № 12 открыл бомбоубежище. В лицее учатся 600 детей, лицей работает очно.', ['лицее', 'лицей']],
    ['pl', 'Szkoła Podstawowa nr 12 otrzymała sprzęt. Dyrektor szkoły podziękował darczyńcom.', ['szkoły']],
    ['en', 'Kharkiv Lyceum No. 12 reopened. The lyceum now has a shelter.', ['lyceum']],
  ] as const)('%s: %s', (lang, text, refs) => {
    const all = tags(text, lang);
    const mentions = all.flatMap((t) => t.mentions.map((m) => m.text));
    const aliases = all.flatMap((t) => t.aliases);
    for (const r of refs) {
      expect(mentions, r).toContain(r);
      expect(aliases, r).not.toContain(r);
    }
  });
});

describe('institutions listed after a plural head', () => {
  it.each([
    ['bg', 'Пострадали са детските градини „Здравец“, „Райна Княгиня“ и „Брезичка“ в Бургас.', ['Детска градина „Здравец“', 'Детска градина „Райна Княгиня“', 'Детска градина „Брезичка“']],
    ['uk', 'Внаслідок атаки пошкоджено ліцеї № 5 та № 12 у Харкові.', ['Ліцей № 5', 'Ліцей № 12']],
    ['uk', 'Ліцей № 5, 12 та 17 отримали нові генератори від міста.', ['Ліцей № 5', 'Ліцей № 12', 'Ліцей № 17']],
    ['pl', 'Zniszczone zostały szkoły nr 1 i 3 w Kłodzku po nawałnicy.', ['Szkoła nr 1', 'Szkoła nr 3']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(names(text, lang).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['uk', 'Ліцей № 5, 2024 рік став для учнів важким.', ['Ліцей № 5']],
    ['uk', 'У ліцеї № 5, 3 учні отримали поранення.', ['Ліцей № 5']],
  ] as const)('%s: a year or a count after a numbered name is no institution: %s', (lang, text, expected) => {
    expect(names(text, lang)).toEqual([...expected]);
  });
});

describe('English names: their last head word, their right edge, companies, members in the plural', () => {
  it.each([
    ['Kombolcha Polytechnic College signed three memoranda with industry partners.', { 'Kombolcha Polytechnic College': 'college' }],
    ['Students of Federal Polytechnic and Lviv Polytechnic National University met online.', { 'Federal Polytechnic': 'college', 'Lviv Polytechnic National University': 'university' }],
    ['National Research University Higher School of Economics opened a campus.', { 'National Research University Higher School of Economics': 'university' }],
    ['Rockets damaged the National Academy of Sciences and the main building of the university.', { 'National Academy of Sciences': 'research' }],
    ['The National Institute for Strategic Studies signed a memorandum with Uzhhorod National University.', { 'National Institute for Strategic Studies': 'research', 'Uzhhorod National University': 'university' }],
    ['Sonoma Valley Unified School District closed every school on Monday.', { 'Sonoma Valley Unified School District': 'education-authority' }],
    ['Officials of the Union of Rectors of Ukraine met the Polish Rectors\' Foundation and Lublin University in May.', { 'Union of Rectors of Ukraine': 'ngo', "Polish Rectors' Foundation": 'ngo' }],
    ['Kyiv University signed an agreement with MMC Corporation Berhad and Nigeria Machine Tools Limited.', { 'MMC Corporation Berhad': 'company', 'Nigeria Machine Tools Limited': 'company' }],
  ] as const)('%s', (text, kinds) => {
    const got = Object.fromEntries(tags(text, 'en').map((t) => [t.name, t.kind]));
    for (const [name, kind] of Object.entries(kinds)) expect(got[name], name).toBe(kind);
  });

  it.each([
    ['A fire hit Seaforth Public School on Sunday and Upper Mt Gravatt State School on Brisbane\'s south side.', ['Seaforth Public School', 'Upper Mt Gravatt State School']],
    ['The Council on Foreign Relations hosted the University of North Carolina at Chapel Hill.', ['Council on Foreign Relations', 'University of North Carolina at Chapel Hill']],
    ['The Polytechnic of Namibia and TransNamib Holdings signed a memorandum.', ['Polytechnic of Namibia', 'TransNamib Holdings']],
    ['Students of Akesta Polytechnic College Colleges visited the plant.', ['Akesta Polytechnic College']],
  ] as const)('a name stops before a time, a place, another company or a plural head: %s', (text, expected) => {
    expect(names(text, 'en').sort()).toEqual([...expected].sort());
  });

  it.each([
    ['The agreement was put to a vote in the City Council, said the rector of Kyiv University.', 'City Council'],
    ['The Chairman of the Academic Council of the university spoke at Lviv University.', 'Academic Council'],
    ['Rockets damaged Kyiv University and its Maksymovych Scientific Library.', 'Maksymovych Scientific Library'],
    ['Kyiv University students joined the Una Europa One Health Summer School.', 'Una Europa One Health Summer School'],
    ['Lviv Polytechnic National University and its Department of Organic Chemistry hosted guests.', 'Department of Organic Chemistry'],
  ] as const)('not an institution of its own: %s', (text, name) => {
    expect(names(text, 'en')).not.toContain(name);
  });
});

describe('uk/ru names: owners after a quote, patrons before the next person, velar stems, past-tense verbs', () => {
  it.each([
    ['uk', 'Університет уклав договір з ліцеєм «Центральний» Кропивницької міської ради.', ['Ліцей «Центральний» Кропивницької міської ради']],
    ['ru', 'Ректор МГУ им. Н. П. Огарева С. М. Вдовин и ректор СГУ им. Н. Г. Чернышевского Л. Ю. Коссович подписали соглашение.', ['МГУ им. Н. П. Огарева', 'СГУ им. Н. Г. Чернышевского']],
    ['ru', 'Представители Починковской швейной фабрики встретились с колледжем № 5.', ['Починковская швейная фабрика', 'Колледж № 5']],
    ['ru', 'Переговоры Козловского колледжа прошли успешно.', ['Козловский колледж']],
    ['uk', 'Переговори Козівського коледжу пройшли успішно.', ['Козівський коледж']],
    ['ru', 'Подписание договоров состоялось в ЦОПП Смоленской области; среди работодателей ПАО «Дорогобуж» и ОАО «РЖД».', ['ЦОПП Смоленской области', 'ПАО «Дорогобуж»', 'ОАО «РЖД»']],
    ['uk', 'Меморандум підписали ДЕРЖАВНИЙ УНІВЕРСИТЕТ ІНТЕЛЕКТУАЛЬНИХ ТЕХНОЛОГІЙ І ЗВ’ЯЗКУ та ліцей № 5.', ['ДЕРЖАВНИЙ УНІВЕРСИТЕТ ІНТЕЛЕКТУАЛЬНИХ ТЕХНОЛОГІЙ І ЗВ’ЯЗКУ', 'Ліцей № 5']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(names(text, lang).sort()).toEqual([...expected].sort());
  });

  it('a council of a union is its organ: the union is named', () => {
    const got = Object.fromEntries(tags('Ректор вошёл в состав совета Российского Союза ректоров и Самарского университета.', 'ru').map((t) => [t.name, t.kind]));
    expect(got['Российский Союз ректоров']).toBe('ngo');
  });
});

describe('"the mentioned" school is a back-reference', () => {
  it.each([
    ['uk', 'Директор Люблинецького ліцею завітав до сільської ради. Договір підписали між згаданим ліцеєм та Колодяжненською сільською радою.', 'ліцеєм'],
    ['ru', 'Директор Козловского колледжа приехал в администрацию. Договор подписан с упомянутым колледжем в среду.', 'колледжем'],
  ] as const)('%s: %s', (lang, text, ref) => {
    expect(mentionsOf(text, lang)).toContain(ref);
  });
});
