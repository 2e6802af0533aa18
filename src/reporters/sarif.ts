import { createHash } from 'node:crypto';
import type { CheckResult, Evidence, Finding, Status } from '../model/finding.js';
import type { Provenance } from '../model/provenance.js';
import { uiText } from '../i18n/ui.js';
import { findRule, RULES } from '../rules/index.js';
import { sarifTemplate } from './sarif-messages.js';
import type { Lang } from '../i18n/lang.js';
import { ruleDocUrl } from '../rules/docs.js';

export interface SarifOptions {
  /** Absolute `file:` URI ending in `/` that relative paths start from (the directory ims-doctor ran in). */
  baseUri?: string;
}

/** Name of the base relative artifact URIs are resolved against. */
export const SRCROOT = 'SRCROOT';

/**
 * SARIF 2.1.0 for code-scanning pipelines. One result per finding that is not a pass and not a
 * skip: a skip says "not checked", which is no defect in any file (an unreadable file is reported
 * as a tool execution notification instead). fail and error → level "error", warn → "warning".
 * Suppressed findings stay as results carrying an external suppression with its reason.
 */
export function renderSarif(result: CheckResult, options: SarifOptions = {}): string {
  const { lang } = result;
  const rules = driverRules(result);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const results = result.findings
    .filter((finding) => finding.status !== 'pass' && finding.status !== 'skip')
    .map((finding) => {
      const index = ruleIndex.get(finding.rule)!;
      return sarifResult(finding, index, result, messageStringsOf(rules[index]!, finding, result.lang));
    });

  const baseUri = options.baseUri && /^file:\/\/.*\/$/.test(options.baseUri) ? options.baseUri : undefined;
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ims-doctor',
            version: result.tool.version,
            semanticVersion: result.tool.version,
            language: lang,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.problems.map((problem) => {
              const where = physicalLocation({ file: problem.file, line: problem.line, column: problem.column });
              return { level: 'error', message: { text: problem.message }, ...(where ? { locations: [{ physicalLocation: where }] } : {}) };
            }),
          },
        ],
        originalUriBaseIds: {
          [SRCROOT]: {
            ...(baseUri ? { uri: baseUri } : {}),
            description: { text: 'The directory ims-doctor ran in; relative paths in this log start there.' },
          },
        },
        language: lang,
        results,
        properties: {
          workspace: result.workspace,
          instances: result.instances,
          summary: result.summary,
          resultSchemaVersion: result.schemaVersion,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  /** Templates of this rule's messages, filled by each result's `message.arguments` (SARIF §3.11.5). */
  messageStrings?: Record<string, { text: string }>;
  properties: { section: number; tags: string[] };
}

/**
 * The finding's text as a template of its rule's `messageStrings` and its arguments: the message
 * and its remediation rendered with each text parameter as a placeholder (sarif-messages.ts). The
 * key is the message id (with `+` and the remediation id when there is one); a second wording of
 * the same key gets `~2`, `~3`…. Undefined when the text cannot be templated exactly.
 */
function messageStringsOf(rule: ReportingDescriptor, finding: Finding, lang: Lang): { id: string; arguments: string[] } | undefined {
  const catalogue = findRule(finding.rule)?.messages;
  if (!catalogue) return undefined;
  const message = sarifTemplate(catalogue, finding.messageId, finding.params, lang, finding.message);
  if (!message) return undefined;
  let template = message.template;
  let args = message.arguments;
  let key = finding.messageId;
  if (finding.remediation && finding.remediationId) {
    const fix = sarifTemplate(catalogue, finding.remediationId, finding.remediationParams ?? {}, lang, finding.remediation);
    if (!fix) return undefined;
    const shift = args.length;
    template = `${template}\n${uiText(lang, { id: 'fixLabel' })}: ${fix.template.replace(/\{(\d+)\}/g, (_all, index: string) => `{${Number(index) + shift}}`)}`;
    args = [...args, ...fix.arguments];
    key = `${key}+${finding.remediationId}`;
  }
  const strings = (rule.messageStrings ??= {});
  let id = key;
  for (let variant = 2; strings[id] !== undefined && strings[id]?.text !== template; variant++) id = `${key}~${variant}`;
  strings[id] = { text: template };
  return { id, arguments: args };
}

/** Every rule of the registry (so a result from any later run maps to the same index), then any the result names that the registry does not know. */
function driverRules(result: CheckResult): ReportingDescriptor[] {
  const { lang } = result;
  const describe = (id: string, title: string, section: number, docUrl: string): ReportingDescriptor => ({
    id,
    name: pascalCase(id),
    shortDescription: { text: title },
    fullDescription: { text: uiText(lang, { id: 'ruleFullDescription', params: { title, section } }) },
    help: { text: uiText(lang, { id: 'ruleHelp', params: { section, url: docUrl } }) },
    ...(docUrl ? { helpUri: docUrl } : {}),
    properties: { section, tags: ['adobe-campaign', 'ims', `checklist-section-${section}`] },
  });
  const rules = RULES.map((rule) => describe(rule.id, rule.title[lang], rule.section, ruleDocUrl(rule.id, lang)));
  for (const finding of result.findings) {
    if (!rules.some((rule) => rule.id === finding.rule)) rules.push(describe(finding.rule, finding.title, finding.section, finding.docUrl));
  }
  return rules;
}

