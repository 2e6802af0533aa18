import type { UmapiProgress } from '../collectors/live/umapi.js';
import type { UmapiFact } from '../collectors/live/umapi-errors.js';
import { UMAPI_TOKEN_SCOPES } from '../domain/facts.js';
import { catalogue, type Format } from './catalogue.js';
import { COMMON } from './common.js';

/**
 * Sentences of the live Admin Console read (UMAPI): why it ended (one sentence per fact, the fix
 * included) and its progress line on a terminal. The problems catalogue renders `failure` with
 * `f.say(UMAPI, { id: 'failure', params: { fact } })`.
 */

const SCOPES = UMAPI_TOKEN_SCOPES.join(',');

/** A duration the way people read it: `45 s`, `3 min 20 s`, `3 h 20 min` / `45초`, `3분 20초`, `3시간 20분`. */
export function duration(ms: number, f: Format): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ko = f.lang === 'ko';
  const unit = { h: ko ? '시간' : ' h', min: ko ? '분' : ' min', s: ko ? '초' : ' s' };
  if (h > 0) return `${f.n(h)}${unit.h}${min > 0 ? ` ${min}${unit.min}` : ''}`;
  if (min > 0) return `${min}${unit.min}${s > 0 ? ` ${s}${unit.s}` : ''}`;
  return `${s}${unit.s}`;
}

const pages = (n: number, f: Format): string => (f.lang === 'ko' ? `페이지 ${f.n(n)}개` : `${f.n(n)} ${f.plural(n, { one: 'page', other: 'pages' })}`);
const users = (n: number, f: Format): string => (f.lang === 'ko' ? `사용자 ${f.n(n)}명` : `${f.n(n)} ${f.plural(n, { one: 'user', other: 'users' })}`);

