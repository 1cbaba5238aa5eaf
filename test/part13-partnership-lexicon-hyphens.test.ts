/**
 * The phrase syntax (extractors/_tokens.ts) splits a pattern into words at spaces and hyphens, so an
 * alternative holding a hyphen ("cooperation|co-operation agreement") silently becomes a longer phrase
 * that real text never matches ("cooperation|co operation agreement"), and with it the whole row. The
 * partnership vocabulary of every language is checked for such rows, and the English agreement kinds
 * they were meant to give are read from real phrasings (sumdu.edu.ua, financialexpress.com).
 */
import { describe, expect, it } from 'vitest';
import { EVENT_LEXICONS } from '../extractors/lang/events/index.js';
import { analyze } from '../extractors/pipeline.js';
import type { PartnershipEvent } from '../types.js';
import { LANGS } from '../types.js';

/** Partnership categories of a lexicon whose rows are patterns (or [pattern, …] tuples). */
const PARTNERSHIP_KEYS = [
  'agreements', 'signed', 'planned', 'terminated', 'backReferences', 'between', 'notParty', 'firstPerson', 'joinWords', 'tallyWords',
  'pluralAgreements', 'pluralBodies', 'pluralMunicipalities', 'memberNouns', 'memberCopulas', 'signatoryNouns', 'educationTopic',
  'attribution', 'agreementObject', 'relativeClause', 'genericUse', 'partyAnd', 'partyWith', 'partyBy', 'signerTitles', 'mayorTitles',
  'honorifics', 'partyDescriptors', 'partyHeads', 'placePrepositions', 'representedBy', 'nameStops', 'nameLinks', 'agreementTopic',
  'cooperationWords', 'unitNouns', 'signingAdverbs', 'partyTails',
] as const;

const ROWS = LANGS.flatMap((lang) =>
  PARTNERSHIP_KEYS.flatMap((key) => {
    const rows = (EVENT_LEXICONS[lang] as unknown as Record<string, unknown[]>)[key] ?? [];
    return rows.map((row) => ({ lang, key, pattern: Array.isArray(row) ? String(row[0]) : String(row) }));
  }),
);

const KINDS: { id: string; text: string; kind: string }[] = [
  { id: 'cooperation-agreement', text: 'Sumy State University and Talanlegprom LLC signed a cooperation agreement.', kind: 'cooperation agreement' },
  { id: 'agreement-on-cooperation', text: 'Sumy State University and Talanlegprom LLC signed an agreement on cooperation.', kind: 'cooperation agreement' },
];

describe('partnership lexicon rows are matchable', () => {
  it('has rows to check', () => {
    expect(ROWS.length).toBeGreaterThan(500);
  });
  it('no alternative holds a hyphen', () => {
    const bad = ROWS.filter((r) => r.pattern.split(/\s+/u).some((w) => w.includes('|') && /[-–]/u.test(w)));
    expect(bad).toEqual([]);
  });
  it.each(KINDS)('$id', ({ text, kind }) => {
    const events = analyze({ text, published: '2024-05-20' }).events.filter((e): e is PartnershipEvent => e.type === 'partnership');
    expect(events.map((e) => e.kind)).toEqual([kind]);
  });
});
