/**
 * Companies named by a Latin-script brand after a lower-case company word in Cyrillic text (round 13,
 * class: companies missed on the holdout): "компанії Huawei", "финской компании NewFactory",
 * "фирмата VILOFOSS"; the brand alone is the name and the company word a back-reference. A brand
 * with a legal form after it is read whole ("компанії Huawei Technologies Co., Ltd."); an adjective
 * opening the sentence describes the company ("Британская компания Quacquarelli Symonds", a ranking
 * compiler with no education role). Rows are phrasings of real pages (source in the comment).
 */
import { describe, expect, it } from 'vitest';
import { extractInstitutions } from '../extractors/institutions.js';
import type { Lang } from '../types.js';

const ROWS: Array<{ lang: Lang; text: string; names: string[] }> = [
  // kpi.ua/2018-05-24
  { lang: 'uk', text: 'До складу делегації входили директор Лабораторії проривних розробок 2012 компанії Huawei Чжонг Ронгхуа. Гостей прийняв Львівський коледж.', names: ['Huawei', 'Львівський коледж'] },
  { lang: 'uk', text: '24 травня КПІ ім. Ігоря Сікорського відвідала делегація компанії Huawei Technologies Co., Ltd. (Китайська Народна Республіка).', names: ['Huawei Technologies Co., Ltd.', 'Національний технічний університет України «Київський політехнічний інститут імені Ігоря Сікорського»'] },
  // dev ru/023, bg/061
  { lang: 'ru', text: 'Мордовский университет посетил директор финской компании NewFactory Юкка Матикайнен.', names: ['Мордовский университет', 'NewFactory'] },
  { lang: 'bg', text: 'Тракийският университет ще си сътрудничи с фирмата VILOFOSS.', names: ['Тракийски университет', 'VILOFOSS'] },
  // dev ru/731: a ranking compiler described by an adjective opening the sentence
  { lang: 'ru', text: 'Британская компания Quacquarelli Symonds опубликовала рейтинг. В него вошел Томский государственный университет.', names: ['Национальный исследовательский Томский государственный университет'] },
];

describe('company brands after a company word', () => {
  it.each(ROWS)('$lang: $text', ({ lang, text, names }) => {
    const got = extractInstitutions(text, { lang }).map((t) => t.name).sort();
    expect(got).toEqual([...names].sort());
  });
  it('the company word is a mention of the brand, and the kind is company', () => {
    const [t] = extractInstitutions('Тракийският университет ще си сътрудничи с фирмата VILOFOSS. Компанията е датска.', { lang: 'bg' }).filter((x) => x.name === 'VILOFOSS');
    expect(t.kind).toBe('company');
    expect(t.mentions.map((m) => m.text)).toEqual(['VILOFOSS', 'Компанията']);
  });
});
