/**
 * An incident's stable handle, e.g. "D20251022-3fa9c1d2": what a README, a demo line or an
 * analyst's note can name, the same every run. The numeric id is the store's row number, given in
 * the order events arrive (a crawl's order varies); the handle depends only on the reports.
 *
 * It is taken from one report, the anchor: the earliest published (else the earliest day), then the
 * smallest URL, then the first event in its document. So it changes only when a report published
 * earlier joins later (a back-filled archive), never when later reports join or ids are renumbered.
 *   D | P            damage | partnership
 *   YYYYMMDD         the anchor's publication day (else its event's day; "undated")
 *   8 hex            SHA-256 of the anchor's URL without scheme and port (so http -> https, or a
 *                    demo site on another port, keeps it) and the event's place in the document
 */
import { createHash } from 'node:crypto';
import type { Report } from './_rules.js';

export const HANDLE_PATTERN = /^[DP](\d{8}|undated)-[0-9a-f]{8}$/;

function anchorDay(r: Report): string | null {
  const d = r.published?.slice(0, 10) ?? r.day?.slice(0, 10) ?? null;
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** The URL as the handle hashes it: host, path and query ("http://127.0.0.1:47801/a?b" -> "127.0.0.1/a?b"). */
function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

export function incidentHandle(reports: Report[]): string {
  const key = (r: Report) => [anchorDay(r) ?? '9999-99-99', r.url, String(r.position).padStart(6, '0')].join('\u0000');
  const anchor = reports.reduce((a, b) => (key(b) < key(a) ? b : a));
  const day = anchorDay(anchor);
  const hash = createHash('sha256').update(`${urlKey(anchor.url)}#${anchor.position}`).digest('hex').slice(0, 8);
  return `${anchor.type === 'damage' ? 'D' : 'P'}${day ? day.replace(/-/g, '') : 'undated'}-${hash}`;
}
