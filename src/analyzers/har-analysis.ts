import { worstStatus, type Finding, type RenderedMessage, type Status } from '../model/finding.js';
import type { AsSent } from '../model/as-sent.js';
import type { InstanceContext } from '../model/instance-context.js';
import type { Provenance } from '../model/provenance.js';
import type { Snapshot } from '../model/snapshot.js';
import { looselySameClientId } from '../domain/client-ids.js';
import { NO_MATCHING_RIGHT_MESSAGE } from '../domain/facts.js';
import { AUTHORIZE_PARAMS, IMS_AUTHORIZE_PATH, IMS_TOKEN_PATH, OAUTH_ERROR_SYMPTOM, TLS_ERROR } from '../domain/ims-flow.js';
import { isImsEndpointHost, isImsFlowHost } from '../domain/ims-hosts.js';
import { isUnderRedirectUri } from '../domain/redirect-uri.js';
import { LOG_SIGNATURES, symptomById, type SymptomId } from '../domain/symptoms.js';
import { normalizeHost } from '../domain/urls.js';
import { runRules } from '../engine/run-rules.js';
import { dxText, type DxRef } from '../i18n/diagnose.js';
import type { Lang } from '../i18n/lang.js';
import { RULES } from '../rules/index.js';
import type { RuleId } from '../rules/ids.js';
import { hideSecrets } from '../security/sensitive.js';
import { TOOL_VERSION } from '../version.js';
import type { Har, HarEntry, HarNameValue } from './har-file.js';

/** Where in the login a problem shows: in flow order, so the first one is where the login broke. */
export const HAR_STAGES = ['network', 'authorize', 'redirect', 'callback', 'token', 'campaign', 'configuration', 'recording'] as const;
export type HarStage = (typeof HAR_STAGES)[number];

/** What the browser really sent to IMS's authorize endpoint (none of these is a secret). */
export interface SentAuthorize {
  entryIndex: number;
  startedDateTime: string;
  /** The request URL with any secret parameter hidden. */
  url: string;
  host: string;
  clientId: string | undefined;
  redirectUri: string | undefined;
  scope: string | undefined;
  responseType: string | undefined;
}

/** One request of the login, as the text view lists it. */
export interface HarStep {
  entryIndex: number;
  startedDateTime: string;
  kind: 'authorize' | 'ims' | 'sign-in' | 'callback' | 'campaign' | 'token';
  method: string;
  /** Secrets hidden. */
  url: string;
  status: number;
  location: string | null;
  error: string | null;
}

export interface HarFinding extends RenderedMessage {
  id: string;
  status: Status;
  stage: HarStage;
  /**
   * The message and remediation as data and as prose: for har's own findings an entry of the
   * symptom-first catalogue (i18n/diagnose.ts); for a rule's judgement of what was sent, the rule's
   * (as in `check`, and in `ruleFinding`).
   */
  /** The symptom of the catalogue this is (for `triage`), and the rules that check its causes. */
  symptom: SymptomId | null;
  rules: string[];
  entryIndex: number | null;
  /** Each value and, for a rule's finding, where it was read (the recording's entry for what was sent, the workspace's files for the rest). */
  evidence: { label: string; value: string; at?: Provenance }[];
  /** When a rule judged what the browser sent (the "as sent" overlay): the rule's finding, as data. */
  ruleFinding: { rule: string; messageId: string; params: Record<string, unknown> } | null;
}

export interface HarFlow {
  authorize: SentAuthorize | null;
  steps: HarStep[];
  findings: HarFinding[];
}

export interface HarAnalysis {
  schemaVersion: 1;
  command: 'har';
  tool: { name: 'ims-doctor'; version: string };
  lang: Lang;
  file: string;
  creator: { name: string; version: string };
  pages: number;
  entries: number;
  workspace: string | null;
  /** The instance of the workspace the recording was compared with, or null. */
  instance: string | null;
  /** Every login attempt, in order; the last one is the verdict. */
  flows: HarFlow[];
  /** Where the last attempt broke: its first failure in flow order, else its worst finding. */
  verdict: { status: Status; stage: HarStage | null; message: string };
  /** Every finding of every attempt, plus the comparisons with the workspace. */
  findings: HarFinding[];
}

