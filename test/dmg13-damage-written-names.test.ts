/**
 * Round 13 (dmg13), class "the label names the institution, every prediction is unnamed": the name is
 * written at the kind noun itself and the tagger left it untagged. Writers give a school, a kindergarten
 * or a lyceum its identifier in five ways, in every language: a number label after the noun ("яслей-сада
 * № 165", "школу № 13"), an ordinal before it ("56-й школы", "56-ї школи"), a quoted name after it
 * ("ОУ "Елин Пелин""), a school's legal form before it ("МБОУ таврический УВК"), or "named" and a quoted name ("przedszkole o nazwie 'Solnyszko'"). The damage event
 * is then about that institution (extractors/_damage-names.ts). In the Slavic languages a kind noun written
 * with a capital inside a sentence opens a name too, with its field ("в Техникума по електротехника"). An
 * ordinal that counts ("Це вже 274-а школа в області") names nothing, nor does a kind opening a sentence. Rows are sentences copied from the pages named beside them (search
 * results of this round; the dev items are marked).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): DamageEvent[] {
  return analyze({ text, published: null }).events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident');
}
const show = (es: DamageEvent[]) => JSON.stringify(es.map((e) => [e.institution ?? e.institutionKind, e.settlement]));

describe('a name written at the kind noun names the damaged institution', () => {
  it.each([
    // kp.ru photo captions (dev ru/075)
    ['ru', 'Донецк. Здание 56-й школы, пострадавшее в результате ночного обстрела. Во дворе взорвался 122-милиметровый снаряд, разбив стеклопакеты.', '56-я школа'],
    // aif.ru/incidents/v_donecke_postradalo_zdanie_detskogo_sada_posle_obstrela_vsu (dev ru/1103)
    ['ru', '«При обстреле Кировского района в микрорайоне шахты "Лидиевка" пострадало остекление здания яслей-сада № 165», — написал Кулемзин.', 'яслей-сада № 165'],
    // gazeta.pl, Ochtyrka (dev pl/543)
    ['pl', 'Przedszkole w Ochtyrce w obwodzie sumskim zostało ostrzelane przez rosyjski system artylerii rakietowej BM-27 Uragan.\n\n"Właśnie zweryfikowałem zdjęcie skutków ostrzału przedszkola w Ochtyrce. To rzeczywiście przedszkole o nazwie \'Solnyszko\' i zdarzenie zdecydowanie kwalifikuje się to jako zbrodnia wojenna" - napisał.', "'Solnyszko'"],
    // Meden rudnik (dev bg/060)
    ['bg', 'Пожар прекъсна родителска среща в ОУ "Елин Пелин" в Меден рудник, утре ще е неучебен ден | ||||||\n| ||||||\nОгънят е тръгнал от помещението, в което се намира главното електрическо табло, като причината е късо съединение.', 'ОУ "Елин Пелин"'],
    // kianews, Tavricheskoe (dev ru/1101): a school's legal form before the noun ("МБОУ таврический УВК")
    ['ru', 'В школе крымского села, где рухнул украинский беспилотник, выбило 20 окон\n\n \n\nВ селе Таврическое, где, предположительно, упал украинский беспилотник, повредило здание школы. Всего на сегодняшний день в учреждение требуют замены 20 окон. Об этом сообщила директор МБОУ таврический УВК Светлана Перфилова.', 'МБОУ таврический УВК'],
    // liberta.bg/pozhar-v-tehnikum-v-burgas-uchenicite-sa-evakuirani: a kind noun with a capital inside the sentence and its field
    ['bg', 'Пожар е избухнал на третия етаж в Техникума по електротехника в град Бургас\n\nУчениците са усетили миризма и след това се е появил дим в една от класните стаи на третия етаж. Първоначално децата са помислили, че става дума за сигнал за бомба.', 'Техникума по електротехника'],
  ] as const)('%s: %s', (_l, text, name) => {
    const es = incidents(text);
    expect(es.map((e) => e.institution), show(es)).toContain(name);
  });

  it.each([
    // 4studio.com.ua, "на Донеччині росіяни зруйнували ще одну школу": an ordinal that counts schools
    ['uk', 'Це вже 274-а школа в області, обстріляна росіянами з початку повномасштабного вторгнення, і 29-а, знищена вщент.'],
    // radio1.ru, "ВСУ нанесли удар по школе в Энергодаре": an abbreviation that is no legal form names nothing
    ['ru', 'ВСУ нанесли удар по школе в Энергодаре во время занятий\nГубернатор Запорожской области Евгений Балицкий проинформировал об атаке Вооружённых сил Украины на школу в Энергодаре.'],
    // bgonair.bg/a/2-bulgaria/300812: the kind opens the sentence, in lower case after it ("училището по електротехника" is no name)
    ['bg', 'Пожар в гимназия в Бургас, евакуираха учениците. Няма пострадали. Малко след 8:30 сутринта първо е усетена миризма, а след това се е появил и дим от една от класните стаи.'],
  ] as const)('%s: a counting ordinal, a kind opening a sentence, names nothing: %s', (_l, text) => {
    const es = incidents(text);
    expect(es.filter((e) => e.institution !== null), show(es)).toEqual([]);
  });

  it('two numbered kindergartens in one text are two institutions (aif.ru, dev ru/1103)', () => {
    const text = 'Остекление здания детского сада в Кировском районе Донецка повреждено в результате обстрела города со стороны Вооруженных сил Украины, сообщил мэр города Алексей Кулемзин в своем Telegram-канале.\n«При обстреле Кировского района в микрорайоне шахты "Лидиевка" пострадало остекление здания яслей-сада № 165», — написал Кулемзин.\nИнформации о пострадавших не поступало.\n11 сентября боеприпас ВСУ попал в здание детского сада № 314 в Петровском районе Донецка.';
    const es = incidents(text);
    expect(es.map((e) => e.institution).sort(), show(es)).toEqual(['Детский сад № 314', 'яслей-сада № 165']);
  });
});
