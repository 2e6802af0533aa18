import { resultProblem } from '../../engine/run-rules.js';
import path from 'node:path';
import { analyzeHar, type HarAnalysis } from '../../analyzers/har-analysis.js';
import { readHar } from '../../analyzers/har-file.js';
import { HarSanitizer } from '../../analyzers/har-sanitize.js';
import { displayPath } from '../../collectors/workspace-config.js';
import { EXIT } from '../../engine/run-rules.js';
import { instanceContext } from '../../model/instance-context.js';
import { dxText } from '../../i18n/diagnose.js';
import { renderHarText } from '../../reporters/har-text.js';
import { loadState, optionalWorkspace, resolveDiagnoseFormat, writeDiagnosis, type DiagnoseOptions } from '../diagnose-common.js';
import { reportProblems, UsageError } from '../exit.js';
import { resolveLang } from '../options.js';
import { writeFilesSafely } from '../safe-write.js';

export interface HarOptions extends DiagnoseOptions {
  sanitize?: boolean;
  output?: string;
}

/**
 * `ims-doctor har <file.har> [workspace]`: where the recorded login broke, with the values the
 * browser really sent, compared with the workspace when there is one. Exit: 0 nothing wrong (or no
 * IMS traffic), 3 a failure, 4 warnings only, 2 bad input.
 * `ims-doctor har --sanitize in.har -o out.har`: a copy safe to share (exit 0).
 */
export async function runHar(file: string, workspace: string | undefined, options: HarOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  if (options.sanitize) return sanitize(file, options.output, lang);
  const format = resolveDiagnoseFormat(options.format, lang);
  const har = readHar(file);
  const target = options.snapshot === undefined ? optionalWorkspace(workspace) : undefined;
  let compare;
  const state = await loadState(target, options, lang, { adminConsole: false });
  if (state !== undefined) {
    const { snapshot } = state;
    reportProblems(snapshot.problems.map((problem) => resultProblem(problem, lang)));
    compare = {
      workspace: state.workspace,
      contexts: snapshot.instances.map((instance) => instanceContext(snapshot, instance)),
      instance: options.instance?.[0],
    };
  }
  const analysis = analyzeHar(displayPath(path.resolve(file)), har, lang, compare);
  writeDiagnosis(analysis, format, renderHarText);
  return exitCodeOfHar(analysis);
}

export function exitCodeOfHar(analysis: HarAnalysis): number {
  const statuses = analysis.findings.map((finding) => finding.status);
  if (statuses.includes('fail')) return EXIT.fail;
  if (statuses.includes('warn')) return EXIT.warn;
  return EXIT.ok;
}

async function sanitize(file: string, output: string | undefined, lang: 'en' | 'ko'): Promise<number> {
  if (output === undefined || output === '') throw new UsageError(dxText(lang, { id: 'sanitizeNeedsOutput' }));
  if (output !== '-' && path.resolve(output) === path.resolve(file)) throw new UsageError(dxText(lang, { id: 'sanitizeOverwrite', params: { file: output } }));
  const har = readHar(file);
  const sanitizer = new HarSanitizer();
  sanitizer.sanitize(har);
  const text = JSON.stringify(har, null, 2) + '\n';
  if (output === '-') {
    process.stdout.write(text);
  } else {
    // Never onto the recording (a hard or symbolic link to it included), never through a link, atomic.
    await writeFilesSafely([{ file: output, content: text }], { inputs: [file], lang });
  }
  process.stderr.write(
    `ims-doctor: ${dxText(lang, { id: 'sanitizeDone', params: { file: output === '-' ? 'stdout' : output, values: sanitizer.values, replaced: sanitizer.replaced } })}\n`,
  );
  return EXIT.ok;
}
