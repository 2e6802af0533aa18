/**
 * What counts as a secret in web traffic and logs (names of parameters, headers, cookies and JSON
 * keys; token shapes), in one place: the HAR sanitizer replaces these values, and every output of
 * `har` and `logs` hides them. Client IDs, redirect URIs and scopes are not secrets: they are what
 * a diagnosis must quote.
 */

/** Names whose value is a secret, whole (lower case). */
const SECRET_NAMES = new Set([
  'code', 'device_code', 'code_verifier', 'access_token', 'id_token', 'refresh_token', 'token', 'jwt', 'assertion',
  'client_assertion', 'client_secret', 'password', 'passwd', 'pwd', 'pass', 'secret', 'otp', 'authorization',
  'proxy-authorization', 'cookie', 'set-cookie', 'samlresponse', 'samlrequest', 'ticket', 'sig', 'signature',
  'x-amz-signature', 'spassword', 'slogin_password', 'apikey_secret', 'private_key', 'session', 'sessionid',
]);

/** Parts of a name that make its value a secret (`X-Security-Token`, `__sessiontoken`, `user_password`, `session_state`). */
const SECRET_NAME_PARTS = /token|secret|passw|pwd|cookie|session|credential|signature|private.?key/i;

/** True when a parameter, header, cookie or key of this name holds a secret. */
export function isSecretName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  // HTTP/2's `:authority` pseudo-header is the host, not an authorization.
  if (lower === ':authority') return false;
  return SECRET_NAMES.has(lower) || SECRET_NAME_PARTS.test(lower);
}

/** A JSON Web Token anywhere in a text (IMS access and ID tokens are JWTs). */
export const JWT = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** `name=value` pairs in URLs, form bodies and log lines whose name is a secret. */
const PARAM = /([?&#;\s]|^)([A-Za-z0-9_.:-]{1,64})=([^&#;\s"'<>]*)/g;

/** What a secret is shown as in `har` and `logs` output (the sanitizer uses stable tokens instead). */
export const HIDDEN = '<redacted>';

/** A text with every secret-named parameter value and every JWT hidden; the rest kept as is. */
export function hideSecrets(text: string): string {
  return text
    .replace(PARAM, (whole, lead: string, name: string, value: string) => (value !== '' && isSecretName(name) ? `${lead}${name}=${HIDDEN}` : whole))
    .replace(JWT, HIDDEN)
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${HIDDEN}`);
}
