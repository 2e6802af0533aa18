import type { Provenance, Sourced } from '../model/provenance.js';
import type { ImsConfigFacts, ServerConfPlane, UrlPermissionEntry } from '../model/snapshot.js';
import { DEFAULT_URL_PERMISSION_ACTION } from '../domain/facts.js';
import { InputError } from '../inputs/input-error.js';
import { childElements, descendants, readXmlFile, type XmlElement } from '../inputs/xml-document.js';

/** What one serverConf file says; undefined where it says nothing, so that a later file overrides only what it writes. */
interface ServerConfFile {
  file: string;
  root: XmlElement;
  urlPermissionAction: Sourced<string> | undefined;
  urlPermissions: UrlPermissionEntry[] | undefined;
  redirectionImsOrgId: Sourced<string> | undefined;
  authImsEndpoint: Sourced<string> | undefined;
  imsConfig: ImsConfigFacts | undefined;
  jwtPrivateKeyAt: Provenance | undefined;
}

async function readServerConfFile(file: string): Promise<ServerConfFile> {
  const root = await readXmlFile(file);
  if (root.name !== 'serverconf') {
    throw new InputError(file, { id: 'wrongRoot', params: { found: root.name, expected: 'serverconf' } }, root.line, root.column);
  }
  const attributeOf = (element: XmlElement | undefined, name: string, path: string): Sourced<string> | undefined => {
    const found = element?.attributes.get(name);
    return found ? { value: found.value, at: { file, line: found.line, column: found.column, path } } : undefined;
  };
  const permission = descendants(root, 'urlPermission')[0];
  const redirection = descendants(root, 'redirection')[0];
  const ims = descendants(root, 'ims')[0];
  const privateKey = ims?.attributes.get('authIMSTAPrivateKey');
  const imsConfig = descendants(root, 'imsConfig')[0];
  const nonIms = imsConfig ? descendants(imsConfig, 'nonIMSAuthnAPI')[0] : undefined;
  return {
    file,
    root,
    urlPermissionAction: attributeOf(permission, 'action', 'serverconf/shared/urlPermission/@action'),
    urlPermissions: permission
      ? childElements(permission, 'url').map((url) => ({
          dnsSuffix: url.attributes.get('dnsSuffix')?.value ?? '',
          urlRegEx: url.attributes.get('urlRegEx')?.value ?? '',
          at: { file, line: url.line, column: url.column, path: 'serverconf/shared/urlPermission/url' },
        }))
      : undefined,
    redirectionImsOrgId: attributeOf(redirection, 'IMSOrgId', 'serverconf/web/redirection/@IMSOrgId'),
    authImsEndpoint: attributeOf(ims, 'authIMSEndpoint', 'serverconf/shared/ims/@authIMSEndpoint'),
    imsConfig: imsConfig
      ? {
          at: { file, line: imsConfig.line, column: imsConfig.column, path: 'serverconf/shared/imsConfig' },
          disableApi: attributeOf(nonIms, 'disableAPI', 'serverconf/shared/imsConfig/nonIMSAuthnAPI/@disableAPI'),
          allowOperators: nonIms
            ? childElements(nonIms, 'allowOperator').flatMap((allow) => {
                const name = attributeOf(allow, 'name', 'serverconf/shared/imsConfig/nonIMSAuthnAPI/allowOperator/@name');
                return name ? [name] : [];
              })
            : [],
        }
      : undefined,
    // Only where the key is written: its value is a secret.
    jwtPrivateKeyAt:
      privateKey && privateKey.value !== ''
        ? { file, line: privateKey.line, column: privateKey.column, path: 'serverconf/shared/ims/@authIMSTAPrivateKey' }
        : undefined,
  };
}

/**
 * Reads what the IMS checks need from serverConf.xml and the instance's config-<instance>.xml:
 * urlPermission, redirection, shared > ims, shared > imsConfig. Files are given in order; a later
 * file's value wins, and each value keeps the file it came from.
 */
export async function collectServerConf(files: string | readonly string[]): Promise<ServerConfPlane> {
  const list = typeof files === 'string' ? [files] : files;
  const read: ServerConfFile[] = [];
  for (const file of list) read.push(await readServerConfFile(file));
  const last = <T>(pick: (file: ServerConfFile) => T | undefined): T | undefined => {
    for (let i = read.length - 1; i >= 0; i--) {
      const value = pick(read[i]!);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const first = read[0]!;
  const withPermission = [...read].reverse().find((file) => file.urlPermissions !== undefined);
  const permissionElement = descendants((withPermission ?? first).root, 'urlPermission')[0];
  const defaultAt = withPermission ?? first;
  const plane: ServerConfPlane = {
    source: read[read.length - 1]!.file,
    urlPermissionAction: last((file) => file.urlPermissionAction) ?? {
      value: DEFAULT_URL_PERMISSION_ACTION,
      at: {
        file: defaultAt.file,
        line: permissionElement?.line ?? defaultAt.root.line,
        column: permissionElement?.column ?? defaultAt.root.column,
        path: 'serverconf/shared/urlPermission/@action',
        defaulted: true,
      },
    },
    urlPermissions: withPermission?.urlPermissions ?? [],
    redirectionImsOrgId: last((file) => file.redirectionImsOrgId),
    authImsEndpoint: last((file) => file.authImsEndpoint),
  };
  if (read.length > 1) plane.files = read.map((file) => file.file);
  const imsConfig = last((file) => file.imsConfig);
  if (imsConfig) plane.imsConfig = imsConfig;
  const jwt = last((file) => file.jwtPrivateKeyAt);
  if (jwt) plane.jwtPrivateKeyAt = jwt;
  return plane;
}
