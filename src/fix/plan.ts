import { findingKey, isProblem } from '../diff/finding-key.js';
import type { CheckResult, Finding } from '../model/finding.js';
import { instanceContext } from '../model/instance-context.js';
import type { Snapshot } from '../model/snapshot.js';
import { TOOL_VERSION } from '../version.js';
import { accessChanges } from './access.js';
import { applyChanges, changeKey } from './apply-snapshot.js';
import { FIXERS } from './fixers/index.js';
import type { Fixer, FixOption, FixProposal } from './fixers/fixer.js';
import { restartOf } from './fixers/restart.js';
import type { Alternative, Change, ChangeDraft, Cost, FixMessage, FixPlan, Plane, Unaddressed } from './types.js';
import { evaluate, runCheck, type CheckRun } from './what-if.js';

/**
 * Derives a change plan from a snapshot and the findings' data. Each failing or warning finding
 * goes to its rule's fixer; where it offers competing fixes the plan picks the one that touches
 * least (fewest records, then fewest people whose groups change, then PLANE_PREFERENCE) and names
 * the other. The changes are applied to the snapshot and checked again, and the findings that
 * appear then (a urlPermission the new IMS host needs, say) are fixed in turn, up to MAX_ROUNDS.
 * Restarts come last. The plan is rejected when the check after it fails where the check before
 * did not, or when someone loses an operator group no finding called wrong.
 */

/** `only`: fix the findings of these rules only (every rule is still checked after the changes); `instances`, `ignore`: as for check. */
export interface PlanOptions extends CheckRun {
  /** When the plan is made: the time Campaign saves and the restart are dated with. */
  now?: Date;
  /** Propose only changes in these planes (default: all four). */
  planes?: readonly Plane[];
  fixers?: ReadonlyMap<string, Fixer>;
}

const MAX_ROUNDS = 3;

/** On a tie, what ims-doctor can write as a file and prove comes first, then what a person does, IMS last (Adobe's side). */
const PLANE_PREFERENCE = (draft: ChangeDraft): number =>
  draft.applyWith === 'package' ? 0 : draft.applyWith === 'patch' ? 1 : draft.plane === 'adminConsole' ? 2 : draft.plane === 'campaign' ? 3 : 4;

/**
 * The order to make changes in: Adobe's side first (the Admin Console and IMS take effect at once),
 * then serverConf, then Campaign (renames before the package that keys on the new name, deletions
 * before updates, as the package writes them), the restarts that make Campaign's changes effective last.
 */
const ORDER_RANK = (draft: ChangeDraft): number => {
  if (draft.op === 'restart') return 9;
  if (draft.plane === 'adminConsole') return 1;
  if (draft.plane === 'ims') return 2;
  if (draft.plane === 'serverConf') return 3;
  if (draft.applyWith === 'steps') return 4;
  return draft.op === 'delete' ? 5 : 6;
};

