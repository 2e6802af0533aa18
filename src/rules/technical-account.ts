import {
  JWT_CREDENTIAL_KINDS,
  JWT_END_OF_LIFE,
  OAUTH_MIGRATION_COMMAND,
  OAUTH_MIGRATION_MIN_VERSION,
  SERVER_TO_SERVER_CREDENTIAL_KIND,
} from '../domain/facts.js';
import { catalogue, type Format } from '../i18n/catalogue.js';
import { defineRule, evidence, type EvidenceInput, type Report } from './rule.js';
import { operatorEmail } from './operators.js';

// Decisions where the checklist is silent: docs/rules/technical-account.md.

const eol = (f: Format): string =>
  f.lang === 'ko'
    ? `Adobe는 JWT 서비스 계정 자격 증명을 ${JWT_END_OF_LIFE}에 종료했습니다`
    : `Adobe ended JWT service account credentials on ${JWT_END_OF_LIFE}`;

const messages = catalogue({
  none: {
    en: (p: { serverConf: boolean; console: boolean }) =>
      `No JWT technical account: ${[p.serverConf ? 'serverConf writes no shared > ims authIMSTAPrivateKey' : '', p.console ? 'the Developer Console export holds no JWT (service) credential' : ''].filter(Boolean).join(', and ')}.`,
    ko: (p) =>
      `JWT 기술 계정이 없습니다. ${[p.serverConf ? 'serverConf에 shared > ims의 authIMSTAPrivateKey가 없습니다' : '', p.console ? 'Developer Console 내보내기에 JWT(service) 자격 증명이 없습니다' : ''].filter(Boolean).join('. ')}.`,
  },
  unknown: {
    en: () => 'Not checked: neither a serverConf nor a Developer Console export is read for this instance, so its technical account is not known.',
    ko: () => '확인하지 않음: 이 인스턴스의 serverConf도 Developer Console 내보내기도 읽지 않아 기술 계정을 알 수 없습니다.',
  },
  jwtServerConf: {
    en: (_p: Record<string, never>, f: Format) =>
      `serverConf configures a JWT technical account (shared > ims authIMSTAPrivateKey is written; its value is not shown): ${eol(f)}, so Campaign's calls to other Adobe services with it fail.`,
    ko: (_p, f) =>
      `serverConf에 JWT 기술 계정이 설정되어 있습니다(shared > ims의 authIMSTAPrivateKey 있음, 값은 표시하지 않음). ${eol(f)}. 이 계정으로 Campaign이 다른 Adobe 서비스를 호출하면 실패합니다.`,
  },
  jwtConsole: {
    en: (p: { credential: string; kind: string }, f: Format) =>
      `The Developer Console export holds a JWT service account credential${p.credential ? ` ${f.v(p.credential)}` : ''} (integration_type ${f.v(p.kind)}): ${eol(f)}.`,
    ko: (p, f) =>
      `Developer Console 내보내기에 JWT 서비스 계정 자격 증명이 있습니다${p.credential ? `(${f.v(p.credential)})` : ''}(integration_type: ${f.v(p.kind)}). ${eol(f)}.`,
  },
  fixMigrate: {
    en: (p: { instance: string }, f: Format) =>
      `Migrate to an OAuth server-to-server credential: add one to the Developer Console project (same APIs and product profiles), then on instance ${p.instance} (build ${OAUTH_MIGRATION_MIN_VERSION} or later) run ${f.code(OAUTH_MIGRATION_COMMAND)}, restart the server, and remove the JWT credential and authIMSTAPrivateKey once the new one works.`,
    ko: (p, f) =>
      `OAuth 서버 간(server-to-server) 자격 증명으로 마이그레이션하십시오. Developer Console 프로젝트에 추가하고(같은 API와 제품 프로필), 인스턴스 ${p.instance}(빌드 ${OAUTH_MIGRATION_MIN_VERSION} 이상)에서 다음을 실행한 뒤 서버를 다시 시작하십시오: ${f.code(OAUTH_MIGRATION_COMMAND)}. 새 자격 증명이 동작하면 JWT 자격 증명과 authIMSTAPrivateKey를 제거하십시오.`,
  },
  s2sOperatorMissing: {
    en: (p: { email: string; credential: string }, f: Format) =>
      `The OAuth server-to-server credential${p.credential ? ` ${f.v(p.credential)}` : ''} has the technical account ${f.v(p.email)}, which is not an operator of this instance: its API calls get no Campaign rights (it becomes an operator only after its first API call).`,
    ko: (p, f) =>
      `OAuth 서버 간 자격 증명${p.credential ? `(${f.v(p.credential)})` : ''}의 기술 계정(${f.v(p.email)})이 이 인스턴스의 운영자가 아닙니다. 이 계정의 API 호출은 Campaign 권한을 받지 못합니다(첫 API 호출 뒤에야 운영자가 됩니다).`,
  },
  fixS2sOperator: {
    en: (p: { email: string }, f: Format) =>
      `Make one API call with the credential's token (the operator ${f.code(p.email)} is then created), give it its operator groups (or a Campaign profile such as campaign - <instance> - messagecenter in the Admin Console), and export the operators again.`,
    ko: (p, f) =>
      `자격 증명의 토큰으로 API를 한 번 호출해 운영자(${f.code(p.email)})가 만들어지게 한 뒤, 운영자 그룹(또는 Admin Console의 campaign - <instance> - messagecenter 같은 Campaign 프로필)을 주고 운영자를 다시 내보내십시오.`,
  },
  s2sOperatorPresent: {
    en: (p: { email: string; credential: string }, f: Format) =>
      `The technical account ${f.v(p.email)} of the OAuth server-to-server credential${p.credential ? ` ${f.v(p.credential)}` : ''} is an operator of this instance.`,
    ko: (p, f) => `OAuth 서버 간 자격 증명${p.credential ? `(${f.v(p.credential)})` : ''}의 기술 계정(${f.v(p.email)})이 이 인스턴스의 운영자입니다.`,
  },
});

