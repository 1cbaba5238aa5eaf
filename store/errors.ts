/**
 * The store's one error type for a caller's mistake: a database that does not exist, a schema
 * written by a newer eduwatch, a filter or search text that cannot be used. `message` says what,
 * where and how to fix it; the CLI turns it into a usage error (exit 2). Anything else thrown by
 * the store is a bug or an I/O failure.
 */
import { CLIError, EXIT } from '../types.js';

export type StoreErrorCode = 'no-database' | 'newer-schema' | 'needs-migration' | 'bad-filter' | 'bad-query' | 'stale-index';

export class StoreError extends CLIError {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message, EXIT.usage);
    this.name = 'StoreError';
    this.code = code;
  }
}
