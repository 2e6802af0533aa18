import type { PeerCertificateInfo } from '../net/http.js';
import type { Provenance } from './provenance.js';

/**
 * What the live IMS probes (`--probe`) observed for one instance. Stored in the snapshot next to
 * the configuration so that rules report configuration and live truth side by side, and so that a
 * saved snapshot replays them offline. Every `at` is `{ endpoint, live: true }`; no secret appears.
 */
export interface InstanceProbes {
  /** When the probes ran (ISO 8601). */
  ranAt: string;
  discovery?: DiscoveryProbe;
  authorize?: AuthorizeProbe;
  clientSecret?: ClientSecretProbe;
  callback?: CallbackProbe;
}

interface ProbeBase {
  at: Provenance;
  /** One sentence saying what was seen, already free of secrets. */
  detail: string;
  status?: number;
}

export interface DiscoveryProbe extends ProbeBase {
  outcome: 'ok' | 'unreachable' | 'http-error' | 'redirect' | 'not-json' | 'incomplete';
  issuer?: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  jwksUri?: string;
}

export interface AuthorizeProbe extends ProbeBase {
  /**
   * login-page: IMS shows its sign-in page (fine). default-redirect: IMS sent the browser to the
   * client's default redirect URI, i.e. the callback is not allowlisted. callback-redirect: IMS
   * went straight back to the callback (an existing session). error: IMS answered an OAuth error.
   */
  outcome: 'login-page' | 'default-redirect' | 'callback-redirect' | 'error' | 'unexpected' | 'unreachable';
  redirectUri: string;
  scope: string;
  clientId: string;
  location?: string;
  error?: string;
  errorDescription?: string;
}

export interface ClientSecretProbe extends ProbeBase {
  outcome: 'accepted' | 'invalid-client' | 'no-secret' | 'unexpected' | 'unreachable';
  /** Fingerprint of the secret sent (never the secret). */
  secretFingerprint?: string;
  error?: string;
}

export interface CallbackProbe extends ProbeBase {
  outcome: 'ok' | 'not-https' | 'dns' | 'refused' | 'timeout' | 'tls-untrusted' | 'tls-name' | 'tls-expired' | 'tls-expiring' | 'http-error' | 'unreachable';
  addresses?: string[];
  certificate?: PeerCertificateInfo;
  daysLeft?: number;
}
