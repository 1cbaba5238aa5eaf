/**
 * Settlements from the whole gazetteer (data/gazetteer/places.json) in the extractors: the
 * inflection tables that give a name's oblique forms, the settlements the hand tables
 * (data/places/*.json) do not list, found in real sentences (copied from the stored web: news of
 * damaged schools and kindergartens in villages and small towns), and the precision guards
 * (a person's name, an institution's quoted name, a common word, a district, part of a longer
 * name, a region the village does not lie in). Every settlement asserted here is absent from the
 * hand tables, so each positive fails without the gazetteer step and each negative without its guard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerLoaded, inflectName, romanizeUk } from '../extractors/_gazetteer-settlements.js';
import { findPlaces } from '../extractors/places.js';
import type { Lang } from '../types.js';

describe('the gazetteer is read lazily', () => {
  // First in this file: importing the extractors reads nothing; the first scan of a text does.
  it('is not loaded until a text is scanned for places', () => {
    expect(gazetteerLoaded()).toBe(false);
    findPlaces('Школу в Колочаві пошкоджено.', { lang: 'uk' });
    expect(gazetteerLoaded()).toBe(true);
  });
});

describe('inflected forms by rule', () => {
  const cases: [lang: Lang, name: string, forms: string[]][] = [
    ['uk', 'Кочубеївка', ['Кочубеївки', 'Кочубеївці', 'Кочубеївкою']],
    ['uk', 'Біла Церква', ['Білої Церкви', 'Білій Церкві', 'Білою Церквою']],
    ['uk', 'Таврійське', ['Таврійського', 'Таврійському', 'Таврійським']],
    ['uk', 'Харків', ['Харкова', 'Харкові', 'Харковом']],
    ['uk', 'Суслівці', ['Суслівців', 'Суслівцях', 'Суслівцями']],
    ['uk', 'Печеніги', ['Печенігах', 'Печенігам']],
    ['uk', 'Бориспіль', ['Борисполя', 'Борисполі']],
    ['uk', 'Слов’янськ', ['Слов’янська', 'Слов’янську']],
    ['ru', 'Васильевка', ['Васильевки', 'Васильевке', 'Васильевкой']],
    ['ru', 'Кременчуг', ['Кременчуга', 'Кременчуге', 'Кременчугом']],
    ['ru', 'Красная Пойма', ['Красной Пойме', 'Красной Поймы']],
    ['ru', 'Покровское', ['Покровского', 'Покровском']],
    ['ru', 'Николо-Погорелово', ['Николо-Погорелова', 'Николо-Погорелове']],
    ['ru', 'Шебеньгский Погост', ['Шебеньгском Погосте', 'Шебеньгского Погоста']],
    ['pl', 'Zbydniów', ['Zbydniowa', 'Zbydniowie']],
    ['pl', 'Szkotowo', ['Szkotowa', 'Szkotowie']],
    ['pl', 'Poręba Wielka', ['Poręby Wielkiej', 'Porębie Wielkiej']],
    ['pl', 'Zabierzów Bocheński', ['Zabierzowie Bocheńskim', 'Zabierzowa Bocheńskiego']],
    ['pl', 'Katowice', ['Katowic', 'Katowicach']],
    ['pl', 'Kamionka', ['Kamionce', 'Kamionki']],
    ['pl', 'Świerzno', ['Świerznie']],
    ['pl', 'Wleń', ['Wleniu', 'Wlenia']],
    ['pl', 'Jarosławiec', ['Jarosławcu', 'Jarosławca']],
  ];
  it.each(cases)('%s %s', (lang, name, forms) => {
    const got = inflectName(name, lang);
    expect(got).toContain(name);
    for (const f of forms) expect(got).toContain(f);
  });

  it('gives no form where the ending does not decline reliably, and none in Bulgarian or English', () => {
    // "Jasło" → "Jaśle" changes a consonant: left to the hand tables, never guessed as "Jasle".
    expect(inflectName('Jasło', 'pl')).toEqual(['Jasło']);
    expect(inflectName('Бяла черква', 'bg')).toEqual(['Бяла черква']);
    expect(inflectName('Serhiyivka', 'en')).toEqual(['Serhiyivka']);
  });

  it('romanises Ukrainian names as English news writes them (the national system)', () => {
    expect(romanizeUk('Михайлівка')).toBe('Mykhailivka');
    expect(romanizeUk('Біла Церква')).toBe('Bila Tserkva');
    expect(romanizeUk('Згурівка')).toBe('Zghurivka');
    expect(romanizeUk('Єнакієве')).toBe('Yenakiieve');
    expect(romanizeUk('Kyiv')).toBeNull();
  });
});

type Found = { name: string; region: string | null; text: string };
function settlements(text: string, lang: Lang): Found[] {
  return findPlaces(text, { lang })
    .filter((p) => p.kind === 'settlement')
    .map((p) => ({ name: p.name, region: p.region, text: p.text }));
}

describe('settlements the hand tables do not list, from the whole gazetteer', () => {
  // Real sentences (stored copies of the web); the expected settlement and the region the gazetteer gives it.
  const cases: [lang: Lang, sentence: string, found: Found][] = [
    ['uk', 'Повінь змила цілий кут школи в с. Колочава', { name: 'Колочава', region: 'Закарпатська область', text: 'Колочава' }],
    ['uk', 'У селищі Межова на Дніпропетровщині під час нічного обстрілу влучанням російської керованої авіабомби (КАБ) зруйновано найбільший освітній заклад громади - ліцей №1.', { name: 'Межова', region: 'Дніпропетровська область', text: 'Межова' }],
    ['uk', 'Пані Тетяна показує школу у селі Архангельське на Херсонщині.', { name: 'Архангельське', region: 'Херсонська область', text: 'Архангельське' }],
    ['ru', 'По его словам, этим же утром обстрелу ВСУ и атаке беспилотника подверглась территория двух предприятий в Шебекино.', { name: 'Шебекино', region: 'Белгородская область', text: 'Шебекино' }],
    // A Ukrainian town in a Russian text that names no region: the name, not the gazetteer's region.
    ['ru', 'Боевики из минометов обстреляли больницу в Счастье, убита женщина', { name: 'Счастье', region: null, text: 'Счастье' }],
    ['pl', 'Pożar w szkole w Porębie Wielkiej koło Limanowej w Małopolsce.', { name: 'Poręba Wielka', region: 'województwo małopolskie', text: 'Porębie Wielkiej' }],
    ['pl', '10 zastępów Straży Pożarnej gasi pożar, który wybuchł na poddaszu szkoły podstawowej w Świerznie koło Kamienia Pomorskiego.', { name: 'Świerzno', region: 'województwo zachodniopomorskie', text: 'Świerznie' }],
    ['pl', 'Przedszkole w Zabierzowie Bocheńskim pod Krakowem nie nadaje się do użytku po pożarze, który wybuchł w poniedziałek rano przed rozpoczęciem zajęć.', { name: 'Zabierzów Bocheński', region: 'województwo małopolskie', text: 'Zabierzowie Bocheńskim' }],
    ['bg', 'В пострадалото от наводненията училище „Цанко Церковски“ в гр. Мизия учебната година ще започне, но занятията вероятно ще се водят на втория етаж', { name: 'Мизия', region: 'област Враца', text: 'Мизия' }],
  ];
  it.each(cases)('%s: %s', (lang, sentence, found) => {
    expect(settlements(sentence, lang)).toContainEqual(found);
  });

  it('English: "the village of X", the written (romanised) form kept', () => {
    const s = settlements('Russian forces attacked the village of Serhiyivka at around 11:20 am, probably with multiple rocket launchers', 'en');
    expect(s.map((p) => p.name)).toEqual(['Serhiyivka']);
    // GeoNames spells it "Mykhaylivka"; the national romanisation of "Михайлівка" finds the news spelling.
    const m = settlements('(MENAFN- UkrinForm) Russian troops attacked the village of Mykhailivka, Kherson region, with kamikaze drones, hitting the building of a local educational institution.', 'en');
    expect(m.map((p) => p.name)).toEqual(['Mykhailivka']);
  });

  it('a lower-case second word of a Bulgarian name ("Бяла черква") is part of it', () => {
    expect(settlements('До 1835 г. обществено училище в Бяла черква не е имало.', 'bg').map((p) => p.name)).toEqual(['Бяла черква']);
  });

  it('of several villages of one name, the one in the region the text names', () => {
    // Семенівка: towns in four regions of the gazetteer; the story names Chernihiv oblast.
    const text = 'У перші дні навчального року російські війська обстріляли дві школи у Чернігівській області. Також зранку 2 вересня через атаку безпілотника пошкоджена будівля непрацюючої школи у місті Семенівка.';
    expect(settlements(text, 'uk')).toContainEqual({ name: 'Семенівка', region: 'Чернігівська область', text: 'Семенівка' });
    // Without a region: the name, but no region (towns of this name in four regions, none ten times another).
    expect(settlements('пошкоджена будівля непрацюючої школи у місті Семенівка.', 'uk')).toContainEqual({ name: 'Семенівка', region: null, text: 'Семенівка' });
  });

  it('a region named in the sentence that the village of this name is not in: no region asserted', () => {
    // The gazetteer's only "Васильевка" in Russian is in Crimea; the text says Zaporizhzhia.
    const s = settlements('В Васильевке Запорожской области беспилотник повредил школу, сообщил губернатор Евгений Балицкий в своем телеграм-канале.', 'ru');
    expect(s).toContainEqual({ name: 'Васильевка', region: null, text: 'Васильевке' });
  });
});

describe('precision guards: gazetteer names that are not the place of anything here', () => {
  // Each capitalised word below is a settlement of the gazetteer; real sentences where it is not one.
  const cases: [lang: Lang, sentence: string, notFound: string][] = [
    // A person: given name and surname ("Роман" is a village).
    ['ru', 'Губернатор Роман Бусаргин уточнил, что жертв нет.', 'Роман'],
    ['pl', 'Piotr Jawor - Profesjonalna akademia piłkarska', 'Jawor'],
    ['en', 'Source: Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration', 'Serhii'],
    // No locative cue and no region: a name in a list ("Константин и Елена"), a municipality's name.
    ['bg', 'На празника на светите равноапостолни царе Константин и Елена, министърът ще се срещне с академичната общност.', 'Елена'],
    ['bg', 'Това сподели пред "Черноморие" кметът на Община Царево Георги Лапчев.', 'Царево'],
    // A district ("в Калининском районе"), part of a hyphenated name the gazetteer lacks ("Каменке-Днепровской").
    ['ru', 'В местных новостных ресурсах опубликованы кадры после удара по школе в Калининском районе Донецка.', 'Калининском'],
    ['ru', 'ВСУ атаковали здание средней общеобразовательной школы №1 «Скифия» в городе Каменке-Днепровской.', 'Каменке'],
  ];
  it.each(cases)('%s: %s', (lang, sentence, notFound) => {
    expect(settlements(sentence, lang).map((p) => p.text)).not.toContain(notFound);
  });

  it('a common word needs a settlement noun: "жителі села Ставки" counts', () => {
    const text = '«Закрили серце села»: жителі села Ставки Піщанської громади боряться за відновлення своєї школи';
    expect(settlements(text, 'uk').map((p) => p.name)).toContain('Ставки');
  });

  it('a quoted name or one after "имени" is a body\'s or a person\'s ("Сколково", "Татищева" are villages)', () => {
    expect(settlements('Меморандумы о сотрудничестве с Фондом «Сколково» подписали представители ряда вузов', 'ru').map((p) => p.text)).not.toContain('Сколково');
    const t = settlements('Волжский университет имени Татищева, филиал которого в Сызрани работает', 'ru').map((p) => p.text);
    expect(t).not.toContain('Татищева');
    expect(t).toContain('Сызрани');
  });
});

describe('the hand tables stay the curated overrides', () => {
  it('a form only the hand table lists ("w Jaśle") and a hand-table city before the gazetteer', () => {
    const pl = 'Budynek, szacownej Szkoły Podstawowej nr 2 w Jaśle im. Marii Konopnickiej, jednej z najstarszych placówek oświatowych w powiecie jasielskim, został oddany do użytku w 1904r.';
    expect(settlements(pl, 'pl').map((p) => p.name)).toContain('Jasło');
    // Кременчук is in data/places/ua.json: its curated Russian forms, its curated region.
    expect(settlements('Об этом УНИАН сообщили в городском отделе милиции Кременчуга.', 'ru')).toEqual([{ name: 'Кременчуг', region: 'Полтавская область', text: 'Кременчуга' }]);
  });

  it('none of the settlements asserted above is in the hand tables', () => {
    const hand = ['ua', 'ru', 'pl', 'bg']
      .map((f) => JSON.parse(readFileSync(join(__dirname, '..', 'data', 'places', `${f}.json`), 'utf8')) as { places: { name: Record<string, string>; forms: string[] }[] })
      .flatMap((g) => g.places)
      .flatMap((p) => [...Object.values(p.name), ...p.forms].map((x) => x.toLowerCase()));
    for (const n of ['колочава', 'межова', 'архангельське', 'шебекино', 'счастье', 'poręba wielka', 'świerzno', 'zabierzów bocheński', 'мизия', 'бяла черква', 'семенівка', 'васильевка', 'ставки', 'роман', 'jawor', 'елена', 'царево', 'сколково', 'татищево']) {
      expect(hand, n).not.toContain(n);
    }
  });
});
