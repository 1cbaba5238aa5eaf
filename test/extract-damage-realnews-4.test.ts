/**
 * Damage events on real-news constructions, fourth round (extractors 1.5.0): one table per error
 * class found on the grown real-news dev set, in every language where the class occurs. Sentences
 * are written for these tests in the style of real reports (no corpus text); negatives stay negative.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function damage(text: string, published: string | null = '2024-05-20'): DamageEvent[] {
  return analyze({ text, published }).events.filter((e): e is DamageEvent => e.type === 'damage');
}
const incidents = (text: string) => damage(text).filter((e) => e.scope === 'incident');
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.scope, e.institution ?? e.institutionKind, e.settlement, e.quote.slice(0, 60)]));

describe('a denial told of a neighbouring or another institution does not deny the one hit', () => {
  it.each([
    ['ru', 'Утром под обстрел попала школа №14 в Горловке. В соседней школе (№9), хотя разрушений не было, детей тоже отвели в подвал.'],
    ['uk', 'Вранці під обстріл потрапила школа №14 у Херсоні. У сусідній школі (№9) руйнувань не було, але дітей теж відвели в укриття.'],
    ['pl', 'Rano pod ostrzał trafiła szkoła nr 14 w Charkowie. W sąsiedniej szkole (nr 9) nie stwierdzono zniszczeń, ale dzieci również sprowadzono do schronu.'],
    ['bg', 'Сутринта под обстрел попадна училище № 14 в Харков. В съседното училище (№ 9) нямаше разрушения, но децата също бяха свалени в мазето.'],
    ['en', 'School No. 14 in Kharkiv came under shelling in the morning. The neighbouring school (No. 9) was not damaged, but its pupils were also taken to the basement.'],
  ] as const)('%s: the school hit is an incident', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });

  it.each([
    ['ru', 'Утром под обстрел попала школа №14 в Горловке. В школе не было разрушений, никто не пострадал.'],
    ['uk', 'Вранці під обстріл потрапила школа №14 у Херсоні. У школі не було руйнувань, ніхто не постраждав.'],
    ['pl', 'Rano pod ostrzał trafiła szkoła nr 14 w Charkowie. W szkole nie było zniszczeń, nikt nie został ranny.'],
  ] as const)('%s: a denial of the same school still denies it', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('debris that landed on the grounds, or closed an institution, damaged no building by itself', () => {
  it.each([
    ['ru', 'В Подольске обломки беспилотника упали на территорию детского сада «Ромашка». Пострадавших нет.'],
    ['ru', 'Работа детского сада «Ромашка» в Подольске приостановлена из-за падения обломков беспилотника.'],
    ['ru', 'Воронка во дворе школы №3 в Курске, куда упали обломки уничтоженного беспилотника.'],
    ['uk', 'У Броварах уламки дрона впали на територію дитячого садка «Сонечко». Постраждалих немає.'],
    ['uk', 'Роботу дитячого садка «Сонечко» у Броварах зупинили через падіння уламків безпілотника.'],
    ['uk', 'Вирва на подвір’ї школи №3 у Сумах, куди впали уламки знищеного дрона.'],
    ['pl', 'W Rzeszowie szczątki drona spadły na teren przedszkola nr 5. Nikt nie został ranny.'],
    ['en', 'In Kharkiv, debris of a destroyed drone fell on the grounds of School No. 3. Nobody was hurt.'],
  ] as const)('%s: %s', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });

  it.each([
    ['ru', 'В Подольске обломки беспилотника упали на территорию детского сада «Ромашка», в здании выбиты окна.'],
    ['uk', 'У Броварах уламки дрона впали на територію дитячого садка «Сонечко», у будівлі вибито вікна.'],
    ['uk', 'У Сумах уламки дрона пошкодили дах школи №3.'],
    ['ru', 'В Курске обломки беспилотника повредили крышу школы №3.'],
    ['pl', 'W Sumach szczątki drona uszkodziły dach szkoły nr 3.'],
  ] as const)('%s: a damage word of its own still tells damage: %s', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(1);
  });
});

describe('windows blown out and a roof pierced are damage; a preschool named by its level is a kindergarten', () => {
  it.each([
    ['ru', 'В Донецке от артиллерийского удара в здании школы №5 вылетели стекла.', 'school'],
    ['ru', 'Снаряд пробил крышу дошкольного учреждения в Горловке.', 'kindergarten'],
    ['uk', 'Ракета впала поруч із будинком культури в Харкові. У школі №5 повилітали вікна та двері.', 'school'],
    ['uk', 'У результаті обстрілу снаряд пробив дах дошкільного закладу в Донецьку.', 'kindergarten'],
    ['pl', 'W Charkowie po rosyjskim ostrzale w budynku szkoły nr 5 wyleciały szyby.', 'school'],
    ['pl', 'Pocisk przebił dach przedszkola nr 3 w Sumach.', 'kindergarten'],
    ['bg', 'Снаряд проби покрива на училище „Христо Ботев“ в Харков.', 'school'],
    ['en', 'A shell pierced the roof of School No. 5 in Kharkiv.', 'school'],
  ] as const)('%s: %s', (_l, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });

  it.each([
    ['ru', 'В доме напротив школы от взрыва вылетели стекла.'],
    ['uk', 'Снаряд пробив дах приватного будинку неподалік школи.'],
    ['pl', 'W bloku obok szkoły wyleciały szyby.'],
  ] as const)('%s: a house near the school is not the school: %s', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('"as reported earlier" opens another incident, not a further word on the one told', () => {
  it.each([
    ['uk', 'Ракета влучила у школу в Ізюмі, обвалилися стіни. Раніше повідомлялося, що окупанти завдали ракетного удару по Курахівській гімназії №2. Внаслідок атаки зруйновано одне крило будівлі.'],
    ['ru', 'Ракета попала в школу в Изюме, обрушились стены. Ранее сообщалось, что оккупанты нанесли ракетный удар по Кураховской гимназии №2. В результате атаки разрушено одно крыло здания.'],
    ['pl', 'Rakieta trafiła w szkołę w Iziumie, zawaliły się ściany. Wcześniej informowaliśmy, że rakieta uszkodziła gimnazjum nr 2 w Kurachowem.'],
    ['bg', 'Ракета удари училище в Изюм, срутиха се стени. По-рано съобщихме, че ракета повреди гимназия № 2 в Курахове.'],
  ] as const)('%s: two incidents', (_l, text) => {
    expect(incidents(text).length, show(damage(text))).toBe(2);
  });
});

describe('"subjected to an attack" is an attack word', () => {
  it.each([
    ['ru', 'В Каменке-Днепровской школа подверглась атаке беспилотников, повреждено остекление.', 'school'],
    ['uk', 'Школа №3 у Херсоні зазнала удару дрона, вибито вікна.', 'school'],
    ['uk', 'Ліцей у Сумах піддався обстрілу з артилерії.', 'lyceum'],
    ['pl', 'Szkoła nr 3 w Chersoniu została poddana ostrzałowi artyleryjskiemu.', 'school'],
    ['bg', 'Училище № 3 в Херсон беше подложено на обстрел с дронове.', 'school'],
  ] as const)('%s: %s', (_l, text, kind) => {
    expect(incidents(text).map((e) => e.institutionKind), show(damage(text))).toEqual([kind]);
  });

  it.each([
    ['uk', 'Школа зазнала удару по бюджету через скорочення фінансування.'],
    ['ru', 'Школа подверглась критике родителей из-за нового расписания.'],
  ] as const)('%s: no weapon, no attack: %s', (_l, text) => {
    expect(incidents(text), show(damage(text))).toEqual([]);
  });
});

describe('a region named after the unknown settlement is not part of it', () => {
  it.each([
    ['uk', 'Ракета влучила в школу в Миколаївці Донецької області, обвалилися стіни.', 'Миколаївці'],
    ['ru', 'Беспилотник повредил школу в Каменке Запорожской области.', 'Каменке'],
    ['pl', 'Rakieta uszkodziła szkołę w Ochtyrce obwodu sumskiego.', 'Ochtyrce'],
  ] as const)('%s: %s', (_l, text, settlement) => {
    expect(incidents(text).map((e) => e.settlement), show(damage(text))).toEqual([settlement]);
  });

  it('a district after the name still names no settlement', () => {
    expect(incidents('Снаряд пошкодив дитячий садок у Бериславському районі.').map((e) => e.settlement)).toEqual([null]);
  });
});
