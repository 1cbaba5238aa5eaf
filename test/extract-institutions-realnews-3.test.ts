/**
 * Institution extent and recall classes of round 3 on real news (test/realnews/dev), one table per
 * class, each in every language where the class occurs. The sentences are written for these tests
 * in the style of the real ones; each class has negatives that must keep their shorter extent.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import { mergeSameKey } from '../extractors/_tag-filter.js';
import type { InstitutionTag, Lang } from '../types.js';

function tags(text: string, lang: Lang): InstitutionTag[] {
  const doc = analyze({ text, published: '2024-05-10' });
  expect(doc.lang).toBe(lang);
  return doc.institutions;
}
const mentionsOf = (text: string, lang: Lang): string[] => tags(text, lang).flatMap((t) => t.mentions.map((m) => m.text));
const names = (text: string, lang: Lang): string[] => tags(text, lang).map((t) => t.name);

/** Every expected mention is predicted with exactly that extent, and none of the shorter forms is. */
function expectExtents(text: string, lang: Lang, expected: readonly string[], notExpected: readonly string[] = []): void {
  const got = mentionsOf(text, lang);
  for (const m of expected) expect(got, JSON.stringify(got)).toContain(m);
  for (const m of notExpected) expect(got, JSON.stringify(got)).not.toContain(m);
}

describe('a Bulgarian place after a dash or after a municipality is part of the name', () => {
  it.each([
    ['Ректорът на Аграрен университет – Стара Загора посети фермата, където студентите работят през лятото.', 'Аграрен университет – Стара Загора', 'Аграрен университет'],
    ['Машините са дарени от Професионална гимназия по механика – гр. Бургас на нашето училище.', 'Професионална гимназия по механика – гр. Бургас', 'Професионална гимназия по механика'],
    ['Договорът с Община Червен бряг беше подписан от ректора на университета.', 'Община Червен бряг', 'Община Червен'],
    ['Кметът на Община Самоков Георги Иванов подписа споразумение с гимназията.', 'Община Самоков', 'Община'],
    ['Областна администрация Ловеч\nСреща на ректора на университета с областния управител.', 'Областна администрация Ловеч', 'Областна администрация'],
  ] as const)('bg: %s', (text, full, short) => {
    expectExtents(text, 'bg', [full], [short]);
  });

  it.each([
    // A first name without a surname after the abbreviation is the person, not a place.
    ['Директорът на ПГМЕ Венцислав Василев представи новата специалност на родителите.', 'ПГМЕ Венцислав'],
    // A capitalised word that is not a known place and a word after it: no two-word place.
    ['Делегацията на Община Бургас се срещна с ректора на университета.', 'Община Бургас се'],
  ] as const)('bg, not a place: %s', (text, wrong) => {
    expect(mentionsOf(text, 'bg')).not.toContain(wrong);
  });
});

describe('a name of modifiers and a head takes the settlement written after it', () => {
  it.each([
    ['bg', 'Студентите на Медицинския университет в Пловдив започнаха практика в болницата.', 'Медицинския университет в Пловдив', 'Медицинския университет'],
    ['bg', 'Решението беше взето от Общинския съвет във Варна миналата седмица, съобщиха от университета.', 'Общинския съвет във Варна', 'Общинския съвет'],
    ['ru', 'Суд приостановил лицензию Европейского университета в Санкт-Петербурге на прошлой неделе.', 'Европейского университета в Санкт-Петербурге', 'Европейского университета'],
    ['uk', 'Студенти Українського католицького університету у Львові зібрали допомогу для ліцею.', 'Українського католицького університету у Львові', 'Українського католицького університету'],
  ] as const)('%s: %s', (lang, text, full, short) => {
    expectExtents(text, lang, [full], [short]);
  });

  it.each([
    // A quoted name is named already: the settlement says where it is.
    ['ru', 'Студенты колледжа «Подмосковье» в Лобне встретились с депутатами.', 'колледжа «Подмосковье» в Лобне'],
    ['bg', 'Учениците от СОУ „Неофит Рилски“ в Харманли откриха новия кабинет.', 'СОУ „Неофит Рилски“ в Харманли'],
    // A bare head refers back; a country is no settlement.
    ['uk', 'Ракета влучила в університет у Києві, повідомили в міській раді.', 'університет у Києві'],
    ['bg', 'Техническият университет в България има нова лаборатория.', 'Техническият университет в България'],
  ] as const)('%s, the settlement stays outside: %s', (lang, text, wrong) => {
    expect(mentionsOf(text, lang)).not.toContain(wrong);
  });
});

