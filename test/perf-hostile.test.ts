/**
 * Every stage of the pipeline on 200 KB of each hostile shape `npm run bench` measures (random
 * letters, head words only, dates only, quotes only, no spaces, one huge sentence, digits only...):
 * nothing throws, every tag points inside the text, and no stage takes more than a generous bound.
 * The bound is far above the 50 ms budget (a shared 2-core machine under a parallel test run is no
 * place to time 50 ms): it catches a quadratic blow-up, not a slow day; the budget itself is
 * reported by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTimed, type StageTimings } from '../extractors/pipeline.js';
import { HOSTILE } from '../scripts/_bench-inputs.js';

const SIZE = 200_000;
const BOUND_MS = 1_500;

describe.each(Object.keys(HOSTILE))('%s (200 KB)', (name) => {
  it('runs every stage within the bound, tags inside the text', () => {
    const text = HOSTILE[name](SIZE);
    expect(text.length).toBe(SIZE);
    const { doc, timings } = analyzeTimed({ text, title: 'Пошкоджено школу', published: '2023-05-04' });
    for (const [stage, ms] of Object.entries(timings) as [keyof StageTimings, number][]) expect(ms, stage).toBeLessThan(BOUND_MS);
    expect(doc.text).toBe(text);
    for (const t of [...doc.events, ...doc.dates, ...doc.institutions.flatMap((i) => i.mentions)]) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(SIZE);
      expect(t.start).toBeLessThan(t.end);
    }
  });
});
