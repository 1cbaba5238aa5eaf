/**
 * The JSON Schema of sources.yaml, generated from the zod schema (crawlers/source-schema.ts) so
 * editors with the YAML language server autocomplete and check the file. `io: 'input'` describes
 * what a maintainer writes: fields with defaults are optional. The committed sources.schema.json
 * is written by scripts/gen-schema.ts and a test fails when it drifts from this.
 */
import { z } from 'zod';
import { SourcesFileSchema } from './source-schema.js';

export const SOURCES_SCHEMA_FILE = 'sources.schema.json';

export function sourcesJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(SourcesFileSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'eduwatch sources.yaml',
    description: 'Sources eduwatch crawls. Generated from crawlers/source-schema.ts by scripts/gen-schema.ts; do not edit by hand.',
    ...rest,
  };
}

/** The exact text of sources.schema.json: two-space JSON and a final newline. */
export function renderSourcesJsonSchema(): string {
  return `${JSON.stringify(sourcesJsonSchema(), null, 2)}\n`;
}
