/**
 * Damage events on real-news constructions, fifth round (after extractors 1.5.0): one table per error
 * class found on fresh uk/ru text (dev items 800-845), in every language where the class occurs.
 * Sentences are written for these tests in the style of real reports (no corpus text); negatives stay negative.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function damage(text: string, published: string | null = '2024-05-20'): DamageEvent[] {
  return analyze({ text, published }).events.filter((e): e is DamageEvent => e.type === 'damage');
}
const incidents = (text: string) => damage(text).filter((e) => e.scope === 'incident');
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.scope, e.institution ?? e.institutionKind, e.settlement, e.casualties, e.quote.slice(0, 60)]));
const kinds = (es: DamageEvent[]) => es.map((e) => e.institutionKind).sort();

describe('small counts of unnamed institutions in one attack: one incident each, each count its own noun', () => {
  it.each([
    ['uk', 'Внаслідок нічної атаки дронів на Одесу пошкоджено дві школи та три дитячі садочки.', ['kindergarten', 'kindergarten', 'kindergarten', 'school', 'school']],
    ['uk', 'Дві школи та три дитячих садочки Одеси постраждали внаслідок нічної атаки безпілотниками.', ['kindergarten', 'kindergarten', 'kindergarten', 'school', 'school']],
    ['uk', 'Внаслідок обстрілу Херсона пошкоджено 2 школи та дитячий садок.', ['kindergarten', 'school', 'school']],
    ['ru', 'После ночной атаки беспилотников на Курск повреждены две школы и детский сад.', ['kindergarten', 'school', 'school']],
    ['ru', 'При обстреле Белгорода повреждены три детских сада и школа.', ['kindergarten', 'kindergarten', 'kindergarten', 'school']],
    ['pl', 'W wyniku ostrzału Charkowa uszkodzone zostały dwie szkoły i przedszkole.', ['kindergarten', 'school', 'school']],
    ['bg', 'При обстрела на Харков са повредени две училища и детска градина.', ['kindergarten', 'school', 'school']],
    ['en', 'Two schools and a kindergarten were damaged in a drone attack on Odesa overnight.', ['kindergarten', 'school', 'school']],
  ] as const)('%s: %s', (_l, text, want) => {
    expect(kinds(incidents(text)), show(damage(text))).toEqual(want);
  });

  it.each([
    ['uk', 'Від нічного обстрілу Одеси постраждали школи та дитячі садочки.\nДві школи та три дитячих садочки Одеси постраждали внаслідок нічної атаки безпілотниками.'],
    ['ru', 'В Курске после атаки повреждены школы и детские сады.\nПосле ночной атаки беспилотников на Курск повреждены две школы и три детских сада.'],
  ] as const)('%s: a headline\'s bare plural does not hide the body\'s counts', (_l, text) => {
    expect(kinds(incidents(text)), show(damage(text))).toEqual(['kindergarten', 'kindergarten', 'kindergarten', 'school', 'school']);
  });

  it.each([
    ['uk', 'Дві школи та три дитячих садочки Одеси постраждали внаслідок нічної атаки безпілотниками.'],
    ['ru', 'Две школы и три детских сада Курска пострадали в результате ночной атаки беспилотников.'],
  ] as const)('%s: the count of institutions is no count of people hurt', (_l, text) => {
    for (const e of damage(text)) expect(e.casualties, show(damage(text))).toBeNull();
  });

  it.each([
    ['uk', 'Внаслідок атаки дронів на Суми троє людей отримали поранення, пошкоджено школу.', 3],
    ['ru', 'В результате атаки беспилотников на Курск ранены три человека, повреждена школа.', 3],
  ] as const)('%s: people hurt are still counted', (_l, text, n) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBe(1);
    expect(es[0].casualties?.injured, show(es)).toBe(n);
  });
});

describe('windows blown out, in every form of the verb, are damage', () => {
  it.each([
    ['ru', 'В Кашире в результате атаки БПЛА выбило несколько окон в детском саду.', 'kindergarten'],
    ['ru', 'В Курске взрывной волной выбило стекла в школе.', 'school'],
    ['ru', 'Ударная волна выбила окна в здании гимназии в Белгороде после атаки беспилотника.', 'gymnasium'],
    ['uk', 'У Сумах після атаки дронів вибило кілька вікон у дитячому садку.', 'kindergarten'],
    ['uk', 'Вибухова хвиля від удару дрона вибила вікна у ліцеї в Харкові.', 'lyceum'],
    ['uk', 'У Запоріжжі внаслідок атаки дронів у школі вибито скло та двері.', 'school'],
  ] as const)('%s: %s', (_l, text, kind) => {
    const es = incidents(text);
    expect(es.map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });

  it.each([
    ['ru', 'В Кашире в результате атаки БПЛА выбило несколько окон в жилом доме. Детский сад работает в обычном режиме.'],
    ['uk', 'У Сумах після атаки дронів вибило вікна у житловому будинку поруч. Школа працює у звичному режимі.'],
  ] as const)('%s: windows of a house are not the school\'s', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('an unmanned aerial vehicle written out is a drone', () => {
  it.each([
    ['uk', 'Внаслідок атаки безпілотним літальним апаратом пошкоджено школу в Сумах.'],
    ['uk', 'Дві школи Одеси постраждали внаслідок нічної атаки безпілотними літальними апаратами.'],
    ['ru', 'В результате атаки беспилотного летательного аппарата повреждено здание школы в Белгороде.'],
  ] as const)('%s: %s', (_l, text) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBeGreaterThan(0);
    for (const e of es) expect(e.cause, show(es)).toBe('drone');
  });
});

describe('statistics split by level of education: each level counts its own kind of institution', () => {
  const stats = (text: string) => damage(text).filter((e) => e.scope === 'statistic').map((e) => e.institutionKind);
  it.each([
    ['uk', 'З початку війни в області пошкоджено 620 закладів освіти. Зокрема, загальна середня освіта – пошкоджено 300 закладів; дошкільна освіта – пошкоджено 250 закладів; професійно-технічна освіта – пошкоджено 40 закладів.',
      [null, 'school', 'kindergarten', 'vocational-school']],
    ['uk', 'На Херсонщині пошкоджено 200 закладів освіти: загальна середня освіта – пошкоджено 120 закладів (з них 30 зруйновано); вища освіта – пошкоджено комплекси будівель 6 університетів.',
      [null, 'school', 'university']],
    ['ru', 'С начала войны в области повреждено 620 учебных заведений. В частности, общее среднее образование – повреждено 300 заведений; дошкольное образование – повреждено 250 заведений; высшее образование – повреждено 12 заведений.',
      [null, 'school', 'kindergarten', 'university']],
    ['pl', 'Od początku wojny w obwodzie uszkodzono 620 placówek oświatowych. W tym: wychowanie przedszkolne – uszkodzono 250 placówek; szkolnictwo wyższe – uszkodzono 12 placówek.',
      [null, 'kindergarten', 'university']],
    ['en', 'Since the invasion 620 education institutions in the region have been damaged. Of these, general secondary education – 300 institutions damaged; preschool education – 250 institutions damaged; higher education – 12 institutions damaged.',
      [null, 'school', 'kindergarten', 'university']],
  ] as const)('%s: %s', (_l, text, want) => {
    expect(stats(text), show(damage(text))).toEqual(want);
  });

  it.each([
    ['uk', 'Внаслідок обстрілу пошкоджено 12 закладів.'],
    ['ru', 'В результате обстрела повреждены 12 заведений.'],
    ['uk', 'Дошкільна освіта в громаді працює: у 12 закладах відкрито чергові групи.'],
  ] as const)('%s: a bare facility noun with no level of education is no target: %s', (_l, text) => {
    expect(damage(text), show(damage(text))).toEqual([]);
  });
});

describe('a number word past three counts institutions as a tally, as a digit does', () => {
  it.each([
    ['uk', 'Сім навчальних закладів зазнали пошкоджень під час ракетної атаки на Одесу.'],
    ['ru', 'Семь учебных заведений получили повреждения при ракетном ударе по Белгороду.'],
  ] as const)('%s: %s', (_l, text) => {
    expect(damage(text).map((e) => e.scope), show(damage(text))).toEqual(['statistic']);
  });

  it.each([
    ['ru', 'Снаряд попал на территорию школы. Шестеро сотрудников учебного заведения получили ранения, здание школы повреждено.'],
    ['uk', 'Снаряд влучив у подвір’я школи. Шестеро працівників закладу освіти отримали поранення, будівлю школи пошкоджено.'],
  ] as const)('%s: a number word counting people is no tally of institutions', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });
});

describe('"a day earlier" opens another, recalled attack on another institution', () => {
  it.each([
    ['uk', 'У Харкові ракета влучила в школу, будівлю пошкоджено. На день раніше, 10 липня, армія РФ також завдала ракетного удару по школі в Слобідському районі.'],
    ['ru', 'В Харькове ракета попала в школу, здание повреждено. Днем ранее, 10 июля, ракетный удар был нанесен по школе в том же районе.'],
    ['pl', 'W Charkowie rakieta trafiła w szkołę, budynek został uszkodzony. Dzień wcześniej, 10 lipca, rakieta uderzyła w szkołę w tej samej dzielnicy.'],
    ['bg', 'В Харков ракета удари училище, сградата е повредена. Ден по-рано, на 10 юли, ракета удари училище в същия район.'],
    ['en', 'A missile hit a school in Kharkiv, damaging the building. A day earlier, on 10 July, a missile struck a school in the same district.'],
  ] as const)('%s: two incidents', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(2);
  });
});

describe('a denial quoted after "he noted:" on its own line still denies the attack on the grounds', () => {
  it.each([
    ['ru', 'В посёлке Борисовка беспилотник атаковал территорию школы.\n\nГубернатор сообщил о нападении на территорию школы. Он отметил:\n\nДрон сдетонировал о землю возле ограждения. Разрушений и повреждений здания нет.'],
    ['uk', 'У селищі Краснопілля дрон атакував територію школи.\n\nГолова ОВА повідомив про атаку на територію школи. Він зазначив:\n\nДрон здетонував біля паркану. Руйнувань і пошкоджень будівлі немає.'],
  ] as const)('%s: no incident', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });

  it.each([
    ['ru', 'В посёлке Борисовка беспилотник атаковал территорию школы.\n\nГубернатор сообщил о нападении на территорию школы. Он отметил:\n\nДрон сдетонировал у здания. В школе выбиты окна.'],
  ] as const)('%s: a quoted damage word is still damage', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });
});

describe('the generic "обстріл" yields to the weapon the story names for the institution', () => {
  it.each([
    ['uk', 'Внаслідок обстрілу Сум ракета влучила в школу, будівлю пошкоджено.', 'missile'],
    ['uk', 'Внаслідок нічного обстрілу Одеси пошкоджено ліцей.\nУ будівлю ліцею влучив ударний безпілотник.', 'drone'],
    ['ru', 'В результате обстрела Белгорода ракета попала в здание школы.', 'missile'],
    ['ru', 'Ночью оккупанты обстреляли школу-интернат в Запорожье.\nПо словам главы ОВА, в заведение прилетело несколько ракет.', 'missile'],
    ['pl', 'W wyniku ostrzału Charkowa rakieta trafiła w budynek liceum.', 'missile'],
    ['uk', 'Внаслідок обстрілу пошкоджено школу в Херсоні.\nКрім того, ворог обстріляв ракетами Торецьк.', 'shelling'],
    ['ru', 'Из-за обстрелов утром уничтожены школы в Константиновке.\nКроме того, оккупанты ударили ракетой по Кураховской общине, разрушен частный дом.', 'shelling'],
    ['uk', 'Внаслідок артобстрілу пошкоджено школу в Нікополі, раніше місто атакували дрони.', 'shelling'],
  ] as const)('%s: %s', (_l, text, cause) => {
    const es = incidents(text);
    expect(es.length, show(damage(text))).toBeGreaterThan(0);
    for (const e of es) expect(e.cause, show(es)).toBe(cause);
  });
});

describe('guided and free-fall aerial bombs in every case form, and a drone that rammed a building', () => {
  it.each([
    ['uk', 'У Харкові після удару КАБом пошкоджено школу.', 'airstrike'],
    ['uk', 'Окупанти вдарили по селищу двома КАБами, пошкоджено ліцей.', 'airstrike'],
    ['ru', 'В Горловке после удара КАБом повреждена школа.', 'airstrike'],
    ['ru', 'ВСУ сбросили ФАБ на поселок, повреждено здание школы.', 'airstrike'],
    ['ru', 'Беспилотник врезался в здание колледжа в Белгороде.', 'drone'],
    ['uk', 'Дрон врізався в будівлю ліцею в Харкові.', 'drone'],
    ['uk', 'Шахед протаранив будівлю дитячого садка в Києві.', 'drone'],
  ] as const)('%s: %s', (_l, text, cause) => {
    const es = incidents(text);
    expect(es.map((e) => e.cause), show(damage(text))).toEqual([cause]);
  });

  it.each([
    ['ru', 'Беспилотник врезался в дерево во дворе школы, никто не пострадал.'],
    ['uk', 'Дрон врізався в дерево на подвір’ї школи, ніхто не постраждав.'],
    ['ru', 'Машина врезалась в забор школы в Курске.'],
  ] as const)('%s: ramming a tree or a fence by the school damages no school: %s', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('school complexes are schools; a care home called "інтернат" is not', () => {
  it.each([
    ['uk', 'Внаслідок обстрілу в Херсоні пошкоджено НВК.'],
    ['uk', 'Внаслідок обстрілу в Херсоні постраждав навчально-виховний комплекс.'],
    ['uk', 'Внаслідок обстрілу пошкоджено опорний заклад громади.'],
    ['ru', 'В результате обстрела Донецка поврежден УВК № 2.'],
    ['ru', 'В результате обстрела Донецка поврежден учебно-воспитательный комплекс.'],
  ] as const)('%s: %s', (_l, text) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual(['school']);
  });

  it.each([
    ['uk', 'Внаслідок обстрілу в Херсоні пошкоджено будинок-інтернат для літніх людей.'],
    ['ru', 'В результате обстрела Донецка поврежден дом-интернат для престарелых.'],
  ] as const)('%s: %s', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('"будівля постраждала" after an attack on the institution tells its damage, with no weapon named', () => {
  it.each([
    ['uk', 'У Запоріжжі росіяни вдарили по коледжу, будівля постраждала.', 'college'],
    ['ru', 'ВСУ ударили по лицею в Донецке, здание пострадало.', 'lyceum'],
  ] as const)('%s: %s', (_l, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });

  it.each([
    ['uk', 'Росіяни вдарили по лікарні в Харкові, будівля постраждала. Школа поруч не постраждала.'],
    ['ru', 'ВСУ ударили по больнице в Донецке, здание пострадало. Учащиеся школы не пострадали.'],
  ] as const)('%s: a hospital building, or a building that was not hurt, is no school\'s damage: %s', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('an attack by an unnamed weapon names no cause; a storm still does', () => {
  it.each([
    ['uk', 'Внаслідок російської атаки у Харкові пошкоджено будівлю коледжу.', null],
    ['ru', 'В результате атаки ВСУ в Горловке повреждено здание школы.', null],
    ['pl', 'W wyniku rosyjskiego ataku na Charków uszkodzony został budynek liceum.', null],
    ['en', 'A college building in Kharkiv was damaged in a Russian attack overnight.', null],
    ['uk', 'Внаслідок атаки дронів у Харкові пошкоджено будівлю коледжу.', 'drone'],
    ['ru', 'Ураган сорвал крышу со здания школы в Курске.', 'other'],
  ] as const)('%s: %s', (_l, text, cause) => {
    const es = incidents(text);
    expect(es.length, show(damage(text))).toBe(1);
    expect(es[0].cause, show(es)).toBe(cause);
  });
});

describe('nobody hurt: every way of saying it gives no deaths and no injuries', () => {
  const cas = (text: string) => incidents(text).map((e) => e.casualties);
  it.each([
    ['uk', 'Внаслідок атаки дронів пошкоджено ліцей в Одесі. На щастя, ніхто з працівників ліцею не постраждав.'],
    ['ru', 'В Энергодаре беспилотник атаковал школу, повреждено остекление. Никто из учащихся и сотрудников не пострадал.'],
    ['ru', 'В Каменке дрон атаковал школу, повреждено остекление, люди не пострадали.'],
    ['pl', 'W Charkowie rakieta uszkodziła budynek szkoły. Nikt z uczniów nie został ranny.'],
    ['en', 'A drone damaged a school in Kharkiv. No one was hurt.'],
  ] as const)('%s: %s', (_l, text) => {
    expect(cas(text), show(damage(text))).toEqual([{ killed: 0, injured: 0 }]);
  });

  it.each([
    ['ru', '«Пострадавших нет», — рассказал глава региона.\nОсколками снарядов повреждены два частных дома и здание школы в селе Дорогощь.'],
    ['uk', 'Ракета влучила у школу в Харкові, будівлю пошкоджено.\n\nОбстріл стався вночі.\n\nРятувальники працювали на місці до ранку.\n\nЗа попередніми даними, ніхто не постраждав.'],
  ] as const)('%s: the only incident a text tells takes its "nobody hurt" wherever it stands', (_l, text) => {
    expect(cas(text), show(damage(text))).toEqual([{ killed: 0, injured: 0 }]);
  });

  it.each([
    ['uk', 'Шахед влучив у навчальний заклад у Харкові, спалахнула пожежа.\n\nЗа словами мера, жертв немає, проте є троє постраждалих.'],
  ] as const)('%s: people hurt counted elsewhere are not overwritten by a "no victims"', (_l, text) => {
    const c = cas(text);
    expect(c.length, show(damage(text))).toBe(1);
    expect(c[0], show(damage(text))).not.toEqual({ killed: 0, injured: 0 });
  });
});

describe('counted institutions in coordinated places: one in each place', () => {
  it.each([
    ['uk', 'Внаслідок обстрілів зруйновано дві школи в Ізюмі та Балаклії.', ['Ізюм', 'Балаклія']],
    ['ru', 'Из-за обстрелов утром уничтожены две школы в Константиновке и Бахмуте.', ['Константиновка', 'Бахмут']],
    ['en', 'Two schools in Izium and Balakliia were destroyed by shelling.', ['Izium', 'Balakliia']],
  ] as const)('%s: %s', (_l, text, places) => {
    expect(incidents(text).map((e) => e.settlement), show(damage(text))).toEqual(places);
  });

  it.each([
    ['uk', 'Внаслідок обстрілу Ізюма пошкоджено дві школи.'],
  ] as const)('%s: with one place both are there', (_l, text) => {
    expect(incidents(text).map((e) => e.settlement), show(damage(text))).toEqual(['Ізюм', 'Ізюм']);
  });
});
