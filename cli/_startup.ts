/**
 * Facts about the process taken before anything else loads: the parent's pid, so the scheduler
 * can tell that npx (or a shell) above it has gone even if that happened while it was starting.
 */
export const STARTUP_PPID: number = process.ppid;
