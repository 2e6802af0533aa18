import { compileMask, OperatorGroups } from '../domain/association-mask.js';
import { nativeLoginRemoved } from '../domain/campaign-version.js';
import { DEFAULT_ALLOWED_NATIVE_OPERATORS, OPERATOR_IMS_AUTH_TYPE } from '../domain/facts.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import type { Operator } from '../model/snapshot.js';
import { judgeProfiles, otherMasks } from './association-mask.js';
import { allowedNatively, releaseEvidence, releaseParams, releaseSaid, type ReleaseParams } from './ims-config.js';
import { defineRule, type EvidenceInput, type Report } from './rule.js';

// Decisions where the checklist is silent: docs/rules/operators.md.

const SHOWN = 10;

/** An operator's e-mail: `@email`, else its name when it is one (an IMS operator is named by its e-mail). */
export function operatorEmail(operator: Operator): string | undefined {
  const email = operator.email?.value ?? (operator.name.value.includes('@') ? operator.name.value : undefined);
  return email?.trim().toLowerCase();
}

const isIms = (operator: Operator): boolean => operator.authenticationType.trim().toLowerCase() === OPERATOR_IMS_AUTH_TYPE;
const names = (operators: readonly string[], count: number, f: Format): string =>
  f.items(
    operators.map((name) => f.v(name)),
    { total: count, unit: 'people' },
  );

export interface DuplicateItem {
  email: string;
  operators: string[];
}
export interface MappedItem {
  user: string;
  operator: string;
}

