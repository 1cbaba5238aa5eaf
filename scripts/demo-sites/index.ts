export { DEMO_BASE_PORT, DEMO_HOST, DEMO_SITES, demoSourcesFile, rewriteDemoPorts, startDemoSites, type DemoSites } from './server.js';
export type { DemoArticle, DemoSite } from './_types.js';
