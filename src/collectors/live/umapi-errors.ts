import { render } from '../../i18n/catalogue.js';
import { UMAPI } from '../../i18n/umapi.js';
import { IMS_TOKEN_PATH } from '../../domain/facts.js';
import type { NetFailure } from '../../model/probes.js';
import type { SourceProblem } from '../../model/snapshot.js';

/**
 * Why a live Admin Console read (UMAPI) ended, as facts. Each ends the read with one sentence
 * (i18n/umapi.ts, entry `failure`). Every text that came from a server has passed the redactor;
 * no fact holds the client secret or the access token.
 */
export type UmapiFact =
  /** IMS refused the client ID and secret (`invalid_client`): wrong secret, or a client ID IMS does not know. */
  | { kind: 'invalid-client'; imsServer: string; clientId: string; status: number }
  /** IMS refused the grant for another reason (e.g. `invalid_scope`: the credential lacks the User Management API). */
  | { kind: 'token-refused'; imsServer: string; clientId: string; status: number; error: string; description: string }
  /** UMAPI answered `error.organization.invalid_id`: the credential does not belong to this organization (or the ID is mistyped). */
  | { kind: 'org-invalid'; orgId: string; endpoint: string; status: number; message: string }
  /** HTTP 403, or `error.apikey.invalid`: the API key (client ID) may not use the User Management API. */
  | { kind: 'forbidden'; clientId: string; endpoint: string; status: number; result: string }
  /** HTTP 401 with a token IMS had just issued (or again after getting a new one). */
  | { kind: 'unauthorized'; orgId: string; endpoint: string; status: number }
  /** Adobe asked to wait (429 Retry-After) past the total deadline of the read. */
  | { kind: 'throttled-beyond-deadline'; endpoint: string; retryAfterMs: number; deadlineMs: number; elapsedMs: number; pagesRead: number; usersRead: number }
  /** The deadline passed between two pages (slow answers rather than throttling). */
  | { kind: 'deadline-passed'; endpoint: string; deadlineMs: number; pagesRead: number; usersRead: number }
  /** No HTTP answer at all. */
  | { kind: 'network'; endpoint: string; failure: NetFailure }
  /** An answer that is not what the API documents. */
  | { kind: 'unexpected-answer'; endpoint: string; status: number; reason: 'status' | 'not-json' | 'shape' | 'result' | 'no-last-page'; result: string };

export type UmapiFactKind = UmapiFact['kind'];

/** A live Admin Console read that failed: `fact` says why; `message` is English, for logs only. */
export class UmapiError extends Error {
  constructor(readonly fact: UmapiFact) {
    super(render(UMAPI, { id: 'failure', params: { fact } }, 'en'));
    this.name = 'UmapiError';
  }

  /** The problem as a snapshot records it: the endpoint stands for the file; `umapiFailure` is the problems catalogue's entry (it says UMAPI's `failure`). */
  toProblem(): SourceProblem {
    const fact = this.fact;
    const file = 'endpoint' in fact ? fact.endpoint : `${fact.imsServer}${IMS_TOKEN_PATH}`;
    return { file, problem: { id: 'umapiFailure', params: { fact } } };
  }
}
