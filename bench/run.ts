import { CASES } from './cases/index.js';
import { runCase } from './lib.js';

// `npm run bench [name-filter]`: ratios against a baseline measured side by side in the same run.
const filter = process.argv[2];
let failed = 0;
for (const bench of CASES.filter((item) => !filter || item.name.includes(filter))) {
  process.stdout.write(`• ${bench.name} (target ${bench.target}) …\n`);
  try {
    const result = await runCase(bench);
    const rss = result.rssMb !== undefined ? `, peak RSS ${result.rssMb.toFixed(0)} MB` : '';
    process.stdout.write(
      `  ${result.ok ? 'ok  ' : 'MISS'} ${result.ratio.toFixed(2)}×  (${bench.subject.label} ${result.subjectMs.toFixed(0)} ms / ${bench.baseline.label} ${result.baselineMs.toFixed(0)} ms, median of ${bench.runs}${rss})\n`,
    );
    if (!result.ok) failed++;
  } catch (error) {
    failed++;
    process.stdout.write(`  ERROR ${(error as Error).message}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
