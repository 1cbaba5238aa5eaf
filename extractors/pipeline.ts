/**
 * The extraction pipeline: one document's text (or HTML page) → language, publication date, dates,
 * institutions, partnership and damage events. Pure: no I/O beyond the static tables the extractors
 * load once.
 *
 *   language  detectLanguage(title + text, <html lang> as a weak hint)
 *   published the input's (page metadata / feed), else a date line at the top of the text
 *   dates     extractDates(text, {lang, published})
 *   sentences splitSentences(text)
 *   names     extractInstitutions(text, {lang}), minus mentions in related-headline lists; quotations
 *             trimmed, run-on names split, a name and the quoted name after it joined, former
 *             names merged, legal forms make companies
 *   events    extractPartnerships + extractDamage over the shared context; parties an agreement
 *             names that the tagger did not know ("МГУ и Huawei подписали") become tags too
 *   filter    named bodies with no education role that no event names are dropped
 */
import type { AnalyzeInput, EventTag, ExtractedDocument, PublishedSource } from '../types.js';
import { extractBody, type BodyDom, type BodyTimings } from './body.js';
import { extractDamage } from './damage.js';
import { extractDates } from './dates.js';
import { extractInstitutions } from './institutions.js';
import { detectLanguage } from './language.js';
import { extractPartnershipsAndParties } from './partnerships.js';
import { splitSentences } from './sentences.js';
import { EXTRACTOR_VERSION } from './_version.js';
import { publishedFromText } from './_published-text.js';
import { boilerplateSpans } from './_boilerplate.js';
import { joinQuotedTails } from './_tag-join.js';
import {
  companiesByLegalForm, mergeEponyms, mergeFormerNames, mergeSameKey, splitRunOns, trimQuotations, withoutBystanders, withoutSpans,
} from './_tag-filter.js';
import type { EventContext } from './_event-scan.js';

export { EXTRACTOR_VERSION } from './_version.js';
export { publishedFromText } from './_published-text.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Milliseconds spent per stage of one analysis (for scripts/bench.ts). */
export interface StageTimings {
  language: number;
  dates: number;
  sentences: number;
  institutions: number;
  partnerships: number;
  damage: number;
}

function now(): number {
  return performance.now();
}

/** analyze() with the time each stage took. */
export function analyzeTimed(input: AnalyzeInput): { doc: ExtractedDocument; timings: StageTimings } {
  const text = input.text ?? '';
  const title = input.title ?? null;
  let t = now();
  const lang = detectLanguage(title ? `${title}\n${text}` : text, input.htmlLang ?? null);
  const timings: StageTimings = { language: now() - t, dates: 0, sentences: 0, institutions: 0, partnerships: 0, damage: 0 };

  t = now();
  let published = input.published ?? null;
  let publishedSource: PublishedSource | null = published ? (input.publishedSource ?? null) : null;
  if (!published) {
    published = publishedFromText(text, lang.lang);
    if (published) publishedSource = 'text';
  }
  const datePub = published && ISO_DAY.test(published) ? published.slice(0, 10) : published;
  const dates = extractDates(text, { lang: lang.lang, published: datePub });
  timings.dates = now() - t;

  t = now();
  const sentences = splitSentences(text);
  timings.sentences = now() - t;

  t = now();
  // Related-headline lists ("Читайте також", "Czytaj także", "Read more") are other articles.
  const ignored = boilerplateSpans(text);
  const found = withoutSpans(extractInstitutions(text, { lang: lang.lang, sentences }), ignored);
  const institutions = companiesByLegalForm(mergeEponyms(mergeFormerNames(mergeSameKey(joinQuotedTails(splitRunOns(trimQuotations(found, lang.lang), lang.lang), text, lang.lang)), text)));
  timings.institutions = now() - t;

  const ctx: EventContext = { lang: lang.lang, published: datePub, institutions, dates, sentences, title, ignored };
  t = now();
  const agreed = extractPartnershipsAndParties(text, ctx);
  const partnerships = agreed.events;
  timings.partnerships = now() - t;
  t = now();
  const damage = extractDamage(text, ctx);
  timings.damage = now() - t;

  const events: EventTag[] = [...partnerships, ...damage].sort((a, b) => a.start - b.start);
  const doc: ExtractedDocument = {
    lang: lang.lang,
    langConfidence: lang.confidence,
    langOther: lang.other,
    title,
    published,
    publishedSource,
    text,
    // Parties named by an agreement that the institution tagger did not know ("МГУ и Huawei подписали").
    institutions: withoutBystanders(agreed.parties.length > 0 ? [...institutions, ...agreed.parties] : institutions, events, lang.lang, text),
    events,
    dates,
    method: null,
    extractorVersion: EXTRACTOR_VERSION,
  };
  return { doc, timings };
}

/** Text → tags. `method` is null (no body extraction took place). */
export function analyze(input: AnalyzeInput): ExtractedDocument {
  return analyzeTimed(input).doc;
}

/**
 * An HTML page → tags: the body by Readability's cascade, then analyze(). Null when the page has no
 * text. The publication date comes from the page's metadata first, then the discovery hints (a feed
 * item's or sitemap's date: source 'feed'), then a date line in the text; none later than
 * `hints.fetchedAt` (when the page was fetched). `options.dom: 'jsdom'` runs the reference DOM.
 */
/** A feed or sitemap date usable as a publication date (YYYY-MM-DD, optionally with a time). */
const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

export function analyzeHtml(
  html: string,
  url: string,
  hints?: { published?: string | null; title?: string | null; fetchedAt?: string | null },
  options: { dom?: BodyDom; timings?: BodyTimings } = {},
): ExtractedDocument | null {
  const fetchedAt = hints?.fetchedAt ?? null;
  const body = extractBody(html, url, { dom: options.dom, fetchedAt, timings: options.timings });
  if (!body || body.text.trim() === '') return null;
  let published: string | null = null;
  let publishedSource: PublishedSource | null = null;
  if (body.published && body.publishedSource !== 'text') {
    published = body.published;
    publishedSource = body.publishedSource;
  } else if (hints?.published && ISO_DATE_PREFIX.test(hints.published) && !(fetchedAt && hints.published.slice(0, 10) > fetchedAt.slice(0, 10))) {
    // Feeds and sitemaps give full timestamps; the contract's dates are YYYY-MM-DD.
    published = hints.published.slice(0, 10);
    publishedSource = 'feed';
  } else if (body.published) {
    published = body.published;
    publishedSource = body.publishedSource;
  }
  const doc = analyze({
    text: body.text,
    title: body.title ?? hints?.title ?? null,
    url,
    htmlLang: body.htmlLang,
    published,
    publishedSource,
  });
  return { ...doc, method: body.method, body };
}
