/**
 * Groups (extractors/_date-groups.ts) to tags: missing years filled from a range partner or the
 * publication date, relative expressions resolved against the publication date, one tag per
 * date (two for a range or a night).
 */
import type { DateHow, DateKind, DateTag } from '../types.js';
import { exists, inferYear, isoDate, isoMonth, shiftAnchor, shiftDays, type Anchor, type YMD } from './_date-calendar.js';
import type { Group, Part } from './_date-groups.js';

function valueOf(p: Part): string | null {
  if (p.y === null) return null;
  if (p.m === null) return String(p.y);
  if (p.d === null) return isoMonth(p.y, p.m);
  return exists(p.y, p.m, p.d) ? isoDate(p.y, p.m, p.d) : null;
}

/**
 * Fill a missing year: from a range partner (inheriting whether the partner's was inferred), else
 * from the publication date. False when no year can be had.
 */
export function fillYear(p: Part, pub: YMD | null, partner?: Part): boolean {
  if (p.y !== null) return true;
  if (partner && partner.y !== null && partner.m !== null && p.m !== null) {
    p.y = p.m > partner.m ? partner.y - 1 : partner.y;
    p.yearInferred = partner.yearInferred === true;
    return true;
  }
  if (!pub || p.m === null) return false;
  p.y = inferYear(p.m, p.d ?? 1, pub);
  p.yearInferred = p.y !== null;
  return p.y !== null;
}

export function emit(text: string, g: Group, anchor: Anchor | null, out: DateTag[]): void {
  const base = { start: g.start, end: g.end, text: text.slice(g.start, g.end) };
  const push = (value: string | null, kind: DateKind, how: DateHow, yearInferred: boolean) => {
    if (value) out.push({ value, kind, how, yearInferred, ...base, basis: 'absolute' });
  };
  if (g.shape === 'relative') {
    const value = anchor ? shiftAnchor(anchor, g.shift!) : null;
    if (value) out.push({ value, kind: 'relative', how: 'relative', yearInferred: false, ...base, basis: 'relative', anchor: anchor!.iso });
    return;
  }
  if (g.shape === 'single') {
    if (!fillYear(g.a, anchor)) return;
    const kind: DateKind = g.role ?? (g.prefix === 'from' ? 'range-start' : g.prefix === 'until' ? 'valid-until' : 'event');
    push(valueOf(g.a), kind, g.how, g.a.yearInferred === true);
    return;
  }
  // range / night: the later day carries the written year; the earlier one takes it.
  const b = g.b!;
  if (!fillYear(b, anchor)) return;
  const inferredB = b.yearInferred === true;
  if (g.shape === 'night' && g.a === b) {
    const ev = valueOf(b);
    if (!ev) return;
    const prev = shiftDays({ y: b.y!, m: b.m!, d: b.d! }, -1);
    push(ev, 'event', 'night-of', inferredB);
    push(isoDate(prev.y, prev.m, prev.d), 'range-start', 'night-of', inferredB);
    return;
  }
  const a = g.a;
  fillYear(a, anchor, b);
  const va = valueOf(a);
  const vb = valueOf(b);
  if (!va || !vb) return;
  if (g.shape === 'night') {
    push(vb, 'event', 'night-of', inferredB);
    push(va, 'range-start', 'night-of', inferredB);
  } else {
    push(va, 'range-start', g.how, inferredB);
    push(vb, 'range-end', g.how, inferredB);
  }
}
