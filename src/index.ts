/** ims-doctor as a library: collect a workspace, run the checklist, render the result. */
export { collectWorkspace, collectFromConfig } from './collectors/collect.js';
export { readWorkspaceConfig } from './collectors/workspace-config.js';
export { runRules, exitCodeOf, summarize } from './engine/run-rules.js';
export { RULES, findRule } from './rules/index.js';
export { InputError } from './inputs/input-error.js';
export type { Snapshot } from './model/snapshot.js';
export type { CheckResult, Finding, Status } from './model/finding.js';
