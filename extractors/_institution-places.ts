/**
 * Region adjectives from the gazetteers (data/places/*.json, each region's `adj` stems in every
 * language): a lower-case one names a public body as a capitalised one does ("одеська міськрада",
 * "донецкая мэрия", "śląskie kuratorium", "charkowska obwodowa administracja"), since in the
 * languages that write them lower case the region adjective is the name. Built from the data, so
 * every oblast, voivodeship and Bulgarian or Russian region is covered alike.
 */
import { loadDataJson } from './_data.js';

interface GazetteerRegions {
  regions: { adj: string[] }[];
}

const GAZETTEERS = ['places/ua.json', 'places/ru.json', 'places/pl.json', 'places/bg.json'] as const;
/** Shortest stem used: shorter ones ("perm", "kursk" are fine; two letters are not) would match common words. */
const MIN_STEM = 4;

let stems: string[] | null = null;

function regionStems(): string[] {
  if (stems) return stems;
  const out = new Set<string>();
  for (const f of GAZETTEERS) {
    for (const r of loadDataJson<GazetteerRegions>(f).regions) {
      for (const a of r.adj) {
        const s = a.trim().toLowerCase();
        // one-word stems only (a hyphenated or two-word region adjective is written as one token with "-")
        if (s.length >= MIN_STEM && !/\s/.test(s)) out.add(s);
        else if (/\s/.test(s)) out.add(s.replace(/\s+/g, '-'));
      }
    }
  }
  stems = [...out];
  return stems;
}

/** Is the lower-case word `lo` an inflected region adjective (донецкая, одеській, śląskie, charkowskiej)? */
export function isRegionAdjective(lo: string): boolean {
  for (const s of regionStems()) if (lo.startsWith(s) && lo.length - s.length <= 4) return true;
  return false;
}
