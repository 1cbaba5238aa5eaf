/**
 * The one error type commands throw for a user's or maintainer's mistake (bad argument, invalid
 * sources.yaml, missing file). It is defined in types.ts so that earlier stages (crawlers' source
 * loader) can throw it without importing cli/. `cli/main.ts` catches it in one place, prints
 * `message` (what, where, how to fix) and exits with `exitCode`; anything else is a bug: printed
 * with its stack, exit 1.
 */
export { CLIError, EXIT } from '../types.js';
