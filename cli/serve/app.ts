/**
 * The web view's routes (hono) and the server (@hono/node-server, listening on one address).
 *
 * Safety model: the store is opened read-only and only GET/HEAD are answered. Every page of ours
 * sends a CSP that allows nothing but this server's own stylesheet and frames (no script at all,
 * nothing from another origin) and may not be framed elsewhere. Archived pages (bytes as a site
 * sent them) are served with `Content-Security-Policy: sandbox; default-src 'none'` (an opaque
 * origin, no script, no loads) and shown inside <iframe sandbox>; or as text/plain. A request
 * whose Host is not this server's address is refused (DNS rebinding: a web page cannot make the
 * browser read the store through a name it controls).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import type { DB } from '../../store/index.js';
import { getIncidentEvidence, readRawBody, readRendered, StoreError } from '../../store/index.js';
import { BadFilter, filterChoices, getInstitution, incidentInstitutionId, locateIncident, parseWebFilters, selectIncidents } from './data.js';
import { atomFeed } from './feed.js';
import { archivePage, incidentPage, indexPage, institutionPage, notFoundPage, STYLE, type FetchInfo } from './pages.js';

export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
export const ARCHIVE_CSP = "sandbox; default-src 'none'; frame-ancestors 'self'";

export interface ServeOptions {
  db: DB;
  /** The address the server is reached at, filled in once it listens: for the Host check and the feed's links. */
  address: { host: string; port: number };
  now?: () => Date;
}

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function send(c: Context, status: number, body: string | Uint8Array, type: string, csp = PAGE_CSP, extra: Record<string, string> = {}): Response {
  const headers = { ...COMMON, 'Content-Type': type, 'Content-Security-Policy': csp, ...(csp === PAGE_CSP ? { 'X-Frame-Options': 'DENY' } : {}), ...extra };
  return new Response(c.req.method === 'HEAD' ? null : (body as BodyInit), { status, headers });
}

const html = (c: Context, body: string, status = 200) => send(c, status, body, 'text/html; charset=utf-8');
const oneLine = (c: Context, status: number, message: string) => send(c, status, `${message.split('\n')[0]}\n`, 'text/plain; charset=utf-8');

function hostAllowed(hostHeader: string | undefined, address: ServeOptions['address']): boolean {
  if (!hostHeader) return false;
  const port = String(address.port);
  const host = hostHeader.toLowerCase();
  const names = new Set([address.host, 'localhost', '127.0.0.1', '[::1]'].map((n) => (n.includes(':') && !n.startsWith('[') ? `[${n}]` : n)));
  if ([...names].some((n) => host === `${n}:${port}`)) return true;
  // Listening on every address (--host 0.0.0.0 or ::): the machine's addresses, as IP literals only (no names to rebind).
  const wildcard = address.host === '0.0.0.0' || address.host === '::';
  return wildcard && (new RegExp(`^(\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+\\]):${port}$`).test(host));
}

/** A whole number from a path segment, or null. */
const idOf = (text: string) => (/^\d{1,15}$/.test(text) ? Number(text) : null);

function fetchInfo(db: DB, id: number): FetchInfo | null {
  const f = db
    .prepare('SELECT id, fetched_at, requested_url, final_url, status, sha256, size, headers, encoding FROM fetches WHERE id = ?')
    .get(id) as { id: number; fetched_at: string; requested_url: string; final_url: string; status: number; sha256: string | null; size: number | null; headers: string; encoding: string | null } | undefined;
  if (!f) return null;
  let contentType: string | null = null;
  try {
    const headers = JSON.parse(f.headers) as Record<string, string>;
    contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? null;
  } catch {
    contentType = null;
  }
  const documents = db.prepare('SELECT id, title FROM documents WHERE fetch_id = ? ORDER BY id').all(id) as FetchInfo['documents'];
  return { id: f.id, fetchedAt: f.fetched_at, requestedUrl: f.requested_url, finalUrl: f.final_url, status: f.status, sha256: f.sha256, size: f.size, contentType, encoding: f.encoding, documents };
}

/** A charset label safe to put in a header (the archive's own, else UTF-8). */
function charsetOf(f: FetchInfo): string {
  return f.encoding && /^[A-Za-z0-9_.:-]{1,40}$/.test(f.encoding) ? f.encoding : 'utf-8';
}

