/** ims-doctor as a library: collect a workspace, run the checklist, render the result. */
export { collectWorkspace, collectFromConfig } from './collectors/collect.js';
export { readWorkspaceConfig } from './collectors/workspace-config.js';
export { runRules, exitCodeOf, summarize } from './engine/run-rules.js';
export { RULES, findRule } from './rules/index.js';
export { InputError } from './inputs/input-error.js';
export type { Snapshot } from './model/snapshot.js';
export type { CheckResult, Finding, Status } from './model/finding.js';
// issue 13: fix plans, what-if rehearsals, snapshot diffs and baselines.
export { planFixes, type PlanOptions } from './fix/plan.js';
export { applyChanges } from './fix/apply-snapshot.js';
export { whatIf, parseWhatIf, whatIfChange, type WhatIfResult } from './fix/what-if.js';
export { accessChanges, groupsOfPerson } from './fix/access.js';
export { campaignPackage, undoPackage } from './fix/package-writer.js';
export { fixOutputs, writeFixDirectory } from './fix/outputs.js';
export { planMarkdown, whatIfText } from './fix/render.js';
export type { FixPlan, Change, ChangeDraft, AccessChange, PredictedFinding, Rejection } from './fix/types.js';
export { diffSnapshots, baseline, type SnapshotDiff, type BaselineOutcome } from './diff/diff.js';
export { diffText, baselineResult, baselineSummary } from './diff/render.js';
export { loadResult } from './diff/result-file.js';
