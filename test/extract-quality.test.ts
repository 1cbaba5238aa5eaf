/**
 * Error classes found on unseen articles, one table per class, in every language the class occurs
 * in: appeals and statistics phrased as requests and counts; negated damage; falling debris and a
 * kind noun that refers back to a named institution; "nobody was killed" and numbers that are not
 * casualties; villages missing from the gazetteer, place names in the document's language and
 * English region names; severity from the institution's own clause; tallies of past agreements,
 * companies with an education word in their name, terminated contracts; related-headline lists.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import { boilerplateSpans } from '../extractors/_boilerplate.js';
import { monthOnlyDates } from '../extractors/_month-only.js';
import { withoutBystanders, withoutSpans } from '../extractors/_tag-filter.js';
import { weekdayDates } from '../extractors/_weekdays.js';
import type { DamageEvent, InstitutionTag, Lang, PartnershipEvent } from '../types.js';

const PUBLISHED = '2024-03-12';
const damage = (text: string, published: string | null = PUBLISHED) =>
  analyze({ text, published }).events.filter((e): e is DamageEvent => e.type === 'damage');
const partnerships = (text: string, published: string | null = PUBLISHED) =>
  analyze({ text, published }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

describe('class 1: appeals and statistics phrased as requests and counts', () => {
  it.each([
    ['uk', 'МОН закликає керівників вносити інформацію про пошкоджені заклади освіти на платформу.', 'appeal'],
    ['uk', 'Міністерство освіти закликає директорів вносити дані про пошкоджені навчальні заклади до реєстру.', 'appeal'],
    ['ru', 'Министерство просвещения просит регионы направить уточнённые сведения о повреждённых школах до конца недели.', 'appeal'],
    ['pl', 'Ministerstwo prosi o przesyłanie informacji o uszkodzonych szkołach w regionie.', 'appeal'],
    ['bg', 'Министерството на образованието призовава директорите да изпращат информация за повредени училища.', 'appeal'],
    ['en', 'The Ministry of Education urges school principals to submit information about damaged schools to the register.', 'appeal'],
    ['ru', 'В регионе с начала года повреждены 96 образовательных организаций, сообщили в министерстве.', 'statistic'],
    ['pl', 'W województwie uszkodzonych zostało co najmniej 78 placówek oświatowych.', 'statistic'],
    ['en', 'Since February 2022, 3,798 educational institutions have been damaged in Ukraine.', 'statistic'],
    ['uk', 'Від початку війни 172 заклади профтехосвіти зазнали руйнувань.', 'statistic'],
    ['uk', 'Від початку повномасштабного вторгнення в області пошкоджено 96 закладів освіти.', 'statistic'],
    ['bg', 'От началото на войната са повредени над 120 училища в Украйна.', 'statistic'],
    ['ru', 'Это уже 17-е учебное заведение в городе, поврежденное с начала года.', 'statistic'],
    ['pl', 'To już 17. placówka oświatowa w mieście uszkodzona od początku roku.', 'statistic'],
    ['en', 'This is the 17th school in the city damaged since the start of the year.', 'statistic'],
  ])('%s: %s → one %s', (_lang, text, scope) => {
    const events = damage(text);
    expect(events, JSON.stringify(events)).toHaveLength(1);
    expect(events[0]).toMatchObject({ scope, institution: null, date: null });
  });

  it.each([
    ['uk', 'Від початку війни 172 заклади профтехосвіти зазнали руйнувань.', 'vocational-school', 'damaged'],
    ['ru', 'С начала года в области повреждены 96 учебных заведений и 12 детских садов.', null, 'damaged'],
    ['en', 'In the region, 96 schools were damaged by shelling since the start of the year.', 'school', 'damaged'],
    ['pl', 'Od początku wojny zniszczonych lub uszkodzonych zostało ponad 3500 placówek edukacyjnych.', null, null],
  ])('%s: a statistic\'s kind and severity: %s', (_lang, text, institutionKind, severity) => {
    const [e, ...rest] = damage(text);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ scope: 'statistic', institutionKind, severity });
  });

  it('an ordinal count after an incident is a statistic of its own, the incident stays', () => {
    const events = damage('У Харкові внаслідок обстрілу пошкоджено ліцей № 5. Це вже 17-й заклад освіти у місті, пошкоджений з початку року.');
    expect(events.map((e) => e.scope)).toEqual(['incident', 'statistic']);
    expect(events[0]).toMatchObject({ institution: 'Ліцей № 5', settlement: 'Харків', cause: 'shelling' });
  });
});

describe('class 2: negated damage is no event', () => {
  it.each([
    ['uk', 'Будівля ліцею вціліла, пошкоджень не зафіксовано. Ракета влучила у склад.'],
    ['uk', 'Шкільна будівля вціліла, пошкоджень не виявлено. Уламки пошкодили житловий будинок.'],
    ['ru', 'Ракета попала в дом на окраине Сум. Школа не пострадала, сообщили власти.'],
    ['ru', 'Здание гимназии уцелело, повреждений не зафиксировано. Обломки повредили жилой дом.'],
    ['pl', 'Pocisk trafił w dom. Szkoła nie została uszkodzona.'],
    ['pl', 'Budynek szkoły ocalał, uszkodzeń nie stwierdzono. Odłamki uszkodziły dom.'],
    ['bg', 'Ракета удари жилищен блок. Училището не е пострадало.'],
    ['bg', 'Сградата на училището оцеля, щети няма. Отломки паднаха върху жилищен блок.'],
    ['en', 'A drone hit a warehouse near Lviv. No damage was reported at the school.'],
    ['en', 'Debris fell on a house; no damage was reported at the nearby school.'],
    ['uk', 'Під час атаки ліцей № 3 використовувався як укриття для мешканців. Дрон влучив у житловий будинок.'],
    ['en', 'After the drone attack on Kharkiv schools switch to remote learning.'],
    ['ru', 'Во время атаки гимназия № 3 служила укрытием для жителей. Беспилотник повредил жилой дом.'],
    ['pl', 'Podczas ataku liceum służyło jako schron dla mieszkańców. Dron uszkodził blok mieszkalny.'],
    ['bg', 'По време на атаката училището служеше за убежище. Дронът повреди жилищен блок.'],
    ['en', 'During the attack the lyceum served as a shelter for residents. A drone damaged an apartment block.'],
    ['uk', 'Після нічної атаки дронів школи Харкова переходять на дистанційне навчання. Пошкоджено житлові будинки.'],
    ['ru', 'После атаки беспилотников школы Белгорода перешли на дистанционное обучение, повреждены жилые дома.'],
    ['uk', 'Будівля школи не постраждала, однак вибуховою хвилею пошкоджено три будинки.'],
    ['bg', 'Училището не е засегнато, но са повредени три къщи.'],
  ])('%s: %s', (_lang, text) => {
    expect(damage(text)).toEqual([]);
  });

  it('a damage word with "не" further on in its clause is still damage ("пошкоджена не вперше")', () => {
    expect(damage('У Сумах ракета пошкодила школу № 4, не вперше з початку року.')).toHaveLength(1);
  });
});

describe('class 3: falling debris, and a kind noun that refers to the named institution', () => {
  it.each([
    ['uk', 'Уламки ракети впали на дах навчального корпусу Харківського ліцею № 7 вчора ввечері.', 'ліцей № 7', 'missile'],
    ['ru', 'Обломки беспилотника упали на крышу учебного корпуса лицея № 2 в Белгороде.', 'лицей № 2', 'drone'],
    ['pl', 'Odłamki rakiety spadły na dach budynku Szkoły Podstawowej nr 3 w Chełmie.', 'szkoła podstawowa nr 3', 'missile'],
    ['bg', 'Отломки от дрон паднаха върху покрива на СУ „Христо Ботев“ в Измаил.', 'су „христо ботев“', 'drone'],
    ['en', 'Debris from a downed drone fell on the roof of a school in Kharkiv.', null, 'drone'],
  ])('%s: %s', (_lang, text, name, cause) => {
    const events = damage(text);
    expect(events, JSON.stringify(events)).toHaveLength(1);
    expect(events[0]).toMatchObject({ scope: 'incident', cause, severity: 'damaged' });
    if (name) expect(events[0].institution?.toLowerCase()).toContain(name);
  });

  it.each([
    ['ru', 'В Новосибирске сообщили о ЧП в детском саду № 112.\n\nПожар в детском саду вспыхнул ночью, здание повреждено.', 'Детский сад № 112', 'Новосибирск'],
    ['uk', 'У Сумах надзвичайна подія в ліцеї № 9.\n\nУ ліцеї вночі сталася пожежа, будівлю пошкоджено.', 'Ліцей № 9', 'Суми'],
  ])('%s: the fire in "the kindergarten" is the named one of its paragraph or the lead', (_lang, text, name, settlement) => {
    const events = damage(text);
    expect(events, JSON.stringify(events)).toHaveLength(1);
    expect(events[0]).toMatchObject({ cause: 'fire', settlement });
    expect(events[0].institution).toBe(name);
  });

  it('a named institution of another kind does not name the bare noun', () => {
    const events = damage('У Сумах працює школа № 9.\n\nУ дитячому садку вночі сталася пожежа, будівлю пошкоджено.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ institution: null, institutionKind: 'kindergarten' });
  });
});

describe('class 4: casualties', () => {
  it.each([
    ['uk', 'Ракета пошкодила школу в Сумах. Загиблих немає.'],
    ['uk', 'Дрон атакував Харків о 21:30. Пошкоджено будівлю ліцею. Ніхто не постраждав.'],
    ['ru', 'В Белгороде беспилотник повредил школу. Погибших нет.'],
    ['pl', 'Pocisk uszkodził szkołę w Rzeszowie. Nikt nie zginął.'],
    ['bg', 'Ракета удари училище в Одеса. Загинали няма.'],
    ['en', 'A missile damaged a school in Kharkiv. No one was killed.'],
  ])('%s: %s → 0 killed, 0 injured', (_lang, text) => {
    const [e, ...rest] = damage(text);
    expect(rest).toHaveLength(0);
    expect(e.casualties).toEqual({ killed: 0, injured: 0 });
  });

  it.each([
    ['bg', 'Ракета попадна в училище в Одеса около 21:30 ч. Повредени са и 15 жилищни сгради.', null],
    ['uk', 'Близько 21:30 загинули двоє людей, коли ракета зруйнувала школу в Сумах.', { killed: 2, injured: null }],
    ['uk', 'У Сумах дрон пошкодив школу, ніхто не постраждав.\n\nУ Харкові внаслідок удару по житловому будинку загинули 3 людини.', { killed: 0, injured: 0 }],
    ['ru', 'В Белгороде обломки повредили школу, пострадавших нет.\n\nВ Курске при атаке на жилой дом погибли 4 человека.', { killed: 0, injured: 0 }],
    ['pl', 'Pocisk uszkodził szkołę w Sumach. Nikt nie zginął, ranny został jeden z pracowników ochrony.', { killed: 0, injured: 1 }],
    ['uk', 'Снаряд пошкодив ліцей у Нікополі. Поранено 58-річного чоловіка, його госпіталізували.', { killed: null, injured: 1 }],
    ['ru', 'В Херсоне обстрелом поврежден колледж, ранен сторож.', { killed: null, injured: 1 }],
    ['bg', 'Бурята повреди детска градина в Благоевград. Никое от децата не е пострадало.', { killed: 0, injured: 0 }],
    ['en', 'Shelling damaged a school in Kherson. A school employee was wounded and taken to hospital.', { killed: null, injured: 1 }],
  ])('%s: numbers come from the casualty phrase of this attack (%s)', (_lang, text, casualties) => {
    const [e] = damage(text);
    expect(e.casualties).toEqual(casualties);
  });
});

describe('class 5: settlements and regions', () => {
  it.each([
    ['uk', 'У селі Осоївка Сумської області дрон пошкодив школу.', 'Осоївка', 'Сумська область'],
    ['uk', 'У с. Осоївка дрон пошкодив школу.', 'Осоївка', null],
    ['pl', 'We wsi Kamionka Wielka nawałnica uszkodziła dach szkoły.', 'Kamionka Wielka', null],
    ['pl', 'W gminie Olszyna wichura uszkodziła przedszkole.', 'Olszyna', null],
    ['bg', 'Отломки от дрон паднаха върху училище в Измаил.', 'Измаил', 'Одеска област'],
    ['en', 'A drone damaged a school in the village of Dovhenke, Kharkiv Oblast.', 'Dovhenke', 'Kharkiv region'],
    ['en', 'A missile damaged a school in Kharkiv.', 'Kharkiv', 'Kharkiv region'],
    ['pl', 'Pocisk zniszczył blok mieszkalny, uszkodzona została też szkoła w Sumach.', 'Sumy', 'obwód sumski'],
    ['ru', 'Вчера село Журавлевка Белгородского района подверглось обстрелу, повреждена школа.', 'Журавлевка', null],
    ['ru', 'Вчера в г. Шебекино при обстреле была повреждена школа, сообщили власти.', 'Шебекино', null],
    ['en', 'Shelling damaged a secondary school in the city of Shebekino, Belgorod region.', 'Shebekino', 'Belgorod region'],
    ['en', 'Shelling damaged a secondary school in Shebekino, Belgorod Oblast.', 'Shebekino', 'Belgorod region'],
    ['bg', 'Бурята повреди покрива на училище в с. Бистрица.', 'Бистрица', null],
  ])('%s: %s → %s / %s', (_lang, text, settlement, region) => {
    const [e, ...rest] = damage(text);
    expect(rest).toHaveLength(0);
    expect(e.settlement).toBe(settlement);
    expect(e.region).toBe(region);
  });

  it('"City Military Administration" is no city', () => {
    const [e] = damage('A missile damaged a school in Kherson, the Kherson City Military Administration said.');
    expect(e.settlement).toBe('Kherson');
  });

  it('a village cue does not reach across a sentence end', () => {
    const [e] = damage('Війна руйнує міста і села. Після удару в Сумах пошкоджено школу.');
    expect(e.settlement).toBe('Суми');
  });
});

describe('class 6: severity from the clause about the institution', () => {
  it.each([
    ['uk', 'Ракета зруйнувала адмінбудівлю, також пошкоджено школу № 5 у Сумах.'],
    ['pl', 'Pocisk zniszczył blok mieszkalny, uszkodzona została też szkoła w Sumach.'],
    ['uk', 'Ракета повністю зруйнувала ліцей у Харкові\n\nУ Харкові вночі ракета влучила поруч із ліцеєм № 12. Ліцей № 12 пошкоджено: вибиті вікна.'],
  ])('%s: %s → damaged', (_lang, text) => {
    const events = damage(text);
    expect(events, JSON.stringify(events)).toHaveLength(1);
    expect(events[0].severity).toBe('damaged');
  });

  it('a destroyed institution stays destroyed', () => {
    expect(damage('У Сумах ракета повністю зруйнувала школу № 5.')[0].severity).toBe('destroyed');
  });
});

describe('class 8: partnerships', () => {
  it.each([
    ['bg', 'Професионална гимназия по електроника има подписани меморандуми с над 15 ИТ компании.'],
    ['en', 'Kyiv Polytechnic Institute has signed more than 20 agreements with employers since 2020.'],
    ['uk', 'Загалом Харківський національний університет уклав понад 40 меморандумів з роботодавцями.'],
    ['ru', 'Всего Томский политехнический университет подписал более 30 соглашений с предприятиями.'],
    ['pl', 'Politechnika Rzeszowska podpisała już ponad 50 umów z pracodawcami.'],
  ])('%s: a tally of past agreements is no event: %s', (_lang, text) => {
    expect(partnerships(text)).toEqual([]);
  });

  it('a tally beside a real signing leaves the signing', () => {
    const events = partnerships('Харківський національний університет підписав меморандум з ТОВ «Агро Світ». Загалом університет уклав понад 40 меморандумів з роботодавцями.');
    expect(events).toHaveLength(1);
    expect(events[0].status).toBe('signed');
    expect(events[0].parties).toHaveLength(2);
  });

  it('a "duration" number is not a tally ("меморандум на 5 років")', () => {
    expect(partnerships('Сумський державний університет підписав меморандум на 5 років з ТОВ «Агро Світ».')).toHaveLength(1);
  });

  it('a company named with an education word is not the education party', () => {
    expect(partnerships('ТОВ «Академія Агро Інвест» підписало договір з ТОВ «Агро Світ».')).toEqual([]);
  });

  it.each([
    ['uk', 'Університет розірвав договір з ТОВ «Будсервіс». Договір був підписаний 12 травня 2019 року.'],
    ['pl', 'Politechnika Rzeszowska wypowiedziała umowę z firmą Budex sp. z o.o. Umowę podpisano 10 maja 2019 roku.'],
  ])('%s: a terminated contract is dated by its termination, not its signing history', (_lang, text) => {
    const [e] = partnerships(text);
    expect(e).toMatchObject({ status: 'terminated', date: PUBLISHED });
  });

  it('a termination with its own date keeps it', () => {
    const [e] = partnerships('Університет розірвав договір з ТОВ «Будсервіс» 5 березня 2024 року. Договір був підписаний 12 травня 2019 року.');
    expect(e).toMatchObject({ status: 'terminated', date: '2024-03-05' });
  });

  it.each([
    ['ru', 'Тверской государственный университет и компания «Ростелеком» подписали соглашение о сотрудничестве в Твери.', 'Тверь'],
    ['ru', 'Сургутский государственный университет подписал соглашение с ПАО «Сургутнефтегаз» в Сургуте.', 'Сургут'],
    ['pl', 'Uniwersytet Warmińsko-Mazurski i Gmina Miasto Ełk podpisali porozumienie w ratuszu w Ełku.', 'Ełk'],
  ])('%s: the signing place in the nominative', (_lang, text, place) => {
    expect(partnerships(text)[0].place).toBe(place);
  });

  it.each([
    ['en', 'Vilnius University and Taras Shevchenko National University of Kyiv signed a memorandum of understanding in Vilnius on 12 May 2022.', 'Vilnius'],
    ['bg', 'На 15.09.2020 г. в Пирдоп Професионалната гимназия по механоелектротехника „Никола Йонков Вапцаров“ и „Аурубис България“ АД сключиха договор за дуално обучение.', 'Пирдоп'],
    ['en', 'Novosibirsk State Technical University and JSC "Siberian Chemical Plant" signed an agreement on cooperation. The signing took place on December 4, 2023 in Novosibirsk.', 'Novosibirsk'],
    ['en', 'Lviv Polytechnic National University and Rzeszów University of Technology signed a memorandum in May.', null],
  ])('%s: a signing place the gazetteer lacks, or in the next sentence', (_lang, text, place) => {
    expect(partnerships(text)[0].place).toBe(place);
  });

  it('a planned signing with a date: planned, dated', () => {
    const [e] = partnerships('Tver State University will sign a cooperation agreement with Rostelecom. The signing is scheduled for December 3.', '2024-11-20');
    expect(e).toMatchObject({ status: 'planned', date: '2024-12-03' });
  });

  it('a headline naming no party merges into the body agreement', () => {
    const events = partnerships('Ukrainian and Polish universities sign memorandum\n\nLviv Polytechnic National University and the Rzeszów University of Technology signed a memorandum of cooperation.');
    expect(events).toHaveLength(1);
    expect(events[0].parties).toHaveLength(2);
  });
});

describe('class 9: related-headline lists are not the article', () => {
  it.each([
    ['uk', 'Читайте також', 'У Харкові ракета пошкодила ліцей № 42'],
    ['ru', 'Читайте также:', 'В Белгороде беспилотник повредил школу № 5'],
    ['pl', 'Czytaj także', 'Pocisk uszkodził Szkołę Podstawową nr 3 w Chełmie'],
    ['pl', 'Zobacz też:', 'Politechnika Rzeszowska podpisała umowę z firmą Budex sp. z o.o.'],
    ['bg', 'Още по темата', 'Ракета разруши училище в Одеса'],
    ['bg', 'Прочетете още:', 'Технически университет - Варна подписа договор с „Дунав Логистик“ ООД'],
    ['en', 'Related', 'Missile damages Lincoln High School in Kharkiv'],
    ['en', 'Read more:', 'Drone hits a school in Sumy'],
  ])('%s: headlines after "%s" give no event', (_lang, heading, headline) => {
    const article = 'The city council met on Monday to discuss the school budget for the next year and the repair of roads.';
    const text = `${article}\n\n${heading}\n${headline}\nAnother short headline about the weather\n`;
    const spans = boilerplateSpans(text);
    expect(spans.length).toBeGreaterThanOrEqual(2);
    expect(text.slice(spans[1].start, spans[1].end)).toBe(headline);
    const doc = analyze({ text, published: PUBLISHED });
    expect(doc.events).toEqual([]);
  });

  it('a heading and its headline on one line are ignored; the article after it is not', () => {
    const text = 'Читайте також: У Харкові ракета пошкодила ліцей № 42\n\nУ Сумах ракета пошкодила школу № 4.';
    const [span, ...rest] = boilerplateSpans(text);
    expect(rest).toHaveLength(0);
    expect(text.slice(span.start, span.end)).toBe('Читайте також: У Харкові ракета пошкодила ліцей № 42');
    const events = damage(text);
    expect(events).toHaveLength(1);
    expect(events[0].settlement).toBe('Суми');
  });

  it('a long line after the heading ends the list', () => {
    const long = 'У Сумах ракета пошкодила школу № 4, повідомили в обласній військовій адміністрації; у будівлі вибиті вікна, пошкоджено дах і спортивну залу, а навчання переведено в онлайн-режим до завершення ремонту.';
    const text = `Читайте також\nКоротка новина\n${long}`;
    const spans = boilerplateSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Читайте також', 'Коротка новина']);
  });
});

describe('class 7: weekdays and month-only dates', () => {
  // 2024-03-12 is a Tuesday.
  it.each([
    ['uk', 'У понеділок ракета влучила в школу.', '2024-03-11'],
    ['uk', 'У ніч на неділю дрон атакував місто.', '2024-03-10'],
    ['ru', 'Во вторник беспилотник атаковал школу.', '2024-03-12'],
    ['ru', 'В ночь с субботы на воскресенье беспилотник атаковал школу.', '2024-03-10'],
    ['pl', 'W poniedziałek wieczorem pocisk trafił w szkołę.', '2024-03-11'],
    ['pl', 'W nocy z soboty na niedzielę dron uszkodził szkołę.', '2024-03-10'],
    ['bg', 'В неделя сутринта бурята повреди училището.', '2024-03-10'],
    ['bg', 'В нощта срещу вторник дрон удари училището.', '2024-03-12'],
    ['en', 'On Tuesday night a drone hit the school.', '2024-03-12'],
    ['en', 'Tuesday night a drone hit the school.', '2024-03-12'],
    ['en', 'Late Friday a drone hit the school.', '2024-03-08'],
  ])('%s: %s → %s', (lang, text, value) => {
    expect(weekdayDates(text, lang as Lang, PUBLISHED).map((d) => d.value)).toEqual([value]);
  });

  it.each([
    ['uk', 'Підписання заплановано на понеділок.'],
    ['en', 'Monday said the minister.'],
    ['ru', 'Школа работает с понедельника по пятницу.'],
  ])('%s: no weekday date in "%s"', (lang, text) => {
    expect(weekdayDates(text, lang as Lang, PUBLISHED)).toEqual([]);
  });

  it.each([
    ['uk', 'У понеділок ракета пошкодила школу № 3 в Сумах.', '2024-03-11'],
    ['ru', 'Во вторник беспилотник повредил лицей № 2 в Белгороде.', '2024-03-12'],
    ['pl', 'W nocy z soboty na niedzielę dron uszkodził Szkołę Podstawową nr 3 w Chełmie.', '2024-03-10'],
    ['bg', 'В нощта срещу вторник руски дрон удари сградата на училището в Одеса, съобщиха от общината.', '2024-03-12'],
    ['en', 'Tuesday night a drone hit a school in Kharkiv, damaging the roof.', '2024-03-12'],
  ])('%s: the damage event takes the weekday date: %s', (_lang, text, date) => {
    const [e] = damage(text);
    expect(e.date).toBe(date);
  });

  it('a signing "у грудні" is dated by the month', () => {
    const [e] = partnerships('Харківський національний університет у грудні підписав меморандум з ТОВ «Агро Світ».');
    expect(e.date).toBe('2023-12');
  });

  it('no publication date, no weekday date', () => {
    expect(weekdayDates('У понеділок ракета влучила в школу.', 'uk', null)).toEqual([]);
  });

  it.each([
    ['uk', 'Меморандум підписали у грудні.', '2024-03-12', '2023-12'],
    ['uk', 'Меморандум підписали у грудні.', '2023-12-20', '2023-12'],
    ['ru', 'Договор подписали в декабре прошлого года.', '2024-12-30', '2023-12'],
    ['pl', 'Umowę podpisano w grudniu.', '2024-12-30', '2024-12'],
    ['bg', 'Договорът беше подписан през декември.', '2024-12-30', '2024-12'],
    ['en', 'The agreement will be signed in September.', '2023-03-01', '2023-09'],
  ])('%s: %s (published %s) → %s', (lang, text, published, value) => {
    expect(monthOnlyDates(text, lang as Lang, published).map((d) => d.value)).toEqual([value]);
  });

  it.each([
    ['uk', 'у грудні 2023 року'],
    ['en', 'in March 5, 2024'],
    ['en', 'it may rain in the march'],
  ])('%s: "%s" is left to the full date extractor or is no month', (lang, text) => {
    expect(monthOnlyDates(text, lang as Lang, PUBLISHED)).toEqual([]);
  });
});

describe('class 9: bodies with no education role', () => {
  const tag = (name: string, kind: InstitutionTag['kind']): InstitutionTag => ({
    key: name.toLowerCase(), name, kind, aliases: [], mentions: [{ start: 0, end: name.length, text: name }], confidence: 0.8,
  });
  it.each([
    ['bg', 'Българската телеграфна агенция', 'agency'],
    ['bg', 'БТА', 'agency'],
    ['uk', 'Укргідрометцентр', 'other'],
    ['pl', 'Kielecka Energetyka Cieplna sp. z o.o.', 'company'],
    ['pl', 'Ministerstwo Spraw Zagranicznych', 'ministry'],
    ['ru', 'Министерство иностранных дел', 'ministry'],
    ['en', 'Oklahoma Weather Service', 'other'],
    ['en', 'Kyiv Congress Centre', 'centre'],
  ])('%s: %s is dropped when no event names it', (lang, name, kind) => {
    const t = tag(name, kind as InstitutionTag['kind']);
    expect(withoutBystanders([t], [], lang as Lang)).toEqual([]);
  });

  it.each([
    ['uk', 'Міністерство освіти і науки України', 'ministry'],
    ['uk', 'Радіотехнічний фаховий коледж', 'college'],
    ['pl', 'Zespół Szkół Energetycznych', 'school'],
    ['en', 'Office for Students', 'agency'],
  ])('%s: %s stays', (lang, name, kind) => {
    const t = tag(name, kind as InstitutionTag['kind']);
    expect(withoutBystanders([t], [], lang as Lang)).toEqual([t]);
  });

  it('an energy company that is a party to an education partnership stays', () => {
    const t = tag('Kielecka Energetyka Cieplna sp. z o.o.', 'company');
    const doc = analyze({ text: 'Technikum nr 2 w Kielcach i Kielecka Energetyka Cieplna sp. z o.o. podpisały umowę o współpracy.', published: PUBLISHED });
    const p = doc.events.find((e): e is PartnershipEvent => e.type === 'partnership');
    expect(p).toBeDefined();
    const withKey = { ...t, key: p!.partyKeys.find((k) => k && k.includes('energetyk')) ?? t.key };
    expect(withoutBystanders([withKey], doc.events, 'pl')).toEqual([withKey]);
  });

  it('mentions inside ignored spans are dropped; a tag with none left is gone', () => {
    const a = { ...tag('Ліцей № 42', 'lyceum'), mentions: [{ start: 10, end: 20, text: 'x' }, { start: 100, end: 110, text: 'y' }] };
    const b = { ...tag('Школа № 5', 'school'), mentions: [{ start: 100, end: 110, text: 'z' }] };
    const out = withoutSpans([a, b], [{ start: 90, end: 120 }]);
    expect(out).toHaveLength(1);
    expect(out[0].mentions.map((m) => m.start)).toEqual([10]);
  });
});

describe('class 10 and 3: institutions missed, former names, companies, streets', () => {
  const names = (text: string) => analyze({ text, published: PUBLISHED }).institutions.map((t) => `${t.name} [${t.kind}]`);

  it.each([
    ['en', 'A tornado damaged Maple Grove Elementary in Moore, Oklahoma, on Tuesday night.', 'Maple Grove Elementary [school]'],
    ['en', 'Lincoln High School opened its gym as a shelter after the storm.', 'Lincoln High School [school]'],
    ['en', 'Education Relief Fund Ukraine donated laptops to Kharkiv Lyceum No. 5.', 'Education Relief Fund Ukraine [ngo]'],
    ['en', 'The Office for Students published new rules for universities.', 'Office for Students [agency]'],
    ['ru', 'Министерство просвещения России и Министерство образования Беларуси подписали соглашение о сотрудничестве.', 'Министерство образования Беларуси [ministry]'],
    ['pl', 'Ministerstwo Edukacji i Nauki oraz Ministerstwo Oświaty Ukrainy podpisały memorandum o współpracy.', 'Ministerstwo Oświaty Ukrainy [ministry]'],
    ['ru', 'Ясли-сад № 45 «Балапан» в Караганде закрыт после пожара, дети не пострадали.', 'Ясли-сад № 45 «Балапан» [kindergarten]'],
    ['ru', 'Правительство Новосибирской области и Новосибирский государственный университет подписали соглашение.', 'Правительство Новосибирской области [authority]'],
    ['bg', 'Български фонд за образование подкрепи СУ „Христо Ботев“ в Пловдив.', 'Български фонд за образование [ngo]'],
    ['pl', 'Powiat Stalowowolski podpisał porozumienie z Zespołem Szkół Ponadgimnazjalnych nr 2.', 'Powiat Stalowowolski [municipality]'],
    ['pl', 'Państwowa Stacja Sanitarno-Epidemiologiczna w Kielcach skontrolowała Szkołę Podstawową nr 5.', 'Państwowa Stacja Sanitarno-Epidemiologiczna w Kielcach [agency]'],
    ['uk', 'Сумський національний аграрний університет підписав меморандум про співпрацю з ТОВ «Академія Агро Інвест».', 'ТОВ «Академія Агро Інвест» [company]'],
  ])('%s: %s → %s', (_lang, text, want) => {
    expect(names(text)).toContain(want);
  });

  it.each([
    ['uk', 'Ліцей № 12 (колишнє Училище № 12) отримав нове обладнання.', 'Ліцей № 12', 'Училище № 12'],
    ['pl', 'Liceum Ogólnokształcące nr 3 (dawniej Gimnazjum nr 3) w Kielcach otrzymało nowe pracownie.', 'Liceum Ogólnokształcące nr 3', 'Gimnazjum nr 3'],
    ['ru', 'Лицей № 7 (бывшая Школа № 7) получил новое оборудование.', 'Лицей № 7', 'Школа № 7'],
    ['en', 'Kyiv Vocational College, formerly Vocational School No. 5, received new equipment.', 'Kyiv Vocational College', 'Vocational School No. 5'],
  ])('%s: a former name is an alias of the institution: %s', (_lang, text, name, former) => {
    const tags = analyze({ text, published: PUBLISHED }).institutions;
    expect(tags).toHaveLength(1);
    expect(tags[0].name).toBe(name);
    expect(tags[0].aliases).toContain(former);
  });

  it('a name that runs on into a company is two bodies, each with its own mention', () => {
    const text = 'Gmina Kielce i Kielecka Energetyka Cieplna sp. z o.o. podpisały umowę z Technikum nr 2.';
    const doc = analyze({ text, published: PUBLISHED });
    const byName = new Map(doc.institutions.map((t) => [t.name, t]));
    expect(byName.get('Gmina Kielce')?.kind).not.toBe('company');
    expect(byName.get('Kielecka Energetyka Cieplna sp. z o.o.')?.kind).toBe('company');
    for (const t of doc.institutions) for (const m of t.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a university unit named with its university is the university', () => {
    const text = 'Students of the School of Computing at the University of Leeds built a robot.';
    const tags = analyze({ text, published: PUBLISHED }).institutions;
    expect(tags.map((t) => t.name)).toEqual(['University of Leeds']);
    for (const m of tags[0].mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a quotation around a quoted company name does not garble the party', () => {
    const text = '„През 2023 г. подписахме договор с „Дунав Логистик“ ООД за практики на учениците“, каза директорът на Професионалната гимназия по транспорт в Русе.';
    const doc = analyze({ text, published: PUBLISHED });
    const names = doc.institutions.map((t) => t.name);
    expect(names).toContain('„Дунав Логистик“ ООД');
    expect(names.some((n) => n.includes('През'))).toBe(false);
    const [p] = doc.events.filter((e): e is PartnershipEvent => e.type === 'partnership');
    expect(p.parties).toContain('„Дунав Логистик“ ООД');
    for (const t of doc.institutions) for (const m of t.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a split name equal to another tag merges into it', () => {
    const text = 'Gmina Kielce i Kielecka Energetyka Cieplna sp. z o.o. podpisały umowę z Technikum nr 2. Gmina Kielce sfinansuje stypendia.';
    const tags = analyze({ text, published: PUBLISHED }).institutions;
    expect(tags.filter((t) => t.name === 'Gmina Kielce')).toHaveLength(1);
    expect(new Set(tags.map((t) => t.key)).size).toBe(tags.length);
  });

  it('two institutions side by side stay two', () => {
    expect(analyze({ text: 'Ліцей № 12 та Школа № 5 отримали нове обладнання.', published: PUBLISHED }).institutions).toHaveLength(2);
  });

  it.each([
    ['en', 'Students of Leeds Trinity University met on College Road. Oklahoma\'s Weather Authority warned of storms.', ['College Road', "Oklahoma's Weather Authority"]],
  ])('%s: streets and weather services are not institutions', (_lang, text, absent) => {
    const got = analyze({ text, published: PUBLISHED }).institutions.map((t) => t.name);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it('institutions named only in a related-headline list are not reported', () => {
    const text = 'Харківський національний університет оголосив набір на нові програми для дорослих слухачів цього року.\n\nЧитайте також\nЛьвівська політехніка відкрила новий корпус\nСумський державний університет отримав грант\n';
    const got = analyze({ text, published: PUBLISHED }).institutions.map((t) => t.name);
    expect(got).toContain('Харківський національний університет');
    expect(got.some((n) => /Сумський/.test(n))).toBe(false);
  });
});

describe('class 8: the lead dates the attack with "обстріляли" (shelling), the weapon comes later', () => {
  it.each([
    ['uk', 'Російські окупанти вночі 25 травня знову обстріляли Харків.\n\nВнаслідок удару ракети С-300 частково зруйновано ліцей.', '2024-05-27', '2024-05-25'],
    ['ru', 'Вечером 2 января российские войска обстреляли Харьков.\n\nРакета попала в здание школы, здание частично разрушено.', '2024-01-04', '2024-01-02'],
    ['pl', 'Wieczorem 2 stycznia Rosjanie ostrzelali Charków.\n\nRakieta trafiła w budynek szkoły, który został częściowo zniszczony.', '2024-01-04', '2024-01-02'],
    ['en', 'On the night of May 25, Russian forces shelled Kharkiv.\n\nA missile hit a lyceum, partially destroying the building.', '2024-05-27', '2024-05-25'],
  ])('%s: %s', (_lang, text, published, date) => {
    const [e, ...rest] = damage(text, published);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ date, cause: 'missile' });
    expect((e as { dateBasis?: string }).dateBasis).toBe('text');
  });
});
