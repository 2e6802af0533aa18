/**
 * A secret as it may appear in a snapshot: never the value, only a fingerprint that keeps
 * equality visible (two sides with the same fingerprint hold the same secret).
 */
export interface SecretRef {
  kind: 'secret';
  /** `sha256:` + the first 8 hex digits of SHA-256 over the value as written. */
  fingerprint: string;
  /**
   * `plain`: the clear value; `campaign-encrypted`: Campaign's stored, encrypted form, which
   * cannot be compared with the clear secret; `empty`: nothing entered; `not-exported`: the source
   * never carries it (a package export leaves external-account passwords out), so nothing is known.
   */
  form: 'plain' | 'campaign-encrypted' | 'empty' | 'not-exported';
  length: number;
}
