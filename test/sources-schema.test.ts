import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../crawlers/load-sources.js';
import { SourceSchema } from '../crawlers/source-schema.js';
import { renderSourcesJsonSchema, sourcesJsonSchema } from '../crawlers/sources-json-schema.js';

const ROOT = join(import.meta.dirname, '..');

describe('sources.schema.json', () => {
  it('is exactly what scripts/gen-schema.ts generates from the zod schema (no drift)', () => {
    const committed = readFileSync(join(ROOT, 'sources.schema.json'), 'utf8');
    expect(committed, 'sources.schema.json is out of date: run `npm run build && node dist/scripts/gen-schema.js`').toBe(renderSourcesJsonSchema());
  });

  it('describes every field of a source, with defaulted fields optional', () => {
    const schema = sourcesJsonSchema() as any;
    const item = schema.properties.sources.items;
    expect(Object.keys(item.properties).sort()).toEqual(Object.keys(SourceSchema.shape).sort());
    expect(item.additionalProperties).toBe(false);
    expect(item.required).toEqual(['id', 'name', 'country', 'languages', 'kind', 'home', 'verified', 'discover']);
    expect(item.properties.politeness.properties.delay.default).toBe(1);
  });
});

describe('the shipped sources.yaml', () => {
  it('points editors at the schema on its first line', () => {
    const first = readFileSync(join(ROOT, 'sources.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=./sources.schema.json');
  });

  const { sources } = loadSources(join(ROOT, 'sources.yaml'));

  it('validates and covers UA, RU, PL and BG with at least three sources each', () => {
    for (const country of ['UA', 'RU', 'PL', 'BG']) {
      expect(sources.filter((s) => s.country === country).length, country).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(['UA', 'RU', 'PL', 'BG'])('%s has an official source and a crawl schedule on every source', (country) => {
    const mine = sources.filter((s) => s.country === country);
    expect(mine.some((s) => s.kind === 'official')).toBe(true);
    for (const s of mine) expect(s.schedule, s.id).toBeTruthy();
  });

  it('is polite to real sites and never allows private networks', () => {
    for (const s of sources) {
      expect(s.politeness.delay, s.id).toBeGreaterThanOrEqual(2);
      expect(s.politeness.respectRobots, s.id).toBe(true);
      expect(s.allowPrivateNetwork, s.id).toBe(false);
      expect(s.home.startsWith('https://'), s.id).toBe(true);
    }
  });

  it('says in every verification note that the source was defined offline and needs a live check', () => {
    for (const s of sources) {
      expect(s.verified.note, s.id).toMatch(/defined offline/i);
      expect(s.verified.note, s.id).toMatch(/first live check/i);
    }
  });
});
