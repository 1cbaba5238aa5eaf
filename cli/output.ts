/**
 * Output formats, defined once for every command: aligned tables (readable with Cyrillic and
 * Polish), JSON, JSON lines and CSV (RFC 4180). Commands describe their table columns and hand
 * over plain objects; JSON/JSONL/CSV write the objects as they are.
 */

export type Format = 'table' | 'json' | 'jsonl' | 'csv';
export const FORMATS: readonly Format[] = ['table', 'json', 'jsonl', 'csv'];

export interface Column<Row> {
  header: string;
  /** The cell text for a row. */
  value: (row: Row) => unknown;
  /** Widest the column may get before cells are cut with "…". */
  max?: number;
  align?: 'left' | 'right';
}

/** Longest cell in a table column when a column gives no `max`. */
const DEFAULT_MAX_CELL = 60;
const ELLIPSIS = '…';
// ANSI SGR sequences (colours, bold) take no room on screen.
const ANSI = /\u001b\[[0-9;]*m/g;
// Combining marks (e.g. a decomposed "ó" or "й") draw on the previous character.
const COMBINING = /\p{M}/u;

/** Text without ANSI SGR colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/**
 * Characters a terminal acts on rather than shows: C0 controls (but tab and newline), DEL, C1
 * (U+009B is a CSI on many terminals), and the bidirectional overrides that reorder what is shown.
 * A page's `ESC ]0;…BEL` would retitle the analyst's terminal; text output removes them.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text safe to print to a terminal: control characters removed (our own colour codes are added after). */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '');
}

/** A copy of a value with terminalSafe applied to every string in it (for renderers that add colour after). */
export function terminalSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafeDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafeDeep(v)])) as T;
  }
  return value;
}

/** JSON.stringify whose output is also safe on a terminal: DEL and C1 escaped as \\u00XX (same JSON value). */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Width on screen: code points, not counting combining marks or ANSI colour codes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) if (!COMBINING.test(ch)) width++;
  return width;
}

/** Cut `text` to at most `max` columns, ending with "…" when cut. Never splits a code point. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const w = COMBINING.test(ch) ? 0 : 1;
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return out + ELLIPSIS;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** A cell as one line of text: null → "", arrays joined, newlines folded to spaces. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'object') return terminalSafe(JSON.stringify(value));
  return terminalSafe(String(value).replace(/\s+/g, ' ')).trim();
}

/** An aligned text table; every line ends with "\n". */
export function renderTable<Row>(columns: Column<Row>[], rows: Row[]): string {
  const cells = rows.map((row) => columns.map((c) => truncate(cellText(c.value(row)), c.max ?? DEFAULT_MAX_CELL)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i]))));
  const line = (texts: string[]) =>
    texts
      .map((t, i) => pad(t, widths[i], columns[i].align ?? 'left'))
      .join('  ')
      .trimEnd() + '\n';
  const rule = widths.map((w) => '─'.repeat(w)).join('  ') + '\n';
  return line(columns.map((c) => c.header)) + rule + cells.map(line).join('');
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/**
 * A streaming writer for one format: `begin()` once, `row()` per object, `end()` once; each
 * returns the text to write. Tables cannot stream (widths need every row), so they buffer
 * until `end()`. CSV columns are the keys of the first row (or `csvColumns` when given).
 */
export interface RowWriter<Row> {
  begin(): string;
  row(row: Row): string;
  end(): string;
}

export function rowWriter<Row extends object>(format: Format, opts: { columns?: Column<Row>[]; csvColumns?: string[] } = {}): RowWriter<Row> {
  switch (format) {
    case 'json': {
      let first = true;
      return {
        begin: () => '[',
        row: (row) => {
          const text = (first ? '\n' : ',\n') + safeJson(row);
          first = false;
          return text;
        },
        end: () => (first ? ']\n' : '\n]\n'),
      };
    }
    case 'jsonl':
      return { begin: () => '', row: (row) => safeJson(row) + '\n', end: () => '' };
    case 'csv': {
      let keys = opts.csvColumns;
      let headerDone = false;
      return {
        begin: () => {
          if (!keys) return '';
          headerDone = true;
          return csvLine(keys);
        },
        row: (row) => {
          let head = '';
          if (!headerDone) {
            keys = Object.keys(row);
            head = csvLine(keys);
            headerDone = true;
          }
          const rec = row as Record<string, unknown>;
          return head + csvLine(keys!.map((k) => rec[k]));
        },
        end: () => '',
      };
    }
    case 'table': {
      if (!opts.columns) throw new Error('table output needs columns');
      const columns = opts.columns;
      const rows: Row[] = [];
      return {
        begin: () => '',
        row: (row) => {
          rows.push(row);
          return '';
        },
        end: () => (rows.length === 0 ? '(no rows)\n' : renderTable(columns, rows)),
      };
    }
  }
}

/** Render a whole list in one format. */
export function formatRows<Row extends object>(format: Format, rows: Row[], columns: Column<Row>[], csvColumns?: string[]): string {
  const w = rowWriter<Row>(format, { columns, csvColumns });
  let out = w.begin();
  for (const r of rows) out += w.row(r);
  return out + w.end();
}

/** Write to stdout, waiting for the pipe to drain so large outputs keep memory flat. */
export async function writeOut(text: string | Uint8Array, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (text.length === 0 || stream.write(text)) return;
  await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

// ---------------------------------------------------------------------------
// Terminal styling: only on a TTY and when NO_COLOR is not set.
// ---------------------------------------------------------------------------

export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

export const style = {
  bold: (t: string) => `\u001b[1m${t}\u001b[22m`,
  dim: (t: string) => `\u001b[2m${t}\u001b[22m`,
  red: (t: string) => `\u001b[31m${t}\u001b[39m`,
  yellow: (t: string) => `\u001b[33m${t}\u001b[39m`,
  green: (t: string) => `\u001b[32m${t}\u001b[39m`,
  inverse: (t: string) => `\u001b[7m${t}\u001b[27m`,
};
