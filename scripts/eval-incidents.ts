/**
 * `npm run eval:incidents` (also printed by `npm run eval`): incident clustering measured on the
 * labelled real reports of test/incidents/ (see its README). Each excerpt is run through the real
 * extraction pipeline, its clusterable events go through the store's pair rules
 * (store/incidents/, the same code the store runs), and pairs of reports are scored: a pair is
 * predicted "same incident" when one of its events is in an incident with one of the other's.
 *
 * Two figures: dev (pairs of two dev items: tune on these) and holdout (pairs with at least one
 * holdout item, all items clustered together as a store would hold them: never tuned on).
 * Exits 1 when a dev figure is below its floor in scripts/eval-floors-incidents.json, 2 on a data error.
 *
 *   node dist/scripts/eval-incidents.js [--dir DIR] [--json] [--verbose] [--classes] [--dev-only] [--no-floors]
 *
 * --classes counts the missed and false pairs of dev and of the holdout by class, with no text
 * (pairClass: no event on one side; days known on both, one or neither; institutions named and
 * the same; settlements the same, different or missing): what may be read of the holdout;
 * --verbose lists the dev errors (false and missed pairs) with what each of their items reported;
 * --dev-only analyses the dev items alone (the holdout is not read): the run to tune rules on.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DamageEvent, EventTag, PartnershipEvent } from '../types.js';
import { projectRoot } from '../extractors/_data.js';
import { analyze } from '../extractors/pipeline.js';
import { components, ownerOf, settlementKey, statedDate, type Report } from '../store/incidents/index.js';
import { foldText } from '../store/db.js';

export interface IncidentItem {
  file: string;
  part: 'dev' | 'holdout';
  url: string;
  lang: string;
  published: string | null;
  incident: string;
  text: string;
}

export interface PairScores {
  pairs: number;
  truePairs: number;
  predictedPairs: number;
  tp: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface IncidentEvalReport {
  items: { dev: number; holdout: number };
  incidents: number;
  dev: PairScores;
  holdout: PairScores;
  /** Items the pipeline found no clusterable event in. */
  noEvent: string[];
  misses: { a: string; b: string; kind: 'missed' | 'false' }[];
  /** Each item's clusterable events as the rules read them (for --verbose: what a missed pair compared). */
  reports: Record<string, ReportLine[]>;
  /** The missed and false pairs counted by class (pairClass), no text. */
  classes: { dev: Record<string, number>; holdout: Record<string, number> };
}

/** One clusterable event of an item, as --verbose prints it. */
export interface ReportLine {
  type: 'damage' | 'partnership';
  institution: string | null;
  institutionKey: string | null;
  kind: string | null;
  settlement: string | null;
  settlementKey: string | null;
  date: string | null;
  day: string | null;
  /** The attack's "MM-DD" when an undated report gives no year (Report.monthDay). */
  monthDay: string | null;
  severity: string | null;
  cause: string | null;
  parties: string[];
}

export function defaultIncidentDir(): string {
  return join(projectRoot(), 'test', 'incidents');
}

/** Load test/incidents/{dev,holdout}/*.json + .txt, checking each is in the part its URL's hash puts it. */
export function loadIncidentSet(dir: string, parts: readonly ('dev' | 'holdout')[] = ['dev', 'holdout']): IncidentItem[] {
  const items: IncidentItem[] = [];
  for (const part of parts) {
    const folder = join(dir, part);
    for (const f of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
      const file = join(folder, f);
      const label = JSON.parse(readFileSync(file, 'utf8')) as Partial<IncidentItem>;
      if (typeof label.url !== 'string' || typeof label.incident !== 'string' || typeof label.lang !== 'string') {
        throw new Error(`${file}: a label needs url, lang and incident (strings); fix the file`);
      }
      const want = /^[0-4]/.test(createHash('sha256').update(label.url).digest('hex')) ? 'holdout' : 'dev';
      if (want !== part) throw new Error(`${file}: its URL's hash puts it in ${want}/, not ${part}/: move it there`);
      const text = readFileSync(file.replace(/\.json$/, '.txt'), 'utf8');
      items.push({ file: `${part}/${f.replace(/\.json$/, '')}`, part, url: label.url, lang: label.lang, published: label.published ?? null, incident: label.incident, text });
    }
  }
  return items;
}

