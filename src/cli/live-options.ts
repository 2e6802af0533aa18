import type { LiveCollectOptions } from '../collectors/collect.js';
import { terminalPrompt } from '../collectors/live/secrets.js';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, parseConnectTo, type ConnectTo } from '../net/options.js';
import type { Lang } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import { Redactor } from '../security/redact.js';
import { UsageError } from './exit.js';

export interface LiveCliOptions {
  timeout?: string;
  retries?: string;
  connectTo?: string[];
}

/** --timeout (seconds), --retries and --connect-to, checked before any work is done. */
export function liveOptionsFrom(options: LiveCliOptions, lang: Lang): LiveCollectOptions {
  const timeout = options.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(options.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 3600)
    throw new UsageError(uiText(lang, { id: 'timeoutInvalid', params: { value: options.timeout ?? '' } }));
  const retries = options.retries === undefined ? DEFAULT_RETRIES : Number(options.retries);
  if (!Number.isInteger(retries) || retries < 0 || retries > 10)
    throw new UsageError(uiText(lang, { id: 'retriesInvalid', params: { value: options.retries ?? '' } }));
  const connectTo: ConnectTo[] = (options.connectTo ?? []).map((value) => {
    const parsed = parseConnectTo(value);
    if (!parsed) throw new UsageError(uiText(lang, { id: 'connectToInvalid', params: { value } }));
    return parsed;
  });
  return {
    net: { timeoutMs: Math.round(timeout * 1000), retries, connectTo },
    secrets: { env: process.env, prompt: terminalPrompt(lang) },
    redactor: new Redactor(),
  };
}
