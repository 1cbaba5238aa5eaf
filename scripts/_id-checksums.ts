/**
 * Check digits of the official identifiers the institution registry records, so a mistyped digit
 * is caught: ЄДРПОУ (Ukraine), REGON (Poland), ЕИК/БУЛСТАТ (Bulgaria), ИНН and ОГРН (Russia).
 * Each function takes the identifier as digits and says whether its check digit is right.
 */

const digits = (s: string): number[] => [...s].map(Number);

function weighted(d: number[], w: number[]): number {
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += d[i] * w[i];
  return sum;
}

/** ЄДРПОУ, 8 digits: weights 1-7 (7,1-6 for codes between 30000000 and 60000000), +2 each on a remainder of 10. */
export function validEdrpou(s: string): boolean {
  if (!/^\d{8}$/.test(s)) return false;
  const d = digits(s);
  const n = Number(s);
  const base = n > 30000000 && n < 60000000 ? [7, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 7];
  let r = weighted(d, base) % 11;
  if (r === 10) r = weighted(d, base.map((x) => x + 2)) % 11;
  return (r === 10 ? 0 : r) === d[7];
}

/** REGON, 9 or 14 digits: weighted sum mod 11, 10 counts as 0. */
export function validRegon(s: string): boolean {
  const w = s.length === 9 ? [8, 9, 2, 3, 4, 5, 6, 7] : s.length === 14 ? [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] : null;
  if (!w || !/^\d+$/.test(s)) return false;
  const d = digits(s);
  const r = weighted(d, w) % 11;
  return (r === 10 ? 0 : r) === d[d.length - 1];
}

/** ЕИК/БУЛСТАТ, 9 digits: weights 1-8, then 3-10 on a remainder of 10. (13-digit branch codes not checked beyond the first 9.) */
export function validEik(s: string): boolean {
  if (!/^\d{9}(?:\d{4})?$/.test(s)) return false;
  const d = digits(s);
  let r = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
  if (r === 10) r = weighted(d, [3, 4, 5, 6, 7, 8, 9, 10]) % 11;
  return (r === 10 ? 0 : r) === d[8];
}

/** ИНН of an organisation, 10 digits. */
export function validInn(s: string): boolean {
  if (!/^\d{10}$/.test(s)) return false;
  const d = digits(s);
  return (weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[9];
}

/** ОГРН, 13 digits: the first 12 as a number mod 11, mod 10. */
export function validOgrn(s: string): boolean {
  if (!/^\d{13}$/.test(s)) return false;
  return Number(BigInt(s.slice(0, 12)) % 11n) % 10 === Number(s[12]);
}

/** Identifier kinds by country, with their check. */
export const ID_CHECKS: Record<string, Record<string, (s: string) => boolean>> = {
  UA: { edrpou: validEdrpou },
  PL: { regon: validRegon, rspo: (s) => /^\d{1,7}$/.test(s) },
  BG: { eik: validEik },
  RU: { inn: validInn, ogrn: validOgrn },
  INT: {},
};
