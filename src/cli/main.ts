#!/usr/bin/env node
import { Argument, Command, CommanderError, Option } from 'commander';
import { isLang, langFromEnv, type Lang } from '../i18n/lang.js';
import { uiText, type CommanderKind } from '../i18n/ui.js';
import { TOOL_VERSION } from '../version.js';
import { EXIT, reportFatal } from './exit.js';
import { collectRepeatable } from './options.js';
import { helpText, helpTitle, type HelpRef } from './help-text.js';
// Types only: the commands themselves load lazily.
import type { CheckOptions } from './commands/check.js';
import type { HarOptions } from './commands/har.js';
import type { DiagnoseOptions } from './diagnose-common.js';
import type { FixOptions } from './commands/fix.js';
import type { DiffOptions } from './commands/diff.js';

// A reader that closed the pipe (`check … | head -c 10`) ends the run quietly: no one reads what follows.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(Number(process.exitCode ?? EXIT.ok));
  });
}

/** The language a fatal error is told in: --lang when it is valid, else the environment's. */
let runLang: Lang = langFromEnv();
const withLang = (options: { lang?: string }): void => {
  if (options.lang !== undefined && isLang(options.lang)) runLang = options.lang;
};
// Parse errors come before any action: --lang is looked for in the arguments themselves.
const asked = process.argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
const askedLang = asked === -1 ? undefined : process.argv[asked]!.includes('=') ? process.argv[asked]!.slice('--lang='.length) : process.argv[asked + 1];
if (askedLang !== undefined && isLang(askedLang)) runLang = askedLang;

// --help speaks the run's language (--lang, else the environment's).
// string-width (with its emoji and East Asian width tables) costs as much as the rest of start-up:
// it is loaded only when help is printed, where Hangul must count as two columns to line up.
const argv = process.argv.slice(2);
const printsHelp = argv.length === 0 || argv.some((arg) => arg === '--help' || arg === '-h' || arg === 'help');
const displayWidth: (text: string) => number = printsHelp ? (await import('string-width')).default : (text) => text.length;
const h = (id: HelpRef['id']): string => helpText(runLang, id);
const helpConfig = {
  // Columns, not characters: Hangul take two, so that wrapped descriptions line up.
  displayWidth,
  styleTitle: (title: string) => helpTitle(runLang, title),
  // "(default: …)" of an argument, in the run's language.
  argumentDescription: (argument: Argument) =>
    argument.defaultValue !== undefined
      ? `${argument.description} (${runLang === 'ko' ? '기본값' : 'default'}: ${JSON.stringify(argument.defaultValue)})`
      : argument.description,
};

// Commands load their modules when they run, so that start-up stays close to a bare `node`.
const program = new Command()
  .name('ims-doctor')
  .description(h('program'))
  .version(TOOL_VERSION, '-V, --version', h('version'))
  .helpOption('-h, --help', h('help'))
  .helpCommand('help [command]', h('helpCommand'))
  .configureHelp(helpConfig)
  .showSuggestionAfterError()
  // Commander's own errors are told from the error's code, as "ims-doctor: …" in either language (see main()).
  .configureOutput({ outputError: () => undefined })
  // --lang anywhere, before the command too (`ims-doctor --lang ko check --help`): the program reads it
  // wherever it stands (so `check --version` still works) and hands it to the command, whose own
  // --lang is listed in its help.
  .addOption(new Option('--lang <lang>', h('langOption')))
  .exitOverride();
program.hook('preAction', (_program, command) => {
  const lang = program.getOptionValue('lang') as string | undefined;
  if (lang !== undefined && command !== program && command.getOptionValue('lang') === undefined) command.setOptionValue('lang', lang);
});

program
  .command('check')
  .description(h('check'))
  .argument('[workspaces...]', h('workspacesArg'), '.')
  .addOption(new Option('--format <formats>', h('format')).argParser(collectRepeatable))
  .option('--output <file>', h('output'))
  .option('--output-dir <dir>', h('outputDir'))
  .addOption(new Option('--lang <lang>', h('lang')))
  .option('-v, --verbose', h('verbose'))
  .option('--ignore <rule[@instance]>', h('ignore'), collectRepeatable)
  .option('--instance <name>', h('instance'), collectRepeatable)
  .option('--only <rule>', h('only'), collectRepeatable)
  .option('--probe', h('probe'))
  .option('--save-snapshot <file>', h('saveSnapshot'))
  .option('--snapshot <file>', h('snapshot'))
  .option('--timeout <seconds>', h('timeout'))
  .option('--retries <n>', h('retries'))
  .option('--connect-to <host:port:host2:port2>', h('connectTo'), (value: string, previous: string[] = []) => [...previous, value])
  .option('--baseline <result.json>', h('baseline'))
  .option('--fleet <file>', h('fleet'))
  .option('--concurrency <n>', h('concurrency'))
  .option('--per-host <n>', h('perHost'))
  .option('--deadline <seconds>', h('deadline'))
  .option('--progress', h('progress'))
  .action(async (workspace: string | string[], options: CheckOptions) => {
    withLang(options);
    const { runCheck } = await import('./commands/check.js');
    process.exitCode = await runCheck(workspace, options);
  });

// Symptom-first commands: from what the user saw to the failing rule (text or json only).
const FORMAT_TEXT_JSON = h('formatTextJson');
const LANG_OPTION = h('langOption');
const WORKSPACE_OPTIONAL = h('workspaceOptional');

