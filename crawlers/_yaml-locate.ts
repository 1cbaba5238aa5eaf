/**
 * Maps a path into parsed YAML (as zod reports it: ['sources', 2, 'discover', 'feeds', 0]) to the
 * line and column of the node it names, using the `yaml` package's CST ranges and a LineCounter.
 *
 * A key in a mapping points at the line of the key (so `discover:` errors point at `discover:`,
 * not at the first line of its block); an item in a sequence points at the item. When the path
 * runs past what exists (a missing required key), the deepest node that does exist is used.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface YamlPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
  /** How many leading segments of the path exist in the document. */
  found: number;
}

type Ranged = { range?: [number, number, number] | null };

function startOf(node: unknown): number | null {
  const range = (node as Ranged | null)?.range;
  return range ? range[0] : null;
}

export function locateYamlPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): YamlPosition {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  let found = 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown = undefined;
    let at: number | null = null;
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === segment);
      if (pair) {
        next = pair.value;
        at = startOf(pair.key) ?? startOf(pair.value);
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
      at = startOf(next);
    }
    if (at === null) break;
    offset = at;
    node = next;
    found++;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, col, found };
}
