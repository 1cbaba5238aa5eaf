/**
 * The publication date of a plain text when no metadata gave one: a date line among its first lines
 * ("15 grudnia 2020", "Новости Перми за 30.08.2020", "19 November, 2019").
 */
import type { DateTag, Lang } from '../types.js';
import { extractDates } from './dates.js';

/** How much of the top of a text is searched for a date line when no publication date is known. */
const DATE_LINE_HEAD_CHARS = 600;
/** A date line is short: "15 grudnia 2020", "Новости Перми за 30.08.2020", "19 November, 2019 / in news". */
const DATE_LINE_MAX_CHARS = 80;
/** A date line among the first lines of the text: a full date with its year written, on a short line. */
export function publishedFromText(text: string, lang: Lang | null): string | null {
  const head = text.slice(0, DATE_LINE_HEAD_CHARS);
  let tags: DateTag[];
  try {
    tags = extractDates(head, { lang, published: null });
  } catch {
    return null;
  }
  for (const t of tags) {
    if (t.value.length !== 10 || t.yearInferred || t.kind === 'valid-until' || t.kind === 'range-end' || t.kind === 'relative') continue;
    const lineStart = head.lastIndexOf('\n', t.start - 1) + 1;
    let lineEnd = head.indexOf('\n', t.end);
    if (lineEnd < 0) lineEnd = head.length;
    if (lineEnd - lineStart <= DATE_LINE_MAX_CHARS) return t.value;
  }
  return null;
}
