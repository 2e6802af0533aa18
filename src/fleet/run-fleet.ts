import { collectFromConfig, inputFilesOf, type LiveCollectOptions } from '../collectors/collect.js';
import { displayPath, readWorkspaceConfig, type WorkspaceConfig } from '../collectors/workspace-config.js';
import { UsageError } from '../cli/exit.js';
import { closest } from '../domain/similarity.js';
import { exitCodeOf, findingOf, commonFinding, resultProblem, runRules } from '../engine/run-rules.js';
import { render } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import { fleetRunText } from '../i18n/fleet-run.js';
import type { Lang } from '../i18n/lang.js';
import { InputError } from '../inputs/input-error.js';
import { instanceContext } from '../model/instance-context.js';
import { FLEET_RESULT_SCHEMA_VERSION, summarize, type CheckResult, type Finding, type ResultProblem, type WorkspaceSummary } from '../model/finding.js';
import type { Snapshot } from '../model/snapshot.js';
import type { FleetMemberContext, Rule } from '../rules/rule.js';
import { TOOL_VERSION } from '../version.js';
import type { FleetMember } from './fleet-file.js';
import { mapLimited } from './limits.js';
import type { FleetProgress } from './progress.js';
import { FleetScheduler, type FleetLimits } from './schedule.js';

export interface FleetRunOptions {
  lang: Lang;
  only?: string[];
  instances?: string[];
  ignore?: { rule: string; instance?: string }[];
  probe?: boolean;
  live: LiveCollectOptions;
  limits: FleetLimits;
  progress?: FleetProgress;
  /** The fleet file, when the workspaces came from one (the result's `workspace`). */
  fleetFile?: string;
}

export interface FleetRun {
  result: CheckResult;
  /** Every file the run read: no output may be written onto one of them. */
  inputs: string[];
}

/** One workspace's part of the run: its result, or the problem that kept it from being read. */
interface MemberRun {
  member: FleetMember;
  file: string;
  result: CheckResult | undefined;
  snapshot: Snapshot | undefined;
  unreadable: ResultProblem | undefined;
  inputs: string[];
}

/**
 * Checks every workspace of a fleet in one process (modules load once), the live ones within the
 * fleet's limits, then the rules across the fleet, into one result: findings and problems carry
 * their workspace, `summary` totals the fleet and `workspaces[]` holds each one's own. A workspace
 * that cannot be read is a problem of that workspace; the others still run.
 */
