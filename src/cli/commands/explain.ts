import { resultProblem } from '../../engine/run-rules.js';
import { explainLogin, PersonFilter, type ExplainResult } from '../../analyzers/explain.js';
import { collectFromConfig } from '../../collectors/collect.js';
import { readWorkspaceConfig } from '../../collectors/workspace-config.js';
import { EXIT } from '../../engine/run-rules.js';
import { dxText } from '../../i18n/diagnose.js';
import type { Lang } from '../../i18n/lang.js';
import { renderExplainText } from '../../reporters/explain-text.js';
import { resolveDiagnoseFormat, writeDiagnosis, type DiagnoseOptions } from '../diagnose-common.js';
import { reportProblems, UsageError } from '../exit.js';
import { assertInstances, resolveLang } from '../options.js';

/**
 * `ims-doctor explain <email|username> [workspace] [--instance NAME]`: one person's login, step by
 * step. Only that person (and a few near misses) is kept from the Admin Console export, so a
 * million-user file streams through in constant memory per user.
 * Exit: 0 they log in everywhere checked, 3 a step fails (or a prerequisite stops everybody), 4
 * warnings only, 2 the person is not in the export (a sentence names the near misses), the export
 * is missing, or a source cannot be read.
 */
export async function runExplain(who: string, workspace: string | undefined, options: DiagnoseOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = resolveDiagnoseFormat(options.format, lang);
  if (who.trim() === '') throw new UsageError(dxText(lang, { id: 'explainNeedsWho' }));
  const config = await readWorkspaceConfig(workspace ?? '.');
  if (options.instance?.length)
    assertInstances(
      options.instance,
      config.instances.map((instance) => instance.name),
      lang,
    );
  // Every instance is collected (another instance's mask explains a profile that is not for this one); only the asked ones are walked.
  const filter = new PersonFilter(who);
  const onUmapiProgress = config.adminConsoleUmapi ? (await import('../progress-umapi.js')).umapiProgressPrinter(lang) : undefined;
  const snapshot = await collectFromConfig(config, { adminConsole: { keepUser: filter.keepUser }, onUmapiProgress });
  reportProblems(snapshot.problems.map((problem) => resultProblem(problem, lang)));
  const result = explainLogin(who, snapshot, lang, { instances: options.instance });
  writeDiagnosis(result, format, renderExplainText);
  return exitCodeOfExplain(result, lang);
}

export function exitCodeOfExplain(result: ExplainResult, lang: Lang): number {
  const { person } = result;
  if (person.found === null) {
    const near = person.nearMisses.slice(0, 3).map((miss) => miss.email || miss.username);
    const sentence =
      person.export === null
        ? result.summary.message
        : dxText(lang, { id: 'explainNotFoundSentence', params: { who: result.query, source: person.export.source, count: person.export.users, near } });
    process.stderr.write(`ims-doctor: ${sentence}\n`);
    return EXIT.badInput;
  }
  if (result.problems.length > 0) return EXIT.badInput;
  const statuses = [
    person.status,
    result.memberships.status,
    ...result.instances.flatMap((instance) => [instance.outcome.status, instance.prerequisites.status]),
  ];
  if (statuses.includes('fail')) return EXIT.fail;
  if (statuses.includes('warn')) return EXIT.warn;
  return EXIT.ok;
}
