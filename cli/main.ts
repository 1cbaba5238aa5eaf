#!/usr/bin/env node
/**
 * The `eduwatch` executable: runs the command tree of cli/app.ts on the process arguments and
 * exits with its code.
 */
import './_startup.js';
import { runCli } from './app.js';

// A reader that went away (`eduwatch query events | head`) is not an error: stop quietly. Every
// page is stored in its own transaction, so stopping here leaves the store whole.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

const code = await runCli(process.argv.slice(2));
// Everything is written (stdout/stderr to files and pipes are synchronous on POSIX) and every
// store is closed: exit now, so a library's idle keep-alive socket or timer cannot hold us.
process.exit(code);
