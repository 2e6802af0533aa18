import path from 'node:path';
import { BIN, ROOT, type BenchCase } from '../lib.js';

/** (a) A whole check of the bundled example, against starting a bare Node. */
export const startup: BenchCase = {
  name: 'check examples/acme --format json vs node -e 0',
  target: '≤ 3× (median of 10)',
  maxRatio: 3,
  runs: 10,
  baseline: { label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
  subject: {
    label: 'ims-doctor check examples/acme',
    argv: [process.execPath, BIN, 'check', path.join(ROOT, 'examples/acme'), '--format', 'json'],
    okCodes: [0, 3, 4],
  },
};
