import type { Provenance, Sourced } from '../model/provenance.js';
import type { ExternalAccount } from '../model/snapshot.js';
import { ACCOUNT_ATTRIBUTES, MAC_ACCOUNT_IMS_ATTRIBUTES } from '../domain/facts.js';
import { secretRef } from '../security/fingerprint.js';

/** One `nms:extAccount` record as a source gives it, a package export or a live query alike. */
export interface AccountRecord {
  /** The attribute as written, or null when the record leaves it out (its default value). */
  get(attribute: string): string | null;
  /** Where the record, or one of its attributes, was read; `defaulted` when it is left out. */
  at(attribute?: string): Provenance;
}

/** Whether the product context is read at all: only where this build's schema has the field. */
export interface AccountReadOptions {
  productContextField: boolean;
  /** The MAC type value, when the type enumeration told it (live); otherwise the IMS fields tell the kind. */
  macType?: string;
  typeLabel?: (type: string) => string | undefined;
}

/** Builds the typed account both collectors share: missing attributes hold their default (empty) value. */
export function externalAccountFrom(record: AccountRecord, options: AccountReadOptions): ExternalAccount {
  const read = (attribute: string): Sourced<string> => ({ value: record.get(attribute) ?? '', at: record.at(attribute) });
  const present = (attribute: string): boolean => (record.get(attribute) ?? '') !== '';
  const active = read(ACCOUNT_ATTRIBUTES.active);
  const secret = read(ACCOUNT_ATTRIBUTES.clientSecret);
  const type = read(ACCOUNT_ATTRIBUTES.type);
  const carriesIms = MAC_ACCOUNT_IMS_ATTRIBUTES.some(present);
  const typeLabel = options.typeLabel?.(type.value);
  return {
    at: record.at(),
    name: read(ACCOUNT_ATTRIBUTES.name),
    label: read(ACCOUNT_ATTRIBUTES.label),
    type,
    active: { value: active.value === '1' || active.value.toLowerCase() === 'true', at: active.at },
    imsServer: read(ACCOUNT_ATTRIBUTES.imsServer),
    clientId: read(ACCOUNT_ATTRIBUTES.clientId),
    clientSecret: { value: secretRef(secret.value, 'campaign'), at: secret.at },
    callbackServer: read(ACCOUNT_ATTRIBUTES.callbackServer),
    imsOrgId: read(ACCOUNT_ATTRIBUTES.imsOrgId),
    imsRightsMask: read(ACCOUNT_ATTRIBUTES.imsRightsMask),
    userScope: read(ACCOUNT_ATTRIBUTES.userScope),
    // The field exists on some builds only: undefined when it is absent, as the UI then shows no field.
    productContext: options.productContextField && record.get(ACCOUNT_ATTRIBUTES.productContext) !== null ? read(ACCOUNT_ATTRIBUTES.productContext) : undefined,
    server: read(ACCOUNT_ATTRIBUTES.server),
    tenant: read(ACCOUNT_ATTRIBUTES.tenant),
    lastModified: present(ACCOUNT_ATTRIBUTES.lastModified) ? read(ACCOUNT_ATTRIBUTES.lastModified) : undefined,
    carriesImsFields: options.macType !== undefined ? type.value === options.macType || carriesIms : carriesIms,
    ...(typeLabel !== undefined ? { typeLabel } : {}),
  };
}
