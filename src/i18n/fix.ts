import { catalogue, type Format } from './catalogue.js';

/**
 * The texts of `ims-doctor fix`: change plans (plan.md), what-if rehearsals, and the reasons a
 * finding is left to a person. Campaign has no Korean UI: its labels and menus stay in English
 * with a Korean gloss.
 */

/** The external account's fields as Campaign's form labels them. */
const ACCOUNT_FIELD: Record<string, { en: string; ko: string }> = {
  name: { en: '"Internal name"', ko: '내부 이름(Internal name)' },
  label: { en: '"Label"', ko: '레이블(Label)' },
  active: { en: '"Enabled"', ko: '활성화(Enabled)' },
  imsServer: { en: '"IMS server"', ko: 'IMS 서버(IMS server)' },
  userScope: { en: '"IMS scope"', ko: 'IMS 범위(IMS scope)' },
  clientId: { en: '"IMS client identifier"', ko: 'IMS 클라이언트 ID(IMS client identifier)' },
  callbackServer: { en: '"Callback server"', ko: '콜백 서버(Callback server)' },
  imsOrgId: { en: '"IMS organization ID"', ko: 'IMS 조직 ID(IMS organization ID)' },
  imsRightsMask: { en: '"Association mask"', ko: '연결 마스크(Association mask)' },
  productContext: { en: '"Product context"', ko: '제품 컨텍스트(Product context)' },
  server: { en: '"Server"', ko: '서버(Server)' },
  tenant: { en: '"Tenant"', ko: '테넌트(Tenant)' },
};

/** The IMS client's fields as Adobe's provisioning details name them. */
const IMS_FIELD: Record<string, { en: string; ko: string }> = {
  endpoint: { en: 'IMS endpoint', ko: 'IMS 엔드포인트' },
  orgId: { en: 'IMS organization', ko: 'IMS 조직' },
  clientId: { en: 'client ID', ko: '클라이언트 ID' },
  defaultRedirectUri: { en: 'default redirect URI', ko: '기본 리디렉션 URI' },
  productContext: { en: 'product context', ko: '제품 컨텍스트' },
};

const label = (table: Record<string, { en: string; ko: string }>, field: string, f: Format): string => table[field]?.[f.lang] ?? field;
const value = (text: string | null, f: Format): string => (text === null ? (f.lang === 'ko' ? '(없음)' : '(none)') : f.v(text));
const instanceOf = (instance: string | null, f: Format): string => instance ?? (f.lang === 'ko' ? '모든 인스턴스' : 'every instance');

const MENU_ACCOUNTS = { en: 'Administration > Platform > External accounts', ko: '관리(Administration) > 플랫폼(Platform) > 외부 계정(External accounts)' };
const MENU_GROUPS = {
  en: 'Administration > Access management > Operator groups',
  ko: '관리(Administration) > 액세스 관리(Access management) > 운영자 그룹(Operator groups)',
};
const MENU_IMPORT = { en: 'Tools > Advanced > Import package', ko: '도구(Tools) > 고급(Advanced) > 패키지 가져오기(Import package)' };
const ADMIN_PROFILES = {
  en: 'Admin Console > Products > Adobe Campaign > (the product profile)',
  ko: 'Admin Console > 제품(Products) > Adobe Campaign > (해당 제품 프로필)',
};

export type WhyNotChosen = 'touchesMore' | 'morePeople' | 'preference' | 'breaks';

