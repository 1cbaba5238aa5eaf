/**
 * Parties named through their signers (issue 7, point 3; round 13 class 1, party slots): real news
 * name the parties of an agreement by the titles of the people who signed it, "ректор КФУ Ленар
 * Сафин и гендиректор «КАМАЗа» Сергей Коготин", often after a context phrase ("В рамках … конференции
 * …", "В присутствии губернатора …"). The slot grammar:
 *  - after a signer's title an abbreviation run on into the signer's name is the body alone ("КФУ",
 *    not "КФУ Ленар Сафин"), a university when it ends in У/U, mixed case included (СПбГУ, ВлГУ);
 *  - a noun of a plural look before a quoted name is the name's descriptor ("гендиректор компании
 *    «Модерн Групп»": genitive singular, not the plural "companies" named elsewhere);
 *  - a signer's title right after a name (no comma, no "и") opens the signers: the context phrase
 *    before it ends there, and a list may start at it.
 * Rows are sentences of real Russian news (kazved.ru, realnoevremya.ru, penza-online.ru, press-line.ru).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import { eventScan } from '../extractors/_event-scan.js';
import { ListReader } from '../extractors/_partnership-items.js';
import { splitSentences } from '../extractors/sentences.js';
import type { PartnershipEvent } from '../types.js';
import { normName as norm } from './fixtures/events/cases.js';

const partnerships = (text: string): PartnershipEvent[] =>
  analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');

/** The list of parties the slot grammar reads from the first occurrence of `from` in `text`. */
function listAt(text: string, from: string): [string, string][] {
  const doc = analyze({ text, published: '2024-05-20' });
  const scan = eventScan(text, { lang: doc.lang, published: '2024-05-20', institutions: doc.institutions, dates: doc.dates, sentences: splitSentences(text), title: null, ignored: [] });
  const span = { start: 0, end: text.length };
  const r = new ListReader(scan, span, scan.hitsIn(span));
  const at = text.indexOf(from);
  let t = 0;
  while (scan.tokens.start[t] < at) t++;
  return r.list(t).items.map((c) => [c.name, c.kind]);
}

const LISTS: { id: string; text: string; from: string; items: [string, string][] }[] = [
  {
    id: 'abbreviation-then-signer',
    text: 'Свои подписи под документом поставили глава Минпромторга РТ Олег Коробченко, ректор КФУ Ленар Сафин и гендиректор «КАМАЗа» Сергей Коготин.',
    from: 'ректор КФУ',
    items: [['КФУ', 'university'], ['«КАМАЗа»', 'other']],
  },
  {
    id: 'descriptor-not-plural',
    text: 'Свои подписи поставили ректор вуза Ленар Сафин и гендиректор компании «Модерн Групп» Валид Мухаммад Набиль Даабас.',
    from: 'гендиректор',
    items: [['«Модерн Групп»', 'company']],
  },
];

const EVENTS: { id: string; text: string; parties: string[] }[] = [
  {
    // The context phrase "В рамках … конференции …" ends at the first signer's title.
    id: 'context-then-signers',
    text: 'Ректоры госуниверситетов Пензы и Южной Осетии подписали договор о сотрудничестве\n\nВ рамках проходящей в Пензе III Всероссийской научно-практической конференции с международным участием «Национальная безопасность России: внутренние и внешние угрозы» ректор Пензенского госуниверситета Александр Гуляков и его коллега — ректор Юго-Осетинского государственного университета им. А. А. Тибилова Вадим Тедеев — подписали соглашение о сотрудничестве.',
    parties: ['Пензенский госуниверситет', 'Юго-Осетинский государственный университет'],
  },
  {
    // Control: a name the tagger knows after the title (unchanged by the rules).
    id: 'known-after-title',
    text: 'СФУ и администрация Красноярского края подпишут соглашение о сотрудничестве',
    parties: ['Сибирский федеральный университет', 'Администрация Красноярского края'],
  },
];

describe('parties named through their signers', () => {
  it.each(LISTS)('$id', ({ text, from, items }) => {
    expect(listAt(text, from)).toEqual(items);
  });
  it.each(EVENTS)('$id', ({ text, parties }) => {
    const events = partnerships(text);
    expect(events.length, JSON.stringify(events)).toBe(1);
    for (const p of parties) expect(events[0].parties.some((x) => norm(x).includes(norm(p))), `${p} in ${events[0].parties.join(' | ')}`).toBe(true);
  });
});
