/**
 * The institution registry (data/institutions/*.json) passes its own checks (scripts/check-registry.ts),
 * and the identifier check digits catch a mistyped digit.
 */
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../scripts/check-registry.js';
import { ID_CHECKS } from '../scripts/_id-checksums.js';
import { loadDataJson } from '../extractors/_data.js';
import { parseRegistryFile, REGISTRY_FILES } from '../extractors/_registry.js';

describe('institution registry', () => {
  it('passes every check of scripts/check-registry.ts', () => {
    const report = checkRegistry();
    expect(report.problems).toEqual([]);
    expect(report.perCountry.reduce((n, c) => n + c.entries, 0)).toBeGreaterThanOrEqual(200);
  });

  const ids = REGISTRY_FILES.flatMap((f) =>
    parseRegistryFile(f, loadDataJson(`institutions/${f}.json`)).entries.flatMap((e) =>
      Object.entries(e.ids)
        .filter(([kind, value]) => value !== null && kind !== 'rspo') // RSPO numbers have no check digit
        .map(([kind, value]) => ({ country: e.country, kind, value: value! })),
    ),
  );

  it('holds identifiers with valid check digits, and a changed last digit fails', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const { country, kind, value } of ids) {
      const check = ID_CHECKS[country][kind];
      expect(check(value), `${country} ${kind} ${value}`).toBe(true);
      const last = Number(value.at(-1));
      const mistyped = value.slice(0, -1) + String((last + 1) % 10);
      expect(check(mistyped), `${country} ${kind} ${mistyped}`).toBe(false);
    }
  });
});