const LEVEL: Record<Exclude<Status, 'pass' | 'skip'>, 'error' | 'warning'> = { fail: 'error', error: 'error', warn: 'warning' };

function sarifResult(finding: Finding, ruleIndex: number, result: CheckResult, template: { id: string; arguments: string[] } | undefined): object {
  const anchored = finding.evidence.filter((item) => physicalLocation(item.at));
  const primary = anchored[0];
  const logical = logicalLocation(finding, primary ?? finding.evidence[0]);
  // A result without a file of its own points at the workspace file that named the inputs.
  const where = physicalLocation(primary?.at ?? { file: result.workspace });
  const location = { ...(where ? { physicalLocation: where } : {}), logicalLocations: [logical] };
  const related = anchored.slice(1).map((item, index) => ({
    id: index + 1,
    physicalLocation: physicalLocation(item.at)!,
    message: { text: `${item.label}: ${item.value}` },
  }));
  const text = finding.remediation ? `${finding.message}\n${uiText(result.lang, { id: 'fixLabel' })}: ${finding.remediation}` : finding.message;
  return {
    ruleId: finding.rule,
    ruleIndex,
    kind: 'fail',
    level: LEVEL[finding.status as keyof typeof LEVEL],
    message: { text: text || finding.title, ...(template ? { id: template.id, arguments: template.arguments } : {}) },
    locations: [location],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { 'imsDoctorFinding/v1': fingerprint(finding, primary) },
    ...(finding.suppressed
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.suppressed.reason, properties: { by: finding.suppressed.by } }] }
      : {}),
    properties: {
      status: finding.status,
      instance: finding.instance,
      section: finding.section,
      messageId: finding.messageId,
      remediation: finding.remediation,
      evidence: finding.evidence.map((item) => ({ label: item.label, value: item.value, at: item.at })),
    },
  };
}

/** Relative paths resolve against SRCROOT; absolute ones become `file:` URIs. Endpoints (live reads) have no physical location. */
function physicalLocation(at: Provenance): object | undefined {
  if (!at.file || at.endpoint) return undefined;
  const region =
    at.line !== undefined && at.line >= 1
      ? { region: { startLine: at.line, ...(at.column !== undefined && at.column >= 1 ? { startColumn: at.column } : {}) } }
      : {};
  return { artifactLocation: artifactLocation(at.file), ...region };
}

function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  if (slashed.startsWith('/')) return { uri: `file://${encodePath(slashed)}` };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encodePath(slashed.slice(2))}` };
  return { uri: encodePath(slashed.replace(/^\.\//, '')), uriBaseId: SRCROOT };
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * A logical location such as `instance/prod/externalAccount/Adobe_Marketing_Cloud1`: the instance
 * (or `workspace`), then the evidence path with `element[@name="x"]` read as `element/x` and the
 * attribute left out.
 */
function logicalLocation(finding: Finding, evidence: Evidence | undefined): { name: string; fullyQualifiedName: string; kind: string } {
  const parts = finding.instance === null ? ['workspace'] : ['instance', finding.instance];
  if (evidence?.at.path) parts.push(...pathParts(evidence.at.path));
  return { name: parts[parts.length - 1]!, fullyQualifiedName: parts.join('/'), kind: 'object' };
}

const ELEMENT_NAMES: Record<string, string> = { extAccount: 'externalAccount', group: 'operatorGroup' };

export function pathParts(path: string): string[] {
  const steps = path.includes('/') || path.includes('[') ? splitOutsideBrackets(path) : path.split('.');
  const parts: string[] = [];
  for (const raw of steps) {
    const step = raw.trim();
    if (step === '' || step.startsWith('@')) continue;
    const named = /^([^[]+)\[@name=(["'])(.*)\2\]$/.exec(step);
    if (named) parts.push(ELEMENT_NAMES[named[1]!] ?? named[1]!, named[3]!);
    else parts.push(step);
  }
  return parts;
}

function splitOutsideBrackets(path: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of path) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === '/' && depth === 0) {
      steps.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  steps.push(current);
  return steps;
}

function fingerprint(finding: Finding, primary: Evidence | undefined): string {
  const key = [finding.rule, finding.instance ?? '', finding.messageId, primary?.at.path ?? primary?.at.file ?? ''].join('\u0000');
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32);
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
