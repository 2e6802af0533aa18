import type { Sourced } from '../model/provenance.js';
import type { ConsoleCredential, ImsConflict, ImsPlane } from '../model/snapshot.js';
import type { JsonKind } from '../i18n/problems.js';
import { InputError } from '../inputs/input-error.js';
import { JsonFile, type JsonNode } from '../inputs/json-document.js';
import { YamlFile } from '../inputs/yaml-document.js';
import { secretRef } from '../security/fingerprint.js';

const CLIENT_KEYS = ['endpoint', 'orgId', 'clientId', 'clientSecret', 'scopes', 'redirectUriPatterns', 'defaultRedirectUri', 'productContext'] as const;

export function emptyImsPlane(): ImsPlane {
  return {
    sources: [],
    endpoint: undefined,
    orgId: undefined,
    clientId: undefined,
    clientSecret: undefined,
    scopes: undefined,
    scopesRaw: undefined,
    redirectUriPatterns: undefined,
    defaultRedirectUri: undefined,
    productContext: undefined,
    conflicts: [],
  };
}

/** Reads the IMS client provisioning file (YAML) that Adobe's provisioning details were copied into. */
export async function collectImsClientFile(file: string): Promise<ImsPlane> {
  const yaml = await YamlFile.read(file);
  const entries = yaml.mapping(yaml.root, { owner: 'imsClient' }, CLIENT_KEYS);
  const text = (key: (typeof CLIENT_KEYS)[number]): Sourced<string> | undefined => {
    const entry = entries.get(key);
    return entry ? { value: yaml.string(entry.value, { owner: 'imsClient', key }), at: yaml.at(entry.value, key) } : undefined;
  };
  /** A list as written, or one comma-separated text as IMS shows it. */
  const list = (key: 'scopes' | 'redirectUriPatterns', separator: RegExp): Sourced<string>[] | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const items = yaml.stringList(entry.value, { owner: 'imsClient', key });
    const fromText = items.length === 1 && items[0]!.node === entry.value;
    return items.flatMap(({ value, node }) =>
      (fromText ? value.split(separator) : [value]).filter((part) => part !== '').map((part) => ({ value: part, at: yaml.at(node, key) })),
    );
  };
  const plane = emptyImsPlane();
  plane.sources.push(file);
  plane.endpoint = text('endpoint');
  plane.orgId = text('orgId');
  plane.clientId = text('clientId');
  const secret = text('clientSecret');
  if (secret) plane.clientSecret = { value: secretRef(secret.value, 'ims'), at: secret.at };
  const scopesEntry = entries.get('scopes');
  if (scopesEntry) {
    const items = yaml.stringList(scopesEntry.value, { owner: 'imsClient', key: 'scopes' });
    plane.scopesRaw = { value: items.map((item) => item.value).join(','), at: yaml.at(scopesEntry.value, 'scopes') };
  }
  plane.scopes = list('scopes', /\s*,\s*/);
  plane.redirectUriPatterns = list('redirectUriPatterns', /,/);
  plane.defaultRedirectUri = text('defaultRedirectUri');
  plane.productContext = text('productContext');
  return plane;
}

/** Reads an Adobe Developer Console project export (`aio app use` JSON): its OAuth Web App credential. */
export async function collectDeveloperConsoleExport(file: string): Promise<ImsPlane> {
  const json = await JsonFile.read(file);
  const credentials = json.node(['project', 'workspace', 'details', 'credentials']);
  const items: JsonNode[] = credentials?.type === 'array' ? (credentials.children ?? []) : [];
  // i9a: `oauthweb`, the deprecated OAuth Web credential, is a web app too (the current kind wins when both are there).
  const kind = (item: JsonNode): unknown => json.value(json.node(['integration_type'], item));
  const webApp = items.find((item) => kind(item) === 'oauthwebapp') ?? items.find((item) => kind(item) === 'oauthweb');
  // A value of another type is refused where it stands, not skipped: `"client_id": 12345` is no missing ID.
  const wrongType = (node: JsonNode, name: string, expected: 'string' | 'array'): never => {
    const at = json.at(node);
    throw new InputError(file, { id: 'jsonWrongType', params: { key: name, expected, found: node.type as JsonKind } }, at.line, at.column);
  };
  const text = (path: (string | number)[], from: JsonNode, name: string): Sourced<string> | undefined => {
    const node = json.node(path, from);
    if (!node) return undefined;
    const value = json.value(node);
    if (typeof value !== 'string') wrongType(node, name, 'string');
    return { value: value as string, at: json.at(node, name) };
  };
  const plane = emptyImsPlane();
  plane.sources.push(file);
  plane.orgId = text(['project', 'org', 'ims_org_id'], json.root, 'project.org.ims_org_id');
  plane.credentials = consoleCredentials(json, items);
  // A project with only server-to-server (or JWT) credentials is a real export: technical-account reads
  // it; the rules on the login's client say it has no OAuth Web App credential.
  if (!webApp) {
    const at = json.at(credentials ?? json.root, 'project.workspace.details.credentials');
    plane.noWebApp = { file, at, kinds: plane.credentials.map((credential) => credential.kind.value) };
    return plane;
  }
  plane.clientId = text(['oauth2', 'client_id'], webApp, 'oauth2.client_id');
  const secret = text(['oauth2', 'client_secret'], webApp, 'oauth2.client_secret');
  if (secret) plane.clientSecret = { value: secretRef(secret.value, 'ims'), at: secret.at };
  const redirect = json.node(['oauth2', 'redirect_uri'], webApp);
  if (redirect?.type === 'array') {
    for (const child of redirect.children ?? []) if (child.type !== 'string') wrongType(child, 'oauth2.redirect_uri[]', 'string');
    plane.redirectUriPatterns = (redirect.children ?? []).map((child) => ({ value: json.value(child) as string, at: json.at(child, 'oauth2.redirect_uri') }));
  } else if (redirect && redirect.type !== 'string') {
    wrongType(redirect, 'oauth2.redirect_uri', 'array');
  } else if (redirect?.type === 'string') {
    plane.redirectUriPatterns = (json.value(redirect) as string)
      .split(',')
      .filter(Boolean)
      .map((value) => ({ value, at: json.at(redirect, 'oauth2.redirect_uri') }));
  }
  plane.defaultRedirectUri = text(['oauth2', 'defaultRedirectUri'], webApp, 'oauth2.defaultRedirectUri');
  return plane;
}

