import type { FileKind } from '../workspace/recognise.js';
import type { UrlSource } from '../workspace/init-plan.js';
import { catalogue, type Format } from './catalogue.js';

const KIND_EN: Record<FileKind, string> = {
  package: 'Campaign package export',
  serverConf: 'serverConf.xml',
  imsClient: 'IMS client file',
  consoleExport: 'Developer Console export',
  adminConsoleUsers: 'Admin Console user export',
  userGroups: 'user groups mapping',
  workspace: 'ims-doctor workspace',
  har: 'browser recording (HAR)',
  unknown: 'unknown',
};
const KIND_KO: Record<FileKind, string> = {
  package: 'Campaign 패키지 내보내기',
  serverConf: 'serverConf.xml',
  imsClient: 'IMS 클라이언트 파일',
  consoleExport: 'Developer Console 내보내기',
  adminConsoleUsers: 'Admin Console 사용자 내보내기',
  userGroups: '사용자 그룹 매핑',
  workspace: 'ims-doctor 워크스페이스',
  har: '브라우저 기록(HAR)',
  unknown: '알 수 없음',
};

/** Sentences of `ims-doctor init`: what it printed and the comments of the file it wrote. */
export const INIT = catalogue({
  kind: { en: (p: { kind: FileKind }) => KIND_EN[p.kind], ko: (p) => KIND_KO[p.kind] },
  exists: {
    en: (p: { file: string }) => `${p.file} already exists; ims-doctor init does not overwrite it (add --force to replace it).`,
    ko: (p) => `${p.file} 파일이 이미 있어 ims-doctor init이 덮어쓰지 않습니다(바꾸려면 --force를 추가하십시오).`,
  },
  notFolder: {
    en: (p: { folder: string }) => `${p.folder} is not a folder: give the folder that holds the exports.`,
    ko: (p) => `폴더가 아닙니다: ${p.folder}. 내보내기 파일이 있는 폴더를 지정하십시오.`,
  },
  noPackage: {
    en: () =>
      'No Campaign package export was found: ims-doctor.yaml needs at least one instance. Export one (Tools > Advanced > Export packages) into this folder and run init again.',
    ko: () =>
      'Campaign 패키지 내보내기 파일을 찾지 못했습니다. ims-doctor.yaml에는 인스턴스가 하나 이상 필요합니다. 이 폴더에 패키지를 내보낸 뒤(도구(Tools) > 고급(Advanced) > 패키지 내보내기(Export packages)) init을 다시 실행하십시오.',
  },
  wrote: {
    en: (p: { file: string; count: number }, f: Format) =>
      `Wrote ${p.file} with ${f.n(p.count)} ${f.plural(p.count, { one: 'instance', other: 'instances' })}.`,
    ko: (p, f) => `${p.file} 파일을 썼습니다(인스턴스 ${f.n(p.count)}개).`,
  },
  assigned: { en: () => 'Assigned:', ko: () => '배정한 파일:' },
  instanceLine: {
    en: (p: { name: string; role: string; accessUrl: string; files: string[] }, f: Format) => `  ${p.name} (${p.role}, ${p.accessUrl}): ${f.list(p.files)}`,
    ko: (p, f) => `  ${p.name}(${p.role}, ${p.accessUrl}): ${f.list(p.files)}`,
  },
  sharedLine: {
    en: (p: { files: string[] }, f: Format) => `  all instances (Admin Console): ${f.list(p.files)}`,
    ko: (p, f) => `  모든 인스턴스(Admin Console): ${f.list(p.files)}`,
  },
  unused: { en: () => 'Recognised but not used:', ko: () => '인식했지만 사용하지 않은 파일:' },
  unusedLine: {
    en: (p: { file: string; kind: FileKind }) => `  ${p.file} (${KIND_EN[p.kind]})`,
    ko: (p) => `  ${p.file}(${KIND_KO[p.kind]})`,
  },
  unrecognised: { en: () => 'Not recognised:', ko: () => '인식하지 못한 파일:' },
  unrecognisedLine: {
    en: (p: { file: string; why: string | null }) => `  ${p.file}${p.why ? `: ${p.why}` : ''}`,
    ko: (p) => `  ${p.file}${p.why ? `: ${p.why}` : ''}`,
  },
  missing: { en: () => 'Missing for a complete check:', ko: () => '완전한 점검에 빠진 것:' },
  missingServerConf: {
    en: (p: { instance: string }) => `  ${p.instance}: serverConf.xml (conf/serverConf.xml of the instance, and conf/config-<instance>.xml)`,
    ko: (p) => `  ${p.instance}: serverConf.xml(인스턴스의 conf/serverConf.xml과 conf/config-<instance>.xml)`,
  },
  missingIms: {
    en: (p: { instance: string }) => `  ${p.instance}: the IMS client (provisioning YAML, or the Developer Console export) whose client ID the package names`,
    ko: (p) => `  ${p.instance}: 패키지가 지정한 클라이언트 ID의 IMS 클라이언트(프로비저닝 YAML 또는 Developer Console 내보내기)`,
  },
  missingStarted: {
    en: (p: { instance: string }) => `  ${p.instance}: when the server last started (serverStartedAt), for the rule restart`,
    ko: (p) => `  ${p.instance}: 서버를 마지막으로 시작한 시각(serverStartedAt, restart 규칙에 사용)`,
  },
  missingUsers: {
    en: () => '  the Admin Console user export (Users > … > Export users list to CSV), or adminConsole.umapi to read it live',
    ko: () => '  Admin Console 사용자 내보내기(사용자(Users) > … > CSV로 사용자 목록 내보내기) 또는 실시간으로 읽는 adminConsole.umapi',
  },
  roleAsk: {
    en: (p: { name: string; accessUrl: string }) => `Role of instance ${p.name} (${p.accessUrl}): production, stage or development? [production] `,
    ko: (p) => `인스턴스 역할 - ${p.name}(${p.accessUrl}): production, stage, development 중 하나를 입력하십시오. [production] `,
  },
  // ---- Comments of the written file ----
  headComment: {
    en: () => 'Written by `ims-doctor init`: check each value, then run `ims-doctor check`.',
    ko: () => '`ims-doctor init`이 작성했습니다. 각 값을 확인한 뒤 `ims-doctor check`를 실행하십시오.',
  },
  roleGuessed: {
    en: (p: { word: string }) => `told from "${p.word}" in the host`,
    ko: (p) => `호스트 이름에서 추정: "${p.word}"`,
  },
  roleDefault: {
    en: () => 'no stage/stg/dev/test/qa in the host: left production; change it if this is not production',
    ko: () => '호스트에 stage/stg/dev/test/qa가 없어 production으로 두었습니다. 운영 환경이 아니면 바꾸십시오',
  },
  roleAnswered: { en: () => 'as answered at the terminal', ko: () => '터미널에서 답한 값' },
  urlFrom: {
    en: (p: { from: UrlSource; file: string }) =>
      p.from === 'imsRedirect'
        ? `the URL the IMS client is provisioned for (${p.file})`
        : `the package's callback server (${p.file}): check it is the URL operators use`,
    ko: (p) =>
      p.from === 'imsRedirect' ? `IMS 클라이언트가 프로비저닝된 URL(${p.file})` : `패키지의 콜백 서버(${p.file}). 운영자가 쓰는 URL인지 확인하십시오`,
  },
  startedComment: {
    en: () => 'when the server last started (rule restart)',
    ko: () => '서버를 마지막으로 시작한 시각(restart 규칙)',
  },
  liveComment: {
    en: () => 'Live sources instead of exports (secrets come from the environment or a prompt, never this file):',
    ko: () => '내보내기 대신 실시간으로 읽는 소스(비밀 값은 이 파일이 아니라 환경 변수나 입력 프롬프트로 받습니다):',
  },
  liveCampaign: {
    en: () => 'an instance read over SOAP, in place of its campaign: { package: … }',
    ko: () => 'SOAP으로 읽는 인스턴스, campaign: { package: … } 대신',
  },
  liveConsole: {
    en: () => 'the Developer Console project, in place of its export (ims.console)',
    ko: () => 'Developer Console 프로젝트, 내보내기(ims.console) 대신',
  },
  liveUmapi: {
    en: () => 'the Admin Console through the User Management API, in place of adminConsole.users',
    ko: () => 'User Management API로 읽는 Admin Console, adminConsole.users 대신',
  },
});
