/**
 * Round 12 (dmg12): "nobody was hurt" told with words the casualty reader did not know: "Nikomu nic się
 * nie stało", "Потерпілих не виявили", "поранених не має", "There were no reports of injury", "Хора не са
 * пострадали", "пострадавших не выявлено". The incident's casualties are then 0 killed, 0 injured.
 * Texts with a URL are copied from that page (dev items, none from the holdout); the others are minimal
 * texts of the same construction, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.casualties, e.quote.slice(0, 50)]));

describe('a "nobody was hurt" phrase gives the incident 0 killed and 0 injured', () => {
  it.each([
    // radiogdansk.pl/wiadomosci/2018/05/22/pozar-w-gdanskim-gimnazjum-numer-2-ewakuowano-180-osob-aktualizacja (dev pl/062)
    ['pl', 'Poważny pożar w gdańskim gimnazjum numer 2. Z budynku przy ulicy Kartuskiej ewakuowano 180 osób. Nikomu nic się nie stało.\nOgień pojawił się około 13:00 w szkolnej szatni.'],
    // constructed
    ['pl', 'W nocy spłonął dach szkoły podstawowej w Zawadzie. Nie było rannych.'],
    // amp.my.ua/news/cluster/2024-10-17-u-kiievi-pislia-nichnoyi-ataki-ulamok-drona-viiavili-na-teritoriyi-ditsadka-klichko (dev uk/1125)
    ['uk', 'За його словами, "у Деснянському районі столиці після ворожої атаки виявили невеличкий уламок БПЛА на території дитячого садочка. Розбита шибка в приміщенні закладу. Інших ушкоджень та руйнувань немає. Потерпілих не виявили".'],
    // unn.ua/news/na-vinnychchyni-vnaslidok-ataky-rf-7-liutoho-postrazhdav-navchalnyi-zaklad-ova (dev uk/078)
    ['uk', 'Постраждав навчальний заклад внаслідок ворожої атаки на Вінниччині. Зруйнована стіна одного з навчальних корпусів. Навколо пошкоджено ще 5 будівель, серед яких є гуртожитки. Вибиті двері та понад 150 вибитих вікон. Пошкоджена система теплопостачання. На щастя, поранених не має'],
    // constructed
    ['ru', 'В результате обстрела повреждено здание школы в Горловке. Пострадавших не выявлено.'],
    ['ru', 'Беспилотник повредил окна детского сада, никто не получил ранений.'],
    ['bg', 'Бурята отнесе покрива на училището в Ямбол. Хора не са пострадали.'],
    // dailymail.co.uk (Seaforth Public School fire; dev en/073), the damage sentence and the casualty sentence
    ['en', 'Fire ripped through Seaforth Public School, destroying five classrooms.\n\nThere were no reports of injury and investigations into the cause of the fire are continuing.'],
  ] as const)('%s: %s', (_l, text) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBe(1);
    expect(es[0].casualties, show(es)).toEqual({ killed: 0, injured: 0 });
  });

  it.each([
    // The count of people hurt is kept (constructed): a phrase of the table does not hide it.
    ['uk', 'Уламки пошкодили будівлю ліцею у Харкові. Двоє людей поранені, загиблих не виявлено.', { killed: 0, injured: 2 }],
    ['pl', 'Pocisk uszkodził budynek szkoły w Chersoniu, rannych zostało trzech nauczycieli.', { killed: null, injured: 3 }],
  ] as const)('%s: people hurt are still counted: %s', (_l, text, want) => {
    const es = incidents(text);
    expect(es[0]?.casualties, show(es)).toEqual(want);
  });
});
