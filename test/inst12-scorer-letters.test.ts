/**
 * The evaluation's name matcher and names made only of single letters ("U. of I.", a real label in
 * test/realnews/dev/en/1216): the letters count when the name has no longer content word, so the
 * label matches itself and no other letters.
 */
import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameTokens } from '../scripts/_eval-match.js';

describe('eval name matcher: names of single letters', () => {
  const same: Array<[string, string]> = [
    ['U. of I.', 'U. of I.'],
    ['U. of S.', 'U of S'],
  ];
  it.each(same)('%s matches %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBe(1);
  });
  const different: Array<[string, string]> = [
    ['U. of I.', 'U. of S.'],
    ['U. of I.', 'University of Illinois'],
  ];
  it.each(different)('%s does not match %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBe(0);
  });
  const words: Array<[string, string[]]> = [
    ['U. of I.', ['u', 'i']],
    // a name with a longer word keeps ignoring its single letters and stop words
    ['Uniwersytet w Białymstoku', ['uniwersytet', 'białymstoku']],
    ['Szkoła Podstawowa nr 1 im. J. Pawła II', ['szkoła', 'podstawowa', 'pawła']],
  ];
  it.each(words)('%s has the content words %j', (name, expected) => {
    expect(nameTokens(name).words).toEqual(expected);
  });
});
