/**
 * The fast page path against jsdom, the reference: `node dist/scripts/compare-dom.js [DIR]...
 * [--demo] [--heavy N]`. Runs the body extraction over both DOMs on every fixture page
 * (test/fixtures/body, extract, pages), the demo sites' pages (--demo), N generated heavy pages per
 * language (--heavy) and every .html under each DIR (a corpus of real pages), and prints where and
 * how they differ. Exit 1 when any page differs.
 */
import { parseArgs } from 'node:util';
import { compareBody, fixturePages, pagesIn, type Page } from './_compare-dom.js';

async function demoPages(): Promise<Page[]> {
  const { DEMO_SITES, DEMO_BASE_PORT } = await import('./demo-sites/server.js');
  const out: Page[] = [];
  for (const site of DEMO_SITES) {
    const origin = `http://127.0.0.1:${DEMO_BASE_PORT + site.offset}`;
    for (const [path, r] of site.build(origin)) {
      if (!r.type.includes('html')) continue;
      const html = typeof r.body === 'string' ? r.body : Buffer.from(r.body).toString('latin1');
      out.push({ name: `demo ${site.id}${path}`, url: origin + path, html });
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false }, heavy: { type: 'string', default: '0' } },
  });
  const heavy = Number(values.heavy);
  if (!Number.isInteger(heavy) || heavy < 0) throw new Error(`compare-dom: --heavy must be a whole number of pages per language, got ${values.heavy}`);
  const sets: [string, Page[]][] = [['fixtures', fixturePages()]];
  if (values.demo) sets.push(['demo sites', await demoPages()]);
  if (heavy > 0) {
    const { heavyPages } = await import('./_bench-pages.js');
    sets.push(['heavy pages', heavyPages(heavy).map((p) => ({ name: p.url, url: p.url, html: p.html }))]);
  }
  for (const dir of positionals) sets.push([dir, pagesIn(dir)]);
  let differing = 0;
  for (const [name, pages] of sets) {
    let same = 0;
    const byField = new Map<string, number>();
    for (const page of pages) {
      const diffs = compareBody(page);
      if (diffs.length === 0) {
        same++;
        continue;
      }
      differing++;
      for (const d of diffs) byField.set(d.field, (byField.get(d.field) ?? 0) + 1);
      console.log(`DIFF ${page.name}`);
      for (const d of diffs) console.log(`  ${d.field}\n    jsdom: ${d.jsdom}\n    fast:  ${d.fast}`);
    }
    const fields = [...byField].map(([f, n]) => `${f} ${n}`).join(', ');
    console.log(`${name}: ${same}/${pages.length} pages identical${fields ? ` (differing fields: ${fields})` : ''}`);
  }
  if (differing > 0) process.exitCode = 1;
}

main().catch((err: Error) => {
  console.error(`compare-dom: ${err.message}`);
  process.exitCode = 2;
});
