import type { FieldHeld } from '../fix/apply-live.js';
import { catalogue, type Format } from './catalogue.js';
import { PROBLEMS, type ProblemRef } from './problems.js';

/** The texts of `fix --apply`: the plan shown before writing, the question, what happened, what is left. */

const value = (text: string | null, f: Format): string =>
  text === null ? (f.lang === 'ko' ? '(읽을 수 없음)' : '(could not be read)') : text === '' ? (f.lang === 'ko' ? '(비어 있음)' : '(empty)') : f.v(text);
const fields = (items: readonly FieldHeld[], f: Format): string =>
  f.list(
    items.map(
      (item) =>
        `${item.field} ${value(item.got, f)}${item.got === item.expected ? '' : f.lang === 'ko' ? ` (기대한 값 ${value(item.expected, f)})` : ` (expected ${value(item.expected, f)})`}`,
    ),
  );
const backupValues = (items: readonly FieldHeld[], f: Format): string => f.list(items.map((item) => `${item.field} ${value(item.expected, f)}`));
const problem = (ref: ProblemRef | null, f: Format): string => (ref ? f.say(PROBLEMS, ref) : '');
/** A rule id, as typed after --only. */
const code = (id: string): string => `\`${id}\``;
const IMPORT_PATH = { en: 'Tools > Advanced > Import package', ko: '도구 > 고급 > 패키지 가져오기 (Tools > Advanced > Import package)' };

