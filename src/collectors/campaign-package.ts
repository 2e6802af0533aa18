import type { Provenance, Sourced } from '../model/provenance.js';
import type { CampaignPlane, ExternalAccount, Operator, OperatorGroup } from '../model/snapshot.js';
import { ACCOUNT_ATTRIBUTES, MAC_ACCOUNT_IMS_ATTRIBUTES } from '../domain/facts.js';
import { InputError } from '../inputs/input-error.js';
import { childElements, descendants, readXmlFile, type XmlElement } from '../inputs/xml-document.js';
import { secretRef } from '../security/fingerprint.js';

/** Reads a Campaign package export (xtk:navtree grammar) into the Campaign plane. */
export async function collectCampaignPackage(file: string): Promise<CampaignPlane> {
  const root = await readXmlFile(file);
  if (root.name !== 'package') {
    throw new InputError(file, `is not a Campaign package export: its root element is <${root.name}>, expected <package>.`, root.line, root.column);
  }
  const plane: CampaignPlane = { source: file, buildNumber: undefined, externalAccounts: [], groups: [], operators: [] };
  const build = root.attributes.get('buildNumber');
  if (build) plane.buildNumber = { value: build.value, at: { file, line: build.line, column: build.column, path: 'package/@buildNumber' } };

  for (const entities of childElements(root, 'entities')) {
    const schema = entities.attributes.get('schema')?.value ?? '';
    for (const record of entities.children) {
      if (record.attributes.get('_operation')?.value === 'delete') continue;
      if (schema === 'nms:extAccount' && record.name === 'extAccount') plane.externalAccounts.push(readAccount(file, record));
      else if (schema === 'xtk:group' && record.name === 'group') plane.groups.push(readGroup(file, record));
      else if (schema === 'xtk:operator' && record.name === 'operator') plane.operators.push(readOperator(file, record));
    }
  }
  return plane;
}

function readAccount(file: string, element: XmlElement): ExternalAccount {
  const name = element.attributes.get('name')?.value ?? '';
  const base = `extAccount[@name="${name}"]`;
  const at: Provenance = { file, line: element.line, column: element.column, path: base };
  /** A missing attribute holds its default value: the empty string. */
  const read = (attribute: string): Sourced<string> => {
    const found = element.attributes.get(attribute);
    return found
      ? { value: found.value, at: { file, line: found.line, column: found.column, path: `${base}/@${attribute}` } }
      : { value: '', at: { ...at, path: `${base}/@${attribute}`, defaulted: true } };
  };
  const optional = (attribute: string): Sourced<string> | undefined => (element.attributes.has(attribute) ? read(attribute) : undefined);
  const active = read(ACCOUNT_ATTRIBUTES.active);
  const secret = read(ACCOUNT_ATTRIBUTES.clientSecret);
  return {
    at,
    name: read(ACCOUNT_ATTRIBUTES.name),
    label: read(ACCOUNT_ATTRIBUTES.label),
    type: read(ACCOUNT_ATTRIBUTES.type),
    active: { value: active.value === '1' || active.value.toLowerCase() === 'true', at: active.at },
    imsServer: read(ACCOUNT_ATTRIBUTES.imsServer),
    clientId: read(ACCOUNT_ATTRIBUTES.clientId),
    clientSecret: { value: secretRef(secret.value, 'campaign'), at: secret.at },
    callbackServer: read(ACCOUNT_ATTRIBUTES.callbackServer),
    imsOrgId: read(ACCOUNT_ATTRIBUTES.imsOrgId),
    imsRightsMask: read(ACCOUNT_ATTRIBUTES.imsRightsMask),
    userScope: read(ACCOUNT_ATTRIBUTES.userScope),
    productContext: optional(ACCOUNT_ATTRIBUTES.productContext),
    server: read(ACCOUNT_ATTRIBUTES.server),
    tenant: read(ACCOUNT_ATTRIBUTES.tenant),
    lastModified: optional(ACCOUNT_ATTRIBUTES.lastModified),
    carriesImsFields: MAC_ACCOUNT_IMS_ATTRIBUTES.some((attribute) => (element.attributes.get(attribute)?.value ?? '') !== ''),
  };
}

function readGroup(file: string, element: XmlElement): OperatorGroup {
  const name = element.attributes.get('name');
  return {
    name: { value: name?.value ?? '', at: { file, line: name?.line ?? element.line, column: name?.column ?? element.column, path: `group[@name="${name?.value ?? ''}"]` } },
    label: element.attributes.get('label')?.value ?? '',
  };
}

function readOperator(file: string, element: XmlElement): Operator {
  const name = element.attributes.get('name');
  const access = childElements(element, 'access')[0];
  return {
    name: { value: name?.value ?? '', at: { file, line: element.line, column: element.column, path: `operator[@name="${name?.value ?? ''}"]` } },
    label: element.attributes.get('label')?.value ?? '',
    authenticationType: access?.attributes.get('authenticationType')?.value ?? '',
    // [I] how group membership is written inside an exported operator: any group[@name] below it.
    groups: descendants(element, 'group').map((group) => group.attributes.get('name')?.value ?? '').filter(Boolean),
  };
}
