/**
 * The host gate on a simulated clock: the next request waits for the previous one to LEAVE, then
 * the delay; a request that never says it left holds the host no longer than its timeout; 429
 * holds the host; aborts free the waiters. No real time is measured.
 */
import { describe, expect, it } from 'vitest';
import { HostGate, type GateClock } from '../crawlers/index.js';

/** A clock that moves only when every waiter is asleep: `sleep` queues a timer, `run` advances. */
function fakeClock() {
  let now = 1_000_000;
  const timers: { at: number; resolve: () => void }[] = [];
  const clock: GateClock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(new Error('aborted'));
        const t = { at: now + ms, resolve };
        timers.push(t);
        signal?.addEventListener('abort', () => {
          timers.splice(timers.indexOf(t), 1);
          reject(new Error('aborted'));
        }, { once: true });
      }),
  };
  const settle = () => new Promise((r) => setImmediate(r));
  return {
    clock,
    get now() {
      return now;
    },
    /** Advance to `until`, firing timers in order. */
    async runUntil(until: number) {
      for (;;) {
        await settle();
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) break;
        timers.shift();
        now = next.at;
        next.resolve();
      }
      now = Math.max(now, until);
      await settle();
    },
  };
}

describe('HostGate', () => {
  it('the next request waits until the previous one LEFT, plus the delay', async () => {
    const t = fakeClock();
    const gate = new HostGate(t.clock);
    const first = await gate.acquire('h', 300);
    let secondAt: number | null = null;
    const second = gate.acquire('h', 300).then((ticket) => ((secondAt = t.now), ticket));
    // Under load the first request leaves 250 ms after its turn; the second must not follow at +300 of the turn.
    await t.runUntil(t.now + 250);
    expect(secondAt).toBeNull();
    const leftAt = t.now;
    first.sent();
    await t.runUntil(leftAt + 299);
    expect(secondAt).toBeNull();
    await t.runUntil(leftAt + 300);
    expect(secondAt).toBe(leftAt + 300);
    (await second).sent();
  });

  it('a request released without being sent frees the host at once', async () => {
    const t = fakeClock();
    const gate = new HostGate(t.clock);
    const first = await gate.acquire('h', 300);
    const second = gate.acquire('h', 300);
    first.release();
    await t.runUntil(t.now);
    await expect(second).resolves.toBeDefined();
  });

  it('a request that never reports holds the host only for maxWaitMs', async () => {
    const t = fakeClock();
    const gate = new HostGate(t.clock);
    await gate.acquire('h', 0, undefined, 5_000);
    const start = t.now;
    let at: number | null = null;
    void gate.acquire('h', 0, undefined, 5_000).then(() => (at = t.now));
    await t.runUntil(start + 4_999);
    expect(at).toBeNull();
    await t.runUntil(start + 5_000);
    expect(at).toBe(start + 5_000);
  });

  it('other hosts do not wait; holdUntil holds one host', async () => {
    const t = fakeClock();
    const gate = new HostGate(t.clock);
    await gate.acquire('a', 10_000);
    const start = t.now;
    gate.holdUntil('b', start + 2_000);
    let bAt: number | null = null;
    void gate.acquire('b', 0).then(() => (bAt = t.now));
    const c = await gate.acquire('c', 10_000);
    expect(t.now).toBe(start);
    c.sent();
    await t.runUntil(start + 2_000);
    expect(bAt).toBe(start + 2_000);
  });

  it('an abort rejects a waiting acquire and frees its place', async () => {
    const t = fakeClock();
    const gate = new HostGate(t.clock);
    const first = await gate.acquire('h', 1_000);
    first.sent();
    const controller = new AbortController();
    const waiting = gate.acquire('h', 1_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
    const third = gate.acquire('h', 1_000);
    await t.runUntil(t.now + 1_000);
    await expect(third).resolves.toBeDefined();
  });
});
