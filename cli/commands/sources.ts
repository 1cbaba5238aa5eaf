/**
 * `eduwatch sources <subcommand>`: tools for maintainers of sources.yaml.
 * Each subcommand is a citty command in the `subCommands` table below; add a new one there
 * (lazily imported, like `add`, when it pulls in the crawler or the store).
 */
import { defineCommand } from 'citty';
import { loadSources } from '../../crawlers/load-sources.js';

/** Same default as cli/args.ts; not imported from there so `sources` works without loading the store. */
const DEFAULT_SOURCES = 'sources.yaml';

export const sourcesArg = {
  sources: { type: 'string', valueHint: 'FILE', default: DEFAULT_SOURCES, description: 'Source definitions to read.' },
} as const;

/**
 * Validate a sources file: prints `OK: N sources in FILE` (and returns the count), or throws
 * SourcesError (exit 2) whose message lists every problem as `FILE:LINE sources[i] (id) field: message`.
 * Never starts a crawl.
 */
export const validate = defineCommand({
  meta: {
    name: 'validate',
    description: 'Check sources.yaml against the schema and list every problem with its line (exit 2 when invalid).',
  },
  args: { ...sourcesArg },
  run({ args }) {
    const file = args.sources || DEFAULT_SOURCES;
    const { sources } = loadSources(file);
    process.stdout.write(`OK: ${sources.length} source${sources.length === 1 ? '' : 's'} in ${file}\n`);
    return sources.length;
  },
});

export default defineCommand({
  meta: {
    name: 'sources',
    description: 'Maintain source definitions: validate sources.yaml, dry-run one source, suggest an entry for a new site.',
  },
  // Heavier subcommands load lazily, so `validate` stays quick.
  subCommands: {
    validate,
    add: () => import('./sources-add.js').then((m) => m.default),
    test: () => import('./sources-test.js').then((m) => m.default),
  },
});