describe('a company\'s seat after its legal form', () => {
  it.each([
    ['Umowę podpisali dyrektor Zespołu Szkół nr 2 i prezes firmy Radiometer Sp. z o.o. w Stargardzie.', 'Radiometer Sp. z o.o. w Stargardzie'],
    ['Uczniowie Technikum nr 5 odbędą praktyki w firmie Mercedes-Benz Kowalski Sp. z o.o. Sp. k. w Szczecinie od września.', 'Mercedes-Benz Kowalski Sp. z o.o. Sp. k. w Szczecinie'],
  ] as const)('pl: %s', (text, full) => {
    expect(names(text, 'pl')).toContain(full);
    expectExtents(text, 'pl', [full]);
  });
});

describe('pl: a back-reference with its place says which school', () => {
  it.each([
    ['Strażacy gasili pożar Szkoły Podstawowej nr 3 w Lipnie. Uczniowie szkoły w Lipnie wrócą na lekcje w poniedziałek.', 'szkoły w Lipnie'],
    ['Dach Zespołu Szkół w Nowej Sarzynie zerwał wiatr. Minister odwiedziła szkołę w miejscowości Nowa Sarzyna we wtorek.', 'szkołę w miejscowości Nowa Sarzyna'],
  ] as const)('pl: %s', (text, full) => {
    expectExtents(text, 'pl', [full]);
  });
});

describe('en: a headline in title case holds the names written in the text', () => {
  it.each([
    ['Classes Canceled After Storm Tears Roof Off Lakeside School\n\nThe storm hit Lakeside School on Sunday night and students stay home.', ['Lakeside School'], 'Tears Roof Off Lakeside School'],
    ['Ministry of Labour Signs Memorandum of Partnership With Riverside College\n\nThe Ministry of Labour and Riverside College agreed on internships.', ['Ministry of Labour', 'Riverside College'], 'Ministry of Labour Signs Memorandum of Partnership'],
  ] as const)('%s', (text, expected, wrong) => {
    const got = mentionsOf(text, 'en');
    for (const m of expected) expect(got.filter((x) => x === m).length, JSON.stringify(got)).toBe(2);
    expect(got.some((x) => x.includes(wrong)), JSON.stringify(got)).toBe(false);
  });

  it('a headline name written the same way in the text stays whole', () => {
    const text = 'Educational and Scientific Institute of Chemistry Reopens Its Laboratories\n\nThe Educational and Scientific Institute of Chemistry said the Institute of Chemistry will host students.';
    expect(mentionsOf(text, 'en').filter((m) => m === 'Educational and Scientific Institute of Chemistry').length).toBe(2);
  });
});

describe('en: a name stops before a person and before a second body joined by "and"', () => {
  it.each([
    ['The memorandum was signed by the Chairman of the Lviv Regional Council Mykhailo Kovalenko and the rector of the university.', 'Lviv Regional Council'],
    ['The director of the Department of Education of Kyiv City Council Vitaliy Melnyk said classes resume online.', 'Department of Education of Kyiv City Council'],
    ['The conference was organised by the Polish Chamber of Industry and Commerce and Advantage Austria with the Gabrovo Technical College.', 'Polish Chamber of Industry and Commerce'],
    ['An agreement was signed between the Kalinga University of Technology and C-DAC for training teachers.', 'Kalinga University of Technology'],
  ] as const)('%s', (text, full) => {
    expectExtents(text, 'en', [full]);
  });
});

describe('en: an institute carries the university it belongs to', () => {
  it.each([
    ['Debris damaged the Institute of Philology of Ivan Franko National University of Lviv overnight.', 'Institute of Philology of Ivan Franko National University of Lviv'],
    ['Windows were broken at the Institute of Journalism of KNU, the rector said.', 'Institute of Journalism of KNU'],
  ] as const)('%s', (text, full) => {
    expectExtents(text, 'en', [full]);
  });

  it('a library is not an institute: its university stays a name of its own', () => {
    const text = 'The missile damaged the Scientific Library of Ivan Franko National University of Lviv, the ministry said.';
    expect(names(text, 'en')).toContain('Ivan Franko National University of Lviv');
  });
});

