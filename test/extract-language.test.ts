import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../extractors/language.js';

const uk: string[] = [
  'Школа отримала нове обладнання',
  'Міністерство освіти і науки підписало меморандум',
  'Ракета зруйнувала ліцей у Харкові',
  'У ніч на 29 жовтня внаслідок обстрілу пошкоджено будівлю професійного коледжу.',
  'Інститут професійних кваліфікацій збирає інформацію про зруйновані заклади освіти.',
  'Вчора відбулося засідання педагогічної ради.',
  'Випускники отримали дипломи',
  'Коледж та підприємство домовилися про співпрацю щодо підготовки фахівців.',
  'Шановні колеги! До вас звертається команда Інституту. Просимо надіслати дані про пошкоджені заклади професійної освіти до 31 грудня 2025 року.',
  'Новини освіти',
  'Освітяни Київщини обговорили нові стандарти.',
  'Меморандум між ДНЗ «Київський професійний ліцей» та ТОВ «Техно» передбачає стажування учнів на підприємстві.',
];
const ru: string[] = [
  'Министерство образования подписало договор',
  'Школа получила новое оборудование',
  'В ночь на 29 октября в результате обстрела был повреждён колледж.',
  'Бизнес-центр и школа подписали соглашение о сотрудничестве.',
  'Выпускники получили дипломы',
  'Это первый подобный проект в области, который реализуется при поддержке администрации города.',
  'Учебный год начнётся 1 сентября',
  'Политехнический университет и ресурсный центр готовят соглашение о стратегическом партнёрстве, которое планируется подписать осенью.',
  'Сегодня в школе № 42 прошёл открытый урок.',
  'Новости образования',
  'Студенты колледжа приняли участие в олимпиаде',
  'МАОУ «Открытая школа» будет сотрудничать с городским бизнес-центром.',
];
const bg: string[] = [
  'Министерството на образованието подписа меморандум',
  'Училището получи ново оборудване',
  'Професионалната гимназия подписа споразумение с клъстера',
  'Меморандумът за сътрудничество в областта на професионалното образование беше подписан днес.',
  'Учениците ще провеждат стаж във фирмите на клъстера.',
  'Новини от образованието',
  'Вчера министърът посети професионалната гимназия в Пловдив.',
  'Споразумението е валидно до 31 декември 2025 г. и може да бъде удължено.',
  'Тази година в училището се записаха повече ученици, отколкото през миналата.',
  'Директорът на гимназията благодари на всички партньори.',
  'Университетът откри нов център за дуално обучение',
];
const pl: string[] = [
  'Ministerstwo Edukacji podpisało umowę',
  'Szkoła otrzymała nowe wyposażenie',
  'Porozumienie o współpracy podpisano 8 grudnia 2020 r. w Rzeszowie.',
  'Umowa obowiązuje do 30 czerwca 2022 roku.',
  'Technikum nr 5 im. Jana Pawła II rozpoczęło rekrutację',
  'Wczoraj w kuratorium odbyło się spotkanie dyrektorów szkół zawodowych.',
  'Instytut Badań Edukacyjnych oraz uczelnie partnerskie będą współpracować przy projekcie.',
  'Aktualności',
  'Szkola podpisala umowe z firma',
  'Uczniowie zespołu szkół odbędą praktyki w firmie partnerskiej.',
  'Nowa pracownia dla uczniów',
];
const en: string[] = [
  'Ministry signed agreement with college',
  'Schools reopen after summer break',
  'College gets new lab',
  'Yesterday the minister visited Kyiv',
  'The university and the vocational centre are preparing a strategic partnership agreement.',
  'Vocational School No. 88 was damaged by a missile strike on the night of 29 October.',
  'The memorandum was signed on 19 November, 2019 and remains valid until 30 June 2022.',
  'News',
  'An important disclaimer is at the bottom of this article.',
  'Students of the college took part in the regional olympiad in mathematics.',
  'Partnership with industry cluster announced',
];

describe('detectLanguage: the five languages', () => {
  it.each(uk)('uk: %s', (t) => expect(detectLanguage(t).lang).toBe('uk'));
  it.each(ru)('ru: %s', (t) => expect(detectLanguage(t).lang).toBe('ru'));
  it.each(bg)('bg: %s', (t) => expect(detectLanguage(t).lang).toBe('bg'));
  it.each(pl)('pl: %s', (t) => expect(detectLanguage(t).lang).toBe('pl'));
  it.each(en)('en: %s', (t) => expect(detectLanguage(t).lang).toBe('en'));
});

describe('detectLanguage: other languages are marked, not forced', () => {
  it.each([
    ['be', 'Міністэрства адукацыі падпісала дамову з каледжам аб супрацоўніцтве ў галіне прафесійнай адукацыі.', 'bel'],
    ['be', 'Беларускі ўніверсітэт адкрыў новы вучэбны корпус для студэнтаў.', 'bel'],
    ['sr', 'Министарство просвете потписало је споразум са школом о сарадњи у области стручног образовања.', 'srp'],
    ['sr', 'Ђаци средње стручне школе учествовали су на такмичењу у Београду.', 'srp'],
    ['mk', 'Министерството за образование потпиша договор со училиштето за соработка, а ќе се реализира следната година.', 'mkd'],
    ['de', 'Das Ministerium hat einen Vertrag mit der Berufsschule unterschrieben, der für fünf Jahre gültig ist.', 'deu'],
    ['de', 'Die Schüler der Berufsschule haben heute ihre Zeugnisse erhalten und feiern den Abschluss.', 'deu'],
    ['cs', 'Ministerstvo školství podepsalo smlouvu se střední odbornou školou o spolupráci při výuce.', 'ces'],
    ['cs', 'Žáci střední školy získali certifikáty a zúčastnili se soutěže v Brně.', 'ces'],
  ])('%s: %s', (_name, t, code) => {
    const r = detectLanguage(t);
    expect(r.lang).toBeNull();
    expect(r.other).toBe(code);
  });

  it('Greek text is another language', () => {
    const r = detectLanguage('Το Υπουργείο Παιδείας υπέγραψε συμφωνία με το επαγγελματικό λύκειο της πόλης.');
    expect(r.lang).toBeNull();
    expect(r.other).not.toBeNull();
  });
});

