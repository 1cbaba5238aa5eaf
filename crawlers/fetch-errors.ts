/** The two kinds of fetch failure: worth another attempt (429, 5xx, a cut connection) or not. */
import { NonRetryableError } from '@crawlee/core';

/** A response worth retrying (429, 5xx, a body cut short); may carry the server's Retry-After. */
export class RetryableFetchError extends Error {
  constructor(message: string, readonly status: number | null, readonly retryAfterMs: number | null = null) {
    super(message);
    this.name = 'RetryableFetchError';
  }
}

/** A failure that another attempt will not fix (off-host redirect, too large, refused address). */
export class FatalFetchError extends NonRetryableError {
  constructor(message: string, readonly status: number | null = null) {
    super(message);
    this.name = 'FatalFetchError';
  }
}
