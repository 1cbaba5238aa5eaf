/**
 * English: a word that qualifies a person's title ("Interim Chancellor", "Acting President")
 * after an institution's name starts the title, so the name stops before it (real case en/1224:
 * "Alabama Community College System Interim" was taken as the name).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ text: string; mention: string }> = [
  { text: 'Alabama Community College System Interim Chancellor Joan Davis said the system serves most freshmen.', mention: 'Alabama Community College System' },
  { text: 'Stanford University Acting President Richard Saller spoke at the ceremony.', mention: 'Stanford University' },
  { text: 'Boston College Former Dean Maria Lopez joined the panel.', mention: 'Boston College' },
];

describe('en: a title qualifier ends a name', () => {
  it.each(ROWS)('$mention', ({ text, mention }) => {
    const all = analyze({ text, htmlLang: 'en' }).institutions.flatMap((t) => t.mentions.map((m) => m.text));
    expect(all).toEqual([mention]);
  });
});
