import { InputError } from '../../inputs/input-error.js';
import type { Provenance } from '../../model/provenance.js';

/** How a secret is obtained when its environment variable is empty. */
export type SecretPrompt = (question: string) => Promise<string>;

export interface SecretSource {
  env: NodeJS.ProcessEnv;
  /** Asks on the terminal (input hidden); undefined when there is no terminal to ask on. */
  prompt: SecretPrompt | undefined;
}

/**
 * A secret from its environment variable, or asked for on a terminal. Never from the command line
 * or the workspace file: those end up in shell histories, process lists and repositories.
 */
export async function readSecret(variable: string, what: string, source: SecretSource, at: Provenance): Promise<string> {
  const value = source.env[variable];
  if (value !== undefined && value !== '') return value;
  if (source.prompt) {
    const answer = await source.prompt(`${what} (environment variable ${variable} is not set): `);
    if (answer !== '') return answer;
  }
  throw new InputError(
    at.file ?? '',
    `the environment variable ${variable} holding ${what} is not set${source.prompt ? ' and nothing was typed' : ' (and there is no terminal to ask on)'}; export it before running ims-doctor.`,
    at.line,
    at.column,
  );
}

/** A hidden-input prompt on the process's terminal, or undefined when stdin is not a TTY. */
export function terminalPrompt(): SecretPrompt | undefined {
  const input = process.stdin;
  if (!input.isTTY) return undefined;
  // Instances are read in parallel: one question at a time on the terminal.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (question: string): Promise<string> => {
    const next = queue.then(() => askNow(question));
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
