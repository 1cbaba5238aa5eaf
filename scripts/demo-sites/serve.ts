/**
 * Serve the demo sites until Ctrl-C: `node dist/scripts/demo-sites/serve.js [--port BASE]`.
 * Prints each site's URL and the sources file to crawl them with.
 */
import { DEMO_BASE_PORT, startDemoSites } from './server.js';

function basePort(argv: string[]): number {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return DEMO_BASE_PORT;
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const port = Number(value);
  if (!/^\d+$/.test(value ?? '') || port > 65_000) {
    process.stderr.write(`--port ${value ?? ''}: give a base port number such as ${DEMO_BASE_PORT} (0 for random ports)\n`);
    process.exit(2);
  }
  return port;
}

try {
  const demo = await startDemoSites({ port: basePort(process.argv.slice(2)) });
  const width = Math.max(...demo.sites.map((s) => s.id.length));
  process.stdout.write('eduwatch demo sites (Ctrl-C to stop):\n');
  for (const s of demo.sites) process.stdout.write(`  ${s.id.padEnd(width)}  ${s.lang}  ${s.url}  ${s.name}\n`);
  process.stdout.write(`sources file: ${demo.sourcesFile}\n`);
  process.stdout.write(`crawl them:   npx eduwatch crawl --sources ${demo.sourcesFile} --db data/demo.db\n`);
  const stop = () => {
    void demo.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
