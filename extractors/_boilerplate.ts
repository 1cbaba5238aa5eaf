/**
 * Spans of an article's text that are not the article: the related-headline lists a page appends
 * after "Читайте також", "Czytaj także", "Още по темата", "Read more", "Popular" ... Their short
 * headline lines name institutions and events of other articles, so the extractors skip them.
 * One pass over the lines; no regex runs over more than one line.
 */
import type { Span } from './sentences.js';

/** A heading that opens a list of other articles' headlines (compared lower-cased, without trailing ":" and spaces). */
const HEADINGS = new Set([
  // uk
  'читайте також', 'читайте також:', 'дивіться також', 'див. також', 'більше новин', 'популярне', 'популярні новини', 'останні новини',
  'новини за темою', 'схожі новини', 'інші новини', 'по темі', 'за темою', 'читайте ще',
  // ru
  'читайте также', 'смотрите также', 'см. также', 'популярное', 'популярные новости', 'последние новости', 'новости по теме',
  'похожие новости', 'другие новости', 'по теме', 'еще по теме', 'ещё по теме', 'читайте еще', 'читайте ещё',
  // pl
  'czytaj także', 'czytaj też', 'zobacz też', 'zobacz także', 'przeczytaj też', 'przeczytaj także', 'popularne', 'najpopularniejsze',
  'najnowsze', 'polecane', 'powiązane', 'podobne artykuły', 'więcej informacji', 'czytaj więcej',
  // bg
  'още по темата', 'прочетете още', 'прочети още', 'още от', 'най-четени', 'най-четено', 'популярни', 'свързани новини',
  'свързани статии', 'последни новини', 'вижте още', 'виж още',
  // en
  'related', 'related articles', 'related news', 'related stories', 'related posts', 'read more', 'read also', 'see also',
  'popular', 'popular posts', 'popular stories', 'most read', 'most popular', 'latest news', 'more news', 'more stories',
  'you may also like', 'recommended',
]);
/** Longest heading line looked at (a heading is short). */
const MAX_HEADING_CHARS = 40;
/** A headline line in the list is at most this long; a longer line is the article again. */
const MAX_HEADLINE_CHARS = 180;
/** At most this many headline lines follow one heading. */
const MAX_HEADLINES = 12;

function headingOf(line: string): { heading: boolean; rest: string } {
  const t = line.trim();
  if (t.length === 0) return { heading: false, rest: '' };
  const colon = t.indexOf(':');
  // "Читайте також: Ракета влучила в школу" — the heading and one headline on one line.
  if (colon > 0 && colon <= MAX_HEADING_CHARS) {
    const head = t.slice(0, colon).trim().toLowerCase();
    if (HEADINGS.has(head)) return { heading: true, rest: t.slice(colon + 1).trim() };
  }
  if (t.length > MAX_HEADING_CHARS) return { heading: false, rest: '' };
  const head = t.replace(/[\s:.…»>-]+$/u, '').toLowerCase();
  return { heading: HEADINGS.has(head), rest: '' };
}

/** Is `text` (a block's opening words) a heading of other articles' headlines: "Читайте також", "Zobacz także:", "Related stories"? */
export function isRelatedHeading(text: string): boolean {
  return headingOf(text).heading;
}

/** A line that reads as an article sentence rather than a headline: long, or ends a sentence with several words. */
function isArticleLine(line: string): boolean {
  const t = line.trim();
  return t.length > MAX_HEADLINE_CHARS;
}

/**
 * The ignored spans of `text` (sorted, disjoint): each heading line, the headline on the same line,
 * and the short non-empty lines right after it (at most one blank line between them).
 */
export function boilerplateSpans(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  let open = false;
  let taken = 0;
  let blanks = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const blank = line.trim().length === 0;
    const h = blank ? { heading: false, rest: '' } : headingOf(line);
    if (h.heading) {
      out.push({ start: pos, end: nl });
      open = h.rest.length === 0;
      taken = h.rest.length === 0 ? 0 : 1;
      blanks = 0;
    } else if (open) {
      if (blank) {
        blanks++;
        if (blanks > 1 && taken > 0) open = false;
      } else if (isArticleLine(line) || taken >= MAX_HEADLINES) {
        open = false;
      } else {
        out.push({ start: pos, end: nl });
        taken++;
        blanks = 0;
      }
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return out;
}

/** Is [start, end) inside one of the sorted `spans`? (Binary search.) */
export function inSpans(spans: readonly Span[], start: number, end: number = start + 1): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start <= start && end <= spans[lo].end;
}
