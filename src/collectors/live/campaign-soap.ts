import type { AccClient, CampaignException, SdkElement, Transport } from '@adobe/acc-js-sdk';
import {
  ACCOUNT_ATTRIBUTES, ACCOUNT_TYPE_ENUM, MAC_TYPE_LABELS, OPERATOR_AUTH_TYPE_XPATH, OPERATOR_GROUP_LINK_SCHEMA,
  OPERATOR_IMS_AUTH_TYPE,
} from '../../domain/facts.js';
import { InputError } from '../../inputs/input-error.js';
import type { Provenance, Sourced } from '../../model/provenance.js';
import type { CampaignPlane, ExternalAccount, Operator, OperatorGroup } from '../../model/snapshot.js';
import { httpRequest, NetError, type NetOptions } from '../../net/http.js';
import type { Redactor } from '../../security/redact.js';
import { TOOL_VERSION } from '../../version.js';
import type { CampaignLiveConfig } from '../workspace-config.js';
import { externalAccountFrom } from '../external-account-record.js';
import { readSecret, type SecretSource } from './secrets.js';

export interface CampaignLiveOptions {
  net: NetOptions;
  secrets: SecretSource;
  /** Collects every secret read, so that no output quotes one. */
  redactor: Redactor;
  /** Records per ExecuteQuery page. */
  pageSize?: number;
}

/** A live source that could not be read: reported like an unreadable file, the endpoint standing for the path. */
export class LiveSourceError extends InputError {
  constructor(url: string, message: string) {
    super(url, message);
    this.name = 'LiveSourceError';
  }
}

const SOAP_ROUTER = '/nl/jsp/soaprouter.jsp';
const MAX_PAGES = 200;

/** What the transport saw last: the SDK's errors keep too little of it to explain a failure. */
interface Observed {
  response?: { url: string; status: number; contentType: string; body: string };
  netError?: NetError;
}

/**
 * Reads the Campaign plane of one instance over SOAP with Adobe's SDK, producing the same
 * CampaignPlane as the package-export collector; every value's provenance is the endpoint.
 */
