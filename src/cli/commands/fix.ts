import path from 'node:path';
import { exitCodeOf, runRules } from '../../engine/run-rules.js';
import { fixOutputs } from '../../fix/outputs.js';
import { planFixes } from '../../fix/plan.js';
import { whatIfText } from '../../fix/render.js';
import { parseWhatIf, whatIf, whatIfChange } from '../../fix/what-if.js';
import type { ChangeDraft } from '../../fix/types.js';
import { formatFor } from '../../i18n/catalogue.js';
import { FIX } from '../../i18n/fix.js';
import { RULES } from '../../rules/index.js';
import { resolveDiagnoseFormat, writeDiagnosis } from '../diagnose-common.js';
import { EXIT, reportProblems, UsageError } from '../exit.js';
import type { LiveCliOptions } from '../live-options.js';
import { loadSource } from '../load-source.js';
import { assertRuleIds, parseIgnore, resolveLang } from '../options.js';
import { writeFilesSafely } from '../safe-write.js';

export interface FixOptions extends LiveCliOptions {
  outputDir?: string;
  format?: string;
  lang?: string;
  instance?: string[];
  only?: string[];
  ignore?: string[];
  snapshot?: string;
  /** `instance.field=value`, each rehearsed together (repeatable; values may hold commas). */
  whatIf?: string[];
  apply?: boolean;
  yes?: boolean;
}

/**
 * `ims-doctor fix [workspace] --output-dir DIR`: derives the change plan from the findings, proves
 * it on the snapshot, writes plan.json, plan.md, the Campaign packages and serverConf patches into
 * DIR (never onto an input), and prints the plan (json) or where it went (text). Exit 0 when the
 * plan is accepted, 3 when it is rejected (the reasons on stderr), 2 for bad input or usage.
 * `--what-if 'instance.field=value' …` rehearses the user's own change instead: who gains and
 * loses access, what resolves; exit 0 when nothing breaks, 3 otherwise.
 */
export async function runFix(workspace: string, options: FixOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const format = resolveDiagnoseFormat(options.format, lang);
  const ignore = parseIgnore(options.ignore ?? []);
  assertRuleIds([...(options.only ?? []), ...ignore.map((entry) => entry.rule)], RULES, lang);
  const f = formatFor(lang);
  const rehearsing = (options.whatIf?.length ?? 0) > 0;
  if (rehearsing && (options.apply || options.outputDir !== undefined)) throw new UsageError(f.say(FIX, { id: 'cliWhatIfAlone' }));
  if (!rehearsing && options.outputDir === undefined) throw new UsageError(f.say(FIX, { id: 'cliNeedsOutputDir' }));

  const instances = options.instance?.length ? options.instance : undefined;
  const { snapshot, inputs } = await loadSource(workspace, { ...options, instances, lang });
  const run = { instances, ignore };
  const result = runRules(snapshot, RULES, { lang, ...run });
  reportProblems(result.problems);

  if (rehearsing) {
    const names = snapshot.instances.map((instance) => instance.name);
    const changes: ChangeDraft[] = (options.whatIf ?? []).map((text) => {
      const parsed = parseWhatIf(text, names);
      if (!parsed.ok) throw new UsageError(f.say(FIX, parsed.error));
      const change = whatIfChange(snapshot, parsed.value);
      if (!change.ok) throw new UsageError(f.say(FIX, change.error));
      return change.value;
    });
    const outcome = whatIf(snapshot, result, changes, { run });
    writeDiagnosis(outcome, format, (value) => whatIfText(value, lang));
    return outcome.accepted ? EXIT.ok : EXIT.fail;
  }

  const outputDir = options.outputDir!;
  const plan = planFixes(snapshot, result, { ...run, only: options.only });
  const files = await fixOutputs(plan, snapshot, { lang });
  await writeFilesSafely(
    files.map((file) => ({ file: path.join(outputDir, file.path), content: file.content })),
    { inputs, lang, makeFolders: true },
  );
  if (format === 'json') process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  else {
    const lines = [
      f.say(FIX, { id: 'cliWritten', params: { dir: outputDir, files: files.map((file) => file.path) } }),
      plan.accepted
        ? f.say(FIX, { id: 'mdAccepted', params: { changes: plan.changes.length, unaddressed: plan.unaddressed.length } })
        : f.say(FIX, { id: 'mdRejected', params: { count: plan.rejections.length } }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!plan.accepted) {
    for (const rejection of plan.rejections) process.stderr.write(`ims-doctor: ${f.say(FIX, rejection.reason)}\n`);
    return EXIT.fail;
  }
  if (options.apply) {
    const { runFixApply } = await import('./fix-apply.js');
    return runFixApply({ workspace, plan, snapshot, outputDir, lang, yes: options.yes === true, reportTo: format === 'json' ? 'stderr' : 'stdout' });
  }
  // Problems reading a source make the plan incomplete, as they make a check incomplete.
  return result.problems.length > 0 ? exitCodeOf(result) : EXIT.ok;
}
