/**
 * The long fuzz run: `npm run fuzz` (FUZZ_SECONDS per reader, default 60; or FUZZ_RUNS cases each;
 * FUZZ_ONLY=name to pick readers; FUZZ_SEED to replay). Prints the cases run per reader, and on a
 * failure the seed and the shrunk counterexample, with exit code 1.
 */
import fc from 'fast-check';
import { inputs, runCase, scratch, TARGETS } from './targets.js';

const seconds = Number(process.env.FUZZ_SECONDS ?? 60);
const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const only = process.env.FUZZ_ONLY?.toLowerCase();
let failed = false;

for (const target of TARGETS.filter((entry) => !only || entry.name.toLowerCase().includes(only))) {
  const { dir, dispose } = scratch();
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
  let cases = 0;
  const outcomes = { read: 0, refused: 0 };
  const started = Date.now();
  try {
    const seeds = await target.seeds();
    const result = await fc.check(
      fc.asyncProperty(inputs(seeds, target.json), async (input) => {
        cases++;
        outcomes[await runCase(target, dir, input)]++;
      }),
      { seed, numRuns: runs ?? Number.MAX_SAFE_INTEGER, ...(runs ? {} : { interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false }) },
    );
    const took = ((Date.now() - started) / 1000).toFixed(0);
    if (result.failed) {
      failed = true;
      console.log(
        `✖ ${target.name}: FAILED after ${cases} cases (seed ${seed}, path ${result.counterexamplePath ?? '-'}; replay: FUZZ_SEED=${seed} FUZZ_ONLY="${target.name}")`,
      );
      console.log(`  ${String(result.errorInstance instanceof Error ? result.errorInstance.stack : result.errorInstance)}`);
      const example = result.counterexample?.[0];
      if (example) console.log(`  counterexample (${example.length} bytes): ${JSON.stringify(example.toString('latin1').slice(0, 600))}`);
    } else {
      console.log(`✔ ${target.name}: ${result.numRuns} cases in ${took} s (${outcomes.read} read, ${outcomes.refused} refused as bad input), seed ${seed}`);
    }
  } finally {
    dispose();
  }
}
process.exitCode = failed ? 1 : 0;
