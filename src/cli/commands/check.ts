import { inputFilesOf } from '../../collectors/collect.js';
import { collectConfig } from '../collect-config.js';
import { readWorkspaceConfig } from '../../collectors/workspace-config.js';
import { exitCodeOf, runRules } from '../../engine/run-rules.js';
import { RULES } from '../../rules/index.js';
import { assertInstances, assertRuleIds, parseIgnore, resolveLang } from '../options.js';
import { planOutput, writeResult, type OutputOptions } from '../output.js';
import { loadSnapshot } from '../../collectors/snapshot-file.js';
import type { Snapshot } from '../../model/snapshot.js';
import { reportProblems, UsageError } from '../exit.js';
import { liveOptionsFrom, type LiveCliOptions } from '../live-options.js';
import { uiText } from '../../i18n/ui.js';
import { writeFilesSafely } from '../safe-write.js';

export interface CheckOptions extends OutputOptions, LiveCliOptions {
  lang?: string;
  ignore?: string[];
  instance?: string[];
  only?: string[];
  /** Replay a saved snapshot instead of collecting. */
  snapshot?: string;
  /** Write what was collected (secrets as fingerprints) to this file. */
  saveSnapshot?: string;
  /** Probe IMS and the callback live. */
  probe?: boolean;
  /** An earlier JSON result: report and judge only the findings not in it. */
  baseline?: string;
  /** A fleet (src/fleet/): its file, and the limits of its live work. */
  fleet?: string;
  concurrency?: string;
  perHost?: string;
  deadline?: string;
  progress?: boolean;
}

/** `ims-doctor check [workspace…]`: collect, run every rule, render; returns the exit code. Several workspaces, or --fleet, make a fleet. */
export async function runCheck(workspaces: string | string[], options: CheckOptions): Promise<number> {
  const targets = typeof workspaces === 'string' ? [workspaces] : workspaces;
  // A lone string is commander's default ('.'): with --fleet, no workspace was given.
  if (options.fleet !== undefined || targets.length > 1)
    return (await import('../../fleet/check-fleet.js')).runFleetCheck(typeof workspaces === 'string' ? [] : targets, options);
  const workspace = targets[0] ?? '.';
  const lang = resolveLang(options.lang);
  planOutput(options, lang); // a wrong --format, --output or --output-dir is a usage error before any work is done
  const ignore = parseIgnore(options.ignore ?? []);
  assertRuleIds([...(options.only ?? []), ...ignore.map((entry) => entry.rule)], RULES, lang);

  const live = liveOptionsFrom(options, lang);
  if (options.snapshot && options.probe) throw new UsageError(uiText(lang, { id: 'probeWithSnapshot' }));

  let snapshot: Snapshot;
  // Every file the run reads: no output may be written onto one of them.
  let inputs: string[];
  if (options.snapshot) {
    // Offline replay: everything, suppressions included, comes from the saved file.
    snapshot = await loadSnapshot(options.snapshot);
    inputs = [options.snapshot];
    assertInstances(
      requestedInstances(options, ignore),
      snapshot.instances.map((instance) => instance.name),
      lang,
    );
    assertRuleIds(
      snapshot.workspace.suppressions.map((entry) => entry.rule),
      RULES,
      lang,
    );
  } else {
    const config = await readWorkspaceConfig(workspace);
    inputs = inputFilesOf(config);
    const names = config.instances.map((instance) => instance.name);
    assertInstances(requestedInstances(options, ignore), names, lang);
    assertRuleIds(
      config.suppressions.map((entry) => entry.rule),
      RULES,
      lang,
    );
    snapshot = await collectConfig(config, options.instance, lang, { live });
    if (options.probe) await (await import('../../probes/run-probes.js')).runProbes(snapshot, config, live);
  }
  if (options.saveSnapshot) {
    // As saveSnapshot writes it (redacted), through the safe writer: never onto an input, atomic.
    const text = live.redactor.redact(JSON.stringify(snapshot, null, 2) + '\n');
    await writeFilesSafely([{ file: options.saveSnapshot, content: text }], { inputs, lang });
  }
  const result = runRules(snapshot, RULES, { lang, only: options.only, instances: options.instance, ignore });
  reportProblems(result.problems);
  if (options.baseline) return (await import('./check-baseline.js')).reportAgainstBaseline(result, options.baseline, options, inputs);
  await writeResult(result, options, options.saveSnapshot ? [...inputs, options.saveSnapshot] : inputs);
  return exitCodeOf(result);
}

function requestedInstances(options: CheckOptions, ignore: { instance?: string }[]): string[] {
  return [...(options.instance ?? []), ...ignore.flatMap((entry) => (entry.instance ? [entry.instance] : []))];
}