export async function collectCampaignLive(config: CampaignLiveConfig, options: CampaignLiveOptions): Promise<CampaignPlane> {
  const { url, user } = config;
  const byToken = config.tokenEnv !== undefined;
  const secret = byToken
    ? await readSecret(config.tokenEnv!, `the IMS bearer token for ${url}`, options.secrets, config.at)
    : await readSecret(config.passwordEnv!, `the password of Campaign operator "${user}" at ${url}`, options.secrets, config.at);
  options.redactor.add(secret);
  const redact = (text: string): string => options.redactor.redact(text);
  const fail = (message: string): never => {
    throw new LiveSourceError(url, redact(message));
  };

  const observed: Observed = {};
  const transport: Transport = async (request) => {
    observed.response = undefined;
    observed.netError = undefined;
    let response;
    try {
      response = await httpRequest(request.url, { method: request.method ?? 'GET', headers: request.headers, body: request.data }, options.net);
    } catch (error) {
      if (error instanceof NetError) observed.netError = error;
      throw error;
    }
    const contentType = String(response.headers['content-type'] ?? '');
    observed.response = { url: request.url, status: response.status, contentType, body: response.body };
    if (response.status >= 200 && response.status < 300) return response.body;
    // SOAP 1.1 faults come with HTTP 500: hand them to the SDK, which reads the fault code.
    if (response.status === 500 && /<SOAP-ENV:Fault/i.test(response.body)) return response.body;
    throw new sdk.HttpError(response.status, response.statusText, response.body);
  };

  // The SDK is CommonJS and pulls in jsdom: loaded only when a live source is used.
  const sdk = (await import('@adobe/acc-js-sdk')).default;
  const connection = { representation: 'xml' as const, transport, noStorage: true, timeout: options.net.timeoutMs, clientApp: `ims-doctor/${TOOL_VERSION}` };
  const parameters = byToken
    ? sdk.ConnectionParameters.ofBearerToken(url, secret, connection)
    : sdk.ConnectionParameters.ofUserAndPassword(url, user!, secret, connection);
  const client = await sdk.init(parameters);

  const explain = (step: string, error: unknown): never => fail(describeFailure(url, step, error, observed, byToken ? undefined : user));

  // 1. /r/test: is there a Campaign server at all, and which build.
  let redir: SdkElement | undefined;
  try {
    // In the xml representation the SDK hands back the parsed document.
    const answer = (await client.test()) as SdkElement & { documentElement?: SdkElement };
    redir = answer.documentElement ?? answer;
  } catch (error) {
    // A server without the redirection module answers 404 here; the SOAP router still tells.
    if (!(observed.response?.status === 404)) explain('/r/test', error);
  }
  if (redir && redir.nodeName !== 'redir') {
    fail(`${url} does not look like a Campaign server: /r/test answered <${redir.nodeName}> instead of <redir …/>.`);
  }

  // 2. Logon.
  try {
    await client.logon();
  } catch (error) {
    explain(byToken ? 'xtk:session#BearerTokenLogon' : 'xtk:session#Logon', error);
  }

  const endpoint = `${url}${SOAP_ROUTER}`;
  const live = (path: string): Provenance => ({ endpoint, live: true, path });
  try {
    const serverBuild = client.application?.buildNumber || redir?.getAttribute('build') || '';
    const buildNumber: Sourced<string> | undefined = serverBuild ? { value: serverBuild, at: live('sessionInfo/serverInfo/@buildNumber') } : undefined;

    // 3. The type enumeration and the attributes this build's nms:extAccount has.
    let enumeration: SdkElement | undefined;
    try {
      enumeration = await client.getSysEnum(ACCOUNT_TYPE_ENUM, 'nms:extAccount');
    } catch (error) {
      explain('xtk:persist#GetEntityIfMoreRecent (schema nms:extAccount)', error);
    }
    const typeValues = enumerationValues(enumeration);
    const macEntry = typeValues.find((entry) => MAC_TYPE_LABELS.some((label) => label.toLowerCase() === entry.label.toLowerCase()));
    const macType = macEntry ? { value: macEntry.value, at: live(`nms:extAccount/enumeration[@name="${ACCOUNT_TYPE_ENUM}"]/value[@name="${macEntry.name}"]`) } : undefined;
    const schema = await client.getSchema('nms:extAccount', 'xml', true);
    const schemaAttributes = rootElementAttributes(schema, 'extAccount');
    const productContextField = schemaAttributes.has(ACCOUNT_ATTRIBUTES.productContext);

    // 4. The records.
    const query = (schemaId: string, select: string[], where?: string): Promise<SdkElement[]> =>
      executeQuery(client, sdk.DomUtil, schemaId, select, where, options.pageSize ?? 500).catch((error: unknown) => explain(`xtk:queryDef#ExecuteQuery (${schemaId})`, error));

    // Attributes this build does not have cannot be selected: the productContext field exists on some builds only.
    const accountAttributes = Object.values(ACCOUNT_ATTRIBUTES).filter((name) => name !== ACCOUNT_ATTRIBUTES.productContext || productContextField);
    const accounts = await query('nms:extAccount', accountAttributes.map((name) => `@${name}`));
    const groups = await query('xtk:group', ['@name', '@label']);
    const imsCondition = `${bracket(OPERATOR_AUTH_TYPE_XPATH)} = '${OPERATOR_IMS_AUTH_TYPE}'`;
    const operators = await query('xtk:operator', ['@name', '@label', bracket(OPERATOR_AUTH_TYPE_XPATH)], imsCondition);
    const memberships = await query(OPERATOR_GROUP_LINK_SCHEMA, ['[operator/@name]', '[group/@name]']);

    const groupsOf = new Map<string, string[]>();
    for (const row of memberships) {
      const operator = valueAt(row, 'operator/@name');
      const group = valueAt(row, 'group/@name');
      if (operator && group) groupsOf.set(operator, [...(groupsOf.get(operator) ?? []), group]);
    }

    const plane: CampaignPlane = {
      source: url,
      buildNumber,
      externalAccounts: accounts.map((row) => readAccount(row, live, macType?.value, productContextField, typeValues)),
      groups: groups.map((row): OperatorGroup => {
        const name = row.getAttribute('name') ?? '';
        return { name: { value: name, at: live(`group[@name="${name}"]`) }, label: row.getAttribute('label') ?? '' };
      }),
      operators: operators.map((row): Operator => {
        const name = row.getAttribute('name') ?? '';
        return {
          name: { value: name, at: live(`operator[@name="${name}"]`) },
          label: row.getAttribute('label') ?? '',
          authenticationType: valueAt(row, OPERATOR_AUTH_TYPE_XPATH),
          groups: groupsOf.get(name) ?? [],
        };
      }),
      live: { endpoint, macType, productContextField, instanceName: redir?.getAttribute('instance') ?? undefined },
    };
    return plane;
  } finally {
    // Best effort: a failed logoff changes nothing in what was read.
    try {
      if (client.isLogged()) await client.logoff();
    } catch {
      /* ignored */
    }
  }
}

