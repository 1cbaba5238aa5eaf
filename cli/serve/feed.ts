/**
 * `/feed.atom`: the newest incidents the filters select, as an Atom 1.0 feed (RFC 4287), newest
 * first by when eduwatch first fetched a report of them (what a subscriber has not seen yet), at
 * most FEED_ENTRIES. Entry ids are tag: URIs of the incident's stable handle, so a reader keeps an
 * incident as one entry across rebuilds; text is XML-escaped and stripped of characters XML 1.0
 * does not allow.
 */
import type { WebIncident } from './data.js';

export const FEED_ENTRIES = 50;

/** Text for XML: & < > " ' escaped, characters XML 1.0 forbids (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F) removed. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function entryId(i: WebIncident): string {
  return i.handle ? `tag:eduwatch,2025:incident:${i.handle}` : `tag:eduwatch,2025:incident-id:${i.id}`;
}

function title(i: WebIncident): string {
  const who = i.type === 'partnership' ? (i.parties ?? 'agreement') : (i.institution ?? i.institutionKind ?? 'institution');
  const where = i.place?.name ?? i.settlement ?? i.region;
  return `${i.type === 'damage' ? 'Damage' : 'Partnership'}: ${who}${where ? `, ${where}` : ''}${i.date ? ` (${i.date})` : ''}`;
}

function summary(i: WebIncident): string {
  const what = i.type === 'partnership' ? [i.status, i.agreementKind] : [i.severity, i.cause];
  return [
    what.filter(Boolean).join(', '),
    `grade ${i.grade ?? `credibility ${i.credibility}`}, ${i.corroboration}`,
    `${i.reports} report${i.reports === 1 ? '' : 's'} from ${i.sources} source${i.sources === 1 ? '' : 's'} (${i.sourceIds.join(', ')})`,
    i.languages.length ? `languages ${i.languages.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The feed of these incidents. `origin`: http://HOST:PORT of the server; `self`: the feed's own path and query. */
export function atomFeed(incidents: WebIncident[], origin: string, self: string, now: Date): string {
  const newest = [...incidents]
    .sort((a, b) => (b.firstFetched ?? '').localeCompare(a.firstFetched ?? '') || b.id - a.id)
    .slice(0, FEED_ENTRIES);
  const updated = newest.reduce((m, i) => ((i.lastFetched ?? '') > m ? (i.lastFetched ?? '') : m), '') || now.toISOString();
  const entries = newest.map((i) => {
    const link = `${origin}/incident/${i.id}`;
    const published = i.firstFetched ?? updated;
    return `  <entry>
    <id>${xmlText(entryId(i))}</id>
    <title type="text">${xmlText(title(i))}</title>
    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>
    <published>${xmlText(published)}</published>
    <updated>${xmlText(i.lastFetched ?? published)}</updated>
    <category term="${i.type}"/>
    <summary type="text">${xmlText(summary(i))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(`tag:eduwatch,2025:feed${self.includes('?') ? self.slice(self.indexOf('?')) : ''}`)}</id>
  <title type="text">eduwatch: newest incidents</title>
  <subtitle type="text">${incidents.length} incident${incidents.length === 1 ? '' : 's'} match${incidents.length === 1 ? 'es' : ''}; the newest ${newest.length} by first fetch</subtitle>
  <updated>${xmlText(updated)}</updated>
  <author><name>eduwatch</name></author>
  <generator>eduwatch serve</generator>
  <link rel="self" type="application/atom+xml" href="${xmlText(origin + self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(`${origin}/${self.includes('?') ? self.slice(self.indexOf('?')) : ''}`)}"/>
${entries.join('\n')}
</feed>
`;
}
