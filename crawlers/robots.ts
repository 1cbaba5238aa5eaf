/**
 * robots.txt, fetched through eduwatch's own policy (not crawlee's unrestricted fetch) and parsed
 * with crawlee's RobotsTxtFile. Rules follow RFC 9309: a 4xx means no restrictions; a server error
 * or an unreachable host means everything is disallowed for this crawl.
 */
import { RobotsTxtFile } from '@crawlee/utils';
import type { FetchJob, FetchOutcome, SourceRuntime } from './fetch-core.js';
import { buildPage, failureMessage, failureStatus, isFatal } from './fetch-core.js';
import { policyFetch } from './http-fetch.js';
import { backoffMs, sleep } from './politeness.js';
import { hostKey } from './url-policy.js';

/** Attempts at fetching one robots.txt before treating the host as unreachable. */
const ROBOTS_ATTEMPTS = 2;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** How the rules were obtained, for messages. */
  basis: 'file' | 'none' | 'unreachable' | 'disabled';
  /** Why the host is disallowed when robots.txt could not be fetched (basis 'unreachable'). */
  reason?: string;
}

/** Rules from robots.txt text; user-agent groups are matched on the product token ("eduwatch"). */
export function robotsFromText(robotsUrl: string, text: string, userAgent: string): RobotsRules {
  const file = RobotsTxtFile.from(robotsUrl, text);
  return { isAllowed: (url) => file.isAllowed(url, userAgent), basis: 'file' };
}

const ALLOW_ALL: RobotsRules = { isAllowed: () => true, basis: 'none' };
const DISALLOW_ALL: RobotsRules = { isAllowed: () => false, basis: 'unreachable' };
const DISABLED: RobotsRules = { isAllowed: () => true, basis: 'disabled' };

/** robots.txt per origin for one source's crawl; each file is fetched at most once. */
export class RobotsCache {
  private byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly rt: SourceRuntime,
    /** Receives the robots.txt fetch (page or failure), like any other fetch. */
    private readonly report: (outcome: FetchOutcome) => Promise<void>,
  ) {}

  async isAllowed(url: string): Promise<boolean> {
    return (await this.rulesFor(url)).isAllowed(url);
  }

  rulesFor(url: string): Promise<RobotsRules> {
    if (!this.rt.source.politeness.respectRobots) return Promise.resolve(DISABLED);
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(`${origin}/robots.txt`);
      this.byOrigin.set(origin, rules);
    }
    return rules;
  }

  private async load(robotsUrl: string): Promise<RobotsRules> {
    const job: FetchJob = { url: robotsUrl, kind: 'robots' };
    const pol = this.rt.source.politeness;
    let lastError: unknown = null;
    for (let attempt = 1; attempt <= ROBOTS_ATTEMPTS; attempt++) {
      if (this.rt.signal?.aborted) return DISALLOW_ALL;
      try {
        const ticket = await this.rt.gate.acquire(hostKey(robotsUrl), pol.delay * 1000, this.rt.signal, pol.timeout * 1000);
        const raw = await policyFetch(this.rt, job, this.rt.signal, ticket);
        if (raw.status >= 500 || raw.status === 429) {
          lastError = Object.assign(new Error(`HTTP ${raw.status}`), { status: raw.status });
        } else if (raw.status >= 300 && raw.status < 400) {
          // A redirect that may not be followed (off the source's hosts): as if there were no robots.txt.
          return ALLOW_ALL;
        } else {
          const page = buildPage(this.rt, job, raw, 'http');
          await this.report({ type: 'page', job, page });
          if (raw.status >= 200 && raw.status < 300) return robotsFromText(robotsUrl, page.html, this.rt.userAgent);
          // 4xx: no robots.txt, no restrictions.
          return ALLOW_ALL;
        }
      } catch (err) {
        lastError = err;
        if (isFatal(err)) break;
      }
      if (attempt < ROBOTS_ATTEMPTS) {
        try {
          await sleep(backoffMs(attempt, pol.delay * 1000), this.rt.signal);
        } catch {
          return DISALLOW_ALL;
        }
      }
    }
    if (this.rt.signal?.aborted) return DISALLOW_ALL;
    const message = `${failureMessage(lastError)}; robots.txt unreachable, so nothing on this host is fetched this time (RFC 9309)`;
    await this.report({ type: 'failed', job, status: failureStatus(lastError), message });
    return { ...DISALLOW_ALL, reason: `${robotsUrl}: ${message}` };
  }
}
