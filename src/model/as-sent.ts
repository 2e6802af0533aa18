import type { Provenance, Sourced } from './provenance.js';

/**
 * What a browser recording (HAR) shows was really sent to IMS's authorize endpoint for one instance:
 * the values the running Campaign server used, which differ from the configuration when the server
 * was not restarted after a change (or when the recording is of another instance). The HAR analysis
 * lays it over the instance's snapshot and the rules judge it beside the configuration. Every value
 * points at the HAR entry it was read from, e.g. `{ file: 'login.har', path: 'log.entries[12].request.url' }`.
 * None of these values is a secret.
 */
export interface AsSent {
  /** The authorize request in the recording. */
  at: Provenance;
  /** When the browser sent it (the HAR entry's startedDateTime, ISO 8601; '' when the recording does not say). */
  sentAt: string;
  /** The IMS host the browser sent the authorize request to (normalised as DNS compares it). */
  imsHost: Sourced<string>;
  /** `client_id`, `redirect_uri` and `scope` as sent (URL-decoded); undefined when the request had none. */
  clientId: Sourced<string> | undefined;
  redirectUri: Sourced<string> | undefined;
  scope: Sourced<string> | undefined;
}
