/**
 * Every stage of the pipeline on 200 KB of each hostile shape `npm run bench` measures (random
 * letters, head words only, dates only, quotes only, no spaces, one huge sentence, digits only...):
 * nothing throws and every tag points inside the text. Nothing is timed here (a shared 2-core
 * machine under a parallel test run is no place to time anything): the 50 ms budget is measured
 * by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTimed } from '../extractors/pipeline.js';
import { HOSTILE } from '../scripts/_bench-inputs.js';

const SIZE = 200_000;

describe.each(Object.keys(HOSTILE))('%s (200 KB)', (name) => {
  it('runs every stage, tags inside the text', () => {
    const text = HOSTILE[name](SIZE);
    expect(text.length).toBe(SIZE);
    const { doc, timings } = analyzeTimed({ text, title: 'Пошкоджено школу', published: '2023-05-04' });
    // Every stage ran (its time is reported by `npm run bench`, never asserted on a busy machine).
    for (const ms of Object.values(timings)) expect(Number.isFinite(ms)).toBe(true);
    expect(doc.text).toBe(text);
    for (const t of [...doc.events, ...doc.dates, ...doc.institutions.flatMap((i) => i.mentions)]) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(SIZE);
      expect(t.start).toBeLessThan(t.end);
    }
  });
});