export const UMAPI = catalogue({
  failure: {
    en: (p: { fact: UmapiFact }, f: Format): string => {
      const fact = p.fact;
      switch (fact.kind) {
        case 'invalid-client':
          return `IMS (${fact.imsServer}) refused the client ID ${f.v(fact.clientId)} with its client secret (invalid_client, HTTP ${fact.status}): the secret is wrong, or the credential was deleted. Copy the client secret of the project's OAuth Server-to-Server credential from the Developer Console into the environment variable and run again.`;
        case 'token-refused':
          return `IMS (${fact.imsServer}) issued no token to ${f.v(fact.clientId)} for the scopes ${f.code(SCOPES)}: ${f.v(fact.error)}${fact.description ? ` (${fact.description})` : ''}, HTTP ${fact.status}. In the Developer Console, add the User Management API to the project of this OAuth Server-to-Server credential.`;
        case 'org-invalid':
          return `The User Management API does not accept the organization ${f.v(fact.orgId)} for this credential (error.organization.invalid_id, HTTP ${fact.status}, ${fact.endpoint}): the credential belongs to another organization, or the ID is mistyped. Give the ID (…@AdobeOrg) of the organization the Developer Console project was created in.`;
        case 'forbidden':
          return `The User Management API refused the API key ${f.v(fact.clientId)} (HTTP ${fact.status}${fact.result ? `, ${fact.result}` : ''}, ${fact.endpoint}): its project does not have the User Management API. In the Developer Console, add the User Management API to the project of this OAuth Server-to-Server credential.`;
        case 'unauthorized':
          return `The User Management API refused the access token IMS had just issued (HTTP ${fact.status}, ${fact.endpoint}): the token is not valid for the organization ${f.v(fact.orgId)}. Check that the credential was created in that organization and that its project has the User Management API.`;
        case 'throttled-beyond-deadline':
          return `Adobe throttles the User Management API (HTTP 429) and asked to wait ${duration(fact.retryAfterMs, f)} more at ${fact.endpoint}, past the time limit of the read (${duration(fact.deadlineMs, f)}); ${pages(fact.pagesRead, f)} and ${users(fact.usersRead, f)} were read in ${duration(fact.elapsedMs, f)}. Run again later, or raise the time limit.`;
        case 'deadline-passed':
          return `The live read of the Admin Console passed its time limit (${duration(fact.deadlineMs, f)}) before ${fact.endpoint} gave its last page; ${pages(fact.pagesRead, f)} and ${users(fact.usersRead, f)} were read. Run again, or raise the time limit.`;
        case 'network':
          return `No answer from ${fact.endpoint}: ${f.say(COMMON, { id: 'netFailure', params: { failure: fact.failure } })}.`;
        case 'unexpected-answer':
          return `${fact.endpoint} answered in a way the User Management API does not document: ${f.say(UMAPI, { id: 'unexpected', params: { reason: fact.reason, status: fact.status, result: fact.result } })}.`;
      }
    },
    ko: (p, f): string => {
      const fact = p.fact;
      switch (fact.kind) {
        case 'invalid-client':
          return `IMS(${fact.imsServer})에서 클라이언트 ID와 클라이언트 시크릿을 거부했습니다(invalid_client, HTTP ${fact.status}, 클라이언트 ID: ${f.v(fact.clientId)}). 시크릿이 틀렸거나 자격 증명이 삭제되었습니다. Developer Console에서 프로젝트의 OAuth 서버 간(OAuth Server-to-Server) 자격 증명의 클라이언트 시크릿을 복사해 환경 변수에 넣고 다시 실행하십시오.`;
        case 'token-refused':
          return `IMS(${fact.imsServer})에서 범위 ${f.code(SCOPES)}에 대한 토큰을 발급하지 않았습니다(클라이언트 ID: ${f.v(fact.clientId)}, 오류: ${f.v(fact.error)}${fact.description ? `, ${fact.description}` : ''}, HTTP ${fact.status}). Developer Console에서 이 OAuth 서버 간(OAuth Server-to-Server) 자격 증명의 프로젝트에 User Management API를 추가하십시오.`;
        case 'org-invalid':
          return `User Management API가 이 자격 증명으로는 조직을 받아들이지 않습니다(조직: ${f.v(fact.orgId)}, error.organization.invalid_id, HTTP ${fact.status}, ${fact.endpoint}). 자격 증명이 다른 조직에 속하거나 ID를 잘못 입력했습니다. Developer Console 프로젝트를 만든 조직의 ID(…@AdobeOrg)를 지정하십시오.`;
        case 'forbidden':
          return `User Management API에서 API 키를 거부했습니다(API 키: ${f.v(fact.clientId)}, HTTP ${fact.status}${fact.result ? `, ${fact.result}` : ''}, ${fact.endpoint}). 이 프로젝트에 User Management API가 없습니다. Developer Console에서 이 OAuth 서버 간(OAuth Server-to-Server) 자격 증명의 프로젝트에 User Management API를 추가하십시오.`;
        case 'unauthorized':
          return `User Management API에서 IMS가 방금 발급한 액세스 토큰을 거부했습니다(HTTP ${fact.status}, ${fact.endpoint}). 이 토큰은 조직(${f.v(fact.orgId)})에 유효하지 않습니다. 자격 증명을 그 조직에서 만들었는지, 프로젝트에 User Management API가 있는지 확인하십시오.`;
        case 'throttled-beyond-deadline':
          return `Adobe가 User Management API 요청을 제한하며(HTTP 429, ${fact.endpoint}) ${duration(fact.retryAfterMs, f)} 더 기다리라고 했지만, 이는 읽기 제한 시간(${duration(fact.deadlineMs, f)})을 넘습니다. ${duration(fact.elapsedMs, f)} 동안 ${pages(fact.pagesRead, f)}, ${users(fact.usersRead, f)}을 읽었습니다. 나중에 다시 실행하거나 제한 시간을 늘리십시오.`;
        case 'deadline-passed':
          return `Admin Console 실시간 읽기가 제한 시간(${duration(fact.deadlineMs, f)})을 넘었습니다. 마지막 페이지(${fact.endpoint})를 받기 전에 ${pages(fact.pagesRead, f)}, ${users(fact.usersRead, f)}을 읽었습니다. 다시 실행하거나 제한 시간을 늘리십시오.`;
        case 'network':
          return `응답이 없습니다(${fact.endpoint}): ${f.say(COMMON, { id: 'netFailure', params: { failure: fact.failure } })}.`;
        case 'unexpected-answer':
          return `응답이 User Management API 문서와 다릅니다(${fact.endpoint}): ${f.say(UMAPI, { id: 'unexpected', params: { reason: fact.reason, status: fact.status, result: fact.result } })}.`;
      }
    },
  },
  unexpected: {
    en: (p: { reason: Extract<UmapiFact, { kind: 'unexpected-answer' }>['reason']; status: number; result: string }, f: Format): string =>
      ({
        status: `HTTP ${p.status}`,
        'not-json': `HTTP ${p.status} with a body that is not JSON`,
        shape: `HTTP ${p.status} with JSON that lacks the documented list of users or groups`,
        result: `the result is ${f.v(p.result)} instead of "success"`,
        'no-last-page': 'page after page without "lastPage": true',
      })[p.reason],
    ko: (p, f): string =>
      ({
        status: `HTTP ${p.status}`,
        'not-json': `HTTP ${p.status}, 본문이 JSON이 아님`,
        shape: `HTTP ${p.status}, JSON에 문서화된 사용자 또는 그룹 목록이 없음`,
        result: `결과가 "success"가 아님(결과: ${f.v(p.result)})`,
        'no-last-page': '페이지가 계속되며 "lastPage": true가 오지 않음',
      })[p.reason],
  },
  progress: {
    en: (p: { progress: UmapiProgress }, f: Format): string => {
      const q = p.progress;
      const head = 'Admin Console (UMAPI): ';
      if (q.done) {
        return `${head}${users(q.usersRead, f)} read in ${duration(q.elapsedMs, f)}${q.waitedMs > 0 ? ` (${duration(q.waitedMs, f)} of it waiting for Adobe's throttling)` : ''}.`;
      }
      const of = (n: number, total: number | undefined): string => (total !== undefined ? `${f.n(n)} of ${f.n(total)}` : f.n(n));
      const what =
        q.list === 'token'
          ? 'asking IMS for a token'
          : q.list === 'groups'
            ? `groups, ${of(q.pagesRead, q.pageCount)} ${f.plural(q.pageCount ?? q.pagesRead, { one: 'page', other: 'pages' })}`
            : `${of(q.pagesRead, q.pageCount)} ${f.plural(q.pageCount ?? q.pagesRead, { one: 'page', other: 'pages' })}, ${of(q.usersRead, q.totalUsers)} users`;
      const waiting = q.waitingMs > 0 ? `; waiting ${duration(q.waitingMs, f)}, as Adobe's throttling asks (${duration(q.waitedMs, f)} waited in all)` : '';
      return `${head}${what}${waiting}`;
    },
    ko: (p, f): string => {
      const q = p.progress;
      const head = 'Admin Console(UMAPI): ';
      if (q.done) {
        return `${head}${duration(q.elapsedMs, f)} 동안 ${users(q.usersRead, f)} 읽음${q.waitedMs > 0 ? `(Adobe 요청 제한으로 ${duration(q.waitedMs, f)} 대기)` : ''}.`;
      }
      const of = (n: number, total: number | undefined, counter: string): string =>
        total !== undefined ? `${f.n(total)}${counter} 중 ${f.n(n)}${counter}` : `${f.n(n)}${counter}`;
      const what =
        q.list === 'token'
          ? 'IMS에 토큰 요청 중'
          : q.list === 'groups'
            ? `그룹 페이지 ${of(q.pagesRead, q.pageCount, '개')}`
            : `페이지 ${of(q.pagesRead, q.pageCount, '개')}, 사용자 ${of(q.usersRead, q.totalUsers, '명')}`;
      const waiting = q.waitingMs > 0 ? `; Adobe 요청 제한에 따라 ${duration(q.waitingMs, f)} 대기 중(모두 ${duration(q.waitedMs, f)} 대기)` : '';
      return `${head}${what}${waiting}`;
    },
  },
});
