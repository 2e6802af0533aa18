import type { Provenance } from '../../model/provenance.js';
import type { AdminConsolePlane, ImsPlane, SourceProblem } from '../../model/snapshot.js';
import type { NetOptions } from '../../net/options.js';
import type { Redactor } from '../../security/redact.js';
import { DevConsoleError } from './dev-console-errors.js';
import { readSecret, type SecretSource } from './secrets.js';
import type { UmapiProgress } from './umapi.js';
import { UmapiError } from './umapi-errors.js';

/**
 * The two live sources as a workspace names them, and one call each from the collector: the secret
 * is read from its environment variable (or a prompt) here, the network code loaded only then.
 */

/** `adminConsole: { umapi: { orgId, clientId, clientSecretEnv, deadlineMinutes? } }`. */
export interface UmapiSourceConfig {
  orgId: string;
  clientId: string;
  clientSecretEnv: string;
  deadlineMs?: number;
  /** Tests and non-production IMS only. */
  imsServer?: string;
  umapiBase?: string;
  /** Where the block is in the workspace file (for a missing secret). */
  at: Provenance;
}

/** `ims: { consoleProject: { orgId, projectId, workspaceId, tokenEnv, credential? } }`. */
export interface DevConsoleSourceConfig {
  orgId: string;
  projectId: string;
  workspaceId: string;
  tokenEnv: string;
  credential?: string;
  apiKey?: string;
  consoleBase?: string;
  at: Provenance;
}

/** Network, secrets and redaction: the collector's LiveCollectOptions. */
export interface LiveSourceOptions {
  net: NetOptions;
  secrets: SecretSource;
  redactor: Redactor;
}

export async function readAdminConsoleLive(
  config: UmapiSourceConfig,
  live: LiveSourceOptions,
  extra: { onProgress?: (progress: UmapiProgress) => void; keepUser?: (email: string, username: string, firstName: string, lastName: string) => boolean } = {},
): Promise<AdminConsolePlane> {
  const clientSecret = await readSecret(config.clientSecretEnv, { kind: 'umapiSecret', clientId: config.clientId }, live.secrets, config.at);
  const { collectAdminConsoleLive } = await import('./umapi.js');
  return collectAdminConsoleLive(
    { orgId: config.orgId, clientId: config.clientId, clientSecret, deadlineMs: config.deadlineMs, imsServer: config.imsServer, umapiBase: config.umapiBase },
    { net: live.net, redactor: live.redactor, onProgress: extra.onProgress, keepUser: extra.keepUser },
  );
}

export async function readDeveloperConsoleLive(config: DevConsoleSourceConfig, live: LiveSourceOptions): Promise<ImsPlane> {
  const accessToken = await readSecret(config.tokenEnv, { kind: 'consoleToken' }, live.secrets, config.at);
  const { collectDeveloperConsoleLive } = await import('./dev-console.js');
  return collectDeveloperConsoleLive(
    {
      orgId: config.orgId,
      projectId: config.projectId,
      workspaceId: config.workspaceId,
      accessToken,
      tokenEnv: config.tokenEnv,
      credential: config.credential,
      apiKey: config.apiKey,
      consoleBase: config.consoleBase,
    },
    { net: live.net, redactor: live.redactor },
  );
}

/** The snapshot problem of a failed live read, or undefined when the error is not one (let it through). */
export function liveSourceProblem(error: unknown): SourceProblem | undefined {
  return error instanceof UmapiError || error instanceof DevConsoleError ? error.toProblem() : undefined;
}