/** The clusterable events of one analysed item as reports (institution ids shared across items by key). */
function reportsOf(item: IncidentItem, index: number, events: EventTag[], ids: Map<string, number>): Report[] {
  const idOf = (key: string | null | undefined): number | null => {
    if (!key) return null;
    if (!ids.has(key)) ids.set(key, ids.size + 1);
    return ids.get(key)!;
  };
  const day = (e: EventTag) => e.date ?? item.published?.slice(0, 10) ?? null;
  const base = (e: EventTag, k: number) => ({
    eventId: index * 100 + k,
    documentId: index,
    date: statedDate(e.date, (e as { dateBasis?: unknown }).dateBasis),
    day: day(e),
    confidence: e.confidence,
    lang: item.lang,
    published: item.published,
    sourceId: new URL(item.url).hostname,
    sourceName: new URL(item.url).hostname,
    sourceKind: 'news',
    sourceVerified: false,
    owner: ownerOf(item.url),
    url: item.url,
    position: k,
  });
  const out: Report[] = [];
  events.forEach((e, k) => {
    if (e.type === 'damage') {
      const d = e as DamageEvent;
      if (d.scope !== 'incident') return;
      out.push({
        ...base(e, k), type: 'damage', monthDay: d.monthDay ?? null, repeated: d.repeated ?? false, institutionId: idOf(d.institutionKey), institutionKey: d.institutionKey, institution: d.institution, institutionKind: d.institutionKind,
        settlement: d.settlement, settlementKey: settlementKey(d.settlement), region: d.region, severity: d.severity, cause: d.cause,
        killed: d.casualties?.killed ?? null, injured: d.casualties?.injured ?? null, parties: [], agreementKind: null, status: null,
      });
    } else {
      const p = e as PartnershipEvent;
      if (p.parties.length < 2) return;
      out.push({
        ...base(e, k), type: 'partnership', institutionId: null, institutionKey: null, institution: null, institutionKind: null, settlement: null, settlementKey: null,
        region: null, severity: null, cause: null, killed: null, injured: null,
        parties: p.parties.map((name, i) => ({ id: idOf(p.partyKeys[i]), name, fold: foldText(name) })), agreementKind: p.kind, status: p.status,
      });
    }
  });
  return out;
}

function scores(tp: number, truePairs: number, predictedPairs: number, pairs: number): PairScores {
  const precision = predictedPairs ? tp / predictedPairs : null;
  const recall = truePairs ? tp / truePairs : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { pairs, truePairs, predictedPairs, tp, precision, recall, f1 };
}

/**
 * Scores the pairs of a labelled set. The dev figure clusters the dev items alone, so it never
 * depends on what the holdout holds (a holdout report could otherwise chain two dev reports); the
 * holdout figure clusters every item together, as a store holds them. `devOnly` skips the holdout
 * (its items are not analysed, its figure is n/a): the run to tune on.
 */
export function evaluateIncidents(all: IncidentItem[], opts: { devOnly?: boolean } = {}): IncidentEvalReport {
  const dev = all.filter((x) => x.part === 'dev');
  const devRun = clusterItems(dev);
  const fullRun = opts.devOnly ? null : clusterItems(all);
  const count = { dev: { tp: 0, t: 0, p: 0, n: 0 }, holdout: { tp: 0, t: 0, p: 0, n: 0 } };
  const misses: IncidentEvalReport['misses'] = [];
  const classes: IncidentEvalReport['classes'] = { dev: {}, holdout: {} };
  const tally = (items: IncidentItem[], clustersOfItem: Set<number>[], lines: Record<string, ReportLine[]>, which: 'dev' | 'holdout') => {
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const isDev = items[i].part === 'dev' && items[j].part === 'dev';
        if (isDev !== (which === 'dev')) continue;
        const c = count[which];
        const truth = items[i].incident === items[j].incident;
        const predicted = [...clustersOfItem[i]].some((x) => clustersOfItem[j].has(x));
        c.n++;
        if (truth) c.t++;
        if (predicted) c.p++;
        if (truth && predicted) c.tp++;
        if (truth !== predicted) {
          misses.push({ a: items[i].file, b: items[j].file, kind: truth ? 'missed' : 'false' });
          const k = `${truth ? 'missed' : 'false'}: ${pairClass(lines[items[i].file] ?? [], lines[items[j].file] ?? [])}`;
          classes[which][k] = (classes[which][k] ?? 0) + 1;
        }
      }
    }
  };
  tally(dev, devRun.clustersOfItem, devRun.lines, 'dev');
  if (fullRun) tally(all, fullRun.clustersOfItem, fullRun.lines, 'holdout');
  const items = opts.devOnly ? dev : all;
  const noEvent = (fullRun ?? devRun).noEvent;
  return {
    items: { dev: dev.length, holdout: opts.devOnly ? 0 : all.length - dev.length },
    incidents: new Set(items.map((x) => x.incident)).size,
    dev: scores(count.dev.tp, count.dev.t, count.dev.p, count.dev.n),
    holdout: scores(count.holdout.tp, count.holdout.t, count.holdout.p, count.holdout.n),
    noEvent,
    misses,
    reports: devRun.lines,
    classes: opts.devOnly ? { dev: classes.dev, holdout: {} } : classes,
  };
}

