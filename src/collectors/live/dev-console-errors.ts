import { render } from '../../i18n/catalogue.js';
import { DEV_CONSOLE } from '../../i18n/dev-console.js';
import type { NetFailure } from '../../model/probes.js';
import type { SourceProblem } from '../../model/snapshot.js';

/**
 * Why a live read of a Developer Console project ended, as facts (sentences: i18n/dev-console.ts,
 * entry `failure`). No fact holds the access token or the client secret; server texts are redacted.
 */
export type DevConsoleFact =
  /** 401: the access token is expired or not a token of this Console (e.g. `aio login` again). */
  | { kind: 'unauthorized'; endpoint: string; status: number; tokenEnv: string }
  /** 403: the token's user may not read this organization's projects, or the API key does not go with the token. */
  | { kind: 'forbidden'; endpoint: string; status: number; apiKey: string }
  /** 404: no such organization, project or workspace (IDs as in the project's URL in the Developer Console). */
  | { kind: 'not-found'; endpoint: string; status: number; orgId: string; projectId: string; workspaceId: string }
  /** The workspace holds no OAuth Web App credential; the integration types it holds. */
  | { kind: 'no-web-app'; endpoint: string; found: string[] }
  /** The credential named in the workspace file is not among the workspace's OAuth Web App credentials. */
  | { kind: 'credential-not-found'; endpoint: string; credential: string; available: string[] }
  | { kind: 'network'; endpoint: string; failure: NetFailure }
  | { kind: 'unexpected-answer'; endpoint: string; status: number; reason: 'status' | 'not-json' | 'shape' };

export type DevConsoleFactKind = DevConsoleFact['kind'];

export class DevConsoleError extends Error {
  constructor(readonly fact: DevConsoleFact) {
    super(render(DEV_CONSOLE, { id: 'failure', params: { fact } }, 'en'));
    this.name = 'DevConsoleError';
  }

  /** The problem as a snapshot records it: the endpoint stands for the file; `devConsoleFailure` is the problems catalogue's entry (it says DEV_CONSOLE's `failure`). */
  toProblem(): SourceProblem {
    return { file: this.fact.endpoint, problem: { id: 'devConsoleFailure', params: { fact: this.fact } } };
  }
}
