/*
 * TRANSITIONAL: the rule API before typed catalogues, adapted to the new one (rule.ts) so that rules
 * can be converted one at a time. Delete this file when no rule imports it.
 */
import type { Status } from '../model/finding.js';
import type { Provenance, Sourced } from '../model/provenance.js';
import type { SecretRef } from '../model/secret.js';
import type { AdminConsolePlane, CampaignPlane, ExternalAccount, ImsPlane, InstanceSnapshot, ServerConfPlane, Snapshot } from '../model/snapshot.js';
import type { FieldKey } from '../i18n/fields.js';
import type { Lang } from '../i18n/lang.js';
import type { AnyCatalogue, Entry } from '../i18n/catalogue.js';
import type { Rule as NewRule, Report as NewReport } from './rule.js';
import type { RuleId } from './ids.js';
import { render } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import type { AuthorizeProbe, CallbackProbe, ClientSecretProbe, DiscoveryProbe } from '../model/probes.js';

/** A parameter is a value, or another message of the same rule rendered in the same language. */
export type ParamValue = string | number | { t: string; params?: Params };
export type Params = { [name: string]: ParamValue };
export type RenderedParams = Record<string, string | number>;
/** A message in every language; the type makes a missing translation a compile error. */
export type Message = Record<Lang, (params: RenderedParams) => string>;

/** Refers to another message of the rule as a parameter (rendered in the report's language). */
export function t(key: string, params?: Params): ParamValue {
  return params ? { t: key, params } : { t: key };
}

export function renderMessage(messages: Record<string, Message>, key: string, params: Params, lang: Lang): string {
  const rendered: RenderedParams = {};
  for (const [name, value] of Object.entries(params)) {
    rendered[name] = typeof value === 'object' ? renderMessage(messages, value.t, value.params ?? {}, lang) : value;
  }
  const message = messages[key];
  if (!message) throw new Error(`message "${key}" is not defined`);
  return message[lang](rendered);
}

/** The planes a rule reads; when one is unreadable or absent the rule skips, saying which and why. */
export type Need = 'campaign' | 'account' | 'ims' | 'serverConf' | 'adminConsole';

/** Evidence as a rule states it; the engine turns the field into a label in the report's language. */
export interface EvidenceInput {
  field: FieldKey;
  value: string;
  at: Provenance;
}


export interface Report<M extends string = string> {
  status: Status;
  /** Key of the message stating what was observed. */
  message: M;
  params?: Params;
  evidence?: EvidenceInput[];
  /** Key of the message telling what to do; omitted for a pass. */
  remediation?: M;
}

interface RuleBase<M extends string> {
  id: string;
  /** Section of the IMS troubleshooting checklist: 1 external account … 8 restart. */
  section: number;
  docUrl: string;
  title: Record<Lang, string>;
  needs: Need[];
  messages: Record<M, Message>;
}

export interface InstanceContext {
  snapshot: Snapshot;
  instance: InstanceSnapshot;
  campaign: CampaignPlane | undefined;
  /** The account Campaign reads: the enabled one named exactly Adobe_Marketing_Cloud. */
  account: ExternalAccount | undefined;
  ims: ImsPlane | undefined;
  serverConf: ServerConfPlane | undefined;
  adminConsole: AdminConsolePlane | undefined;
}

export interface InstanceRule<M extends string = string> extends RuleBase<M> {
  scope: 'instance';
  check(context: InstanceContext): Report<M>[];
}

export interface WorkspaceRule<M extends string = string> extends RuleBase<M> {
  scope: 'workspace';
  check(context: WorkspaceContext): Report<M>[];
}

export interface WorkspaceContext {
  snapshot: Snapshot;
  contexts: InstanceContext[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule = InstanceRule<any> | WorkspaceRule<any>;

/** Declares a rule; `M` ties each report's message keys to the messages the rule defines. */
export function defineRule<M extends string>(rule: InstanceRule<M>): InstanceRule<M>;
export function defineRule<M extends string>(rule: WorkspaceRule<M>): WorkspaceRule<M>;
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The old rule as a new one: each message becomes a catalogue entry that renders its nested t() references. */
export function adaptLegacyRule(rule: Rule): NewRule {
  const messages: Record<string, Entry<Params>> = {};
  for (const key of Object.keys(rule.messages)) {
    messages[key] = { en: (params) => renderMessage(rule.messages, key, params, 'en'), ko: (params) => renderMessage(rule.messages, key, params, 'ko') };
  }
  const convert = (report: Report): NewReport<AnyCatalogue> =>
    ({
      status: report.status,
      message: { id: report.message, params: report.params ?? {} },
      ...(report.remediation ? { remediation: { id: report.remediation, params: report.params ?? {} } } : {}),
      evidence: report.evidence ?? [],
    }) as NewReport<AnyCatalogue>;
  const base = { id: rule.id as RuleId, section: rule.section, title: rule.title, messages: messages as unknown as AnyCatalogue, legacyMessages: rule.messages };
  if (rule.scope === 'workspace') return { ...base, scope: 'workspace', check: (context) => rule.check(context as unknown as WorkspaceContext).map(convert) };
  return { ...base, scope: 'instance', needs: rule.needs, check: (context) => rule.check(context as InstanceContext).map(convert) };
}

export function evidence(field: FieldKey, value: Sourced<string>): EvidenceInput {
  return { field, value: value.value, at: value.at };
}

export function secretEvidence(field: FieldKey, secret: Sourced<SecretRef>): EvidenceInput {
  return { field, value: describeSecret(secret.value), at: secret.at };
}

/** How a secret is shown: its fingerprint and form, never its value. */
export function describeSecret(secret: SecretRef): string {
  if (secret.form === 'empty') return '(empty)';
  return secret.form === 'campaign-encrypted' ? `${secret.fingerprint} (encrypted by Campaign)` : secret.fingerprint;
}

/** Quotes a value so that spaces at either end stay visible. */
export function quote(value: string): string {
  return JSON.stringify(value);
}


/** The English sentence of a probe's observation, for rules not yet on typed catalogues. */
export function legacyDetail(probe: DiscoveryProbe | AuthorizeProbe | ClientSecretProbe | CallbackProbe): string {
  if ('redirectUri' in probe) return render(COMMON, { id: 'authorizeObserved', params: { probe } }, 'en');
  if ('issuer' in probe || ['ok', 'redirect', 'not-json', 'incomplete', 'http-error'].includes(probe.outcome) && !('addresses' in probe) && !('host' in probe)) {
    if (!('secretFingerprint' in probe) && !('skipped' in probe)) return render(COMMON, { id: 'discoveryObserved', params: { probe: probe as DiscoveryProbe } }, 'en');
  }
  if ('host' in probe || 'addresses' in probe) return render(COMMON, { id: 'callbackObserved', params: { probe: probe as CallbackProbe } }, 'en');
  return render(COMMON, { id: 'clientSecretObserved', params: { probe: probe as ClientSecretProbe } }, 'en');
}
