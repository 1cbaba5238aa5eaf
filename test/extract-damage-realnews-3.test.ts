/**
 * Damage events on real-news constructions, third round: one table per error class found on the
 * real-news dev set, in every language where the class occurs. Sentences are written for these
 * tests in the style of real reports (no corpus text); negatives stay negative.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function damage(text: string, published: string | null = '2024-05-20'): DamageEvent[] {
  return analyze({ text, published }).events.filter((e): e is DamageEvent => e.type === 'damage');
}
const incidents = (text: string) => damage(text).filter((e) => e.scope === 'incident');
const statistics = (text: string) => damage(text).filter((e) => e.scope === 'statistic');
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.scope, e.institution ?? e.institutionKind, e.quote.slice(0, 60)]));

describe('a figure in thousands written with a word is the count it heads', () => {
  it.each([
    ['uk', 'Окупанти пошкодили понад 1,7 тис. закладів освіти в Україні.\n\nЗа ці три місяці ракетні удари пошкодили понад 240 закладів освіти, а загалом — понад 1,7 тис.', 2],
    ['ru', 'Оккупанты повредили более 1,7 тыс. учебных заведений.\n\nЗа три месяца ракетные удары повредили более 240 учебных заведений, а всего — более 1,7 тыс.', 2],
    ['bg', 'Руските удари са повредили над 1,7 хиляди учебни заведения.\n\nСамо за три месеца ракетите са повредили над 240 учебни заведения, а общо — над 1,7 хиляди.', 2],
    ['en', 'Strikes have damaged more than 1.7 thousand educational institutions.\n\nIn three months missile strikes damaged more than 240 educational institutions, and 1.7 thousand in all.', 2],
  ] as const)('%s: the rounded total and the count of a period are two statistics', (_l, text, n) => {
    expect(statistics(text).length, show(damage(text))).toBe(n);
  });
});

describe('"damaged and destroyed N" in a sentence of its own is a count of its own, "N completely destroyed" a part', () => {
  it.each([
    ['en', 'Troops have damaged or destroyed more than 1,900 educational institutions since February.\n\n"In these 60 days, missile attacks have damaged and destroyed more than 250 educational institutions," the minister wrote.\n\nAt least 210 educational institutions have been completely destroyed.', 2],
    ['uk', 'Окупанти пошкодили або зруйнували понад 1900 закладів освіти з лютого.\n\n«За ці 60 днів ракетні атаки пошкодили та зруйнували понад 250 закладів освіти», — написав міністр.\n\nЩонайменше 210 закладів освіти зруйновано повністю.', 2],
    ['ru', 'Оккупанты повредили или разрушили более 1900 учебных заведений с февраля.\n\n«За эти 60 дней ракетные удары повредили и разрушили более 250 учебных заведений», — написал министр.\n\nПо меньшей мере 210 учебных заведений разрушены полностью.', 2],
  ] as const)('%s', (_l, text, n) => {
    expect(statistics(text).length, show(damage(text))).toBe(n);
  });
});

describe('a round figure is the exact one given after it', () => {
  it.each([
    ['uk', 'Росіяни пошкодили понад 2 тис. закладів освіти.\n\n«2064 заклади освіти постраждали від обстрілів», — повідомили в міністерстві.'],
    ['en', 'Over 2,000 educational institutions have been damaged.\n\n"A total of 2,064 educational institutions were damaged by shelling," the ministry said.'],
    ['ru', 'Повреждены более 2 тыс. учебных заведений.\n\n«Всего 2064 учебных заведения пострадали от обстрелов», — сообщили в министерстве.'],
  ] as const)('%s: one statistic', (_l, text) => {
    expect(statistics(text).length, show(damage(text))).toBe(1);
  });

  it('a figure far above the round one is another count', () => {
    const text = 'Пошкоджено понад 2 тис. закладів освіти.\n\nЗагалом пошкоджено 2900 закладів освіти.';
    expect(statistics(text).length, show(damage(text))).toBe(2);
  });
});

describe('counts of different kinds side by side, each damage word after its noun', () => {
  it.each([
    ['ru', 'Он сообщил: «640 школ повреждены, 90 – разрушены; 75 учреждений высшего образования были повреждены, три – разрушены».', ['school', 'university']],
    ['uk', 'Він повідомив: «640 шкіл пошкоджено, 90 – зруйновано; 75 закладів вищої освіти були пошкоджені, три – зруйновані».', ['school', 'university']],
  ] as const)('%s', (_l, text, kinds) => {
    expect(statistics(text).map((e) => e.institutionKind), show(damage(text))).toEqual(kinds);
  });
});

describe('"already the third institution" counts the institutions hit so far', () => {
  it.each([
    ['ru', 'Ракета разрушила детский сад в Белгороде. Это уже третье учреждение образования — два детских сада и одна школа, где прямые прилеты или большие повреждения.'],
    ['uk', 'Ракета зруйнувала дитячий садок у Харкові. Це вже третій заклад освіти — два садочки та одна школа, де прямі влучання або значні пошкодження.'],
    ['en', 'A missile destroyed a kindergarten in Kharkiv. This is already the third educational institution damaged, two kindergartens and a school.'],
  ] as const)('%s: one incident and one statistic', (_l, text) => {
    const es = damage(text);
    expect(es.map((e) => e.scope).sort(), show(es)).toEqual(['incident', 'statistic']);
  });
});

describe('damage still being established is no damage told', () => {
  it.each([
    ['uk', 'У Києві уламки дрона впали на територію школи в Деснянському районі.\n\nДіти були в укритті.\n\nНа відкритій місцевості виникло загоряння.\n\nІнформація щодо пошкоджень та постраждалих уточнюється.'],
    ['ru', 'В Киеве обломки дрона упали на территорию школы.\n\nДети находились в укрытии.\n\nИнформация о повреждениях и пострадавших уточняется.'],
    ['pl', 'Szczątki drona spadły na teren szkoły w Rzeszowie.\n\nUczniowie byli w schronie.\n\nInformacje o uszkodzeniach są ustalane.'],
    ['bg', 'Отломки от дрон паднаха в двора на училище в Одеса.\n\nДецата са били в укритие.\n\nИнформацията за щетите се уточнява.'],
    ['en', 'Drone debris fell on the grounds of a school in Kyiv.\n\nThe pupils were in the shelter.\n\nInformation about damage is being clarified.'],
  ] as const)('%s: no incident', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });

  it.each([
    ['uk', 'Уламки дрона пошкодили дах школи в Києві. Кількість постраждалих уточнюється.'],
    ['en', 'Drone debris damaged the roof of a school in Kyiv. The number of injured is being clarified.'],
  ] as const)('%s: damage told before the open question stays', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });
});

describe('a school that takes in people moved from a damaged house was not damaged', () => {
  it.each([
    ['ru', 'Жильцов дома, где после удара молнии произошёл пожар, разместят в ближайшей школе № 47.'],
    ['uk', 'Мешканців будинку, де після удару дрона сталася пожежа, розмістять у найближчій школі № 12.'],
    ['en', 'Residents of the block hit by the drone strike will be housed at the nearby Oakfield Primary School.'],
  ] as const)('%s: no incident', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe("the body's fuller name of the headline's short form names the institution", () => {
  it.each([
    ['uk', 'Через ракетний удар пошкоджено будівлю Київського педуніверситету\n\nВорог уночі обстріляв Київський педагогічний університет імені Драгоманова. У корпусі вибито вікна.', 'Київський педагогічний університет імені Драгоманова'],
    ['ru', 'Из-за ракетного удара повреждено здание Одесского педуниверситета\n\nВраг ночью обстрелял Одесский педагогический университет имени Ушинского. В корпусе выбиты окна.', 'Одесский педагогический университет имени Ушинского'],
  ] as const)('%s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.map((e) => e.institution), show(es)).toEqual([name]);
  });
});

describe("the sentence's subject a little further back than the usual reach", () => {
  it.each([
    ['en', 'A lyceum in the Saltivskyi district of the city of Kharkiv was partially destroyed by a Russian missile.', 'lyceum'],
    ['uk', 'Ліцей у селі Зелене Тягинської громади Бериславського району Херсонської області був частково зруйнований.', 'lyceum'],
    ['pl', 'Szkoła podstawowa w Dąbrowie Górniczej przy ulicy Kasprzaka numer dwa została w nocy poważnie uszkodzona przez wichurę.', 'school'],
  ] as const)('%s', (_l, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });

  it('a house between the school and the damage word keeps them apart', () => {
    const text = 'Dyrektor szkoły w Dąbrowie Górniczej powiedział, że w nocy wichura poważnie uszkodziła dom przy ulicy Kasprzaka.';
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('English "damages of" and a specific school kind over the generic "school"', () => {
  it('damages of two institutions in a list', () => {
    const text = 'It is also known about the damages of the main building of Ivan Franko National University of Lviv and Kyiv Polytechnic Institute.';
    expect(incidents(text).length, show(damage(text))).toBe(2);
  });

  it.each([
    ['en', 'Secondary school partially destroyed in Kharkiv after Russian attack\n\nA lyceum in Kharkiv was partially destroyed by a Russian attack on the night of 24-25 May.', 'lyceum'],
    ['uk', 'У Харкові ракета пошкодила школу\n\nУ Харкові внаслідок ракетного удару пошкоджено гімназію, вибито вікна.', 'gymnasium'],
  ] as const)('%s: one incident of the specific kind', (_l, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });
});

describe('a destroyed part named before the institution leaves it damaged', () => {
  it.each([
    ['en', 'A workshop at an educational institution in Kharkiv had been destroyed by the missile strike.'],
    ['uk', 'Вночі майстерню професійного ліцею було зруйновано ракетним ударом.'],
  ] as const)('%s', (_l, text) => {
    expect(incidents(text).map((e) => e.severity), show(damage(text))).toEqual(['damaged']);
  });
});

describe('a later back-reference of another kind to the one institution', () => {
  it.each([
    ['bg', 'Пожар пламна в професионална гимназия в Кърджали днес по обяд.\nОгънят тръгнал от мазето, затова в училището разбрали за пожара късно.', 'vocational-school'],
    ['en', 'A fire broke out at a vocational school in Leeds on Monday.\nThe fire started in the basement, and the school was evacuated.', 'vocational-school'],
    ['uk', 'Спочатку ворог вдарив по місцевому профтехучилищу в Ізюмі.\nПісля обстрілу в ліцеї вибито понад 200 вікон.', 'vocational-school'],
  ] as const)('%s: one incident', (_l, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });

  it('two institutions of two kinds in one sentence stay two', () => {
    const text = 'Уламками пошкоджено коледж і школу в Краматорську.';
    expect(incidents(text).length, show(damage(text))).toBe(2);
  });
});

describe('a list of targets that runs on past the usual reach', () => {
  it.each([
    ['ru', '«Есть повреждения различной степени в пяти частных домовладениях, трёх хозяйственных постройках и двух автомобилях, а также в кровле школы.'],
    ['uk', 'Є пошкодження різного ступеня у п’яти приватних будинках, трьох господарських будівлях і двох автомобілях, а також у покрівлі школи.'],
    ['en', 'The director reported damage to the main building of the Kyiv Polytechnic Institute, the Scientific Library named after Vernadsky, and the Institute of Physics.'],
    ['pl', 'Odnotowano niewielkie uszkodzenie dachu w Szkole Podstawowej nr 1 w Świerklanach oraz systemu alarmowego w Szkole Podstawowej nr 3 w Jankowicach.'],
  ] as const)('%s: the last target is reached', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBeGreaterThan(0);
  });

  it('the speaker after a closing quote is not in the list', () => {
    const text = '"Вятърът изкъртил стъклопакетите на двете входни врати, съборил част от покрива и пукнал стъкла на салона и на кухнята", каза директорът на училището.';
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('the settlement written with a settlement word after the institution', () => {
  it.each([
    ['pl', 'W sobotę wojska rosyjskie przeprowadziły nalot na szkołę z internatem w mieście Sudża.', 'Sudża'],
    ['pl', 'Najpoważniejsze szkody, w postaci zerwania części dachu, w szkole podstawowej w Rogotwórsku w Gminie Drobin.', 'Rogotwórsku'],
    ['en', 'A school in the town of Emberton was damaged by the storm on Friday.', 'Emberton'],
    ['ru', 'Обстрелом повреждена школа в селе Зиборовка.', 'Зиборовка'],
  ] as const)('%s: %s', (_l, text, place) => {
    expect(incidents(text).map((e) => e.settlement), show(damage(text))).toEqual([place]);
  });
});

describe('two mentions of one incident are compared by the places of their own sentences', () => {
  it.each([
    ['pl', 'Krwawy atak Rosji na szkołę z internatem\n\nW sobotę wojska rosyjskie przeprowadziły nalot na szkołę z internatem w mieście Sudża.\n\nRównież w sobotę doszło do ataku rakietowego na Połtawę.'],
    ['en', 'Russia attacked Kharkiv with drones, damaging a kindergarten.\n\nPresident Zelensky condemned the attack, saying there is no justification for a strike on a kindergarten.\n\nIn Kyiv, two people were killed.'],
  ] as const)('%s: one incident', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });

  it('two schools of two villages told one after the other stay two', () => {
    const text = 'Сьогодні вночі окупант поцілив двома ракетами в школу села Воздвижівка. Навчальний заклад зруйновано майже весь.\nТакож ракетами зруйнована школа в селі Добропілля.';
    expect(incidents(text).length, show(damage(text))).toBe(2);
  });
});

describe("a construction word in a name's specialty does not make the institution former", () => {
  it.each([
    ['uk', 'Найбільших руйнувань зазнав Одеський професійний ліцей будівництва та архітектури.', 'Одеський професійний ліцей будівництва та архітектури'],
    ['ru', 'Ракетный удар повредил Харьковский колледж строительства и архитектуры.', 'Харьковский колледж строительства и архитектуры'],
    ['bg', 'Бурята повреди покрива на Професионалната гимназия по строителство и архитектура в Бургас.', null],
  ] as const)('%s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.length, show(damage(text))).toBe(1);
    if (name) expect(es[0].institution).toBe(name);
  });

  it.each([
    ['uk', 'Уламки пошкодили будівництво колишньої школи в Бучі.'],
    ['ru', 'Обломки повредили бывшую школу в Белгороде.'],
  ] as const)('%s: a former school stays none', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('"руйнувань зазнав" says damaged, like "зазнав руйнувань"', () => {
  it.each([
    ['Найбільших руйнувань зазнав ліцей № 3 у Херсоні.'],
    ['Ліцей № 3 у Херсоні зазнав найбільших руйнувань.'],
  ] as const)('%s', (text) => {
    expect(incidents(text).map((e) => e.severity), show(damage(text))).toEqual(['damaged']);
  });
});

describe("a person's initials are no town abbreviation", () => {
  it.each([
    ['uk', 'Ракета влучила в корпус Харківського національного університету міського господарства імені О. М. Бекетова у Харкові.', 'Харків'],
    ['ru', 'Снаряд попал в корпус Донецкого национального технического университета имени А. Г. Столетова в Донецке.', 'Донецк'],
  ] as const)('%s', (_l, text, place) => {
    expect(incidents(text).map((e) => e.settlement), show(damage(text))).toEqual([place]);
  });
});

describe('a damaged part told after a named institution of another town is its own incident', () => {
  it.each([
    ['pl', 'W Poznaniu runął dach hali sportowej w jednej ze szkół.\n\nUczniowie Szkoły Podstawowej nr 8 w Brzegu nie wrócą przed wakacjami do szkoły. Nawałnica spowodowała uszkodzenie dachu.', 2],
    ['ru', 'В Курске ураган повредил крышу одной из школ.\n\nУченики школы № 8 в Белгороде не вернутся до каникул. Ураган повредил кровлю.', 2],
  ] as const)('%s', (_l, text, n) => {
    expect(incidents(text).length, show(damage(text))).toBe(n);
  });
});

describe('"one of the schools" is one unnamed school', () => {
  it.each([
    ['pl', 'W Poznaniu runął dach hali sportowej w jednej ze szkół.\n\nUczniowie Szkoły Podstawowej nr 5 w Gnieźnie wyjechali na wycieczkę.'],
    ['ru', 'Одна из школ в Центральном районе Горловки получила повреждения.\n\nУчащиеся школы № 2 в Бронницах провели субботник.'],
    ['uk', 'Одна зі шкіл у Центральному районі Запоріжжя зазнала пошкоджень.\n\nУчні школи № 2 у Львові провели толоку.'],
    ['en', 'One of the schools in the Industrial district of Kharkiv was damaged.\n\nPupils of Oakfield Primary School in York planted trees.'],
    ['bg', 'Едно от училищата в Бургас е повредено от бурята.\n\nУчениците от ОУ „Христо Ботев“ в Русе засадиха дървета.'],
  ] as const)('%s', (_l, text) => {
    const es = incidents(text);
    expect(es.map((e) => [e.institution, e.institutionKind]), show(damage(text))).toEqual([[null, 'school']]);
  });
});

describe('a building failure and a torn-off roof are damage', () => {
  it.each([
    ['bg', 'Ученик пострада, след като парче мазилка падна от тавана на физкултурния салон в Английската гимназия в Пловдив.'],
    ['pl', 'Z dachu sali gimnastycznej w I Liceum Ogólnokształcącym w Kole zerwana została warstwa pokrycia o powierzchni 200 metrów.'],
    ['pl', 'W dniu dzisiejszym poderwało dach na sali gimnastycznej w Szkole Podstawowej nr 2 w Łęczycy.'],
  ] as const)('%s', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });
});

describe('an institution named as one of the attack\'s objects ("including")', () => {
  it.each([
    ['pl', 'Drony uderzyły w obiekty cywilne, w tym w przedszkole.', 'kindergarten'],
    ['uk', 'Дрони вдарили по цивільних об’єктах, зокрема по дитячому садку.', 'kindergarten'],
    ['ru', 'Дроны ударили по гражданским объектам, в том числе по детскому саду.', 'kindergarten'],
    ['en', 'Drones struck several civilian buildings overnight, including a kindergarten.', 'kindergarten'],
  ] as const)('%s', (_l, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });
});

describe('the settlement of an incident, as the text writes it', () => {
  it.each([
    ['en a village word after the name', 'One of the two schools destroyed by Russian forces was hit by a missile strike on Vozdvyzhivka village on the night of Oct. 16.', 'Vozdvyzhivka'],
    ['en a district written with a capital is no settlement', 'Two rockets hit a school in Kholodnohirskyi District of Kharkiv at night, damaging its facade.', 'Kharkiv'],
    ['pl a region adjective between the preposition and the town', 'W wielkopolskim Żelazkowie wichura uszkodziła dach i okna szkoły podstawowej.', 'Żelazkowie'],
    ['ru the settlement named in the paragraph before', '"Под обстрел попал посёлок Красное Шебекинского округа. Пострадавших нет."\n\nЕще один снаряд прилетел на территорию школы — выбиты окна и посечен фасад здания.', 'Красное'],
    ['uk the settlement named in the paragraph before', 'Під обстріл потрапило село Зелений Гай Бериславської громади.\n\nЩе один снаряд влучив у будівлю школи — вибито вікна.', 'Зелений Гай'],
  ] as const)('%s', (_n, text, place) => {
    expect(incidents(text).map((e) => e.settlement), show(damage(text))).toEqual([place]);
  });
});

describe('the attack as a noun ("the missile attack on the institute") is an attack word, with its weapon', () => {
  it.each([
    ['en', 'The missile attack on the Poltava Military Institute of Communications killed 55 people.', 'Poltava Military Institute of Communications'],
    ['en', 'A drone attack on Kharkiv Lyceum No. 5 left the building without windows.', 'Kharkiv Lyceum No. 5'],
  ] as const)('%s: %s', (_l, text, name) => {
    expect(incidents(text).map((e) => e.institution), show(damage(text))).toEqual([name]);
  });

  it.each([
    ['en', "Russia's attack on Ukrainian education continues, the minister said at Kyiv Lyceum No. 3."],
    ['en', 'A cyber attack on the university’s servers stopped the exams at Lviv Polytechnic National University.'],
    ['en', "Hackers attacked the website of Kharkiv Lyceum No. 5 on Monday."],
    ['uk', 'Хакери атакували сайт Харківського ліцею № 5 у понеділок.'],
    ['ru', 'Кибератака на сервера Московского государственного университета остановила экзамены.'],
    ['pl', 'Cyberatak na serwery Uniwersytetu Warszawskiego zatrzymał egzaminy.'],
    ['bg', 'Хакери атакуваха сайта на Софийския университет в понеделник.'],
  ] as const)('%s: no damage in "%s"', (_l, text) => {
    expect(damage(text), show(damage(text))).toEqual([]);
  });
});
