/**
 * Institution classes found on the dev half of the public NER corpora set (test/nercorpora, see its
 * README; `npm run eval:ner -- --verbose`), one table per language where the class occurs. The
 * sentences are modelled on the corpora's, not copied from them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { InstitutionKind, Lang } from '../types.js';

/** [title, text, mention texts expected with their kind ({} : no institution at all)]. */
type Case = [title: string, text: string, expect: Record<string, InstitutionKind>];

function mentions(text: string, lang: Lang): Record<string, InstitutionKind> {
  const out: Record<string, InstitutionKind> = {};
  for (const t of analyze({ text, htmlLang: lang }).institutions) for (const m of t.mentions) out[m.text] = t.kind;
  return out;
}

// An abbreviation of a name holding a hyphenated place (Кам'янець-Подільський → К-П…), with its patron.
const HYPHENATED_UK: Case[] = [
  ['a hyphenated abbreviation with its patron',
    'Майстер-клас провела доцентка К-ПНУ ім. Івана Огієнка Оксана Мельник.',
    { 'К-ПНУ ім. Івана Огієнка': 'university' }],
  ['… with "імені" and a full patron',
    'Про досвід розповів професор П-ХДПУ імені Григорія Сковороди Петро Бондар.',
    { 'П-ХДПУ імені Григорія Сковороди': 'university' }],
  ['… written with a space before the dot',
    'Семінар підсумував викладач К-ПНУ ім . Івана Огієнка Андрій Коваль .',
    { 'К-ПНУ ім . Івана Огієнка': 'university' }],
  ['a hyphenated abbreviation alone with an ending that is not a university\'s names nothing',
    'Студенти П-ХДПУ взяли участь у конкурсі.',
    {}],
  ['two territories joined by a hyphen are no institution',
    'Бойовики так званих ДНР-ЛНР знову обстріляли село.',
    {}],
  ['a company\'s hyphenated name is no university',
    'Угоду підписала компанія ТНК-BP минулого тижня.',
    {}],
];

const HYPHENATED_RU: Case[] = [
  ['a hyphenated abbreviation with its patron',
    'С докладом выступил доцент С-ПбГУ им. А. С. Пушкина Иван Петров.',
    { 'С-ПбГУ им. А. С. Пушкина': 'university' }],
  ['two territories joined by a hyphen are no institution',
    'Представители ДНР-ЛНР не приехали на переговоры.',
    {}],
];

describe('hyphenated abbreviations of institutions', () => {
  it.each(HYPHENATED_UK)('uk: %s', (_title, text, want) => expect(mentions(text, 'uk')).toEqual(want));
  it.each(HYPHENATED_RU)('ru: %s', (_title, text, want) => expect(mentions(text, 'ru')).toEqual(want));
});
