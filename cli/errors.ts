/**
 * The one error type commands throw for a user's or maintainer's mistake (bad argument, invalid
 * sources.yaml, missing file). `cli/main.ts` catches it in one place, prints `message` (which says
 * what, where and how to fix it) and exits with `exitCode`. Anything else is a bug: printed with
 * its stack, exit 1.
 */
export const EXIT = {
  ok: 0,
  /** Runtime failure: a crawl that failed, a failing source in `status`. */
  failure: 1,
  /** Usage or configuration error: bad arguments, invalid sources.yaml. */
  usage: 2,
} as const;

export class CLIError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CLIError';
    this.exitCode = exitCode;
  }
}
