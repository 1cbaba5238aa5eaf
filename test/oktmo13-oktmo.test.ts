/**
 * OKTMO codes for the Russian settlements of Belgorod, Bryansk and Kursk oblasts (issue 10): the
 * control-number check every copied register row passes (scripts/build-places.ts), the rules that
 * give a settlement its formation's code, and the regenerated gazetteer read through resolvePlace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oktmoCodes, oktmoControl, oktmoKind, oktmoNamed, parseOktmoFile, type Row } from '../scripts/build-places.js';
import { loadGazetteerFile, resolvePlace } from '../store/places/index.js';
import type { Lang } from '../types.js';

const REGISTER = 'data/places/registers/oktmo-14-15-38.csv';
const tmp = mkdtempSync(join(tmpdir(), 'oktmo13-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('oktmoControl: the control number of Russia\'s classifiers', () => {
  it.each<[string, number, string]>([
    // Real rows of the register, copied with their control numbers.
    ['14701000', 2, 'first weights give the number (город Белгород)'],
    ['15701000', 4, 'город Брянск'],
    ['38701000', 1, 'город Курск'],
    ['14750000', 6, 'Шебекинский'],
    ['05602406', 0, 'a remainder of 0 (Гражданское, Primorye)'],
    ['14625151', 5, 'first remainder 10: weights 3, 4, … (поселок Вейделевка)'],
    ['14640000', 7, 'first remainder 10 (Корочанский муниципальный район)'],
    ['15624456', 0, 'both remainders 10: 0 (Песоченское)'],
    ['38630436', 0, 'both remainders 10: 0 (1-й Поныровский сельсовет)'],
  ])('%s → %i (%s)', (code, control) => {
    expect(oktmoControl(code)).toBe(control);
  });

  it('every row of the committed register passes it, so does the file', () => {
    const rows = parseOktmoFile(readFileSync(REGISTER, 'utf8'), REGISTER);
    expect(rows.length).toBe(981);
    for (const r of rows) expect(r.control, `${r.where} ${r.code}`).toBe(oktmoControl(r.code));
    const by = (nn: string) => rows.filter((r) => r.code.startsWith(nn)).length;
    expect([by('14'), by('15'), by('38')]).toEqual([240, 340, 401]);
  });

  it('a row with one digit changed fails the check, with its file and line', () => {
    const good = 'code;control;name\n14701000;2;город Белгород\n38701000;1;город Курск\n';
    expect(parseOktmoFile(good, 'x.csv').map((r) => [r.code, r.kind])).toEqual([['14701000', 'urban okrug'], ['38701000', 'urban okrug']]);
    // One digit of the code changed (14701000 → 14701060), the control number kept: caught.
    expect(() => parseOktmoFile(good.replace('14701000', '14701060'), 'x.csv')).toThrow(/^x\.csv:2: control number 2 does not match code 14701060/);
    // The control number changed.
    expect(() => parseOktmoFile(good.replace('38701000;1', '38701000;7'), 'x.csv')).toThrow(/^x\.csv:3: control number 7 does not match code 38701000 \(its control number is 1\)/);
    // Two neighbouring digits swapped (38701000 → 37801000): caught too.
    expect(() => parseOktmoFile(good.replace('38701000;1', '37801000;1'), 'x.csv')).toThrow(/^x\.csv:3: control number 1 does not match code 37801000/);
  });
});

describe('oktmoKind and oktmoNamed', () => {
  it.each<[string, string | null]>([
    ['14000000', 'region'], ['14700000', 'group'], ['14701000', 'urban okrug'], ['14610000', 'municipal district'],
    ['14610100', 'group'], ['14610165', 'urban settlement'], ['14610404', 'rural settlement'], ['05607701', 'inter-settlement territory'],
    ['14501000', 'municipal okrug'], ['14801000', null],
  ])('%s is %s', (code, kind) => expect(oktmoKind(code)).toBe(kind));

  it.each<[string, { proper?: string; stem?: string }]>([
    ['город Белгород', { proper: 'белгород' }], ['поселок Красная Яруга', { proper: 'красная яруга' }],
    ['рабочий поселок (поселок городского типа) Прогресс', { proper: 'прогресс' }], ['поселок Кировский', { proper: 'кировский' }],
    ['городской округ Шебекино', { proper: 'шебекино' }], ['Шебекинский городской округ', { stem: 'шебекин' }],
    ['Шебекинский', { stem: 'шебекин' }], ['Локотское', { stem: 'локот' }], ['Беловский сельсовет', { stem: 'белов' }],
    ['Новооскольский', { stem: 'новоосколь' }],
  ])('%s names %o', (name, named) => expect(oktmoNamed(name)).toEqual(named));
});

/** A settlement row as the build makes them (only the fields oktmoCodes reads matter). */
const place = (id: string, ru: string, region: string, population: number, forms: string[] = []): Row =>
  [id, 'settlement', 'RU', null, null, 0, 0, region, null, population, { ru }, forms, []];
