import type { CheckOptions } from '../cli/commands/check.js';
import { reportProblems, UsageError } from '../cli/exit.js';
import { liveOptionsFrom } from '../cli/live-options.js';
import { assertRuleIds, parseIgnore, resolveLang } from '../cli/options.js';
import { planOutput, writeResult } from '../cli/output.js';
import { exitCodeOf } from '../engine/run-rules.js';
import { fleetText } from '../i18n/fleet.js';
import type { Lang } from '../i18n/lang.js';
import { RULES } from '../rules/index.js';
import { FLEET_RULES } from '../rules/fleet.js';
import { membersFromArguments, readFleetFile } from './fleet-file.js';
import { fleetProgress } from './progress.js';
import { runFleet } from './run-fleet.js';
import { DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_S, DEFAULT_PER_HOST, type FleetLimits } from './schedule.js';

/** `check WS1 WS2 …` or `check --fleet fleet.yaml`: every workspace in one run, one result, the worst exit code. */
export async function runFleetCheck(targets: string[], options: CheckOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  planOutput(options, lang);
  if (options.fleet !== undefined && targets.length > 0) throw new UsageError(fleetText(lang, { id: 'fleetWithWorkspaces' }));
  if (options.snapshot !== undefined) throw new UsageError(fleetText(lang, { id: 'snapshotInFleet', params: { option: '--snapshot' } }));
  if (options.saveSnapshot !== undefined) throw new UsageError(fleetText(lang, { id: 'snapshotInFleet', params: { option: '--save-snapshot' } }));
  const ignore = parseIgnore(options.ignore ?? []);
  const allRules = [...RULES, ...FLEET_RULES];
  assertRuleIds([...(options.only ?? []), ...ignore.map((entry) => entry.rule)], allRules, lang);
  const limits = limitsFrom(options, lang);
  const live = liveOptionsFrom(options, lang);

  const members = options.fleet !== undefined ? await readFleetFile(options.fleet) : membersFromArguments(targets);
  const progress = fleetProgress(lang, { force: options.progress === true });
  let run;
  try {
    run = await runFleet(members, RULES, FLEET_RULES, {
      lang,
      only: options.only,
      instances: options.instance,
      ignore,
      probe: options.probe,
      live,
      limits,
      progress,
      fleetFile: options.fleet,
    });
  } finally {
    progress?.close();
  }
  reportProblems(run.result.problems);
  await writeResult(run.result, options, run.inputs);
  return exitCodeOf(run.result);
}

function limitsFrom(options: CheckOptions, lang: Lang): FleetLimits {
  const count = (option: '--concurrency' | '--per-host', value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(fleetText(lang, { id: 'countInvalid', params: { option, value } }));
    return n;
  };
  const deadline = options.deadline === undefined ? DEFAULT_DEADLINE_S : Number(options.deadline);
  if (!Number.isFinite(deadline) || deadline <= 0 || deadline > 86_400)
    throw new UsageError(fleetText(lang, { id: 'deadlineInvalid', params: { value: options.deadline ?? '' } }));
  return {
    concurrency: count('--concurrency', options.concurrency, DEFAULT_CONCURRENCY),
    perHost: count('--per-host', options.perHost, DEFAULT_PER_HOST),
    deadlineMs: Math.round(deadline * 1000),
  };
}
