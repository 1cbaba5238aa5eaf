/**
 * A real HTTP server on 127.0.0.1 (port 0) serving fixed routes, for crawl tests.
 * Routes map a path (with query string, exactly as requested) to a response spec or a handler.
 * Every request is recorded in `requests` so tests can assert what was (not) fetched.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RouteSpec {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Wait this long before answering. */
  delayMs?: number;
}
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;
export type Routes = Record<string, RouteSpec | Handler>;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export interface FixtureServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  host: string;
  requests: RecordedRequest[];
  /** Number of requests made to `path`. */
  hits(path: string): number;
  /** Replace or add routes while the server runs. */
  routes: Routes;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Routes, opts: { host?: string; port?: number } = {}): Promise<FixtureServer> {
  const host = opts.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const state = { routes };
  const server = http.createServer(async (req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, at: Date.now() });
    const route = state.routes[path];
    try {
      if (route === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      if (typeof route === 'function') {
        await route(req, res);
        return;
      }
      if (route.delayMs) await new Promise((r) => setTimeout(r, route.delayMs));
      res.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body ?? '');
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    host,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    get routes() {
      return state.routes;
    },
    set routes(r: Routes) {
      state.routes = r;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