function register(name: string, lines: string[]): string {
  const dir = mkdtempSync(join(tmp, name));
  writeFileSync(join(dir, 'oktmo-test.csv'), ['code;control;name', ...lines].join('\n') + '\n');
  return dir;
}
const row = (code: string, name: string) => `${code};${oktmoControl(code)};${name}`;

describe('oktmoCodes: which settlement gets which formation\'s code', () => {
  it('gives a town its okrug or urban settlement, by name or adjective; districts, villages and doubles get none', () => {
    const rows = [
      place('a', 'Белгород', 'RU-BEL', 345289), place('b', 'Шебекино', 'RU-BEL', 45194), place('c', 'Новый Оскол', 'RU-BEL', 21035),
      place('d', 'Валуйки', 'RU-BEL', 35887), place('e', 'Яковлево', 'RU-BEL', 2629), place('f', 'Алексеевка', 'RU-BEL', 39848),
      place('g', 'Борисовка', 'RU-BEL', 14148), place('h', 'Локоть', 'RU-BRY', 11853), place('i', 'Любохна', 'RU-BRY', 5188),
      place('j', 'Севск', 'RU-BRY', 7594), place('k', 'Льговский', 'RU-KRS', 23500, ['Льгов']), place('l', 'Ворошнево', 'RU-KRS', 3244),
      place('m', 'Дубровка', 'RU-BRY', 8427), place('n', 'Разумное', 'RU-BEL', 15529), place('o', 'Разумное', 'RU-BEL', 900),
      place('p', 'Клинцы', 'RU-BRY', 66336), place('q', 'Курск', 'RU-KRS', 448733),
    ];
    const dir = register('rules-', [
      row('14610000', 'Белгородский муниципальный район'), // a district: not Белгород's formation
      row('14701000', 'город Белгород'), row('14750000', 'Шебекинский'), row('14735000', 'Новооскольский'), row('14720000', 'Валуйский'),
      row('14755000', 'Яковлевский'), // named for a village: under OKTMO_TOWN_MIN
      row('14710000', 'Алексеевский'), row('14640404', 'Алексеевское'), // two adjectives: no code
      row('14615151', 'поселок Борисовка'), row('14630404', 'Борисовское'), // the name outweighs another Борисовка's selsovet
      row('15604151', 'Локотское'), row('15616159', 'Любохонское'), row('15648101', 'Севское'), row('38710000', 'город Льгов'),
      row('38620424', 'Ворошневский сельсовет'), // a village's selsovet: no code
      row('15604404', 'Дубровское'), row('15612151', 'Дубровское'), // two rows
      row('14610165', 'поселок Разумное'), // names two settlements
      row('15715000', 'городской округ Клинцы'), row('38701000', 'Курский городской округ'),
    ]);
    const out = oktmoCodes(rows, dir);
    const code = Object.fromEntries(rows.map((r) => [r[0], r[4]]));
    expect(code).toEqual({
      a: '14701000', b: '14750000', c: '14735000', d: '14720000', e: null, f: null, g: '14615151', h: '15604151', i: '15616159',
      j: '15648101', k: '38710000', l: null, m: null, n: null, o: null, p: '15715000', q: '38701000',
    });
    for (const r of rows) expect(r[3]).toBe(r[4] ? 'OKTMO' : null);
    expect(out.coded).toBe(11);
    expect(out.rows).toBe(20);
    expect(out.tooSmall).toEqual([expect.stringMatching(/^Яковлево \(RU-BEL, 14755000 Яковлевский\)/)]);
    expect(out.ambiguous.map((a) => a.split(' (')[0])).toEqual(['Алексеевка', 'Дубровка', 'Разумное']);
    expect(out.unmatched).toEqual(['14755000 Яковлевский']); // its one settlement is too small
  });

  it.each<[string, string, RegExp]>([
    ['a malformed row', '14701000;2', /oktmo-test\.csv:3: not an OKTMO row/],
    ['a wrong control number', '14750000;5;Шебекинский', /oktmo-test\.csv:3: control number 5 does not match code 14750000 \(its control number is 6\)/],
    ['a region with no ISO mapping', row('46701000', 'город Подольск'), /oktmo-test\.csv:3: OKTMO region 46 has no ISO 3166-2 region/],
    ['a code listed twice', row('14701000', 'город Белгород'), /oktmo-test\.csv:3: code 14701000 is already on .*oktmo-test\.csv:2/],
  ])('%s stops the build function with its file and line, coding nothing', (_what, bad, message) => {
    const rows = [place('a', 'Белгород', 'RU-BEL', 345289)];
    const dir = register('bad-', [row('14701000', 'город Белгород'), bad]);
    expect(() => oktmoCodes(rows, dir)).toThrow(message);
    expect(rows[0][4]).toBeNull();
  });

  it('a file without its header stops the build too', () => {
    const dir = mkdtempSync(join(tmp, 'header-'));
    writeFileSync(join(dir, 'oktmo-x.csv'), `${row('14701000', 'город Белгород')}\n`);
    expect(() => oktmoCodes([], dir)).toThrow(/oktmo-x\.csv:1: the first line must be the header "code;control;name"/);
  });
});

