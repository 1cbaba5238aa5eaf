/**
 * The closing line of `npm run test:chaos`: "chaos: N faults injected, N survived, N records lost"
 * summed over the chaos tests' tallies (test/helpers/chaos-tally.ts), after each test's figures.
 * A chaos test that failed before reporting counts its faults as not survived.
 */
import type { Reporter, TestModule } from 'vitest/node';
import type { ChaosTally } from './chaos-tally.js';

export default class ChaosReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let faults = 0;
    let survived = 0;
    let lost = 0;
    const figures: string[] = [];
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const tally = (test.meta() as { chaos?: ChaosTally }).chaos;
        if (!tally) continue;
        const passed = test.result().state === 'passed';
        faults += tally.faults;
        survived += passed ? tally.survived : Math.min(tally.survived, tally.faults - 1);
        lost += tally.lost;
        figures.push(...(tally.figures ?? []));
      }
    }
    process.stdout.write(`\n${figures.join('\n')}\nchaos: ${faults} faults injected, ${survived} survived, ${lost} records lost\n`);
  }
}
