import { RE2JS } from 're2js';

/**
 * A URL split as written. WHATWG `URL` is not used on purpose: it lower-cases the host, drops
 * `:443`, adds a `/` path and rejects a missing scheme, which hides exactly what a rule must
 * quote back to the user. Every part is optional, so any text splits.
 */
export interface UrlParts {
  /** The scheme as written, without `://`; undefined when the text has no `scheme://`. */
  scheme: string | undefined;
  userinfo: string | undefined;
  /** The host as written (case and trailing dot kept); '' when there is none. */
  host: string;
  /** The port text after `:`, as written ('' for a lone colon); undefined without a colon. */
  port: string | undefined;
  /** Everything from the first `/` after the host up to `?` or `#`; '' when absent. */
  path: string;
  query: string | undefined;
  fragment: string | undefined;
}

const URL_SHAPE = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(?:([^@/?#]*)@)?(\[[^\]]*\]|[^/?#:]*)(?::([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/;

export function splitUrl(text: string): UrlParts {
  const match = URL_SHAPE.exec(text);
  // The pattern accepts any text (every group is optional, the path takes the rest).
  if (!match) return { scheme: undefined, userinfo: undefined, host: '', port: undefined, path: text, query: undefined, fragment: undefined };
  return { scheme: match[1], userinfo: match[2], host: match[3] ?? '', port: match[4], path: match[5] ?? '', query: match[6], fragment: match[7] };
}

/** A host as DNS compares it: lower case, without the trailing root dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** The normalised host of a URL as written (tolerating spaces around it); '' when there is none. */
export function hostOf(url: string): string {
  return normalizeHost(splitUrl(url.trim()).host);
}

/** True when the URL's scheme is https (any case). */
export function isHttps(url: string): boolean {
  return splitUrl(url.trim()).scheme?.toLowerCase() === 'https';
}

/** True when `host` is `suffix` or ends with `.suffix`: a match on a label boundary, as DNS suffixes mean it. */
export function hostMatchesDnsSuffix(host: string, suffix: string): boolean {
  const h = normalizeHost(host);
  const s = normalizeHost(suffix).replace(/^\./, '');
  if (h === '' || s === '') return false;
  return h === s || h.endsWith(`.${s}`);
}

/**
 * A user's regex applied to a whole string, in linear time. RE2 semantics (re2js), not the
 * backtracking RegExp: `(a+)+b` against a long string is a pattern to judge, not a hang.
 */
export interface WholeStringRegex {
  readonly source: string;
  /** True when the pattern matches the whole text. */
  test(text: string): boolean;
  /** The whole match and its groups (undefined for a group that took no part), or null. */
  exec(text: string): (string | undefined)[] | null;
}

/**
 * Compiles a pattern that must match a whole string (as urlPermission's urlRegEx and IMS redirect
 * URI patterns are applied), or says why it does not compile. The pattern is parsed alone, never
 * spliced into a wrapper, so `a)|(.*` is an error and not a match-all; a construct a backtracking
 * engine alone knows (backreferences, lookaround) is an error too: IMS would not read it as
 * JavaScript does, and evaluating it could take exponential time.
 */
export function wholeStringRegex(pattern: string, flags = ''): { regex: WholeStringRegex } | { error: string } {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    return { error: acceptedByJavaScript(pattern) ? `${message}; backreferences and lookaround are not supported` : message };
  }
  const groups = compiled.groupCount();
  return {
    regex: {
      source: pattern,
      test: (text) => compiled.testExact(text),
      exec: (text) => {
        if (groups === 0) return compiled.testExact(text) ? [text] : null;
        const matcher = compiled.matcher(text);
        if (!matcher.matches()) return null;
        const result: (string | undefined)[] = [];
        for (let i = 0; i <= groups; i++) result.push(matcher.group(i) ?? undefined);
        return result;
      },
    },
  };
}

function acceptedByJavaScript(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** Text as a regex that matches exactly it (to suggest a redirect URI pattern or a regex mask). */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
