/**
 * One scheduler per database: an exclusive lock file next to the database holding the
 * scheduler's PID. A lock left by a process that no longer exists (killed, crashed) is stale and
 * is taken over; a live one refuses the second scheduler with a clear error (exit 2).
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { CLIError, EXIT } from './errors.js';

export interface SchedulerLock {
  file: string;
  release(): void;
}

export function lockFileFor(db: string): string {
  return `${db}.scheduler.lock`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' ? (info as LockInfo) : null;
  } catch {
    return null;
  }
}

const FRESH_LOCK_MS = 5_000;

function lockAgeMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** Take the scheduler lock for `db`, or throw CLIError (exit 2) naming the running scheduler. */
export function acquireSchedulerLock(db: string): SchedulerLock {
  const file = lockFileFor(db);
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = readLock(file);
      const sameHost = held?.host === undefined || held.host === info.host;
      if (held && (!sameHost || processAlive(held.pid))) {
        throw new CLIError(
          `another scheduler (pid ${held.pid} on ${held.host}, since ${held.startedAt}) is already running on ${db}; ` +
            `stop it first, or if it is gone, delete ${file}`,
          EXIT.usage,
        );
      }
      // An unreadable lock younger than this is a scheduler still writing its PID.
      if (!held && lockAgeMs(file) < FRESH_LOCK_MS) {
        throw new CLIError(`another scheduler is starting on ${db} (lock ${file}); try again in a few seconds`, EXIT.usage);
      }
      // Stale (dead PID) or unreadable old lock (a writer killed mid-write): remove and retry.
      try {
        unlinkSync(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      continue;
    }
    writeSync(fd, JSON.stringify(info) + '\n');
    closeSync(fd);
    let released = false;
    return {
      file,
      release() {
        if (released) return;
        released = true;
        // Only remove the lock if it is still ours.
        if (readLock(file)?.pid === process.pid) unlinkSync(file);
      },
    };
  }
  throw new CLIError(`could not take the scheduler lock ${file}; delete it if no scheduler is running`, EXIT.usage);
}
