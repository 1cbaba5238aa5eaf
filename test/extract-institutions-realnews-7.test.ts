/**
 * Institution classes of round 7 on real news (test/realnews/dev items 701-736), one table per
 * class with negatives: university abbreviations a text never defines whose ending says what they
 * are (ТулГУ, УГАТУ, АГТУ, ОмГПУ) and a "госуниверситет" abbreviated by its initials (ТГУ of
 * Тольяттинский госуниверситет, not the registry's Tomsk one); English person titles after a name
 * ("Southeast University Vice-Chancellor"), a capitalised verb before "the University", and one
 * name written in two orders ("University of Kordestan" / "Kordestan University").
 * Sentences written for these tests in the style of the real ones.
 */
import { describe, expect, it } from 'vitest';
import { extractInstitutions } from '../extractors/institutions.js';
import type { InstitutionTag, Lang } from '../types.js';

const tags = (text: string, lang: Lang): InstitutionTag[] => extractInstitutions(text, { lang });
const show = (ts: InstitutionTag[]) => JSON.stringify(ts.map((t) => [t.name, t.kind, t.mentions.map((m) => m.text)]));

describe('ru: an undefined abbreviation with a state university ending names a university', () => {
  it.each([
    ['ТулГУ подписал договор о сотрудничестве с заводом «Альфа».', 'ТулГУ'],
    ['Документ подписали ректор УГАТУ и директор завода.', 'УГАТУ'],
    ['Студенты АГТУ прошли практику на верфи.', 'АГТУ'],
    ['Делегация ОмГПУ посетила школу № 5.', 'ОмГПУ'],
    ['Ректор ТюмГЭУ выступил на форуме.', 'ТюмГЭУ'],
  ] as const)('%s', (text, abbr) => {
    const ts = tags(text, 'ru');
    expect(ts.some((t) => t.kind === 'university' && t.mentions.some((m) => m.text === abbr)), show(ts)).toBe(true);
  });

  it.each([
    // Legal forms and administrations are no universities: ОГБУ, ГАУ (автономное учреждение), ГУ МВД.
    ['ОГБУ «Центр занятости» объявило набор.', 'ОГБУ'],
    ['Сотрудники ГУ МВД провели проверку.', 'ГУ'],
    ['Учреждение КГАУ «Дом молодежи» открылось.', 'КГАУ'],
  ] as const)('not: %s', (text, abbr) => {
    const ts = tags(text, 'ru');
    expect(ts.some((t) => t.kind === 'university' && t.mentions.some((m) => m.text === abbr)), show(ts)).toBe(false);
  });

  it('ТГУ after "Тольяттинский госуниверситет" is that university (initials of the compound), not the registry one', () => {
    const ts = tags('Представители завода посетили Тольяттинский госуниверситет. В ТГУ гостям показали лаборатории.', 'ru');
    const tgu = ts.filter((t) => t.mentions.some((m) => m.text === 'ТГУ'));
    expect(tgu.map((t) => t.name), show(ts)).toEqual(['Тольяттинский госуниверситет']);
  });
});

describe('en: names stop before a person title, and "X the University" is no name', () => {
  it.each([
    ['Southeast University Vice-Chancellor Professor Karim Rahman was the chief guest.', 'Southeast University', 'Southeast University Vice-Chancellor'],
    ['The MoU was signed by the University of Lakeshire Chancellor and the mayor.', 'University of Lakeshire', 'University of Lakeshire Chancellor'],
    ['Westbrook College Provost Anna Lee signed the agreement.', 'Westbrook College', 'Westbrook College Provost'],
  ] as const)('%s', (text, name, runOn) => {
    const got = tags(text, 'en').flatMap((t) => t.mentions.map((m) => m.text));
    expect(got, JSON.stringify(got)).toContain(name);
    expect(got, JSON.stringify(got)).not.toContain(runOn);
  });

  it.each([
    ['The company undertakes:\n- Inform the University about the need for specialists.'],
    ['Notify the College of any change in writing.'],
  ] as const)('no name: %s', (text) => {
    const ts = tags(text, 'en');
    expect(ts.some((t) => /^(Inform|Notify) the/u.test(t.name)), show(ts)).toBe(false);
  });

  it('keeps "the" inside a name before other words ("Peter the Great … University")', () => {
    const ts = tags('He studied at Peter the Great St. Petersburg Polytechnic University.', 'en');
    expect(ts.map((t) => t.name), show(ts)).toContain('Peter the Great St. Petersburg Polytechnic University');
  });
});