describe('lower-case adjectives of the type and hyphenated or "висш-" modifiers are part of a name', () => {
  it.each([
    ['bg', 'Пожар избухна в професионална гимназия „Христо Ботев“ в града тази нощ.', 'професионална гимназия „Христо Ботев“'],
    ['bg', 'Сряда е неучебен ден за учениците от Професионалната гимназия „Димитър Благоев“ след бурята.', 'Професионалната гимназия „Димитър Благоев“'],
    ['bg', 'Ректорът на Минно-геоложки университет „Св. Иван Рилски“ подписа меморандума.', 'Минно-геоложки университет „Св. Иван Рилски“'],
    ['bg', 'Студентите на Висшето транспортно училище „Тодор Каблешков“ посетиха завода.', 'Висшето транспортно училище „Тодор Каблешков“'],
    ['uk', 'Допомогу Ліцею № 3 надав благодійний фонд «Діти майбутнього» разом із громадою.', 'благодійний фонд «Діти майбутнього»'],
    ['uk', 'Меморандум підписано з громадською спілкою «Асоціація освітян півдня» та Ліцеєм № 5.', 'громадською спілкою «Асоціація освітян півдня»'],
    ['ru', 'Шефство над средней школой № 45 взял завод, сообщили в администрации.', 'средней школой № 45'],
    ['ru', 'Учения прошли в ГУО «Средняя школа № 12 г. Гомеля» в пятницу.', 'ГУО «Средняя школа № 12 г. Гомеля»'],
  ] as const)('%s: %s', (lang, text, full) => {
    expectExtents(text, lang, [full]);
  });

  it.each([
    ['bg', 'Пожар избухна в кърджалийската професионална гимназия „Христо Ботев“ тази нощ.', 'професионална гимназия „Христо Ботев“'],
    ['ru', 'Эвакуированных разместили в ближайшей школе № 47 на улице Мира.', 'школе № 47'],
    ['uk', 'Уламки впали біля пошкодженого ліцею № 7 у центрі міста, повідомили в ОВА.', 'ліцею № 7'],
  ] as const)('%s, other lower-case words stay outside: %s', (lang, text, full) => {
    expectExtents(text, lang, [full]);
  });

  it('bg: a higher school is a university, with a settlement the gazetteer may not hold', () => {
    const t = tags('Подписан е договор между Технически университет – Габрово и Висшето училище в Кемниц за обмен на студенти.', 'bg')
      .find((x) => x.name.startsWith('Висше'));
    expect(t?.name).toBe('Висше училище в Кемниц');
    expect(t?.kind).toBe('university');
  });
});

describe('an abbreviation takes the quoted name or the dash place its name has', () => {
  it.each([
    ['Подновен договор за сътрудничество с РУ „Ангел Кънчев“\nРусенски университет „Ангел Кънчев“ и Техническият колеж подписаха договора.', 'РУ „Ангел Кънчев“'],
    ['Технически университет – Варна подписа договор с Морската гимназия. Ректорът на ТУ – Варна благодари на кмета.', 'ТУ – Варна'],
  ] as const)('bg: %s', (text, full) => {
    expectExtents(text, 'bg', [full]);
  });

  it('bg: a dash place the name does not end in stays outside', () => {
    const text = 'Технически университет – Варна подписа договор с общината. Делегация на ТУ – Бургас посети Варна.';
    expect(mentionsOf(text, 'bg')).not.toContain('ТУ – Бургас');
  });
});

describe('company names: a production union, a brand in capitals, a company head opening a line', () => {
  it('en: “X” PU and “Y” Production Union', () => {
    const text = 'Khazar University signed a memorandum with the “Radio Broadcasting and Communication” Production Union (“Radiotel” PU). Students will train at “Radiotel” PU.';
    expectExtents(text, 'en', ['“Radio Broadcasting and Communication” Production Union', '“Radiotel” PU']);
  });

  it.each([
    ['Umowę patronacką podpisało Technikum nr 2 oraz Zakład KOMAX w Lesznie.', 'Zakład KOMAX w Lesznie'],
    ['Przedsiębiorstwem Produkcji Maszyn AGROMET SA zawarło umowę z Technikum nr 3.', 'Przedsiębiorstwem Produkcji Maszyn AGROMET SA'],
  ] as const)('pl: %s', (text, full) => {
    expectExtents(text, 'pl', [full]);
  });
});

