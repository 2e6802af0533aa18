import type { DevConsoleFact } from '../collectors/live/dev-console-errors.js';
import { catalogue, type Format } from './catalogue.js';
import { COMMON } from './common.js';

/** Sentences of the live Developer Console read: why it ended, one sentence per fact with its fix. */
export const DEV_CONSOLE = catalogue({
  failure: {
    en: (p: { fact: DevConsoleFact }, f: Format): string => {
      const fact = p.fact;
      switch (fact.kind) {
        case 'unauthorized':
          return `The Developer Console refused the access token in ${fact.tokenEnv} (HTTP ${fact.status}, ${fact.endpoint}): it has expired or is not an IMS user token. Log in again (for instance ${f.code('aio login --bare')}), put the new token in ${fact.tokenEnv} and run again.`;
        case 'forbidden':
          return `The Developer Console refused the request (HTTP ${fact.status}, ${fact.endpoint}): the token's user may not read this organization's projects, or the API key ${f.v(fact.apiKey)} does not go with the token. Use a token of a developer or administrator of the organization.`;
        case 'not-found':
          return `The Developer Console has no workspace ${f.v(fact.workspaceId)} in project ${f.v(fact.projectId)} of organization ${f.v(fact.orgId)} (HTTP ${fact.status}, ${fact.endpoint}). Copy the three IDs from the project's address in the Developer Console (…/console/projects/<org>/<project>/<workspace>/…).`;
        case 'no-web-app':
          return `The workspace (${fact.endpoint}) holds no OAuth Web App credential${fact.found.length > 0 ? `, only ${f.list(fact.found.map((type) => f.v(type)))}` : ''}: Campaign logs in through an OAuth Web App credential. Name the workspace that holds it.`;
        case 'credential-not-found':
          return `The workspace (${fact.endpoint}) has no OAuth Web App credential ${f.v(fact.credential)}${fact.available.length > 0 ? `; it has ${f.list(fact.available.map((name) => f.v(name)))}` : ''}. Give the credential's name or ID as the Developer Console shows it.`;
        case 'network':
          return `No answer from ${fact.endpoint}: ${f.say(COMMON, { id: 'netFailure', params: { failure: fact.failure } })}.`;
        case 'unexpected-answer':
          return `${fact.endpoint} answered ${fact.reason === 'status' ? `HTTP ${fact.status}` : fact.reason === 'not-json' ? `HTTP ${fact.status} with a body that is not JSON` : 'JSON without project.workspace.details.credentials'}, which the Developer Console API does not document for a workspace download.`;
      }
    },
    ko: (p, f): string => {
      const fact = p.fact;
      switch (fact.kind) {
        case 'unauthorized':
          return `Developer Console에서 액세스 토큰을 거부했습니다(환경 변수: ${fact.tokenEnv}, HTTP ${fact.status}, ${fact.endpoint}). 토큰이 만료되었거나 IMS 사용자 토큰이 아닙니다. 다시 로그인하여(예: ${f.code('aio login --bare')}) 새 토큰을 환경 변수(${fact.tokenEnv})에 넣고 다시 실행하십시오.`;
        case 'forbidden':
          return `Developer Console에서 요청을 거부했습니다(HTTP ${fact.status}, ${fact.endpoint}). 토큰의 사용자가 이 조직의 프로젝트를 읽을 수 없거나 API 키(${f.v(fact.apiKey)})가 토큰과 맞지 않습니다. 조직의 개발자 또는 관리자의 토큰을 사용하십시오.`;
        case 'not-found':
          return `Developer Console에 해당 작업 공간이 없습니다(조직: ${f.v(fact.orgId)}, 프로젝트: ${f.v(fact.projectId)}, 작업 공간: ${f.v(fact.workspaceId)}, HTTP ${fact.status}, ${fact.endpoint}). Developer Console에서 프로젝트 주소(…/console/projects/<org>/<project>/<workspace>/…)의 세 ID를 복사하십시오.`;
        case 'no-web-app':
          return `작업 공간(${fact.endpoint})에 OAuth 웹 앱(OAuth Web App) 자격 증명이 없습니다${fact.found.length > 0 ? `(있는 유형: ${f.list(fact.found.map((type) => f.v(type)))})` : ''}. Campaign은 OAuth 웹 앱 자격 증명으로 로그인합니다. 그 자격 증명이 있는 작업 공간을 지정하십시오.`;
        case 'credential-not-found':
          return `작업 공간(${fact.endpoint})에 지정한 OAuth 웹 앱(OAuth Web App) 자격 증명이 없습니다(자격 증명: ${f.v(fact.credential)}${fact.available.length > 0 ? `, 있는 자격 증명: ${f.list(fact.available.map((name) => f.v(name)))}` : ''}). Developer Console에 표시되는 자격 증명 이름이나 ID를 지정하십시오.`;
        case 'network':
          return `응답이 없습니다(${fact.endpoint}): ${f.say(COMMON, { id: 'netFailure', params: { failure: fact.failure } })}.`;
        case 'unexpected-answer':
          return `응답이 Developer Console API 문서와 다릅니다(${fact.endpoint}): ${fact.reason === 'status' ? `HTTP ${fact.status}` : fact.reason === 'not-json' ? `HTTP ${fact.status}, 본문이 JSON이 아님` : 'project.workspace.details.credentials가 없는 JSON'}.`;
      }
    },
  },
});
