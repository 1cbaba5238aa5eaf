/**
 * A school whose quoted name holds another school type takes the type written outside the quotes:
 * "лицей «Вторая школа»" is a lyceum (real case ru/1208: the extractor said school), while a
 * generic or non-school word outside ("сдружение „Клъстер …“", "заклад «Ліцей № 5»") still leaves
 * the type to the head inside the quotes.
 */
import { describe, expect, it } from 'vitest';
import type { InstitutionKind, Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ lang: Lang; text: string; name: string; kind: InstitutionKind }> = [
  { lang: 'ru', text: 'Директор лицея «Вторая школа» Владимир Овчинников рассказал об успехах учеников.', name: '«Вторая школа»', kind: 'lyceum' },
  { lang: 'uk', text: 'Директор ліцею «Перша школа» привітав учнів з перемогою на олімпіаді.', name: '«Перша школа»', kind: 'lyceum' },
  { lang: 'pl', text: 'Dyrektor liceum „Szkoła Marzeń” pogratulował uczniom wyników matury.', name: '„Szkoła Marzeń”', kind: 'lyceum' },
  { lang: 'bg', text: 'Учениците от гимназия „Английско училище“ спечелиха състезанието.', name: '„Английско училище“', kind: 'gymnasium' },
  // the head inside decides when the word outside is generic or not a school type
  { lang: 'uk', text: 'Комунальний заклад «Ліцей № 5» отримав нові комп’ютери.', name: 'Ліцей № 5', kind: 'lyceum' },
  { lang: 'bg', text: 'Председател на сдружение „Клъстер „Тракия икономическа зона“ подписа договора.', name: 'Тракия икономическа зона', kind: 'cluster' },
];

describe('kind of a quoted name: the school type outside the quotes', () => {
  it.each(ROWS)('$lang: $name', ({ lang, text, name, kind }) => {
    const tags = analyze({ text, htmlLang: lang }).institutions;
    const tag = tags.find((t) => t.name.includes(name));
    expect(tag, tags.map((t) => `${t.name} (${t.kind})`).join(' | ')).toBeDefined();
    expect(tag!.kind).toBe(kind);
  });
});
