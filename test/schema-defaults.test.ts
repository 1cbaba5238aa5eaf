import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../crawlers/source-schema.js';

describe('source schema defaults', () => {
  it('fills politeness and render defaults', () => {
    const s = SourceSchema.parse({
      id: 'x', name: 'X', country: 'UA', languages: ['uk'], kind: 'news', home: 'https://example.org/',
      verified: { by: 'me', on: '2026-11-22', note: 'official ministry site' },
      discover: { feeds: ['https://example.org/feed'] },
    });
    expect(s.render).toBe('static');
    expect(s.politeness.delay).toBe(1);
    expect(s.allowPrivateNetwork).toBe(false);
  });
});