type TechnicalReport = Report<typeof messages>;

export default defineRule({
  id: 'technical-account',
  section: 7,
  title: {
    en: 'Technical account: no retired JWT credential, server-to-server account known as an operator',
    ko: '기술 계정: 종료된 JWT 자격 증명 없음, 서버 간 계정이 운영자로 존재',
  },
  scope: 'instance',
  needs: [],
  messages,
  check({ instance, campaign, serverConf, ims }): TechnicalReport[] {
    const reports: TechnicalReport[] = [];
    const credentials = ims?.credentials;
    if (serverConf?.jwtPrivateKeyAt) {
      reports.push({
        status: 'warn',
        message: { id: 'jwtServerConf', params: {} },
        remediation: { id: 'fixMigrate', params: { instance: instance.name } },
        evidence: [{ field: 'jwtPrivateKey', value: 'authIMSTAPrivateKey', at: serverConf.jwtPrivateKeyAt }],
      });
    }
    for (const credential of credentials ?? []) {
      if (JWT_CREDENTIAL_KINDS.includes(credential.kind.value)) {
        reports.push({
          status: 'warn',
          message: { id: 'jwtConsole', params: { credential: credential.name, kind: credential.kind.value } },
          remediation: { id: 'fixMigrate', params: { instance: instance.name } },
          evidence: [evidence('credentialKind', credential.kind)],
        });
      }
    }
    if (campaign && campaign.operators.length > 0) {
      const emails = new Set(campaign.operators.map(operatorEmail).filter((email) => email !== undefined));
      for (const credential of credentials ?? []) {
        const email = credential.technicalAccountEmail;
        if (credential.kind.value !== SERVER_TO_SERVER_CREDENTIAL_KIND || !email) continue;
        const shown: EvidenceInput[] = [evidence('credentialKind', credential.kind), evidence('technicalAccountEmail', email)];
        const params = { email: email.value, credential: credential.name };
        reports.push(
          emails.has(email.value.trim().toLowerCase())
            ? { status: 'pass', message: { id: 's2sOperatorPresent', params }, evidence: shown }
            : {
                status: 'warn',
                message: { id: 's2sOperatorMissing', params },
                remediation: { id: 'fixS2sOperator', params: { email: email.value } },
                evidence: shown,
              },
        );
      }
    }
    if (reports.length > 0) return reports;
    if (!serverConf && !credentials) return [{ status: 'skip', message: { id: 'unknown' } }];
    return [{ status: 'pass', message: { id: 'none', params: { serverConf: serverConf !== undefined, console: credentials !== undefined } } }];
  },
});