describe('the regenerated gazetteer: Russian settlements with their OKTMO code', () => {
  it.each<[string, Lang, string, string]>([
    ['Белгород', 'ru', 'RU-BEL', '14701000'], ['Курск', 'ru', 'RU-KRS', '38701000'], ['Брянск', 'ru', 'RU-BRY', '15701000'],
    ['Шебекино', 'ru', 'RU-BEL', '14750000'], ['Shebekino', 'en', 'RU-BEL', '14750000'], ['Губкин', 'ru', 'RU-BEL', '14730000'],
    ['Старый Оскол', 'ru', 'RU-BEL', '14740000'], ['Валуйки', 'ru', 'RU-BEL', '14720000'], ['Грайворон', 'ru', 'RU-BEL', '14725000'],
    ['Клинцы', 'ru', 'RU-BRY', '15715000'], ['Новозыбков', 'ru', 'RU-BRY', '15720000'], ['Дятьково', 'ru', 'RU-BRY', '15616104'],
    ['Климово', 'ru', 'RU-BRY', '15628151'], ['Суджа', 'ru', 'RU-KRS', '38640101'], ['в Судже', 'ru', 'RU-KRS', '38640101'],
    ['Рыльск', 'ru', 'RU-KRS', '38634101'], ['Льгов', 'ru', 'RU-KRS', '38710000'], ['Щигры', 'ru', 'RU-KRS', '38715000'],
    ['Глушково', 'ru', 'RU-KRS', '38604151'], ['Железногорск', 'ru', 'RU-KRS', '38705000'],
  ])('%s (%s) is a settlement of %s with OKTMO %s', (text, lang, region, code) => {
    const p = resolvePlace(text, lang);
    expect(p).not.toBeNull();
    expect([p!.kind, p!.country, p!.regionId, p!.adminScheme, p!.adminCode]).toEqual(['settlement', 'RU', region, 'OKTMO', code]);
  });

  it('codes only Russian settlements of the three regions, each with a code of its region, each code once', () => {
    const f = loadGazetteerFile();
    const coded = f.rows.filter((r) => r[3] === 'OKTMO');
    expect(coded.length).toBe(80);
    const region: Record<string, string> = { '14': 'RU-BEL', '15': 'RU-BRY', '38': 'RU-KRS' };
    const codes = new Set(parseOktmoFile(readFileSync(REGISTER, 'utf8'), REGISTER).map((r) => r.code));
    for (const r of coded) {
      expect([r[1], r[2], r[7]]).toEqual(['settlement', 'RU', region[r[4]!.slice(0, 2)]]);
      expect(codes.has(r[4]!)).toBe(true);
    }
    expect(new Set(coded.map((r) => r[4])).size).toBe(coded.length);
    expect(f.attribution.join(' ')).toMatch(/OKTMO codes: data\/places\/registers\/oktmo-14-15-38\.csv/);
    // No guesses: two rows name Алексеевка (an okrug, another Алексеевка's selsovet); Яковлево is not its okrug's town; Moscow has no register rows.
    const ru = (name: string, reg: string) => f.rows.find((r) => r[1] === 'settlement' && r[7] === reg && r[10].ru === name)!;
    expect(ru('Алексеевка', 'RU-BEL').slice(3, 5)).toEqual([null, null]);
    expect(ru('Яковлево', 'RU-BEL').slice(3, 5)).toEqual([null, null]);
    expect(resolvePlace('Москва', 'ru')?.adminCode).toBeNull();
  });
});
