import type { Provenance, Sourced } from '../model/provenance.js';
import type { ExternalAccount, UnrecognisedAttribute } from '../model/snapshot.js';
import {
  ACCOUNT_ATTRIBUTES,
  ACCOUNT_SECRET_ATTRIBUTES,
  ATTRIBUTE_DID_YOU_MEAN_MAX_DISTANCE,
  IMS_LIKE_ATTRIBUTE,
  MAC_ACCOUNT_IMS_ATTRIBUTES,
} from '../domain/facts.js';
import { editDistance } from '../domain/similarity.js';
import { secretRef } from '../security/fingerprint.js';

/** One `nms:extAccount` record as a source gives it, a package export or a live query alike. */
export interface AccountRecord {
  /** The attribute as written, or null when the record leaves it out (its default value). */
  get(attribute: string): string | null;
  /** Where the record, or one of its attributes, was read; `defaulted` when it is left out. */
  at(attribute?: string): Provenance;
  /** Every attribute the record writes, when the source can list them (a package export). */
  names?(): string[];
}

/** Whether the product context is read at all: only where this build's schema has the field. */
export interface AccountReadOptions {
  productContextField: boolean;
  /** The MAC type value, when the type enumeration told it (live); otherwise the IMS fields tell the kind. */
  macType?: string;
  typeLabel?: (type: string) => string | undefined;
  /** False for a package export, which never carries the secret: an absent one is "not exported", not empty. */
  secretsInSource?: boolean;
}

/** The IMS settings a misnamed attribute may have meant. */
const IMS_FIELDS = ['imsServer', 'clientId', 'clientSecret', 'callbackServer', 'imsOrgId', 'imsRightsMask', 'userScope', 'productContext'] as const;
const KNOWN = new Set<string>([...Object.values(ACCOUNT_ATTRIBUTES), ...ACCOUNT_SECRET_ATTRIBUTES]);

/** The known IMS attribute an unknown name probably meant (ignoring case and an `ims` prefix), or null. */
export function meantAttribute(name: string): string | null {
  const bare = (value: string): string => value.toLowerCase().replace(/^ims[\s_-]?/, '');
  const wanted = bare(name);
  let best: { field: string; distance: number } | undefined;
  for (const field of IMS_FIELDS) {
    const known = bare(field);
    const distance = editDistance(wanted, known);
    // `imsScope` means userScope: an ims-prefixed name contained in a known one counts as a near miss.
    const contained = /^ims/i.test(name) && wanted.length >= 4 && (known.includes(wanted) || wanted.includes(known));
    if ((distance <= ATTRIBUTE_DID_YOU_MEAN_MAX_DISTANCE || contained) && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field ?? null;
}

/** Attributes Campaign would not read that look like IMS settings: an `ims` prefix, or a near miss of a known name. */
function unrecognisedOf(record: AccountRecord): UnrecognisedAttribute[] {
  return (record.names?.() ?? [])
    .filter((name) => !KNOWN.has(name) && !name.startsWith('_') && IMS_LIKE_ATTRIBUTE.test(name))
    .flatMap((name) => {
      const meant = meantAttribute(name);
      return meant !== null || /^ims/i.test(name) ? [{ attribute: name, meant, at: record.at(name) }] : [];
    });
}

/** Builds the typed account both collectors share: missing attributes hold their default (empty) value. */
export function externalAccountFrom(record: AccountRecord, options: AccountReadOptions): ExternalAccount {
  const unrecognised = unrecognisedOf(record);
  // A field left out while a misnamed attribute probably meant it is unknown, not empty: say so in its provenance.
  const writtenAs = (attribute: string): Provenance => {
    const at = record.at(attribute);
    const misnamed = record.get(attribute) === null ? unrecognised.find((item) => item.meant === attribute) : undefined;
    return misnamed ? { ...at, writtenAs: misnamed.attribute } : at;
  };
  const read = (attribute: string): Sourced<string> => ({ value: record.get(attribute) ?? '', at: writtenAs(attribute) });
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
    clientSecret: {
      value:
        options.secretsInSource === false && record.get(ACCOUNT_ATTRIBUTES.clientSecret) === null
          ? { kind: 'secret', fingerprint: '', form: 'not-exported', length: 0 }
          : secretRef(secret.value, 'campaign'),
      at: secret.at,
    },
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
    ...(unrecognised.length > 0 ? { unrecognised } : {}),
  };
}
