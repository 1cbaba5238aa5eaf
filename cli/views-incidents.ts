/**
 * How incidents look on screen and in CSV, and the readable explanation of `evidence --incident N`:
 * the merged incident, its grade with the reasons, and each report with the rule that joined it.
 */
import type { IncidentEvidence, IncidentRow } from '../store/index.js';
import type { Column } from './output.js';

function who(i: IncidentRow): string | null {
  return i.type === 'partnership' ? i.parties : (i.institution ?? i.institutionKind);
}

function what(i: IncidentRow): string {
  if (i.type === 'partnership') return [i.status, i.agreementKind].filter(Boolean).join(', ');
  return [i.severity, i.cause].filter(Boolean).join(', ');
}

export const INCIDENT_COLUMNS: Column<IncidentRow>[] = [
  { header: 'id', value: (i) => i.id, align: 'right' },
  { header: 'handle', value: (i) => i.handle },
  { header: 'date', value: (i) => i.date, max: 10 },
  { header: 'type', value: (i) => i.type },
  { header: 'grade', value: (i) => i.grade },
  { header: 'corroboration', value: (i) => `${i.corroboration}${i.independentSources > 1 ? ` (${i.independentSources})` : ''}` },
  { header: 'institution / parties', value: who, max: 44 },
  { header: 'place', value: (i) => i.settlement, max: 18 },
  { header: 'what', value: what, max: 22 },
  { header: 'reports', value: (i) => i.reports, align: 'right' },
  { header: 'langs', value: (i) => i.languages.join(',') },
  { header: 'events', value: (i) => i.eventIds.join(' '), max: 24 },
];

/** An incident as one flat CSV record (lists joined with " | ", structures as JSON). */
export function incidentCsvRow(i: IncidentRow): Record<string, unknown> {
  return {
    ...i,
    languages: i.languages.join(' | '),
    eventIds: i.eventIds.join(' | '),
    sourceIds: i.sourceIds.join(' | '),
    contradictions: JSON.stringify(i.contradictions),
    merged: JSON.stringify(i.merged),
  };
}

const show = (v: unknown) => (Array.isArray(v) ? v.join(' + ') : v === null || v === undefined ? '—' : String(v));

export function renderIncidentEvidence(ev: IncidentEvidence, b: (t: string) => string, dim: (t: string) => string): string {
  const i = ev.incident;
  const field = (label: string, value: unknown) => (value === null || value === undefined || value === '' ? '' : `  ${dim(label.padEnd(16))}${String(value)}\n`);
  let out = `${b(`Incident #${i.id}`)}${i.handle ? ` ${i.handle}` : ''}  ${i.type}, ${i.reports} report${i.reports === 1 ? '' : 's'} from ${i.sources} source${i.sources === 1 ? '' : 's'} (${i.independentSources} independent), ${i.languages.join(', ') || 'language undetermined'}\n`;
  out += field('Grade', i.grade ? `${i.grade}: source ${i.reliability}, credibility ${i.credibility} (${i.credibilityReason})` : `credibility ${i.credibility} (${i.credibilityReason})`);
  out += field('Corroboration', i.corroboration);
  out += field('Reported', i.firstReported === i.lastReported ? i.firstReported : `${i.firstReported} … ${i.lastReported}`);
  out += `\n${b('Merged')}\n`;
  for (const [name, m] of Object.entries(i.merged)) out += field(name, `${show(m.value)}  ${dim(`(${m.rule}: events ${m.eventIds.join(', ')})`)}`);
  if (i.contradictions.length) {
    out += `\n${b('Reports differ')}\n`;
    for (const c of i.contradictions as { field: string; values: { value: unknown; eventIds: number[] }[] }[]) {
      out += field(c.field, c.values.map((v) => `${show(v.value)} (events ${v.eventIds.join(', ')})`).join('; '));
    }
  }
  out += `\n${b('Reports, and why each joined')}\n`;
  for (const r of ev.reports) {
    const why =
      r.rule === 'first-report'
        ? 'first report'
        : `joined event #${r.joinedTo} by ${r.rule}: ${Object.entries(r.compared).map(([k, [x, y]]) => `${k} ${show(x)} ~ ${show(y)}`).join(', ')}`;
    out += `  ${b(`event #${r.eventId}`)}  ${r.date ?? r.published?.slice(0, 10) ?? '?'}  ${r.lang ?? '?'}  ${r.sourceId} (${r.sourceKind}, ${r.reliability ?? '?'})\n`;
    out += `    ${why}\n`;
    if (!r.independent) out += `    ${dim(`not independent of event #${r.dependsOn}: ${r.dependsWhy}`)}\n`;
    out += `    ${dim(r.documentUrl)}\n    “${r.quote.length > 160 ? `${r.quote.slice(0, 159)}…` : r.quote}”\n`;
  }
  const sources = new Map(ev.reports.map((r) => [r.sourceId, r]));
  out += `\n${b('Sources')}\n`;
  for (const s of sources.values()) out += `  ${s.sourceId}  ${s.reliability ?? '?'}: ${s.reliabilityReason ?? 'not graded'}\n`;
  return out;
}
