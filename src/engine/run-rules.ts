import type { CheckResult, Finding, Summary } from '../model/finding.js';
import { RESULT_SCHEMA_VERSION } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import type { InstanceSnapshot, PlaneResult, Snapshot, Suppression } from '../model/snapshot.js';
import { MAC_ACCOUNT_NAME } from '../domain/facts.js';
import { FIELD_LABELS } from '../i18n/fields.js';
import type { Lang } from '../i18n/lang.js';
import { ui, type UiKey } from '../i18n/ui.js';
import { renderMessage, type InstanceContext, type Need, type Report, type Rule } from '../rules/rule.js';
import { TOOL_VERSION } from '../version.js';

export interface RunOptions {
  lang: Lang;
  /** Run only these rules. */
  only?: string[];
  /** Report only these instances. */
  instances?: string[];
  /** `--ignore RULE[@INSTANCE]` from the command line. */
  ignore?: { rule: string; instance?: string }[];
}

export function instanceContext(snapshot: Snapshot, instance: InstanceSnapshot): InstanceContext {
  const campaign = okData(instance.campaign);
  const named = campaign?.externalAccounts.filter((account) => account.name.value === MAC_ACCOUNT_NAME) ?? [];
  return {
    snapshot,
    instance,
    campaign,
    account: named.find((account) => account.active.value) ?? named[0],
    ims: okData(instance.ims),
    serverConf: okData(instance.serverConf),
    adminConsole: okData(snapshot.adminConsole),
  };
}

function okData<T>(plane: PlaneResult<T>): T | undefined {
  return plane.state === 'ok' ? plane.data : undefined;
}

/** Runs the rules over a snapshot and returns the canonical result; reporters only render it. */
export function runRules(snapshot: Snapshot, rules: readonly Rule[], options: RunOptions): CheckResult {
  const { lang } = options;
  const selectedRules = options.only?.length ? rules.filter((rule) => options.only!.includes(rule.id)) : rules;
  const contexts = snapshot.instances
    .filter((instance) => !options.instances?.length || options.instances.includes(instance.name))
    .map((instance) => instanceContext(snapshot, instance));
  const findings: Finding[] = [];

  for (const rule of selectedRules) {
    const toFinding = (report: Report, instance: string | null): Finding => ({
      rule: rule.id,
      title: rule.title[lang],
      section: rule.section,
      docUrl: rule.docUrl,
      status: report.status,
      instance,
      messageId: report.message,
      message: report.message ? renderMessage(rule.messages, report.message, report.params ?? {}, lang) : '',
      remediation: report.remediation ? renderMessage(rule.messages, report.remediation, report.params ?? {}, lang) : null,
      evidence: (report.evidence ?? []).map((item) => ({ label: FIELD_LABELS[item.field][lang], value: item.value, at: item.at })),
    });
    const internal = (error: unknown, instance: string | null): Finding => ({
      ...toFinding({ status: 'error', message: '' }, instance),
      messageId: 'internal-error',
      message: ui(lang, 'ruleCrashed', { error: error instanceof Error ? error.message : String(error) }),
    });
    const skipped = (key: UiKey, params: Record<string, string>, instance: string | null): Finding => ({
      ...toFinding({ status: 'skip', message: '' }, instance),
      messageId: 'skipped',
      message: ui(lang, key, params),
    });

    if (rule.scope === 'instance') {
      for (const context of contexts) {
        const name = context.instance.name;
        const missing = missingNeed(rule.needs, context, snapshot, lang);
        if (missing) {
          findings.push(skipped(missing.key, missing.params, name));
          continue;
        }
        try {
          for (const report of rule.check(context)) findings.push(toFinding(report, name));
        } catch (error) {
          findings.push(internal(error, name));
        }
      }
    } else {
      try {
        for (const report of rule.check({ snapshot, contexts })) findings.push(toFinding(report, null));
      } catch (error) {
        findings.push(internal(error, null));
      }
    }
  }

  applySuppressions(findings, snapshot.workspace.suppressions, options.ignore ?? [], lang);
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'ims-doctor', version: TOOL_VERSION },
    lang,
    workspace: snapshot.workspace.file,
    instances: contexts.map((context) => ({ name: context.instance.name, role: context.instance.role })),
    summary: summarize(findings),
    problems: snapshot.problems,
    findings,
  };
}

function missingNeed(needs: Need[], context: InstanceContext, snapshot: Snapshot, lang: Lang): { key: UiKey; params: Record<string, string> } | undefined {
  const { instance } = context;
  const planes: Record<Exclude<Need, 'account'>, PlaneResult<unknown>> = {
    campaign: instance.campaign,
    ims: instance.ims,
    serverConf: instance.serverConf,
    adminConsole: snapshot.adminConsole,
  };
  for (const need of needs) {
    if (need === 'account') {
      if (context.campaign && !context.account) return { key: 'skipNoAccount', params: { file: context.campaign.source, name: MAC_ACCOUNT_NAME } };
      continue;
    }
    const plane = planes[need];
    if (plane.state === 'absent') return { key: 'skipPlaneAbsent', params: { reason: ui(lang, plane.reason as UiKey) } };
    if (plane.state === 'error') {
      const { file, line, column, message } = plane.problem;
      return { key: 'skipPlaneError', params: { where: formatProvenance({ file, line, column }), problem: message } };
    }
  }
  return undefined;
}

function applySuppressions(findings: Finding[], workspace: Suppression[], cli: { rule: string; instance?: string }[], lang: Lang): void {
  const matches = (rule: string, instance: string | undefined, finding: Finding): boolean =>
    rule === finding.rule && (instance === undefined || instance === finding.instance);
  for (const finding of findings) {
    const byCli = cli.find((entry) => matches(entry.rule, entry.instance, finding));
    const byWorkspace = workspace.find((entry) => matches(entry.rule, entry.instance, finding));
    if (byCli) finding.suppressed = { reason: ui(lang, 'suppressedCli'), by: 'command-line' };
    else if (byWorkspace) finding.suppressed = { reason: byWorkspace.reason, by: 'workspace' };
  }
}

export function summarize(findings: Finding[]): Summary {
  const summary: Summary = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) summary.suppressed++;
    else summary[finding.status]++;
  }
  return summary;
}

export const EXIT = { ok: 0, internal: 1, badInput: 2, fail: 3, warn: 4 } as const;

/** 2 when a source was unreadable (the verdict is incomplete), then 1, 3, 4, 0 by severity. */
export function exitCodeOf(result: CheckResult): number {
  if (result.problems.length > 0) return EXIT.badInput;
  const counts = result.summary;
  if (counts.error > 0) return EXIT.internal;
  if (counts.fail > 0) return EXIT.fail;
  if (counts.warn > 0) return EXIT.warn;
  return EXIT.ok;
}
