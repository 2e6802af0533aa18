import type { CheckResult } from '../model/finding.js';
import { render } from '../reporters/index.js';
import { resolveFormat, useColor } from './options.js';

export interface OutputOptions {
  format?: string;
}

/** Writes the result in the formats asked for. Reporters render; they never decide. */
export async function writeResult(result: CheckResult, options: OutputOptions): Promise<void> {
  const format = resolveFormat(options.format);
  process.stdout.write(await render(format, result, { color: useColor() }));
}
