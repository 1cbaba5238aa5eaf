/**
 * Incidents as the connected components of the pair rules over a list of reports, without a store:
 * the partition the store builds incrementally (cluster.ts), computed in one go. The evaluation
 * (scripts/eval-incidents.ts) and the tests use it; cluster.ts must give the same partition.
 */
import { isUndatedDamage, matchReports, matchUndated, type Join, type Report } from './_rules.js';

export interface Component {
  /** Event ids, ascending. */
  eventIds: number[];
  /** For each report after the first: the earliest earlier report it matched and the rule. */
  joins: Map<number, { to: number; join: Join }>;
}

export function components(reports: Report[]): Component[] {
  const sorted = [...reports].sort((a, b) => a.eventId - b.eventId);
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const joins = new Map<number, { to: number; join: Join }>();
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i];
    parent.set(r.eventId, r.eventId);
    for (let j = 0; j < i; j++) {
      const join = matchReports(r, sorted[j]);
      if (!join) continue;
      if (!joins.has(r.eventId)) joins.set(r.eventId, { to: sorted[j].eventId, join });
      const a = find(r.eventId);
      const b = find(sorted[j].eventId);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
  }
  // Undated damage reports join the one incident of dated reports they fit (undated-one-incident):
  // after every pair of the window rules, so the result does not depend on the order of either.
  const roots = new Map<number, number>();
  for (const u of sorted.filter(isUndatedDamage)) {
    const fits = sorted.flatMap((c) => {
      const join = matchUndated(u, c);
      return join ? [{ c, join }] : [];
    });
    const incidents = new Set(fits.map((f) => find(f.c.eventId)));
    if (incidents.size !== 1) continue; // none, or ambiguous
    roots.set(u.eventId, find(fits[0].c.eventId));
    joins.set(u.eventId, { to: fits[0].c.eventId, join: fits[0].join });
  }
  for (const [u, root] of roots) parent.set(u, root);
  const groups = new Map<number, number[]>();
  for (const r of sorted) {
    const root = find(r.eventId);
    groups.set(root, [...(groups.get(root) ?? []), r.eventId]);
  }
  return [...groups.values()].map((eventIds) => ({
    eventIds,
    joins: new Map(eventIds.filter((id) => joins.has(id)).map((id) => [id, joins.get(id)!])),
  }));
}
