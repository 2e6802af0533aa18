import { APPLY } from '../i18n/apply.js';
import { formatFor, type MessageRef } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { ProblemRef } from '../i18n/problems.js';
import type { ApplyFailure, InstanceOutcome, SkipReason } from './apply-live.js';
import { outputPaths } from './render.js';

/** `fix --apply` outcomes as lines of text, through the APPLY catalogue. */

type ApplyMessage = MessageRef<typeof APPLY>;

export function failureMessage(failure: ApplyFailure): ApplyMessage {
  switch (failure.kind) {
    case 'writeFailed':
      return { id: 'writeFailed', params: { account: failure.account, problem: failure.problem } };
    case 'readFailed':
      return { id: 'readFailed', params: { account: failure.account, problem: failure.problem } };
    case 'noRecord':
      return { id: 'noRecord', params: { account: failure.account } };
    case 'differs':
      return { id: 'differs', params: { account: failure.account, fields: failure.fields } };
  }
}

export function skipMessage(reason: SkipReason): ApplyMessage {
  switch (reason.id) {
    case 'notLive':
      return { id: 'skipNotLive' };
    case 'unreadable':
      return { id: 'skipUnreadable' };
    case 'notConnected':
      return { id: 'skipNotConnected', params: { problem: reason.problem } };
    case 'onlyDeletes':
      return { id: 'skipOnlyDeletes', params: { accounts: reason.accounts } };
    case 'secretField':
      return { id: 'skipSecretField', params: { account: reason.account, field: reason.field } };
    case 'unknownField':
      return { id: 'skipUnknownField', params: { account: reason.account, field: reason.field } };
    case 'changedSince':
      return { id: 'skipChangedSince', params: { account: reason.account, fields: reason.fields.filter((field) => field.got !== field.expected) } };
    case 'readFailed':
      return failureMessage(reason.failure);
    case 'backupFailed':
      return { id: 'skipBackupFailed', params: { file: reason.file, error: reason.error } };
    case 'otherBackupFailed':
      return { id: 'skipOtherBackupFailed', params: { instance: reason.instance } };
  }
}

/** What happened on each instance, a line each, with the details indented below. */
export function outcomeLines(outcomes: readonly InstanceOutcome[], lang: Lang): string[] {
  const f = formatFor(lang);
  const say = (ref: ApplyMessage): string => f.say(APPLY, ref);
  const lines: string[] = [];
  for (const outcome of outcomes) {
    const notDeleted = (accounts: string[]): string[] =>
      accounts.length > 0 ? [`  ${say({ id: 'notDeleted', params: { accounts, file: outputPaths(outcome.instance).package } })}`] : [];
    switch (outcome.status) {
      case 'applied':
        lines.push(
          say({ id: 'applied', params: { instance: outcome.instance, accounts: outcome.accounts.length, backup: outcome.backup } }),
          ...notDeleted(outcome.notDeleted),
        );
        break;
      case 'restored':
        lines.push(
          say({ id: 'restored', params: { instance: outcome.instance, backup: outcome.backup } }),
          `  ${say(failureMessage(outcome.failure))}`,
          ...notDeleted(outcome.notDeleted),
        );
        break;
      case 'restoreFailed':
        lines.push(
          say({ id: 'restoreFailed', params: { instance: outcome.instance, backup: outcome.backup } }),
          `  ${say(failureMessage(outcome.failure))}`,
          // The reason a value could not be read is said once, with the failure, when it is the same.
          ...outcome.holds.map(
            (held) => `  ${say({ id: 'holds', params: { ...held, problem: sameProblem(held.problem, outcome.failure) ? null : held.problem } })}`,
          ),
          ...notDeleted(outcome.notDeleted),
        );
        break;
      case 'skipped':
        lines.push(say({ id: 'skipped', params: { instance: outcome.instance, reason: say(skipMessage(outcome.reason)) } }));
        break;
    }
  }
  return lines;
}

function sameProblem(problem: ProblemRef | null, failure: ApplyFailure): boolean {
  return problem !== null && 'problem' in failure && JSON.stringify(problem) === JSON.stringify(failure.problem);
}
