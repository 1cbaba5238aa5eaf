/**
 * Sports bodies are not recorded (test/realnews/README.md: sports clubs and their "academies"):
 * a name with a sport in it (football union, a club's football academy) is no tag, in every
 * language, while an education institution in the same text still is (real case: ru/1247).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ lang: Lang; text: string; kept: string[] }> = [
  { lang: 'ru', text: 'Российский футбольный союз выбрал её лучшей школой года. Выпускники поступают в Самарский государственный университет.', kept: ['Самарский государственный университет'] },
  { lang: 'ru', text: 'Генеральный директор Академии футбола имени Юрия Коноплёва рассказал о планах.', kept: [] },
  { lang: 'uk', text: 'Українська асоціація футболу та Київський національний університет імені Тараса Шевченка провели турнір.', kept: ['Київський національний університет імені Тараса Шевченка'] },
  { lang: 'pl', text: 'Akademia Piłkarska Lecha Poznań otworzyła nowy ośrodek, a Politechnika Poznańska pomogła w projekcie.', kept: ['Politechnika Poznańska'] },
  { lang: 'bg', text: 'Българският футболен съюз и Софийският университет подписаха споразумение.', kept: ['Софийски университет'] },
  { lang: 'en', text: 'The Football Association and the University of Manchester launched a coaching course.', kept: ['University of Manchester'] },
  { lang: 'en', text: 'Players of the Manchester United Soccer Academy visited Salford City College.', kept: ['Salford City College'] },
];

describe('sports bodies are not tags', () => {
  it.each(ROWS)('$lang: $text', ({ lang, text, kept }) => {
    const names = analyze({ text, htmlLang: lang }).institutions.map((t) => t.name);
    expect(names.filter((n) => /футбол|piłk|football|soccer/iu.test(n)), names.join(' | ')).toEqual([]);
    for (const k of kept) expect(names.some((n) => n.startsWith(k)), names.join(' | ')).toBe(true);
  });
});
