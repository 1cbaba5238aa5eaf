/**
 * A university's or school's own governing organs (supervisory and academic boards, electoral and
 * admission commissions, boards of trustees and their committees) are not institutions of their
 * own: real texts (test/realnews/dev ru/1200, uk/1242, pl/1233, en/1216) name them beside the
 * university they belong to, which is recorded.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { analyze } from '../extractors/pipeline.js';

interface Row {
  lang: Lang;
  text: string;
  /** the organ, never a tag */
  organ: string;
  /** the institution the text is about, still found */
  kept: string;
}

const ROWS: Row[] = [
  { lang: 'ru', text: 'Ректором Самарского университета стал Владимир Богатырев. Наблюдательный совет рекомендовал на пост ректора четыре кандидатуры.', organ: 'Наблюдательный совет', kept: 'Самарск' },
  { lang: 'ru', text: 'Попечительский совет Томского политехнического университета одобрил программу развития.', organ: 'Попечительский совет', kept: 'Томск' },
  { lang: 'uk', text: 'В Уманському національному університеті призначили ректора. Участь у заході взяли представники Наглядової ради, створеної рішенням МОН.', organ: 'Наглядова рада', kept: 'Уманськ' },
  { lang: 'uk', text: 'Приймальна комісія Львівського національного університету імені Івана Франка розпочала роботу.', organ: 'Приймальна комісія', kept: 'Франка' },
  { lang: 'pl', text: 'Senat Politechniki Koszalińskiej podjął uchwałę o składzie Komisji Wyborczej Uczelni. Wyboru Rektora dokonuje Kolegium Elektorów.', organ: 'Komisja Wyborcza', kept: 'Politechnika Koszalińska' },
  { lang: 'pl', text: 'Rada Uczelni Uniwersytetu Gdańskiego zaopiniowała kandydatów na rektora Uniwersytetu Gdańskiego.', organ: 'Rada Uczelni', kept: 'Uniwersytet Gdański' },
  { lang: 'en', text: 'The appointment was made official at a special meeting of the University of Illinois Board of Trustees’ Executive Committee on Aug. 12.', organ: 'Executive Committee', kept: 'University of Illinois' },
  { lang: 'en', text: 'The Board of Trustees of Stanford University approved the new budget on Tuesday.', organ: 'Board of Trustees', kept: 'Stanford University' },
  { lang: 'bg', text: 'Попечителски съвет на Софийския университет „Св. Климент Охридски“ прие бюджета.', organ: 'Попечителски съвет', kept: 'Софийск' },
];

describe('governing organs of an institution are not tags', () => {
  it.each(ROWS)('$lang: $organ', ({ lang, text, organ, kept }) => {
    const tags = analyze({ text, htmlLang: lang }).institutions;
    const names = tags.map((t) => t.name);
    expect(names.filter((n) => n.toLowerCase().includes(organ.toLowerCase())), names.join(' | ')).toEqual([]);
    expect(names.some((n) => n.includes(kept)), names.join(' | ')).toBe(true);
  });
});
