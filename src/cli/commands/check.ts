import { collectFromConfig } from '../../collectors/collect.js';
import { readWorkspaceConfig } from '../../collectors/workspace-config.js';
import { exitCodeOf, runRules } from '../../engine/run-rules.js';
import { formatProvenance } from '../../model/provenance.js';
import { RULES } from '../../rules/index.js';
import { assertInstances, assertRuleIds, parseIgnore, resolveLang } from '../options.js';
import { planOutput, writeResult, type OutputOptions } from '../output.js';

export interface CheckOptions extends OutputOptions {
  lang?: string;
  ignore?: string[];
  instance?: string[];
  only?: string[];
}

/** `ims-doctor check [workspace]`: collect, run every rule, render; returns the exit code. */
export async function runCheck(workspace: string, options: CheckOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  planOutput(options, lang); // a wrong --format, --output or --output-dir is a usage error before any work is done
  const ignore = parseIgnore(options.ignore ?? []);
  assertRuleIds([...(options.only ?? []), ...ignore.map((entry) => entry.rule)], RULES, lang);

  const config = await readWorkspaceConfig(workspace);
  const names = config.instances.map((instance) => instance.name);
  assertInstances([...(options.instance ?? []), ...ignore.flatMap((entry) => (entry.instance ? [entry.instance] : []))], names, lang);
  assertRuleIds(config.suppressions.map((entry) => entry.rule), RULES, lang);

  const snapshot = await collectFromConfig(config, { instances: options.instance?.length ? options.instance : undefined });
  const result = runRules(snapshot, RULES, { lang, only: options.only, instances: options.instance, ignore });
  for (const problem of result.problems) process.stderr.write(`ims-doctor: ${formatProvenance(problem)}: ${problem.message}\n`);
  await writeResult(result, options);
  return exitCodeOf(result);
}
