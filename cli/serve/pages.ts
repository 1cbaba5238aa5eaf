/**
 * The HTML of `eduwatch serve`: plain server-rendered pages, no script. Every value from the
 * store is escaped (htmlEscape); only http(s) URLs become links to other sites, with
 * rel="noopener noreferrer". Styles come from /style.css (the CSP allows 'self' styles only).
 */
import type { DB, Evidence, IncidentEvidence } from '../../store/index.js';
import { getEvidence } from '../../store/index.js';
import { LANGS } from '../../types.js';
import { htmlEscape as h } from '../digest-render.js';
import { filterQuery, weeklyCounts, type FilterChoices, type InstitutionPage, type WebFilters, type WebIncident } from './data.js';
import { mapSvg } from './map.js';

export const STYLE = `
:root{--damage:#c0392b;--partnership:#1f6fb2;--ink:#1b1b1b;--dim:#666;--line:#ddd}
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:var(--ink);background:#fafafa}
header.top{background:#22313f;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:baseline}
header.top a{color:#fff;text-decoration:none}header.top .brand{font-weight:700;font-size:1.1em}
main{max-width:76em;margin:0 auto;padding:1em 1.2em 3em}
h1{font-size:1.4em;margin:.4em 0}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid var(--line)}
table{border-collapse:collapse;font-size:.92em;margin:.4em 0}th,td{border-bottom:1px solid var(--line);padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right}
form.filters{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:end;background:#fff;border:1px solid var(--line);padding:.6em .8em;margin:.6em 0}
form.filters label{display:flex;flex-direction:column;font-size:.85em;color:var(--dim)}
form.filters input,form.filters select{font:inherit;font-size:.95em;min-width:7em}
svg.map{max-width:100%;height:auto;background:#fff;border:1px solid var(--line)}
svg.map .sea{fill:#eaf2f8}svg.map .land path{fill:#f4f1ea;stroke:#9a9a9a;stroke-width:.6}
svg.map .dot circle{stroke:#fff;stroke-width:1.5;fill-opacity:.9}svg.map .dot.damage circle{fill:var(--damage)}
svg.map .dot.partnership circle{fill:var(--partnership)}svg.map .dot:hover circle{stroke:#000;stroke-width:2}svg.map .hub{fill:#333}
svg.timeline{max-width:100%;height:auto;background:#fff;border:1px solid var(--line)}
svg.timeline .damage{fill:var(--damage)}svg.timeline .partnership{fill:var(--partnership)}svg.timeline text{font-size:11px;fill:#444}
svg.timeline .axis{stroke:#999}
.legend span{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 1em;vertical-align:middle}
.legend .damage{background:var(--damage)}.legend .partnership{background:var(--partnership)}
.kv{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em}.kv dt{color:var(--dim)}.kv dd{margin:0}
.report{background:#fff;border:1px solid var(--line);padding:.6em 1em;margin:.8em 0}
.paragraph{background:#fcfcf7;border-left:3px solid #ccc;padding:.4em .8em;white-space:pre-wrap}
mark{background:#ffe66d;padding:0 .1em}
code,.hash{font-family:ui-monospace,monospace;font-size:.88em;word-break:break-all}
.dim{color:var(--dim)}.bad{color:#a00}
iframe.archive{width:100%;height:70vh;border:1px solid #999;background:#fff}
`;

const dash = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : h(String(v)));

/** A link to another site, only for http(s) URLs; anything else is shown as text. */
export function extLink(url: string, label = url): string {
  return /^https?:\/\//i.test(url) ? `<a href="${h(url)}" rel="noopener noreferrer">${h(label)}</a>` : `${h(label)}${label === url ? '' : ` (${h(url)})`}`;
}

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)} · eduwatch</title><link rel="stylesheet" href="/style.css"></head>
<body><header class="top"><a class="brand" href="/">eduwatch</a><a href="/">Map &amp; timeline</a><a href="/feed.atom">Atom feed</a><span class="dim">read-only view</span></header>
<main>${body}</main></body></html>
`;
}

function who(i: WebIncident): string {
  return i.type === 'partnership' ? (i.parties ?? '') : (i.institution ?? i.institutionKind ?? '');
}

function placeText(i: WebIncident): string {
  if (i.place) return `${i.place.name}${i.place.regionName && i.place.kind !== 'region' ? `, ${i.place.regionName}` : ''}`;
  return [i.settlement, i.region].filter(Boolean).join(', ');
}

function select(name: string, label: string, current: string | undefined, options: { value: string; label: string }[]): string {
  const opts = [`<option value="">any</option>`, ...options.map((o) => `<option value="${h(o.value)}"${o.value === current ? ' selected' : ''}>${h(o.label)}</option>`)];
  return `<label>${h(label)}<select name="${h(name)}">${opts.join('')}</select></label>`;
}

function filterForm(f: WebFilters, choices: FilterChoices): string {
  const text = (name: keyof WebFilters, label: string, placeholder: string) =>
    `<label>${h(label)}<input name="${name}" value="${h(String(f[name] ?? ''))}" placeholder="${h(placeholder)}"></label>`;
  return `<form class="filters" method="get" action="/">