describe('en: "University of X" and "X University" in one text are one institution', () => {
  it.each([
    ['The MoU was sealed by Kordestan University and a delegation. University of Kordestan hosts 42 students from abroad.', 'University of Kordestan', ['Kordestan University', 'University of Kordestan']],
    ['Koya University signed it. The MoU between Hawler College and University of Koya is older.', 'University of Koya', ['Koya University', 'University of Koya']],
  ] as const)('%s', (text, name, mentions) => {
    const ts = tags(text, 'en');
    const one = ts.filter((t) => mentions.some((m) => t.mentions.some((x) => x.text === m)));
    expect(one.length, show(ts)).toBe(1);
    expect(one[0].name).toBe(name);
  });

  it('different places stay different institutions', () => {
    const ts = tags('Koya University signed a memorandum with University of Kordestan.', 'en');
    expect(ts.filter((t) => t.kind === 'university').length, show(ts)).toBe(2);
  });
});

describe('ru/uk: "при" and the body an institution is attached to are part of its name', () => {
  it.each([
    ['ru', 'В рейтинг вошли Финансовый университет при правительстве России и МФТИ.', 'Финансовый университет при правительстве России', 'Финансовый университет'],
    ['ru', 'Открылась Школа при посольстве России в Варшаве.', 'Школа при посольстве России', 'Школа'],
    ['uk', 'Університет уклав меморандум з Радою молодих учених при МОН.', 'Радою молодих учених при МОН', 'Радою молодих учених'],
  ] as const)('%s: %s', (lang, text, full, short) => {
    const got = tags(text, lang).flatMap((t) => t.mentions.map((m) => m.text));
    expect(got, JSON.stringify(got)).toContain(full);
    expect(got, JSON.stringify(got)).not.toContain(short);
  });

  it.each([
    ['ru', 'Университет при поддержке министерства открыл новый центр.'],
    ['ru', 'Колледж при участии губернатора подписал соглашение.'],
  ] as const)('not attached: %s', (lang, text) => {
    const got = tags(text, lang).flatMap((t) => t.mentions.map((m) => m.text));
    expect(got.some((m) => m.includes(' при ')), JSON.stringify(got)).toBe(false);
  });
});

describe('ru: an adjective opening a sentence and a lower-case company word describe a company, they name none', () => {
  it.each([
    ['Британская компания Quacquarelli Symonds опубликовала рейтинг, в который вошел МГУ.', 'Британская компания'],
    ['Оборонное предприятие подписало договор с УрФУ.', 'Оборонное предприятие'],
  ] as const)('%s', (text, description) => {
    const ts = tags(text, 'ru');
    expect(ts.map((t) => t.name), show(ts)).not.toContain(description);
  });

  it.each([
    // A quoted name, a complement or a legal form still names it.
    ['Оборонное предприятие «Уралвагонзавод» подписало договор с УрФУ.', 'Уралвагонзавод'],
    ['Казанский завод точного машиностроения подписал соглашение с КФУ.', 'Казанский завод точного машиностроения'],
    ['В середине текста Уральская компания «Север» подписала договор с УрФУ.', 'Север'],
  ] as const)('still named: %s', (text, part) => {
    const ts = tags(text, 'ru');
    expect(ts.some((t) => t.kind === 'company' && t.name.includes(part)), show(ts)).toBe(true);
  });
});

describe('en: an office or the people of an institution after its head end the name', () => {
  it.each([
    ['By University Communications\nThe University of Lakeshire will pursue a memorandum with the city.', 'University Communications', 'University of Lakeshire'],
    ['The event for Westbrook College Alumni took place at Westbrook College.', 'Westbrook College Alumni', 'Westbrook College'],
    ['Harvard University Graduates signed the letter.', 'Harvard University Graduates', 'Harvard University'],
  ] as const)('%s', (text, runOn, name) => {
    const ts = tags(text, 'en');
    expect(ts.map((t) => t.name), show(ts)).not.toContain(runOn);
    expect(ts.map((t) => t.name), show(ts)).toContain(name);
  });
});

