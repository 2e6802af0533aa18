import { nativeLoginRemoved, type CampaignRelease, type ReleaseBasis } from '../domain/campaign-version.js';
import { ALLOW_OPERATOR_ALTERNATIVES, NATIVE_LOGIN_REMOVED_FROM_BUILD, NATIVE_LOGIN_REMOVED_IN, NON_IMS_API_DISABLED } from '../domain/facts.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import type { Sourced } from '../model/provenance.js';
import type { InstanceContext } from '../model/instance-context.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';

// Decisions where the checklist is silent: docs/rules/ims-config.md.

const SHOWN = 10;

/** Whether an operator name is on the allowlist (an entry may list alternatives: `internal|monitoring`). */
export function allowedNatively(allow: readonly Sourced<string>[], operator: string): boolean {
  return allow.some((entry) => entry.value.split(ALLOW_OPERATOR_ALTERNATIVES).some((name) => name.trim() === operator));
}

const removed = (f: Format): string =>
  f.lang === 'ko'
    ? `Campaign v${NATIVE_LOGIN_REMOVED_IN}부터는 기본(native) 로그인이 아예 없습니다`
    : `from Campaign v${NATIVE_LOGIN_REMOVED_IN} native login is gone altogether`;

/** The release and how it was told (ims-config and operators say it alike). */
export interface ReleaseParams {
  release: string;
  basis: ReleaseBasis;
  written: string;
}

export function releaseParams(release: CampaignRelease): ReleaseParams {
  return { release: release.release, basis: release.basis, written: release.written };
}

export const releaseEvidence = (release: CampaignRelease): EvidenceInput => ({
  field: release.basis === 'version' ? 'campaignVersion' : 'campaignBuild',
  value: release.written,
  at: release.at,
});

/** `Campaign v8.6.1 (version "8.6.1")`, `Campaign v8.6 or later (build "9900": …)`. */
export function releaseSaid(p: ReleaseParams, f: Format): string {
  if (f.lang === 'ko') {
    if (p.basis === 'version') return `Campaign v${p.release}(버전 ${f.v(p.written)})`;
    if (p.basis === 'publishedBuild') return `Campaign v${p.release}(빌드 ${f.v(p.written)}, Adobe 릴리스 노트 기준)`;
    return `Campaign v${p.release} 이상(빌드 ${f.v(p.written)}, 추정: 빌드 ${NATIVE_LOGIN_REMOVED_FROM_BUILD}부터 v${NATIVE_LOGIN_REMOVED_IN} 이상으로 봄)`;
  }
  if (p.basis === 'version') return `Campaign v${p.release} (version ${f.v(p.written)})`;
  if (p.basis === 'publishedBuild') return `Campaign v${p.release} (build ${f.v(p.written)}, per Adobe's release notes)`;
  return `Campaign v${p.release} or later (build ${f.v(p.written)}, inferred: builds from ${NATIVE_LOGIN_REMOVED_FROM_BUILD} are taken for v${NATIVE_LOGIN_REMOVED_IN} or later)`;
}

