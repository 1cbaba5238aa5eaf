/** Plain-text tables for `npm run eval`: aligned columns, readable in any terminal. */
import { LANGS } from '../types.js';
import type { EvalReport } from './_eval-run.js';
import type { FloorCheck } from './_eval-metrics.js';
import { ATTRIBUTES, DETAILS, type Counts, type Issue, type Tally } from './_eval-score.js';

/** Left-aligns the first column, right-aligns the others; a rule under the header. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const line = (r: string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  const [head, ...body] = rows;
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const num = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(3));
const counts = (c: Counts): string => `${c.tp}/${c.fp}/${c.fn}`;
const tally = (t: Tally): string => (t.total === 0 ? '-' : `${(t.correct / t.total).toFixed(2)} (${t.correct}/${t.total})`);

export function formatReport(report: EvalReport, floors: FloorCheck[] | null): string {
  const out: string[] = [];
  const groups = [...LANGS.filter((l) => report.perLang[l]).map((l) => [l, report.perLang[l]!] as const), ['all', report.overall] as const];
  const sizes = LANGS.filter((l) => report.perLang[l]).map((l) => `${l} ${report.perLang[l]!.cases}`).join(', ');
  out.push(`Evaluation set ${report.dir}: ${report.cases} cases (${sizes}); extractors ${report.extractorVersion ?? 'unknown'}`);
  out.push('');
  out.push('Scores (precision / recall / F1; accuracy = share of exact matches)');
  out.push(
    table([
      ['lang', 'cases', 'lang acc', 'published', 'inst P', 'inst R', 'inst F1', 'partn P', 'partn R', 'partn F1', 'damage P', 'damage R', 'damage F1', 'event date'],
      ...groups.map(([name, g]) => [
        name, String(g.cases), num(g.metrics.langAccuracy), num(g.metrics.publishedExact),
        num(g.metrics.institutionPrecision), num(g.metrics.institutionRecall), num(g.metrics.institutionF1),
        num(g.metrics.partnershipPrecision), num(g.metrics.partnershipRecall), num(g.metrics.partnershipF1),
        num(g.metrics.damagePrecision), num(g.metrics.damageRecall), num(g.metrics.damageF1),
        num(g.metrics.eventDateExact),
      ]),
    ]),
  );
  out.push('');
  out.push('Counts (tp/fp/fn; event dates and published: correct/total)');
  out.push(
    table([
      ['lang', 'institutions', 'partnership', 'damage', 'event date', 'published'],
      ...groups.map(([name, g]) => [
        name, counts(g.institutions), counts(g.partnership), counts(g.damage),
        `${g.eventDate.correct}/${g.eventDate.total}`, `${g.published.correct}/${g.published.total}`,
      ]),
    ]),
  );
  out.push('');
  out.push('Attributes of matched events (accuracy over events whose label states the value)');
  out.push(
    table([
      ['attribute', ...groups.map(([name]) => name)],
      ...ATTRIBUTES.map((a) => [a, ...groups.map(([, g]) => tally(g.attributes[a]))]),
    ]),
  );
  if (DETAILS.some((d) => report.overall.details[d].total > 0)) {
    out.push('');
    out.push('Real-news measures (parties found in matched agreements; incidents whose institution / settlement / date is right, unmatched = wrong;');
    out.push('predicted mentions with the labelled extent; kinds of matched institutions; language of the headline alone)');
    out.push(
      table([
        ['measure', ...groups.map(([name]) => name)],
        ...DETAILS.map((d) => [d, ...groups.map(([, g]) => tally(g.details[d]))]),
      ]),
    );
  }
  if (floors && floors.length > 0) {
    out.push('');
    out.push('Floors');
    out.push(
      table([
        ['scope', 'metric', 'value', 'floor', 'result'],
        ...floors.map((f) => [f.scope, f.metric, num(f.value), f.floor.toFixed(3), f.ok ? 'ok' : 'BELOW FLOOR']),
      ]),
    );
  }
  return out.join('\n');
}

/** Every miss and false positive, grouped by case file, for people debugging an extractor. */
export function formatIssues(issues: Issue[]): string {
  if (issues.length === 0) return 'No misses and no false positives.';
  const byFile = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = byFile.get(i.file) ?? [];
    list.push(i);
    byFile.set(i.file, list);
  }
  const width = Math.max(...issues.map((i) => i.kind.length));
  const out: string[] = [`Misses and false positives (${issues.length}), by case:`];
  for (const [file, list] of byFile) {
    out.push('');
    out.push(file);
    for (const i of list) out.push(`  ${i.kind.padEnd(width)}  ${i.detail}`);
  }
  return out.join('\n');
}