describe('bg: complements of a name go on over lists, plural nouns and where the body works', () => {
  it.each([
    ['Наградата е от Българската асоциация за мебели, дървесина и хартия /БАМДХ/ за учениците на СУ „Христо Ботев“.', 'Българската асоциация за мебели, дървесина и хартия'],
    ['Договор подписаха Сдружението на европейските градове и региони и Аграрният университет миналия месец.', 'Сдружението на европейските градове и региони'],
    ['Меморандум между университета и Националната агенция за свободните зони беше подписан вчера.', 'Националната агенция за свободните зони'],
    ['Меморандум с Националното сдружение на общините в България подписа Техническият университет.', 'Националното сдружение на общините в България'],
    ['Споразумение подписаха университетът и Държавната агенция за българите в чужбина днес.', 'Държавната агенция за българите в чужбина'],
  ] as const)('%s', (text, full) => {
    expectExtents(text, 'bg', [full]);
  });

  it.each([
    ['Министерството на образованието в понеделник обяви графика на ваканциите за училищата.', 'Министерството на образованието'],
    ['Форумът се проведе в библиотеката на Технически университет Габрово с участие на студенти.', 'Технически университет Габрово'],
  ] as const)('the complement stops: %s', (text, full) => {
    expectExtents(text, 'bg', [full]);
  });
});

describe('uk: the noun of a genitive adjective and an emphatic pronoun', () => {
  it.each([
    ['Меморандум підписали з Українським інститутом національної пам’яті та Ліцеєм № 4.', 'Українським інститутом національної пам’яті'],
    ['Обласна рада сама виділила кошти Ліцею № 2 на ремонт.', 'Обласна рада'],
  ] as const)('%s', (text, full) => {
    expectExtents(text, 'uk', [full]);
  });
});

describe('en: a possessor before a name and lower-case words of the type', () => {
  it.each([
    ["A fire destroyed a portable classroom at Riverside's Lincoln Elementary School on Monday.", 'Lincoln Elementary School', "Riverside's Lincoln Elementary School"],
    ["Students of King's College signed the letter.", "King's College", 'College'],
    ['Pupils of the professional technical school “Hristo Botev” train at the plant.', 'professional technical school “Hristo Botev”', 'school “Hristo Botev”'],
  ] as const)('%s', (text, full, short) => {
    expectExtents(text, 'en', [full], [short]);
  });
});

describe('uk/ru: a university inside its unit\'s name, an abbreviation in brackets, comma lists', () => {
  it.each([
    ['ru', 'Меморандум подписан между компанией и Московским госуниверситетом (МГУ) имени М.В. Ломоносова в Москве.', 'Московским госуниверситетом (МГУ) имени М.В. Ломоносова'],
    ['ru', 'Соглашение подписали Институт истории и права МГУ им. Н.П. Огарева и музей.', 'Институт истории и права МГУ им. Н.П. Огарева'],
    ['ru', 'Студенты Донецкого колледжа кино и телевидения им. А.А.Ханжонкова сняли фильм.', 'Донецкого колледжа кино и телевидения им. А.А.Ханжонкова'],
    ['uk', 'Пошкоджено будівлю Харківського фахового коледжу будівництва, архітектури та дизайну Харківського національного університету минулої ночі.', 'Харківського фахового коледжу будівництва, архітектури та дизайну Харківського національного університету'],
    ['ru', 'Соглашение заключили колледж экономики, права и сервиса Курского государственного университета и завод.', 'колледж экономики, права и сервиса Курского государственного университета'],
  ] as const)('%s: %s', (lang, text, full) => {
    expectExtents(text, lang, [full]);
  });

  it('ru: "колледжем КГУ" is a mention of the college its initials name', () => {
    const text = 'Подписание соглашения между колледжем КГУ и заводом\nСоглашение заключили колледж экономики, права и сервиса Курского государственного университета и завод.';
    const college = tags(text, 'ru').find((t) => t.kind === 'college');
    expect(college?.mentions.map((m) => m.text)).toContain('колледжем КГУ');
  });

  it.each([
    ['uk', 'Команда ЗОШ №20 грати буде у фіналі кубка.', 'ЗОШ №20', 'ЗОШ №20 грати'],
    ['bg', 'Община Своге съобщи, че сигнали за щети по ОУ „Христо Ботев“ се приемат в Общината на тел. 0888 123 456 всеки ден.', 'Общината', 'Общината на тел'],
  ] as const)('%s: a name stops before a verb or a telephone: %s', (lang, text, full, wrong) => {
    expectExtents(text, lang, [full], [wrong]);
  });
});

