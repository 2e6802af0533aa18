import type { Provenance } from './provenance.js';

/**
 * What the live IMS probes (`--probe`) observed for one instance, as facts: outcomes, statuses,
 * error codes, endpoints, certificate dates. Stored in the snapshot next to the configuration so
 * that rules report configuration and live truth side by side, and so that a saved snapshot
 * replays them offline. Sentences are made from these facts by the rules' catalogues only. Every
 * `at` is `{ endpoint, live: true }`; no secret appears, and every text that came from a server
 * has passed the redactor.
 */
export interface InstanceProbes {
  /** When the probes ran (ISO 8601). */
  ranAt: string;
  discovery?: DiscoveryProbe;
  authorize?: AuthorizeProbe;
  clientSecret?: ClientSecretProbe;
  callback?: CallbackProbe;
  /**
   * Whether this machine reached a production IMS host during the run (the instance's own discovery
   * or a reference request made when another probe got no answer); absent when nothing needed it.
   * false: every "no answer" of this run says where ims-doctor runs, not how Campaign is set up.
   */
  imsReachable?: boolean;
}

export type NetFailureKind = 'dns' | 'refused' | 'unreachable' | 'timeout' | 'tls' | 'reset' | 'proxy' | 'too-large' | 'bad-url' | 'other';

/** Why a request got no HTTP answer, as facts. */
export interface NetFailure {
  kind: NetFailureKind;
  /** Host the request was for. */
  host: string;
  /** The system or TLS error code (ENOTFOUND, CERT_HAS_EXPIRED, …), when there is one. */
  code?: string;
  /** The deadline that ran out (timeout), in milliseconds. */
  timeoutMs?: number;
  /** The body limit that was passed (too-large), in bytes. */
  limitBytes?: number;
  /** The proxy in the way (credentials removed). */
  proxy?: string;
  /** The underlying library's own words when no code says more (redacted, English as the library wrote it). */
  reason?: string;
}

/** The certificate a server presented. */
export interface PeerCertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  subjectAltName: string;
  fingerprint256: string;
}

interface ProbeBase {
  at: Provenance;
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** Set when the outcome is that no answer came. */
  failure?: NetFailure;
}

export interface DiscoveryProbe extends ProbeBase {
  outcome: 'ok' | 'unreachable' | 'http-error' | 'redirect' | 'not-json' | 'incomplete';
  /** The redirect target (outcome redirect). */
  location?: string;
  issuer?: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  jwksUri?: string;
  /** The members the document lacks (outcome incomplete). */
  missing?: string[];
}

export interface AuthorizeProbe extends ProbeBase {
  /**
   * login-page: IMS shows its sign-in page (fine). default-redirect: IMS sent the browser to the
   * client's default redirect URI (or another adobe.com page), i.e. the callback is not allowlisted.
   * callback-redirect: IMS went straight back to the callback (an existing session). error: IMS
   * answered an OAuth error. unexpected: anything else.
   */
  outcome: 'login-page' | 'default-redirect' | 'callback-redirect' | 'error' | 'unexpected' | 'unreachable';
  redirectUri: string;
  scope: string;
  clientId: string;
  location?: string;
  error?: string;
  /** IMS's own words (redacted), quoted as a value. */
  errorDescription?: string;
  /** The start of an unexpected body (redacted), quoted as a value. */
  bodyStart?: string;
}

export interface ClientSecretProbe extends ProbeBase {
  /** skipped: the request was not sent (see `skipped`). */
  outcome: 'accepted' | 'invalid-client' | 'no-secret' | 'unexpected' | 'unreachable' | 'skipped';
  clientId?: string;
  /** Fingerprint of the secret sent (never the secret). */
  secretFingerprint?: string;
  /** The OAuth error IMS answered (invalid_client, or e.g. invalid_grant about the made-up code). */
  error?: string;
  /** Why the secret was not sent (outcome skipped). */
  skipped?: 'not-https' | 'not-ims-host' | 'other-origin';
}

export interface CallbackProbe extends ProbeBase {
  outcome:
    | 'ok'
    | 'not-url'
    | 'not-https'
    | 'dns'
    | 'refused'
    | 'timeout'
    | 'tls-untrusted'
    | 'tls-name'
    | 'tls-expired'
    | 'tls-expiring'
    | 'http-error'
    | 'unreachable';
  host?: string;
  addresses?: string[];
  /** True when a proxy resolves the name (this machine did not). */
  resolvedByProxy?: boolean;
  certificate?: PeerCertificateInfo;
  daysLeft?: number;
}
