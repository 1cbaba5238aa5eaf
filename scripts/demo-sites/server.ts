/**
 * The bundled offline demo: realistic news sites in uk, ru, pl, bg and en, each on its own port of
 * 127.0.0.1 (47801, 47802, ... by default, so a second demo run sees the same URLs), and the
 * sources file that describes them (scripts/demo-sites/sources.yaml).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../extractors/_data.js';
import { CLIError } from '../../types.js';
import { serveSite, type RunningSite } from './_http.js';
import type { DemoSite } from './_types.js';
import { site as bgObrazovanie } from './sites/bg-obrazovanie.js';
import { site as enEdmonitor } from './sites/en-edmonitor.js';
import { site as plEdukacja } from './sites/pl-edukacja.js';
import { site as ruUchitel } from './sites/ru-uchitel.js';
import { site as uaOblosvitaJs } from './sites/ua-oblosvita-js.js';
import { site as uaOsvita } from './sites/ua-osvita.js';
import { ruSite as tgUchitel, ukSite as tgZpOsvita } from './sites/telegram.js';

export const DEMO_BASE_PORT = 47801;
export const DEMO_HOST = '127.0.0.1';
export const DEMO_SITES: readonly DemoSite[] = [uaOsvita, ruUchitel, plEdukacja, bgObrazovanie, uaOblosvitaJs, enEdmonitor, tgZpOsvita, tgUchitel];

export interface DemoSites {
  sites: { id: string; url: string; port: number; lang: string; name: string; hits: Map<string, number> }[];
  /** Absolute path of a sources file describing the sites at their actual ports. */
  sourcesFile: string;
  close(): Promise<void>;
}

/** The bundled sources file (for the default ports), found from the project root so it works from dist/ too. */
export function demoSourcesFile(): string {
  return join(projectRoot(), 'scripts', 'demo-sites', 'sources.yaml');
}

/** The bundled sources text with each default port replaced by the site's actual port. */
export function rewriteDemoPorts(text: string, ports: ReadonlyMap<number, number>): string {
  return text.replace(/(\/\/127\.0\.0\.1:)(\d+)/g, (whole, prefix: string, port: string) => {
    const actual = ports.get(Number(port));
    return actual === undefined ? whole : `${prefix}${actual}`;
  });
}

/**
 * Start every demo site. `port` is the base port (site i listens on port + i); 0 gives each site
 * an ephemeral port. With other than the default ports, `sourcesFile` is a temporary copy with the
 * ports rewritten, removed by `close()`.
 */
export async function startDemoSites(opts: { port?: number } = {}): Promise<DemoSites> {
  const base = opts.port ?? DEMO_BASE_PORT;
  const running: RunningSite[] = [];
  const closeAll = () => Promise.all(running.map((s) => s.close())).then(() => undefined);
  for (const site of DEMO_SITES) {
    const port = base === 0 ? 0 : base + site.offset;
    try {
      running.push(await serveSite(site, port, DEMO_HOST));
    } catch (err) {
      await closeAll();
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'EADDRINUSE' ? 'the port is in use (is another demo running?)' : (err as Error).message;
      throw new CLIError(`demo site ${site.id} cannot listen on ${DEMO_HOST}:${port}: ${why}; stop the other process or choose another base port with --port N`);
    }
  }
  let sourcesFile = demoSourcesFile();
  let tempDir: string | null = null;
  if (base !== DEMO_BASE_PORT) {
    const ports = new Map(DEMO_SITES.map((s, i) => [DEMO_BASE_PORT + s.offset, running[i].port]));
    tempDir = mkdtempSync(join(tmpdir(), 'eduwatch-demo-sites-'));
    const copy = join(tempDir, 'sources.yaml');
    const schema = join(projectRoot(), 'sources.schema.json');
    const text = rewriteDemoPorts(readFileSync(sourcesFile, 'utf8'), ports).replace(/\$schema=\S+/, `$schema=${schema}`);
    writeFileSync(copy, text);
    sourcesFile = copy;
  }
  return {
    sites: running.map((r, i) => ({ id: r.id, url: r.url, port: r.port, lang: DEMO_SITES[i].lang, name: DEMO_SITES[i].name, hits: r.hits })),
    sourcesFile,
    close: async () => {
      await closeAll();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