describe('detectLanguage: mixed pages and hints', () => {
  it('a Bulgarian article with an English date line stays Bulgarian', () => {
    const t = 'Posted on 19 November, 2019 by admin\n\nПрофесионалната гимназия по механотехника подписа меморандум за сътрудничество с индустриалния клъстер. Учениците ще провеждат практика във фирмите, а преподавателите ще преминат обучение.';
    expect(detectLanguage(t, 'en-US').lang).toBe('bg');
  });
  it('a Ukrainian article quoting a Russian sentence stays Ukrainian', () => {
    const t = 'Директор коледжу розповів про співпрацю з підприємствами. За його словами, «это очень важный проект». Навчальний заклад планує відкрити ще дві лабораторії у наступному році.';
    expect(detectLanguage(t).lang).toBe('uk');
  });
  it('a Polish article full of English brand names stays Polish', () => {
    const t = 'Szkoła podpisała umowę z firmą Microsoft Poland oraz Cisco Networking Academy. Uczniowie będą mogli zdobywać certyfikaty IT.';
    expect(detectLanguage(t).lang).toBe('pl');
  });
  it('URLs and e-mail addresses do not turn a Russian text English', () => {
    const t = 'Подробнее: https://www.example.com/news/2020/08/30/school-agreement-signed-with-business-center info@school42.example.ru';
    expect(detectLanguage(t).lang).toBe('ru');
  });
  it('<html lang> breaks a tie but does not override clear evidence', () => {
    expect(detectLanguage('Міністерство освіти і науки України', 'ru').lang).toBe('uk');
    expect(detectLanguage('Ministerstwo Edukacji Narodowej', 'en').lang).toBe('pl');
  });
  it('a headline with no distinctive letters follows the hint between close candidates', () => {
    const r = detectLanguage('Новини', 'uk');
    expect(r.lang).toBe('uk');
  });
});

describe('detectLanguage: undetermined and confidence', () => {
  it.each(['', '   ', '12.08.2020 19:02', '—', '2022', 'ok'])('%j gives null without a default', (t) => {
    const r = detectLanguage(t, 'uk');
    expect(r.lang).toBeNull();
    expect(r.other).toBeNull();
    expect(r.confidence).toBe(0);
  });
  it('confidence is within 0..1 and higher for a full paragraph than for a headline', () => {
    const head = detectLanguage('Новини освіти');
    const para = detectLanguage(uk[8] + ' ' + uk[3] + ' ' + uk[7]);
    for (const r of [head, para]) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(para.confidence).toBeGreaterThan(head.confidence);
  });
  it('a long text is analysed on a bounded sample and still comes out right', () => {
    const t = (ru[7] + ' ').repeat(3000);
    const r = detectLanguage(t);
    expect(r.lang).toBe('ru');
    expect(r.confidence).toBeGreaterThan(0.8);
  });
});

describe('detectLanguage on 200 KB of hostile text', () => {
  const n = 200_000;
  const rep = (s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  let seed = 11;
  const random = Array.from({ length: n }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'абвгдеєжзиіїйклмнопрстуфхцчшщьюяыэёъąćęłńóśźżabcdefghijklmnopqrstuvwxyz0123456789 .,«»\n'[seed % 86];
  }).join('');
  it.each([
    ['digits', rep('1234567890')],
    ['no spaces', rep('абвгдabcdąіїєы')],
    ['mixed scripts', rep('Школа school szkoła училище ')],
    ['one letter', rep('ї')],
    ['urls', rep('https://example.org/a/b?c=d ')],
    ['random', random],
  ])('%s completes quickly', (_name, text) => {
    const r = detectLanguage(text);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });
});

describe('headlines alone (12 words or fewer, issue 7 point 6)', () => {
  it.each([
    ['uk', 'Внаслідок обстрілу пошкоджено ліцей у Харкові'],
    ['uk', 'Коледж підписав меморандум з громадою'],
    ['ru', 'При обстреле Донецка пострадала школа'],
    ['ru', 'В Курске повреждено здание колледжа'],
    ['ru', 'Университет и завод подписали соглашение'],
    ['pl', 'podpisanie umowy z technikum'],
    ['pl', 'Pożar szkoły w gminie Kłodzko'],
    ['pl', 'Porozumienie z uczelnią podpisane'],
    ['bg', 'Само три детски градини остават затворени'],
    ['bg', 'Горя училище в Орландовци'],
    ['bg', 'Общината подписа споразумение с гимназията'],
    ['en', 'School damaged in overnight drone attack'],
    ['en', 'University signs memorandum with regional council'],
  ] as const)('%s: %s', (lang, title) => {
    expect(detectLanguage(title, null).lang).toBe(lang);
  });
});
