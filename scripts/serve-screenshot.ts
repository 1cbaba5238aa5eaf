/**
 * `node dist/scripts/serve-screenshot.js [--db FILE] [--out FILE] [--chromium PATH]` (npm run screenshot:serve): the README's
 * picture of `eduwatch serve`. Serves the store (default data/demo.db, from `npm run demo`) on a
 * free 127.0.0.1 port, opens the map page in the system Chromium (playwright), with every request
 * to another address refused, and saves the map and the timeline as a PNG (default docs/serve-map.png).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { openStore } from '../store/index.js';
import { startServer } from '../cli/serve/app.js';
import { BROWSER_ARGS, chromiumExecutable } from '../crawlers/browser.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/demo.db' },
    out: { type: 'string', default: 'docs/serve-map.png' },
    chromium: { type: 'string', default: chromiumExecutable() ?? '/usr/bin/chromium' },
  },
  strict: true,
});

const db = openStore(values.db!, { readonly: true });
const server = await startServer(db, '127.0.0.1', 0);
const browser = await chromium.launch({ executablePath: values.chromium, args: BROWSER_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(server.url);
  await page.locator('svg.map').waitFor();
  mkdirSync(dirname(values.out!), { recursive: true });
  // The map, the timeline and the text between them: from the count heading to the end of the timeline's legend.
  const top = await page.locator('h1').boundingBox();
  const bottom = await page.locator('svg.timeline + p.legend').boundingBox();
  if (!top || !bottom) throw new Error('the map page has no heading or no timeline');
  await page.screenshot({ path: values.out, fullPage: true, clip: { x: 0, y: top.y - 8, width: 1100, height: bottom.y + bottom.height - top.y + 16 } });
  process.stdout.write(`${values.out}: map and timeline of ${await page.locator('[data-incident]').count()} incidents from ${values.db}\n`);
} finally {
  await browser.close();
  await server.close();
  db.close();
}
