/**
 * Where a damaged school stands, not the places a report is measured from or filed in: a distance's
 * reference point ("230km east of Kyiv", "за 230 км від Києва") and a wire dateline ("KYIV: ...").
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';

function incidents(text: string): { settlement: string | null }[] {
  return analyze({ text, published: '2024-05-20' })
    .events.filter((e): e is DamageEvent => e.type === 'damage' && e.scope === 'incident')
    .map((e) => ({ settlement: e.settlement }));
}

describe('the place a distance is counted from is not the place of the school', () => {
  const cases: [lang: string, text: string, settlement: string][] = [
    ['en', 'Romny was shelled overnight. A missile damaged the school there, 230km east of Kyiv.', 'Romny'],
    ['uk', 'Ромни обстріляли вночі. Ракета пошкодила школу, за 230 км від Києва.', 'Ромни'],
    ['ru', 'Ромны обстреляли ночью. Ракета повредила школу, в 230 км от Киева.', 'Ромны'],
    ['pl', 'Sumy zostały ostrzelane w nocy. Rakieta uszkodziła szkołę, 350 km od Kijowa.', 'Sumy'],
    ['bg', 'Ромни беше обстрелян през нощта. Ракета повреди училището, на 230 км от Киев.', 'Ромни'],
  ];
  it.each(cases)('%s', (_lang, text, settlement) => {
    expect(incidents(text)).toEqual([{ settlement }]);
  });
});

describe('a wire dateline is where the story was filed', () => {
  it('"KYIV:" before a strike told in another town: one incident, in that town', () => {
    const text = 'Missile hits school\n\nKYIV: A Russian missile damaged a school in north-east Ukraine on Wednesday.\n\nIn Romny, the school building was damaged, the governor said.';
    expect(incidents(text)).toEqual([{ settlement: 'Romny' }]);
  });
  it('a dateline naming the same city as the body still gives that city', () => {
    expect(incidents('KHARKIV: A Russian missile damaged a school in Kharkiv on Wednesday.')).toEqual([{ settlement: 'Kharkiv' }]);
  });
  it('a headline opening with a place and a colon is not a dateline', () => {
    expect(incidents('Kharkiv: missile damages school\n\nThe school building was damaged overnight, the mayor said.')).toEqual([{ settlement: 'Kharkiv' }]);
  });
});