const messages = catalogue({
  open: {
    en: (p: { written: string | null }, f: Format) =>
      `${p.written === null ? 'serverConf sets no restriction on native logons (no shared > imsConfig > nonIMSAuthnAPI disableAPI)' : `serverConf sets nonIMSAuthnAPI disableAPI=${f.v(p.written)}`}: native (login and password) API logons are allowed. Note that ${removed(f)}.`,
    ko: (p, f) =>
      `${p.written === null ? 'serverConf에 기본(native) 로그온 제한이 없습니다(shared > imsConfig > nonIMSAuthnAPI의 disableAPI 없음)' : `serverConf의 nonIMSAuthnAPI의 disableAPI 값: ${f.v(p.written)}`}. 기본(로그인과 암호) API 로그온이 허용됩니다. 참고: ${removed(f)}.`,
  },
  restricted: {
    en: (p: { allowed: string[]; count: number }, f: Format) =>
      `serverConf refuses native (login and password) API logons (nonIMSAuthnAPI disableAPI="true"): every operator must log on with an Adobe ID (IMS) except ${
        p.count === 0
          ? 'none, since no allowOperator is listed'
          : `${f.plural(p.count, { one: 'the operator', other: `the ${f.n(p.count)} operators` })} on the allowOperator list: ${f.items(
              p.allowed.map((name) => f.v(name)),
              { total: p.count, unit: 'people' },
            )}`
      }.`,
    ko: (p, f) =>
      `serverConf가 기본(로그인과 암호) API 로그온을 거부합니다(nonIMSAuthnAPI의 disableAPI="true"). allowOperator 목록의 운영자를 빼고 모두 Adobe ID(IMS)로 로그온해야 합니다. ${
        p.count === 0
          ? '목록에 운영자가 없습니다(allowOperator 항목 없음)'
          : `목록의 운영자 ${f.n(p.count)}명: ${f.items(
              p.allowed.map((name) => f.v(name)),
              { total: p.count, unit: 'people' },
            )}`
      }.`,
  },
  liveUserAllowed: {
    en: (p: { user: string }, f: Format) =>
      `serverConf refuses native API logons (nonIMSAuthnAPI disableAPI="true"), but the operator ${f.v(p.user)} that ims-doctor logs on with is on the allowOperator list: its password logon is accepted.`,
    ko: (p, f) =>
      `serverConf가 기본 API 로그온을 거부하지만(nonIMSAuthnAPI의 disableAPI="true"), ims-doctor가 로그온하는 운영자(${f.v(p.user)})는 allowOperator 목록에 있어 암호 로그온이 허용됩니다.`,
  },
  liveUserRefused: {
    en: (p: { user: string; allowed: string[] }, f: Format) =>
      `serverConf refuses native API logons (nonIMSAuthnAPI disableAPI="true") and the operator ${f.v(p.user)} that the workspace logs on with (user and passwordEnv) is not on the allowOperator list (${p.allowed.length === 0 ? 'empty' : f.list(p.allowed.map((name) => f.v(name)))}): Campaign refuses ims-doctor's live read, whatever the password. This is the instance's configuration, not a fault of its IMS login.`,
    ko: (p, f) =>
      `serverConf가 기본 API 로그온을 거부하며(nonIMSAuthnAPI의 disableAPI="true"), 워크스페이스가 로그온에 쓰는 운영자(${f.v(p.user)}, user와 passwordEnv)가 allowOperator 목록(${p.allowed.length === 0 ? '비어 있음' : f.list(p.allowed.map((name) => f.v(name)))})에 없습니다. 암호가 맞아도 Campaign이 ims-doctor의 실시간 읽기를 거부합니다. IMS 로그인 고장이 아니라 인스턴스 설정입니다.`,
  },
  fixUseToken: {
    en: (p: { instance: string }, f: Format) =>
      `Log on with an IMS token instead: in ims-doctor.yaml replace user and passwordEnv of instance ${p.instance} with ${f.code('tokenEnv: <NAME OF AN ENVIRONMENT VARIABLE HOLDING AN IMS ACCESS TOKEN>')} (a token of an operator on IMS, or of the technical account). Do not add an operator to allowOperator only for ims-doctor.`,
    ko: (p, f) =>
      `대신 IMS 토큰으로 로그온하십시오. ims-doctor.yaml에서 인스턴스 ${p.instance}의 user와 passwordEnv를 다음으로 바꾸십시오(IMS 운영자 또는 기술 계정의 토큰): ${f.code('tokenEnv: <NAME OF AN ENVIRONMENT VARIABLE HOLDING AN IMS ACCESS TOKEN>')}. ims-doctor만을 위해 allowOperator에 운영자를 추가하지 마십시오.`,
  },
  disableApiOdd: {
    en: (p: { written: string }, f: Format) =>
      `serverConf sets nonIMSAuthnAPI disableAPI=${f.v(p.written)}, which is neither "true" nor "false": whether Campaign refuses native API logons is not known.`,
    ko: (p, f) =>
      `serverConf의 nonIMSAuthnAPI의 disableAPI 값(${f.v(p.written)})이 "true"도 "false"도 아니어서 Campaign이 기본 API 로그온을 거부하는지 알 수 없습니다.`,
  },
  nativeGone: {
    en: (p: ReleaseParams & { serverConf: string | null }, f: Format) =>
      `${releaseSaid(p, f)} no longer allows native (login and password) logons, whatever serverConf says${p.serverConf === null ? '' : ` (its nonIMSAuthnAPI disableAPI=${f.v(p.serverConf)} changes nothing here)`}: operators log on with an Adobe ID (IMS).`,
    ko: (p, f) =>
      `${releaseSaid(p, f)}: serverConf 설정과 관계없이 기본(로그인과 암호) 로그온을 더 이상 허용하지 않는 버전입니다${p.serverConf === null ? '' : `(serverConf의 nonIMSAuthnAPI의 disableAPI 값 ${f.v(p.serverConf)}: 여기서는 효과 없음)`}. 운영자는 Adobe ID(IMS)로 로그온합니다.`,
  },
  nativeGoneLiveUser: {
    en: (p: ReleaseParams & { user: string }, f: Format) =>
      `${releaseSaid(p, f)} no longer allows native (login and password) logons, yet the workspace has ims-doctor log on with a password as ${f.v(p.user)} (user and passwordEnv): only an exception of this instance accepts it today, and it may be refused at any upgrade.`,
    ko: (p, f) =>
      `${releaseSaid(p, f)}: 기본(로그인과 암호) 로그온을 더 이상 허용하지 않는 버전인데, 워크스페이스는 ims-doctor가 암호로 로그온하게 합니다(운영자 ${f.v(p.user)}, user와 passwordEnv). 지금은 이 인스턴스의 예외로 받아들여질 뿐이며 업그레이드 때 거부될 수 있습니다.`,
  },
  fixDisableApi: {
    en: (_p: Record<string, never>, f: Format) =>
      `Set disableAPI to ${f.code('true')} (refuse native API logons except allowOperator) or ${f.code('false')}, and restart the server.`,
    ko: (_p, f) =>
      `disableAPI 값을 다음 중 하나로 바꾸고 서버를 다시 시작하십시오: ${f.code('true')}(allowOperator 외 기본 API 로그온 거부) 또는 ${f.code('false')}.`,
  },
});

