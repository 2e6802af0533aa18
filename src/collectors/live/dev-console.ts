import { DEV_CONSOLE_BASE, DEV_CONSOLE_CLI_API_KEY, devConsoleDownloadPath, OAUTH_WEB_APP_TYPE } from '../../domain/facts.js';
import type { Provenance, Sourced } from '../../model/provenance.js';
import type { ConsoleCredential, ImsPlane } from '../../model/snapshot.js';
import { httpRequest, NetError, type HttpResponse, type NetOptions } from '../../net/http.js';
import { secretRef } from '../../security/fingerprint.js';
import type { Redactor } from '../../security/redact.js';
import { emptyImsPlane } from '../ims-client.js';
import { DevConsoleError, type DevConsoleFact } from './dev-console-errors.js';

/** A Developer Console project read live: the workspace whose OAuth Web App credential Campaign uses. */
export interface DevConsoleLiveConfig {
  /** The Developer Console's organization ID (`project.org.id` of an export, e.g. `1234567`), not the IMS one. */
  orgId: string;
  projectId: string;
  workspaceId: string;
  /** An IMS user access token (e.g. after `aio login`), read from `tokenEnv` by the caller; never stored. */
  accessToken: string;
  /** The variable the token came from, named in the sentence when it is refused. */
  tokenEnv: string;
  /** The API key that goes with the token (default: the aio CLI's, for a token from `aio login`). */
  apiKey?: string;
  /** Default https://developers.adobe.io. */
  consoleBase?: string;
  /** Which OAuth Web App credential, by name or ID, when the workspace has several (default: the first). */
  credential?: string;
}

export interface DevConsoleLiveOptions {
  net: NetOptions;
  redactor: Redactor;
}

interface Credential {
  id?: unknown;
  name?: unknown;
  integration_type?: unknown;
  oauth2?: { client_id?: unknown; client_secret?: unknown; redirect_uri?: unknown; defaultRedirectUri?: unknown };
}

/**
 * Reads the OAuth Web App credential of a Developer Console workspace live, with the endpoint
 * `@adobe/aio-lib-console` calls for `downloadWorkspaceJson` (the `aio app use` JSON), spoken
 * through the project's HTTP layer: the library needs swagger-client and its telemetry, and would
 * bypass --connect-to, the proxy rules and the deadlines. Produces the ImsPlane the export
 * collector makes from the same JSON, each value's provenance the endpoint and its JSON path;
 * the client secret only as a fingerprint.
 */
