import { render } from '../../i18n/catalogue.js';
import { langFromEnv, type Lang } from '../../i18n/lang.js';
import type { SecretWhat } from '../../i18n/problems.js';
import { UI } from '../../i18n/ui.js';
import { InputError } from '../../inputs/input-error.js';
import type { Provenance } from '../../model/provenance.js';

/** What to ask for when an environment variable is empty: the question is worded by the prompt, in its language. */
export interface SecretQuestion {
  variable: string;
  secret: SecretWhat;
}

/** How a secret is obtained when its environment variable is empty. */
export type SecretPrompt = (question: SecretQuestion) => Promise<string>;

export interface SecretSource {
  env: NodeJS.ProcessEnv;
  /** Asks on the terminal (input hidden); undefined when there is no terminal to ask on. */
  prompt: SecretPrompt | undefined;
}

/**
 * A secret from its environment variable, or asked for on a terminal. Never from the command line
 * or the workspace file: those end up in shell histories, process lists and repositories.
 */
export async function readSecret(variable: string, secret: SecretWhat, source: SecretSource, at: Provenance): Promise<string> {
  const value = source.env[variable];
  if (value !== undefined && value !== '') return value;
  if (source.prompt) {
    const answer = await source.prompt({ variable, secret });
    if (answer !== '') return answer;
  }
  throw new InputError(at.file ?? '', { id: 'secretNotSet', params: { variable, secret, prompted: source.prompt !== undefined } }, at.line, at.column);
}

/** A hidden-input prompt on the process's terminal, or undefined when stdin is not a TTY. */
export function terminalPrompt(lang: Lang = langFromEnv()): SecretPrompt | undefined {
  const input = process.stdin;
  if (!input.isTTY) return undefined;
  // Instances are read in parallel: one question at a time on the terminal.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (question: SecretQuestion): Promise<string> => {
    const next = queue.then(() => askNow(`${render(UI, { id: 'secretPrompt', params: question }, lang)} `));
    queue = next.catch(() => undefined);
    return next;
  };
  const askNow = (question: string): Promise<string> =>
    new Promise<string>((resolve) => {
      process.stderr.write(question);
      input.setRawMode(true);
      input.resume();
      input.setEncoding('utf8');
      let typed = '';
      const onData = (chunk: string): void => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n' || char === '\u0004') {
            input.setRawMode(false);
            input.pause();
            input.off('data', onData);
            process.stderr.write('\n');
            resolve(typed);
            return;
          }
          if (char === '\u0003') {
            input.setRawMode(false);
            process.stderr.write('\n');
            process.exit(130);
          }
          if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
          else typed += char;
        }
      };
      input.on('data', onData);
    });
  return ask;
}
