/**
 * `eduwatch sources test ID`: a dry run of one source definition. Shows which article URLs
 * discovery finds (feeds, sitemaps, listings, seeds) and, for the first few, what extraction gives:
 * title, publication date and how it was found, language, body method, institutions and events.
 * Stores nothing. Exit 1 when discovery finds nothing or every tested article fails, so a
 * maintainer (or CI) sees a broken definition at once.
 */
import { defineCommand } from 'citty';
import { discoverArticles, fetchPage, loadSources, type Source } from '../../crawlers/index.js';
import { analyzeHtml } from '../../extractors/pipeline.js';
import type { EventTag } from '../../types.js';
import { CLIError, EXIT } from '../errors.js';
import { intArg, DEFAULT_SOURCES } from '../args.js';
import { safeJson, style, terminalSafeDeep, useColor } from '../output.js';

export interface TestedArticle {
  url: string;
  via: string;
  finalUrl: string | null;
  status: number | null;
  error: string | null;
  title: string | null;
  published: string | null;
  publishedSource: string | null;
  lang: string | null;
  langConfidence: number | null;
  method: string | null;
  textChars: number;
  institutions: string[];
  events: EventTag[];
}

export interface SourceTestReport {
  source: string;
  discovered: { url: string; via: string; published: string | null }[];
  /** What went wrong in discovery (a feed's HTTP status, a refused connection, robots.txt), first cause first. */
  problems: string[];
  articles: TestedArticle[];
}

/** Runs discovery (up to `discoverLimit` URLs) and extraction on the first `limit` of them. */
export async function testSource(source: Source, opts: { limit: number; discoverLimit: number }): Promise<SourceTestReport> {
  const problems: string[] = [];
  const found = await discoverArticles(source, { limit: opts.discoverLimit, onProblem: (m) => problems.push(m) });
  const report: SourceTestReport = {
    source: source.id,
    discovered: found.map((f) => ({ url: f.url, via: f.via, published: f.hints?.published ?? null })),
    problems: [...new Set(problems)],
    articles: [],
  };
  for (const item of found.slice(0, opts.limit)) {
    const row: TestedArticle = {
      url: item.url, via: item.via, finalUrl: null, status: null, error: null, title: null, published: null,
      publishedSource: null, lang: null, langConfidence: null, method: null, textChars: 0, institutions: [], events: [],
    };
    try {
      const page = await fetchPage(source, item.url, { kind: 'article' });
      row.finalUrl = page.finalUrl;
      row.status = page.status;
      if (page.status >= 200 && page.status < 300) {
        const doc = analyzeHtml(page.renderedHtml ?? page.html, page.finalUrl, item.hints);
        if (!doc) row.error = 'no article text found on the page';
        else {
          Object.assign(row, {
            title: doc.title, published: doc.published, publishedSource: doc.publishedSource, lang: doc.lang,
            langConfidence: doc.langConfidence, method: doc.method, textChars: doc.text.length,
            institutions: doc.institutions.map((i) => i.name), events: doc.events,
          });
        }
      } else row.error = `HTTP ${page.status}`;
    } catch (err) {
      row.error = (err as Error).message;
    }
    report.articles.push(row);
  }
  return report;
}

function eventLine(e: EventTag): string {
  if (e.type === 'partnership') {
    return `partnership (${e.status}${e.date ? `, ${e.date}` : ''}): ${e.parties.join(' + ') || '—'}`;
  }
  const what = e.institution ?? e.institutionKind ?? 'education institution';
  return `damage (${e.scope}, ${e.severity ?? '?'}${e.cause ? `, ${e.cause}` : ''}${e.date ? `, ${e.date}` : ''}): ${what}${e.location ? ` — ${e.location}` : ''}`;
}