function bracket(xpath: string): string {
  return xpath.includes('/') ? `[${xpath}]` : xpath;
}

/** Runs a queryDef page by page (lineCount/startLine) and returns the record elements. */
async function executeQuery(
  client: AccClient,
  dom: { parse(xml: string): { documentElement: SdkElement } },
  schemaId: string,
  select: string[],
  where: string | undefined,
  pageSize: number,
): Promise<SdkElement[]> {
  const rows: SdkElement[] = [];
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  for (let page = 0; page < MAX_PAGES; page++) {
    const xml =
      `<queryDef schema="${schemaId}" operation="select" lineCount="${pageSize}" startLine="${page * pageSize}">` +
      `<select>${select.map((expr) => `<node expr="${escape(expr)}"/>`).join('')}</select>` +
      (where ? `<where><condition expr="${escape(where)}"/></where>` : '') +
      `<orderBy><node expr="${schemaId === OPERATOR_GROUP_LINK_SCHEMA ? '[operator/@name]' : '@name'}"/></orderBy>` +
      `</queryDef>`;
    const result = await client.NLWS.xml.xtkQueryDef.create(dom.parse(xml).documentElement).executeQuery();
    const pageRows = children(result);
    rows.push(...pageRows);
    if (pageRows.length < pageSize) return rows;
  }
  return rows;
}

function children(element: SdkElement | null | undefined): SdkElement[] {
  const list: SdkElement[] = [];
  for (let child = element?.firstElementChild ?? null; child; child = child.nextElementSibling) list.push(child);
  return list;
}

/** The value at a relative XPath like `access/@authenticationType` or `@name`. */
function valueAt(element: SdkElement, xpath: string): string {
  const steps = xpath.split('/');
  const attribute = steps.pop()!.replace(/^@/, '');
  let current: SdkElement | undefined = element;
  for (const step of steps) current = children(current).find((child) => child.nodeName === step);
  return current?.getAttribute(attribute) ?? '';
}

interface EnumValue {
  name: string;
  label: string;
  value: string;
}

function enumerationValues(enumeration: SdkElement | undefined): EnumValue[] {
  return children(enumeration)
    .filter((child) => child.nodeName === 'value')
    .map((child) => ({ name: child.getAttribute('name') ?? '', label: child.getAttribute('label') ?? '', value: child.getAttribute('value') ?? '' }));
}

function rootElementAttributes(schema: SdkElement | null, name: string): Set<string> {
  const element = children(schema).find((child) => child.nodeName === 'element' && child.getAttribute('name') === name);
  return new Set(children(element).filter((child) => child.nodeName === 'attribute').map((child) => child.getAttribute('name') ?? ''));
}

function readAccount(
  row: SdkElement,
  live: (path: string) => Provenance,
  macType: string | undefined,
  productContextField: boolean,
  typeValues: EnumValue[],
): ExternalAccount {
  const base = `extAccount[@name="${row.getAttribute(ACCOUNT_ATTRIBUTES.name) ?? ''}"]`;
  return externalAccountFrom(
    {
      get: (attribute) => row.getAttribute(attribute),
      // A query returns an attribute at its default (empty) value by leaving it out, as exports do.
      at: (attribute) =>
        attribute === undefined ? live(base) : { ...live(`${base}/@${attribute}`), ...(row.getAttribute(attribute) === null ? { defaulted: true } : {}) },
    },
    {
      productContextField,
      // Live, the type enumeration says which value is the MAC kind; without it, the IMS fields do.
      macType,
      typeLabel: (type) => typeValues.find((entry) => entry.value === type)?.label,
    },
  );
}

