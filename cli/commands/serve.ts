/**
 * `eduwatch serve`: a local, read-only web view of the store (cli/serve/): a map and a timeline of
 * incidents with filters, each incident's evidence, institutions and their partners, the archived
 * pages (sandboxed), and an Atom feed. Listens on 127.0.0.1 unless told otherwise; prints its URL
 * and serves until SIGINT/SIGTERM.
 */
import { isIP } from 'node:net';
import { defineCommand } from 'citty';
import { openStore } from '../../store/index.js';
import { dbArgs } from '../args.js';
import { CLIError } from '../errors.js';
import { startServer } from '../serve/app.js';

export const DEFAULT_PORT = 8321;

function portArg(value: unknown): number {
  if (value === undefined || value === null || value === '') return DEFAULT_PORT;
  const text = String(value);
  const n = Number(text);
  if (!/^\d{1,5}$/.test(text.trim()) || n > 65535) throw new CLIError(`--port ${text}: give a port number from 1 to 65535, or 0 for any free port, e.g. --port ${DEFAULT_PORT}`);
  return n;
}

function hostArg(value: unknown): string {
  const text = value === undefined || value === null ? '127.0.0.1' : String(value).trim();
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (bare !== 'localhost' && isIP(bare) === 0) throw new CLIError(`--host ${text}: give an IP address to listen on, e.g. --host 127.0.0.1 (the default; only this machine can connect)`);
  return bare === 'localhost' ? '127.0.0.1' : bare;
}

export default defineCommand({
  meta: {
    name: 'serve',
    description:
      'A local, read-only web view of the store: map and timeline of incidents with filters, evidence, institutions, archived pages (sandboxed), Atom feed.\n' +
      'Opens the store read-only and listens on 127.0.0.1 (only this machine) unless --host says otherwise; pages load nothing from other sites.\n' +
      'Pages: / (map, timeline, list; filters type, country, region, kind, from, to, min-grade, lang, source), /incident/N, /institution/N,\n' +
      '/archive/FETCH, /feed.atom (same filters). Stop with Ctrl-C.\n' +
      'Examples:\n' +
      '  eduwatch serve --db data/demo.db                 # http://127.0.0.1:8321/\n' +
      '  eduwatch serve --port 0                          # any free port: the URL is printed\n' +
      '  curl "http://127.0.0.1:8321/feed.atom?type=damage&region=UA-23"',
  },
  args: {
    ...dbArgs,
    port: { type: 'string', valueHint: 'N', default: String(DEFAULT_PORT), description: 'Port to listen on (0: any free port; the URL is printed).' },
    host: { type: 'string', valueHint: 'ADDRESS', default: '127.0.0.1', description: 'Address to listen on; the default lets only this machine connect.' },
  },
  async run({ args }) {
    const port = portArg(args.port);
    const host = hostArg(args.host);
    const db = openStore(args.db, { readonly: true });
    let running;
    try {
      running = await startServer(db, host, port);
    } catch (err) {
      db.close();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CLIError(`--port ${port}: something already listens on ${host}:${port}; choose another port, or --port 0 for any free one`);
      if (code === 'EACCES') throw new CLIError(`--port ${port}: not allowed to listen on ${host}:${port} (ports below 1024 need privileges); choose a port above 1024`);
      if (code === 'EADDRNOTAVAIL') throw new CLIError(`--host ${host}: not an address of this machine; use --host 127.0.0.1`);
      throw err;
    }
    process.stdout.write(`eduwatch serve: ${running.url} (read-only view of ${args.db}; Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    db.close();
  },
});
