/**
 * Patrons inside names, in the forms real texts write them (test/realnews/dev ru/1245 "Софийского
 * университета Св. Климента Охридского", pl/1232 and older pl items "im. rtm. W. Pileckiego",
 * "im I.J. Paderewskiego", ru "УрФУ им. первого президента России Б.Н. Ельцина"): a saint's short
 * title without "имени", a patron's rank, "im" without its dot, a title in lower case before the
 * patron, and initials after a title's capitalised word; a name after "и" that is an abbreviation
 * is another body ("имени М. В. Ломоносова и МГТУ им. Н. Э. Баумана").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ lang: Lang; text: string; mention: string }> = [
  { lang: 'ru', text: 'Ректор Софийского университета Св. Климента Охридского заявил о новых программах.', mention: 'Софийского университета Св. Климента Охридского' },
  { lang: 'pl', text: 'Rektor Małopolskiej Uczelni Państwowej im. rtm. W. Pileckiego w Oświęcimiu podpisał umowę.', mention: 'Małopolskiej Uczelni Państwowej im. rtm. W. Pileckiego w Oświęcimiu' },
  { lang: 'pl', text: 'Uczniowie Polskiej Szkoły Sobotnio-Niedzielnej im I.J. Paderewskiego wystąpili na koncercie.', mention: 'Polskiej Szkoły Sobotnio-Niedzielnej im I.J. Paderewskiego' },
  { lang: 'pl', text: 'Dyrektor Szkoły Podstawowej nr 3 im. hm. Aleksandra Kamińskiego pogratulował uczniom.', mention: 'Szkoły Podstawowej nr 3 im. hm. Aleksandra Kamińskiego' },
  { lang: 'ru', text: 'В рейтинг вошел УрФУ им. первого президента России Б.Н. Ельцина (Екатеринбург).', mention: 'УрФУ им. первого президента России Б.Н. Ельцина' },
  { lang: 'ru', text: 'Уральский федеральный университет имени первого Президента России Б. Н. Ельцина открыл новую кафедру.', mention: 'Уральский федеральный университет имени первого Президента России Б. Н. Ельцина' },
  { lang: 'uk', text: 'Київський національний університет імені академіка Тараса Шевченка оголосив набір.', mention: 'Київський національний університет імені академіка Тараса Шевченка' },
];

describe('patrons inside names: their extent', () => {
  it.each(ROWS)('$lang: $mention', ({ lang, text, mention }) => {
    const all = analyze({ text, htmlLang: lang }).institutions.flatMap((t) => t.mentions.map((m) => m.text));
    expect(all, all.join(' | ')).toContain(mention);
  });
  it('ru: an abbreviation after "и" ends the patron: two universities', () => {
    const tags = analyze({ text: 'Соглашение подписали Московский государственный университет имени М. В. Ломоносова и МГТУ им. Н. Э. Баумана.', htmlLang: 'ru' }).institutions;
    expect(tags.map((t) => t.mentions[0].text)).toEqual(['Московский государственный университет имени М. В. Ломоносова', 'МГТУ им. Н. Э. Баумана']);
  });
  it('pl: "im" without a dot and no capitalised word after it is a pronoun', () => {
    const tags = analyze({ text: 'Nauczyciele dali im nagrody w Szkole Podstawowej nr 5 w Krakowie.', htmlLang: 'pl' }).institutions;
    expect(tags.map((t) => t.mentions.map((m) => m.text)).flat()).toEqual(['Szkole Podstawowej nr 5 w Krakowie']);
  });
});
