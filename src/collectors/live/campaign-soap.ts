import type { AccClient, CampaignException, DomUtilApi, Sdk, SdkElement, Transport } from '@adobe/acc-js-sdk';
import {
  ACCOUNT_ATTRIBUTES,
  ACCOUNT_TYPE_ENUM,
  MAC_TYPE_LABELS,
  OPERATOR_AUTH_TYPE_XPATH,
  OPERATOR_GROUP_LINK_SCHEMA,
  OPERATOR_DISABLED_ATTRIBUTE,
  OPERATOR_EMAIL_ATTRIBUTE,
} from '../../domain/facts.js';
import type { BodyFacts, ProblemRef, SoapFault, SoapStep } from '../../i18n/problems.js';
import { InputError } from '../../inputs/input-error.js';
import type { Provenance, Sourced } from '../../model/provenance.js';
import type { CampaignPlane, ExternalAccount, Operator, OperatorGroup } from '../../model/snapshot.js';
import { httpRequest, NetError, type NetOptions } from '../../net/http.js';
import type { Redactor } from '../../security/redact.js';
import { TOOL_VERSION } from '../../version.js';
import type { CampaignLiveConfig } from '../workspace-config.js';
import { externalAccountFrom } from '../external-account-record.js';
import { parseInOneWindow } from './sdk-dom.js';
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
  constructor(url: string, problem: ProblemRef) {
    super(url, problem);
    this.name = 'LiveSourceError';
  }
}

const SOAP_ROUTER = '/nl/jsp/soaprouter.jsp';
const MAX_PAGES = 200;
/** More records of one kind than any instance holds: a server still sending full pages past it is refused. */
const MAX_ROWS = 100_000;

/** A pager stopped by a server that answers more than asked (hostile, or not Campaign). */
export class PagerOverflow extends Error {
  constructor(readonly problem: ProblemRef) {
    super(problem.id);
  }
}

/** What the transport saw last: the SDK's errors keep too little of it to explain a failure. */
interface Observed {
  response?: { url: string; status: number; contentType: string; body: string };
  netError?: NetError;
}

/** A logged-on SDK client, and how to explain a failed call with what the transport saw. */
export interface CampaignSession {
  client: AccClient;
  dom: DomUtilApi;
  url: string;
  endpoint: string;
  /** What the secret was sent as: a password logon names its user in the facts. */
  byToken: boolean;
  /** The facts of a failed call, any secret a server echoed blanked. */
  describe(step: SoapStep, error: unknown): ProblemRef;
  /** Best effort: a failed logoff changes nothing. */
  logoff(): Promise<void>;
}

/**
 * Connects to one instance with Adobe's SDK (the secret from its environment variable or a prompt,
 * never anything else) and checks there is a Campaign server there; logon is left to the caller.
 */
async function openCampaignClient(
  config: CampaignLiveConfig,
  options: CampaignLiveOptions,
): Promise<{ client: AccClient; sdk: Sdk; observed: Observed; byToken: boolean; fail: (problem: ProblemRef) => never }> {
  const { url, user } = config;
  const byToken = config.tokenEnv !== undefined;
  const secret = byToken
    ? await readSecret(config.tokenEnv!, { kind: 'token', url }, options.secrets, config.at)
    : await readSecret(config.passwordEnv!, { kind: 'password', user: user ?? '', url }, options.secrets, config.at);
  options.redactor.add(secret);
  // What a server answered is quoted in the facts: any secret it echoes is blanked first.
  const fail = (problem: ProblemRef): never => {
    throw new LiveSourceError(
      url,
      redactStrings(problem, (text) => options.redactor.redact(text)),
    );
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
    // The SDK's own error class (an Error subclass it declares without one in its types).
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- HttpError is the SDK's Error, the SDK reads it
    throw new sdk.HttpError(response.status, response.statusText, response.body);
  };

  // The SDK is CommonJS and pulls in jsdom: loaded only when a live source is used.
  const sdk = (await import('@adobe/acc-js-sdk')).default;
  parseInOneWindow(sdk.DomUtil);
  const connection = { representation: 'xml' as const, transport, noStorage: true, timeout: options.net.timeoutMs, clientApp: `ims-doctor/${TOOL_VERSION}` };
  const parameters = byToken
    ? sdk.ConnectionParameters.ofBearerToken(url, secret, connection)
    : sdk.ConnectionParameters.ofUserAndPassword(url, user!, secret, connection);
  return { client: await sdk.init(parameters), sdk, observed, byToken, fail };
}

