import { createHash } from 'node:crypto';
import type { SecretRef } from '../model/secret.js';
import { CAMPAIGN_ENCRYPTED_SECRET_PREFIX } from '../domain/facts.js';

/**
 * `sha256:` and the first 8 hex digits of the SHA-256 of the value. Short enough to read,
 * enough to see that two sides differ; an administrator can compute it from the secret they hold
 * (`printf %s "$SECRET" | sha256sum | cut -c1-8`).
 */
export function fingerprint(value: string): string {
  return 'sha256:' + createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 8);
}

/** Reduces a secret read from a source to a reference that is safe to store and show. */
export function secretRef(value: string, origin: 'campaign' | 'ims'): SecretRef {
  if (value === '') return { kind: 'secret', fingerprint: '', form: 'empty', length: 0 };
  const encrypted = origin === 'campaign' && value.startsWith(CAMPAIGN_ENCRYPTED_SECRET_PREFIX);
  return { kind: 'secret', fingerprint: fingerprint(value), form: encrypted ? 'campaign-encrypted' : 'plain', length: value.length };
}
