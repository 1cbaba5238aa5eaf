/**
 * Damage events, table-driven from test/fixtures/events/<lang>.json (cases with a "d" id):
 * incidents (missile, drone, shelling, airstrike, fire, flood, storm), statistics and appeals in
 * uk, ru, pl, bg, en, and hard negatives (a hospital or houses damaged, a school named only as a
 * landmark or explicitly intact, a school collecting money for a burnt house). Every field an
 * analyst records is asserted: scope, kind, settlement, region, date, severity, cause, casualties.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { DamageEvent } from '../types.js';
import { CASE_LANGS as LANGS, expectProvenance, loadEventCases, normName as norm } from './fixtures/events/cases.js';

const cases = loadEventCases('d');

describe('extractDamage via analyze()', () => {
  it('has at least 10 cases per language (5 in English)', () => {
    for (const l of LANGS) expect(cases.filter((c) => c.id.startsWith(`${l}-`)).length).toBeGreaterThanOrEqual(l === 'en' ? 5 : 10);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const doc = analyze({ text: c.text, published: c.published });
    const events = doc.events.filter((e): e is DamageEvent => e.type === 'damage');
    expect(events.length, JSON.stringify(events, null, 1)).toBe(c.expect.length);
    c.expect.forEach((want, i) => {
      const got = events[i];
      for (const [field, value] of Object.entries(want)) {
        if (field === 'institution' && typeof value === 'string') {
          expect(norm(got.institution ?? ''), `${c.id}: institution`).toContain(norm(value));
        } else expect((got as unknown as Record<string, unknown>)[field], `${c.id}: ${field}`).toEqual(value);
      }
      expectProvenance(c.text, got, 'damage', doc.extractorVersion);
      if (got.location) expect(got.location).toContain(got.settlement ?? got.region ?? '');
    });
  });
});