export function createApp(opts: ServeOptions): Hono {
  const { db } = opts;
  const now = opts.now ?? (() => new Date());
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return oneLine(c, 405, `${c.req.method}: this view is read-only; only GET is answered`);
    if (!hostAllowed(c.req.header('host'), opts.address)) return oneLine(c, 421, `Host "${(c.req.header('host') ?? '').slice(0, 80)}" is not this server's address: open http://${opts.address.host}:${opts.address.port}/`);
    await next();
  });

  app.get('/style.css', (c) => send(c, 200, STYLE, 'text/css; charset=utf-8'));

  app.get('/', (c) => {
    const query = new URL(c.req.url).searchParams;
    const f = parseWebFilters(db, query);
    // The form offers what the whole store holds; unfiltered, that is the page's own list (one pass, not two).
    const all = selectIncidents(db, {});
    const incidents = Object.keys(f).length === 0 ? all : selectIncidents(db, f);
    return html(c, indexPage(f, incidents, filterChoices(db, all)));
  });

  app.get('/feed.atom', (c) => {
    const url = new URL(c.req.url);
    const f = parseWebFilters(db, url.searchParams);
    const origin = `http://${opts.address.host.includes(':') ? `[${opts.address.host}]` : opts.address.host}:${opts.address.port}`;
    return send(c, 200, atomFeed(selectIncidents(db, f), origin, `${url.pathname}${url.search}`, now()), 'application/atom+xml; charset=utf-8');
  });

  app.get('/incident/:id', (c) => {
    const id = idOf(c.req.param('id'));
    const ev = id === null ? null : getIncidentEvidence(db, id);
    if (!ev) return html(c, notFoundPage(`There is no incident ${c.req.param('id').slice(0, 40)} in this store.`), 404);
    return html(c, incidentPage(db, ev, locateIncident(db, ev.incident), incidentInstitutionId(db, ev.incident.id)));
  });

  app.get('/institution/:id', (c) => {
    const id = idOf(c.req.param('id'));
    const p = id === null ? null : getInstitution(db, id);
    if (!p) return html(c, notFoundPage(`There is no institution ${c.req.param('id').slice(0, 40)} in this store.`), 404);
    return html(c, institutionPage(p));
  });

  app.get('/archive/:id', (c) => {
    const id = idOf(c.req.param('id'));
    const f = id === null ? null : fetchInfo(db, id);
    if (!f) return html(c, notFoundPage(`There is no fetch ${c.req.param('id').slice(0, 40)} in this store.`), 404);
    return html(c, archivePage(f, readRawBody(db, f.id) !== null, readRendered(db, f.id) !== null));
  });

  // A browser fetch's DOM after the page's scripts ran (what the extractors read), under the same sandbox.
  app.get('/archive/:id/rendered', (c) => {
    const id = idOf(c.req.param('id'));
    const dom = id === null ? null : readRendered(db, id);
    if (dom === null) return html(c, notFoundPage(`No rendered page for fetch ${c.req.param('id').slice(0, 40)}.`), 404);
    return send(c, 200, dom, 'text/html; charset=utf-8', ARCHIVE_CSP, { 'Content-Disposition': 'inline' });
  });

  // The archived bytes as the site sent them, never run: sandboxed (opaque origin, no script,
  // nothing loaded) and not sniffed; HTML as HTML (to be framed by /archive/N), anything else as text.
  app.get('/archive/:id/:as{raw|text}', (c) => {
    const id = idOf(c.req.param('id'));
    const f = id === null ? null : fetchInfo(db, id);
    const body = f ? readRawBody(db, f.id) : null;
    if (!f || !body) return html(c, notFoundPage(`No archived bytes for fetch ${c.req.param('id').slice(0, 40)}.`), 404);
    const isHtml = c.req.param('as') === 'raw' && (f.contentType === null || /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(f.contentType));
    return send(c, 200, new Uint8Array(body), `${isHtml ? 'text/html' : 'text/plain'}; charset=${charsetOf(f)}`, ARCHIVE_CSP, { 'Content-Disposition': 'inline' });
  });

  app.notFound((c) => html(c, notFoundPage(`Nothing at ${new URL(c.req.url).pathname.slice(0, 100)}.`), 404));
  app.onError((err, c) => {
    if (err instanceof BadFilter) return oneLine(c, 400, `bad filter: ${err.message}`);
    if (err instanceof StoreError && err.code === 'bad-filter') return oneLine(c, 400, `bad filter: ${err.message}`);
    process.stderr.write(`eduwatch serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message.split('\n')[0]}\n`);
    return oneLine(c, 500, `internal error: ${err.message}`);
  });
  return app;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Start the web view on host:port (0: a free port); resolves once it listens, rejects with the listen error. */
export function startServer(db: DB, host: string, port: number, now?: () => Date): Promise<RunningServer> {
  const address = { host, port };
  const app = createApp({ db, address, now });
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      address.port = (server.address() as AddressInfo).port;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${address.port}/`,
        host,
        port: address.port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