describe('tags merged or joined keep clean mentions', () => {
  it('two tags of one key merge without a mention inside another', () => {
    const text = 'Меморандумы с Фондом «Технопарк» подписали вузы.';
    const at = text.indexOf('Фондом');
    const q = text.indexOf('«');
    const long = { text: 'Фондом «Технопарк»', start: at, end: at + 'Фондом «Технопарк»'.length };
    const inner = { text: '«Технопарк»', start: q, end: q + '«Технопарк»'.length };
    const a: InstitutionTag = { key: 'k', name: 'Фонд «Технопарк»', kind: 'ngo', aliases: [], mentions: [long], confidence: 0.8 };
    const b: InstitutionTag = { key: 'k', name: '«Технопарк»', kind: 'other', aliases: [], mentions: [inner], confidence: 0.5 };
    const merged = mergeSameKey([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0].mentions).toEqual([long]);
  });

  it('ru: a lower-case company word before a quoted name only describes it', () => {
    const text = 'Соглашение подписали Национальный исследовательский университет и компания «Русский алюминий». Позже компанией «Русский алюминий» был открыт центр.';
    expect(mentionsOf(text, 'ru')).not.toContain('компанией «Русский алюминий»');
  });
});

describe('a name written short of a registry institution the text also abbreviates is that institution', () => {
  it.each([
    ['uk', 'За даними Міносвіти, пошкоджено 1748 закладів освіти. У Міністерстві освіти та науки уточнили, що 180 зруйновано.'],
    ['ru', 'По данным Минобразования, повреждены 1748 учебных заведений. В Министерстве образования и науки уточнили, что 180 разрушены.'],
  ] as const)('%s: %s', (lang, text) => {
    const ministries = tags(text, lang).filter((t) => t.kind === 'ministry');
    expect(ministries.map((t) => t.name)).toHaveLength(1);
  });

  it('uk: a ministry of another name stays apart', () => {
    const text = 'За даними Міносвіти, пошкоджено 1748 закладів освіти. Міністерство охорони здоров’я України повідомило про лікарні.';
    expect(names(text, 'uk').length).toBe(2);
  });
});

describe('words that name no institution before a head', () => {
  it.each([
    ['pl', 'Rekrutacja dotyczy uczniów klas VIII szkoły podstawowej i klas III gimnazjum w całym kraju.'],
    ['bg', 'Детската градина в селото е наводнена след проливния дъжд, съобщиха от общината.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(names(text, lang)).toEqual([]);
  });

  it('pl: a school named with a Roman numeral and a capital stays', () => {
    expect(names('Uczniowie III Liceum Ogólnokształcącego wygrali konkurs.', 'pl')).toEqual(['III Liceum Ogólnokształcące']);
  });
});

describe('bg: municipalities listed by their places after a plural head', () => {
  it('each place is a municipality, a two-word place too', () => {
    const text = 'Университетът подписа споразумения с кметовете на 5 - те общини Ямбол, Елхово, Велико Търново, Стралджа и Тунджа днес.';
    expect(names(text, 'bg').sort()).toEqual(['Община Велико Търново', 'Община Елхово', 'Община Стралджа', 'Община Тунджа', 'Община Ямбол']);
  });

  it('a listed place named elsewhere with its municipality is that municipality', () => {
    const text = 'Община Ямбол и университетът подписаха договор. Присъстваха кметовете на общините Ямбол, Елхово и Стралджа.';
    expect(tags(text, 'bg').filter((t) => t.name === 'Община Ямбол')).toHaveLength(1);
  });
});

describe('recall: a declined word abbreviation, a second school left without its closing quote', () => {
  it.each([
    ['Рособрнадзору направлено предписание, сообщил ректор Волжского университета имени Татищева.', 'Федеральная служба по надзору в сфере образования и науки'],
    ['Ректор Волжского университета имени Татищева встретился с руководством Рособрнадзора.', 'Федеральная служба по надзору в сфере образования и науки'],
  ] as const)('ru: %s', (text, name) => {
    expect(names(text, 'ru')).toContain(name);
  });

  it.each([
    ['Най-пострадали са: ОУ „Христо Ботев“ – „Васил Левски, които са в една сграда, и Английската гимназия.', '„Васил Левски'],
    ['Най-пострадали са: ОУ "Христо Ботев“ - "Васил Левски, които са в една сграда.', '"Васил Левски'],
  ] as const)('bg: %s', (text, mention) => {
    expect(mentionsOf(text, 'bg')).toContain(mention);
  });

  it('bg: a closed quote after a dash is not read as unclosed', () => {
    const got = mentionsOf('Договор подписаха ПГ „Христо Ботев“ – „Дунав Логистик“ ООД и общината.', 'bg');
    expect(got.some((m) => m === '„Дунав')).toBe(false);
  });
});
