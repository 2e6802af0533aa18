import path from 'node:path';
import { candidateRules } from '../../analyzers/causes.js';
import { listLogFiles, logsResult, scanLogFiles, type LogsResult } from '../../analyzers/log-scan.js';
import { symptomById } from '../../domain/symptoms.js';
import { displayPath } from '../../collectors/workspace-config.js';
import { EXIT, exitCodeOf, runRules } from '../../engine/run-rules.js';
import type { CheckResult } from '../../model/finding.js';
import { dxText } from '../../i18n/diagnose.js';
import { RULES } from '../../rules/index.js';
import { renderLogsText } from '../../reporters/logs-text.js';
import { isWorkspace, loadWorkspace, optionalWorkspace, resolveDiagnoseFormat, writeDiagnosis, type DiagnoseOptions } from '../diagnose-common.js';
import { reportProblems, UsageError } from '../exit.js';
import { resolveLang } from '../options.js';

/**
 * `ims-doctor logs <file|dir>… [workspace]`: counts the known IMS signatures in Campaign logs per
 * message, user and hour, and links them to the symptom catalogue (ranking the causes with the
 * workspace's rules when one is given: the last argument when it is a workspace, else the current
 * folder when it holds ims-doctor.yaml). Exit: 0 nothing found (or only routine messages such as
 * XSV-350008), 4 failed logins seen, 3 a rule confirms a cause, 2 a file could not be read.
 */
export async function runLogs(inputs: string[], options: DiagnoseOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = resolveDiagnoseFormat(options.format, lang);
  const paths = [...inputs];
  let workspace: string | undefined;
  if (paths.length > 1 && isWorkspace(paths.at(-1)!)) workspace = paths.pop();
  workspace = optionalWorkspace(workspace);
  if (paths.length === 0) throw new UsageError(dxText(lang, { id: 'logsNoInput' }));

  const { files, empty } = listLogFiles(paths);
  const scan = await scanLogFiles(files.map((file) => displayPath(path.resolve(file))));

  let check: CheckResult | undefined;
  const seen = [...new Set(scan.signatures.map((signature) => signature.symptom))].map((id) => symptomById(id)!);
  const rules = candidateRules(seen);
  if (workspace !== undefined && rules.length > 0) {
    const { snapshot } = await loadWorkspace(workspace, options.instance, lang);
    check = runRules(snapshot, RULES, { lang, only: rules, instances: options.instance });
  }
  const result = logsResult(paths, empty, scan, lang, check);
  reportProblems(result.problems);
  writeDiagnosis(result, format, renderLogsText);
  return exitCodeOfLogs(result, check);
}

export function exitCodeOfLogs(result: LogsResult, check: CheckResult | undefined): number {
  if (result.problems.length > 0) return EXIT.badInput;
  if (check) {
    const code = exitCodeOf(check);
    if (code === EXIT.fail || code === EXIT.internal) return code;
  }
  return result.symptoms.some((symptom) => symptom.severity === 'warn') ? EXIT.warn : EXIT.ok;
}
