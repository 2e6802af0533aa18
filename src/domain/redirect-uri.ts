import { campaignRedirectUri } from './facts.js';
import { escapeRegex, splitUrl, wholeStringRegex, type WholeStringRegex } from './urls.js';

/**
 * Redirect URIs and IMS redirect URI patterns, in one place: the callback-url rule, its live and
 * as-sent checks and the HAR analysis all match through these.
 */

/** A redirect URI pattern compiled as IMS applies it: to the whole redirect_uri, case-sensitively ([I]). */
export type CompiledPattern<P> = { pattern: P; regex: WholeStringRegex } | { pattern: P; error: string };

export function compilePatterns<P extends { value: string }>(patterns: readonly P[]): CompiledPattern<P>[] {
  return patterns.map((pattern) => {
    const compiled = wholeStringRegex(pattern.value);
    return 'regex' in compiled ? { pattern, regex: compiled.regex } : { pattern, error: compiled.error };
  });
}

/** The first compiled pattern that allows the redirect URI (a pattern that does not compile allows nothing). */
export function allowedBy<P>(redirectUri: string, compiled: readonly CompiledPattern<P>[]): P | undefined {
  return compiled.find((item): item is { pattern: P; regex: WholeStringRegex } => 'regex' in item && item.regex.test(redirectUri))?.pattern;
}

/** The first pattern that allows the redirect URI. */
export function allowingPattern<P extends { value: string }>(redirectUri: string, patterns: readonly P[]): P | undefined {
  return allowedBy(redirectUri, compilePatterns(patterns));
}

/** True when `url` is `redirectUri` or below it: the same string, then the end, a path, a query or a fragment. */
export function isUnderRedirectUri(url: string, redirectUri: string): boolean {
  if (!url.startsWith(redirectUri)) return false;
  if (url.length === redirectUri.length || redirectUri.endsWith('/')) return true;
  return '/?#'.includes(url[redirectUri.length]!);
}

/**
 * True when a redirect_uri really sent is the one Campaign builds from this callback server: the same,
 * or below it (Campaign may add its own path). Otherwise the server runs with another callback (not
 * restarted since the account changed), or the recording is of another instance.
 */
export function sentMatchesCallback(sent: string, callbackServer: string): boolean {
  const configured = campaignRedirectUri(callbackServer);
  return sent === configured || isUnderRedirectUri(sent, configured.replace(/\/+$/, ''));
}

/** Where a pattern has dots that match any character although they read as a literal dot (`.*`, `.+`, `[.]`, `\.` are fine). */
export function looseDots(pattern: string): number[] {
  const positions: number[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '.' && !/[*+?{]/.test(pattern[i + 1] ?? '')) positions.push(i);
  }
  return positions;
}

/** The pattern with those dots escaped. */
export function escapeLooseDots(pattern: string, positions: readonly number[]): string {
  return pattern
    .split('')
    .map((c, i) => (positions.includes(i) ? '\\.' : c))
    .join('');
}

/** A URL the pattern accepts only because a dot matches any character: one of the URLs' dots replaced by "x". */
export function looseExample(regex: WholeStringRegex, urls: readonly string[]): string | undefined {
  for (const url of urls) {
    if (!regex.test(url)) continue;
    for (let i = url.indexOf('.'); i !== -1; i = url.indexOf('.', i + 1)) {
      const candidate = `${url.slice(0, i)}x${url.slice(i + 1)}`;
      if (regex.test(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The pattern an IMS client needs for a callback server: its https origin, escaped, with any path. */
export function patternFor(url: string): string {
  const parts = splitUrl(url);
  const origin = `https://${parts.host}${parts.port !== undefined ? `:${parts.port}` : ''}`;
  return `${escapeRegex(origin)}(/.*)?`;
}