export async function collectDeveloperConsoleLive(config: DevConsoleLiveConfig, options: DevConsoleLiveOptions): Promise<ImsPlane> {
  options.redactor.add(config.accessToken);
  const redact = (text: string): string => options.redactor.redact(text);
  const base = (config.consoleBase ?? DEV_CONSOLE_BASE).replace(/\/+$/, '');
  const endpoint = `${base}${devConsoleDownloadPath(config.orgId, config.projectId, config.workspaceId)}`;
  const apiKey = config.apiKey ?? DEV_CONSOLE_CLI_API_KEY;

  let response: HttpResponse;
  try {
    response = await httpRequest(
      endpoint,
      { method: 'GET', headers: { authorization: `Bearer ${config.accessToken}`, 'x-api-key': apiKey, accept: 'application/json' } },
      options.net,
    );
  } catch (error) {
    const failure =
      error instanceof NetError
        ? { ...error.failure, ...(error.failure.reason ? { reason: redact(error.failure.reason) } : {}) }
        : { kind: 'other' as const, host: base, reason: redact(String(error)) };
    return fail({ kind: 'network', endpoint, failure });
  }
  if (response.status === 401) fail({ kind: 'unauthorized', endpoint, status: 401, tokenEnv: config.tokenEnv });
  if (response.status === 403) fail({ kind: 'forbidden', endpoint, status: 403, apiKey });
  if (response.status === 404)
    fail({ kind: 'not-found', endpoint, status: 404, orgId: config.orgId, projectId: config.projectId, workspaceId: config.workspaceId });
  if (response.status !== 200) fail({ kind: 'unexpected-answer', endpoint, status: response.status, reason: 'status' });
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    return fail({ kind: 'unexpected-answer', endpoint, status: response.status, reason: 'not-json' });
  }

  const project = objectAt(json, 'project');
  // The export nests the workspace under the project; the API's schema draws it under project.org [I]: both are read.
  const workspacePath = objectAt(project, 'workspace') ? 'project.workspace' : 'project.org.workspace';
  const workspace = objectAt(project, 'workspace') ?? objectAt(objectAt(project, 'org'), 'workspace');
  const credentials = objectAt(workspace, 'details')?.credentials;
  if (!Array.isArray(credentials)) return fail({ kind: 'unexpected-answer', endpoint, status: response.status, reason: 'shape' });

  const items = credentials as Credential[];
  const indexed = items.map((item, index) => ({ item, index }));
  // As for the export: `oauthweb`, the deprecated OAuth Web credential, is a web app too (the current kind wins).
  const current = indexed.filter(({ item }) => item?.integration_type === OAUTH_WEB_APP_TYPE);
  const webApps = current.length > 0 ? current : indexed.filter(({ item }) => item?.integration_type === 'oauthweb');
  if (webApps.length === 0) {
    const found = [...new Set(items.map((item) => (typeof item?.integration_type === 'string' ? item.integration_type : '')).filter(Boolean))];
    return fail({ kind: 'no-web-app', endpoint, found });
  }
  const chosen =
    config.credential === undefined ? webApps[0] : webApps.find(({ item }) => item.name === config.credential || String(item.id) === config.credential);
  if (!chosen) {
    return fail({
      kind: 'credential-not-found',
      endpoint,
      credential: config.credential ?? '',
      available: webApps.map(({ item }) => (typeof item.name === 'string' ? item.name : String(item.id))),
    });
  }

  const credentialPath = `${workspacePath}.details.credentials[${chosen.index}]`;
  const at = (path: string): Provenance => ({ endpoint, path, live: true });
  const text = (value: unknown, path: string): Sourced<string> | undefined => (typeof value === 'string' ? { value, at: at(path) } : undefined);
  const oauth2 = chosen.item.oauth2 ?? {};

  const plane = emptyImsPlane();
  plane.sources.push(endpoint);
  plane.orgId = text(objectAt(project, 'org')?.ims_org_id, 'project.org.ims_org_id');
  plane.clientId = text(oauth2.client_id, `${credentialPath}.oauth2.client_id`);
  if (typeof oauth2.client_secret === 'string') {
    options.redactor.add(oauth2.client_secret);
    plane.clientSecret = { value: secretRef(oauth2.client_secret, 'ims'), at: at(`${credentialPath}.oauth2.client_secret`) };
  }
  const redirect = oauth2.redirect_uri;
  const redirectPath = `${credentialPath}.oauth2.redirect_uri`;
  if (Array.isArray(redirect)) {
    plane.redirectUriPatterns = redirect.flatMap((value, i) => (typeof value === 'string' ? [{ value, at: at(`${redirectPath}[${i}]`) }] : []));
  } else if (typeof redirect === 'string') {
    plane.redirectUriPatterns = redirect
      .split(',')
      .filter(Boolean)
      .map((value) => ({ value, at: at(redirectPath) }));
  }
  plane.defaultRedirectUri = text(oauth2.defaultRedirectUri, `${credentialPath}.oauth2.defaultRedirectUri`);
  plane.credentials = liveCredentials(items, `${workspacePath}.details.credentials`, at);
  return plane;
}

/** Every credential's kind and technical account e-mail (technical-account judges them), as the export collector reads them. */
function liveCredentials(items: Credential[], path: string, at: (path: string) => Provenance): ConsoleCredential[] {
  return items.flatMap((item, index): ConsoleCredential[] => {
    if (typeof item?.integration_type !== 'string') return [];
    // The e-mail sits in the kind's own block (oauth_server_to_server, jwt…).
    let email: ConsoleCredential['technicalAccountEmail'];
    for (const [key, block] of Object.entries(item)) {
      const value = block && typeof block === 'object' ? (block as Record<string, unknown>).technical_account_email : undefined;
      if (typeof value === 'string' && value !== '') email = { value, at: at(`${path}[${index}].${key}.technical_account_email`) };
    }
    return [
      {
        name: typeof item.name === 'string' ? item.name : '',
        kind: { value: item.integration_type, at: at(`${path}[${index}].integration_type`) },
        technicalAccountEmail: email,
      },
    ];
  });
}

function fail(fact: DevConsoleFact): never {
  throw new DevConsoleError(fact);
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const child = (value as Record<string, unknown>)[key];
  return child && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : undefined;
}
