/**
 * Damage events on real-news constructions, second round (issue 7, point 3): one table per error
 * class, in every language where the class exists. Sentences are written for these tests in the
 * style of real reports; negatives stay negative.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function damage(text: string, published: string | null = '2024-05-20'): DamageEvent[] {
  return analyze({ text, published }).events.filter((e): e is DamageEvent => e.type === 'damage');
}
const incidents = (text: string) => damage(text).filter((e) => e.scope === 'incident');

describe('institutions of one kind with names of their own are two institutions', () => {
  it.each([
    ['bg kindergartens listed by their names', 'Сред най-засегнатите от бурята учебни заведения са: ОУ „Васил Левски“, детските градини „Слънце“, „Незабравка“ и „Мечо Пух“.', 4],
    ['pl two primary schools in two villages', 'W nocy wichura uszkodziła dach w Szkole Podstawowej nr 2 w Borkowie oraz ogrodzenie w Szkole Podstawowej w Lipnikach.', 2],
    ['uk two numbered lyceums', 'Уламки пошкодили Ліцей № 5 та Ліцей № 12, вибито вікна.', 2],
  ] as const)('%s', (_name, text, n) => {
    expect(incidents(text).length, JSON.stringify(incidents(text).map((e) => e.institution))).toBe(n);
  });

  it('the short and the full form of one name stay one institution', () => {
    const events = incidents('Пожар избухна в ОУ „Христо Ботев“ в Русе. Огънят е унищожил покрива на Основно училище „Христо Ботев“.');
    expect(events.length).toBe(1);
  });
});

describe('a damaged part of the building, the institution named in a sentence before', () => {
  it.each([
    ['pl a roof torn off after the school', 'Blisko 200 uczniów ewakuowano ze szkoły w Dąbrówce. Silny wiatr zerwał część dachu z sali gimnastycznej.', 'school'],
    ['pl the attic burned', 'Lekcje w szkole podstawowej w Łęgowie zawieszono do piątku. Wczoraj wieczorem na poddaszu wybuchł pożar. Spłonęła część dachu.', 'school'],
    ['uk the roof of the gym', 'Учнів ліцею в Зеленому евакуювали вранці. Вибуховою хвилею пошкоджено дах спортзалу та вікна.', 'lyceum'],
    ['ru windows and roof', 'Воспитанников детского сада «Солнышко» в посёлке эвакуировали ночью. В здании повреждена кровля и выбиты окна.', 'kindergarten'],
    ['bg the roof blown off by the storm', 'Бурята засегна и детската градина в село Липница. Вятърът е отнесъл покрива, а водата е заляла спалнята.', 'kindergarten'],
    ['en classrooms damaged by smoke', 'Lakeview High School is closed on Thursday after a fire. Firefighters said several classrooms and hallways were damaged by smoke.', 'school'],
  ] as const)('%s', (_name, text, kind) => {
    const events = incidents(text);
    expect(events.map((e) => e.institutionKind), JSON.stringify(events.map((e) => e.quote))).toEqual([kind]);
  });

  it('a fire told in the sentence after the kindergarten was left', () => {
    const events = incidents('Dzieci i personel przedszkola opuściły budynek przed przyjazdem straży i przeszły do sąsiedniej szkoły. Pożar szybko opanowano.');
    expect(events.map((e) => e.institutionKind)).toEqual(['kindergarten']);
  });

  it.each([
    ['pl a house told before', 'Uczniowie szkoły w Dąbrówce pomagali sąsiadom. W domu obok wiatr zerwał dach.'],
    ['uk no damage to the building', 'Дрон впав біля ліцею в Зеленому. Руйнувань і пошкоджень будівлі немає.'],
    ['pl a fire drill', 'W przedszkolu przeprowadzono próbną ewakuację. Została ona przeprowadzona na wypadek pożaru lub innego zagrożenia.'],
    ['en no institution before the roof', 'A storm swept through the county on Friday. The wind tore the roof off a barn.'],
  ] as const)('%s: no incident', (_name, text) => {
    expect(incidents(text)).toEqual([]);
  });
});

describe('"another" institution is a second incident', () => {
  it.each([
    ['pl', 'W Lesku zalana została szkoła muzyczna. Mamy też zalaną inną szkołę w Brzozowie, ale tam woda weszła tylko do piwnic.'],
    ['uk', 'У Сумах пошкоджено школу. Також пошкоджено іншу школу в Ромнах.'],
    ['ru', 'В Донецке повреждена школа. Также повреждена другая школа в Макеевке.'],
    ['bg', 'В Бургас е наводнено училище. Наводнено е и друго училище в Созопол.'],
    ['en', 'Floodwater damaged a school in Riverton. Another school in Millford was also damaged.'],
  ] as const)('%s', (_lang, text) => {
    expect(incidents(text).length).toBe(2);
  });
});

describe('a recalled attack is another incident', () => {
  it.each([
    ['uk', 'Уночі росіяни пошкодили університет у Херсоні.\n\nНагадаємо, у листопаді дрон влучив у корпус Запорізького національного університету.'],
    ['ru', 'Ночью повреждена школа в Белгороде.\n\nНапомним, в марте беспилотник атаковал здание Курского государственного университета.'],
    ['pl', 'W nocy dron uszkodził szkołę w Charkowie.\n\nPrzypomnijmy, w marcie rakieta zniszczyła budynek Uniwersytetu Sumskiego.'],
    ['bg', 'Дрон повреди училище в Одеса.\n\nПрипомняме, че през март ракета разруши сградата на Харковския национален университет.'],
    ['en', 'A drone damaged a school in Odesa overnight.\n\nRecall that in March a missile destroyed a building of Sumy State University.'],
  ] as const)('%s', (_lang, text) => {
    const events = incidents(text);
    expect(events.length, JSON.stringify(events.map((e) => e.institution))).toBe(2);
  });

  it('"earlier the governor said" is no recall', () => {
    const events = incidents('Ранее губернатор сообщил, что дрон атаковал здание школы в селе Дубовое. В здании школы повреждена кровля.');
    expect(events.length).toBe(1);
  });
});

describe('a bare noun refers to the one named institution that has no incident of its own and is not where pupils go', () => {
  it.each([
    ['pl lessons moved to another school', 'Ogień pojawił się na poddaszu szkoły w poniedziałek wieczorem. Pożar objął oba skrzydła szkoły.\n\n„Z żalem informujemy o pożarze naszej szkoły. Wtorkowe lekcje odbędą się w Szkole Podstawowej w Rogowie” – przekazała Szkoła Podstawowa im. Marii Konopnickiej.', 'Szkoła Podstawowa im. Marii Konopnickiej'],
    ['uk the other university has its own incident', 'Уночі пошкодили виш у Херсоні, повідомив ректор Херсонського державного університету. Нагадаємо, раніше дрон влучив у гуртожиток Запорізького національного університету.', 'Херсонський державний університет'],
  ] as const)('%s', (_name, text, name) => {
    expect(incidents(text)[0]?.institution).toBe(name);
  });
});

describe('an attack word without a weapon in its sentence reaches the target right after it', () => {
  it.each([
    ['ru headline', 'Удар по детскому саду в Харькове: что известно\n\nУтром военные ударили дронами по району города. Один дрон попал в соседнее здание.', 'kindergarten'],
    ['uk headline', 'Удар по ліцею в Ізюмі: що відомо\n\nУночі росіяни атакували місто шахедами, є пошкодження.', 'lyceum'],
    ['ru a damaged-participle before the noun', 'Российская ракета упала рядом с домами.\n\nДети и воспитатели из пострадавшего детского сада были ранее перемещены в другие города.', 'kindergarten'],
  ] as const)('%s', (_name, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind)).toEqual([kind]);
  });

  it.each([
    ['ru no weapon or fire in the document', 'Удар по репутации школы: родители недовольны новыми правилами.'],
    ['uk the target far from the attack word', 'Атакували вночі, і вже зранку батьки учнів школи зібралися на збори.'],
  ] as const)('%s: no incident', (_name, text) => {
    expect(incidents(text)).toEqual([]);
  });
});

describe('a former school is no education institution', () => {
  it.each([
    ['bg', 'Пожар в бившето училище в село Иваново е унищожил покрива на сградата.'],
    ['pl', 'Spłonął dach budynku byłej szkoły w Kamionce, w którym od lat nie prowadzi się zajęć.'],
    ['uk', 'Внаслідок обстрілу зруйновано будівлю колишньої школи в селі Зарічне.'],
    ['ru', 'В результате обстрела разрушено здание бывшей школы в селе Дубовое.'],
    ['en', 'A fire destroyed the former school on Main Street, which had been empty for years.'],
  ] as const)('%s: no incident', (_lang, text) => {
    expect(incidents(text)).toEqual([]);
  });

  it('a school that is not former in the same text still counts', () => {
    const events = incidents('В Харкові ракета зруйнувала будівлю колишньої школи. Також пошкоджено ліцей № 5.');
    expect(events.map((e) => e.institutionKind)).toEqual(['lyceum']);
  });
});

describe('a damage word at the head of a capitalised noun phrase is no name', () => {
  it.each([
    ['ru', 'В результате атаки в Славянске пострадало здание школы. Пострадавшая школа расположена в районе Артёма.'],
    ['uk', 'Уночі в Сумах пошкоджено школу. Пошкоджена школа розташована в центрі міста.'],
  ] as const)('%s', (_lang, text) => {
    expect(incidents(text).map((e) => e.institution)).toEqual([null]);
  });
});

describe('the settlement of the story when the damage sentence names none', () => {
  it.each([
    ['bg the lead names the town', 'Мощната буря нанесе щети на 10 училища в Бургас.\n\nОбщината започна ремонти.\n\nСред най-пострадалите от бурята учебни заведения са: ОУ „Васил Левски“ и ОУ „Христо Ботев“.', ['Бургас', 'Бургас']],
    ['pl a place after a preposition in the paragraph', 'Strażacy gasili w nocy pożar w Borkowicach. Spłonął dach przedszkola.', ['Borkowicach']],
    ['uk a place after a preposition in the paragraph', 'Уночі у Зарічному пролунали вибухи. Уламками пошкоджено дитячий садок.', ['Зарічному']],
    ['ru a place after a preposition in the paragraph', 'Вечером в Дубовом произошёл сильный взрыв. Повреждена крыша школы.', ['Дубовом']],
    ['bg a place after a preposition in the paragraph', 'Силна буря се разрази в Липница. Вятърът е отнесъл покрива на детската градина.', ['Липница']],
    ['en a place after a preposition in the paragraph', 'Only minor injuries were reported in Maplewood. But more than half of Central Middle School was flooded after the storm.', ['Maplewood']],
    ['en a dateline below the headline and the byline', 'Classes canceled after storm\n\nBy: Staff\n\nMAPLETON, Oklahoma -- Wind ripped off part of the roof of the high school on Sunday.', ['Mapleton']],
  ] as const)('%s', (_name, text, settlements) => {
    expect(incidents(text).map((e) => e.settlement)).toEqual(settlements);
  });

  it.each([
    ['uk a platform is no place', 'У Facebook повідомили, що внаслідок обстрілу пошкоджено школу.'],
    ['pl a month is no place', 'W sierpniu wichura uszkodziła dach szkoły.'],
  ] as const)('%s: no settlement', (_name, text) => {
    expect(incidents(text).map((e) => e.settlement)).toEqual([null]);
  });

  it('two unnamed incidents are not split by the places their lead names', () => {
    const events = incidents('У Києві оголошено тривогу.\n\nУночі росіяни вдарили ракетами по Запоріжжю. Пошкоджено школу-інтернат. Унаслідок обстрілу постраждали навчальні корпуси школи-інтернату.');
    expect(events.length).toBe(1);
  });
});

describe('names that are no names, numbers that are no counts', () => {
  it('a school the text calls former, named later, has no incident', () => {
    expect(incidents('Пожар гори в сградата на бивше училище в село Иваново. Изгорял е покривът на училището.\n\nОсновното училище „Иван Вазов“ е затворено през 2008 година.')).toEqual([]);
  });

  it('a capitalised kind alone is no name', () => {
    const events = incidents('Потопът унищожи забавачката в село Липница.\n\nДетската градина е сред най-тежко пострадалите сгради след наводнението.');
    expect(events.map((e) => [e.institution, e.institutionKind])).toEqual([[null, 'kindergarten']]);
  });

  it.each([
    ['uk', 'На Запоріжжі ворог ракетами С300 зруйнував гімназію'],
    ['ru', 'Армия ударила по городу ракетами Х101, разрушена школа'],
  ] as const)('%s: a model glued to its letters is no count', (_lang, text) => {
    expect(damage(text).map((e) => e.scope)).toEqual(['incident']);
  });
});

describe('the place an institution is named after', () => {
  it.each([
    ['uk the text writes the place in another case', 'По Ліщинській гімназії росіяни вдарили вночі ракетами. У Ліщинах поблизу Запоріжжя пошкоджено будівлю гімназії.', 'Ліщинах'],
    ['ru the gazetteer knows the place', 'Армия нанесла удар по горловской школе №5, разрушены классы.', 'Горловка'],
    ['en the town is written alone elsewhere', 'Fire damaged the gym of Maple Ridge Central High School on Sunday. Crews from Maple Ridge and Oakdale responded.', 'Maple Ridge'],
  ] as const)('%s', (_name, text, settlement) => {
    expect(incidents(text).map((e) => e.settlement)).toEqual([settlement]);
  });

  it("en a name's first word written only as a possessive is no place", () => {
    expect(incidents("A fire damaged Apollo High School on Wednesday. Apollo's sprinkler system was not working.").map((e) => e.settlement)).toEqual([null]);
  });
});

describe('a city as the attacker is not the place', () => {
  it.each([
    ['ru singular active', 'Киев уничтожил школу. Погибших нет.', null],
    ['uk impersonal plural: the city was attacked', 'Київ атакували дронами, пошкоджено школу.', 'Київ'],
  ] as const)('%s', (_name, text, settlement) => {
    expect(incidents(text).map((e) => e.settlement)).toEqual([settlement]);
  });
});

describe('counts and plurals', () => {
  it.each([
    ['uk a count ending in 1 takes the singular', 'Повністю зруйновано 91 навчальний заклад.'],
    ['ru a count ending in 1 takes the singular', 'С начала войны разрушена 21 школа.'],
    ['uk damaged institutions nobody counts', 'Голова громади розповів про наслідки ночі. Внаслідок обстрілів пошкоджено будівлі шкіл.'],
    ['ru damaged institutions nobody counts', 'Глава района рассказал о последствиях. При обстрелах повреждены здания школ района.'],
    ['pl damaged institutions nobody counts', 'Wojewoda podsumował straty. Nawałnica uszkodziła budynki szkół w całym regionie.'],
    ['bg damaged institutions nobody counts', 'Кметът направи оглед в града. Най-силно засегнати от бурята са училища и детски градини в кварталите.'],
    ['en damaged institutions nobody counts', 'The governor described the night. Russian shelling damaged schools and kindergartens across the region.'],
  ] as const)('%s: a statistic', (_name, text) => {
    expect(damage(text).map((e) => e.scope)).toEqual(['statistic']);
  });

  it('one school is an incident', () => {
    expect(damage('Уламками ракети пошкоджено 1 школу в Харкові.').map((e) => e.scope)).toEqual(['incident']);
  });

  it('a plural headline over incidents told one by one is no statistic', () => {
    const events = damage('Schools in eastern Ukraine hit by Russian missiles\n\nThree missiles hit the building of the vocational school in Kharkiv early Saturday.');
    expect(events.some((e) => e.scope === 'statistic')).toBe(false);
  });

  it('an institution in apposition after "nearby" is the damaged one', () => {
    const events = incidents('Three missiles hit the vocational school in Kharkiv. Another building nearby, an elementary school, was completely destroyed.');
    expect(events.map((e) => e.institutionKind).sort()).toEqual(['school', 'vocational-school']);
  });
});

describe('bounds of the new readings', () => {
  it('uncounted plurals beside a told incident are no statistic of their own', () => {
    expect(damage('Вночі ракета влучила в школу № 3 у Харкові. Також пошкоджено будівлі шкіл району.').map((e) => e.scope)).toEqual(['incident']);
  });

  it.each([
    ['uk buildings counted after the lyceum', 'Учні ліцею в Зеленому провели акцію. Також пошкоджено 15 будівель.'],
    ['en buildings after the school', 'Students of Lakeview High School were sent home early. Several buildings were damaged in the storm.'],
  ] as const)('%s: generic buildings do not bridge to the institution', (_name, text) => {
    expect(incidents(text)).toEqual([]);
  });

  it('an attack word with no weapon anywhere reaches nothing', () => {
    expect(incidents('Вечером в городе был пожар. Дети из пострадавшего детского сада уже дома.')).toEqual([]);
  });
});

describe('what a damage word qualifies, and what stands near the institution', () => {
  it.each([
    ['pl a hall at the school is the school’s', 'Podczas ulewy zapadł się dach hali sportowej przy Zespole Szkół nr 3 w Lesznie.', 1],
    ['pl buildings adjacent to the school', 'Strażacy gaszą pożar budynków przylegających do szkoły podstawowej w Lipnie.', 0],
    ['en buildings adjacent to the school', 'Firefighters battled a blaze that destroyed two barns adjacent to the elementary school.', 0],
    ['pl a participle of the areas, not of the school', 'Z myślą o uczniach z zalanych terenów ministerstwo uruchomiło program „zielonej szkoły”.', 0],
    ['en a participle of the areas, not of the schools', 'Schools located in flooded or low-lying areas must close on Monday, the department said.', 0],
    ['uk a participle before the school it qualifies', 'Діти з пошкодженої школи навчаються в іншому приміщенні. Дрон влучив у будівлю вночі.', 1],
  ] as const)('%s', (_name, text, n) => {
    expect(incidents(text).length, JSON.stringify(incidents(text).map((e) => e.quote))).toBe(n);
  });

  it.each([
    ['pl a kindergarten under construction', 'Ucierpiała też budowa nowego przedszkola w Lipnie.'],
    ['uk a school under construction', 'Уламки пошкодили будівництво нової школи в Ірпені.'],
    ['ru a school under construction', 'Обломки повредили строительство новой школы в Белгороде.'],
  ] as const)('%s: no institution yet', (_name, text) => {
    expect(incidents(text)).toEqual([]);
  });

  it.each([
    ['ru a number-name of a school', 'Здание 56-й школы, пострадавшее в результате ночного обстрела Донецка.', 'incident'],
    ['uk an ordinal count after "already"', 'Це вже 17-й заклад освіти, пошкоджений у громаді.', 'statistic'],
  ] as const)('%s', (_name, text, scope) => {
    expect(damage(text).map((e) => e.scope)).toEqual([scope]);
  });

  it.each([
    ['pl', 'Dla uczniów z Lipna to trudny rok. Powódź, która zniszczyła ich miasto, nie oszczędziła także szkoły.'],
    ['ru', 'Для жителей села это был трудный год. Обстрел, разрушивший дома, не пощадил и школу.'],
  ] as const)('%s: a negated sparing is damage', (_lang, text) => {
    expect(incidents(text).map((e) => e.institutionKind)).toEqual(['school']);
  });

  it('a bare noun refers to the one school the text names, paragraphs later', () => {
    const events = incidents('Dla ósmoklasistów z Lipna to trudny rok. Powódź nie oszczędziła także szkoły.\n\nUczniowie wrócili do ławek w listopadzie.\n\nEgzamin przebiegł spokojnie.\n\n– Dali radę – mówi dyrektorka Szkoły Podstawowej im. Jana Pawła II w Lipnie.');
    expect(events.map((e) => e.institution)).toEqual(['Szkoła Podstawowa im. Jana Pawła II w Lipnie']);
  });
});

describe('"była" as a verb, and a programme in quotes', () => {
  it('pl "zalana była szkoła" is a flooded school, not a former one', () => {
    expect(incidents('Z kolei w Lipnie zalana była tylko jedna szkoła – muzyczna. Woda dostała się przez dach.').map((e) => e.institutionKind)).toEqual(['school']);
  });

  it('a lower-case name in quotes is no institution a bare noun refers to', () => {
    const events = incidents('W Lipnie zalana była tylko jedna szkoła. Woda dostała się przez dach.\n\nMinisterstwo uruchomiło dla uczniów program „zielonej szkoły”.');
    expect(events.map((e) => e.institution)).toEqual([null]);
  });
});

describe('denials, water, losses and small counts', () => {
  it.each([
    ['bg "not serious" is no denial', 'Пожар избухна в ОУ „Васил Левски“ в Липница. Огънят е загасен, няма пострадали, материалните щети също не са сериозни.', 1],
    ['en "not extensive" is no denial', 'A fire broke out at Lakeview High School in Maplewood. The damage was not extensive, officials said.', 1],
    ['uk a denial stays a denial', 'Уламки дрона впали на територію ліцею в Зеленому. Пошкоджень немає.', 0],
  ] as const)('%s', (_name, text, n) => {
    expect(incidents(text).length).toBe(n);
  });

  it.each([
    ['bg', 'В село Липница водата нахлу в къщите. Водата проникнала и в приземния етаж на детската градина.', 'kindergarten'],
    ['pl', 'W nocy woda wdarła się do szkoły w Lipnie.', 'school'],
    ['uk', 'Після зливи вода потрапила до підвалу школи в Зеленому.', 'school'],
    ['ru', 'После ливня вода проникла в подвал школы в Дубовом.', 'school'],
    ['en', 'After the storm, water poured into the basement of the elementary school in Maplewood.', 'school'],
  ] as const)('%s: water getting into the building', (_lang, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind)).toEqual([kind]);
  });

  it('pl losses in a school building are damage', () => {
    expect(incidents('Szkody w budynku szkoły w Lipnie zostaną usunięte do września.').map((e) => e.institutionKind)).toEqual(['school']);
  });

  it('a general noun refers to the one institution the text names', () => {
    const events = incidents('Uczennica ze Szkoły nr 7 w Lipnie płakała obok gruzowiska.\n\nDomy w sąsiedztwie zniszczonej placówki edukacyjnej nie mają dachów.');
    expect(events.map((e) => e.institution)).toEqual(['Szkoła nr 7 w Lipnie']);
  });

  it.each([
    ['uk two kindergartens counted', 'У Чернігові внаслідок атаки пошкоджені два дитсадки та школа.', 3],
    ['uk a count told one by one', 'Дві зруйновані школи в районі — результат ночі.\n\nРакета влучила в школу села Зарічне. Також зруйнована школа в селі Дубове.', 2],
  ] as const)('%s', (_name, text, n) => {
    expect(incidents(text).length).toBe(n);
  });
});

describe('more ways the text places the story', () => {
  it.each([
    ['bg a village of two words before its region', 'Пожар унищожи физкултурния салон на училището в село Ветрен дол, област Пазарджик. Сигналът е подаден в неделя вечерта, няма пострадали деца.', 'Ветрен дол'],
    ['en the name’s place written alone after a comma', 'A fire broke out at the San Marcos National High School in Sta. Rosa village, San Marcos, Ilocos Sur on Saturday.', 'San Marcos'],
    ['uk a city named by its council', 'Про це повідомила начальниця управління освіти Херсонської міської ради.\n\nОкупанти зруйнували дитячий садок.', 'Херсон'],
    ['pl a district of the city', 'W środę straż otrzymała zgłoszenie o pożarze w przedszkolu na warszawskiej Woli. Ewakuowano dzieci.', 'Warszawa'],
    ['pl "w samej"', 'Z kolei w samej Bystrzycy Kłodzkiej zalana była tylko jedna szkoła.', 'Bystrzycy Kłodzkiej'],
    ['pl the paragraph before', 'Dachówki spadają z podstawówki w Niekarzynie.\n\nKłopoty zaczęły się od burzy. Silna wichura uszkodziła dach szkoły.', 'Niekarzynie'],
    ['en a sentence elsewhere placing the institution', 'A missile strike hit a lyceum in the Odesa region.\n\nAs a result of the attack, the lyceum was completely destroyed.\n\nThe educational institution in the city of Bilhorod-Dnistrovskyi was hit at night.', 'Bilhorod-Dnistrovskyi'],
  ] as const)('%s', (_name, text, settlement) => {
    expect(incidents(text).map((e) => e.settlement)).toEqual([settlement]);
  });
});
