import type { Provenance } from '../model/provenance.js';
import type { CampaignPlane, ExternalAccount, Operator, OperatorGroup } from '../model/snapshot.js';
import { InputError } from '../inputs/input-error.js';
import { childElements, descendants, readXmlFile, type XmlElement } from '../inputs/xml-document.js';
import { externalAccountFrom } from './external-account-record.js';
import { OPERATOR_DISABLED_ATTRIBUTE, OPERATOR_EMAIL_ATTRIBUTE } from '../domain/facts.js';

/** Reads a Campaign package export (xtk:navtree grammar) into the Campaign plane. */
export async function collectCampaignPackage(file: string): Promise<CampaignPlane> {
  const root = await readXmlFile(file);
  if (root.name !== 'package') {
    throw new InputError(file, { id: 'wrongRoot', params: { found: root.name, expected: 'package' } }, root.line, root.column);
  }
  const plane: CampaignPlane = { source: file, buildNumber: undefined, externalAccounts: [], groups: [], operators: [] };
  const build = root.attributes.get('buildNumber');
  if (build) plane.buildNumber = { value: build.value, at: { file, line: build.line, column: build.column, path: 'package/@buildNumber' } };
  const version = root.attributes.get('buildVersion');
  if (version?.value.trim()) plane.version = { value: version.value, at: { file, line: version.line, column: version.column, path: 'package/@buildVersion' } };

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
  const base = `extAccount[@name="${element.attributes.get('name')?.value ?? ''}"]`;
  const recordAt: Provenance = { file, line: element.line, column: element.column, path: base };
  return externalAccountFrom(
    {
      get: (attribute) => element.attributes.get(attribute)?.value ?? null,
      at: (attribute) => {
        if (attribute === undefined) return recordAt;
        const found = element.attributes.get(attribute);
        const path = `${base}/@${attribute}`;
        return found ? { file, line: found.line, column: found.column, path } : { ...recordAt, path, defaulted: true };
      },
      names: () => [...element.attributes.keys()],
    },
    // An export writes the product context only where the field exists and holds a value; it never carries the secret.
    { productContextField: true, secretsInSource: false },
  );
}

function readGroup(file: string, element: XmlElement): OperatorGroup {
  const name = element.attributes.get('name');
  return {
    name: {
      value: name?.value ?? '',
      at: { file, line: name?.line ?? element.line, column: name?.column ?? element.column, path: `group[@name="${name?.value ?? ''}"]` },
    },
    label: element.attributes.get('label')?.value ?? '',
  };
}

function readOperator(file: string, element: XmlElement): Operator {
  const name = element.attributes.get('name');
  const access = childElements(element, 'access')[0];
  const operator: Operator = {
    name: { value: name?.value ?? '', at: { file, line: element.line, column: element.column, path: `operator[@name="${name?.value ?? ''}"]` } },
    label: element.attributes.get('label')?.value ?? '',
    authenticationType: access?.attributes.get('authenticationType')?.value ?? '',
    // [I] how group membership is written inside an exported operator: any group[@name] below it.
    groups: descendants(element, 'group')
      .map((group) => group.attributes.get('name')?.value ?? '')
      .filter(Boolean),
  };
  const base = `operator[@name="${name?.value ?? ''}"]`;
  // [I] where "Account disabled" is written: on the operator or its access element.
  for (const [holder, prefix] of [
    [element, ''],
    [access, 'access/'],
  ] as const) {
    const disabled = holder?.attributes.get(OPERATOR_DISABLED_ATTRIBUTE);
    if (disabled) {
      operator.disabled = {
        value: disabled.value === '1' || disabled.value === 'true',
        at: { file, line: disabled.line, column: disabled.column, path: `${base}/${prefix}@${OPERATOR_DISABLED_ATTRIBUTE}` },
      };
    }
  }
  const email = element.attributes.get(OPERATOR_EMAIL_ATTRIBUTE);
  if (email && email.value !== '')
    operator.email = { value: email.value, at: { file, line: email.line, column: email.column, path: `${base}/@${OPERATOR_EMAIL_ATTRIBUTE}` } };
  return operator;
}
