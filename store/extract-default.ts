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
import { canonicalKey } from '../extractors/institutions.js';
import { registryByAbbreviation, registryKey } from '../extractors/_registry.js';

/** Extract a fetched article: the rendered DOM when the browser produced one, else the decoded HTML. */
export function extractPage(page: FetchedPage): ExtractedDocument | null {
  return analyzeHtml(page.renderedHtml ?? page.html, page.finalUrl, { ...page.hints, fetchedAt: page.fetchedAt });
}

export function analyzeText(input: AnalyzeInput): ExtractedDocument {
  return analyze(input);
}

export const CURRENT_EXTRACTOR_VERSION: string = EXTRACTOR_VERSION;

/**
 * The keys a name may have in any of the five languages (the filter text's language is unknown):
 * its institution keys and, for a registry institution, `registry:<id>`, so "КНУ", "Київського
 * національного університету імені Тараса Шевченка" and "Taras Shevchenko National University of
 * Kyiv" find the same institution.
 */
export function institutionKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const lang of [null, ...(LANGS as readonly Lang[])]) {
    const k = institutionKey(name, lang);
    if (k) keys.add(k);
    keys.add(canonicalKey(name, lang));
    for (const e of registryByAbbreviation(name.trim(), lang)) keys.add(registryKey(e));
  }
  keys.delete('');
  return [...keys];
}
