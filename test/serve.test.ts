/**
 * `eduwatch serve` (issue 11, part 1) over HTTP on 127.0.0.1 (port 0), on a fixture store
 * (test/fixtures/store/serve-store.ts): the map's dots and the filters, the timeline, an incident's
 * evidence, an institution's partners, the archived page's safety headers, the Atom feed (parsed
 * and checked for well-formedness), errors (404, 400, Host, method), and the command's own errors.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseFeed } from '@rowanmanning/feed-parser';
import { openStore, sha256Hex, type DB } from '../store/index.js';
import { startServer, type RunningServer } from '../cli/serve/app.js';
import { filterChoices, isoWeek, selectIncidents, weeklyCounts } from '../cli/serve/data.js';
import { indexPage, LIST_ROWS } from '../cli/serve/pages.js';
import { xmlText } from '../cli/serve/feed.js';
import { HOSTILE_HTML, HOSTILE_URL, serveStore } from './fixtures/store/serve-store.js';
import { KHARKIV_UK } from './fixtures/store/two-runs.js';
import { requireBuild, runInProcess, spawnNode, MAIN_JS } from './fixtures/cli/run.js';

let dir: string;
let file: string;
let db: DB;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eduwatch-serve-'));
  file = join(dir, 'store.db');
  serveStore(file).close();
  db = openStore(file, { readonly: true });
  server = await startServer(db, '127.0.0.1', 0);
});
afterAll(async () => {
  await server?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await fetch(new URL(path, server.url));
  return { status: r.status, headers: r.headers, text: await r.text() };
};
const dots = (html: string) => [...html.matchAll(/data-incident="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
const incidentId = (where: string) => db.prepare(`SELECT id FROM incidents WHERE ${where}`).pluck().get() as number;

describe('map page', () => {
  it('shows one dot per incident with a place, each a link to its page, and lists every incident', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    // Kharkiv (2 reports), Kyiv, Odesa, Lublin; the Kharkiv memorandum names no place.
    const kharkiv = incidentId(`settlement = 'Харків' AND type = 'damage'`);
    const memo = incidentId(`type = 'partnership' AND day = '2024-03-12'`);
    expect(dots(r.text)).toHaveLength(4);
    expect(dots(r.text)).not.toContain(memo);
    expect(r.text).toMatch(new RegExp(`<a href="/incident/${kharkiv}" data-incident="${kharkiv}"`));
    expect(r.text).toContain('<span id="count">5</span>');
    expect([...r.text.matchAll(/<tr data-row="(\d+)"/g)]).toHaveLength(5);
    expect(r.text).toContain('4 on the map; 1 without a resolved place');
    // Nothing to run, nothing from elsewhere: no script, no src= at all, one stylesheet of ours.
    expect(r.text).not.toMatch(/<script|\son[a-z]+=|src=/i);
    expect([...r.text.matchAll(/<link [^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="stylesheet" href="/style.css">']);
    expect(r.text).toContain('<svg class="map"');
    expect((r.text.match(/<path d="M/g) ?? []).length).toBeGreaterThan(10); // country outlines drawn
  });

  it('lists at most LIST_ROWS incidents and says how many are left out; the map keeps every dot', () => {
    const all = selectIncidents(db, {});
    expect(all).toHaveLength(5);
    const cut = indexPage({}, all, filterChoices(db, all), 2);
    expect([...cut.matchAll(/<tr data-row="(\d+)"/g)]).toHaveLength(2);
    expect(cut).toContain('The first 2 of 5 are listed');
    expect(dots(cut)).toHaveLength(4);
    const whole = indexPage({}, all, filterChoices(db, all));
    expect(LIST_ROWS).toBeGreaterThanOrEqual(100);
    expect([...whole.matchAll(/<tr data-row="(\d+)"/g)]).toHaveLength(5);
    expect(whole).not.toContain('id="list-cut"');
  });

  it('draws the timeline per ISO week, damage and partnership apart', async () => {
    const r = await get('/');
    // 2024-03-12 (W11) memo; 2024-05-20 Odesa (W21); 2024-05-25 Kharkiv, 2024-05-26 Kyiv and Lublin (W21 too: Mon 20 - Sun 26 May).
    expect(r.text).toContain('<tr><td>2024-W11</td><td>2024-03-11</td><td class="n">0</td><td class="n">1</td></tr>');
    expect(r.text).toContain('<tr><td>2024-W21</td><td>2024-05-20</td><td class="n">3</td><td class="n">1</td></tr>');
    // Every week from the first to the last is a slot, empty ones included.
    expect([...r.text.matchAll(/<g data-week="/g)]).toHaveLength(11);
  });

  it('the weekly counts and ISO weeks are right at year ends', () => {
    expect(isoWeek('2024-12-30')).toEqual({ week: '2025-W01', monday: '2024-12-30' });
    expect(isoWeek('2021-01-03')).toEqual({ week: '2020-W53', monday: '2020-12-28' });
    expect(isoWeek('2024-02')).toBeNull();
    const base = { type: 'damage' as const };
    const w = weeklyCounts([
      { ...base, date: '2024-01-01' },
      { ...base, date: '2024-01-16', type: 'partnership' as const },
      { ...base, date: null },
      { ...base, date: '2024-01' },
    ] as never);
    expect(w.undated).toBe(2);
    expect(w.weeks.map((x) => [x.week, x.damage, x.partnership])).toEqual([['2024-W01', 1, 0], ['2024-W02', 0, 0], ['2024-W03', 0, 1]]);
  });

  const cases: [string, string][] = [
    ['type=damage', `type = 'damage'`],
    ['type=partnership', `type = 'partnership' AND day = '2024-05-26'`],
    ['country=PL', `type = 'partnership' AND day = '2024-05-26'`],
    ['country=ua&type=damage', `type = 'damage'`],
    ['lang=en', `id IN (SELECT incident_id FROM incident_reports WHERE source_id = 'en-news')`],
    ['source=ua-official', `settlement = 'Київ'`],
    ['source=pl-news,ua-official', `settlement = 'Київ' OR (type = 'partnership' AND day = '2024-05-26')`],
    ['min-grade=B2', `settlement = 'Київ'`],
    ['from=2024-05-25&to=2024-05-25', `settlement = 'Харків' AND type = 'damage'`],
    ['from=2024-05-26', `day >= '2024-05-26'`],
    ['region=Харківська область', `settlement = 'Харків' AND type = 'damage'`],
    ['region=UA-63', `settlement = 'Харків' AND type = 'damage'`],
    ['region=Odessa&type=damage', `id = (SELECT incident_id FROM incident_reports r JOIN documents d ON d.id = r.document_id WHERE d.url = '${HOSTILE_URL}')`],
    ['kind=lyceum', `institution_kind = 'lyceum'`],
    ['kind=school', `settlement = 'Київ'`],
    ['type=damage&lang=uk&from=2024-05-26', `settlement = 'Київ'`],
  ];
  it.each(cases)('filter %s narrows the dots to the matching incidents', async (query, where) => {
    const expected = (db.prepare(`SELECT id FROM incidents WHERE ${where} ORDER BY id`).pluck().all() as number[]).filter((id) =>
      db.prepare(`SELECT 1 FROM incident_reports r JOIN events e ON e.id = r.event_id WHERE r.incident_id = ? AND e.place_id IS NOT NULL`).get(id),
    );
    expect(expected.length).toBeGreaterThan(0);
    const r = await get(`/?${new URLSearchParams(Object.fromEntries(new URLSearchParams(query))).toString()}`);
    expect(r.status).toBe(200);
    expect(dots(r.text)).toEqual(expected);
    expect(dots(r.text).length).toBeLessThan(4);
  });

  it('an empty form field is no filter; the form shows the values in use', async () => {
    const r = await get('/?type=&country=&region=&kind=&from=&to=&min-grade=&lang=&source=');
    expect(r.status).toBe(200);
    expect(dots(r.text)).toHaveLength(4);
    const f = await get('/?type=damage&from=2024-05-01');
    expect(f.text).toContain('<option value="damage" selected>');
    expect(f.text).toContain('name="from" value="2024-05-01"');
    expect(f.text).toContain('<option value="UA-63">Kharkiv Oblast</option>');
    expect(f.text).toContain('<a href="/feed.atom?type=damage&amp;from=2024-05-01">');
  });

  const bad: [string, string][] = [
    ['type=fire', 'bad filter: type=fire: use damage or partnership'],
    ['from=2024-13-01', 'bad filter: from=2024-13-01: write a date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. from=2025-10-01'],
    ['to=2024-02-30', 'bad filter: to=2024-02-30: write a date as YYYY-MM-DD'],
    ['min-grade=Z9', 'bad filter: min-grade=Z9: give a letter A-F and a number 1-6, e.g. min-grade=B2'],
    ['lang=de', 'bad filter: lang=de: use one of uk, ru, pl, bg, en, or other'],
    ['country=UKR', 'bad filter: country=UKR: give a two-letter country code'],
    ['kind=castle', 'bad filter: kind=castle: use one of school,'],
    ['source=nope', 'bad filter: source=nope: no such source in this store'],
    ['colour=red', 'bad filter: unknown filter "colour": use type, country, region, kind, from, to, min-grade, lang, source'],
    ['type=damage&type=partnership', 'bad filter: type: give it once (got 2 values)'],
  ];
  it.each(bad)('a bad filter %s is a 400 with one line', async (query, message) => {
    for (const path of ['/', '/feed.atom']) {
      const r = await get(`${path}?${query}`);
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(r.text.startsWith(message)).toBe(true);
      expect(r.text.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('incident page', () => {
  it('shows each report with its sentence highlighted in its paragraph, the document, the fetch and its SHA-256', async () => {
    const id = incidentId(`settlement = 'Харків' AND type = 'damage'`);
    const r = await get(`/incident/${id}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain(`<h1>Incident #${id} <span class="dim">D20240525-`);
    expect(r.text).toMatch(/<dd id="grade">C1: source C, credibility 1 <span class="dim">\(confirmed by 2 independent sources\)<\/span><\/dd>/);
    expect(r.text).toContain('<dd id="corroboration">corroborated: 2 reports from 2 sources, 2 independent</dd>');
    const reports = [...r.text.matchAll(/<section class="report" id="event-(\d+)"/g)].map((m) => Number(m[1]));
    expect(reports).toHaveLength(2);
    // The Ukrainian report: the damage sentence marked, the sentence before it in the same paragraph not.
    const ua = db.prepare(`SELECT e.quote, f.sha256, f.id AS fetch FROM events e JOIN documents d ON d.id = e.document_id JOIN fetches f ON f.id = d.fetch_id
                           WHERE d.url = 'https://ua-news.example/kharkiv' AND e.type = 'damage'`).get() as { quote: string; sha256: string; fetch: number };
    expect(KHARKIV_UK).toContain(ua.quote);
    const before = KHARKIV_UK.slice(0, KHARKIV_UK.indexOf(ua.quote));
    expect(r.text).toContain(`<div class="paragraph">${before}<mark>${ua.quote}</mark>`);
    const body = '<html><body><article>https://ua-news.example/kharkiv</article></body></html>';
    expect(ua.sha256).toBe(sha256Hex(new TextEncoder().encode(body)));
    expect(r.text).toContain(`<dd class="hash" data-sha256>${ua.sha256} <span class="dim">(archived bytes match)</span></dd>`);
    expect(r.text).toContain(`<a href="/archive/${ua.fetch}">fetch #${ua.fetch}</a>`);
    expect(r.text).toContain('<a href="https://ua-news.example/kharkiv" rel="noopener noreferrer">');
    expect(r.text).toContain('lang uk');
    expect(r.text).toMatch(/HTTP 200/);
    // Merged fields with the rule that chose each.
    expect(r.text).toMatch(/<tr><td>severity<\/td><td>[^<]+<\/td><td class="dim">[^<]+<\/td>/);
    expect(r.text).toContain('Kharkiv <span class="dim">(settlement, 49.98');
    expect(r.text).toContain('<dd id="institution">lyceum</dd>'); // no institution named: its kind
  });

  it('escapes what a page put in its title and text', async () => {
    const id = db.prepare(`SELECT r.incident_id FROM incident_reports r JOIN documents d ON d.id = r.document_id WHERE d.url = ?`).pluck().get(HOSTILE_URL) as number;
    const r = await get(`/incident/${id}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('Odesa &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; school');
    expect(r.text).not.toMatch(/<script/i);
    // The named institution links to its page, which links back.
    const inst = db.prepare('SELECT institution_id FROM incidents WHERE id = ?').pluck().get(id) as number;
    expect(inst).toBeTypeOf('number');
    expect(r.text).toContain(`<dd id="institution"><a href="/institution/${inst}">Odesa Lyceum No. 5 of the Odesa City Council</a> <span class="dim">(lyceum)</span></dd>`);
    expect((await get(`/institution/${inst}`)).text).toContain(`<a href="/incident/${id}">incident #${id}</a>`);
  });

  it('an unknown incident is a 404 page', async () => {
    for (const path of ['/incident/9999', '/incident/abc', '/incident/', '/nowhere']) {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(r.text).toContain('<h1>Not found</h1>');
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });
});

describe('archived pages', () => {
  const hostileFetch = () => db.prepare('SELECT id FROM fetches WHERE requested_url = ?').pluck().get(HOSTILE_URL) as number;

  it('are framed sandboxed from a page of ours, and served with a sandbox CSP, not sniffed', async () => {
    const id = hostileFetch();
    const page = await get(`/archive/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<iframe class="archive" sandbox src="/archive/${id}/raw"`);
    const raw = await get(`/archive/${id}/raw`);
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; frame-ancestors 'self'");
    expect(raw.headers.get('x-content-type-options')).toBe('nosniff');
    expect(raw.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(raw.text).toBe(HOSTILE_HTML); // the bytes as archived
    const text = await get(`/archive/${id}/text`);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; frame-ancestors 'self'");
    expect(text.text).toBe(HOSTILE_HTML);
    // A browser fetch: its rendered DOM too, framed and served under the same sandbox.
    expect(page.text).toContain(`<iframe class="archive" sandbox src="/archive/${id}/rendered"`);
    const rendered = await get(`/archive/${id}/rendered`);
    expect(rendered.status).toBe(200);
    expect(rendered.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; frame-ancestors 'self'");
    expect(rendered.text).toBe(HOSTILE_HTML);
    const plain = db.prepare(`SELECT id FROM fetches WHERE requested_url = 'https://ua-news.example/kharkiv'`).pluck().get() as number;
    expect((await get(`/archive/${plain}`)).text).not.toContain('/rendered');
    expect((await get(`/archive/${plain}/rendered`)).status).toBe(404);
    expect((await get('/archive/99999')).status).toBe(404);
    expect((await get('/archive/99999/raw')).status).toBe(404);
  });
});

describe('institution page', () => {
  it('shows names, kind, events and the partners, each linked', async () => {
    const inst = (like: string) => db.prepare(`SELECT id FROM institutions WHERE name LIKE ?`).pluck().get(like) as number;
    const university = inst('%Каразіна%');
    const college = inst('%політехнічний фаховий коледж%');
    expect(university).toBeTypeOf('number');
    expect(college).toBeTypeOf('number');
    const r = await get(`/institution/${university}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('<h2>Partners (1)</h2>');
    expect(r.text).toContain(`<li data-partner="${college}"><a href="/institution/${college}">`);
    expect(r.text).toMatch(/<h2>Names \(\d+\)<\/h2>/);
    expect(r.text).toContain('<h2>Events (1)</h2>');
    const memo = incidentId(`type = 'partnership' AND day = '2024-03-12'`);
    expect(r.text).toContain(`<a href="/incident/${memo}">incident #${memo}</a>`);
    const back = await get(`/institution/${college}`);
    expect(back.text).toContain(`<a href="/institution/${university}">`);
    expect((await get('/institution/99999')).status).toBe(404);
  });
});

describe('Atom feed', () => {
  it('is well-formed Atom with the newest incidents first, honouring the filters', async () => {
    const r = await get('/feed.atom');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    // Well-formed XML (jsdom's XML parser is strict: it throws on a malformed document).
    const doc = new JSDOM(r.text, { contentType: 'application/xml' }).window.document;
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const feed = parseFeed(r.text);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items).toHaveLength(5);
    // By first fetch, newest first: Odesa (run 2, 10:04), Lublin (10:03), Kyiv (10:02), then run 1's memorandum (10:02) and Kharkiv (10:01).
    expect(feed.items.map((i) => i.title)).toEqual([
      expect.stringMatching(/^Damage: .*Odesa \(2024-05-20\)$/),
      expect.stringMatching(/^Partnership: .*Lublin \(2024-05-26\)$/),
      expect.stringMatching(/^Damage: .*Kyiv \(2024-05-26\)$/),
      expect.stringMatching(/^Partnership: .*\(2024-03-12\)$/),
      expect.stringMatching(/^Damage: .*Kharkiv \(2024-05-25\)$/),
    ]);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^tag:eduwatch,2025:incident:[DP]\d{8}-[0-9a-f]{8}$/);
      expect(item.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/incident/\\d+$`));
      expect(item.updated).toBeInstanceOf(Date);
    }
    const damage = parseFeed((await get('/feed.atom?type=damage&region=UA-63')).text);
    expect(damage.items.map((i) => i.title)).toEqual([expect.stringMatching(/Kharkiv/)]);
    expect(damage.items[0].url).toBe(`http://127.0.0.1:${server.port}/incident/${incidentId(`settlement = 'Харків' AND type = 'damage'`)}`);
  });

  it('xmlText escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('a<b>&"\'\u0001\u000b\ud800c\tok')).toBe('a&lt;b&gt;&amp;&quot;&apos;c\tok');
    expect(xmlText('😀')).toBe('😀');
  });
});

describe('the server refuses', () => {
  const raw = (path: string, opts: { method?: string; host?: string }) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: opts.host ? { host: opts.host } : {} }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('a Host that is not its address (DNS rebinding), and any method but GET', async () => {
    expect((await raw('/', { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await raw('/', { host: `localhost:${server.port}` })).status).toBe(200);
    const post = await raw('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.body).toBe('POST: this view is read-only; only GET is answered\n');
  });
});

describe('eduwatch serve (the command)', () => {
  it('bad --port, bad --host and a missing store are one-line errors with a non-zero exit', async () => {
    for (const [args, message] of [
      [['--port', 'http'], '--port http: give a port number from 1 to 65535, or 0 for any free port'],
      [['--port', '70000'], '--port 70000: give a port number'],
      [['--port', '-1'], '--port -1: give a port number'],
      [['--host', 'my laptop'], '--host my laptop: give an IP address to listen on'],
      [['--db', join(dir, 'missing.db')], 'no evidence store at'],
    ] as [string[], string][]) {
      const r = await runInProcess(['serve', ...(args.includes('--db') ? [] : ['--db', file]), ...args]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.startsWith(`eduwatch: ${message}`)).toBe(true);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('a port in use is a one-line error', async () => {
    const r = await runInProcess(['serve', '--db', file, '--port', String(server.port)]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toBe(`eduwatch: --port ${server.port}: something already listens on 127.0.0.1:${server.port}; choose another port, or --port 0 for any free one\n`);
  });

  it('--port 0 picks a free port, prints the URL, serves, and stops cleanly on SIGTERM', async () => {
    requireBuild();
    const child = spawnNode(MAIN_JS, ['serve', '--db', file, '--port', '0']);
    const url = await new Promise<string>((resolve, reject) => {
      const onData = () => {
        const m = /eduwatch serve: (http:\/\/127\.0\.0\.1:\d+\/) \(read-only view of /.exec(child.stdout());
        if (m) resolve(m[1]);
      };
      child.child.stdout!.on('data', onData);
      child.exited.then((code) => reject(new Error(`serve exited with ${code}: ${child.stderr()}`)));
    });
    try {
      const r = await fetch(url);
      expect(r.status).toBe(200);
      expect(dots(await r.text())).toHaveLength(4);
    } finally {
      child.child.kill('SIGTERM');
    }
    expect(await child.exited).toBe(0);
    expect(child.stderr()).toBe('');
  });
});
