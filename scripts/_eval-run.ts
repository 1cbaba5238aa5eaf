/**
 * Runs an analyze function over loaded evaluation cases and sums the scores per language and
 * overall. Kept apart from eval.ts (which binds the real pipeline) so the scorer can be tested
 * with any predictor.
 */
import type { AnalyzeInput, ExtractedDocument, Lang } from '../types.js';
import type { EvalCase } from './_eval-labels.js';
import type { KeyFn } from './_eval-match.js';
import { metricsOf, type Metrics } from './_eval-metrics.js';
import { addGroup, emptyGroup, scoreCase, type GroupScore, type Issue } from './_eval-score.js';
import { addClasses, type ClassCounts } from './_eval-classes.js';

export interface GroupReport extends GroupScore {
  metrics: Metrics;
}

export interface EvalReport {
  dir: string;
  extractorVersion: string | null;
  cases: number;
  overall: GroupReport;
  perLang: Partial<Record<Lang, GroupReport>>;
  /** Every miss and false positive (what --verbose prints). */
  issues: Issue[];
  /** The misses and false positives counted by class, no text (what --classes prints; _eval-classes.ts). */
  classes: ClassCounts;
  /** Time the pipeline took over the whole set. */
  elapsedMs: number;
}

export type AnalyzeFn = (input: AnalyzeInput) => ExtractedDocument;

/**
 * Scores `analyzeFn` on already loaded cases. The pipeline gets the bare text: finding the
 * publication date in the text's date line is part of what is measured. A real-news item's
 * `pageDate` (what its page's metadata said) and URL are passed as a crawl would pass them.
 */
export function evaluateCases(cases: EvalCase[], dir: string, analyzeFn: AnalyzeFn, keyFn: KeyFn | null): EvalReport {
  const overall = emptyGroup();
  const perLang: Partial<Record<Lang, GroupScore>> = {};
  const issues: Issue[] = [];
  const classes: ClassCounts = {};
  let extractorVersion: string | null = null;
  const t0 = performance.now();
  for (const c of cases) {
    let doc: ExtractedDocument | null = null;
    let error: string | undefined;
    try {
      const pageDate = c.label.pageDate ?? null;
      doc = analyzeFn({ text: c.text, url: c.label.url ?? null, published: pageDate, publishedSource: pageDate ? 'meta' : null });
      extractorVersion ??= doc.extractorVersion;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    // The headline alone, as a feed item or a listing gives it (real-news items carry it).
    let titleLang: Lang | null | undefined;
    if (c.label.title) {
      try {
        titleLang = analyzeFn({ text: c.label.title, published: null }).lang;
      } catch {
        titleLang = null;
      }
    }
    const s = scoreCase(c, doc, keyFn, error, titleLang);
    addGroup(overall, s);
    addGroup((perLang[c.lang] ??= emptyGroup()), s);
    issues.push(...s.issues);
    addClasses(classes, s.classes);
  }
  const elapsedMs = performance.now() - t0;
  const withMetrics = (g: GroupScore): GroupReport => ({ ...g, metrics: metricsOf(g) });
  const langs: Partial<Record<Lang, GroupReport>> = {};
  for (const [lang, g] of Object.entries(perLang) as [Lang, GroupScore][]) langs[lang] = withMetrics(g);
  return { dir, extractorVersion, cases: cases.length, overall: withMetrics(overall), perLang: langs, issues, classes, elapsedMs };
}

