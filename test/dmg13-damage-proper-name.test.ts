/**
 * Round 13 (dmg13), class "label and prediction named differently": a report names the school descriptively
 * in its lead (its kind, specialty and town: "Математическата гимназия в Стара Загора") and by its proper
 * name further on ("директорът на ПМГ „Гео Милев“"). Where a school's proper name carries a number, quotes
 * or a patron (uk, ru, bg), a descriptive tag of the incident gives way to the one proper name of the same
 * kind the story gives (damage.ts, toEvent). Rows are copied from the pages named beside them (dev items marked).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement]));

describe('the proper name of the school a descriptive name stands for', () => {
  it.each([
    // btvnovinite.bg, Stara Zagora (dev bg/085)
    ['bg', 'Таван се срути върху ученици по време на час в Математическата гимназия в Стара Загора, предаде кореспондентът на bTV в региона.\n\nПарче мазилка с диаметър метър на метър се е откръртило и е паднало от тавана на класна стая, която се намира на четвъртия етаж на сградата.\n\nДвете момичета, които са стоели на чина, до който парчето се е разбило, са се разминали само с уплаха.\n\nСпоред директора на ПМГ „Гео Милев” Николина Куличева, подобни инциденти са се случвали и преди.', /^ПМГ „Гео Милев[”“]$/u],
    // novini.bg/bylgariya/kriminalno/515032 (the tagger takes the proper name already; a guard)
    ['bg', 'Пожар в гимназия във Велико Търново\n\nПожар предизвика евакуацията на учениците от Езиковата гимназия във Велико Търново. Няма пострадали, денят е обявен за неучебен.\n\nИнцидентът е станал около голямото междучасие, посочи директорът на езиковата гимназия „Проф. Асен Златаров“ Смилена Тодорова.', /Асен Златаров/u],
  ] as const)('%s: %s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.length, show(es)).toBe(1);
    expect(es[0].institution ?? '', show(es)).toMatch(name);
  });

  it.each([
    // 24tv.ua (dev uk/1122): a university's name carries no number or quotes; it keeps its own
    ['uk', 'За попередньою інформацією, вибуховою хвилею пошкоджено 15 вікон у п\'ятому навчальному корпусі та ще одне вікно – у шостому навчальному корпусі Львівської політехніки.\nЩо ще відомо про атаку на Львів?\n- У Львові внаслідок атаки дронами постраждали 9 житлових будинків, церква святих Ольги та Єлизавети, школа №55, коледж та Львівська політехніка.\nЯкий виш днями атакували росіяни?\n- Росіяни продовжують тероризувати Україну атаками. Під приціл потрапляють і заклади освіти.\n- Уночі 13 січня пошкодили Херсонський державний університет.', 'Херсонський державний університет'],
  ] as const)('%s: a university keeps its name: %s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.map((e) => e.institution), show(es)).toContain(name);
  });
});
