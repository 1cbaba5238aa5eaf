/**
 * Migration 010 (issue 12, WARC): the request headers eduwatch sent for each fetch, so a WARC
 * `request` record shows what was asked, not a reconstruction. Fetches stored before it have none;
 * their request records carry only the method, path and Host, and say so.
 */
import type { Migration } from './migrations.js';

export const WARC_REQUEST_HEADERS: Migration = {
  name: '010_request_headers',
  sql: /* sql */ `
ALTER TABLE fetches ADD COLUMN request_headers TEXT;   -- JSON: request headers sent (null: not recorded)
`,
};
