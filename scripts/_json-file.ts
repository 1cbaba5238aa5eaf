/**
 * Reading a JSON file that a schema describes (floors, manifests): one message shape for every
 * script, naming the file, what it was meant to hold, and each bad field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Parse `file` as JSON and check it with `schema`; throws "`what` FILE: reason" (one line per bad field). */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${what} ${file}: cannot be read (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${what} ${file} is not valid:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}
