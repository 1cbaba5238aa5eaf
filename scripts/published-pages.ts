/**
 * `node dist/scripts/published-pages.js [--verbose]`: publication-date accuracy on the real pages
 * of test/fixtures/pages (see its manifest.json), overall, on the part tuned on and the held-out
 * part (isHeldOut), per language and by the source that gave the right date; --verbose lists every
 * miss, marked when held out.
 */
import { parseArgs } from 'node:util';
import { isHeldOut, knownPages, measurePage, summarise } from './_published-pages.js';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const results = knownPages().map((p) => measurePage(p));
const s = summarise(results);
console.log(`publication dates on ${s.pages} real pages: ${s.correct} right, accuracy ${s.accuracy.toFixed(3)}`);
for (const [name, held] of [['tuned on', false], ['held out', true]] as const) {
  const part = summarise(results.filter((r) => isHeldOut(r.page.file) === held));
  console.log(`  ${name}: ${part.correct}/${part.pages}, accuracy ${part.accuracy.toFixed(3)}`);
}
for (const [lang, x] of Object.entries(s.byLang).sort()) console.log(`  ${lang}: ${x.correct}/${x.pages}`);
console.log(`  by source: ${Object.entries(s.bySource).map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (values.verbose) {
  for (const r of results.filter((x) => !x.correct)) console.log(`MISS${isHeldOut(r.page.file) ? ' (held out)' : ''} ${r.page.file}: known ${r.page.published}, found ${r.found ?? '-'} (${r.source ?? '-'})`);
}
