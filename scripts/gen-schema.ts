/**
 * Writes sources.schema.json (the JSON Schema of sources.yaml) at the project root from the zod
 * schema. `node dist/scripts/gen-schema.js --check` only compares and exits 1 when the committed
 * file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSourcesJsonSchema, SOURCES_SCHEMA_FILE } from '../crawlers/sources-json-schema.js';
import { projectRoot } from '../extractors/_data.js';

const file = join(projectRoot(), SOURCES_SCHEMA_FILE);
const text = renderSourcesJsonSchema();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== text) {
    process.stderr.write(`${file} is out of date: run \`npm run build && node dist/scripts/gen-schema.js\`\n`);
    process.exit(1);
  }
  process.stdout.write(`${file} is up to date\n`);
} else {
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
}
