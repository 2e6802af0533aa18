/**
 * What a browser's login through IMS looks like on the wire, in one table (the HAR analysis reads
 * it; nothing else decides what an IMS request is). [V] = read in a public source (IMS discovery
 * document, OAuth 2.0 RFC 6749); [I] = inferred, to be confirmed against a real recording.
 */
import { PRODUCTION_IMS_HOSTS, STAGE_IMS_HOSTS } from './facts.js';

/** [V] The authorize endpoint, any version (`/ims/authorize/v2` today, v1 and v3 seen in Adobe docs). */
export const IMS_AUTHORIZE_PATH = /^\/ims\/authorize(?:\/v\d+)?\/?$/i;

/** [V] The token endpoint, any version (`/ims/token/v3`). */
export const IMS_TOKEN_PATH = /^\/ims\/token(?:\/v\d+)?\/?$/i;

/**
 * [I] Hosts (DNS suffixes) of the IMS login flow: the IMS endpoints (`ims-na1.adobelogin.com`,
 * `adobeid-na1.services.adobe.com`) and the Adobe ID sign-in pages they send the browser to
 * (`auth.services.adobe.com`, `*.identity.adobe.com`). A redirect from IMS to any other host that is
 * not the redirect_uri is IMS giving up on the callback: the client's default redirect URI.
 */
export const IMS_FLOW_HOST_SUFFIXES = ['adobelogin.com', 'services.adobe.com', 'identity.adobe.com'];

/** [V] The IMS hosts proper (authorize/token live there). */
export const IMS_ENDPOINT_HOSTS = [...PRODUCTION_IMS_HOSTS, ...STAGE_IMS_HOSTS];

/** [V] OAuth 2.0 authorize parameters the HAR analysis quotes back (none of them is a secret). */
export const AUTHORIZE_PARAMS = ['client_id', 'redirect_uri', 'scope', 'response_type'] as const;

/** [V] IMS (OAuth 2.0) separates scopes in `scope` with commas (Adobe) or spaces (RFC 6749). */
export const SCOPE_SEPARATORS = /[,\s]+/;

/**
 * [V] The OAuth 2.0 error codes (RFC 6749 §4.1.2.1, §5.2) and the symptom of the catalogue each
 * one shows as (see symptoms.ts). IMS answers with them in `error=` on a redirect or in a JSON body.
 */
export const OAUTH_ERROR_SYMPTOM: Record<string, string> = {
  invalid_scope: 'login-page-unreachable',
  invalid_client: 'invalid-client',
  unauthorized_client: 'invalid-client',
  invalid_request: 'login-page-unreachable',
  access_denied: 'login-page-unreachable',
  unsupported_response_type: 'login-page-unreachable',
  invalid_grant: 'invalid-client',
  server_error: 'login-page-unreachable',
  temporarily_unavailable: 'login-page-unreachable',
};

/** [V] Chrome writes a failed request with status 0 and `response._error` (`net::ERR_…`); these name TLS failures. */
export const TLS_ERROR = /CERT|SSL|TLS|HANDSHAKE/i;
