/**
 * What an evaluation set holds, per language: items, hard negatives (no partnership and no damage
 * incident), incidents, partnerships, appeals and statistics, institutions and mentions. Printed
 * by `eval --check` (which validates labels without scoring) and checked by test/realnews.test.ts.
 */
import { LANGS, type Lang } from '../types.js';
import type { EvalCase } from './_eval-labels.js';

export interface Composition {
  items: number;
  hardNegatives: number;
  incidents: number;
  partnerships: number;
  appealsAndStatistics: number;
  institutions: number;
  mentions: number;
  titled: number;
}

export function isHardNegative(c: EvalCase): boolean {
  return !c.label.events.some((e) => e.type === 'partnership' || e.scope === 'incident');
}

export function composition(cases: readonly EvalCase[]): Partial<Record<Lang | 'all', Composition>> {
  const out: Partial<Record<Lang | 'all', Composition>> = {};
  const add = (key: Lang | 'all', c: EvalCase): void => {
    const g = (out[key] ??= { items: 0, hardNegatives: 0, incidents: 0, partnerships: 0, appealsAndStatistics: 0, institutions: 0, mentions: 0, titled: 0 });
    g.items++;
    if (isHardNegative(c)) g.hardNegatives++;
    for (const e of c.label.events) {
      if (e.type === 'partnership') g.partnerships++;
      else if (e.scope === 'incident') g.incidents++;
      else g.appealsAndStatistics++;
    }
    g.institutions += c.institutions.length;
    g.mentions += c.institutions.reduce((n, i) => n + i.mentions.length, 0);
    if (c.label.title) g.titled++;
  };
  for (const lang of LANGS) for (const c of cases) if (c.lang === lang) add(lang, c);
  for (const c of cases) add('all', c);
  return out;
}
