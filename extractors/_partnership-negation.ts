/**
 * A signing the text denies: "did not sign", "has never signed", "dissociated itself from signing",
 * "denied signing", "не подписывал", "не підписувала", "nie podpisała", "не е подписвал". The
 * agreement was not signed, so the mention is no signed agreement. "not only signed" / "не только
 * подписали" / "nie tylko podpisali" is no denial.
 */
import type { EventHit, EventScan } from './_event-scan.js';

/** How far before the signing word a negation may stand (characters, within its clause). */
const NEGATION_REACH = 48;

/** A negation right before the signing word (an auxiliary or "yet" between allowed), per language. */
const NEGATED_BEFORE: Record<string, RegExp> = {
  en: /(?:\b(?:not|never|n't)\s+(?:(?:yet|ever|officially|formally)\s+)?|\b(?:denied|denies|deny|denying|dissociated\s+(?:itself|himself|herself|themselves)\s+from|distanced\s+(?:itself|themselves)\s+from|refused\s+to|refuses\s+to|declined\s+to|failed\s+to)\s+(?:(?:ever|having)\s+)?)$/iu,
  ru: /(?:^|[\s,(«"])(?:не|никогда\s+не|так\s+и\s+не|отказал(?:ся|ась|ось|ись)|отказывается|отказываются|отрица(?:ет|ют|л|ли)\s+(?:факт\s+)?)\s*$/iu,
  uk: /(?:^|[\s,(«"])(?:не|ніколи\s+не|так\s+і\s+не|відмовил(?:ся|ася|ося|ися)|відмовляється|відмовляються|запереча?у?(?:є|ють|в|ли)\s+(?:факт\s+)?)\s*$/iu,
  pl: /(?:^|[\s,(„"])(?:nie|nigdy\s+nie|odmówił[aoy]?|odmówili|odmawia(?:ją)?|zaprzecza(?:ją)?\s+(?:jakoby\s+)?)\s*$/iu,
  bg: /(?:^|[\s,(„"])(?:не(?:\s+(?:е|са|сме|съм|сте|бяха|беше))?|никога\s+не|отказа(?:ха)?\s+да|отрича(?:т)?\s+да|не\s+е\s+бил[ао]?)\s*$/iu,
};

/** "not only", "не только", "не лише", "nie tylko", "не само": the signing is stressed, not denied. */
const NOT_ONLY = /(?:\bnot\s+only|не\s+только|не\s+лише|не\s+тільки|nie\s+tylko|не\s+само)\s*$/iu;

/** Negations inside a signing phrase of several words ("have not signed", "не были подписаны"). */
const NEGATED_INSIDE: Record<string, RegExp> = {
  en: /\b(?:not|never)\b/iu,
  ru: /(?:^|\s)не\s/iu,
  uk: /(?:^|\s)не\s/iu,
  pl: /(?:^|\s)nie\s/iu,
  bg: /(?:^|\s)не\s/iu,
};

/** The signing word `hit` is denied by its sentence. */
export function deniedSigning(scan: EventScan, hit: EventHit, sentenceStart: number): boolean {
  const lang = scan.ctx.lang ?? 'en';
  const before = NEGATED_BEFORE[lang];
  if (!before) return false;
  const from = Math.max(sentenceStart, hit.start - NEGATION_REACH);
  let head = scan.text.slice(from, hit.start);
  // Only the clause the signing word stands in.
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'));
  if (cut >= 0) head = head.slice(cut + 1);
  const inside = scan.text.slice(hit.start, hit.end);
  if (NOT_ONLY.test(head)) return false;
  return before.test(head) || NEGATED_INSIDE[lang].test(` ${inside} `);
}
