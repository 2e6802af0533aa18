import type { AnyCatalogue, MessageRef } from '../i18n/catalogue.js';
import { render } from '../i18n/catalogue.js';
import { COMMON } from '../i18n/common.js';
import { FIELD_LABELS } from '../i18n/fields.js';
import type { Lang } from '../i18n/lang.js';
import { problemText } from '../i18n/problems.js';
import { MAC_ACCOUNT_NAME } from '../domain/facts.js';
import type { CheckResult, Evidence, Finding, ResultProblem } from '../model/finding.js';
import { RESULT_SCHEMA_VERSION, summarize } from '../model/finding.js';
import { instanceContext, type InstanceContext, type Need } from '../model/instance-context.js';
import type { PlaneResult, Snapshot, SourceProblem, Suppression } from '../model/snapshot.js';
import { ruleDocUrl } from '../rules/docs.js';
import type { EvidenceInput, Report, Rule } from '../rules/rule.js';
import { TOOL_VERSION } from '../version.js';

export { summarize } from '../model/finding.js';

export interface RunOptions {
  lang: Lang;
  /** Run only these rules. */
  only?: string[];
  /** Report only these instances. */
  instances?: string[];
  /** `--ignore RULE[@INSTANCE]` from the command line. */
  ignore?: { rule: string; instance?: string }[];
}

export type CommonRef = MessageRef<typeof COMMON>;

