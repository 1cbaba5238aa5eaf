/**
 * `eduwatch schedule`: a long-lived process crawling each source on its own `schedule` (cron).
 * A source never runs twice at once; a lock file stops a second scheduler on the same database;
 * SIGTERM (or Ctrl-C) stores the page in hand, marks running crawls interrupted and exits 0.
 */
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { defineCommand } from 'citty';
import { Cron } from 'croner';
import { HostGate, loadSources } from '../../crawlers/index.js';
import type { Source } from '../../crawlers/source-schema.js';
import { openStore, type DB } from '../../store/index.js';
import { dbArgs, jsonArgs, repeatedArg, sourcesArgs } from '../args.js';
import { runCrawl } from '../crawl-run.js';
import { dueSources } from '../due.js';
import { CLIError, EXIT } from '../errors.js';
import { createProgress, routeWarnings, type Progress } from '../progress.js';
import { acquireSchedulerLock } from '../schedule-lock.js';
import { STARTUP_PPID } from '../_startup.js';
import { pickSources } from './crawl.js';

/** How long a scheduled crawl waits for another process's crawl of the same store. */
const SCHEDULER_LOCK_WAIT_MS = 24 * 3600_000;
/** How often the scheduler checks that its parent (npx, a shell) still exists. */
const PARENT_CHECK_MS = 1_000;

/**
 * Call `onOrphaned` when this process, started through npx / npm exec / npm run, loses its parent:
 * npm ended (a service manager sent it SIGTERM) without passing the signal on, which would leave
 * the scheduler running and holding its lock. Only under npm (npm sets npm_command): a scheduler
 * started directly (`node dist/cli/main.js schedule`, nohup, systemd) keeps running when its
 * parent goes.
 */
function whenOrphaned(onOrphaned: () => void): () => void {
  const first = STARTUP_PPID;
  if (first <= 1 || !process.env.npm_command) return () => undefined;
  const t = setInterval(() => {
    if (process.ppid !== first) {
      clearInterval(t);
      onOrphaned();
    }
  }, PARENT_CHECK_MS);
  t.unref();
  return () => clearInterval(t);
}

class Scheduler {
  private running = new Map<string, Promise<void>>();
  private jobs: Cron[] = [];
  private controller = new AbortController();
  /** One gate for every crawl of the scheduler: two sources on one host share its politeness. */
  private gate = new HostGate();

  constructor(
    private db: DB,
    private progress: Progress,
  ) {}

  /** Crawl one source now, unless it is already running (then this tick is skipped). */
  trigger(source: Source, why: string): void {
    if (this.controller.signal.aborted) return;
    if (this.running.has(source.id)) {
      this.progress.log('warn', 'skip-overlap', { source: source.id, message: 'still running from its previous time; this time is skipped' });
      return;
    }
    const run = this.crawl(source, why).finally(() => this.running.delete(source.id));
    this.running.set(source.id, run);
  }

  private async crawl(source: Source, why: string): Promise<void> {
    this.progress.log('info', 'crawl-start', { source: source.id, reason: why });
    try {
      const result = await runCrawl({
        db: this.db,
        sources: [source],
        progress: this.progress,
        signal: this.controller.signal,
        gate: this.gate,
        // Another process crawling this store (a manual `crawl`): wait for it, however long.
        waitMs: SCHEDULER_LOCK_WAIT_MS,
        command: { command: 'schedule', source: source.id, reason: why },
      });
      const s = result.sources[0];
      this.progress.log(s.status === 'failed' ? 'error' : 'info', 'crawl-end', {
        source: source.id,
        runId: result.runId,
        status: s.status,
        discovered: s.discovered,
        fetched: s.fetched,
        new: s.new,
        duplicates: s.duplicates,
        failed: s.failed,
        next: this.nextRun(source.id),
      });
    } catch (err) {
      // A bug in one crawl must not stop the scheduler; it is logged with its stack.
      this.progress.log('error', 'crawl-crashed', { source: source.id, message: (err as Error).stack ?? String(err) });
    }
  }

  private nextRun(id: string): string | null {
    return this.jobs.find((j) => j.name === id)?.nextRun()?.toISOString() ?? null;
  }

