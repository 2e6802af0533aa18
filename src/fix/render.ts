import { formatFor, type Format } from '../i18n/catalogue.js';
import { FIX } from '../i18n/fix.js';
import type { Lang } from '../i18n/lang.js';
import { hang, viewWidth } from '../reporters/layout.js';
import { RULES } from '../rules/index.js';
import { IMS_LIST_FIELDS, type ImsListField } from './apply-snapshot.js';
import type { Change, ChangeDraft, FixPlan, UrlEntryValue } from './types.js';
import type { WhatIfResult } from './what-if.js';

/** People listed in plan.md and the what-if text; plan.json has them all. */
const ACCESS_SHOWN = 50;

/** Where `fix --output-dir DIR` writes each instance's files, relative to DIR. */
export const outputPaths = (instance: string): { package: string; patch: string; patched: string; ims: string } => ({
  package: `campaign/${instance}.xml`,
  patch: `server-conf/${instance}.patch`,
  patched: `server-conf/${instance}.xml`,
  ims: `ims/${instance}.md`,
});

/** Where the Admin Console steps go (the Admin Console is one for every instance). */
export const ADMIN_CONSOLE_STEPS = 'admin-console/steps.md';

const text = (value: ChangeDraft['to']): string | null => (typeof value === 'string' ? value : null);
const isImsList = (field: string): field is ImsListField => (IMS_LIST_FIELDS as readonly string[]).includes(field);

/** One change in one sentence. */
export function describeChange(change: ChangeDraft, f: Format): string {
  const instance = change.instance ?? '';
  switch (change.record) {
    case 'extAccount':
      if (change.op === 'delete') return f.say(FIX, { id: 'changeDeleteAccount', params: { instance, account: change.target } });
      if (change.op === 'rename') return f.say(FIX, { id: 'changeRenameAccount', params: { instance, from: change.target, to: text(change.to) ?? '' } });
      if (change.field === 'clientSecret') return f.say(FIX, { id: 'changeSecret', params: { instance, account: change.target } });
      return f.say(FIX, {
        id: 'changeSetAccount',
        params: { instance, account: change.target, field: change.field, from: text(change.from), to: text(change.to) ?? '' },
      });
    case 'operatorGroup':
      return f.say(FIX, { id: 'changeRenameGroup', params: { instance, from: change.target, to: text(change.to) ?? '' } });
    case 'urlPermission': {
      const entry = change.to as UrlEntryValue;
      return f.say(FIX, { id: 'changeAddUrl', params: { instance, file: change.target, dnsSuffix: entry.dnsSuffix, urlRegEx: entry.urlRegEx } });
    }
    case 'redirection':
      return f.say(FIX, { id: 'changeSetRedirection', params: { instance, file: change.target, from: text(change.from), to: text(change.to) ?? '' } });
    case 'profile':
      if (change.op === 'addMembers')
        return f.say(FIX, { id: 'changeAddMembers', params: { instance, profile: change.target, people: Array.isArray(change.to) ? change.to : [] } });
      return f.say(FIX, { id: 'changeRenameProfile', params: { instance, from: change.target, to: text(change.to) ?? '' } });
    case 'imsClient':
      if (change.op === 'add' && isImsList(change.field))
        return f.say(FIX, { id: 'changeImsAdd', params: { instance, field: change.field, value: text(change.to) ?? '' } });
      return f.say(FIX, { id: 'changeSetIms', params: { instance, field: change.field, from: text(change.from), to: text(change.to) ?? '' } });
    case 'server':
      return f.say(FIX, { id: 'changeRestart', params: { instance } });
  }
}

