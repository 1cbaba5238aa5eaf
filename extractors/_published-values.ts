/**
 * Reading the date values pages write for machines: ISO and compact timestamps, slashed dates, RFC
 * 822, dates with month names; whether a timestamp is in UTC or in a local offset; JSON-LD as pages
 * write it.
 */
import { exists, isoDate } from './_date-calendar.js';
import { extractDates } from './dates.js';
import { monthNameDate } from './_published-months.js';

/**
 * A machine-written date value (ISO timestamp, YYYYMMDD, "2020/10/04 15:05:21", RFC 822,
 * "18.07.2022", "2020年7月15日 11時00分") → YYYY-MM-DD, as written.
 */
export function normaliseValue(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const ymd = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(s);
  if (ymd) return exists(+ymd[1], +ymd[3], +ymd[4]) ? isoDate(+ymd[1], +ymd[3], +ymd[4]) : null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{6}$)/.exec(s);
  if (compact) return exists(+compact[1], +compact[2], +compact[3]) ? isoDate(+compact[1], +compact[2], +compact[3]) : null;
  const head = s.slice(0, 200);
  const tag = extractDates(head, { lang: null, published: null }).find((t) => t.value.length === 10);
  return tag ? tag.value : (monthNameDate(head)?.value ?? null);
}

/**
 * The hour of a timestamp in UTC (a time of day followed by Z, +00:00 / +0000, GMT or UTC:
 * "2020-02-18T02:18:11Z", "20200414T00:38:07Z", "Tue, 19 Nov 2019 03:00:00 +0000"), else null. Its
 * date is the UTC day, not necessarily the publisher's.
 */
export function utcHour(raw: string): number | null {
  const m = /(\d{1,2}):\d{2}(?::\d{1,2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)(?![A-Za-z\d])/i.exec(raw);
  return m ? Number(m[1]) : null;
}

/** True when `raw` is a timestamp with a non-zero UTC offset ("2020-06-03T03:01+0400"): its date is the publisher's day. */
export function hasLocalOffset(raw: string): boolean {
  const m = /\d{1,2}:\d{2}(?::\d{1,2}(?:\.\d+)?)?\s*([+-])(\d{2}):?(\d{2})(?!\d)/.exec(raw);
  return m !== null && (m[2] !== '00' || m[3] !== '00');
}

/** JSON-LD as pages write it: with HTML comment or CDATA wrappers, JavaScript comments, trailing commas. */
export function parseJsonLd(script: string): unknown {
  const text = script.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    // Drop // and /* */ comments outside strings, then commas before } or ].
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        let j = i + 1;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        out += text.slice(i, j + 1);
        i = j;
      } else if (c === '/' && text[i + 1] === '/') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 1;
      } else out += c;
    }
    try {
      return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}
