#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { isLang, langFromEnv, type Lang } from '../i18n/lang.js';
import { uiText, type CommanderKind } from '../i18n/ui.js';
import { TOOL_VERSION } from '../version.js';
import { EXIT, reportFatal } from './exit.js';
import { collectRepeatable } from './options.js';

/** The language a fatal error is told in: --lang when it is valid, else the environment's. */
let runLang: Lang = langFromEnv();
const withLang = (options: { lang?: string }): void => {
  if (options.lang !== undefined && isLang(options.lang)) runLang = options.lang;
};
// Parse errors come before any action: --lang is looked for in the arguments themselves.
const asked = process.argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
const askedLang = asked === -1 ? undefined : process.argv[asked]!.includes('=') ? process.argv[asked]!.slice('--lang='.length) : process.argv[asked + 1];
if (askedLang !== undefined && isLang(askedLang)) runLang = askedLang;

// Commands load their modules when they run, so that start-up stays close to a bare `node`.
const program = new Command()
  .name('ims-doctor')
  .description('Runs Adobe\'s IMS troubleshooting checklist for Adobe Campaign Classic over Campaign, IMS and the Admin Console.')
  .version(TOOL_VERSION)
  .showSuggestionAfterError()
  // Commander's own errors are English: in another language they are told from the error's code (see main()).
  .configureOutput({ outputError: (text, write) => (runLang === 'en' ? write(text) : undefined) })
  .exitOverride();

program
  .command('check')
  .description('run every check of the IMS checklist on a workspace')
  .argument('[workspace]', 'workspace folder holding ims-doctor.yaml, or the YAML file itself', '.')
  .addOption(new Option('--format <formats>', 'output formats, comma-separated: text, json, html, sarif, junit, markdown (default: text at a terminal, json when piped, all with --output-dir)').argParser(collectRepeatable))
  .option('--output <file>', 'write the one format to this file (format from --format or the extension)')
  .option('--output-dir <dir>', 'write one file per format: report.txt, .json, .html, .sarif, .xml (junit), .md')
  .addOption(new Option('--lang <lang>', 'language of the report: en or ko (default: from LANG)'))
  .option('-v, --verbose', 'text report: details of passes and skips too, not only of failures and warnings')
  .option('--ignore <rule[@instance]>', 'suppress a rule, for one instance or all (repeatable)', collectRepeatable)
  .option('--instance <name>', 'check only this instance (repeatable)', collectRepeatable)
  .option('--only <rule>', 'run only this rule (repeatable)', collectRepeatable)
  .option('--probe', 'also ask IMS and the callback server live: discovery, authorize, client secret, callback TLS')
  .option('--save-snapshot <file>', 'write everything collected (secrets as fingerprints) to one JSON file')
  .option('--snapshot <file>', 'run the rules on a saved snapshot instead of collecting (offline)')
  .option('--timeout <seconds>', 'deadline of each live request (default: 30)')
  .option('--retries <n>', 'retries of a live request after a transient failure (default: 2)')
  .option('--connect-to <host:port:host2:port2>', 'send connections for host:port to host2:port2, keeping the name for TLS (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
  .action(async (workspace: string, options) => {
    withLang(options);
    const { runCheck } = await import('./commands/check.js');
    process.exitCode = await runCheck(workspace, options);
  });

// Symptom-first commands: from what the user saw to the failing rule (text or json only).
const FORMAT_TEXT_JSON = 'output format: text (default at a terminal) or json (default when piped)';
const LANG_OPTION = 'language: en or ko (default: from LANG)';
const WORKSPACE_OPTIONAL = 'workspace folder (default: the current folder when it holds ims-doctor.yaml)';

program
  .command('explain')
  .description('walk one person\'s login as Campaign does: Admin Console export, profiles, association mask, operator groups, outcome')
  .argument('<who>', 'the e-mail address or user name of the person')
  .argument('[workspace]', 'workspace folder holding ims-doctor.yaml, or the YAML file itself', '.')
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', 'walk the login on this instance only (repeatable)', collectRepeatable)
  .action(async (who: string, workspace: string, options) => {
    withLang(options);
    const { runExplain } = await import('./commands/explain.js');
    process.exitCode = await runExplain(who, workspace, options);
  });

program
  .command('triage')
  .description('from what the user saw (a message, a code, a description) to the rules that can cause it, ranked')
  .argument('<text>', 'what the user saw, quoted, e.g. "redirected to adobe.com" or "XSV-350008"')
  .argument('[workspace]', WORKSPACE_OPTIONAL)
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', 'run the candidate rules on this instance only (repeatable)', collectRepeatable)
  .action(async (text: string, workspace: string | undefined, options) => {
    withLang(options);
    const { runTriage } = await import('./commands/triage.js');
    process.exitCode = await runTriage(text, workspace, options);
  });

program
  .command('har')
  .description('read a browser recording (HAR 1.2) of the login: where it broke, and the values really sent; --sanitize writes a copy safe to share')
  .argument('<file>', 'the .har file saved from the browser\'s Network panel')
  .argument('[workspace]', WORKSPACE_OPTIONAL)
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', 'compare with this instance (default: the one whose callback the browser sent)', collectRepeatable)
  .option('--sanitize', 'write a copy with cookies, tokens, codes, passwords and secrets replaced by stable tokens')
  .option('-o, --output <file>', 'where --sanitize writes the copy (- for standard output)')
  .action(async (file: string, workspace: string | undefined, options) => {
    withLang(options);
    const { runHar } = await import('./commands/har.js');
    process.exitCode = await runHar(file, workspace, options);
  });

program
  .command('logs')
  .description('count the known IMS signatures in Campaign logs (logins.log, web.log, rolled or gzipped) per message, user and hour')
  .argument('<paths...>', 'log files or folders (searched for *.log and *.log.gz); a workspace folder may come last')
  .option('--format <format>', FORMAT_TEXT_JSON)
  .option('--lang <lang>', LANG_OPTION)
  .option('--instance <name>', 'with a workspace, run the candidate rules on this instance only (repeatable)', collectRepeatable)
  .action(async (paths: string[], options) => {
    withLang(options);
    const { runLogs } = await import('./commands/logs.js');
    process.exitCode = await runLogs(paths, options);
  });

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; every other parse error is a usage error.
      if (error.exitCode !== 0 && runLang !== 'en') process.stderr.write(`ims-doctor: ${uiText(runLang, { id: 'commandLine', params: commanderFacts(error) })}\n`);
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