/** Every credential's kind and technical account e-mail (technical-account judges them). */
function consoleCredentials(json: JsonFile, items: JsonNode[]): ConsoleCredential[] {
  return items.flatMap((item, index): ConsoleCredential[] => {
    const kindNode = json.node(['integration_type'], item);
    const kind = json.value(kindNode);
    if (typeof kind !== 'string') return [];
    const name = json.value(json.node(['name'], item));
    // The e-mail sits in the kind's own block (oauth_server_to_server, jwt…).
    let email: ConsoleCredential['technicalAccountEmail'];
    for (const child of item.children ?? []) {
      const block = child.children?.[1];
      const node = block ? json.node(['technical_account_email'], block) : undefined;
      const value = json.value(node);
      if (typeof value === 'string' && value !== '') email = { value, at: json.at(node, `credentials[${index}].technical_account_email`) };
    }
    return [
      {
        name: typeof name === 'string' ? name : '',
        kind: { value: kind, at: json.at(kindNode, `credentials[${index}].integration_type`) },
        technicalAccountEmail: email,
      },
    ];
  });
}

/** Merges the client file and the console export; where both say something different, records a conflict. */
export function mergeImsPlanes(client: ImsPlane, consoleExport: ImsPlane): ImsPlane {
  const conflicts: ImsConflict[] = [];
  const pick = (field: ImsConflict['field'], a: Sourced<string> | undefined, b: Sourced<string> | undefined): Sourced<string> | undefined => {
    if (a && b && a.value !== b.value) conflicts.push({ field, client: a, console: b });
    return a ?? b;
  };
  const secretText = (s: ImsPlane['clientSecret']): Sourced<string> | undefined => (s ? { value: s.value.fingerprint, at: s.at } : undefined);
  pick('clientSecret', secretText(client.clientSecret), secretText(consoleExport.clientSecret));
  const joined = (list: Sourced<string>[] | undefined): Sourced<string> | undefined =>
    list && list.length > 0
      ? {
          value: list
            .map((item) => item.value)
            .sort()
            .join(', '),
          at: list[0]!.at,
        }
      : undefined;
  pick('redirectUriPatterns', joined(client.redirectUriPatterns), joined(consoleExport.redirectUriPatterns));
  return {
    sources: [...client.sources, ...consoleExport.sources],
    endpoint: client.endpoint ?? consoleExport.endpoint,
    orgId: pick('orgId', client.orgId, consoleExport.orgId),
    clientId: pick('clientId', client.clientId, consoleExport.clientId),
    clientSecret: client.clientSecret ?? consoleExport.clientSecret,
    scopes: client.scopes ?? consoleExport.scopes,
    scopesRaw: client.scopesRaw ?? consoleExport.scopesRaw,
    redirectUriPatterns: client.redirectUriPatterns ?? consoleExport.redirectUriPatterns,
    defaultRedirectUri: pick('defaultRedirectUri', client.defaultRedirectUri, consoleExport.defaultRedirectUri),
    productContext: client.productContext ?? consoleExport.productContext,
    conflicts,
    ...(consoleExport.credentials ? { credentials: consoleExport.credentials } : {}),
    ...(consoleExport.noWebApp ? { noWebApp: consoleExport.noWebApp } : {}),
  };
}