export const FIX = catalogue({
  // ---- Why a finding is left to a person ----
  reasonNoFixer: {
    en: (p: { rule: string }) => `ims-doctor proposes no change for ${p.rule} yet: follow the finding's remediation.`,
    ko: (p) => `ims-doctor는 아직 이 규칙의 변경을 제안하지 않습니다(${p.rule}). 검사 결과의 조치 방법을 따르십시오.`,
  },
  reasonNoPlane: {
    en: (p: { plane: 'campaign' | 'serverConf' | 'ims' | 'adminConsole' }) => `the ${p.plane} source could not be read, so there is nothing to change from.`,
    ko: (p) => `원본을 읽을 수 없어 변경할 기준이 없습니다(${p.plane}).`,
  },
  reasonNoAccount: {
    en: () => 'the external account Adobe_Marketing_Cloud is not readable here: fix the external-account finding first.',
    ko: () => '이 인스턴스에서 외부 계정 Adobe_Marketing_Cloud를 읽을 수 없습니다. external-account 결과를 먼저 해결하십시오.',
  },
  reasonCreateAccount: {
    en: () => 'creating the account needs its client secret, which no export carries: create it in the console as the remediation says.',
    ko: () => '계정을 만들려면 클라이언트 암호가 필요한데 내보내기 파일에는 암호가 없습니다. 조치 방법대로 콘솔에서 만드십시오.',
  },
  reasonSameName: {
    en: () => 'the accounts share their internal name, and a package finds an account by that name only: delete the extra one in the console.',
    ko: () => '계정들의 내부 이름이 같은데 패키지는 내부 이름으로만 계정을 찾습니다. 콘솔에서 남는 계정을 삭제하십시오.',
  },
  reasonYourChoice: {
    en: () => 'which value is right is for you to say; try one with --what-if.',
    ko: () => '어느 값이 맞는지는 직접 판단해야 합니다. --what-if로 값을 시험해 보십시오.',
  },
  reasonNoFix: {
    en: () => 'nothing in the data tells which change would answer it.',
    ko: () => '데이터만으로는 어떤 변경이 이 문제를 해결할지 알 수 없습니다.',
  },
  reasonLive: {
    en: () => "it is what IMS answered live; the configuration may be right: follow the finding's remediation.",
    ko: () => '실시간으로 IMS가 응답한 결과이며 설정은 맞을 수 있습니다. 검사 결과의 조치 방법을 따르십시오.',
  },
  reasonImsConflict: {
    en: () => 'the IMS client file and the Developer Console export disagree, so the right value is not known.',
    ko: () => 'IMS 클라이언트 파일과 Developer Console 내보내기의 값이 달라 올바른 값을 알 수 없습니다.',
  },
  reasonPlaneLeftOut: {
    en: (p: { planes: string[] }, f: Format) => `its fix is in ${f.list(p.planes)}, which this plan leaves out.`,
    ko: (p, f) => `해결 방법이 이 계획에서 제외한 영역에 있습니다: ${f.list(p.planes)}.`,
  },
  reasonConflict: {
    en: (p: { change: string }, f: Format) => `its fix would change ${f.v(p.change)} to another value than the plan already does.`,
    ko: (p, f) => `해결하려면 계획이 이미 바꾸는 항목을 다른 값으로 바꿔야 합니다: ${f.v(p.change)}.`,
  },

  // ---- What else a change touches ----
  riskDeleteAccount: {
    en: (p: { account: string; sameSettings: boolean }, f: Format) =>
      `deletes the account ${f.v(p.account)}${p.sameSettings ? '' : ', whose settings differ: check which values are right first'}; anything that names it (a workflow, a script) stops finding it.`,
    ko: (p, f) =>
      `계정을 삭제합니다: ${f.v(p.account)}${p.sameSettings ? '' : '. 설정이 다르므로 어느 값이 맞는지 먼저 확인하십시오'}. 이 계정을 이름으로 쓰는 워크플로나 스크립트는 계정을 찾지 못하게 됩니다.`,
  },
  riskRenameAccount: {
    en: (p: { account: string }, f: Format) => `anything that names the account ${f.v(p.account)} (a workflow, a script) must follow the rename.`,
    ko: (p, f) => `이 계정을 이름으로 쓰는 워크플로나 스크립트도 새 이름으로 바꿔야 합니다: ${f.v(p.account)}.`,
  },
  riskImsShared: {
    en: (p: { instances: string[] }, f: Format) => `the IMS client is shared with ${f.list(p.instances)}: the change reaches them too.`,
    ko: (p, f) => `이 IMS 클라이언트를 다른 인스턴스도 사용하므로 변경이 함께 적용됩니다: ${f.list(p.instances)}.`,
  },
  riskFieldUnknown: {
    en: (p: { build: string | null }) =>
      `whether this build${p.build === null ? '' : ` (${p.build})`} shows the "Product context" field is not known; if it does not, the import leaves it out and the alternative is the fix.`,
    ko: (p) =>
      `이 빌드${p.build === null ? '' : `(${p.build})`}에 제품 컨텍스트(Product context) 필드가 있는지 알 수 없습니다. 필드가 없으면 가져오기에서 빠지므로 대안이 해결 방법입니다.`,
  },
  riskRestart: {
    en: (p: { instance: string }) => `the restart of ${p.instance} logs every operator out and pauses running workflows for its duration.`,
    ko: (p) => `다시 시작하는 동안 모든 운영자가 로그아웃되고 실행 중인 워크플로가 멈춥니다(인스턴스: ${p.instance}).`,
  },
  riskProfileRename: {
    en: (p: { profile: string; users: number }, f: Format) =>
      `${f.n(p.users)} ${f.plural(p.users, { one: 'user holds', other: 'users hold' })} ${f.v(p.profile)}; whatever assigns it by name (User Sync Tool, UMAPI scripts) must follow the rename.`,
    ko: (p, f) =>
      `사용자 ${f.n(p.users)}명이 이 프로필을 가지고 있습니다: ${f.v(p.profile)}. 이름으로 프로필을 지정하는 도구(User Sync Tool, UMAPI 스크립트)도 새 이름으로 바꿔야 합니다.`,
  },
  riskMask: {
    en: (p: { instance: string }) => `changes which Admin Console profiles grant operator groups on ${p.instance}: see who gains and loses access below.`,
    ko: (p) =>
      `어떤 Admin Console 프로필이 운영자 그룹을 주는지가 바뀝니다(인스턴스: ${p.instance}). 아래에서 접근 권한이 생기거나 없어지는 사람을 확인하십시오.`,
  },
  riskGroupRename: {
    en: (p: { group: string; operators: number }, f: Format) =>
      `${f.n(p.operators)} ${f.plural(p.operators, { one: 'operator is', other: 'operators are' })} in ${f.v(p.group)} and ${f.plural(p.operators, { one: 'keeps', other: 'keep' })} it; what names the group in Campaign (rights, workflows, scripts) must follow the rename.`,
    ko: (p, f) =>
      `이 그룹의 운영자 ${f.n(p.operators)}명은 그룹을 유지합니다: ${f.v(p.group)}. Campaign에서 이 그룹을 이름으로 쓰는 곳(권한, 워크플로, 스크립트)도 새 이름으로 바꿔야 합니다.`,
  },
  riskAddMembers: {
    en: (p: { profile: string; count: number }, f: Format) =>
      `assigns ${f.v(p.profile)}, and with it a Campaign licence, to ${f.n(p.count)} more ${f.plural(p.count, { one: 'user', other: 'users' })}.`,
    ko: (p, f) => `사용자 ${f.n(p.count)}명에게 이 프로필과 함께 Campaign 라이선스가 추가로 할당됩니다: ${f.v(p.profile)}.`,
  },
  riskUrlPermission: {
    en: (p: { suffix: string }, f: Format) => `lets the server call any https URL under ${f.v(p.suffix)}.`,
    ko: (p, f) => `서버가 이 도메인 아래의 모든 https URL을 호출할 수 있게 됩니다: ${f.v(p.suffix)}.`,
  },

  // ---- Why the plan (or a what-if) is refused ----
  rejectNewFailure: {
    en: (p: { rule: string; instance: string | null; messageId: string }, f: Format) =>
      // The message id stays in plan.json: prose names the rule and where.
      `${p.rule} would fail on ${instanceOf(p.instance, f)}, which it does not today.`,
    ko: (p, f) => `지금은 통과하는 규칙이 실패하게 됩니다: ${p.rule}(${instanceOf(p.instance, f)}).`,
  },
  rejectAccessLost: {
    en: (p: { person: string; instance: string; groups: string[] }, f: Format) =>
      `${p.person} would lose ${f.list(p.groups.map((group) => f.v(group)))} on ${p.instance}, which no finding calls wrong.`,
    ko: (p, f) =>
      `어떤 검사 결과도 잘못이라고 하지 않은 권한이 없어집니다: ${p.person}, 인스턴스 ${p.instance}, 그룹 ${f.list(p.groups.map((group) => f.v(group)))}.`,
  },
  rejectAccessLostMore: {
    en: (p: { count: number }, f: Format) => `and ${f.n(p.count)} more ${f.plural(p.count, { one: 'person', other: 'people' })} would lose access likewise.`,
    ko: (p, f) => `이 밖에도 ${f.n(p.count)}명이 같은 방식으로 접근 권한을 잃습니다.`,
  },

  // ---- --what-if ----
  whatIfSyntax: {
    en: (p: { text: string }, f: Format) =>
      `--what-if ${f.v(p.text)} is not of the form instance.field=value (e.g. stage.imsRightsMask=campaign - acme-stage - ).`,
    ko: (p, f) => `--what-if 값이 instance.field=value 형식이 아닙니다(예: stage.imsRightsMask=campaign - acme-stage - ): ${f.v(p.text)}.`,
  },
  whatIfUnknownInstance: {
    en: (p: { instance: string; known: string[] }, f: Format) =>
      `--what-if names the instance ${f.v(p.instance)}, which the workspace does not have (${f.list(p.known)}).`,
    ko: (p, f) => `--what-if의 인스턴스가 워크스페이스에 없습니다: ${f.v(p.instance)}(있는 인스턴스: ${f.list(p.known)}).`,
  },
  whatIfUnknownField: {
    en: (p: { field: string; known: string[] }, f: Format) => `--what-if cannot change ${f.v(p.field)}; it knows ${f.list(p.known)}.`,
    ko: (p, f) => `--what-if로 바꿀 수 없는 필드입니다: ${f.v(p.field)}. 바꿀 수 있는 필드: ${f.list(p.known)}.`,
  },
  whatIfSecret: {
    en: () => '--what-if never takes a secret: a client secret cannot be compared from here anyway.',
    ko: () => '--what-if에는 암호를 지정할 수 없습니다. 어차피 클라이언트 암호는 여기서 비교할 수 없습니다.',
  },
  whatIfNoPlane: {
    en: (p: { instance: string; plane: 'campaign' | 'ims' | 'serverConf' }) =>
      `--what-if: the ${p.plane} source of ${p.instance} was not read, so there is nothing to change.`,
    ko: (p) => `--what-if: 인스턴스 ${p.instance}의 원본을 읽지 못해 바꿀 것이 없습니다(${p.plane}).`,
  },

  // ---- A change, in one sentence ----
  changeSetAccount: {
    en: (p: { instance: string; account: string; field: string; from: string | null; to: string }, f: Format) =>
      `${p.instance}: in the external account ${p.account}, set ${label(ACCOUNT_FIELD, p.field, f)} from ${value(p.from, f)} to ${f.code(p.to)}.`,
    ko: (p, f) => `${p.instance}: 외부 계정 ${p.account}의 ${label(ACCOUNT_FIELD, p.field, f)} 값을 바꿉니다. 현재 ${value(p.from, f)}, 새 값 ${f.code(p.to)}.`,
  },
  changeDeleteAccount: {
    en: (p: { instance: string; account: string }, f: Format) => `${p.instance}: delete the external account ${f.v(p.account)}.`,
    ko: (p, f) => `${p.instance}: 외부 계정을 삭제합니다: ${f.v(p.account)}.`,
  },
  changeRenameAccount: {
    en: (p: { instance: string; from: string; to: string }, f: Format) => `${p.instance}: rename the external account ${f.v(p.from)} to ${f.code(p.to)}.`,
    ko: (p, f) => `${p.instance}: 외부 계정 ${f.v(p.from)}의 내부 이름(Internal name)을 바꿉니다. 새 이름: ${f.code(p.to)}.`,
  },
  changeRenameGroup: {
    en: (p: { instance: string; from: string; to: string }, f: Format) =>
      `${p.instance}: give the operator group ${f.v(p.from)} the internal name ${f.code(p.to)}.`,
    ko: (p, f) => `${p.instance}: 운영자 그룹 ${f.v(p.from)}의 내부 이름을 바꿉니다. 새 이름: ${f.code(p.to)}.`,
  },
  changeAddUrl: {
    en: (p: { instance: string; file: string; dnsSuffix: string; urlRegEx: string }, f: Format) =>
      `${p.instance}: in ${p.file}, add ${f.code(`<url dnsSuffix="${p.dnsSuffix}" urlRegEx="${p.urlRegEx}"/>`)} to <urlPermission>.`,
    ko: (p, f) => `${p.instance}: ${p.file}의 <urlPermission>에 항목을 추가합니다: ${f.code(`<url dnsSuffix="${p.dnsSuffix}" urlRegEx="${p.urlRegEx}"/>`)}.`,
  },
  changeSetRedirection: {
    en: (p: { instance: string; file: string; from: string | null; to: string }, f: Format) =>
      `${p.instance}: in ${p.file}, set IMSOrgId of <redirection> from ${value(p.from, f)} to ${f.code(p.to)}.`,
    ko: (p, f) => `${p.instance}: ${p.file}의 <redirection> IMSOrgId 값을 바꿉니다. 현재 ${value(p.from, f)}, 새 값 ${f.code(p.to)}.`,
  },
  changeRenameProfile: {
    en: (p: { instance: string; from: string; to: string }, f: Format) =>
      `Admin Console (for ${p.instance}): rename the product profile ${f.v(p.from)} to ${f.code(p.to)}.`,
    ko: (p, f) => `Admin Console(인스턴스 ${p.instance}): 제품 프로필 ${f.v(p.from)}의 이름을 바꿉니다. 새 이름: ${f.code(p.to)}.`,
  },
  changeAddMembers: {
    en: (p: { instance: string; profile: string; people: string[] }, f: Format) =>
      `Admin Console (for ${p.instance}): add ${f.list(p.people)} to the product profile ${f.code(p.profile)}.`,
    ko: (p, f) => `Admin Console(인스턴스 ${p.instance}): 제품 프로필 ${f.code(p.profile)}에 사용자를 추가합니다: ${f.list(p.people)}.`,
  },
  changeSetIms: {
    en: (p: { instance: string; field: string; from: string | null; to: string }, f: Format) =>
      `IMS (for ${p.instance}): have the IMS client provisioned with the ${label(IMS_FIELD, p.field, f)} ${f.code(p.to)} (today ${value(p.from, f)}).`,
    ko: (p, f) =>
      `IMS(인스턴스 ${p.instance}): IMS 클라이언트의 ${label(IMS_FIELD, p.field, f)} 값을 다시 프로비저닝합니다. 새 값 ${f.code(p.to)}, 현재 ${value(p.from, f)}.`,
  },
  changeRestart: {
    en: (p: { instance: string }) => `${p.instance}: restart the Campaign server.`,
    ko: (p) => `${p.instance}: Campaign 서버를 다시 시작합니다.`,
  },

  // ---- How to make it ----
  howPackage: {
    en: (p: { file: string }) => `In the client console of the instance, ${MENU_IMPORT.en}: import ${p.file}.`,
    ko: (p) => `인스턴스의 클라이언트 콘솔에서 ${MENU_IMPORT.ko} 메뉴를 열고 다음 파일을 가져오십시오: ${p.file}.`,
  },
  howPatch: {
    en: (p: { file: string; copy: string }) =>
      `From the workspace folder: patch -p0 < ${p.file} (or git apply -p0 ${p.file}); the patched file is also at ${p.copy}. Then copy it to the server.`,
    ko: (p) =>
      `워크스페이스 폴더에서 patch -p0 < ${p.file} (또는 git apply -p0 ${p.file})를 실행하십시오. 패치된 파일은 ${p.copy}에도 있습니다. 그런 다음 서버에 복사하십시오.`,
  },
  stepRenameAccount: {
    en: () => `In ${MENU_ACCOUNTS.en}, open the account and change its "Internal name"; save.`,
    ko: () => `${MENU_ACCOUNTS.ko}에서 계정을 열고 내부 이름(Internal name)을 바꾼 뒤 저장하십시오.`,
  },
  stepRenameGroup: {
    en: () => `In ${MENU_GROUPS.en}, open the group and change its "Internal name"; save.`,
    ko: () => `${MENU_GROUPS.ko}에서 그룹을 열고 내부 이름(Internal name)을 바꾼 뒤 저장하십시오.`,
  },
  stepRenameProfile: {
    en: () => `In ${ADMIN_PROFILES.en} > Settings (or the pencil next to its name), change the name exactly as given; save.`,
    ko: () => `${ADMIN_PROFILES.ko} > 설정(Settings)에서(또는 이름 옆 연필 아이콘) 이름을 주어진 값 그대로 바꾸고 저장하십시오.`,
  },
  stepAddMembers: {
    en: () => `In ${ADMIN_PROFILES.en} > Users > Add user, add each person; save.`,
    ko: () => `${ADMIN_PROFILES.ko} > 사용자(Users) > 사용자 추가(Add user)에서 각 사용자를 추가하고 저장하십시오.`,
  },
  stepIms: {
    en: (p: { field: string }) =>
      p.field === 'defaultRedirectUri'
        ? 'In the Adobe Developer Console, open the project, then the OAuth Web App credential: set "Default redirect URI", save, and update the IMS client file.'
        : p.field === 'productContext'
          ? 'The product context is set by Adobe when it provisions the client: open a support case with the client ID and the value to provision, then update the IMS client file.'
          : "This value comes from Adobe's provisioning: check it with Adobe (or in the Developer Console), then correct the IMS client file.",
    ko: (p) =>
      p.field === 'defaultRedirectUri'
        ? 'Adobe Developer Console에서 프로젝트와 OAuth Web App 자격 증명을 열고 기본 리디렉션 URI(Default redirect URI)를 설정해 저장한 뒤 IMS 클라이언트 파일을 고치십시오.'
        : p.field === 'productContext'
          ? '제품 컨텍스트는 Adobe가 클라이언트를 프로비저닝할 때 정합니다. 클라이언트 ID와 프로비저닝할 값을 적어 지원 케이스를 열고, 그 뒤 IMS 클라이언트 파일을 고치십시오.'
          : '이 값은 Adobe의 프로비저닝 정보에서 옵니다. Adobe(또는 Developer Console)에서 확인한 뒤 IMS 클라이언트 파일을 고치십시오.',
  },
  stepRestart: {
    en: (p: { instance: string }) =>
      `Restart the nlserver service of ${p.instance} (all its modules), then update serverStartedAt of ${p.instance} in ims-doctor.yaml.`,
    ko: (p) => `인스턴스 ${p.instance}의 nlserver 서비스(모든 모듈)를 다시 시작한 뒤 ims-doctor.yaml의 serverStartedAt을 갱신하십시오.`,
  },

  // ---- plan.md ----
  mdTitle: {
    en: (p: { workspace: string }) => `ims-doctor fix plan for ${p.workspace}`,
    ko: (p) => `ims-doctor 수정 계획: ${p.workspace}`,
  },
  mdAccepted: {
    en: (p: { changes: number; unaddressed: number }, f: Format) =>
      `${f.n(p.changes)} ${f.plural(p.changes, { one: 'change', other: 'changes' })}; a check after ${p.changes === 1 ? 'it' : 'them'} breaks no rule that passes today and takes nobody's access away. ${f.n(p.unaddressed)} ${f.plural(p.unaddressed, { one: 'finding is', other: 'findings are' })} left to you.`,
    ko: (p, f) =>
      `변경 ${f.n(p.changes)}건. 변경 후 검사에서 지금 통과하는 규칙이 실패하지 않으며 누구의 접근 권한도 없어지지 않습니다. 직접 처리할 검사 결과: ${f.n(p.unaddressed)}건.`,
  },
  mdRejected: {
    en: (p: { count: number }, f: Format) =>
      `Rejected: ${f.n(p.count)} ${f.plural(p.count, { one: 'reason', other: 'reasons' })} below. Nothing should be applied as it is.`,
    ko: (p, f) => `거부됨: 아래 이유 ${f.n(p.count)}건. 이 계획을 그대로 적용하지 마십시오.`,
  },
  mdRejections: { en: () => 'Why the plan is rejected', ko: () => '계획이 거부된 이유' },
  mdChanges: { en: () => 'Changes, in the order to make them', ko: () => '변경(적용 순서대로)' },
  mdNoChanges: { en: () => 'No change to propose.', ko: () => '제안할 변경이 없습니다.' },
  mdFixes: {
    en: (p: { rules: string[] }, f: Format) => (p.rules.length > 0 ? `Fixes: ${f.list(p.rules)}.` : 'Fixes no finding by itself.'),
    ko: (p, f) => (p.rules.length > 0 ? `해결하는 규칙: ${f.list(p.rules)}.` : '그 자체로 해결하는 검사 결과는 없습니다.'),
  },
  mdAfter: {
    en: (p: { orders: number[] }, f: Format) =>
      `Makes ${f.plural(p.orders.length, { one: 'change', other: 'changes' })} ${f.list(p.orders.map((order) => f.n(order)))} effective.`,
    ko: (p, f) => `다음 변경을 적용되게 합니다: ${f.list(p.orders.map((order) => f.n(order)))}.`,
  },
  mdHow: { en: () => 'How', ko: () => '방법' },
  mdTouches: { en: () => 'Also touches', ko: () => '영향' },
  mdAlternative: {
    en: (p: { why: WhyNotChosen; records: number }, f: Format) =>
      `Alternative, not chosen (${({ touchesMore: `touches ${f.n(p.records)} ${f.plural(p.records, { one: 'record', other: 'records' })}`, morePeople: 'changes the access of more people', preference: 'as small, but cannot be written as a file here', breaks: 'a check after it fails or someone loses access' } as const)[p.why]}):`,
    ko: (p, f) =>
      `선택하지 않은 대안(${({ touchesMore: `항목 ${f.n(p.records)}개 변경`, morePeople: '접근 권한이 바뀌는 사람이 더 많음', preference: '변경 범위는 같지만 여기서 파일로 만들 수 없음', breaks: '적용 후 검사가 실패하거나 접근 권한이 없어지는 사람이 있음' } as const)[p.why]}):`,
  },
  mdUnaddressed: { en: () => 'Left to you', ko: () => '직접 처리할 항목' },
  mdUnaddressedItem: {
    en: (p: { rule: string; instance: string | null; messageId: string }, f: Format) => `${p.rule} (${instanceOf(p.instance, f)}, ${p.messageId})`,
    ko: (p, f) => `${p.rule}(${instanceOf(p.instance, f)}, ${p.messageId})`,
  },
  mdPredicted: { en: () => 'The check after the plan', ko: () => '계획 적용 후 검사' },
  mdPredictedHeader: { en: () => '| rule | instance | status | message |', ko: () => '| 규칙 | 인스턴스 | 상태 | 메시지 |' },
  mdStatus: {
    en: (p: { status: 'pass' | 'warn' | 'fail' | 'skip' | 'error'; suppressed: boolean }) => `${p.status}${p.suppressed ? ' (suppressed)' : ''}`,
    ko: (p) => `${({ pass: '통과', warn: '경고', fail: '실패', skip: '건너뜀', error: '오류' } as const)[p.status]}${p.suppressed ? ' (억제됨)' : ''}`,
  },
  mdAccess: { en: () => 'Access, before and after', ko: () => '접근 권한 변화' },
  mdAccessItem: {
    en: (p: { person: string; instance: string; before: string[]; after: string[] }, f: Format) =>
      `${p.person} on ${p.instance}: ${p.before.length > 0 ? f.list(p.before.map((group) => f.v(group))) : 'no group'} → ${p.after.length > 0 ? f.list(p.after.map((group) => f.v(group))) : 'no group'}`,
    ko: (p, f) =>
      `${p.person}(인스턴스 ${p.instance}): ${p.before.length > 0 ? f.list(p.before.map((group) => f.v(group))) : '그룹 없음'} → ${p.after.length > 0 ? f.list(p.after.map((group) => f.v(group))) : '그룹 없음'}`,
  },
  mdAccessMore: {
    en: (p: { count: number }, f: Format) => `… and ${f.n(p.count)} more (all of them in plan.json).`,
    ko: (p, f) => `… 외 ${f.n(p.count)}건(전체 목록은 plan.json에 있음).`,
  },
  mdAccessNone: { en: () => 'Nobody gains or loses an operator group.', ko: () => '운영자 그룹이 생기거나 없어지는 사람은 없습니다.' },
  mdAccessUnchanged: {
    en: (p: { count: number }, f: Format) => `${f.n(p.count)} other ${f.plural(p.count, { one: 'person keeps', other: 'people keep' })} the same groups.`,
    ko: (p, f) => `나머지 ${f.n(p.count)}명은 그룹이 그대로입니다.`,
  },

  // ---- --what-if, as text ----
  whatIfTitle: { en: () => 'What if', ko: () => '가정 시험(what-if)' },
  whatIfAccepted: {
    en: () => 'Nothing that passes today would fail, and nobody loses access no finding called wrong.',
    ko: () => '지금 통과하는 규칙이 실패하지 않으며, 검사 결과가 잘못이라고 하지 않은 권한을 잃는 사람도 없습니다.',
  },
  whatIfResolvedHeading: {
    en: (p: { count: number }, f: Format) => `Would resolve ${f.n(p.count)} failing ${f.plural(p.count, { one: 'check', other: 'checks' })}:`,
    ko: (p, f) => `해결되는 실패 항목 ${f.n(p.count)}건:`,
  },
  /** A resolved failure by the rule's title (the id to use with --only), never by its message id. */
  whatIfResolvedItem: {
    en: (p: { title: string; rule: string; instance: string | null }, f: Format) => `${p.title} (${p.rule}) on ${instanceOf(p.instance, f)}`,
    ko: (p, f) => `${p.title}(${p.rule}, ${p.instance === null ? instanceOf(null, f) : `인스턴스 ${p.instance}`})`,
  },

  // ---- The Campaign package ----
  packageDescription: {
    en: (p: { count: number; instance: string }, f: Format) =>
      `Written by ims-doctor fix for ${p.instance}: ${f.n(p.count)} ${f.plural(p.count, { one: 'external account', other: 'external accounts' })} to change. Import with ${MENU_IMPORT.en}.`,
    ko: (p, f) => `ims-doctor fix가 작성함(인스턴스: ${p.instance}). 변경할 외부 계정 ${f.n(p.count)}개. ${MENU_IMPORT.ko} 메뉴에서 가져오십시오.`,
  },

  // ---- The fix command (cli/commands/fix.ts) ----
  cliNeedsOutputDir: {
    en: () => 'fix needs --output-dir DIR, the folder the plan and its files are written to (or --what-if to rehearse a change of your own).',
    ko: () => 'fix에는 계획과 파일을 쓸 폴더인 --output-dir DIR이 필요합니다(직접 정한 변경을 시험하려면 --what-if).',
  },
  cliWhatIfAlone: {
    en: () => '--what-if rehearses a change and writes nothing: it cannot be combined with --output-dir or --apply.',
    ko: () => '--what-if는 변경을 시험만 하고 아무것도 쓰지 않으므로 --output-dir이나 --apply와 함께 쓸 수 없습니다.',
  },
  cliWritten: {
    en: (p: { dir: string; files: string[] }, f: Format) =>
      `Wrote ${f.n(p.files.length)} ${f.plural(p.files.length, { one: 'file', other: 'files' })} to ${p.dir}: ${f.list(p.files)}.`,
    ko: (p, f) => `${p.dir} 폴더에 파일 ${f.n(p.files.length)}개를 썼습니다: ${f.list(p.files)}.`,
  },

  // ---- Changes made by hand: a secret, IMS lists (fixers client-secret, scope, callback-url) ----
  changeSecret: {
    en: (p: { instance: string; account: string }) =>
      `${p.instance}: in the external account ${p.account}, enter the client secret provisioned in IMS in "IMS client secret" (ims-doctor never holds it).`,
    ko: (p) =>
      `${p.instance}: 외부 계정 ${p.account}의 IMS 클라이언트 암호(IMS client secret)에 IMS에 프로비저닝된 클라이언트 암호를 입력합니다(ims-doctor는 암호를 보관하지 않음).`,
  },
  stepSecret: {
    en: () =>
      `In the Adobe Developer Console, open the project, then the OAuth Web App credential, and copy the client secret ("Retrieve client secret"); in ${MENU_ACCOUNTS.en}, open the account, paste it into "IMS client secret", and save.`,
    ko: () =>
      `Adobe Developer Console에서 프로젝트와 OAuth Web App 자격 증명을 열고 클라이언트 암호를 복사한 뒤(Retrieve client secret), ${MENU_ACCOUNTS.ko}에서 계정을 열어 IMS 클라이언트 암호(IMS client secret)에 붙여 넣고 저장하십시오.`,
  },
  changeImsAdd: {
    en: (p: { instance: string; field: 'scopes' | 'redirectUriPatterns'; value: string }, f: Format) =>
      p.field === 'scopes'
        ? `IMS (for ${p.instance}): have the scope ${f.code(p.value)} provisioned for the IMS client.`
        : `IMS (for ${p.instance}): add the redirect URI pattern ${f.code(p.value)} to the IMS client.`,
    ko: (p, f) =>
      p.field === 'scopes'
        ? `IMS(인스턴스 ${p.instance}): IMS 클라이언트에 범위를 프로비저닝합니다: ${f.code(p.value)}.`
        : `IMS(인스턴스 ${p.instance}): IMS 클라이언트에 리디렉션 URI 패턴을 추가합니다: ${f.code(p.value)}.`,
  },
  stepImsAdd: {
    en: (p: { field: 'scopes' | 'redirectUriPatterns'; value: string }, f: Format) =>
      p.field === 'scopes'
        ? `Adobe provisions the scopes of the client: open a support case with the client ID asking to provision exactly ${f.code(p.value)}; once done, add it to "scopes:" of the IMS client file.`
        : `In the Adobe Developer Console, open the project, then the OAuth Web App credential: append to "Redirect URI pattern" (comma-separated) exactly ${f.code(p.value)} and save (a client Adobe provisioned outside a project: ask Adobe to add it); then add it to "redirectUriPatterns:" of the IMS client file.`,
    ko: (p, f) =>
      p.field === 'scopes'
        ? `클라이언트의 범위는 Adobe가 프로비저닝합니다. 클라이언트 ID를 적어 지원 케이스를 열고 다음 범위를 그대로 프로비저닝해 달라고 요청한 뒤, 완료되면 IMS 클라이언트 파일의 scopes: 항목에 추가하십시오: ${f.code(p.value)}`
        : `Adobe Developer Console에서 프로젝트와 OAuth Web App 자격 증명을 열고 리디렉션 URI 패턴(Redirect URI pattern, 쉼표로 구분)에 다음 값을 그대로 덧붙여 저장한 뒤(프로젝트 밖에서 Adobe가 프로비저닝한 클라이언트라면 Adobe에 추가를 요청), IMS 클라이언트 파일의 redirectUriPatterns: 항목에도 추가하십시오: ${f.code(p.value)}`,
  },
  // ---- DIR/ims/<instance>.md and DIR/admin-console/steps.md: the steps of one plane, in the plan's order ----
  stepsTitle: {
    en: (p: { plane: 'ims' | 'adminConsole'; instance: string | null }) =>
      p.plane === 'ims' ? `Developer Console and IMS steps for ${p.instance ?? ''}` : 'Admin Console steps',
    ko: (p) => (p.plane === 'ims' ? `Developer Console 및 IMS 단계(인스턴스 ${p.instance ?? ''})` : 'Admin Console 단계'),
  },
  stepsIntro: {
    en: () =>
      'These changes cannot be made from ims-doctor; make them in this order, with the values exactly as given (the order numbers are those of plan.md).',
    ko: () => '이 변경은 ims-doctor에서 할 수 없습니다. 이 순서대로, 주어진 값을 그대로 사용해 변경하십시오(번호는 plan.md의 순서입니다).',
  },
});