const messages = catalogue({
  pass: {
    en: (p: { count: number; ims: number }, f: Format) =>
      `${f.n(p.count)} ${f.plural(p.count, { one: 'operator', other: 'operators' })} in the export (${f.n(p.ims)} on IMS): no two share an e-mail, none is disabled, and none is left on a native logon that the instance refuses.`,
    ko: (p, f) =>
      `내보내기의 운영자 ${f.n(p.count)}명(IMS 운영자 ${f.n(p.ims)}명): 이메일이 겹치는 운영자, 비활성화된 운영자, 인스턴스가 거부하는 기본(native) 로그온에 남은 운영자가 없습니다.`,
  },
  noOperators: {
    en: (p: { source: string }) => `Not checked: ${p.source} holds no operator (no xtk:operator records).`,
    ko: (p) => `확인하지 않음: ${p.source}에 운영자가 없습니다(xtk:operator 레코드 없음).`,
  },
  addOperators: {
    en: () => 'Export the operators too (a package of xtk:operator with their access and operator groups), or read the instance live, and run again.',
    ko: () => '운영자도 내보내거나(xtk:operator 패키지, access와 운영자 그룹 포함) 인스턴스를 실시간으로 읽은 뒤 다시 실행하십시오.',
  },
  duplicateEmails: {
    en: (p: { duplicates: DuplicateItem[]; count: number }, f: Format) =>
      `${f.n(p.count)} ${f.plural(p.count, { one: 'e-mail is', other: 'e-mails are' })} shared by several operators: ${f.items(
        p.duplicates.map((item) => `${f.v(item.email)} (${f.list(item.operators.map((name) => f.v(name)))})`),
        { total: p.count, unit: 'things' },
      )}. The IMS migration requires each operator's e-mail to be unique, and an Adobe ID login cannot tell these operators apart.`,
    ko: (p, f) =>
      `여러 운영자가 같은 이메일을 씁니다(이메일 ${f.n(p.count)}개): ${f.items(
        p.duplicates.map((item) => `${f.v(item.email)}(${f.list(item.operators.map((name) => f.v(name)))})`),
        { total: p.count, unit: 'things' },
      )}. IMS 마이그레이션에는 운영자마다 고유한 이메일이 필요하며, Adobe ID 로그인으로는 이 운영자들을 구별할 수 없습니다.`,
  },
  fixDuplicates: {
    en: () => 'Give each operator its own e-mail (or merge the duplicates into one operator, keeping its operator groups) before migrating them to IMS.',
    ko: () => 'IMS로 마이그레이션하기 전에 운영자마다 고유한 이메일을 지정하거나 중복 운영자를 하나로 합치십시오(운영자 그룹 유지).',
  },
  disabled: {
    en: (p: { operators: string[]; count: number }, f: Format) =>
      `${f.n(p.count)} IMS ${f.plural(p.count, { one: 'operator is', other: 'operators are' })} disabled ("Account disabled"): ${names(p.operators, p.count, f)}. Campaign refuses their Adobe ID login even when a profile matches the association mask.`,
    ko: (p, f) =>
      `IMS 운영자 ${f.n(p.count)}명이 비활성화되어 있습니다(Account disabled: 계정 비활성화): ${names(p.operators, p.count, f)}. 연결 마스크와 일치하는 프로필이 있어도 Campaign이 이들의 Adobe ID 로그인을 거부합니다.`,
  },
  fixDisabled: {
    en: () =>
      'If these people should log in, clear "Account disabled" on each operator (Administration > Access Management > Operators); otherwise remove their Campaign profiles in the Admin Console.',
    ko: () =>
      '이 사람들이 로그인해야 한다면 각 운영자의 Account disabled(계정 비활성화)를 해제하십시오(관리(Administration) > 액세스 관리(Access Management) > 운영자(Operators)). 아니라면 Admin Console에서 Campaign 프로필을 제거하십시오.',
  },
  nativeRefused: {
    en: (p: { operators: string[]; count: number }, f: Format) =>
      `${f.n(p.count)} ${f.plural(p.count, { one: 'operator is', other: 'operators are' })} still on native authentication, but serverConf refuses native logons (nonIMSAuthnAPI disableAPI="true") and ${p.count === 1 ? 'it is' : 'they are'} not on the allowOperator list: ${names(p.operators, p.count, f)}. They can no longer log on with a login and password.`,
    ko: (p, f) =>
      `운영자 ${f.n(p.count)}명이 아직 기본(native) 인증을 쓰지만, serverConf가 기본 로그온을 거부하고(nonIMSAuthnAPI의 disableAPI="true") 이들은 allowOperator 목록에 없습니다: ${names(p.operators, p.count, f)}. 더 이상 로그인과 암호로 로그온할 수 없습니다.`,
  },
  fixNativeRefused: {
    en: () =>
      'Migrate these operators to IMS (their e-mail as name, authentication type IMS, a matching profile in the Admin Console); a technical operator used by an integration goes to a Developer Console server-to-server credential instead.',
    ko: () =>
      '이 운영자들을 IMS로 마이그레이션하십시오(이메일을 이름으로, 인증 유형 IMS, Admin Console의 일치하는 프로필). 통합에 쓰는 기술 운영자는 Developer Console의 서버 간(server-to-server) 자격 증명으로 옮기십시오.',
  },
  nativeRemoved: {
    en: (p: ReleaseParams & { operators: string[]; count: number }, f: Format) =>
      `${f.n(p.count)} ${f.plural(p.count, { one: 'operator is', other: 'operators are' })} still on native authentication, but ${releaseSaid(p, f)} no longer allows native logons: ${names(p.operators, p.count, f)}. They can no longer log on with a login and password.`,
    ko: (p, f) =>
      `운영자 ${f.n(p.count)}명이 아직 기본(native) 인증을 씁니다: ${names(p.operators, p.count, f)}. ${releaseSaid(p, f)}: 기본 로그온을 더 이상 허용하지 않는 버전이므로 이들은 로그인과 암호로 로그온할 수 없습니다.`,
  },
  disabledMapped: {
    en: (p: { users: MappedItem[]; count: number }, f: Format) =>
      `${f.n(p.count)} Admin Console ${f.plural(p.count, { one: 'user holds', other: 'users hold' })} a profile that maps to operator groups of this instance, but the operator with ${p.count === 1 ? 'that' : 'their'} e-mail is disabled: ${f.items(
        p.users.map((item) => `${item.user} (${f.v(item.operator)})`),
        { total: p.count, unit: 'people' },
      )}. Their Adobe ID login is refused although the Admin Console grants it.`,
    ko: (p, f) =>
      `Admin Console 사용자 ${f.n(p.count)}명이 이 인스턴스의 운영자 그룹에 연결되는 프로필을 가졌지만, 같은 이메일의 운영자가 비활성화되어 있습니다: ${f.items(
        p.users.map((item) => `${item.user}(${f.v(item.operator)})`),
        { total: p.count, unit: 'people' },
      )}. Admin Console이 권한을 주어도 Adobe ID 로그인이 거부됩니다.`,
  },
  fixDisabledMapped: {
    en: () =>
      'Decide which side is right: enable the operator (clear "Account disabled") or remove the user\'s Campaign profiles for this instance in the Admin Console.',
    ko: () =>
      '어느 쪽이 맞는지 정하십시오. 운영자를 활성화하거나(Account disabled 해제) Admin Console에서 이 인스턴스의 Campaign 프로필을 사용자에게서 제거하십시오.',
  },
});

type OperatorsReport = Report<typeof messages>;

