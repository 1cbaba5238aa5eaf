/**
 * Loads static tables (lexicons, gazetteers) from the project's `data/` folder. Works from the
 * TypeScript sources (vitest) and from `dist/` alike by walking up to the folder holding
 * package.json. Tables are read once and cached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The project root: the nearest ancestor of this file that holds package.json. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`eduwatch: cannot find package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  root = dir;
  return dir;
}

const cache = new Map<string, unknown>();

/** Parse `data/<name>` as JSON (cached). `name` may contain sub-folders: "places/ua.json". */
export function loadDataJson<T>(name: string): T {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as T;
  const file = join(projectRoot(), 'data', name);
  let value: T;
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new Error(`eduwatch: cannot load data table ${file}: ${(err as Error).message}`);
  }
  cache.set(name, value);
  return value;
}