/** A session on one instance for writing (`fix --apply`): logged on, or a LiveSourceError saying why not. */
export async function openCampaignSession(config: CampaignLiveConfig, options: CampaignLiveOptions): Promise<CampaignSession> {
  const { client, sdk, observed, byToken, fail } = await openCampaignClient(config, options);
  const describe = (step: SoapStep, error: unknown): ProblemRef =>
    redactStrings(describeFailure(step, error, observed, byToken ? undefined : config.user), (text) => options.redactor.redact(text));
  try {
    await client.logon();
  } catch (error) {
    fail(describe({ method: byToken ? 'xtk:session#BearerTokenLogon' : 'xtk:session#Logon' }, error));
  }
  return {
    client,
    dom: sdk.DomUtil,
    url: config.url,
    endpoint: `${config.url}${SOAP_ROUTER}`,
    byToken,
    describe,
    logoff: async () => {
      try {
        if (client.isLogged()) await client.logoff();
      } catch {
        /* ignored */
      }
    },
  };
}

/**
 * Reads the Campaign plane of one instance over SOAP with Adobe's SDK, producing the same
 * CampaignPlane as the package-export collector; every value's provenance is the endpoint.
 */
export async function collectCampaignLive(config: CampaignLiveConfig, options: CampaignLiveOptions): Promise<CampaignPlane> {
  const { url, user } = config;
  const { client, sdk, observed, byToken, fail } = await openCampaignClient(config, options);

  const explain = (step: SoapStep, error: unknown): never => fail(describeFailure(step, error, observed, byToken ? undefined : user));

  // 1. /r/test: is there a Campaign server at all, and which build.
  let redir: SdkElement | undefined;
  try {
    // In the xml representation the SDK hands back the parsed document.
    const answer = (await client.test()) as SdkElement & { documentElement?: SdkElement };
    redir = answer.documentElement ?? answer;
  } catch (error) {
    // A server without the redirection module answers 404 here; the SOAP router still tells.
    if (!(observed.response?.status === 404)) explain({ method: '/r/test' }, error);
  }
  if (redir && redir.nodeName !== 'redir') fail({ id: 'notCampaign', params: { answer: { kind: 'element', name: redir.nodeName } } });

  // 2. Logon.
  try {
    await client.logon();
  } catch (error) {
    explain({ method: byToken ? 'xtk:session#BearerTokenLogon' : 'xtk:session#Logon' }, error);
  }

  const endpoint = `${url}${SOAP_ROUTER}`;
  const live = (path: string): Provenance => ({ endpoint, live: true, path });
  try {
    const serverBuild = client.application?.buildNumber || redir?.getAttribute('build') || '';
    const buildNumber: Sourced<string> | undefined = serverBuild ? { value: serverBuild, at: live('sessionInfo/serverInfo/@buildNumber') } : undefined;
    const serverVersion = client.application?.version;

    // 3. The type enumeration and the attributes this build's nms:extAccount has.
    let enumeration: SdkElement | undefined;
    try {
      enumeration = await client.getSysEnum(ACCOUNT_TYPE_ENUM, 'nms:extAccount');
    } catch (error) {
      explain({ method: 'xtk:persist#GetEntityIfMoreRecent', schema: 'nms:extAccount' }, error);
    }
    const typeValues = enumerationValues(enumeration);
    const macEntry = typeValues.find((entry) => MAC_TYPE_LABELS.some((label) => label.toLowerCase() === entry.label.toLowerCase()));
    const macType = macEntry
      ? { value: macEntry.value, at: live(`nms:extAccount/enumeration[@name="${ACCOUNT_TYPE_ENUM}"]/value[@name="${macEntry.name}"]`) }
      : undefined;
    const schema = await client.getSchema('nms:extAccount', 'xml', true);
    const schemaAttributes = rootElementAttributes(schema, 'extAccount');
    const productContextField = schemaAttributes.has(ACCOUNT_ATTRIBUTES.productContext);

    // 4. The records.
    const query = (schemaId: string, select: string[], where?: string): Promise<SdkElement[]> =>
      executeQuery(client, sdk.DomUtil, schemaId, select, where, options.pageSize ?? 500).catch((error: unknown) =>
        error instanceof PagerOverflow ? fail(error.problem) : explain({ method: 'xtk:queryDef#ExecuteQuery', schema: schemaId }, error),
      );

    // Attributes this build does not have cannot be selected: the productContext field exists on some builds only.
    const accountAttributes = Object.values(ACCOUNT_ATTRIBUTES).filter((name) => name !== ACCOUNT_ATTRIBUTES.productContext || productContextField);
    const accounts = await query(
      'nms:extAccount',
      accountAttributes.map((name) => `@${name}`),
    );
    const groups = await query('xtk:group', ['@name', '@label']);
    const operators = await queryOperators((select) => executeQuery(client, sdk.DomUtil, 'xtk:operator', select, undefined, options.pageSize ?? 500)).catch(
      (error: unknown) =>
        error instanceof PagerOverflow ? fail(error.problem) : explain({ method: 'xtk:queryDef#ExecuteQuery', schema: 'xtk:operator' }, error),
    );
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
      ...(serverVersion ? { version: { value: serverVersion, at: live('sessionInfo/serverInfo/@majNumber.@minNumber.@servicePack') } } : {}),
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
          ...operatorFlags(row, (path) => live(`operator[@name="${name}"]/${path}`)),
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

// ---- report (issue 9): the operators rule live as from a package: every operator, its e-mail and "Account disabled" ----

/** Where "Account disabled" may be written ([I], as the package reader looks for it) and the e-mail. */
const OPERATOR_FLAG_XPATHS = [`@${OPERATOR_EMAIL_ATTRIBUTE}`, `@${OPERATOR_DISABLED_ATTRIBUTE}`, `access/@${OPERATOR_DISABLED_ATTRIBUTE}`];

/**
 * Every operator (native ones too: operators judges those the instance refuses), with the e-mail and
 * disabled attributes. Their names are inferred [I]: a build that has none of them answers the query
 * with a fault, and the operators are then read without them (nothing is judged disabled).
 */
async function queryOperators(run: (select: string[]) => Promise<SdkElement[]>): Promise<SdkElement[]> {
  const base = ['@name', '@label', bracket(OPERATOR_AUTH_TYPE_XPATH)];
  try {
    return await run([...base, ...OPERATOR_FLAG_XPATHS.map((xpath) => (xpath.includes('/') ? bracket(xpath) : xpath))]);
  } catch (error) {
    if (error instanceof PagerOverflow) throw error;
    return run(base);
  }
}

/** The e-mail and the disabled state of an operator row, as the package reader gives them. */
function operatorFlags(row: SdkElement, at: (path: string) => Provenance): Pick<Operator, 'email' | 'disabled'> {
  const flags: Pick<Operator, 'email' | 'disabled'> = {};
  const email = valueAt(row, `@${OPERATOR_EMAIL_ATTRIBUTE}`);
  if (email !== '') flags.email = { value: email, at: at(`@${OPERATOR_EMAIL_ATTRIBUTE}`) };
  for (const path of [`@${OPERATOR_DISABLED_ATTRIBUTE}`, `access/@${OPERATOR_DISABLED_ATTRIBUTE}`]) {
    const value = valueAt(row, path);
    if (value !== '') flags.disabled = { value: value === '1' || value === 'true', at: at(path) };
  }
  return flags;
}

function bracket(xpath: string): string {
  return xpath.includes('/') ? `[${xpath}]` : xpath;
}

/** Runs a queryDef page by page (lineCount/startLine) and returns the record elements (exported for its tests). */
export async function executeQuery(
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
    const step = { method: 'xtk:queryDef#ExecuteQuery', schema: schemaId };
    const pageRows = children(result, pageSize + 1);
    if (pageRows.length > pageSize) throw new PagerOverflow({ id: 'campaignPageTooLarge', params: { step, asked: pageSize, got: countChildren(result) } });
    for (const row of pageRows) rows.push(row);
    if (pageRows.length < pageSize) return rows;
    if (rows.length >= MAX_ROWS || page === MAX_PAGES - 1)
      throw new PagerOverflow({ id: 'campaignTooManyRows', params: { step, limit: Math.min(MAX_ROWS, MAX_PAGES * pageSize) } });
  }
  return rows;
}

function children(element: SdkElement | null | undefined, limit = Infinity): SdkElement[] {
  const list: SdkElement[] = [];
  for (let child = element?.firstElementChild ?? null; child && list.length < limit; child = child.nextElementSibling) list.push(child);
  return list;
}

function countChildren(element: SdkElement | null | undefined): number {
  let count = 0;
  for (let child = element?.firstElementChild ?? null; child; child = child.nextElementSibling) count++;
  return count;
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
  return new Set(
    children(element)
      .filter((child) => child.nodeName === 'attribute')
      .map((child) => child.getAttribute('name') ?? ''),
  );
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

/** The facts of a failed step, from what the transport saw and what the SDK threw. */
export function describeFailure(step: SoapStep, error: unknown, observed: Observed, user: string | undefined): ProblemRef {
  const net = observed.netError ?? (error instanceof NetError ? error : findCause(error));
  if (net) return { id: 'campaignUnreachable', params: { step, failure: net.failure } };
  const exception = error as Partial<CampaignException> | undefined;
  const response = observed.response;
  const isLogon = step.method.startsWith('xtk:session#') && step.method.endsWith('Logon');
  const code = exception?.errorCode ?? '';
  const fault: SoapFault = { code, text: (exception?.faultString ?? '').trim(), faultCode: String(exception?.faultCode ?? '') };
  if (response && response.status >= 300 && response.status < 400) {
    return { id: 'notCampaign', params: { answer: { kind: 'redirect', path: pathOf(response.url), status: response.status } } };
  }
  if (response && response.status === 404) return { id: 'notCampaign', params: { answer: { kind: 'not-found', path: pathOf(response.url) } } };
  if (isLogon && (code || exception?.faultCode)) return { id: 'campaignLogonRefused', params: { user: user ?? null, fault } };
  if (code || (exception?.faultCode && /<SOAP-ENV:Fault/i.test(response?.body ?? ''))) return { id: 'campaignSoapFault', params: { step, fault } };
  if (response && (response.status === 401 || response.status === 403))
    return { id: 'campaignHttpRefused', params: { step, status: response.status, logon: isLogon } };
  if (response && response.status >= 400) return { id: 'campaignHttpError', params: { step, status: response.status, body: bodyFacts(response) } };
  if (response && response.status < 300 && !/<(?:SOAP-ENV:)?Envelope[\s\S]*<\/(?:SOAP-ENV:)?Envelope>/i.test(response.body) && step.method !== '/r/test') {
    return { id: 'campaignCutOff', params: { step, body: bodyFacts(response) } };
  }
  if (step.method === '/r/test' && response) return { id: 'notCampaign', params: { answer: { kind: 'body', body: bodyFacts(response) } } };
  if (code || exception?.faultCode) return { id: 'campaignSoapFault', params: { step, fault } };
  const detail = exception?.message ?? (error instanceof Error ? error.message : String(error));
  return { id: 'campaignFailed', params: { step, detail } };
}

/** A copy of the facts with every string passed through `redact` (a server may echo a secret). */
function redactStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactStrings(item, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)])) as T;
  }
  return value;
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

function bodyFacts(response: { contentType: string; body: string }): BodyFacts {
  const body = response.body;
  if (body.trim() === '') return { kind: 'empty' };
  if (/<html/i.test(body)) return { kind: 'html', title: /<title[^>]*>([^<]{0,120})/i.exec(body)?.[1]?.trim() || null };
  return { kind: 'text', contentType: response.contentType.split(';')[0] || 'text', bytes: body.length, start: body.trim().slice(0, 60).replace(/\s+/g, ' ') };
}
