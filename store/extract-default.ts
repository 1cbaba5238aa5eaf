/**
 * The store's one binding to the extraction pipeline: the default extractor for crawled pages,
 * the analyser reextract reruns over stored text, and the institution key used to match an
 * `--institution` filter in any case form. Everything else in the store takes these as defaults
 * that tests may replace.
 */
import type { AnalyzeInput, ExtractedDocument, FetchedPage, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { analyze, analyzeHtml, EXTRACTOR_VERSION } from '../extractors/pipeline.js';
import { institutionKey } from '../extractors/institution-key.js';

/** Extract a fetched article: the rendered DOM when the browser produced one, else the decoded HTML. */
export function extractPage(page: FetchedPage): ExtractedDocument | null {
  return analyzeHtml(page.renderedHtml ?? page.html, page.finalUrl, { ...page.hints, fetchedAt: page.fetchedAt });
}

export function analyzeText(input: AnalyzeInput): ExtractedDocument {
  return analyze(input);
}

export const CURRENT_EXTRACTOR_VERSION: string = EXTRACTOR_VERSION;

/** The keys a name may have in any of the five languages (the filter text's language is unknown). */
export function institutionKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const lang of [null, ...(LANGS as readonly Lang[])]) {
    const k = institutionKey(name, lang);
    if (k) keys.add(k);
  }
  return [...keys];
}