${select('type', 'type', f.type, [{ value: 'damage', label: 'damage' }, { value: 'partnership', label: 'partnership' }])}
${select('country', 'country', f.country, choices.countries.map((c) => ({ value: c, label: c })))}
${select('region', 'region', f.region, choices.regions.map((r) => ({ value: r.id, label: r.name })))}
${select('kind', 'institution kind', f.kind, choices.kinds.map((k) => ({ value: k, label: k })))}
${text('from', 'from', 'YYYY-MM-DD')}${text('to', 'to', 'YYYY-MM-DD')}${text('min-grade', 'min grade', 'e.g. B2')}
${select('lang', 'language', f.lang, [...LANGS, 'other'].map((l) => ({ value: l, label: l })))}
${select('source', 'source', f.source?.[0], choices.sources.map((s) => ({ value: s.id, label: `${s.id} (${s.name})` })))}
<button type="submit">Filter</button> <a href="/">clear</a></form>`;
}

/** Incidents per ISO week, stacked by kind, as SVG bars, with the counts as a table beside it. */
export function timelineSvg(incidents: WebIncident[]): string {
  const { weeks, undated } = weeklyCounts(incidents);
  if (weeks.length === 0) return `<p class="dim">No dated incidents${undated ? ` (${undated} undated)` : ''}.</p>`;
  const W = 960;
  const H = 190;
  const left = 28;
  const bottom = 34;
  const max = Math.max(1, ...weeks.map((w) => w.damage + w.partnership));
  const slot = (W - left - 8) / weeks.length;
  const bar = Math.max(2, Math.min(40, slot * 0.8));
  const y = (n: number) => ((H - bottom - 12) * n) / max;
  const every = Math.max(1, Math.ceil(weeks.length / 14));
  const parts: string[] = [];
  weeks.forEach((w, k) => {
    const x = left + k * slot + (slot - bar) / 2;
    const base = H - bottom;
    const d = y(w.damage);
    const p = y(w.partnership);
    const title = `${w.week} (from ${w.monday}): ${w.damage} damage, ${w.partnership} partnership`;
    parts.push(`<g data-week="${w.week}"><title>${h(title)}</title>`);
    if (w.damage) parts.push(`<rect class="damage" x="${x.toFixed(1)}" y="${(base - d).toFixed(1)}" width="${bar.toFixed(1)}" height="${d.toFixed(1)}"/>`);
    if (w.partnership) parts.push(`<rect class="partnership" x="${x.toFixed(1)}" y="${(base - d - p).toFixed(1)}" width="${bar.toFixed(1)}" height="${p.toFixed(1)}"/>`);
    parts.push('</g>');
    if (k % every === 0) parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${H - bottom + 14}" text-anchor="middle">${h(w.week.slice(5))}</text><text x="${(x + bar / 2).toFixed(1)}" y="${H - bottom + 27}" text-anchor="middle">${h(w.monday.slice(5))}</text>`);
  });
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const axis = ticks.map((t) => `<text x="${left - 6}" y="${(H - bottom - y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`).join('');
  const svg =
    `<svg class="timeline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Incidents per ISO week by kind">` +
    `<line class="axis" x1="${left}" y1="${H - bottom}" x2="${W - 4}" y2="${H - bottom}"/>${axis}${parts.join('')}</svg>`;
  const rows = weeks
    .filter((w) => w.damage + w.partnership > 0)
    .map((w) => `<tr><td>${h(w.week)}</td><td>${h(w.monday)}</td><td class="n">${w.damage}</td><td class="n">${w.partnership}</td></tr>`)
    .join('');
  return `${svg}<p class="legend"><span class="damage"></span>damage<span class="partnership"></span>partnership${undated ? ` <span class="dim">· ${undated} undated, not shown</span>` : ''}</p>
<details><summary>Weekly counts</summary><table class="weeks"><tr><th>ISO week</th><th>from</th><th>damage</th><th>partnership</th></tr>${rows}</table></details>`;
}