function renderReport(r: SourceTestReport, color: boolean): string {
  const s = color ? style : { bold: (x: string) => x, dim: (x: string) => x, red: (x: string) => x, green: (x: string) => x };
  const lines: string[] = [];
  const byVia = new Map<string, number>();
  for (const d of r.discovered) byVia.set(d.via, (byVia.get(d.via) ?? 0) + 1);
  const vias = [...byVia].map(([v, n]) => `${v}: ${n}`).join(', ');
  lines.push(s.bold(`Source ${r.source}: discovery found ${r.discovered.length} article URL(s)${vias ? ` (${vias})` : ''}`));
  for (const d of r.discovered.slice(0, 20)) lines.push(`  ${d.via.padEnd(7)} ${d.url}${d.published ? s.dim(`  [${d.published}]`) : ''}`);
  if (r.discovered.length > 20) lines.push(s.dim(`  … and ${r.discovered.length - 20} more`));
  for (const p of r.problems) lines.push(`  ${s.red('problem')}: ${p}`);
  for (const a of r.articles) {
    lines.push('');
    lines.push(s.bold(a.url) + (a.finalUrl && a.finalUrl !== a.url ? s.dim(` → ${a.finalUrl}`) : ''));
    if (a.error) {
      lines.push(`  ${s.red('failed')}: ${a.error}`);
      continue;
    }
    lines.push(`  title:        ${a.title ?? '—'}`);
    lines.push(`  published:    ${a.published ?? '—'}${a.publishedSource ? ` (from ${a.publishedSource})` : ''}`);
    lines.push(`  language:     ${a.lang ?? 'undetermined'}${a.langConfidence !== null ? ` (${a.langConfidence.toFixed(2)})` : ''}`);
    lines.push(`  body:         ${a.textChars} chars via ${a.method}`);
    lines.push(`  institutions: ${a.institutions.length ? a.institutions.join('; ') : '—'}`);
    if (a.events.length === 0) lines.push('  events:       —');
    for (const e of a.events) lines.push(`  event:        ${eventLine(e)}`);
  }
  return lines.join('\n') + '\n';
}

export default defineCommand({
  meta: {
    name: 'test',
    description:
      'Dry-run one source definition: list the article URLs discovery finds and show what is extracted from the first few (title, date, language, tags). Stores nothing.\n\nExample: eduwatch sources test mon-gov-ua --limit 5',
  },
  args: {
    id: { type: 'positional', required: true, description: 'Source id from sources.yaml.' },
    sources: { type: 'string', valueHint: 'FILE', default: DEFAULT_SOURCES, description: 'Source definitions to read.' },
    limit: { type: 'string', valueHint: 'N', default: '3', description: 'Articles to fetch and extract.' },
    'discover-limit': { type: 'string', valueHint: 'N', default: '200', description: 'Stop discovery after this many article URLs.' },
    json: { type: 'boolean', default: false, description: 'Print the report as JSON.' },
  },
  async run({ args }) {
    const { sources } = loadSources(args.sources || DEFAULT_SOURCES);
    const source = sources.find((s) => s.id === args.id);
    if (!source) {
      throw new CLIError(`no source "${args.id}" in ${args.sources}; defined ids: ${sources.map((s) => s.id).join(', ')}`);
    }
    const limit = intArg('--limit', args.limit, { min: 0 }) ?? 3;
    const discoverLimit = intArg('--discover-limit', args['discover-limit']) ?? 200;
    const report = await testSource(source, { limit, discoverLimit: Math.max(discoverLimit, limit) });
    process.stdout.write(args.json ? safeJson(report) + '\n' : renderReport(terminalSafeDeep(report), useColor()));
    if (report.discovered.length === 0) {
      const cause = report.problems.find((p) => !p.startsWith('nothing discovered: ')) ?? report.problems[0];
      throw new CLIError(
        `source ${source.id}: discovery found no article URLs${cause ? `: ${cause}` : '; check discover.* URLs and include/exclude patterns'}`,
        EXIT.failure,
      );
    }
    if (report.articles.length > 0 && report.articles.every((a) => a.error)) {
      throw new CLIError(`source ${source.id}: every tested article failed (see above)`, EXIT.failure);
    }
  },
});