/** How to make one change: the file to import or apply, or the steps. */
export function howTo(change: ChangeDraft, f: Format): string {
  const paths = outputPaths(change.instance ?? '');
  if (change.applyWith === 'package') return f.say(FIX, { id: 'howPackage', params: { file: paths.package } });
  if (change.applyWith === 'patch') return f.say(FIX, { id: 'howPatch', params: { file: paths.patch, copy: paths.patched } });
  switch (change.record) {
    case 'extAccount':
      return f.say(FIX, { id: change.field === 'clientSecret' ? 'stepSecret' : 'stepRenameAccount' });
    case 'operatorGroup':
      return f.say(FIX, { id: 'stepRenameGroup' });
    case 'profile':
      return f.say(FIX, { id: change.op === 'addMembers' ? 'stepAddMembers' : 'stepRenameProfile' });
    case 'imsClient':
      if (change.op === 'add' && isImsList(change.field))
        return f.say(FIX, { id: 'stepImsAdd', params: { field: change.field, value: text(change.to) ?? '' } });
      return f.say(FIX, { id: 'stepIms', params: { field: change.field } });
    default:
      return f.say(FIX, { id: 'stepRestart', params: { instance: change.instance ?? '' } });
  }
}

/** plan.md: the changes in order (what, how, what else, the alternative), what is left, the check after, who gains and loses access. */
export function planMarkdown(plan: FixPlan, lang: Lang): string {
  const f = formatFor(lang);
  const lines: string[] = [`# ${f.say(FIX, { id: 'mdTitle', params: { workspace: plan.workspace } })}`, ''];
  lines.push(
    plan.accepted
      ? f.say(FIX, { id: 'mdAccepted', params: { changes: plan.changes.length, unaddressed: plan.unaddressed.length } })
      : f.say(FIX, { id: 'mdRejected', params: { count: plan.rejections.length } }),
    '',
  );
  if (!plan.accepted) {
    lines.push(`## ${f.say(FIX, { id: 'mdRejections' })}`, '', ...plan.rejections.map((rejection) => `- ${f.say(FIX, rejection.reason)}`), '');
  }
  lines.push(`## ${f.say(FIX, { id: 'mdChanges' })}`, '');
  if (plan.changes.length === 0) lines.push(f.say(FIX, { id: 'mdNoChanges' }), '');
  const orderOf = new Map(plan.changes.map((change) => [change.id, change.order]));
  for (const change of plan.changes) lines.push(...changeBlock(change, orderOf, f), '');
  if (plan.unaddressed.length > 0) {
    lines.push(`## ${f.say(FIX, { id: 'mdUnaddressed' })}`, '');
    for (const item of plan.unaddressed) lines.push(`- ${f.say(FIX, { id: 'mdUnaddressedItem', params: item })}: ${f.say(FIX, item.reason)}`);
    lines.push('');
  }
  lines.push(`## ${f.say(FIX, { id: 'mdAccess' })}`, '');
  if (plan.access.length === 0) lines.push(f.say(FIX, { id: 'mdAccessNone' }));
  for (const item of plan.access.slice(0, ACCESS_SHOWN)) lines.push(`- ${f.say(FIX, { id: 'mdAccessItem', params: item })}`);
  if (plan.access.length > ACCESS_SHOWN) lines.push(`- ${f.say(FIX, { id: 'mdAccessMore', params: { count: plan.access.length - ACCESS_SHOWN } })}`);
  if (plan.accessUnchanged > 0) lines.push('', f.say(FIX, { id: 'mdAccessUnchanged', params: { count: plan.accessUnchanged } }));
  lines.push('', `## ${f.say(FIX, { id: 'mdPredicted' })}`, '', f.say(FIX, { id: 'mdPredictedHeader' }), '| --- | --- | --- | --- |');
  for (const item of plan.predicted)
    lines.push(`| ${item.rule} | ${item.instance ?? '—'} | ${f.say(FIX, { id: 'mdStatus', params: item })} | ${item.messageId} |`);
  return `${lines.join('\n')}\n`;
}

