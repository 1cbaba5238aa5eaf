/**
 * Serves one demo site on its own port of 127.0.0.1: its route table plus the files every site
 * has (stylesheet, cookie script, favicon, an /admin/ login that robots.txt disallows), a 404 page,
 * HEAD, and conditional requests (ETag / Last-Modified → 304) so re-crawls can be incremental.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { DemoResponse, DemoSite } from './_types.js';

export interface RunningSite {
  id: string;
  /** Origin with a trailing slash, e.g. http://127.0.0.1:47801/ */
  url: string;
  port: number;
  /** Requests served per path (with query), for tests and diagnostics. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const COMMON: Record<string, DemoResponse> = {
  '/static/site.css': {
    type: 'text/css; charset=utf-8',
    body: 'body{font-family:sans-serif;margin:0}.layout{display:flex;gap:2rem}.content{flex:3}.sidebar{flex:1}.cookie-banner{position:fixed;bottom:0;background:#222;color:#fff;padding:1rem}\n',
  },
  '/static/cookies.js': {
    type: 'text/javascript; charset=utf-8',
    body: "document.addEventListener('click',function(e){if(e.target&&e.target.classList&&e.target.classList.contains('cookie-accept')){var b=document.getElementById('cookie-consent');if(b)b.remove();}});\n",
  },
  '/favicon.ico': { status: 204, type: 'image/x-icon', body: '' },
  '/admin/login': {
    type: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Login</title></head><body><form method="post"><input name="user"><input name="password" type="password"><button>Login</button></form></body></html>',
  },
};

const NOT_FOUND: DemoResponse = {
  status: 404,
  type: 'text/html; charset=utf-8',
  body: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body><h1>404</h1></body></html>',
};

function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

export async function serveSite(site: DemoSite, port: number, host = '127.0.0.1'): Promise<RunningSite> {
  const hits = new Map<string, number>();
  let routes = new Map<string, DemoResponse>();
  let newest = new Date(0).toUTCString();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const route = routes.get(path) ?? COMMON[path] ?? NOT_FOUND;
    const status = route.status ?? 200;
    const headers: Record<string, string> = { 'content-type': route.type, ...route.headers };
    if (status === 200) {
      const etag = etagOf(route.body);
      const modified = route.modified ? new Date(route.modified).toUTCString() : newest;
      headers.etag = etag;
      headers['last-modified'] = modified;
      headers['cache-control'] = 'no-cache';
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      const fresh = inm !== undefined ? inm.split(/\s*,\s*/).includes(etag) : ims !== undefined && Date.parse(ims) >= Date.parse(modified);
      if (fresh) {
        res.writeHead(304, { etag, 'last-modified': modified }).end();
        return;
      }
    }
    headers['content-length'] = String(typeof route.body === 'string' ? Buffer.byteLength(route.body) : route.body.byteLength);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : route.body);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${actual}`;
  routes = site.build(origin);
  newest = new Date(Math.max(...[...routes.values()].map((r) => (r.modified ? Date.parse(r.modified) : 0)), 0)).toUTCString();
  return {
    id: site.id,
    url: `${origin}/`,
    port: actual,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
