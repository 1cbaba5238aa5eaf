/**
 * What a chaos test reports for the closing line of `npm run test:chaos`: faults injected, how many
 * were survived (the crawl ended, the reason recorded, nothing garbage stored, the rest untouched),
 * and records lost (good articles not stored whole). Carried from the tests to the reporter in
 * each test's `meta`.
 */
import { readFileSync } from 'node:fs';

export interface ChaosTally {
  faults: number;
  survived: number;
  lost: number;
  /** Figures worth printing (time, peak memory), one line each. */
  figures?: string[];
}

declare module 'vitest' {
  interface TaskMeta {
    chaos?: ChaosTally;
  }
}

/** Peak resident memory (VmHWM) of a running process in MB, from /proc; null where /proc has none. */
export function peakRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = status.match(/VmHWM:\s+(\d+) kB/);
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}