/** Runs the rules over a snapshot and returns the canonical result; reporters only render it. */
export function runRules(snapshot: Snapshot, rules: readonly Rule[], options: RunOptions): CheckResult {
  const { lang } = options;
  const selectedRules = options.only?.length ? rules.filter((rule) => options.only!.includes(rule.id)) : rules;
  const contexts = snapshot.instances
    .filter((instance) => !options.instances?.length || options.instances.includes(instance.name))
    .map((instance) => instanceContext(snapshot, instance));
  const findings: Finding[] = [];

  for (const rule of selectedRules) {
    const fromReport = (report: Report<AnyCatalogue>, instance: string | null): Finding => findingOf(rule, report, instance, lang);
    const fromCommon = (status: 'skip' | 'error', ref: CommonRef, instance: string | null): Finding => commonFinding(rule, status, ref, instance, lang);
    const crashed = (error: unknown, instance: string | null): Finding =>
      fromCommon('error', { id: 'ruleCrashed', params: { error: error instanceof Error ? error.message : String(error) } }, instance);

    if (rule.scope === 'instance') {
      for (const context of contexts) {
        const name = context.instance.name;
        const missing = missingNeed(rule.needs, context);
        if (missing) {
          const instead = rule.whenMissing?.(context);
          if (instead) for (const report of instead) findings.push(fromReport(report, name));
          else findings.push(fromCommon('skip', missing, name));
          continue;
        }
        try {
          // The context is complete for the rule's needs: missingNeed() found none absent.
          const misnamed = new Set<string>();
          for (const report of rule.check(context as never)) {
            // A verdict on a field that a misnamed attribute probably meant would be false: skip instead (i9a).
            const unknown = report.status === 'fail' || report.status === 'warn' ? report.evidence?.find((item) => item.at.writtenAs) : undefined;
            if (!unknown) {
              findings.push(fromReport(report, name));
              continue;
            }
            const field = /@([\w-]+)$/.exec(unknown.at.path ?? '')?.[1] ?? unknown.field;
            const attribute = unknown.at.writtenAs ?? '';
            if (misnamed.has(field)) continue;
            misnamed.add(field);
            findings.push(
              fromCommon(
                'skip',
                {
                  id: 'skipMisnamed',
                  params: { field, attribute, at: context.account?.unrecognised?.find((item) => item.attribute === attribute)?.at ?? unknown.at },
                },
                name,
              ),
            );
          }
          const probes = context.instance.probes;
          if (probes && rule.liveCheck) for (const report of rule.liveCheck(probes, context)) findings.push(fromReport(report, name));
        } catch (error) {
          findings.push(crashed(error, name));
        }
      }
    } else if (rule.scope === 'workspace') {
      try {
        for (const report of rule.check({ snapshot, contexts })) findings.push(fromReport(report, null));
      } catch (error) {
        findings.push(crashed(error, null));
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
    problems: snapshot.problems.map((problem) => resultProblem(problem, lang)),
    findings,
  };
}

/** One report of a rule as a finding of the result: its data, and its prose in the result's language. */
export function findingOf(rule: Rule, report: Report<AnyCatalogue>, instance: string | null, lang: Lang): Finding {
  return {
    ...findingBase(rule, lang),
    status: report.status,
    instance,
    messageId: report.message.id,
    params: report.message.params ?? {},
    message: render(rule.messages, report.message, lang),
    remediationId: report.remediation?.id ?? null,
    remediationParams: report.remediation ? (report.remediation.params ?? {}) : null,
    remediation: report.remediation ? render(rule.messages, report.remediation, lang) : null,
    evidence: (report.evidence ?? []).map((item) => evidenceOf(item, lang)),
  };
}

/** A skip or an error told by the engine (the common catalogue), not by the rule. */
export function commonFinding(rule: Rule, status: 'skip' | 'error', ref: CommonRef, instance: string | null, lang: Lang): Finding {
  return {
    ...findingBase(rule, lang),
    status,
    instance,
    messageId: `common:${ref.id}`,
    params: (ref.params ?? {}) as Record<string, unknown>,
    message: render(COMMON, ref, lang),
    remediationId: null,
    remediationParams: null,
    remediation: null,
    evidence: [],
  };
}

function findingBase(rule: Rule, lang: Lang): Pick<Finding, 'rule' | 'title' | 'section' | 'docUrl'> {
  return { rule: rule.id, title: rule.title[lang], section: rule.section, docUrl: ruleDocUrl(rule.id, lang) };
}

function evidenceOf(item: EvidenceInput, lang: Lang): Evidence {
  const label = FIELD_LABELS[item.field][lang];
  if (typeof item.value === 'string') return { field: item.field, label, value: item.value, at: item.at };
  return {
    field: item.field,
    label,
    value: render(COMMON, item.value, lang),
    valueId: item.value.id,
    valueParams: (item.value.params ?? {}) as Record<string, unknown>,
    at: item.at,
  };
}

/** A snapshot's problem as the result carries it: the facts and the sentence in the result's language. */
export function resultProblem(problem: SourceProblem, lang: Lang): ResultProblem {
  return {
    file: problem.file,
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    problemId: problem.problem.id,
    params: problem.problem.params ?? {},
    message: problemText(problem.problem, lang),
  };
}

function missingNeed(needs: readonly Need[], context: InstanceContext): CommonRef | undefined {
  const { instance, snapshot } = context;
  const planes: Record<Exclude<Need, 'account' | 'imsWebApp'>, PlaneResult<unknown>> = {
    campaign: instance.campaign,
    ims: instance.ims,
    serverConf: instance.serverConf,
    adminConsole: snapshot.adminConsole,
  };
  for (const need of needs) {
    if (need === 'account') {
      if (context.campaign && !context.account) return { id: 'skipNoAccount', params: { file: context.campaign.source, name: MAC_ACCOUNT_NAME } };
      continue;
    }
    if (need === 'imsWebApp') {
      // The login's client is unknown only when the console export lacks it and no client file gives its ID.
      const noWebApp = context.ims?.noWebApp;
      if (noWebApp && context.ims?.clientId === undefined) return { id: 'skipNoWebApp', params: { where: noWebApp.at, kinds: noWebApp.kinds } };
      continue;
    }
    const plane = planes[need];
    if (plane.state === 'absent') return { id: 'skipPlaneAbsent', params: { reason: plane.reason } };
    if (plane.state === 'error') {
      const { file, line, column, problem } = plane.problem;
      // An unset variable is no fault of the file that names it: say which, in one line (the problem itself is said once, with the sources).
      if (problem.id === 'secretNotSet' && typeof problem.params?.variable === 'string')
        return { id: 'skipSecretNotSet', params: { variable: problem.params.variable, where: { file, line, column } } };
      return { id: 'skipPlaneError', params: { where: { file, line, column }, problem } };
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
    if (byCli) finding.suppressed = { reason: render(COMMON, { id: 'suppressedCli' }, lang), by: 'command-line' };
    else if (byWorkspace) finding.suppressed = { reason: byWorkspace.reason, by: 'workspace' };
  }
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
