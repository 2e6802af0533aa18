import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { collectFromConfig } from '../../collectors/collect.js';
import { openCampaignSession, type CampaignSession } from '../../collectors/live/campaign-soap.js';
import { readWorkspaceConfig } from '../../collectors/workspace-config.js';
import { exitCodeOf, runRules } from '../../engine/run-rules.js';
import { applyLive, instancesToApply, type InstanceOutcome } from '../../fix/apply-live.js';
import { outcomeLines } from '../../fix/apply-text.js';
import { packagedChanges } from '../../fix/package-writer.js';
import { describeChange, howTo } from '../../fix/render.js';
import type { FixPlan } from '../../fix/types.js';
import { APPLY } from '../../i18n/apply.js';
import { formatFor, type MessageRef } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/lang.js';
import type { ProblemRef } from '../../i18n/problems.js';
import { uiText } from '../../i18n/ui.js';
import { InputError } from '../../inputs/input-error.js';
import type { Snapshot } from '../../model/snapshot.js';
import { RULES } from '../../rules/index.js';
import { EXIT, reportProblems } from '../exit.js';
import { liveOptionsFrom } from '../live-options.js';

/** Skips that are the plan's nature, not a failure of the run: the rest of the plan is done as asked. */
const EXPECTED_SKIPS = new Set(['notLive', 'onlyDeletes']);

/**
 * `fix --apply`: shows what will be written to the instances read live over SOAP, asks (or takes
 * --yes), writes with a backup and a read-back (fix/apply-live.ts), says what happened and what is
 * left to do by hand, then runs the check again. Exit: 0 applied and the check is clean, 3 (or 4)
 * failures (warnings) remain, 2 when not everything asked was applied (nothing written without a
 * terminal or --yes, a write undone, an instance not reachable); the sentences say which.
 */
export async function runFixApply(input: {
  workspace: string;
  plan: FixPlan;
  snapshot: Snapshot;
  outputDir: string;
  lang: Lang;
  yes: boolean;
  /** Where the account of the run goes: stderr when stdout carries the plan as JSON. */
  reportTo?: 'stdout' | 'stderr';
}): Promise<number> {
  const { plan, snapshot, lang } = input;
  const f = formatFor(lang);
  const live = liveOptionsFrom({}, lang);
  const say = (ref: MessageRef<typeof APPLY>): string => f.say(APPLY, ref);
  // Every line passes the redactor: a secret read for the sessions never reaches the terminal.
  const out = input.reportTo === 'stderr' ? process.stderr : process.stdout;
  const print = (lines: string[]): void => void out.write(lines.map((line) => `${live.redactor.redact(line)}\n`).join(''));
  const fail = (text: string): void => void process.stderr.write(`ims-doctor: ${live.redactor.redact(text)}\n`);

  if (!plan.accepted) {
    fail(say({ id: 'rejected', params: { count: plan.rejections.length } }));
    return EXIT.fail;
  }
  const config = await readWorkspaceConfig(input.workspace);
  const liveConfigOf = (name: string) => config.instances.find((instance) => instance.name === name)?.campaignLive;
  const targets = instancesToApply(plan, snapshot).filter((name) => {
    const plane = snapshot.instances.find((instance) => instance.name === name)?.campaign;
    return liveConfigOf(name) !== undefined && plane?.state === 'ok' && plane.data.live !== undefined;
  });

  // 1. The plan, as it will be written.
  print([say({ id: 'title', params: { workspace: plan.workspace } }), '']);
  if (instancesToApply(plan, snapshot).length === 0) print([say({ id: 'nothingToApply' }), '']);
  for (const name of targets) {
    const sets = packagedChanges(plan.changes, name).filter((change) => change.op === 'set' && typeof change.to === 'string');
    const accounts = new Set(sets.map((change) => change.target));
    if (sets.length === 0) continue;
    print([
      say({ id: 'planInstance', params: { instance: name, url: liveConfigOf(name)!.url, accounts: accounts.size } }),
      ...sets.map(
        (change) =>
          `  ${say({ id: 'planField', params: { account: change.target, field: change.field, from: typeof change.from === 'string' ? change.from : '', to: change.to as string } })}`,
      ),
    ]);
  }

  let outcomes: InstanceOutcome[] = [];
  if (targets.length > 0) {
    print(['', say({ id: 'planBackup', params: { folder: path.join(input.outputDir, 'backup') } }), '']);
    // 2. Ask, unless told not to; without a terminal to ask on, nothing is written.
    if (!input.yes) {
      if (!process.stdin.isTTY) {
        fail(say({ id: 'noTerminal' }));
        return EXIT.badInput;
      }
      if (!(await confirm(say({ id: 'confirm' })))) {
        print([say({ id: 'declined' })]);
        return EXIT.badInput;
      }
    }

    // 3. Connect (the secret from its variable or the prompt), write, read back, restore on any difference.
    const sessions = new Map<string, CampaignSession>();
    const unconnected = new Map<string, ProblemRef | null>();
    for (const name of targets) {
      try {
        sessions.set(name, await openCampaignSession(liveConfigOf(name)!, live));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        unconnected.set(name, error.problem as ProblemRef);
      }
    }
    try {
      outcomes = await applyLive(plan, snapshot, sessions, { outputDir: input.outputDir, now: new Date(), lang, unconnected });
    } finally {
      await Promise.all([...sessions.values()].map((session) => session.logoff()));
    }
    print([say({ id: 'resultHeading' }), ...outcomeLines(outcomes, lang).map((line) => `  ${line}`), '']);
  } else {
    const skipped = instancesToApply(plan, snapshot).map((name): InstanceOutcome => ({ instance: name, status: 'skipped', reason: { id: 'notLive' } }));
    print([...outcomeLines(skipped, lang), '']);
  }

  // 4. What the plan asks that cannot be done from here: every change not applied above.
  const appliedHere = new Set(outcomes.filter((outcome) => outcome.status === 'applied').map((outcome) => outcome.instance));
  const left = plan.changes.filter((change) => !(change.record === 'extAccount' && change.op === 'set' && appliedHere.has(change.instance ?? '')));
  if (left.length > 0)
    print([say({ id: 'remindHeading' }), ...left.flatMap((change) => [`  ${change.order}. ${describeChange(change, f)}`, `     ${howTo(change, f)}`]), '']);

  // 5. The check again, on what the sources hold now.
  const after = await collectFromConfig(config, { live });
  const result = runRules(after, RULES, { lang });
  reportProblems(result.problems);
  const failing = [...new Set(result.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.rule))];
  print([
    say({ id: 'recheckHeading' }),
    `  ${uiText(lang, { id: 'summaryLine', params: { ...result.summary } })}`,
    ...(failing.length > 0 ? [`  ${say({ id: 'recheckFailing', params: { rules: failing } })}`] : []),
  ]);

  const incomplete = outcomes.some(
    (outcome) =>
      outcome.status === 'restored' || outcome.status === 'restoreFailed' || (outcome.status === 'skipped' && !EXPECTED_SKIPS.has(outcome.reason.id)),
  );
  return incomplete ? EXIT.badInput : exitCodeOf(result);
}

async function confirm(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes|예|네)$/i.test((await terminal.question(question)).trim());
  } finally {
    terminal.close();
  }
}
