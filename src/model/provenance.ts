/** Where a value came from: a file position (offline) or an endpoint (live). */
export interface Provenance {
  /** Path as the user would open it (relative to the current directory when possible). */
  file?: string;
  line?: number;
  column?: number;
  /** Logical path inside the source, e.g. `extAccount[@name="Adobe_Marketing_Cloud"]/@imsServer`. */
  path?: string;
  /** Live sources (SOAP, IMS probes) name the endpoint instead of a file. */
  endpoint?: string;
  live?: boolean;
  /** True when the value is absent from the source and the documented default applies. */
  defaulted?: boolean;
  /**
   * The value is absent and the source carries an unrecognised attribute of this name that probably
   * meant it (e.g. `imsClientId` for `clientId`): the value is unknown, not empty, and is not judged.
   */
  writtenAs?: string;
}

/** A value together with where it was read. Every value in a snapshot is one of these. */
export interface Sourced<T> {
  value: T;
  at: Provenance;
}

export function sourced<T>(value: T, at: Provenance): Sourced<T> {
  return { value, at };
}

export function formatProvenance(at: Provenance): string {
  if (at.endpoint) return at.endpoint;
  if (!at.file) return '';
  let text = at.file;
  if (at.line !== undefined) text += `:${at.line}`;
  if (at.line !== undefined && at.column !== undefined) text += `:${at.column}`;
  return text;
}