/** Rows of the incident list at most (the map and the timeline show every incident): a page stays light on a large store. */
export const LIST_ROWS = 1000;

export function indexPage(f: WebFilters, incidents: WebIncident[], choices: FilterChoices, listRows = LIST_ROWS): string {
  const placed = incidents.filter((i) => i.place).length;
  const q = filterQuery(f);
  const listed = incidents.slice(0, listRows);
  const rows = listed
    .map(
      (i) =>
        `<tr data-row="${i.id}"><td><a href="/incident/${i.id}">#${i.id}</a></td><td>${dash(i.date)}</td><td>${h(i.type)}</td><td>${dash(i.grade)}</td><td>${h(i.corroboration)}</td>` +
        `<td>${dash(who(i))}</td><td>${dash(placeText(i))}</td><td>${dash(i.country)}</td><td class="n">${i.reports}</td><td>${h(i.languages.join(', '))}</td></tr>`,
    )
    .join('');
  return layout(
    'Incidents',
    `<h1>Incidents: <span id="count">${incidents.length}</span>${q ? ' (filtered)' : ''}</h1>
${filterForm(f, choices)}
<p class="legend">${placed} on the map${placed < incidents.length ? `; ${incidents.length - placed} without a resolved place are listed below only` : ''}. Every dot opens the incident's evidence.<span class="damage"></span>damage<span class="partnership"></span>partnership · <a href="/feed.atom${h(q)}">Atom feed of these</a></p>
${mapSvg(incidents)}
<h2>Incidents per week</h2>
${timelineSvg(incidents)}
<h2>List</h2>${listed.length < incidents.length ? `\n<p class="legend" id="list-cut">The first ${listed.length} of ${incidents.length} are listed; narrow them with the filters, or see them all with <code>eduwatch query incidents</code>.</p>` : ''}
<table class="incidents"><tr><th>id</th><th>date</th><th>type</th><th>grade</th><th>corroboration</th><th>institution / parties</th><th>place</th><th>country</th><th>reports</th><th>langs</th></tr>${rows}</table>`,
  );
}

