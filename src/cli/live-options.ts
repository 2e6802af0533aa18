import type { LiveCollectOptions } from '../collectors/collect.js';
import { terminalPrompt } from '../collectors/live/secrets.js';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, parseConnectTo, type ConnectTo } from '../net/options.js';
import { Redactor } from '../security/redact.js';
import { UsageError } from './exit.js';

export interface LiveCliOptions {
  timeout?: string;
  retries?: string;
  connectTo?: string[];
}

/** --timeout (seconds), --retries and --connect-to, checked before any work is done. */
export function liveOptionsFrom(options: LiveCliOptions): LiveCollectOptions {
  const timeout = options.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(options.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 3600) throw new UsageError(`--timeout is a number of seconds between 0 and 3600, not "${options.timeout}".`);
  const retries = options.retries === undefined ? DEFAULT_RETRIES : Number(options.retries);
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) throw new UsageError(`--retries is a whole number from 0 to 10, not "${options.retries}".`);
  const connectTo: ConnectTo[] = (options.connectTo ?? []).map((value) => {
    const parsed = parseConnectTo(value);
    if (!parsed) throw new UsageError(`--connect-to takes HOST1:PORT1:HOST2:PORT2 (either port may be empty), not "${value}".`);
    return parsed;
  });
  return {
    net: { timeoutMs: Math.round(timeout * 1000), retries, connectTo },
    secrets: { env: process.env, prompt: terminalPrompt() },
    redactor: new Redactor(),
  };
}
