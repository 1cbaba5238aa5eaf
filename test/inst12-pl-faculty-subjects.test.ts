/**
 * Polish faculties list their subjects with "i": in "Wydziału Prawa i Administracji Uniwersytetu
 * Warmińsko-Mazurskiego" (real case pl/1227) "Administracji" is a subject of the faculty, not an
 * administration (a body); the university after it is the institution. A head joined by "i" to
 * anything else is still a body of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../extractors/pipeline.js';

const ROWS: Array<{ text: string; names: string[] }> = [
  { text: 'Prof. Jarosław Dobkowski kieruje pracą Wydziału Prawa i Administracji Uniwersytetu Warmińsko-Mazurskiego w Olsztynie.', names: ['Uniwersytet Warmińsko-Mazurski w Olsztynie'] },
  { text: 'Dziekan Katedry Ekonomii i Administracji Politechniki Gdańskiej wygłosił wykład.', names: ['Politechnika Gdańska'] },
  { text: 'Studenci Wydziału Nauk Społecznych i Administracji Uniwersytetu Łódzkiego zorganizowali konferencję.', names: ['Uniwersytet Łódzki'] },
  // not a faculty: a body after "i" stays
  { text: 'Porozumienie podpisali Politechnika Koszalińska i Administracja Rządowa w Koszalinie.', names: ['Administracja Rządowa w Koszalinie', 'Politechnika Koszalińska'] },
];

describe('pl: a head word among a faculty\'s subjects is not a body', () => {
  it.each(ROWS)('$text', ({ text, names }) => {
    expect(analyze({ text, htmlLang: 'pl' }).institutions.map((t) => t.name).sort()).toEqual([...names].sort());
  });
});