/** One sentence for a failed step, from what the transport saw and what the SDK threw. */
export function describeFailure(url: string, step: string, error: unknown, observed: Observed, user: string | undefined): string {
  const net = observed.netError ?? (error instanceof NetError ? error : findCause(error));
  if (net) {
    const advice: Record<string, string> = {
      dns: 'check the URL in the workspace, and DNS on this machine',
      refused: 'the server is down, or the URL has the wrong port',
      timeout: 'the server is slow or unreachable; raise --timeout if it is just slow',
      tls: 'fix the certificate, or add the CA that signed it with NODE_EXTRA_CA_CERTS (verification is never switched off)',
      reset: 'the server or a proxy dropped the connection',
      proxy: 'check HTTPS_PROXY / NO_PROXY',
    };
    const hint = advice[net.kind];
    return `could not read Campaign (${step}): ${net.message}${hint ? `; ${hint}` : ''}.`;
  }
  const exception = error as Partial<CampaignException> | undefined;
  const response = observed.response;
  const isLogon = step.startsWith('xtk:session#') && step.endsWith('Logon');
  const code = exception?.errorCode ?? '';
  const fault = (exception?.faultString ?? '').trim();
  if (response && response.status >= 300 && response.status < 400) {
    return `${url} does not look like a Campaign server: ${pathOf(response.url)} answered HTTP ${response.status} (a redirect), which Campaign's SOAP router never does.`;
  }
  if (response && response.status === 404) {
    return `${url} does not look like a Campaign server: ${pathOf(response.url)} answered HTTP 404 (check the URL: it is the instance's address, without /nl/jsp/…).`;
  }
  if (isLogon && (code || exception?.faultCode)) {
    const who = user !== undefined ? `the login and password of operator "${user}"` : 'the IMS bearer token';
    return `Campaign refused ${who} (${[code, fault].filter(Boolean).join(': ') || `fault ${String(exception?.faultCode)}`}).`;
  }
  if (code || (exception?.faultCode && /<SOAP-ENV:Fault/i.test(response?.body ?? ''))) {
    return `Campaign answered a SOAP fault to ${step} (${[code, fault].filter(Boolean).join(': ') || String(exception?.faultCode)}).`;
  }
  if (response && (response.status === 401 || response.status === 403)) {
    return `Campaign refused the request ${step} with HTTP ${response.status}${isLogon ? ': check the credentials' : ': the operator may lack the rights to read this'}.`;
  }
  if (response && response.status >= 400) {
    return `Campaign answered HTTP ${response.status} to ${step} with ${describeBody(response)} instead of a SOAP answer.`;
  }
  if (response && response.status < 300 && !/<(?:SOAP-ENV:)?Envelope[\s\S]*<\/(?:SOAP-ENV:)?Envelope>/i.test(response.body) && step !== '/r/test') {
    return `Campaign's answer to ${step} is not a complete SOAP message (${describeBody(response)}): the answer was cut off, or this is not a Campaign server.`;
  }
  if (step === '/r/test' && response) {
    return `${url} does not look like a Campaign server: /r/test answered ${describeBody(response)} instead of <redir …/>.`;
  }
  if (code || exception?.faultCode) {
    return `Campaign answered a SOAP fault to ${step} (${[code, fault].filter(Boolean).join(': ') || String(exception?.faultCode)}).`;
  }
  const message = exception?.message ?? (error instanceof Error ? error.message : String(error));
  return `could not read Campaign (${step}): ${message}.`;
}

function findCause(error: unknown): NetError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof NetError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function describeBody(response: { contentType: string; body: string }): string {
  const body = response.body;
  if (body.trim() === '') return 'an empty body';
  const title = /<title[^>]*>([^<]{0,120})/i.exec(body)?.[1]?.trim();
  if (/<html/i.test(body)) return `an HTML page${title ? ` titled "${title}"` : ''}`;
  const kind = response.contentType.split(';')[0] || 'text';
  const start = body.trim().slice(0, 60).replace(/\s+/g, ' ');
  return `${body.length} bytes of ${kind} starting "${start}"`;
}