export default defineRule({
  id: 'operators',
  section: 4,
  title: {
    en: 'Campaign operators: unique e-mails, enabled accounts, IMS where native logons are refused',
    ko: 'Campaign 운영자: 고유한 이메일, 활성 계정, 기본 로그온이 거부되는 곳의 IMS',
  },
  scope: 'instance',
  needs: ['campaign'],
  messages,
  check({ snapshot, instance, campaign, account, serverConf, adminConsole }): OperatorsReport[] {
    const operators = campaign.operators;
    if (operators.length === 0)
      return [{ status: 'skip', message: { id: 'noOperators', params: { source: campaign.source } }, remediation: { id: 'addOperators' } }];
    const operatorEvidence = (operator: Operator): EvidenceInput => ({ field: 'operator', value: operator.name.value, at: operator.name.at });
    const reports: OperatorsReport[] = [];

    const byEmail = new Map<string, Operator[]>();
    for (const operator of operators) {
      const email = operatorEmail(operator);
      if (email !== undefined) byEmail.set(email, [...(byEmail.get(email) ?? []), operator]);
    }
    const duplicates = [...byEmail].filter(([, holders]) => holders.length > 1);
    if (duplicates.length > 0) {
      reports.push({
        status: 'fail',
        message: {
          id: 'duplicateEmails',
          params: {
            count: duplicates.length,
            // Names in order, whatever the source's order (a live query sorts, a package keeps its own).
            duplicates: duplicates.slice(0, SHOWN).map(([email, holders]) => ({ email, operators: holders.map((holder) => holder.name.value).sort() })),
          },
        },
        remediation: { id: 'fixDuplicates' },
        evidence: duplicates.slice(0, SHOWN).flatMap(([, holders]) => holders.map(operatorEvidence)),
      });
    }

    const disabled = operators.filter((operator) => operator.disabled?.value === true);
    const disabledIms = disabled.filter(isIms);
    if (disabledIms.length > 0) {
      reports.push({
        status: 'warn',
        message: { id: 'disabled', params: { count: disabledIms.length, operators: disabledIms.slice(0, SHOWN).map((operator) => operator.name.value) } },
        remediation: { id: 'fixDisabled' },
        evidence: disabledIms
          .slice(0, SHOWN)
          .flatMap((operator) => (operator.disabled ? [{ field: 'operatorDisabled' as const, value: operator.name.value, at: operator.disabled.at }] : [])),
      });
    }

    const config = serverConf?.imsConfig;
    const release = nativeLoginRemoved(campaign);
    if (release) {
      // [I] NATIVE_REMOVED_KEEPS_ALLOWLIST: the technical operators of the allowlist keep their native logon.
      const allow = config?.allowOperators ?? DEFAULT_ALLOWED_NATIVE_OPERATORS.map((name) => ({ value: name, at: release.at }));
      const refused = operators.filter((operator) => !isIms(operator) && operator.disabled?.value !== true && !allowedNatively(allow, operator.name.value));
      if (refused.length > 0) {
        reports.push({
          status: 'warn',
          message: {
            id: 'nativeRemoved',
            params: { ...releaseParams(release), count: refused.length, operators: refused.slice(0, SHOWN).map((operator) => operator.name.value) },
          },
          remediation: { id: 'fixNativeRefused' },
          evidence: [releaseEvidence(release), ...refused.slice(0, SHOWN).map(operatorEvidence)],
        });
      }
    } else if (config?.disableApi?.value.trim().toLowerCase() === 'true') {
      const refused = operators.filter(
        (operator) => !isIms(operator) && operator.disabled?.value !== true && !allowedNatively(config.allowOperators, operator.name.value),
      );
      if (refused.length > 0) {
        reports.push({
          status: 'warn',
          message: { id: 'nativeRefused', params: { count: refused.length, operators: refused.slice(0, SHOWN).map((operator) => operator.name.value) } },
          remediation: { id: 'fixNativeRefused' },
          evidence: [{ field: 'nonImsAuthnApi', value: config.disableApi.value, at: config.disableApi.at }, ...refused.slice(0, SHOWN).map(operatorEvidence)],
        });
      }
    }

    // An Admin Console user granted groups here whose operator is disabled.
    if (adminConsole && account && disabled.length > 0) {
      const mask = compileMask(account.imsRightsMask.value);
      if (mask.ok) {
        const verdicts = judgeProfiles(
          mask,
          adminConsole,
          new OperatorGroups(campaign.groups.map((group) => group.name.value)),
          otherMasks(snapshot, instance),
        );
        const disabledByEmail = new Map(
          disabled.flatMap((operator) => {
            const email = operatorEmail(operator);
            return email === undefined ? [] : [[email, operator] as const];
          }),
        );
        const mapped: { item: MappedItem; line: number }[] = [];
        for (const user of adminConsole.users) {
          const operator = disabledByEmail.get((user.email || user.username).trim().toLowerCase());
          if (operator && user.profiles.some((index) => verdicts[index]?.groupExists))
            mapped.push({ item: { user: user.email || user.username, operator: operator.name.value }, line: user.line });
        }
        if (mapped.length > 0) {
          reports.push({
            status: 'fail',
            message: { id: 'disabledMapped', params: { count: mapped.length, users: mapped.slice(0, SHOWN).map((entry) => entry.item) } },
            remediation: { id: 'fixDisabledMapped' },
            evidence: mapped.slice(0, SHOWN).map((entry) => ({
              field: 'adminConsoleUser' as const,
              value: entry.item.user,
              at: { file: adminConsole.source, line: entry.line, path: 'Email' },
            })),
          });
        }
      }
    }

    if (reports.length === 0)
      reports.push({ status: 'pass', message: { id: 'pass', params: { count: operators.length, ims: operators.filter(isIms).length } } });
    return reports;
  },
});
