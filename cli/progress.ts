/**
 * Progress and logs for long-running commands, on stderr (stdout stays for results).
 * - In a terminal: one live line per source (state, discovered, fetched, new, duplicates,
 *   failed), redrawn in place; warnings and errors print above the live block.
 * - Not a terminal, or --json: JSON lines `{"ts","level","event","source",...}`, one per event.
 */
import { safeJson, terminalSafe, truncate } from './output.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface SourceCounts {
  discovered: number;
  fetched: number;
  new: number;
  duplicates: number;
  noArticle: number;
  failed: number;
  skipped: number;
}

export const zeroCounts = (): SourceCounts => ({ discovered: 0, fetched: 0, new: 0, duplicates: 0, noArticle: 0, failed: 0, skipped: 0 });

export interface Progress {
  /** True when writing JSON lines (not a live display). */
  readonly json: boolean;
  /** One log record. In the live display only warn/error records are shown. */
  log(level: Level, event: string, fields?: Record<string, unknown>): void;
  /** Set a source's live counters and state ("discovering", "fetching", "done", "failed"). */
  update(source: string, counts: SourceCounts, state: string): void;
  /** Draw the last state and stop redrawing. */
  close(): void;
}

export interface ProgressOptions {
  /** Force JSON lines even in a terminal (--json). */
  json?: boolean;
  /** In a terminal, print log lines as text instead of live per-source lines (long-lived commands). */
  textInTerminal?: boolean;
  stream?: NodeJS.WriteStream | NodeJS.WritableStream;
  /** Leave out debug records (per-URL events) from JSON logs. */
  quiet?: boolean;
}

/** Redraw the live block at most this often; a crawl emits events far faster than eyes read. */
const REDRAW_MS = 100;

export function createProgress(opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  const tty = Boolean((stream as NodeJS.WriteStream).isTTY) && !opts.json;
  if (!tty) return new JsonLinesProgress(stream, opts.quiet ?? false);
  return opts.textInTerminal ? new TextLogProgress(stream) : new LiveProgress(stream as NodeJS.WriteStream);
}

/** Human-readable log lines (time, level, event, source, details), info and above. */
class TextLogProgress implements Progress {
  readonly json = false;
  constructor(private stream: NodeJS.WritableStream) {}

  log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
    if (level === 'debug') return;
    const { source, message, ...rest } = fields;
    const time = new Date().toISOString().slice(11, 19);
    const details = Object.entries(rest)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(' ');
    const parts = [time, level === 'info' ? '' : level.toUpperCase(), event, source ? `[${String(source)}]` : '', message ? String(message) : '', details];
    this.stream.write(terminalSafe(parts.filter(Boolean).join(' ')) + '\n');
  }

  update(): void {}
  close(): void {}
}

class JsonLinesProgress implements Progress {
  readonly json = true;
  private last = new Map<string, string>();
  constructor(
    private stream: NodeJS.WritableStream,
    private quiet: boolean,
  ) {}

  log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
    if (this.quiet && level === 'debug') return;
    this.stream.write(safeJson({ ts: new Date().toISOString(), level, event, ...fields }) + '\n');
  }

  update(source: string, counts: SourceCounts, state: string): void {
    // Counters are logged when the state changes (not for sources still waiting their turn);
    // per-URL events already carry the detail.
    if (this.last.get(source) === state) return;
    this.last.set(source, state);
    if (state === 'waiting') return;
    this.log('info', 'progress', { source, state, ...counts });
  }

  close(): void {}
}

class LiveProgress implements Progress {
  readonly json = false;
  private rows = new Map<string, { counts: SourceCounts; state: string }>();
  private drawn = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private stream: NodeJS.WriteStream) {}

  log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
    if (level !== 'warn' && level !== 'error') return;
    const { source, message, url, ...rest } = fields;
    const parts = [level === 'error' ? 'error' : 'warning', source ? `[${String(source)}]` : '', event, url ? String(url) : '', message ? `: ${String(message)}` : ''];
    const extra = Object.keys(rest).length ? ' ' + JSON.stringify(rest) : '';
    this.clear();
    this.stream.write(terminalSafe(parts.filter(Boolean).join(' ') + extra) + '\n');
    this.draw();
  }

  update(source: string, counts: SourceCounts, state: string): void {
    this.rows.set(source, { counts: { ...counts }, state });
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.redraw();
    }, REDRAW_MS);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.redraw();
    this.closed = true;
    this.drawn = 0;
  }

  private redraw(): void {
    if (this.closed) return;
    this.clear();
    this.draw();
  }

  /** Move to the top of the live block and erase it. */
  private clear(): void {
    if (this.drawn > 0) this.stream.write(`\u001b[${this.drawn}A\r\u001b[J`);
    this.drawn = 0;
  }

  private draw(): void {
    if (this.closed) return;
    const width = Math.max(20, (this.stream.columns || 100) - 1);
    const idWidth = Math.min(28, Math.max(0, ...[...this.rows.keys()].map((k) => k.length)));
    let text = '';
    for (const [id, { counts: c, state }] of this.rows) {
      const line =
        `${id.padEnd(idWidth)}  ${state.padEnd(11)} discovered ${c.discovered}  fetched ${c.fetched}  ` +
        `new ${c.new}  dup ${c.duplicates}  failed ${c.failed}`;
      text += truncate(line, width) + '\n';
    }
    this.stream.write(text);
    this.drawn = this.rows.size;
  }
}

/**
 * Send Node's process warnings (MaxListenersExceededWarning, deprecations) through `progress`
 * instead of Node's default bare-text printer, so JSON logs stay JSON lines only.
 */
export function routeWarnings(progress: Progress): () => void {
  const previous = process.listeners('warning');
  process.removeAllListeners('warning');
  const onWarning = (w: Error) => progress.log('warn', 'node-warning', { message: `${w.name}: ${w.message}` });
  process.on('warning', onWarning);
  return () => {
    process.off('warning', onWarning);
    for (const l of previous) process.on('warning', l);
  };
}