function changeBlock(change: Change, orderOf: ReadonlyMap<string, number>, f: Format): string[] {
  const lines = [`${change.order}. **[${change.plane}]** ${describeChange(change, f)}`];
  const indent = '   ';
  if (change.fixes.length > 0 || change.requiredBy.length === 0) lines.push(`${indent}${f.say(FIX, { id: 'mdFixes', params: { rules: change.fixes } })}`);
  if (change.requiredBy.length > 0)
    lines.push(`${indent}${f.say(FIX, { id: 'mdAfter', params: { orders: change.requiredBy.map((id) => orderOf.get(id) ?? 0) } })}`);
  lines.push(`${indent}${f.say(FIX, { id: 'mdHow' })}: ${howTo(change, f)}`);
  for (const risk of change.risk) lines.push(`${indent}${f.say(FIX, { id: 'mdTouches' })}: ${f.say(FIX, risk)}`);
  if (change.alternative) {
    lines.push(`${indent}${f.say(FIX, { id: 'mdAlternative', params: { why: change.alternative.why, records: change.alternative.cost.records } })}`);
    for (const other of change.alternative.changes) lines.push(`${indent}- ${describeChange(other, f)}`);
  }
  return lines;
}

/**
 * The steps of one plane that ims-doctor cannot make (DIR/ims/<instance>.md, DIR/admin-console/steps.md):
 * each change with its plan.md number, what it is and how, the values exact. undefined when there are none.
 */
export function stepsMarkdown(plan: FixPlan, plane: 'ims' | 'adminConsole', instance: string | null, lang: Lang): string | undefined {
  const mine = plan.changes.filter((change) => change.plane === plane && (instance === null || change.instance === instance));
  if (mine.length === 0) return undefined;
  const f = formatFor(lang);
  const lines = [`# ${f.say(FIX, { id: 'stepsTitle', params: { plane, instance } })}`, '', f.say(FIX, { id: 'stepsIntro' }), ''];
  for (const change of mine) lines.push(`${change.order}. ${describeChange(change, f)}`, `   ${f.say(FIX, { id: 'mdHow' })}: ${howTo(change, f)}`, '');
  return `${lines.join('\n')}`;
}

/** `fix --what-if` as text: the changes, who gains and loses groups, what resolves (each rule by its title), and the verdict; wrapped to the terminal. */
export function whatIfText(result: WhatIfResult, lang: Lang, options: { width?: number } = {}): string {
  const f = formatFor(lang);
  const width = viewWidth(options.width);
  const lines = [`${f.say(FIX, { id: 'whatIfTitle' })}:`, ...result.changes.flatMap((change) => hang('  ', describeChange(change, f), width, '    ')), ''];
  if (result.access.length === 0) lines.push(...hang('', f.say(FIX, { id: 'mdAccessNone' }), width, '  '));
  for (const item of result.access.slice(0, ACCESS_SHOWN))
    lines.push(...hang(`  ${item.lost.length > 0 ? '-' : '+'} `, f.say(FIX, { id: 'mdAccessItem', params: item }), width, '      '));
  if (result.access.length > ACCESS_SHOWN)
    lines.push(...hang('  ', f.say(FIX, { id: 'mdAccessMore', params: { count: result.access.length - ACCESS_SHOWN } }), width, '    '));
  if (result.resolved.length > 0) {
    const title = (rule: string): string => RULES.find((candidate) => candidate.id === rule)?.title[lang] ?? rule;
    lines.push('', f.say(FIX, { id: 'whatIfResolvedHeading', params: { count: result.resolved.length } }));
    for (const item of result.resolved)
      lines.push(
        ...hang('  ✓ ', f.say(FIX, { id: 'whatIfResolvedItem', params: { title: title(item.rule), rule: item.rule, instance: item.instance } }), width, '    '),
      );
  }
  const verdict = result.accepted ? f.say(FIX, { id: 'whatIfAccepted' }) : f.say(FIX, { id: 'mdRejected', params: { count: result.rejections.length } });
  lines.push('', ...hang('', verdict, width, ''));
  for (const rejection of result.rejections) lines.push(...hang('  - ', f.say(FIX, rejection.reason), width, '    '));
  return `${lines.join('\n')}\n`;
}