export interface HarCompareWith {
  workspace: string;
  /** The instances the recording may be of; the one whose callback or client ID it sent is chosen. */
  contexts: InstanceContext[];
  /** `--instance`: compare with this one whatever the recording says. */
  instance?: string;
}

const OAUTH_ERRORS = Object.keys(OAUTH_ERROR_SYMPTOM);

interface Parsed {
  host: string;
  path: string;
  params: URLSearchParams;
}

/** Host and path of a URL without building a URL object (the cheap test run on every entry). */
function quickHost(url: string): string {
  const start = url.indexOf('://');
  if (start === -1) return '';
  let end = start + 3;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    end++;
  }
  const authority = url.slice(start + 3, end);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  return normalizeHost(hostPort.startsWith('[') ? hostPort : hostPort.replace(/:\d*$/, ''));
}

/** The path of a URL, without query and fragment ('' when there is none). */
function quickPath(url: string): string {
  const start = url.indexOf('://');
  const rest = start === -1 ? url : url.slice(start + 3);
  const slash = rest.search(/[/?#]/);
  if (slash === -1 || rest[slash] !== '/') return '';
  const end = rest.slice(slash).search(/[?#]/);
  return end === -1 ? rest.slice(slash) : rest.slice(slash, slash + end);
}

function parse(url: string): Parsed | undefined {
  try {
    const parsed = new URL(url);
    const params = new URLSearchParams(parsed.search);
    // Implicit and form flows answer in the fragment (`#error=…`, `#access_token=…`).
    if (parsed.hash.includes('=')) for (const [name, value] of new URLSearchParams(parsed.hash.slice(1))) params.append(name, value);
    return { host: normalizeHost(parsed.hostname), path: parsed.pathname, params };
  } catch {
    return undefined;
  }
}

/** Campaign requests looked at after the authorize request, per attempt: the callback and the pages right after it. */
const MAX_CAMPAIGN_STEPS = 12;

/** A page or an API call (where a refusal shows), not a script, style sheet, image or font. */
function isPageOrCall(entry: HarEntry): boolean {
  const kind = entry._resourceType;
  return typeof kind !== 'string' || ['document', 'xhr', 'fetch', 'other'].includes(kind);
}

/** Host and path only: how a message names a request (the full URL, secrets hidden, goes in the evidence). */
function shortUrl(url: string): string {
  const host = quickHost(url);
  return host === '' ? url.slice(0, 80) : `${host}${quickPath(url)}`;
}

function header(headers: HarNameValue[] | undefined, name: string): string | undefined {
  if (!Array.isArray(headers)) return undefined;
  const lower = name.toLowerCase();
  return headers.find((item) => typeof item?.name === 'string' && item.name.toLowerCase() === lower)?.value;
}

function locationOf(entry: HarEntry, base: string): string | undefined {
  const raw = entry.response?.redirectURL || header(entry.response?.headers, 'location');
  if (!raw) return undefined;
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}

/**
 * The network failure of a request, if it matters: a page load (Chrome's `_resourceType` document,
 * xhr or fetch; any request when the browser does not say) that did not end in a response. A
 * navigation superseded by the next one (`net::ERR_ABORTED`) is no failure.
 */
function networkError(entry: HarEntry): string | undefined {
  const response = entry.response;
  if (!response) return undefined;
  const kind = entry._resourceType;
  if (typeof kind === 'string' && !['document', 'xhr', 'fetch', 'other'].includes(kind)) return undefined;
  const error = typeof response._error === 'string' && response._error !== '' ? response._error : response.status === 0 ? 'status 0' : undefined;
  return error === undefined || /ERR_ABORTED/.test(error) ? undefined : error;
}

/** The body as text when it is text (decoded from base64 if need be); '' for binary or absent bodies. */
function bodyText(entry: HarEntry): string {
  const content = entry.response?.content;
  if (!content || typeof content.text !== 'string') return '';
  if (content.encoding === 'base64') {
    if (!/json|text|html|xml|javascript/i.test(content.mimeType ?? '')) return '';
    return Buffer.from(content.text, 'base64').toString('utf8');
  }
  return content.text;
}

const ERROR_IN_PAGE = /["']?error["']?\s*[:=]\s*["']?([a-z_]+)/g;

/** An OAuth error IMS wrote into a JSON body (`{"error": …}`) or an HTML error page (`error=…`, `"error":"…"`). */
function bodyOAuthError(body: string): { code: string; description: string } | undefined {
  if (body === '' || !body.includes('error')) return undefined;
  try {
    const json = JSON.parse(body) as { error?: unknown; error_description?: unknown };
    if (typeof json?.error === 'string') return { code: json.error, description: typeof json.error_description === 'string' ? json.error_description : '' };
  } catch {
    // not JSON: an error page
  }
  for (const match of body.matchAll(ERROR_IN_PAGE)) if (OAUTH_ERRORS.includes(match[1]!)) return { code: match[1]!, description: '' };
  return undefined;
}

/** The labels of har's own evidence. */
type EvidenceLabel = 'harEvidenceRequest' | 'harEvidenceError' | 'harEvidenceLocation' | 'harEvidenceText' | 'harEvidenceRedirectUri';

class Findings {
  readonly list: HarFinding[] = [];
  constructor(readonly lang: Lang) {}

  add(
    id: string,
    status: Status,
    stage: HarStage,
    message: DxRef,
    extra: { remediation?: DxRef; symptom?: SymptomId | null; rules?: string[]; entryIndex?: number | null; evidence?: [EvidenceLabel, string][] } = {},
  ): HarFinding {
    const { remediation } = extra;
    const finding: HarFinding = {
      id,
      status,
      stage,
      messageId: message.id,
      params: (message.params ?? {}) as Record<string, unknown>,
      message: dxText(this.lang, message),
      remediationId: remediation?.id ?? null,
      remediationParams: remediation ? ((remediation.params ?? {}) as Record<string, unknown>) : null,
      remediation: remediation ? dxText(this.lang, remediation) : null,
      symptom: extra.symptom ?? null,
      rules: extra.rules ?? (extra.symptom ? rulesOf(extra.symptom) : []),
      entryIndex: extra.entryIndex ?? null,
      evidence: (extra.evidence ?? []).map(([label, value]) => ({ label: dxText(this.lang, { id: label }), value })),
      ruleFinding: null,
    };
    this.list.push(finding);
    return finding;
  }
}

function rulesOf(symptom: SymptomId): string[] {
  return (symptomById(symptom)?.causes ?? []).flatMap((cause) => ('rule' in cause ? [cause.rule] : []));
}

/**
 * Reads the login out of a browser recording: the authorize request and the values it really sent,
 * IMS's answers and redirects, the callback to Campaign and what Campaign answered, network and TLS
 * failures. Only requests to IMS, the Adobe ID pages and the callback's host are looked at closely;
 * every other entry costs one host test. Secrets (codes, tokens, cookies) never reach the result.
 */
export function analyzeHar(file: string, har: Har, lang: Lang, compare?: HarCompareWith): HarAnalysis {
  const entries = har.log.entries;
  const creator = { name: String(har.log.creator?.name ?? ''), version: String(har.log.creator?.version ?? '') };
  const hosts = new Array<string>(entries.length);
  const authorizeIndexes: number[] = [];
  let imsCount = 0;

  // Pass 1: one host test per entry; authorize requests found.
  for (let i = 0; i < entries.length; i++) {
    const url = entries[i]?.request?.url;
    const host = typeof url === 'string' ? quickHost(url) : '';
    hosts[i] = host;
    if (!isImsFlowHost(host)) continue;
    imsCount++;
    if (IMS_AUTHORIZE_PATH.test(quickPath(url!))) authorizeIndexes.push(i);
  }

  const sent = authorizeIndexes.map((index) => readAuthorize(entries[index]!, index));
  const redirectUris = [...new Set(sent.flatMap((item) => (item.redirectUri ? [item.redirectUri] : [])))];
  const callbackHosts = new Set(redirectUris.map((uri) => quickHost(uri)).filter((host) => host !== ''));

  const base = {
    schemaVersion: 1 as const,
    command: 'har' as const,
    tool: { name: 'ims-doctor' as const, version: TOOL_VERSION },
    lang,
    file,
    creator,
    pages: Array.isArray(har.log.pages) ? har.log.pages.length : 0,
    entries: entries.length,
    workspace: compare?.workspace ?? null,
  };

  if (imsCount === 0) {
    const findings = new Findings(lang);
    findings.add('no-ims-traffic', 'skip', 'recording', { id: 'harNoIms', params: { entries: entries.length } }, { remediation: { id: 'harRecordAgain' } });
    return { ...base, instance: null, flows: [], verdict: verdictOf(findings.list), findings: findings.list };
  }

  // Pass 2: the requests of the login — IMS, the sign-in pages, the callback and Campaign's host — in order.
  const flows: HarFlow[] = [];
  type OpenFlow = HarFlow & { ended: boolean; campaignSteps: number };
  let flow: OpenFlow | undefined;
  const startFlow = (authorize: SentAuthorize | null): OpenFlow => {
    const created: OpenFlow = { authorize, steps: [], findings: [], ended: false, campaignSteps: 0 };
    flows.push(created);
    return created;
  };
  let sentIndex = 0;
  for (let i = 0; i < entries.length; i++) {
    const host = hosts[i]!;
    const ims = isImsFlowHost(host);
    // Campaign's own pages count once a login has started (the page that sends the browser to IMS does not),
    // and only the few pages and calls that follow it: scripts, images and the rest of the session do not.
    if (!ims && (!callbackHosts.has(host) || flow === undefined || flow.campaignSteps >= MAX_CAMPAIGN_STEPS || !isPageOrCall(entries[i]!))) continue;
    const entry = entries[i]!;
    const url = entry.request!.url!;
    const isAuthorize = authorizeIndexes[sentIndex] === i;
    if (isAuthorize) {
      const authorize = sent[sentIndex++]!;
      const previous = flow?.authorize;
      const same = previous && previous.clientId === authorize.clientId && previous.redirectUri === authorize.redirectUri && previous.scope === authorize.scope;
      if (!flow || flow.ended || !same) flow = startFlow(authorize);
    }
    flow ??= startFlow(null);
    const findings = new Findings(lang);
    const step = stepOf(entry, i, ims ? imsKind(host, url, isAuthorize) : redirectUris.some((uri) => isUnderRedirectUri(url, uri)) ? 'callback' : 'campaign');
    flow.steps.push(step);
    if (!ims) flow.campaignSteps++;
    const ended = ims ? examineIms(entry, i, step, flow.authorize, redirectUris, findings) : examineCampaign(entry, i, step, findings);
    // IMS's error is seen twice: in its redirect, then in the callback it redirects to.
    for (const finding of findings.list) if (!flow.findings.some((known) => known.id === finding.id)) flow.findings.push(finding);
    if (ended) flow.ended = true;
  }

  for (const item of flows) {
    closeFlow(item, lang);
    delete (item as Partial<OpenFlow>).ended;
    delete (item as Partial<OpenFlow>).campaignSteps;
  }

  const all = flows.flatMap((item) => item.findings);
  let instance: string | null = null;
  if (compare) {
    const findings = new Findings(lang);
    const authorize = flows.at(-1)?.authorize ?? sent.at(-1) ?? null;
    // i9b: started on one instance, sent back to another: the recording is of the first.
    const startedOn = authorize ? landsOnOtherInstance(entries, hosts, authorize, compare, findings) : undefined;
    instance = judgeAsSent(file, authorize, startedOn ? { ...compare, instance: startedOn } : compare, findings);
    all.push(...findings.list);
  }
  const last = flows.at(-1);
  const verdictFindings = [...(last?.findings ?? []), ...all.filter((finding) => finding.stage === 'configuration')];
  return { ...base, instance, flows, verdict: verdictOf(verdictFindings), findings: all };
}

function imsKind(host: string, url: string, isAuthorize: boolean): HarStep['kind'] {
  if (isAuthorize) return 'authorize';
  if (!isImsEndpointHost(host)) return 'sign-in';
  return IMS_TOKEN_PATH.test(quickPath(url)) ? 'token' : 'ims';
}

function readAuthorize(entry: HarEntry, index: number): SentAuthorize {
  const url = entry.request!.url!;
  const parsed = parse(url);
  const params = parsed?.params ?? new URLSearchParams();
  const value = (name: (typeof AUTHORIZE_PARAMS)[number]): string | undefined => params.get(name) ?? undefined;
  return {
    entryIndex: index,
    startedDateTime: String(entry.startedDateTime ?? ''),
    url: hideSecrets(url),
    host: parsed?.host ?? '',
    clientId: value('client_id'),
    // The callback may carry a code or token of its own (percent-encoded in the URL, printed decoded).
    redirectUri: hideOptional(value('redirect_uri')),
    scope: value('scope'),
    responseType: value('response_type'),
  };
}

function hideOptional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : hideSecrets(value);
}

function stepOf(entry: HarEntry, index: number, kind: HarStep['kind']): HarStep {
  const url = entry.request!.url!;
  const location = locationOf(entry, url);
  return {
    entryIndex: index,
    startedDateTime: String(entry.startedDateTime ?? ''),
    kind,
    method: String(entry.request?.method ?? 'GET'),
    url: hideSecrets(url),
    status: typeof entry.response?.status === 'number' ? entry.response.status : 0,
    location: location ? hideSecrets(location) : null,
    error: networkError(entry) ?? null,
  };
}

/** IMS or an Adobe ID page: a network failure, an OAuth error, a redirect back to the callback or elsewhere. Returns true when the attempt ends here. */
function examineIms(entry: HarEntry, index: number, step: HarStep, authorize: SentAuthorize | null, redirectUris: string[], findings: Findings): boolean {
  const url = entry.request!.url!;
  const host = quickHost(url);
  const failure = networkError(entry);
  if (failure) {
    const tls = TLS_ERROR.test(failure);
    findings.add(
      tls ? 'ims-tls' : 'ims-network',
      'fail',
      'network',
      { id: tls ? 'harImsTls' : 'harImsNetwork', params: { host, error: failure, url: shortUrl(url) } },
      {
        remediation: { id: 'harFixImsNetwork', params: { host } },
        symptom: 'login-page-unreachable',
        rules: ['ims-server'],
        entryIndex: index,
        evidence: [
          ['harEvidenceRequest', step.url],
          ['harEvidenceError', failure],
        ],
      },
    );
    return true;
  }
  const status = step.status;
  const location = locationOf(entry, url);
  const own = parse(url);
  const stage: HarStage = step.kind === 'token' ? 'token' : 'authorize';

  // An error in IMS's own URL (an error page) or in the redirect it answers with.
  const error = own?.params.get('error') ?? (location ? parse(location)?.params.get('error') : undefined) ?? undefined;
  if (error) {
    const description = own?.params.get('error_description') ?? (location ? parse(location)?.params.get('error_description') : undefined) ?? '';
    reportOAuthError(error, description, stage, index, step, findings);
    return true;
  }
  if (status >= 300 && status < 400 && location) {
    const target = quickHost(location);
    const back = redirectUris.find((uri) => isUnderRedirectUri(location, uri));
    if (back !== undefined) return false; // back to the callback: judged on the callback's own entry
    if (isImsFlowHost(target)) return false; // on to the sign-in pages
    // IMS gave up on the redirect_uri: the client's default redirect URI.
    findings.add(
      'default-redirect',
      'fail',
      'redirect',
      { id: 'harDefaultRedirect', params: { redirectUri: authorize?.redirectUri ?? null, location: hideSecrets(location) } },
      {
        remediation: { id: 'harFixDefaultRedirect' },
        symptom: 'redirected-to-adobe-com',
        entryIndex: index,
        evidence: [
          ['harEvidenceRedirectUri', authorize?.redirectUri ?? ''],
          ['harEvidenceLocation', hideSecrets(location)],
        ],
      },
    );
    return true;
  }
  if (status >= 400) {
    const body = bodyOAuthError(bodyText(entry));
    if (body) reportOAuthError(body.code, body.description, stage, index, step, findings);
    else {
      findings.add(
        'ims-http-error',
        'fail',
        stage,
        { id: 'harImsHttp', params: { status, url: shortUrl(url) } },
        {
          symptom: step.kind === 'token' ? 'invalid-client' : 'login-page-unreachable',
          entryIndex: index,
          evidence: [['harEvidenceRequest', step.url]],
        },
      );
    }
    return true;
  }
  // An IMS error page answered with 200.
  if (status === 200 && step.kind !== 'sign-in') {
    const body = bodyOAuthError(bodyText(entry));
    if (body) {
      reportOAuthError(body.code, body.description, stage, index, step, findings);
      return true;
    }
  }
  return false;
}

function reportOAuthError(code: string, description: string, stage: HarStage, index: number, step: HarStep, findings: Findings): void {
  // After the login the code exchange is what fails: a client error, whatever IMS calls it.
  const symptom = (stage === 'token' ? 'invalid-client' : (OAUTH_ERROR_SYMPTOM[code] ?? 'login-page-unreachable')) as SymptomId;
  const params = { code, description: hideSecrets(description), url: shortUrl(step.url) };
  findings.add(
    `ims-error:${code}`,
    'fail',
    stage === 'token' ? 'token' : 'authorize',
    { id: stage === 'token' ? 'harTokenError' : 'harImsError', params },
    {
      remediation:
        code === 'invalid_scope' ? { id: 'harFixScope' } : symptom === 'invalid-client' ? { id: 'harFixClient' } : { id: 'harFixImsError', params: { code } },
      symptom,
      rules: code === 'unauthorized_client' ? ['client-id', 'callback-url'] : undefined,
      entryIndex: index,
      evidence: [
        ['harEvidenceError', code],
        ['harEvidenceRequest', step.url],
      ],
    },
  );
}

const REFUSALS: { text: string; symptom: SymptomId; id: string }[] = [
  { text: NO_MATCHING_RIGHT_MESSAGE.en, symptom: 'no-matching-right', id: 'no-matching-right' },
  { text: NO_MATCHING_RIGHT_MESSAGE.ko.replace(/\.$/, ''), symptom: 'no-matching-right', id: 'no-matching-right' },
  ...LOG_SIGNATURES.filter((signature) => signature.encoding === 'utf-8' && signature.symptom !== 'no-matching-right').map((signature) => ({
    text: signature.text,
    symptom: signature.symptom,
    id: signature.id,
  })),
];

/** The callback and Campaign's other pages: an OAuth error handed back, a refusal in the page, a failure. */
function examineCampaign(entry: HarEntry, index: number, step: HarStep, findings: Findings): boolean {
  const url = entry.request!.url!;
  const failure = networkError(entry);
  if (failure) {
    if (step.kind !== 'callback') return false;
    findings.add(
      'callback-network',
      'fail',
      'callback',
      { id: 'harCallbackNetwork', params: { url: shortUrl(url), error: failure } },
      {
        remediation: { id: 'harFixCallbackNetwork' },
        symptom: null,
        rules: ['callback-url'],
        entryIndex: index,
        evidence: [
          ['harEvidenceRequest', step.url],
          ['harEvidenceError', failure],
        ],
      },
    );
    return true;
  }
  const params = parse(url)?.params;
  const error = params?.get('error');
  if (step.kind === 'callback' && error) {
    reportOAuthError(error, params?.get('error_description') ?? '', 'callback', index, step, findings);
    return true;
  }
  // Campaign's refusal, in the page or in the address it redirects to.
  let decoded: string;
  const location = locationOf(entry, url);
  try {
    decoded = decodeURIComponent(`${url} ${location ?? ''}`.replace(/\+/g, ' '));
  } catch {
    decoded = `${url} ${location ?? ''}`;
  }
  const body = bodyText(entry);
  for (const refusal of REFUSALS) {
    if (decoded.includes(refusal.text) || body.includes(refusal.text)) {
      const noRight = refusal.symptom === 'no-matching-right';
      const params = { url: shortUrl(url), text: refusal.text, status: step.status };
      findings.add(
        refusal.id,
        refusal.symptom === 'session-expired' ? 'warn' : 'fail',
        'campaign',
        { id: noRight ? 'harNoRight' : 'harCampaignSignature', params },
        {
          remediation: noRight ? { id: 'harFixNoRight' } : undefined,
          symptom: refusal.symptom,
          entryIndex: index,
          evidence: [
            ['harEvidenceRequest', step.url],
            ['harEvidenceText', refusal.text],
          ],
        },
      );
      return refusal.symptom !== 'session-expired';
    }
  }
  if (step.kind === 'callback') {
    if (step.status >= 500) {
      findings.add(
        'callback-http-error',
        'fail',
        'callback',
        { id: 'harCallbackHttp', params: { url: shortUrl(url), status: step.status } },
        {
          remediation: { id: 'harFixCallbackHttp' },
          symptom: null,
          rules: ['client-secret', 'url-permission', 'ims-server'],
          entryIndex: index,
          evidence: [['harEvidenceRequest', step.url]],
        },
      );
      return true;
    }
    if (params?.has('code') && step.status > 0 && step.status < 400) {
      findings.add(
        'callback-reached',
        'pass',
        'callback',
        { id: 'harCallbackReached', params: { url: shortUrl(url), status: step.status } },
        { entryIndex: index },
      );
      return true;
    }
  }
  return false;
}

/** An attempt that never came back from the sign-in pages was not recorded to its end. */
function closeFlow(flow: HarFlow, lang: Lang): void {
  if (flow.findings.some((finding) => finding.status !== 'pass' || finding.id === 'callback-reached')) return;
  const findings = new Findings(lang);
  const lastIms = [...flow.steps].reverse().find((step) => step.kind === 'sign-in' || step.kind === 'ims' || step.kind === 'authorize');
  findings.add(
    'stopped-at-sign-in',
    'skip',
    'recording',
    { id: 'harStoppedAtSignIn', params: { url: lastIms ? shortUrl(lastIms.url) : '' } },
    { remediation: { id: 'harRecordAgain' }, entryIndex: lastIms?.entryIndex ?? null },
  );
  flow.findings.push(...findings.list);
}

/** Findings come in the order the browser made the requests (comparisons last): the first failure is where the login broke. */
function verdictOf(findings: HarFinding[]): HarAnalysis['verdict'] {
  const first = findings.find((finding) => finding.status === 'fail');
  const worst = worstStatus(findings);
  const decisive = first ?? findings.find((finding) => finding.status === worst);
  return { status: worst, stage: decisive?.stage ?? null, message: decisive?.message ?? '' };
}

/** The rules that judge what a recording shows was sent (`instance.asSent`); each reports it in messages named `sent…`. */
const AS_SENT_RULES: readonly RuleId[] = ['ims-server', 'callback-url', 'scope', 'client-id'];

/** har's stable finding ids (and the symptom and rules to name) for the rules' as-sent messages; any other keeps `rule:messageId`. */
const AS_SENT_FINDINGS: Record<string, { id: string; symptom: SymptomId | null; rules: string[] }> = {
  'callback-url:sentDiffers': { id: 'redirect-uri-differs', symptom: 'redirected-to-adobe-com', rules: ['callback-url', 'restart'] },
  'callback-url:sentNotAllowed': { id: 'redirect-uri-not-allowed', symptom: 'redirected-to-adobe-com', rules: ['callback-url'] },
  'callback-url:sentAllowed': { id: 'redirect-uri-allowed', symptom: null, rules: ['callback-url'] },
  'scope:sentNotProvisioned': { id: 'scope-not-provisioned', symptom: 'login-page-unreachable', rules: ['scope'] },
  'scope:sentDiffers': { id: 'scope-differs', symptom: null, rules: ['scope', 'restart'] },
  'client-id:sentDiffers': { id: 'client-id-differs', symptom: null, rules: ['client-id', 'restart'] },
  'client-id:sentNotProvisioned': { id: 'client-id-not-provisioned', symptom: 'invalid-client', rules: ['client-id'] },
  'ims-server:sentDiffers': { id: 'ims-host-differs', symptom: null, rules: ['ims-server', 'restart'] },
};

/** What the browser sent, as the overlay the rules read: every value points at the authorize entry of the recording. */
export function asSentOf(file: string, sent: SentAuthorize): AsSent {
  const at = { file, path: `log.entries[${sent.entryIndex}].request.url` };
  const value = (text: string | undefined) => (text === undefined ? undefined : { value: text, at });
  return {
    at,
    sentAt: sent.startedDateTime,
    imsHost: { value: sent.host, at },
    clientId: value(sent.clientId),
    redirectUri: value(sent.redirectUri),
    scope: value(sent.scope),
  };
}

/**
 * Lays what the browser sent over the snapshot of the instance the recording is of, and lets the
 * rules judge it: the redirect_uri (callback-url) and the scope (scope). Returns the instance's name.
 */
function judgeAsSent(file: string, sent: SentAuthorize | null, compare: HarCompareWith, findings: Findings): string | null {
  if (!sent) return null;
  const context = pickInstance(sent, compare);
  if (!context) {
    const servers = compare.contexts.map((item) => ({
      instance: item.instance.name,
      server: item.account?.callbackServer.value ?? item.instance.accessUrl.value,
    }));
    findings.add(
      'no-instance',
      'warn',
      'configuration',
      { id: 'harNoInstance', params: { redirectUri: sent.redirectUri ?? null, clientId: sent.clientId ?? null, servers } },
      { remediation: { id: 'harFixNoInstance' } },
    );
    return null;
  }
  const name = context.instance.name;
  const asSent = asSentOf(file, sent);
  const overlay: Snapshot = { ...context.snapshot, instances: context.snapshot.instances.map((item) => (item.name === name ? { ...item, asSent } : item)) };
  const rules = RULES.filter((rule) => AS_SENT_RULES.includes(rule.id));
  for (const finding of runRules(overlay, rules, { lang: findings.lang, instances: [name] }).findings) {
    if (finding.instance === name && finding.messageId.startsWith('sent')) findings.list.push(fromRule(finding, sent.entryIndex));
  }
  return name;
}

/**
 * i9b: a login that starts on one instance (the page before the authorize request) and whose
 * redirect_uri is another instance's (stage → production): the callback-url failure. Returns the
 * instance the login started on, when it is another than the one it lands on.
 */
function landsOnOtherInstance(
  entries: Har['log']['entries'],
  hosts: string[],
  sent: SentAuthorize,
  compare: HarCompareWith,
  findings: Findings,
): string | undefined {
  const landedHost = sent.redirectUri ? quickHost(sent.redirectUri) : '';
  if (landedHost === '' || compare.instance) return undefined;
  const ownHost = (context: InstanceContext): string => quickHost(context.instance.accessUrl.value.trim());
  let startedHost = '';
  for (let i = Math.min(sent.entryIndex, entries.length) - 1; i >= 0 && startedHost === ''; i--) {
    const host = hosts[i] ?? '';
    if (host !== '' && !isImsFlowHost(host) && compare.contexts.some((context) => ownHost(context) === host)) startedHost = host;
  }
  const started = compare.contexts.find((context) => startedHost !== '' && ownHost(context) === startedHost);
  const landed = compare.contexts.find(
    (context) => context !== started && (ownHost(context) === landedHost || quickHost((context.account?.callbackServer.value ?? '').trim()) === landedHost),
  );
  if (!started || !landed || startedHost === landedHost) return undefined;
  const params = { started: started.instance.name, startedHost, landed: landed.instance.name, landedHost };
  findings.add(
    'lands-on-other-instance',
    'fail',
    'configuration',
    { id: 'harOtherInstance', params },
    {
      remediation: { id: 'harFixOtherInstance', params: { started: params.started, startedHost } },
      symptom: 'lands-on-other-instance',
      rules: ['callback-url'],
      entryIndex: sent.entryIndex,
    },
  );
  return started.instance.name;
}

function fromRule(finding: Finding, entryIndex: number): HarFinding {
  const known = AS_SENT_FINDINGS[`${finding.rule}:${finding.messageId}`];
  return {
    id: known?.id ?? `${finding.rule}:${finding.messageId}`,
    status: finding.status,
    stage: 'configuration',
    messageId: finding.messageId,
    params: finding.params,
    message: finding.message,
    remediationId: finding.remediationId,
    remediationParams: finding.remediationParams,
    remediation: finding.remediation,
    symptom: known?.symptom ?? null,
    rules: known?.rules ?? [finding.rule],
    entryIndex,
    evidence: finding.evidence.map((item) => ({ label: item.label, value: item.value, at: item.at })),
    ruleFinding: { rule: finding.rule, messageId: finding.messageId, params: finding.params },
  };
}

/**
 * The instance the recording is of: `--instance`; else the one whose callback host the browser
 * sent, told apart by the client ID when several share a host, then by the access URL.
 */
function pickInstance(sent: SentAuthorize, compare: HarCompareWith): InstanceContext | undefined {
  if (compare.instance) return compare.contexts.find((context) => context.instance.name === compare.instance);
  const host = sent.redirectUri ? quickHost(sent.redirectUri) : '';
  const byCallback = compare.contexts.filter((context) => host !== '' && quickHost((context.account?.callbackServer.value ?? '').trim()) === host);
  if (byCallback.length === 1) return byCallback[0];
  const pool = byCallback.length > 1 ? byCallback : compare.contexts;
  const clientId = sent.clientId;
  const byClient = pool.filter(
    (context) => clientId !== undefined && context.account !== undefined && looselySameClientId(context.account.clientId.value, clientId),
  );
  if (byClient.length === 1) return byClient[0];
  const byAccess = pool.filter((context) => host !== '' && quickHost(context.instance.accessUrl.value.trim()) === host);
  if (byAccess.length === 1) return byAccess[0];
  return compare.contexts.length === 1 ? compare.contexts[0] : undefined;
}
