/**
 * The digest (store/digest.ts) as Markdown (tables an analyst pastes into a report) or as one
 * self-contained HTML page (inline style, no scripts, no outside resources). Every value from the
 * store is escaped: in Markdown, characters that would start markup (| * _ [ ] < > ` \ and line
 * breaks) are backslash-escaped or flattened; in HTML, & < > " ' become entities, and only http(s)
 * URLs become links.
 */
import type { Digest, DigestDocument, DigestIncident, DigestPartnership, DigestSource } from '../store/digest.js';
import { terminalSafeDeep } from './output.js';

/** The digest with control characters (and bidi overrides) removed from every string: a page's ESC or U+202E reaches no report. */
export function cleanDigest(d: Digest): Digest {
  return terminalSafeDeep(d);
}

const when = (iso: string) => iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);

/** Markdown text for a table cell: no line breaks, markup characters escaped. */
export function mdEscape(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|#!~&]/g, (c) => `\\${c}`);
}

const mdUrl = (url: string) => (/^https?:\/\//i.test(url) ? url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c)) : null);

function mdLink(label: string, url: string): string {
  const u = mdUrl(url);
  return u ? `[${mdEscape(label)}](${u})` : `${mdEscape(label)} (${mdEscape(url)})`;
}

function mdTable(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

const what = (i: DigestIncident) => dash(i.institution ?? i.institutionKind);
const where = (i: DigestIncident) => dash([i.settlement, i.region].filter(Boolean).join(', '));

function mdReports(docs: DigestDocument[], onlyNew?: boolean): string {
  const list = onlyNew === undefined ? docs : docs.filter((d) => d.new === onlyNew);
  return list.length ? list.map((d) => mdLink(d.sourceName, d.url)).join(', ') : '—';
}

export function digestMarkdown(d: Digest): string {
  const out: string[] = [];
  out.push(`# eduwatch digest: new since ${when(d.since)}${d.sinceGiven.toLowerCase() === 'last-run' ? ' (the latest crawl run)' : ''}\n`);
  const runs = d.runs.length ? d.runs.map((r) => `run ${r.id} (${when(r.startedAt)}, ${mdEscape(r.status)})`).join('; ') : 'no crawl run started since then';
  out.push(`${d.counts.documents} new document${d.counts.documents === 1 ? '' : 's'}, ${d.counts.events} event${d.counts.events === 1 ? '' : 's'}; ${runs}. Written ${when(d.generatedAt)}. "New" means first fetched by eduwatch since then, whatever the event's date.\n`);

  out.push(`## New incidents (${d.newIncidents.length})\n`);
  out.push(
    d.newIncidents.length
      ? mdTable(
          ['handle', 'grade', 'date', 'institution', 'settlement', 'severity', 'reports'],
          d.newIncidents.map((i) => [mdEscape(dash(i.handle)), mdEscape(dash(i.grade)), mdEscape(dash(i.date)), mdEscape(what(i)), mdEscape(where(i)), mdEscape(dash(i.severity)), mdReports(i.documents)]),
        )
      : 'None.\n',
  );
  out.push(`## Incidents that gained corroboration (${d.corroborated.length})\n`);
  out.push(
    d.corroborated.length
      ? mdTable(
          ['handle', 'type', 'grade', 'date', 'institution', 'settlement', 'new reports', 'earlier reports'],
          d.corroborated.map((i) => [
            mdEscape(dash(i.handle)),
            i.type,
            mdEscape(dash(i.grade)),
            mdEscape(dash(i.date)),
            mdEscape(i.type === 'partnership' ? dash(i.parties.join('; ')) : what(i)),
            mdEscape(where(i)),
            mdReports(i.documents, true),
            mdReports(i.documents, false),
          ]),
        )
      : 'None.\n',
  );
  out.push(`## New partnerships (${d.newPartnerships.length})\n`);
  out.push(
    d.newPartnerships.length
      ? mdTable(
          ['date', 'parties', 'kind', 'status', 'place', 'handle', 'reports'],
          d.newPartnerships.map((p) => [
            mdEscape(dash(p.date)),
            mdEscape(dash(p.parties.join('; '))),
            mdEscape(dash(p.kind)),
            mdEscape(dash(p.status)),
            mdEscape(dash(p.place)),
            mdEscape(dash(p.handle)),
            mdReports(p.documents),
          ]),
        )
      : 'None.\n',
  );
  out.push(`## Broken sources (${d.brokenSources.length})\n`);
  out.push(
    d.brokenSources.length
      ? mdTable(
          ['source', 'latest run', 'documents', 'problems'],
          d.brokenSources.map((s) => [
            `${mdEscape(s.name)} (${mdEscape(s.id)})`,
            s.lastRun ? `${s.lastRun.runId}: ${mdEscape(s.lastRun.status)}, ${when(s.lastRun.startedAt)}` : 'never run',
            String(s.documents),
            mdEscape(s.problems.join('; ')),
          ]),
        )
      : 'None.\n',
  );
  return out.join('\n');
}

/** HTML text with & < > " ' as entities. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const h = htmlEscape;

function htmlLink(label: string, url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${h(url)}" rel="noopener noreferrer">${h(label)}</a>` : `${h(label)} (${h(url)})`;
}

function htmlReports(docs: DigestDocument[], onlyNew?: boolean): string {
  const list = onlyNew === undefined ? docs : docs.filter((d) => d.new === onlyNew);
  return list.length ? list.map((d) => htmlLink(d.sourceName, d.url) + (d.title ? `<br><small>${h(d.title)}</small>` : '')).join('<br>') : '—';
}

function htmlTable(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>None.</p>\n';
  return `<table>\n<thead><tr>${headers.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody>\n</table>\n`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#111}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2}small{color:#555}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}`;

export function digestHtml(d: Digest): string {
  const title = `eduwatch digest: new since ${when(d.since)}`;
  const runs = d.runs.length ? d.runs.map((r) => `run ${r.id} (${when(r.startedAt)}, ${r.status})`).join('; ') : 'no crawl run started since then';
  const sections: string[] = [];
  sections.push(`<h2>New incidents (${d.newIncidents.length})</h2>\n` + htmlTable(
    ['handle', 'grade', 'date', 'institution', 'settlement', 'severity', 'reports'],
    d.newIncidents.map((i: DigestIncident) => [h(dash(i.handle)), h(dash(i.grade)), h(dash(i.date)), h(what(i)), h(where(i)), h(dash(i.severity)), htmlReports(i.documents)]),
  ));
  sections.push(`<h2>Incidents that gained corroboration (${d.corroborated.length})</h2>\n` + htmlTable(
    ['handle', 'type', 'grade', 'date', 'institution', 'settlement', 'new reports', 'earlier reports'],
    d.corroborated.map((i) => [
      h(dash(i.handle)), h(i.type), h(dash(i.grade)), h(dash(i.date)),
      h(i.type === 'partnership' ? dash(i.parties.join('; ')) : what(i)), h(where(i)),
      htmlReports(i.documents, true), htmlReports(i.documents, false),
    ]),
  ));
  sections.push(`<h2>New partnerships (${d.newPartnerships.length})</h2>\n` + htmlTable(
    ['date', 'parties', 'kind', 'status', 'place', 'handle', 'reports'],
    d.newPartnerships.map((p: DigestPartnership) => [h(dash(p.date)), h(dash(p.parties.join('; '))), h(dash(p.kind)), h(dash(p.status)), h(dash(p.place)), h(dash(p.handle)), htmlReports(p.documents)]),
  ));
  sections.push(`<h2>Broken sources (${d.brokenSources.length})</h2>\n` + htmlTable(
    ['source', 'latest run', 'documents', 'problems'],
    d.brokenSources.map((s: DigestSource) => [
      `${h(s.name)} (${h(s.id)})`,
      s.lastRun ? h(`${s.lastRun.runId}: ${s.lastRun.status}, ${when(s.lastRun.startedAt)}`) : 'never run',
      String(s.documents),
      s.problems.map(h).join('<br>'),
    ]),
  ));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${h(title)}${d.sinceGiven.toLowerCase() === 'last-run' ? ' (the latest crawl run)' : ''}</h1>
<p>${d.counts.documents} new document${d.counts.documents === 1 ? '' : 's'}, ${d.counts.events} event${d.counts.events === 1 ? '' : 's'}; ${h(runs)}. Written ${h(when(d.generatedAt))}. “New” means first fetched by eduwatch since then, whatever the event's date.</p>
${sections.join('\n')}</body>
</html>
`;
}