function highlighted(ev: Evidence): string {
  const p = ev.paragraph;
  const s = Math.max(0, ev.sentence.start - p.start);
  const e = Math.max(s, Math.min(p.text.length, ev.sentence.end - p.start));
  return `<div class="paragraph">${h(p.text.slice(0, s))}<mark>${h(p.text.slice(s, e))}</mark>${h(p.text.slice(e))}</div>${
    ev.sentence.located === 'missing' ? `<p class="bad">The stored sentence is not in the document's text: “${h(ev.sentence.quote)}”</p>` : ''
  }`;
}

const show = (v: unknown) => (Array.isArray(v) ? v.join(' + ') : v === null || v === undefined ? '—' : String(v));

export function incidentPage(db: DB, ev: IncidentEvidence, place: WebIncident | null, institutionId: number | null = null): string {
  const i = ev.incident;
  const merged = Object.entries(i.merged)
    .map(([name, m]) => `<tr><td>${h(name)}</td><td>${h(show(m.value))}</td><td class="dim">${h(m.rule)}</td><td>${m.eventIds.map((id) => `<a href="#event-${id}">#${id}</a>`).join(' ')}</td></tr>`)
    .join('');
  const contradictions = (i.contradictions as { field: string; values: { value: unknown; eventIds: number[] }[] }[])
    .map((c) => `<li>${h(c.field)}: ${c.values.map((v) => `${h(show(v.value))} (events ${v.eventIds.join(', ')})`).join('; ')}</li>`)
    .join('');
  const reports = ev.reports
    .map((r) => {
      const e = getEvidence(db, r.eventId);
      if (!e) return `<section class="report" id="event-${r.eventId}"><p class="bad">event #${r.eventId} is gone from the store</p></section>`;
      const why =
        r.rule === 'first-report'
          ? 'first report'
          : `joined event <a href="#event-${r.joinedTo}">#${r.joinedTo}</a> by ${h(r.rule)}: ${Object.entries(r.compared).map(([k, [x, y]]) => `${h(k)} ${h(show(x))} ~ ${h(show(y))}`).join(', ')}`;
      const parties = e.participants
        .map((p) => `${h(p.role)}: ${p.institution ? `<a href="/institution/${p.institution.id}">${h(p.name)}</a>${p.institution.kind ? ` <span class="dim">(${h(p.institution.kind)})</span>` : ''}` : h(p.name)}`)
        .join('; ');
      return `<section class="report" id="event-${r.eventId}" data-event="${r.eventId}">
<h3>Event #${r.eventId} · ${h(r.sourceName)} <span class="dim">(${h(r.sourceId)}, ${h(r.sourceKind)}, reliability ${dash(r.reliability)})</span></h3>
<p>${why}${r.independent ? '' : ` · <span class="dim">not independent of event #${r.dependsOn}: ${h(r.dependsWhy ?? '')}</span>`}</p>
${highlighted(e)}
${parties ? `<p>${parties}</p>` : ''}
<dl class="kv">
<dt>Document</dt><dd>${dash(e.document.title)} · lang ${dash(e.document.lang)} · published ${dash(e.document.published)}</dd>
<dt>URL</dt><dd>${extLink(e.document.url)}</dd>
<dt>Fetched</dt><dd>${h(e.fetch.fetchedAt)} · HTTP ${e.fetch.status} · via ${h(e.fetch.via)}${e.fetch.size !== null ? ` · ${e.fetch.size} bytes` : ''}</dd>
<dt>SHA-256</dt><dd class="hash" data-sha256>${dash(e.fetch.sha256)}${e.fetch.bodyIntact === true ? ' <span class="dim">(archived bytes match)</span>' : e.fetch.bodyIntact === false ? ' <span class="bad">(archived bytes do NOT match)</span>' : ''}</dd>
<dt>Archived page</dt><dd><a href="/archive/${e.fetch.id}">fetch #${e.fetch.id}</a> (shown sandboxed, never run)</dd>
<dt>Source grade</dt><dd>${dash(r.reliability)}: ${dash(r.reliabilityReason)}</dd>
</dl></section>`;
    })
    .join('\n');
  const where = place?.place ? `${h(place.place.name)} <span class="dim">(${h(place.place.kind)}, ${place.place.lat.toFixed(3)}, ${place.place.lon.toFixed(3)})</span>` : dash([i.settlement, i.region].filter(Boolean).join(', '));
  return layout(
    `Incident #${i.id}`,
    `<h1>Incident #${i.id} <span class="dim">${dash(i.handle)}</span></h1>
<dl class="kv" id="summary">
<dt>Type</dt><dd>${h(i.type)}</dd>
<dt>Date</dt><dd>${dash(i.date)}</dd>
<dt>Grade</dt><dd id="grade">${i.grade ? `${h(i.grade)}: source ${h(i.reliability ?? '')}, credibility ${i.credibility}` : `credibility ${i.credibility}`} <span class="dim">(${h(i.credibilityReason)})</span></dd>
<dt>Corroboration</dt><dd id="corroboration">${h(i.corroboration)}: ${i.reports} report${i.reports === 1 ? '' : 's'} from ${i.sources} source${i.sources === 1 ? '' : 's'}, ${i.independentSources} independent</dd>
<dt>${i.type === 'partnership' ? 'Parties' : 'Institution'}</dt><dd id="institution">${
      i.type !== 'partnership' && institutionId !== null && i.institution
        ? `<a href="/institution/${institutionId}">${h(i.institution)}</a>${i.institutionKind ? ` <span class="dim">(${h(i.institutionKind)})</span>` : ''}`
        : dash(i.type === 'partnership' ? i.parties : (i.institution ?? i.institutionKind))
    }</dd>
<dt>Place</dt><dd>${where}${place?.country ? ` · ${h(place.country)}` : ''}</dd>
<dt>Languages</dt><dd>${dash(i.languages.join(', '))}</dd>
<dt>Reported</dt><dd>${dash(i.firstReported)}${i.lastReported && i.lastReported !== i.firstReported ? ` … ${h(i.lastReported)}` : ''}</dd>
</dl>
<h2>Merged fields</h2>
<table class="merged"><tr><th>field</th><th>value</th><th>rule</th><th>from events</th></tr>${merged}</table>
${contradictions ? `<h2>Reports differ</h2><ul>${contradictions}</ul>` : ''}
<h2>Reports (${ev.reports.length})</h2>
${reports}`,
  );
}

