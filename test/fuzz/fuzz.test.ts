import { describe, it } from 'node:test';
import fc from 'fast-check';
import { inputs, runCase, scratch, TARGETS } from './targets.js';

/** A few cases of each in `npm test` (the long run is `npm run fuzz`); FUZZ_SEED replays a failure. */
const RUNS = 40;

describe('fuzzing every reader: only InputErrors, bounded time, no planted secret', () => {
  for (const target of TARGETS) {
    it(target.name, { timeout: 120_000 }, async () => {
      const { dir, dispose } = scratch();
      try {
        const seeds = await target.seeds();
        await fc.assert(
          fc.asyncProperty(inputs(seeds, target.json), async (input) => {
            await runCase(target, dir, input);
          }),
          {
            numRuns: RUNS,
            ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
          },
        );
      } finally {
        dispose();
      }
    });
  }
});