describe('ru/uk: ГК, НПО, НПП (ДК, НВО, НВП) before a quoted name are companies', () => {
  it.each([
    ['ru', 'ГК «Укроборонпром» привлечет специалистов Национального авиационного университета.', 'ГК «Укроборонпром»'],
    ['ru', 'Договор подписали ректор УГАТУ и директор НПО «Казанский завод точного машиностроения».', 'НПО «Казанский завод точного машиностроения»'],
    ['ru', 'Студенты Курского колледжа связи пройдут практику в НПП «Исток».', 'НПП «Исток»'],
    ['uk', 'ДК «Укроборонпром» та КПІ підписали меморандум про співпрацю.', 'ДК «Укроборонпром»'],
  ] as const)('%s: %s', (lang, text, name) => {
    const ts = tags(text, lang);
    expect(ts.map((t) => [t.name, t.kind]), show(ts)).toContainEqual([name, 'company']);
  });

  it('НПО as "начальное профессиональное образование" names nothing', () => {
    const ts = tags('В учреждениях НПО области учатся 500 студентов.', 'ru');
    expect(ts, show(ts)).toEqual([]);
  });
});

describe('ru/uk: "в сфере / у сфері" continues a public body\'s name only, not a company\'s or a school\'s', () => {
  it.each([
    ['ru', 'Подписано соглашение УГАТУ с Казанским заводом точного машиностроения в сфере научно-инновационной деятельности.', 'Казанским заводом точного машиностроения'],
    ['ru', 'Подписан договор с Тверским колледжем связи в сфере подготовки кадров.', 'Тверским колледжем связи'],
  ] as const)('%s: %s', (lang, text, mention) => {
    const got = tags(text, lang).flatMap((t) => t.mentions.map((m) => m.text));
    expect(got, JSON.stringify(got)).toContain(mention);
    expect(got.some((m) => m.includes('в сфере')), JSON.stringify(got)).toBe(false);
  });

  it.each([
    ['ru', 'Федеральная служба по надзору в сфере образования и науки провела проверку школы № 5.', 'Федеральная служба по надзору в сфере образования и науки'],
    ['uk', 'Державна служба якості освіти у сфері освіти провела перевірку ліцею № 3.', 'Державна служба якості освіти у сфері освіти'],
  ] as const)('kept for a public body: %s', (lang, text, name) => {
    const ts = tags(text, lang);
    expect(ts.map((t) => t.name), show(ts)).toContain(name);
  });
});

describe('pl: the adjective after a faculty or other unit is the unit\'s, not the university\'s', () => {
  it.each([
    ['Studenci Wydziału Mechanicznego Politechniki Białostockiej odbędą praktyki w firmie.', 'Politechniki Białostockiej', 'Mechanicznego Politechniki Białostockiej'],
    ['Wydział Elektryczny Politechniki Warszawskiej podpisał umowę z firmą.', 'Politechniki Warszawskiej', 'Elektryczny Politechniki Warszawskiej'],
  ] as const)('%s', (text, mention, runOn) => {
    const got = tags(text, 'pl').flatMap((t) => t.mentions.map((m) => m.text));
    expect(got, JSON.stringify(got)).toContain(mention);
    expect(got, JSON.stringify(got)).not.toContain(runOn);
  });

  it.each([
    ['Śląski Uniwersytet Medyczny podpisał umowę z firmą.', 'Śląski Uniwersytet Medyczny'],
    ['Zachodniopomorski Uniwersytet Technologiczny w Szczecinie podpisał umowę.', 'Zachodniopomorski Uniwersytet Technologiczny w Szczecinie'],
  ] as const)('a prenominal adjective of the name stays: %s', (text, name) => {
    const ts = tags(text, 'pl');
    expect(ts.map((t) => t.name), show(ts)).toContain(name);
  });
});

describe('ru: adjectives stressed on the ending take -ой in the nominative name', () => {
  it.each([
    ['Подписан меморандум с Уфимским государственным нефтяным техническим университетом.', 'Уфимский государственный нефтяной технический университет'],
    ['Директор Ростовского морского колледжа подписал договор.', 'Ростовский морской колледж'],
    ['Делегация Красноярского краевого института повышения квалификации посетила школу.', 'Красноярский краевой институт повышения квалификации'],
    // Not stressed: -ый stays.
    ['Ректор Тюменского государственного университета выступил.', 'Тюменский государственный университет'],
  ] as const)('%s', (text, name) => {
    const ts = tags(text, 'ru');
    expect(ts.map((t) => t.name), show(ts)).toContain(name);
  });
});