type ImsConfigReport = Report<typeof messages>;

export default defineRule({
  id: 'ims-config',
  section: 3,
  title: {
    en: 'serverConf imsConfig: native logons refused except for listed operators',
    ko: 'serverConf imsConfig: 목록에 있는 운영자 외 기본 로그온 거부',
  },
  scope: 'instance',
  needs: ['serverConf'],
  messages,
  // Without serverConf a v8.6 server still says enough: it refuses native logons whatever serverConf would say.
  whenMissing: (context) => removedReports(context, null),
  check(context): ImsConfigReport[] {
    const { instance, serverConf } = context;
    const config = serverConf.imsConfig;
    const removed = removedReports(context, config?.disableApi ?? null);
    if (removed) return removed;
    const disable = config?.disableApi;
    if (!config || !disable) return [{ status: 'pass', message: { id: 'open', params: { written: null } } }];
    const shown: EvidenceInput[] = [evidence('nonImsAuthnApi', disable)];
    const value = disable.value.trim().toLowerCase();
    if (value === 'false') return [{ status: 'pass', message: { id: 'open', params: { written: disable.value } }, evidence: shown }];
    if (value !== NON_IMS_API_DISABLED)
      return [
        {
          status: 'warn',
          message: { id: 'disableApiOdd', params: { written: disable.value } },
          remediation: { id: 'fixDisableApi', params: {} },
          evidence: shown,
        },
      ];

    const allowed = config.allowOperators.map((entry) => entry.value);
    const allowEvidence = config.allowOperators.slice(0, SHOWN).map((entry) => evidence('allowOperator', entry));
    const logon = instance.liveLogon;
    if (logon?.user !== undefined) {
      const user = logon.user;
      const logonEvidence: EvidenceInput = { field: 'liveLogon', value: user, at: logon.at };
      if (allowedNatively(config.allowOperators, user))
        return [{ status: 'pass', message: { id: 'liveUserAllowed', params: { user } }, evidence: [...shown, logonEvidence] }];
      return [
        {
          status: 'fail',
          message: { id: 'liveUserRefused', params: { user, allowed: allowed.slice(0, SHOWN) } },
          remediation: { id: 'fixUseToken', params: { instance: instance.name } },
          evidence: [...shown, logonEvidence, ...allowEvidence],
        },
      ];
    }
    return [
      {
        status: 'pass',
        message: { id: 'restricted', params: { allowed: allowed.slice(0, SHOWN), count: allowed.length } },
        evidence: [...shown, ...allowEvidence],
      },
    ];
  },
});

/** The verdicts on a v8.6+ server (no native logon at all), or undefined when the release does not tell. */
function removedReports({ campaign, instance }: InstanceContext, disableApi: Sourced<string> | null): ImsConfigReport[] | undefined {
  const release = nativeLoginRemoved(campaign);
  if (!release) return undefined;
  const shown = [releaseEvidence(release), ...(disableApi ? [evidence('nonImsAuthnApi', disableApi)] : [])];
  const logon = instance.liveLogon;
  if (logon?.user !== undefined)
    return [
      {
        status: 'warn',
        message: { id: 'nativeGoneLiveUser', params: { ...releaseParams(release), user: logon.user } },
        remediation: { id: 'fixUseToken', params: { instance: instance.name } },
        evidence: [...shown, { field: 'liveLogon', value: logon.user, at: logon.at }],
      },
    ];
  return [{ status: 'pass', message: { id: 'nativeGone', params: { ...releaseParams(release), serverConf: disableApi?.value ?? null } }, evidence: shown }];
}
