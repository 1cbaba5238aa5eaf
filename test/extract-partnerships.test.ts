/**
 * Partnership events, table-driven from test/fixtures/events/<lang>.json (cases with a "p" id):
 * signed / planned / terminated agreements in uk, ru, pl, bg, en, and hard negatives (agreements
 * with no education party, education news with no agreement). Every field an analyst records is
 * asserted: status, date and its basis, place, validity end, kind, parties.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { CASE_LANGS as LANGS, expectProvenance, loadEventCases, normName as norm } from './fixtures/events/cases.js';

const cases = loadEventCases('p');

describe('extractPartnerships via analyze()', () => {
  it('has at least 10 cases per language (5 in English)', () => {
    for (const l of LANGS) expect(cases.filter((c) => c.id.startsWith(`${l}-`)).length).toBeGreaterThanOrEqual(l === 'en' ? 5 : 10);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const doc = analyze({ text: c.text, published: c.published });
    const events = doc.events.filter((e): e is PartnershipEvent => e.type === 'partnership');
    expect(events.length, JSON.stringify(events, null, 1)).toBe(c.expect.length);
    c.expect.forEach((want, i) => {
      const got = events[i];
      for (const [field, value] of Object.entries(want)) {
        if (field === 'parties') {
          for (const name of value as string[]) {
            expect(got.parties.some((p) => norm(p).includes(norm(name))), `${c.id}: party ${name} in ${JSON.stringify(got.parties)}`).toBe(true);
          }
        } else expect((got as unknown as Record<string, unknown>)[field], `${c.id}: ${field}`).toEqual(value);
      }
      expectProvenance(c.text, got, 'partnerships', doc.extractorVersion);
      expect(got.partyKeys.length).toBe(got.parties.length);
    });
  });
});
