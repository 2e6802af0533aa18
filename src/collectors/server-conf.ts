import type { Sourced } from '../model/provenance.js';
import type { ServerConfPlane } from '../model/snapshot.js';
import { DEFAULT_URL_PERMISSION_ACTION } from '../domain/facts.js';
import { InputError } from '../inputs/input-error.js';
import { childElements, descendants, readXmlFile, type XmlElement } from '../inputs/xml-document.js';

/** Reads what the IMS checks need from serverConf.xml: urlPermission, redirection, shared > ims. */
export async function collectServerConf(file: string): Promise<ServerConfPlane> {
  const root = await readXmlFile(file);
  if (root.name !== 'serverconf') {
    throw new InputError(file, { id: 'wrongRoot', params: { found: root.name, expected: 'serverconf' } }, root.line, root.column);
  }
  const attributeOf = (element: XmlElement | undefined, name: string, path: string): Sourced<string> | undefined => {
    const found = element?.attributes.get(name);
    return found ? { value: found.value, at: { file, line: found.line, column: found.column, path } } : undefined;
  };
  const permission = descendants(root, 'urlPermission')[0];
  const action = attributeOf(permission, 'action', 'serverconf/shared/urlPermission/@action') ?? {
    value: DEFAULT_URL_PERMISSION_ACTION,
    at: { file, line: permission?.line ?? root.line, column: permission?.column ?? root.column, path: 'serverconf/shared/urlPermission/@action', defaulted: true },
  };
  const redirection = descendants(root, 'redirection')[0];
  const ims = descendants(root, 'ims')[0];
  return {
    source: file,
    urlPermissionAction: action,
    urlPermissions: permission
      ? childElements(permission, 'url').map((url) => ({
          dnsSuffix: url.attributes.get('dnsSuffix')?.value ?? '',
          urlRegEx: url.attributes.get('urlRegEx')?.value ?? '',
          at: { file, line: url.line, column: url.column, path: 'serverconf/shared/urlPermission/url' },
        }))
      : [],
    redirectionImsOrgId: attributeOf(redirection, 'IMSOrgId', 'serverconf/web/redirection/@IMSOrgId'),
    authImsEndpoint: attributeOf(ims, 'authIMSEndpoint', 'serverconf/shared/ims/@authIMSEndpoint'),
  };
}
