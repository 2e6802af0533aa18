/**
 * What counts as a secret in web traffic and logs (names of parameters, headers, cookies and JSON
 * keys; token shapes), in one place: the HAR sanitizer replaces these values, and every output of
 * `har` and `logs` hides them. Client IDs, redirect URIs and scopes are not secrets: they are what
 * a diagnosis must quote.
 */

/** Names whose value is a secret, whole (lower case). */
const SECRET_NAMES = new Set([
  'code',
  'device_code',
  'code_verifier',
  'access_token',
  'id_token',
  'refresh_token',
  'refresh',
  'token',
  'jwt',
  'assertion',
  'client_assertion',
  'client_secret',
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'otp',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'samlresponse',
  'samlrequest',
  'ticket',
  'sig',
  'signature',
  'x-amz-signature',
  'spassword',
  'slogin_password',
  'apikey_secret',
  'private_key',
  'session',
  'sessionid',
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

/** `name="value"`, `name='value'`, `"name": "value"`, `"name": 123`, `name: value`, `name = value` (logs, JSON, YAML, Java properties). */
const QUOTED_PAIR = /(["']?)([A-Za-z0-9_.:-]{1,64})\1(\s*[:=]\s*)(?:"((?:[^"\\\n]|\\.){0,1024})"|'([^'\n]{0,1024})'|([^\s,;&"'<>{}[\]]{1,1024}))/g;

/** `<sPassword>…</sPassword>`, `<client_secret>…</client_secret>` (XML elements named as secrets, with or without a namespace prefix). */
const ELEMENT = /<((?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]{0,63}))(\s[^<>]{0,1024})?>([^<]{1,65536})<\/\1\s*>/g;

/** A text with every secret-named parameter value and every JWT hidden; the rest kept as is. */
export function hideSecrets(text: string): string {
  return text
    .replace(PARAM, (whole, lead: string, name: string, value: string) => {
      if (value !== '' && isSecretName(name)) return `${lead}${name}=${HIDDEN}`;
      // A URL inside a parameter (redirect_uri=https%3A%2F%2F…%3Fcode%3D…): its own secrets, encoded back.
      const decoded = nestedUrl(value);
      if (decoded === undefined) return whole;
      const hidden = hideSecrets(decoded);
      return hidden === decoded ? whole : `${lead}${name}=${encodeURIComponent(hidden)}`;
    })
    .replace(QUOTED_PAIR, (whole, quote: string, name: string, separator: string, doubled?: string, single?: string, bare?: string) => {
      // `code: 401` and `error code: XSV-350008` are status codes in logs, not OAuth codes.
      if (!isSecretName(name) || (quote === '' && bare !== undefined && name.toLowerCase() === 'code')) return whole;
      const value = doubled ?? single ?? bare ?? '';
      if (value === '' || value === HIDDEN) return whole;
      const shown = doubled !== undefined ? `"${HIDDEN}"` : single !== undefined ? `'${HIDDEN}'` : HIDDEN;
      return `${quote}${name}${quote}${separator}${shown}`;
    })
    .replace(ELEMENT, (whole, tag: string, local: string, attributes: string | undefined) =>
      isSecretName(local) ? `<${tag}${attributes ?? ''}>${HIDDEN}</${tag}>` : whole,
    )
    .replace(JWT, HIDDEN)
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${HIDDEN}`);
}

/** The decoded text of a percent-encoded value that holds parameters of its own, else undefined. */
export function nestedUrl(value: string): string | undefined {
  if (!/%3[dD]/.test(value)) return undefined;
  try {
    const decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    return decoded !== value && /[?&#;\s][A-Za-z0-9_.:-]{1,64}=/.test(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Control characters of a text read from an input (a log line, a HAR value) made visible, so that
 * printing it cannot move the cursor, rewrite the screen or set the terminal's title: ESC, C0 and
 * C1 controls (tab kept) become `\u001b`-style escapes. Applied to every sample a terminal shows.
 */
export function neutralizeControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this matches
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