  start(sources: Source[], catchUp: boolean): void {
    for (const source of sources) {
      const job = new Cron(source.schedule!, { name: source.id, protect: true }, () => this.trigger(source, 'scheduled'));
      this.jobs.push(job);
      this.progress.log('info', 'scheduled', { source: source.id, schedule: source.schedule, next: job.nextRun()?.toISOString() ?? null });
    }
    if (catchUp) {
      for (const d of dueSources(this.db, sources)) {
        if (d.due) this.trigger(sources.find((s) => s.id === d.sourceId)!, `catch-up: ${d.reason}`);
      }
    }
  }

  /** Stop scheduling, abort running crawls (the page in hand is stored) and wait for them. */
  async stop(): Promise<void> {
    for (const j of this.jobs) j.stop();
    this.controller.abort(new Error('scheduler stopping'));
    await Promise.allSettled([...this.running.values()]);
  }
}

export default defineCommand({
  meta: {
    name: 'schedule',
    description:
      "Run as a long-lived scheduler: crawl each source on its `schedule` (cron) from sources.yaml.\n" +
      'One scheduler per database (a lock file next to it); a source never runs twice at once; sources missed while the\n' +
      'scheduler was down run at start (--no-catch-up to wait for their next time). SIGTERM or Ctrl-C stops cleanly (exit 0).\n' +
      'Logs are JSON lines when not in a terminal.\n' +
      'Examples:\n' +
      '  eduwatch schedule\n' +
      '  eduwatch schedule --sources sources.yaml --db /var/lib/eduwatch/eduwatch.db > scheduler.log 2>&1',
  },
  args: {
    ...sourcesArgs,
    ...dbArgs,
    source: { type: 'string', valueHint: 'ID', description: 'Schedule only this source (repeatable, or comma-separated).' },
    'catch-up': { type: 'boolean', default: true, description: 'At start, crawl sources whose scheduled time passed since their last success.' },
    ...jsonArgs,
  },
  async run({ args, rawArgs }) {
    const { sources: all } = loadSources(args.sources);
    const picked = pickSources(all, repeatedArg(rawArgs, 'source'), args.sources);
    const sources = picked.filter((s) => s.schedule);
    if (sources.length === 0) {
      throw new CLIError(`no source in ${args.sources} has a \`schedule\`; add one such as schedule: '0 */6 * * *' (every six hours)`, EXIT.usage);
    }
    const progress = createProgress({ json: args.json, textInTerminal: true, quiet: true });
    // Node's own warnings go through the log too (JSON lines, not bare text among them).
    routeWarnings(progress);
    for (const s of picked.filter((p) => !p.schedule)) progress.log('warn', 'unscheduled', { source: s.id, message: 'no `schedule`; crawl it with `eduwatch crawl --source ' + s.id + '`' });

    const dbFile = resolve(args.db);
    mkdirSync(dirname(dbFile), { recursive: true });
    const lock = acquireSchedulerLock(dbFile);
    const db = openStore(args.db);
    const scheduler = new Scheduler(db, progress);
    let stopping = false;
    const parentPid = STARTUP_PPID;
    let stopWatching = () => undefined as void;
    try {
      const stopped = new Promise<string>((resolveStop) => {
        const onSignal = (sig: string) => {
          if (stopping) {
            progress.log('warn', 'stop-now', { message: `second ${sig}: exiting at once` });
            lock.release();
            process.exit(EXIT.ok);
          }
          stopping = true;
          resolveStop(sig);
        };
        process.on('SIGTERM', () => onSignal('SIGTERM'));
        process.on('SIGINT', () => onSignal('SIGINT'));
        process.on('SIGHUP', () => onSignal('SIGHUP'));
        stopWatching = whenOrphaned(() => {
          progress.log('warn', 'parent-gone', { message: `the parent process (pid ${parentPid}) ended; stopping as if sent SIGTERM` });
          onSignal('SIGTERM');
        });
      });
      progress.log('info', 'scheduler-start', { pid: process.pid, db: dbFile, lock: lock.file, sources: sources.map((s) => s.id) });
      scheduler.start(sources, args['catch-up']);
      // Stay alive between cron times whatever croner's timers do.
      const keepAlive = setInterval(() => undefined, 60 * 60 * 1000);
      const sig = await stopped;
      clearInterval(keepAlive);
      progress.log('info', 'scheduler-stopping', { message: `${sig}: finishing the pages in hand` });
      await scheduler.stop();
      progress.log('info', 'scheduler-stopped', {});
    } finally {
      stopWatching();
      db.close();
      lock.release();
    }
  },
});