/**
 * The class of an erring pair, from what its two items reported: no clusterable event on one or
 * both sides; else, per type, whether both, one or neither has a full day, how many name their
 * institution and whether a key is shared, and whether their settlements are the same place.
 */
export function pairClass(a: ReportLine[], b: ReportLine[]): string {
  if (a.length === 0 || b.length === 0) return a.length === 0 && b.length === 0 ? 'no event on either side' : 'no event on one side';
  const types = new Set([...a, ...b].map((l) => l.type));
  if (types.size > 1) return 'a damage and a partnership report';
  if (types.has('partnership')) {
    const names = (ls: ReportLine[]) => new Set(ls.flatMap((l) => l.parties.map((p) => p.toLowerCase())));
    const nb = names(b);
    const common = [...names(a)].filter((p) => nb.has(p)).length;
    return `partnership, ${Math.min(common, 2)}${common >= 2 ? '+' : ''} parties in common (by name)`;
  }
  const full = (ls: ReportLine[]) => ls.some((l) => l.day !== null && /^\d{4}-\d{2}-\d{2}/.test(l.day));
  const days = [full(a), full(b)].filter(Boolean).length;
  const named = [a, b].filter((ls) => ls.some((l) => l.institutionKey !== null)).length;
  const sameKey = a.some((x) => x.institutionKey !== null && b.some((y) => y.institutionKey === x.institutionKey));
  const sameSettlement = a.some((x) => x.settlementKey !== null && b.some((y) => y.settlementKey === x.settlementKey));
  const settled = a.some((x) => x.settlementKey !== null) && b.some((y) => y.settlementKey !== null);
  return `damage, days known ${days}/2, named ${named}/2${sameKey ? ' (one key)' : ''}, settlement ${sameSettlement ? 'same' : settled ? 'differs' : 'missing'}`;
}

/** The pair classes of a report as a table, most frequent first. */
export function formatIncidentClasses(r: IncidentEvalReport): string {
  const out = ['Missed and false pairs by class (counts only, no text)'];
  for (const which of ['dev', 'holdout'] as const) {
    const c = r.classes[which];
    const keys = Object.keys(c).sort((x, y) => c[y] - c[x] || x.localeCompare(y));
    out.push(`  ${which}${keys.length ? '' : ': none'}`);
    for (const k of keys) out.push(`    ${String(c[k]).padStart(5)}  ${k}`);
  }
  return out.join('\n');
}

function clusterItems(items: IncidentItem[]): { clustersOfItem: Set<number>[]; noEvent: string[]; lines: Record<string, ReportLine[]> } {
  const ids = new Map<string, number>();
  const reports: Report[] = [];
  const noEvent: string[] = [];
  const lines: Record<string, ReportLine[]> = {};
  items.forEach((item, i) => {
    const doc = analyze({ text: item.text, url: item.url, published: item.published });
    const rs = reportsOf(item, i + 1, doc.events, ids);
    if (rs.length === 0) noEvent.push(item.file);
    reports.push(...rs);
    lines[item.file] = rs.map((r) => ({
      type: r.type, institution: r.institution, institutionKey: r.institutionKey, kind: r.institutionKind, settlement: r.settlement, settlementKey: r.settlementKey,
      date: r.date, day: r.day, monthDay: r.monthDay ?? null, severity: r.severity, cause: r.cause, parties: r.parties.map((p) => p.name),
    }));
  });
  const clusterOf = new Map<number, number>();
  components(reports).forEach((c, n) => c.eventIds.forEach((id) => clusterOf.set(id, n)));
  const clustersOfItem = items.map((_, i) => new Set(reports.filter((r) => r.documentId === i + 1).map((r) => clusterOf.get(r.eventId)!)));
  return { clustersOfItem, noEvent, lines };
}

const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