export function institutionPage(p: InstitutionPage): string {
  const events = p.events
    .map(
      (e) =>
        `<tr><td>#${e.id}</td><td>${dash(e.date)}</td><td>${h(e.type)}</td><td>${h(e.role)}</td><td>${e.incidentId !== null ? `<a href="/incident/${e.incidentId}">incident #${e.incidentId}</a>` : '—'}</td><td>${h(e.quote.length > 200 ? `${e.quote.slice(0, 199)}…` : e.quote)}</td></tr>`,
    )
    .join('');
  const partners = p.partners
    .map((x) => `<li data-partner="${x.id ?? ''}">${x.id !== null ? `<a href="/institution/${x.id}">${h(x.name)}</a>` : h(x.name)}${x.kind ? ` <span class="dim">(${h(x.kind)})</span>` : ''}: ${x.events.length} agreement${x.events.length === 1 ? '' : 's'} (events ${x.events.map((id) => `#${id}`).join(', ')})</li>`)
    .join('');
  return layout(
    p.name,
    `<h1>${h(p.name)} <span class="dim">${dash(p.kind)}</span></h1>
<dl class="kv"><dt>Key</dt><dd><code>${h(p.key)}</code></dd><dt>Mentions</dt><dd>${p.mentions} in ${p.documents} document${p.documents === 1 ? '' : 's'}</dd></dl>
<h2>Names (${p.names.length})</h2><ul class="names">${p.names.map((n) => `<li>${h(n)}</li>`).join('')}</ul>
<h2>Partners (${p.partners.length})</h2>${partners ? `<ul class="partners">${partners}</ul>` : '<p class="dim">No partnership recorded.</p>'}
<h2>Events (${p.events.length})</h2><table class="events"><tr><th>event</th><th>date</th><th>type</th><th>role</th><th>incident</th><th>sentence</th></tr>${events}</table>`,
  );
}

/** A fetch as the archive page shows it: the evidence chain's fetch fields, its content type and documents. */
export interface FetchInfo extends Pick<Evidence['fetch'], 'id' | 'fetchedAt' | 'requestedUrl' | 'finalUrl' | 'status' | 'sha256' | 'size' | 'encoding'> {
  contentType: string | null;
  documents: { id: number; title: string | null }[];
}

export function archivePage(f: FetchInfo, hasBody: boolean, hasRendered = false): string {
  return layout(
    `Fetch #${f.id}`,
    `<h1>Archived page: fetch #${f.id}</h1>
<dl class="kv">
<dt>Requested</dt><dd>${extLink(f.requestedUrl)}</dd>
${f.finalUrl !== f.requestedUrl ? `<dt>Final URL</dt><dd>${extLink(f.finalUrl)}</dd>` : ''}
<dt>Fetched</dt><dd>${h(f.fetchedAt)} · HTTP ${f.status}${f.size !== null ? ` · ${f.size} bytes` : ''} · ${dash(f.contentType)}</dd>
<dt>SHA-256</dt><dd class="hash">${dash(f.sha256)}</dd>
</dl>
${
  hasBody
    ? `<p>The page as archived, sandboxed: no script runs and nothing loads from other sites. <a href="/archive/${f.id}/text">As plain text</a> · <a href="/archive/${f.id}/raw">alone</a></p>
<iframe class="archive" sandbox src="/archive/${f.id}/raw" title="archived page of fetch ${f.id}" referrerpolicy="no-referrer"></iframe>`
    : '<p class="dim">No bytes are archived for this fetch.</p>'
}${
  hasRendered
    ? `<h2>As the browser rendered it</h2><p>This page was fetched with Chromium; its DOM after the page's own scripts ran at fetch time (what the extractors read), sandboxed the same way. <a href="/archive/${f.id}/rendered">alone</a></p>
<iframe class="archive" sandbox src="/archive/${f.id}/rendered" title="rendered page of fetch ${f.id}" referrerpolicy="no-referrer"></iframe>`
    : ''
}`,
  );
}

export function notFoundPage(what: string): string {
  return layout('Not found', `<h1>Not found</h1><p>${h(what)}</p><p><a href="/">Back to the map</a></p>`);
}