interface Chosen {
  draft: ChangeDraft;
  fixes: Set<string>;
  alternative: Alternative | null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function costOf(changes: readonly ChangeDraft[], people: number): Cost {
  return {
    records: changes.reduce((sum, change) => sum + (change.op === 'addMembers' && Array.isArray(change.to) ? change.to.length : 1), 0),
    people,
    preference: Math.max(0, ...changes.map(PLANE_PREFERENCE)),
  };
}

function compareCost(a: Cost, b: Cost): number {
  return a.records - b.records || a.people - b.people || a.preference - b.preference;
}

export function planFixes(snapshot: Snapshot, result: CheckResult, options: PlanOptions = {}): FixPlan {
  const now = options.now ?? new Date();
  const fixers = options.fixers ?? FIXERS;
  const planes = options.planes ?? ['campaign', 'serverConf', 'adminConsole', 'ims'];
  // Every rule is checked after a change, whatever `only` says: a fix must not break what the user did not ask about.
  const run: CheckRun = { rules: options.rules, instances: options.instances, ignore: options.ignore };
  const asked = (rule: string): boolean => !options.only?.length || options.only.includes(rule);
  const before = runCheck(snapshot, run);
  const chosen = new Map<string, Chosen>();
  const unaddressed = new Map<string, Unaddressed>();
  const handled = new Set<string>();

  const leave = (finding: Finding, reason: FixMessage): void => {
    const key = `${findingKey(finding)}|${reason.id}`;
    if (!unaddressed.has(key))
      unaddressed.set(key, { rule: finding.rule, instance: finding.instance, messageId: finding.messageId, status: finding.status, reason });
  };

  let round = snapshot;
  let roundResult = result;
  let planned = snapshot;
  for (let index = 0; index < MAX_ROUNDS; index++) {
    let added = false;
    for (const finding of roundResult.findings) {
      if (!isProblem(finding) || !asked(finding.rule)) continue;
      const key = findingKey(finding);
      if (handled.has(key)) continue;
      handled.add(key);
      const fixer = fixers.get(finding.rule);
      if (!fixer) {
        leave(finding, { id: 'reasonNoFixer', params: { rule: finding.rule } });
        continue;
      }
      const inRound = finding.instance === null ? undefined : round.instances.find((instance) => instance.name === finding.instance);
      const inPlanned = finding.instance === null ? undefined : planned.instances.find((instance) => instance.name === finding.instance);
      const proposals: FixProposal[] = [
        fixer.propose({
          finding,
          snapshot: round,
          result: roundResult,
          planned,
          context: inRound && instanceContext(round, inRound),
          plannedContext: inPlanned && instanceContext(planned, inPlanned),
        }),
      ].flat();
      for (const proposal of proposals) {
        if (proposal.kind === 'resolved') continue;
        if (proposal.kind === 'none') {
          leave(finding, proposal.reason);
          continue;
        }
        if (proposal.options.length === 0) {
          leave(finding, { id: 'reasonNoFix' });
          continue;
        }
        const allowed = proposal.options.filter((option) => option.changes.every((change) => planes.includes(change.plane)));
        if (allowed.length === 0) {
          leave(finding, {
            id: 'reasonPlaneLeftOut',
            params: { planes: [...new Set(proposal.options.flatMap((option) => option.changes.map((change) => change.plane)))] },
          });
          continue;
        }
        const decision = choose(allowed, planned, chosen, now, run);
        const conflict = decision.option.changes.find((change) => {
          const existing = chosen.get(changeKey(change));
          return existing !== undefined && !sameValue(existing.draft.to, change.to);
        });
        if (conflict) {
          leave(finding, { id: 'reasonConflict', params: { change: changeKey(conflict) } });
          continue;
        }
        const fresh: ChangeDraft[] = [];
        decision.option.changes.forEach((change, position) => {
          const id = changeKey(change);
          const existing = chosen.get(id);
          if (existing) existing.fixes.add(finding.rule);
          else {
            chosen.set(id, { draft: change, fixes: new Set([finding.rule]), alternative: position === 0 ? decision.alternative : null });
            fresh.push(change);
          }
        });
        if (fresh.length > 0) {
          added = true;
          planned = applyChanges(planned, fresh, { now });
        }
      }
    }
    if (!added) break;
    round = planned;
    roundResult = runCheck(planned, run);
  }

  // A restart for every instance whose account or serverConf changes, and last (whatever `planes` says: it changes no setting).
  for (const entry of [...chosen.values()]) {
    const draft = entry.draft;
    if (draft.instance === null || draft.op === 'restart' || !(draft.record === 'extAccount' || draft.plane === 'serverConf')) continue;
    const instance = snapshot.instances.find((candidate) => candidate.name === draft.instance);
    const restart = restartOf(draft.instance, instance?.serverStartedAt?.value ?? null, instance?.serverStartedAt?.at ?? null);
    if (!chosen.has(changeKey(restart))) chosen.set(changeKey(restart), { draft: restart, fixes: new Set(), alternative: null });
  }

  const instanceOrder = snapshot.instances.map((instance) => instance.name);
  const ordered = [...chosen.values()]
    .map((entry, insertion) => ({ entry, insertion }))
    .sort(
      (a, b) =>
        ORDER_RANK(a.entry.draft) - ORDER_RANK(b.entry.draft) ||
        instanceOrder.indexOf(a.entry.draft.instance ?? '') - instanceOrder.indexOf(b.entry.draft.instance ?? '') ||
        a.insertion - b.insertion,
    );
  const changes: Change[] = ordered.map(({ entry }, position) => ({
    ...entry.draft,
    id: changeKey(entry.draft),
    order: position + 1,
    fixes: [...entry.fixes],
    requiredBy: [],
    alternative: entry.alternative,
  }));
  for (const restart of changes.filter((change) => change.op === 'restart')) {
    restart.requiredBy = changes
      .filter((change) => change.instance === restart.instance && change.op !== 'restart' && (change.record === 'extAccount' || change.plane === 'serverConf'))
      .map((change) => change.id);
  }

  const evaluation = evaluate(snapshot, before, changes, { now, run });
  return {
    schemaVersion: 1,
    kind: 'ims-doctor-fix-plan',
    tool: { name: 'ims-doctor', version: TOOL_VERSION },
    workspace: snapshot.workspace.file,
    createdAt: now.toISOString(),
    changes,
    unaddressed: [...unaddressed.values()],
    predicted: evaluation.predicted.filter((item) => asked(item.rule)),
    access: evaluation.access,
    accessUnchanged: evaluation.accessUnchanged,
    accepted: evaluation.rejections.length === 0,
    rejections: evaluation.rejections,
  };
}

/**
 * Picks the option that touches least. An option whose changes are all planned already is taken
 * as it is (two findings asking for the same fix). Otherwise each is rehearsed on the planned
 * snapshot: one that breaks a rule or takes a group away comes last.
 */
function choose(
  candidates: readonly FixOption[],
  planned: Snapshot,
  chosen: ReadonlyMap<string, Chosen>,
  now: Date,
  run: CheckRun,
): { option: FixOption; alternative: Alternative | null } {
  const [first] = candidates;
  if (!first) throw new Error('choose() needs an option');
  const known = candidates.find((option) => option.changes.every((change) => sameValue(chosen.get(changeKey(change))?.draft.to, change.to)));
  if (known) return { option: known, alternative: null };
  if (candidates.length === 1) return { option: first, alternative: null };
  // Rehearsed from the fewest records up, until an option that breaks nothing is found: one that
  // touches more cannot win, so it is only measured (who it would change), not checked.
  const plannedResult = runCheck(planned, run);
  const byRecords = [...candidates].sort((a, b) => costOf(a.changes, 0).records - costOf(b.changes, 0).records);
  const rated: { option: FixOption; cost: Cost; breaks: boolean }[] = [];
  let found = false;
  for (const option of byRecords) {
    const records = costOf(option.changes, 0).records;
    if (found && records > Math.min(...rated.filter((item) => !item.breaks).map((item) => item.cost.records))) {
      rated.push({
        option,
        cost: costOf(option.changes, accessChanges(planned, applyChanges(planned, option.changes, { now })).changes.length),
        breaks: false,
      });
      continue;
    }
    const evaluation = evaluate(planned, plannedResult, option.changes, { now, run });
    const breaks = evaluation.rejections.length > 0;
    found ||= !breaks;
    rated.push({ option, cost: costOf(option.changes, evaluation.access.length), breaks });
  }
  rated.sort((a, b) => Number(a.breaks) - Number(b.breaks) || compareCost(a.cost, b.cost));
  const [best, runnerUp] = rated as [(typeof rated)[number], (typeof rated)[number]];
  const why: Alternative['why'] =
    runnerUp.breaks && !best.breaks
      ? 'breaks'
      : runnerUp.cost.records > best.cost.records
        ? 'touchesMore'
        : runnerUp.cost.people > best.cost.people
          ? 'morePeople'
          : 'preference';
  return { option: best.option, alternative: { changes: runnerUp.option.changes, cost: runnerUp.cost, why } };
}