export function formatIncidentReport(r: IncidentEvalReport): string {
  const line = (name: string, s: PairScores) =>
    `  ${name.padEnd(8)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}   (${s.tp} of ${s.truePairs} same-incident pairs found, ${s.predictedPairs} predicted, ${s.pairs} pairs)`;
  return [
    `Incident clustering, pairs of real reports (test/incidents: ${r.items.dev} dev + ${r.items.holdout} holdout items, ${r.incidents} incidents)`,
    line('dev', r.dev),
    r.items.holdout ? line('holdout', r.holdout) : '  holdout  not run (--dev-only)',
    `  items with no clusterable event: ${r.noEvent.length}${r.noEvent.length ? ` (${r.noEvent.join(', ')})` : ''}`,
  ].join('\n');
}

/** One event as --verbose prints it: what the pair rules compare. */
export function formatReportLine(l: ReportLine): string {
  const v = (x: string | null) => x ?? '-';
  if (l.type === 'partnership') return `partnership parties=[${l.parties.join(' | ')}] day=${v(l.day)}${l.date ? '' : ' (published)'}`;
  return `damage ${v(l.kind)} "${v(l.institution)}" key=${v(l.institutionKey)} settlement="${v(l.settlement)}" (${v(l.settlementKey)}) day=${v(l.day)}${l.date ? '' : ' (published)'}${l.monthDay ? ` monthDay=${l.monthDay}` : ''} severity=${v(l.severity)} cause=${v(l.cause)}`;
}

/** The dev errors: each false or missed pair, then what each item in them reported. */
export function formatDevErrors(r: IncidentEvalReport): string {
  const dev = r.misses.filter((m) => m.a.startsWith('dev/') && m.b.startsWith('dev/'));
  const out: string[] = [`dev errors: ${dev.filter((m) => m.kind === 'false').length} false pairs, ${dev.filter((m) => m.kind === 'missed').length} missed pairs`];
  for (const m of dev) out.push(`${m.kind === 'false' ? 'false ' : 'missed'}: ${m.a} ~ ${m.b}`);
  const files = [...new Set(dev.flatMap((m) => [m.a, m.b]))].sort();
  if (files.length) out.push('what those items reported:');
  for (const f of files) {
    const ls = r.reports[f] ?? [];
    out.push(`  ${f}: ${ls.length ? '' : 'no clusterable event'}`);
    for (const l of ls) out.push(`    ${formatReportLine(l)}`);
  }
  return out.join('\n');
}

export function defaultIncidentFloors(): string {
  return join(projectRoot(), 'scripts', 'eval-floors-incidents.json');
}

/** Dev figures below their floors, as messages. */
export function incidentFloorFailures(r: IncidentEvalReport, floorsFile = defaultIncidentFloors()): string[] {
  const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, number>;
  const out: string[] = [];
  for (const m of ['precision', 'recall', 'f1'] as const) {
    const floor = floors[m];
    const v = r.dev[m];
    if (typeof floor === 'number' && (v === null || v < floor)) out.push(`incidents dev ${m} ${fmt(v)} < ${floor}`);
  }
  return out;
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({ options: { dir: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' }, classes: { type: 'boolean' }, 'no-floors': { type: 'boolean' }, 'dev-only': { type: 'boolean' } } }));
  } catch (err) {
    process.stderr.write(`eval-incidents: ${(err as Error).message}\nusage: node dist/scripts/eval-incidents.js [--dir DIR] [--json] [--verbose] [--classes] [--dev-only] [--no-floors]\n`);
    return 2;
  }
  let report: IncidentEvalReport;
  try {
    report = evaluateIncidents(loadIncidentSet(values.dir ? resolve(values.dir) : defaultIncidentDir(), values['dev-only'] ? ['dev'] : undefined), { devOnly: values['dev-only'] });
  } catch (err) {
    process.stderr.write(`eval-incidents: ${(err as Error).message}\n`);
    return 2;
  }
  const failed = values['no-floors'] ? [] : incidentFloorFailures(report);
  if (values.json) process.stdout.write(`${JSON.stringify({ ...report, failed }, null, 2)}\n`);
  else {
    process.stdout.write(`${formatIncidentReport(report)}\n`);
    // Only dev pairs: the holdout's errors are not read (they would be tuned on).
    if (values.classes) process.stdout.write(`${formatIncidentClasses(report)}\n`);
    if (values.verbose) process.stdout.write(`${formatDevErrors(report)}\n`);
  }
  if (failed.length) {
    process.stderr.write(`eval-incidents: below the floor: ${failed.join('; ')}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