program
  .command('explain')
  .description(h('explain'))
  .argument('<who>', h('whoArg'))
  .argument('[workspace]', h('workspaceArg'), '.')
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', h('explainInstance'), collectRepeatable)
  .option('--snapshot <file>', h('snapshotDiagnose'))
  .action(async (who: string, workspace: string, options: DiagnoseOptions) => {
    withLang(options);
    const { runExplain } = await import('./commands/explain.js');
    process.exitCode = await runExplain(who, workspace, options);
  });

program
  .command('triage')
  .description(h('triage'))
  .argument('<text>', h('textArg'))
  .argument('[workspace]', WORKSPACE_OPTIONAL)
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', h('triageInstance'), collectRepeatable)
  .option('--snapshot <file>', h('snapshotDiagnose'))
  .action(async (text: string, workspace: string | undefined, options: DiagnoseOptions) => {
    withLang(options);
    const { runTriage } = await import('./commands/triage.js');
    process.exitCode = await runTriage(text, workspace, options);
  });

program
  .command('har')
  .description(h('har'))
  .argument('<file>', h('fileArg'))
  .argument('[workspace]', WORKSPACE_OPTIONAL)
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', h('harInstance'), collectRepeatable)
  .option('--snapshot <file>', h('snapshotDiagnose'))
  .option('--sanitize', h('sanitize'))
  .option('-o, --output <file>', h('harOutput'))
  .action(async (file: string, workspace: string | undefined, options: HarOptions) => {
    withLang(options);
    const { runHar } = await import('./commands/har.js');
    process.exitCode = await runHar(file, workspace, options);
  });

program
  .command('logs')
  .description(h('logs'))
  .argument('<paths...>', h('pathsArg'))
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', h('logsInstance'), collectRepeatable)
  .action(async (paths: string[], options: DiagnoseOptions) => {
    withLang(options);
    const { runLogs } = await import('./commands/logs.js');
    process.exitCode = await runLogs(paths, options);
  });

// issue 13: fix plans, what-if and diffs (src/fix, src/diff).
program
  .command('fix')
  .description(h('fix'))
  .argument('[workspace]', h('workspaceArg'), '.')
  .option('--output-dir <dir>', h('fixOutputDir'))
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', h('fixInstance'), collectRepeatable)
  .option('--only <rule>', h('fixOnly'), collectRepeatable)
  .option('--ignore <rule[@instance]>', h('ignore'), collectRepeatable)
  .option('--snapshot <file>', h('fixSnapshot'))
  // Not comma-split: a value (a scope list, say) may hold commas.
  .option('--what-if <instance.field=value>', h('whatIf'), (value: string, previous: string[] = []) => [...previous, value])
  .option('--apply', h('apply'))
  .option('--yes', h('yes'))
  .option('--timeout <seconds>', h('timeout'))
  .option('--retries <n>', h('retries'))
  .action(async (workspace: string, options: FixOptions) => {
    withLang(options);
    const { runFix } = await import('./commands/fix.js');
    process.exitCode = await runFix(workspace, options);
  });

program
  .command('diff')
  .description(h('diff'))
  .argument('<a>', h('diffA'))
  .argument('<b>', h('diffB'))
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .action(async (a: string, b: string, options: DiffOptions) => {
    withLang(options);
    const { runDiff } = await import('./commands/diff.js');
    process.exitCode = await runDiff(a, b, options);
  });

program
  .command('serve')
  .description(h('serve'))
  .argument('[workspace]', WORKSPACE_OPTIONAL)
  .option('--port <n>', h('servePort'), '0')
  .option('--host <address>', h('serveHost'), '127.0.0.1')
  .option('--open', h('serveOpen'))
  .option('--probe', h('serveProbe'))
  .option('--lang <lang>', LANG_OPTION)
  .action(async (workspace: string | undefined, options: { port: string; host: string; open?: boolean; probe?: boolean; lang?: string }) => {
    withLang(options);
    const { runServe } = await import('./commands/serve.js');
    process.exitCode = await runServe(workspace ?? '.', options);
  });

program
  .command('init')
  .description(h('init'))
  .argument('[folder]', h('initFolderArg'), '.')
  .option('--force', h('initForce'))
  .option('--lang <lang>', LANG_OPTION)
  .action(async (folder: string, options: { force?: boolean; lang?: string }) => {
    withLang(options);
    const { runInit } = await import('./commands/init.js');
    process.exitCode = await runInit(folder, options);
  });

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0 (help asked for without a command was printed already); every other parse error is a usage error.
      if (error.exitCode !== 0 && error.code !== 'commander.help')
        process.stderr.write(`ims-doctor: ${uiText(runLang, { id: 'commandLine', params: commanderFacts(error) })}\n`);
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    return reportFatal(error, runLang);
  }
}

const COMMANDER_KINDS: Record<string, CommanderKind> = {
  'commander.unknownOption': 'unknownOption',
  'commander.unknownCommand': 'unknownCommand',
  'commander.missingArgument': 'missingArgument',
  'commander.optionMissingArgument': 'optionMissingArgument',
  'commander.excessArguments': 'excessArguments',
};

/** The facts of a commander error: its kind, the option or argument it names and its suggestions (quoted from the command line). */
function commanderFacts(error: CommanderError): { kind: CommanderKind; value: string | null; suggestions: string[] } {
  const value = /'([^']*)'/.exec(error.message)?.[1] ?? null;
  const suggested = /\(Did you mean (?:one of )?(.*)\?\)/.exec(error.message)?.[1];
  return { kind: COMMANDER_KINDS[error.code] ?? 'other', value, suggestions: suggested ? suggested.split(', ') : [] };
}

process.exitCode = await main(process.argv);