export const APPLY = catalogue({
  title: {
    en: (p: { workspace: string }) => `Applying the plan of ${p.workspace} live, over SOAP`,
    ko: (p) => `${p.workspace} 계획을 SOAP으로 인스턴스에 바로 적용`,
  },
  planInstance: {
    en: (p: { instance: string; url: string; accounts: number }, f: Format) =>
      `On ${p.instance} (${p.url}), ${f.n(p.accounts)} ${f.plural(p.accounts, { one: 'account', other: 'accounts' })} to write:`,
    ko: (p, f) => `인스턴스 ${p.instance}(${p.url})에서 쓸 계정 ${f.n(p.accounts)}개:`,
  },
  planField: {
    en: (p: { account: string; field: string; from: string; to: string }, f: Format) => `${p.account} ${p.field}: ${value(p.from, f)} → ${value(p.to, f)}`,
    ko: (p, f) => `${p.account} ${p.field}: ${value(p.from, f)} → ${value(p.to, f)}`,
  },
  planBackup: {
    en: (p: { folder: string }) => `Before any write, a backup that puts every value back is written under ${p.folder}; the values read back are compared.`,
    ko: (p) => `쓰기 전에 모든 값을 되돌리는 백업을 ${p.folder} 폴더에 먼저 저장하고, 쓴 뒤 다시 읽은 값과 비교합니다.`,
  },
  confirm: {
    en: () => 'Write these changes to Campaign? [y/N] ',
    ko: () => '이 변경을 Campaign에 쓸까요? [y/N] ',
  },
  noTerminal: {
    en: () => 'nothing was written: there is no terminal to ask on; add --yes to apply without asking.',
    ko: () => '아무것도 쓰지 않았습니다: 확인을 물을 터미널이 없습니다. 묻지 않고 적용하려면 --yes 옵션을 붙이세요.',
  },
  declined: {
    en: () => 'Nothing was written.',
    ko: () => '아무것도 쓰지 않았습니다.',
  },
  rejected: {
    en: (p: { count: number }, f: Format) =>
      `the plan is rejected (${f.n(p.count)} ${f.plural(p.count, { one: 'reason', other: 'reasons' })}, see plan.md): nothing is applied.`,
    ko: (p, f) => `계획이 거부되었습니다(이유 ${f.n(p.count)}개, plan.md 참고): 아무것도 적용하지 않습니다.`,
  },
  nothingToApply: {
    en: () => 'The plan changes no Campaign account: nothing to write.',
    ko: () => '계획에 바꿀 Campaign 계정이 없어 쓸 것이 없습니다.',
  },
  resultHeading: { en: () => 'What happened', ko: () => '적용 결과' },
  applied: {
    en: (p: { instance: string; accounts: number; backup: string }, f: Format) =>
      `${p.instance}: applied, every value read back as written (${f.n(p.accounts)} ${f.plural(p.accounts, { one: 'account', other: 'accounts' })}). Backup: ${p.backup}`,
    ko: (p, f) => `${p.instance}: 적용함. 다시 읽은 값이 모두 쓴 값과 같습니다(계정 ${f.n(p.accounts)}개). 백업: ${p.backup}`,
  },
  restored: {
    en: (p: { instance: string; backup: string }) => `${p.instance}: not applied. Every value written was put back and reads as before. Backup: ${p.backup}`,
    ko: (p) => `${p.instance}: 적용하지 않음. 쓴 값을 모두 되돌렸고, 다시 읽은 값이 이전과 같습니다. 백업: ${p.backup}`,
  },
  restoreFailed: {
    en: (p: { instance: string; backup: string }) =>
      `${p.instance}: NOT RESTORED. The backup values could not be written back; import ${p.backup} with ${IMPORT_PATH.en}, then check again.`,
    ko: (p) => `${p.instance}: 되돌리지 못함. 백업 값을 다시 쓰지 못했습니다. ${IMPORT_PATH.ko} 메뉴로 ${p.backup} 파일을 가져온 뒤 다시 검사하세요.`,
  },
  writeFailed: {
    en: (p: { account: string; problem: ProblemRef }, f: Format) => `Writing ${p.account} failed: ${problem(p.problem, f)}`,
    ko: (p, f) => `계정 ${p.account} 쓰기 실패: ${problem(p.problem, f)}`,
  },
  readFailed: {
    en: (p: { account: string; problem: ProblemRef }, f: Format) => `Reading ${p.account} back failed: ${problem(p.problem, f)}`,
    ko: (p, f) => `계정 ${p.account} 다시 읽기 실패: ${problem(p.problem, f)}`,
  },
  noRecord: {
    en: (p: { account: string }) => `The account ${p.account} is not on the server any more.`,
    ko: (p) => `계정 ${p.account}: 서버에 더 이상 없습니다.`,
  },
  differs: {
    en: (p: { account: string; fields: FieldHeld[] }, f: Format) => `${p.account} read back different from what was written: ${fields(p.fields, f)}.`,
    ko: (p, f) => `계정 ${p.account}: 다시 읽은 값이 쓴 값과 다릅니다: ${fields(p.fields, f)}.`,
  },
  holds: {
    en: (p: { account: string; fields: FieldHeld[]; problem: ProblemRef | null }, f: Format) =>
      (p.fields.every((field) => field.got === null)
        ? `What ${p.account} holds now could not be read; its backup values: ${backupValues(p.fields, f)}`
        : `${p.account} now holds: ${fields(p.fields, f)}`) + (p.problem ? `. ${problem(p.problem, f)}` : '.'),
    ko: (p, f) =>
      (p.fields.every((field) => field.got === null)
        ? `계정 ${p.account}의 지금 값을 읽지 못했습니다. 백업 값: ${backupValues(p.fields, f)}`
        : `계정 ${p.account}의 지금 값: ${fields(p.fields, f)}`) + (p.problem ? `. ${problem(p.problem, f)}` : '.'),
  },
  notDeleted: {
    en: (p: { accounts: string[]; file: string }, f: Format) =>
      `Not deleted live: ${f.list(p.accounts.map((name) => f.v(name)))} (a deleted account's client secret could not be put back); import ${p.file} to delete.`,
    ko: (p, f) =>
      `바로 삭제하지 않음: ${f.list(p.accounts.map((name) => f.v(name)))} (삭제한 계정의 클라이언트 시크릿은 되돌릴 수 없음). 삭제는 ${p.file} 패키지를 가져와서 하세요.`,
  },
  skipped: {
    en: (p: { instance: string; reason: string }) => `${p.instance}: skipped, nothing written. ${p.reason}`,
    ko: (p) => `${p.instance}: 건너뜀, 아무것도 쓰지 않음. ${p.reason}`,
  },
  skipNotLive: {
    en: () => 'It is read from a package export, not live over SOAP: import its package instead.',
    ko: () => 'SOAP으로 바로 읽지 않고 패키지 내보내기에서 읽었습니다. 패키지를 가져오세요.',
  },
  skipUnreadable: {
    en: () => 'Its Campaign records could not be read.',
    ko: () => 'Campaign 레코드를 읽지 못했습니다.',
  },
  skipNotConnected: {
    en: (p: { problem: ProblemRef | null }, f: Format) => `Could not connect${p.problem ? `: ${problem(p.problem, f)}` : '.'}`,
    ko: (p, f) => `연결하지 못했습니다${p.problem ? `: ${problem(p.problem, f)}` : '.'}`,
  },
  skipOnlyDeletes: {
    en: (p: { accounts: string[] }, f: Format) =>
      `The plan only deletes ${f.list(p.accounts.map((name) => f.v(name)))}, which is not done live (a deleted account's client secret could not be put back): import the package.`,
    ko: (p, f) =>
      `계획에는 ${f.list(p.accounts.map((name) => f.v(name)))} 계정 삭제만 있습니다. 삭제한 계정의 클라이언트 시크릿은 되돌릴 수 없어 바로 삭제하지 않습니다. 패키지를 가져오세요.`,
  },
  skipSecretField: {
    en: (p: { account: string; field: string }) => `The plan would set ${p.field} of ${p.account}, a secret: ims-doctor never writes one.`,
    ko: (p) => `계획이 계정 ${p.account}의 비밀 값 ${p.field} 필드를 바꾸려 합니다. ims-doctor는 비밀 값을 쓰지 않습니다.`,
  },
  skipUnknownField: {
    en: (p: { account: string; field: string }) =>
      `${p.account} ${p.field} cannot be written on this build (the field is not in its nms:extAccount, or the name cannot be queried).`,
    ko: (p) => `${p.account} ${p.field}: 이 빌드에서는 쓸 수 없습니다(nms:extAccount에 없는 필드이거나 조회할 수 없는 이름).`,
  },
  skipChangedSince: {
    en: (p: { account: string; fields: FieldHeld[] }, f: Format) =>
      `${p.account} changed on the server since the plan was made (${fields(p.fields, f)}): make the plan again.`,
    ko: (p, f) => `계획을 만든 뒤 서버에서 계정 ${p.account} 값이 바뀌었습니다(${fields(p.fields, f)}). 계획을 다시 만드세요.`,
  },
  skipBackupFailed: {
    en: (p: { file: string; error: string }) => `The backup ${p.file} could not be written (${p.error}): nothing is written without one.`,
    ko: (p) => `백업 ${p.file} 파일을 쓰지 못했습니다(${p.error}). 백업 없이는 아무것도 쓰지 않습니다.`,
  },
  skipOtherBackupFailed: {
    en: (p: { instance: string }) => `The backup of ${p.instance} could not be written: nothing is written anywhere.`,
    ko: (p) => `인스턴스 ${p.instance} 백업을 쓰지 못해 어디에도 쓰지 않았습니다.`,
  },
  remindHeading: {
    en: () => 'Still to do, which cannot be done from here:',
    ko: () => '여기서 할 수 없어 남은 일:',
  },
  recheckHeading: { en: () => 'The check, run again:', ko: () => '다시 실행한 검사:' },
  recheckFailing: {
    en: (p: { rules: string[] }, f: Format) => `Still failing: ${f.list(p.rules.map(code))}.`,
    ko: (p, f) => `아직 실패한 규칙: ${f.list(p.rules.map(code))}.`,
  },
});