export async function runFleet(
  members: readonly FleetMember[],
  rules: readonly Rule[],
  fleetRules: readonly Rule[],
  options: FleetRunOptions,
): Promise<FleetRun> {
  const { lang } = options;
  const scheduler = new FleetScheduler(options.limits, options.progress);
  // Every workspace file is read first: an --instance name that no workspace has is refused before any live work.
  const configs = await mapLimited(members, options.limits.concurrency, async (member): Promise<WorkspaceConfig | ResultProblem> => {
    try {
      return await readWorkspaceConfig(member.target);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return resultProblem(error.toProblem(), lang);
    }
  });
  const requested = [...(options.instances ?? []), ...(options.ignore ?? []).flatMap((entry) => (entry.instance ? [entry.instance] : []))];
  assertFleetInstances(requested, members, configs, lang);
  const wanted = (name: string): boolean => !options.instances?.length || options.instances.includes(name);

  const runs = await mapLimited(members, options.limits.concurrency, async (member, index): Promise<MemberRun | undefined> => {
    const config = configs[index]!;
    if (!('instances' in config)) return { member, file: displayPath(member.target), result: undefined, snapshot: undefined, unreadable: config, inputs: [] };
    const selected = config.instances.filter((instance) => wanted(instance.name));
    // --instance limits the workspaces that have one of its names; the others have nothing to check.
    if (selected.length === 0 && options.instances?.length) return undefined;
    try {
      options.progress?.planned(selected.length);
      for (const instance of selected) options.progress?.begin(`${member.label}/${instance.name}`);
      const live = scheduler.liveOptionsFor(member.label, options.live);
      const snapshot = await collectFromConfig(config, { instances: options.instances?.length ? options.instances : undefined, live });
      if (options.probe) await scheduler.probe(snapshot, config, live);
      for (const instance of selected) options.progress?.end(`${member.label}/${instance.name}`);
      const result = runRules(snapshot, rules, { lang, only: options.only, instances: options.instances, ignore: options.ignore });
      return { member, file: config.file, result, snapshot, unreadable: undefined, inputs: inputFilesOf(config) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { member, file: config.file, result: undefined, snapshot: undefined, unreadable: resultProblem(error.toProblem(), lang), inputs: [] };
    }
  }).then((all) => all.filter((run): run is MemberRun => run !== undefined));

  const findings: Finding[] = runs.flatMap((run) => (run.result?.findings ?? []).map((finding) => inWorkspace(finding, run.member.label)));
  findings.push(...fleetFindings(runs, fleetRules, options).map((finding) => inWorkspace(finding, null)));
  const workspaces: WorkspaceSummary[] = runs.map((run) => {
    const problems = run.result ? run.result.problems : [run.unreadable!];
    return {
      label: run.member.label,
      file: run.file,
      instances: run.result?.instances ?? [],
      summary: run.result?.summary ?? summarize([]),
      problems,
      exitCode: run.result ? exitCodeOf(run.result) : exitCodeOf({ problems, summary: summarize([]) } as CheckResult),
    };
  });
  const result: CheckResult = {
    schemaVersion: FLEET_RESULT_SCHEMA_VERSION,
    tool: { name: 'ims-doctor', version: TOOL_VERSION },
    lang,
    workspace: options.fleetFile ? displayPath(options.fleetFile) : runs.map((run) => run.file).join(', '),
    instances: workspaces.flatMap((workspace) => workspace.instances.map((instance) => ({ ...instance, workspace: workspace.label }))),
    summary: summarize(findings),
    problems: workspaces.flatMap((workspace) => workspace.problems.map((problem) => ({ ...problem, workspace: workspace.label }))),
    findings,
    workspaces,
  };
  const inputs = [...new Set([...(options.fleetFile ? [options.fleetFile] : []), ...runs.flatMap((run) => run.inputs)])];
  return { result, inputs };
}

/**
 * Refuses a requested instance name (--instance, --ignore RULE@INSTANCE) that no workspace of the
 * fleet describes, with the nearest name, as one workspace does. While a workspace cannot be read
 * the name may be one of its instances: then the run goes on and reports that workspace's problem.
 */
function assertFleetInstances(
  names: readonly string[],
  members: readonly FleetMember[],
  configs: readonly (WorkspaceConfig | ResultProblem)[],
  lang: Lang,
): void {
  if (configs.some((config) => !('instances' in config))) return;
  const where = new Map<string, string>();
  configs.forEach((config, index) => {
    for (const instance of (config as WorkspaceConfig).instances) if (!where.has(instance.name)) where.set(instance.name, members[index]!.label);
  });
  for (const name of names) {
    if (where.has(name)) continue;
    const near = closest(name, where.keys());
    throw new UsageError(
      fleetRunText(lang, {
        id: 'unknownFleetInstance',
        params: { instance: name, workspaces: members.length, suggestion: near ? { name: near.value, workspace: where.get(near.value)! } : null },
      }),
    );
  }
}

/** The rules across the fleet, over every workspace that could be read; `--only` and `--ignore` apply as to the others. */
function fleetFindings(runs: readonly MemberRun[], fleetRules: readonly Rule[], options: FleetRunOptions): Finding[] {
  const { lang } = options;
  const members: FleetMemberContext[] = runs.flatMap((run) =>
    run.snapshot
      ? [
          {
            label: run.member.label,
            snapshot: run.snapshot,
            contexts: run.snapshot.instances
              .filter((instance) => !options.instances?.length || options.instances.includes(instance.name))
              .map((instance) => instanceContext(run.snapshot!, instance)),
          },
        ]
      : [],
  );
  const selected = options.only?.length ? fleetRules.filter((rule) => options.only!.includes(rule.id)) : fleetRules;
  const findings: Finding[] = [];
  for (const rule of selected) {
    if (rule.scope !== 'fleet') continue;
    try {
      for (const report of rule.check({ members })) findings.push(findingOf(rule, report, null, lang));
    } catch (error) {
      findings.push(commonFinding(rule, 'error', { id: 'ruleCrashed', params: { error: error instanceof Error ? error.message : String(error) } }, null, lang));
    }
  }
  for (const finding of findings)
    if (options.ignore?.some((entry) => entry.rule === finding.rule && entry.instance === undefined))
      finding.suppressed = { reason: render(COMMON, { id: 'suppressedCli' }, lang), by: 'command-line' };
  return findings;
}

/** The finding with its workspace beside its instance (the keys in the order the schema lists them). */
function inWorkspace(finding: Finding, workspace: string | null): Finding {
  const { rule, title, section, docUrl, status, instance, ...rest } = finding;
  return { rule, title, section, docUrl, status, instance, workspace, ...rest };
}
