/**
 * The catalogue of what operators see when an IMS login fails, in one table: how each symptom is
 * recognised (exact messages and codes, paraphrases in English and Korean, log signatures), the
 * checklist rules that can cause it ranked by prior likelihood, what tells those causes apart, and
 * what to check by hand. `triage`, `har` and `logs` all read it; correcting an entry is a one-line
 * change here. [V] = read in a public source; [I] = inferred (priors are always [I]).
 */
import type { Lang } from '../i18n/lang.js';
import { NO_MATCHING_RIGHT_MESSAGE } from './facts.js';

export type Texts = Record<Lang, string>;

export const SYMPTOM_IDS = [
  'redirected-to-adobe-com',
  'no-matching-right',
  'login-page-unreachable',
  'invalid-client',
  'org-mismatch',
  'ims-host-blocked',
  'stale-embedded-login',
  'session-expired',
  'ip-security-zone',
  // ---- i9b ----
  'client-unsupported',
  'lands-on-other-instance',
  'redirect-uri-mismatch',
  'adobe-id-login-fails',
] as const;
export type SymptomId = (typeof SYMPTOM_IDS)[number];

/** Something no checklist rule can check from the workspace: a fix done by hand. */
export const ACTION_IDS = ['webview2-cache', 'reconnect', 'security-zone', /* i9b */ 'update-client-console'] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** What triage reads of a rule's finding to tell whether it explains the symptom. */
export interface FindingFacts {
  messageId: string;
  params: Record<string, unknown>;
}

/**
 * One possible cause: a checklist rule (run it to confirm or rule it out), or a manual action. A rule
 * that fails in several ways may cause the symptom in only some of them: `explains` tells which
 * findings do, `otherwise` says what the others give instead (the cause is then ruled out for this symptom).
 */
export type Cause =
  | { rule: string; prior: number; why: Texts; explains?: (finding: FindingFacts) => boolean; otherwise?: Texts }
  | { action: ActionId; prior: number; why: Texts };

/**
 * client-id: only another client's ID sends the browser through that client's redirect URI patterns; an
 * ID IMS does not know (empty, or a near miss of the provisioned one: spaces, case, a typo) gets an
 * IMS error page instead [V: domain.md "IMS", the rule's own message].
 */
const ANOTHER_CLIENTS_ID = (finding: FindingFacts): boolean => finding.messageId !== 'empty' && finding.params.nearMiss == null;
const UNKNOWN_CLIENT_ID: Texts = {
  en: 'Here the client ID is one IMS does not know (empty, or a near miss of the provisioned one): IMS answers that with an error page, not with this symptom. Fix it all the same.',
  ko: '여기서는 클라이언트 ID가 IMS가 모르는 값입니다(비어 있거나 프로비저닝된 ID와 조금 다름). 이 경우 IMS는 이 증상이 아니라 오류 페이지로 응답합니다. 그래도 고쳐야 합니다.',
};

export interface Symptom {
  id: SymptomId;
  title: Texts;
  /** Messages and codes shown verbatim (UI, logs, URLs); found anywhere in the text, case ignored. */
  exact: string[];
  /** How people put it, per language; matched loosely (see analyzers/triage.ts). */
  phrases: Record<Lang, string[]>;
  /** Word groups: the text names the symptom when each group has a word in it. */
  keywords: string[][];
  /** [I] priors: the causes before any evidence, most likely first. */
  causes: Cause[];
  /** The next piece of evidence that tells the causes apart. */
  tellApart: Texts[];
  /** What to check by hand when no workspace describes the instance. */
  checklist: Texts[];
  /** Seen in a log: `warn` is a failed login; `info` happens in normal use too. */
  logSeverity: 'warn' | 'info';
}

const NO_RIGHT_KO_BARE = NO_MATCHING_RIGHT_MESSAGE.ko.replace(/\.$/, '');

export const SYMPTOMS: readonly Symptom[] = [
  {
    id: 'redirected-to-adobe-com',
    title: {
      en: 'After signing in, the user lands on an adobe.com page instead of Campaign',
      ko: '로그인한 뒤 Campaign이 아니라 adobe.com 페이지로 이동합니다',
    },
    exact: [],
    phrases: {
      en: [
        'redirected to adobe.com',
        'redirect to adobe.com',
        'sent to adobe.com',
        'lands on adobe.com',
        'ends up on www.adobe.com',
        'goes to the adobe home page',
        'adobe.com page after login',
        'taken to adobe.com instead of campaign',
      ],
      ko: [
        'adobe.com 페이지로 리디렉션',
        'adobe.com으로 리디렉션됩니다',
        'adobe.com으로 이동합니다',
        '어도비 홈페이지로 이동',
        '로그인 후 adobe.com 페이지가 열립니다',
        'adobe.com으로 리다이렉트',
      ],
    },
    keywords: [
      ['adobe.com', 'adobe home', 'adobe homepage', '어도비 홈', 'adobe 홈', '어도비 사이트', 'adobe 사이트'],
      [
        'redirect',
        'sent to',
        'lands',
        'landed',
        'goes to',
        'ends up',
        'taken to',
        'instead of campaign',
        '리디렉션',
        '리다이렉트',
        '리다이렉션',
        '이동',
        '넘어',
        '돌아가',
      ],
    ],
    causes: [
      {
        rule: 'callback-url',
        prior: 0.85,
        why: {
          en: "IMS sends the browser to the client's default redirect URI (an adobe.com page) when the redirect_uri Campaign sends matches none of the client's redirect URI patterns.",
          ko: 'Campaign이 보낸 redirect_uri가 클라이언트의 리디렉션 URI 패턴과 하나도 일치하지 않으면 IMS는 브라우저를 클라이언트의 기본 리디렉션 URI(adobe.com 페이지)로 보냅니다.',
        },
      },
      {
        rule: 'client-id',
        prior: 0.15,
        why: {
          en: "With another client's ID, IMS checks the callback against that client's patterns, which do not list this instance.",
          ko: '다른 클라이언트의 ID를 쓰면 IMS는 그 클라이언트의 패턴으로 콜백을 확인하는데, 거기에는 이 인스턴스가 없습니다.',
        },
        explains: ANOTHER_CLIENTS_ID,
        otherwise: UNKNOWN_CLIENT_ID,
      },
    ],
    tellApart: [
      {
        en: 'Record the login in the browser (Network panel, "Preserve log", save as HAR) and run `ims-doctor har <file.har>`: it quotes the redirect_uri and client_id really sent and where IMS redirected.',
        ko: '브라우저에서 로그인을 기록하고(네트워크 패널, "로그 보존", HAR로 저장) `ims-doctor har <파일.har>`을 실행하십시오. 실제로 보낸 redirect_uri와 client_id, IMS가 리디렉션한 위치를 보여 줍니다.',
      },
      {
        en: "Compare the external account's callback server with the IMS client's redirect URI patterns, and its client ID with the provisioned one.",
        ko: '외부 계정의 콜백 서버를 IMS 클라이언트의 리디렉션 URI 패턴과, 클라이언트 ID를 프로비저닝된 ID와 비교하십시오.',
      },
    ],
    checklist: [
      {
        en: "The callback server of Adobe_Marketing_Cloud starts with https:// and is this instance's own access URL (production → production URL).",
        ko: 'Adobe_Marketing_Cloud의 콜백 서버가 https://로 시작하고 이 인스턴스 자신의 접속 URL인지(프로덕션 → 프로덕션 URL) 확인합니다.',
      },
      {
        en: "The callback URL matches one of the IMS client's redirect URI patterns (the allowlist).",
        ko: '콜백 URL이 IMS 클라이언트의 리디렉션 URI 패턴(허용 목록) 중 하나와 일치하는지 확인합니다.',
      },
      {
        en: 'The client ID in Campaign is the one provisioned for this instance.',
        ko: 'Campaign의 클라이언트 ID가 이 인스턴스에 프로비저닝된 ID인지 확인합니다.',
      },
    ],
    logSeverity: 'warn',
  },
  {
    id: 'no-matching-right',
    title: {
      en: `Campaign refuses the login: "${NO_MATCHING_RIGHT_MESSAGE.en}"`,
      // Campaign has no Korean UI [V]: its English message, with our translation as a gloss.
      ko: `Campaign이 로그인을 거부합니다: "${NO_MATCHING_RIGHT_MESSAGE.en}"(번역: ${NO_RIGHT_KO_BARE})`,
    },
    exact: [NO_MATCHING_RIGHT_MESSAGE.en, NO_RIGHT_KO_BARE],
    phrases: {
      en: [
        'does not have any right matching the expression',
        'no right matching the expression',
        'login does not have any right',
        'logged in but has no rights',
        'no rights in campaign after adobe id login',
      ],
      ko: ['표현식과 일치하는 권한이 없습니다', '일치하는 권한이 없습니다', '로그인에 권한이 없습니다', '로그인은 되는데 권한이 없습니다'],
    },
    keywords: [
      ['right', 'rights', 'permission', '권한'],
      ['expression', 'matching', 'mask', '표현식', '일치', '마스크'],
    ],
    causes: [
      {
        rule: 'association-mask',
        prior: 0.55,
        why: {
          en: "The association mask is not a prefix of the user's profile names (case, spaces, a typo, another instance's prefix), so no profile grants an operator group.",
          ko: '연결 마스크가 사용자 프로필 이름의 접두사가 아니어서(대소문자, 공백, 오타, 다른 인스턴스의 접두사) 어떤 프로필도 운영자 그룹을 부여하지 않습니다.',
        },
      },
      {
        rule: 'association-users',
        prior: 0.35,
        why: {
          en: 'The user has no product profile of this instance in the Admin Console, or the profile names an operator group that does not exist (renamed) in Campaign.',
          ko: '사용자에게 Admin Console에서 이 인스턴스의 제품 프로필이 없거나, 프로필이 가리키는 운영자 그룹이 Campaign에 없습니다(이름 변경).',
        },
      },
      {
        rule: 'scope',
        prior: 0.05,
        why: {
          en: 'Without the scope additional_info.projectedProductContext, IMS sends no product profiles at all.',
          ko: 'additional_info.projectedProductContext 범위가 없으면 IMS가 제품 프로필을 전혀 보내지 않습니다.',
        },
      },
      {
        rule: 'product-context',
        prior: 0.05,
        why: {
          en: 'Campaign keeps only the profiles of its product context; a different one in IMS leaves none.',
          ko: 'Campaign은 자신의 제품 컨텍스트에 속한 프로필만 사용하므로, IMS의 제품 컨텍스트가 다르면 남는 프로필이 없습니다.',
        },
      },
    ],
    tellApart: [
      {
        en: "Run `ims-doctor explain <user>`: it walks that user's profiles through the mask and the operator groups and names the step that fails.",
        ko: '`ims-doctor explain <사용자>`를 실행하십시오. 그 사용자의 프로필을 마스크와 운영자 그룹에 차례로 대조해 실패하는 단계를 보여 줍니다.',
      },
      {
        en: 'Find out whether every operator is refused (the mask or the scope) or only some (their profiles or renamed groups): `ims-doctor logs` counts the refusals per user.',
        ko: '모든 운영자가 거부되는지(마스크나 범위 문제), 일부만 거부되는지(프로필이나 이름이 바뀐 그룹 문제) 확인하십시오. `ims-doctor logs`가 사용자별 거부 횟수를 셉니다.',
      },
    ],
    checklist: [
      {
        en: 'The user belongs to a product profile of the Campaign product in the Admin Console.',
        ko: '사용자가 Admin Console에서 Campaign 제품의 제품 프로필에 속해 있는지 확인합니다.',
      },
      {
        en: "The association mask is a prefix of that profile's name: no stray spaces, no spelling mistakes, same case.",
        ko: '연결 마스크가 그 프로필 이름의 접두사인지 확인합니다. 불필요한 공백이나 철자 오류가 없고 대소문자가 같아야 합니다.',
      },
      {
        en: "<association mask> + <operator group internal name in Campaign> = the profile's full name, and the operator group was not renamed.",
        ko: '<연결 마스크> + <Campaign 운영자 그룹 내부 이름> = 프로필 전체 이름이어야 하고, 운영자 그룹 이름이 바뀌지 않았어야 합니다.',
      },
    ],
    logSeverity: 'warn',
  },
  {
    id: 'login-page-unreachable',
    title: {
      en: 'The Adobe ID login page cannot be reached (an IMS error page instead)',
      ko: 'Adobe ID 로그인 페이지에 접근할 수 없습니다(대신 IMS 오류 페이지가 나타남)',
    },
    exact: ['invalid_scope'],
    phrases: {
      en: [
        'cannot reach the adobe id login page',
        'adobe id login page does not open',
        'adobe id page not loading',
        'login page cannot be reached',
        'error page instead of the adobe login',
        'the sign in page never appears',
      ],
      ko: [
        'adobe id 로그인 페이지에 접근할 수 없습니다',
        '로그인 페이지가 열리지 않습니다',
        '로그인 페이지로 이동할 수 없습니다',
        'adobe id 로그인 화면이 나오지 않습니다',
        '로그인 페이지 대신 오류 페이지',
      ],
    },
    keywords: [
      ['login page', 'sign in page', 'sign-in page', 'adobe id page', 'adobe id', '로그인 페이지', '로그인 화면', 'adobe id 페이지'],
      [
        'cannot',
        "can't",
        'not reach',
        'unreachable',
        'does not open',
        "doesn't open",
        'not loading',
        'never appears',
        'error',
        '접근할 수 없',
        '열리지 않',
        '나오지 않',
        '안 열',
        '오류',
        '에러',
      ],
    ],
    causes: [
      {
        rule: 'scope',
        prior: 0.7,
        why: {
          en: 'A scope IMS did not provision for the client (or a misspelt one) makes IMS answer invalid_scope instead of showing the login page.',
          ko: 'IMS가 클라이언트에 프로비저닝하지 않은 범위(또는 철자가 틀린 범위)가 있으면 IMS는 로그인 페이지 대신 invalid_scope로 응답합니다.',
        },
      },
      {
        rule: 'ims-server',
        prior: 0.15,
        why: {
          en: 'An IMS server that is not a production IMS host sends the browser nowhere useful.',
          ko: 'IMS 서버가 프로덕션 IMS 호스트가 아니면 브라우저가 올바른 곳으로 가지 못합니다.',
        },
      },
      {
        rule: 'client-id',
        prior: 0.15,
        why: { en: 'IMS shows an error page for a client ID it does not know.', ko: 'IMS는 알 수 없는 클라이언트 ID에 대해 오류 페이지를 보여 줍니다.' },
      },
    ],
    tellApart: [
      {
        en: 'The address bar or a HAR of the attempt: `error=invalid_scope` points at the scopes, `invalid_client`/`unauthorized_client` at the client ID, a network error at the IMS server or the network.',
        ko: '시도할 때의 주소 표시줄이나 HAR을 확인하십시오. `error=invalid_scope`이면 범위, `invalid_client`/`unauthorized_client`이면 클라이언트 ID, 네트워크 오류이면 IMS 서버나 네트워크 문제입니다.',
      },
    ],
    checklist: [
      {
        en: 'Every scope in the external account is among the scopes IMS provisioned for the client (same spelling, same case).',
        ko: '외부 계정의 모든 범위가 IMS가 클라이언트에 프로비저닝한 범위에 포함되는지 확인합니다(철자와 대소문자 동일).',
      },
      {
        en: 'The IMS server is https://ims-na1.adobelogin.com or https://adobeid-na1.services.adobe.com.',
        ko: 'IMS 서버가 https://ims-na1.adobelogin.com 또는 https://adobeid-na1.services.adobe.com인지 확인합니다.',
      },
    ],
    logSeverity: 'warn',
  },
  {
    id: 'invalid-client',
    title: {
      en: 'IMS rejects the client: invalid_client (wrong client ID or secret)',
      ko: 'IMS가 클라이언트를 거부합니다: invalid_client(클라이언트 ID 또는 암호 오류)',
    },
    exact: ['invalid_client', 'unauthorized_client'],
    phrases: {
      en: ['wrong client secret', 'invalid client secret', 'invalid client', 'client authentication failed', 'unauthorized client'],
      ko: ['클라이언트 암호가 잘못되었습니다', '잘못된 클라이언트 암호', '클라이언트 인증에 실패했습니다', '유효하지 않은 클라이언트'],
    },
    keywords: [
      ['client', 'secret', '클라이언트', '암호', '시크릿'],
      ['invalid', 'wrong', 'rejected', 'unauthorized', 'failed', '잘못', '유효하지 않', '거부', '실패'],
    ],
    causes: [
      {
        rule: 'client-secret',
        prior: 0.6,
        why: {
          en: 'Campaign exchanges the login code with the client secret it holds; a wrong or rotated secret makes the token endpoint answer invalid_client.',
          ko: 'Campaign은 보유한 클라이언트 암호로 로그인 코드를 교환합니다. 암호가 틀리거나 교체되었으면 토큰 엔드포인트가 invalid_client로 응답합니다.',
        },
      },
      {
        rule: 'client-id',
        prior: 0.4,
        why: {
          en: 'A client ID IMS does not know, or of another client, is rejected the same way.',
          ko: 'IMS가 모르는 클라이언트 ID나 다른 클라이언트의 ID도 같은 방식으로 거부됩니다.',
        },
      },
    ],
    tellApart: [
      {
        en: 'Where the error appears: at the authorize step (browser, before the login page) it is the client ID; after the login, at the token exchange (server logs), it is the secret.',
        ko: '오류가 나는 위치를 확인하십시오. 로그인 페이지 전 authorize 단계(브라우저)라면 클라이언트 ID, 로그인 뒤 토큰 교환 단계(서버 로그)라면 암호 문제입니다.',
      },
      {
        en: 'Compare the secret fingerprints that `ims-doctor check --only client-secret` prints on both sides.',
        ko: '`ims-doctor check --only client-secret`이 보여 주는 양쪽 암호 지문을 비교하십시오.',
      },
    ],
    checklist: [
      {
        en: 'The client ID of the external account is the one provisioned for the instance.',
        ko: '외부 계정의 클라이언트 ID가 인스턴스에 프로비저닝된 ID인지 확인합니다.',
      },
      {
        en: 'The client secret was entered again after the last rotation, then the server restarted.',
        ko: '마지막 교체 후 클라이언트 암호를 다시 입력하고 서버를 다시 시작했는지 확인합니다.',
      },
    ],
    logSeverity: 'warn',
  },
  {
    id: 'org-mismatch',
    title: {
      en: 'The IMS organization does not match (the user or the client belongs to another org)',
      ko: 'IMS 조직이 일치하지 않습니다(사용자나 클라이언트가 다른 조직에 속함)',
    },
    exact: [],
    phrases: {
      en: [
        'organization mismatch',
        'org mismatch',
        'wrong organization',
        'wrong ims org',
        'not a member of the organization',
        'user belongs to another organization',
      ],
      ko: ['조직이 일치하지 않습니다', '다른 조직', '조직 id가 다릅니다', 'ims 조직이 맞지 않습니다', '조직의 구성원이 아닙니다'],
    },
    keywords: [
      ['organization', 'organisation', 'org', 'ims org', '조직'],
      ['mismatch', 'wrong', 'another', 'different', 'not a member', '일치하지', '다른', '다릅니다', '맞지 않', '아닙니다'],
    ],
    causes: [
      {
        rule: 'org-id',
        prior: 0.85,
        why: {
          en: "The IMS organization ID of the external account (and serverConf's redirection IMSOrgId) must be the organization the IMS client and the users belong to.",
          ko: '외부 계정의 IMS 조직 ID(및 serverConf의 redirection IMSOrgId)는 IMS 클라이언트와 사용자가 속한 조직이어야 합니다.',
        },
      },
      {
        rule: 'product-context',
        prior: 0.15,
        why: {
          en: 'Profiles of the product in another organization are not the ones Campaign reads.',
          ko: '다른 조직의 제품 프로필은 Campaign이 읽는 프로필이 아닙니다.',
        },
      },
    ],
    tellApart: [
      {
        en: 'Compare the org ID in the external account, serverConf.xml (redirection IMSOrgId) and the Developer Console project; check in the Admin Console which organization the user is in.',
        ko: '외부 계정, serverConf.xml(redirection IMSOrgId), Developer Console 프로젝트의 조직 ID를 비교하고, Admin Console에서 사용자가 어느 조직에 속하는지 확인하십시오.',
      },
    ],
    checklist: [
      {
        en: 'The IMS organization ID (…@AdobeOrg) is the same in Campaign, serverConf.xml and the IMS client.',
        ko: 'IMS 조직 ID(…@AdobeOrg)가 Campaign, serverConf.xml, IMS 클라이언트에서 같은지 확인합니다.',
      },
      { en: 'The user was added to that organization in the Admin Console.', ko: '사용자가 Admin Console에서 그 조직에 추가되었는지 확인합니다.' },
    ],
    logSeverity: 'warn',
  },
  {
    id: 'ims-host-blocked',
    title: {
      en: 'Campaign cannot call IMS: the IMS host is blocked by urlPermission',
      ko: 'Campaign이 IMS를 호출할 수 없습니다: urlPermission이 IMS 호스트를 차단합니다',
    },
    // [V] JST-310027 is the warning Campaign logs for a URL outside the allowlist in "warn" mode; the
    // blocking mode's own message is not published [I], so it is recognised by its description.
    exact: ['JST-310027'],
    phrases: {
      en: [
        'url is not allowed',
        'blocked by urlpermission',
        'urlpermission blocks ims',
        'cannot connect to ims-na1.adobelogin.com',
        'token exchange fails',
        'url not in the allowlist',
      ],
      ko: ['url이 허용되지 않습니다', 'urlpermission에 의해 차단', 'ims 호스트가 차단', 'ims-na1.adobelogin.com에 연결할 수 없습니다', '허용 목록에 없는 url'],
    },
    keywords: [
      ['urlpermission', 'url permission', 'allowlist', 'whitelist', 'url 권한', '허용 목록', 'adobelogin.com', 'ims host', 'ims 호스트'],
      ['blocked', 'not allowed', 'denied', 'deny', 'cannot connect', '차단', '허용되지 않', '연결할 수 없', '거부'],
    ],
    causes: [
      {
        rule: 'url-permission',
        prior: 0.8,
        why: {
          en: 'Under urlPermission action "deny" (the default) Campaign may only call the hosts listed; without the IMS host it cannot exchange the login code.',
          ko: 'urlPermission 동작이 "deny"(기본값)이면 Campaign은 목록에 있는 호스트만 호출할 수 있으므로, IMS 호스트가 없으면 로그인 코드를 교환할 수 없습니다.',
        },
      },
      {
        rule: 'ims-server',
        prior: 0.2,
        why: {
          en: 'An IMS server written differently (case, path, port) no longer matches the allowed entry.',
          ko: 'IMS 서버를 다르게 적으면(대소문자, 경로, 포트) 허용 항목과 더 이상 일치하지 않습니다.',
        },
      },
    ],
    tellApart: [
      {
        en: "Search the web server logs for JST-310027 and for the IMS host; compare serverConf.xml's urlPermission entries with the IMS server of the external account.",
        ko: '웹 서버 로그에서 JST-310027과 IMS 호스트를 검색하고, serverConf.xml의 urlPermission 항목을 외부 계정의 IMS 서버와 비교하십시오.',
      },
    ],
    checklist: [
      {
        en: 'serverConf.xml lists the IMS host (dnsSuffix adobelogin.com, urlRegEx https://.*) under urlPermission, or the action is not "deny".',
        ko: 'serverConf.xml의 urlPermission에 IMS 호스트(dnsSuffix adobelogin.com, urlRegEx https://.*)가 있거나 동작이 "deny"가 아닌지 확인합니다.',
      },
      { en: 'The server was restarted after serverConf.xml changed.', ko: 'serverConf.xml을 바꾼 뒤 서버를 다시 시작했는지 확인합니다.' },
    ],
    logSeverity: 'warn',
  },
  {
    id: 'stale-embedded-login',
    title: {
      en: 'The Windows client console shows a stale login in its embedded browser',
      ko: 'Windows 클라이언트 콘솔의 내장 브라우저에 이전 로그인이 남아 있습니다',
    },
    exact: ['webview2', 'webview2Cache'],
    phrases: {
      en: [
        'client console shows the old login',
        'console keeps logging in as another user',
        'embedded browser shows a stale login',
        'console login window is blank',
        'stale login in the client console',
        'console remembers the old account',
      ],
      ko: [
        '클라이언트 콘솔에 이전 로그인이 남아 있습니다',
        '콘솔이 다른 사용자로 계속 로그인됩니다',
        '내장 브라우저에 예전 로그인이 표시됩니다',
        '콘솔 로그인 창이 비어 있습니다',
        '콘솔이 예전 계정을 기억합니다',
      ],
    },
    keywords: [
      ['console', 'client console', 'embedded browser', 'nlclient', '콘솔', '클라이언트 콘솔', '내장 브라우저'],
      ['stale', 'old', 'previous', 'cached', 'cache', 'blank', 'remembers', 'another user', '이전', '예전', '캐시', '비어', '기억', '다른 사용자'],
    ],
    causes: [
      {
        action: 'webview2-cache',
        prior: 1,
        why: {
          en: "The console's embedded browser (WebView2) keeps the previous IMS session in its cache folders.",
          ko: '콘솔의 내장 브라우저(WebView2)가 이전 IMS 세션을 캐시 폴더에 보관합니다.',
        },
      },
    ],
    tellApart: [
      {
        en: "Log in through the web browser (or a private window): if that works, the configuration is fine and only the console's cache is stale.",
        ko: '웹 브라우저(또는 시크릿 창)로 로그인해 보십시오. 그것이 된다면 구성은 정상이고 콘솔의 캐시만 오래된 것입니다.',
      },
    ],
    checklist: [],
    logSeverity: 'info',
  },
  {
    id: 'session-expired',
    // Campaign writes this in English only [V: no Korean UI]: the Korean is a gloss, not its message.
    title: { en: 'XSV-350008: the session has expired', ko: 'XSV-350008: 세션 만료(Campaign은 이 오류를 영어로 표시하며 한국어는 번역입니다)' },
    exact: ['XSV-350008'],
    phrases: {
      en: ['session has expired', 'session expired', 'session is no longer valid', 'logged out after a while'],
      ko: ['세션이 만료되었습니다', '세션 만료', '세션이 더 이상 유효하지 않습니다'],
    },
    keywords: [
      ['session', '세션'],
      ['expired', 'expire', 'invalid', 'timed out', 'timeout', '만료', '유효하지 않'],
    ],
    causes: [
      {
        action: 'reconnect',
        prior: 0.7,
        why: {
          en: 'The session ended (idle timeout, logout, server restart); it is not a configuration fault.',
          ko: '세션이 끝났습니다(유휴 시간 초과, 로그아웃, 서버 재시작). 구성 문제가 아닙니다.',
        },
      },
      {
        action: 'webview2-cache',
        prior: 0.3,
        why: {
          en: 'Right after an Adobe ID login in the client console, it usually means the embedded browser reused a stale session.',
          ko: '클라이언트 콘솔에서 Adobe ID로 로그인한 직후라면 대개 내장 브라우저가 오래된 세션을 재사용한 것입니다.',
        },
      },
    ],
    tellApart: [
      {
        en: 'When it appears: after idle time (normal), or immediately after signing in with an Adobe ID in the console (stale embedded browser).',
        ko: '언제 나타나는지 확인하십시오. 한동안 사용하지 않은 뒤라면 정상이고, 콘솔에서 Adobe ID로 로그인한 직후라면 내장 브라우저 캐시 문제입니다.',
      },
    ],
    checklist: [],
    logSeverity: 'info',
  },
  {
    id: 'ip-security-zone',
    title: {
      en: "XSV-350013: the operator's IP address is in no security zone that allows them",
      ko: 'XSV-350013: 운영자의 IP 주소가 허용된 보안 영역에 속하지 않습니다',
    },
    exact: ['XSV-350013'],
    phrases: {
      en: ['security zone', 'ip address is not allowed', 'cannot connect from this ip address', 'not in a security zone'],
      ko: ['보안 영역', '이 ip 주소에서 연결할 수 없습니다', 'ip 주소가 허용되지 않습니다'],
    },
    keywords: [
      ['ip', 'ip address', 'security zone', 'zone', 'ip 주소', '보안 영역'],
      ['not allowed', 'denied', 'refused', 'cannot connect', 'not in', '허용되지 않', '거부', '연결할 수 없', '속하지 않'],
    ],
    causes: [
      {
        action: 'security-zone',
        prior: 1,
        why: {
          en: 'Campaign lets an operator log on only from the IP ranges of the security zone they are linked to (serverConf.xml).',
          ko: 'Campaign은 운영자가 연결된 보안 영역(serverConf.xml)의 IP 범위에서만 로그온을 허용합니다.',
        },
      },
    ],
    tellApart: [
      {
        en: 'The client IP in the web server log line next to XSV-350013, and the security zones of serverConf.xml.',
        ko: 'XSV-350013 옆에 기록된 클라이언트 IP와 serverConf.xml의 보안 영역을 비교하십시오.',
      },
    ],
    checklist: [],
    logSeverity: 'warn',
  },
  // ---- i9b: what real users hit beyond the checklist ----
  {
    id: 'client-unsupported',
    title: {
      en: '"Update required – your browser or operating system is no longer supported" in the client console\'s login window',
      ko: '클라이언트 콘솔 로그인 창에 "Update required – your browser or operating system is no longer supported"(업데이트 필요: 브라우저나 운영 체제가 더 이상 지원되지 않음)가 표시됩니다',
    },
    exact: ['your browser or operating system is no longer supported', 'Update required – your browser'],
    phrases: {
      en: ['update required', 'browser is no longer supported', 'operating system is no longer supported', 'browser not supported in the console login'],
      ko: ['브라우저가 더 이상 지원되지 않습니다', '운영 체제가 더 이상 지원되지 않습니다', '업데이트가 필요합니다라고 나와요', '지원되지 않는 브라우저'],
    },
    keywords: [
      ['browser', 'operating system', '브라우저', '운영 체제'],
      ['no longer supported', 'not supported', 'update required', '지원되지 않', '업데이트'],
    ],
    causes: [
      {
        action: 'update-client-console',
        prior: 1,
        why: {
          en: "Adobe's sign-in page refuses the old embedded browser of an outdated client console (or build); the console of a current build uses WebView2.",
          ko: 'Adobe 로그인 페이지는 오래된 클라이언트 콘솔(또는 빌드)의 옛 내장 브라우저를 거부합니다. 최신 빌드의 콘솔은 WebView2를 씁니다.',
        },
      },
    ],
    tellApart: [
      {
        en: "Help > About in the client console: its build, against the server's build (the package export's buildNumber).",
        ko: '클라이언트 콘솔의 도움말(Help) > 정보(About)에 나오는 빌드를 서버 빌드(패키지 내보내기의 buildNumber)와 비교하십시오.',
      },
    ],
    checklist: [
      {
        en: 'The client console is of the same build as the server, and a current one (WebView2).',
        ko: '클라이언트 콘솔이 서버와 같은 최신 빌드(WebView2)인지 확인합니다.',
      },
    ],
    logSeverity: 'info',
  },
  {
    id: 'lands-on-other-instance',
    title: {
      en: 'After signing in, the user lands on another instance (e.g. stage → production)',
      ko: '로그인한 뒤 다른 인스턴스(예: 스테이지 → 프로덕션)로 이동합니다',
    },
    exact: [],
    phrases: {
      en: [
        'lands on the other instance',
        'lands on production',
        'redirected to the production instance',
        'stage login ends on prod',
        'goes to the wrong instance',
        'ends up on the other instance',
      ],
      ko: ['다른 인스턴스로 이동합니다', '스테이지에서 로그인하면 운영으로 가요', '프로덕션 인스턴스로 넘어가요', '엉뚱한 인스턴스로 가요'],
    },
    keywords: [
      ['instance', 'prod', 'production', 'stage', '인스턴스', '운영', '스테이지', '프로덕션'],
      ['lands', 'redirected', 'ends up', 'goes to', 'wrong', 'other', '이동', '넘어', '다른', '엉뚱'],
    ],
    causes: [
      {
        rule: 'callback-url',
        prior: 0.8,
        why: {
          en: "The callback server of this instance's account is the other instance's URL (copied from it), so IMS sends the browser back there.",
          ko: '이 인스턴스 계정의 콜백 서버가 다른 인스턴스의 URL이어서(복사해 온 값) IMS가 브라우저를 그쪽으로 돌려보냅니다.',
        },
      },
      {
        rule: 'client-id',
        prior: 0.2,
        why: {
          en: "With the other instance's client ID, IMS falls back to that client's default redirect URI, the other instance.",
          ko: '다른 인스턴스의 클라이언트 ID를 쓰면 IMS가 그 클라이언트의 기본 리디렉션 URI(다른 인스턴스)로 보냅니다.',
        },
        explains: ANOTHER_CLIENTS_ID,
        otherwise: UNKNOWN_CLIENT_ID,
      },
    ],
    tellApart: [
      {
        en: 'Record the login (HAR) and run `ims-doctor har <file.har> <workspace>`: it names the instance the login started on and the one it landed on.',
        ko: '로그인을 기록하고(HAR) `ims-doctor har <파일.har> <워크스페이스>`를 실행하십시오. 로그인이 시작된 인스턴스와 도착한 인스턴스를 알려 줍니다.',
      },
    ],
    checklist: [
      {
        en: "Each instance's callback server is its own access URL, not another instance's.",
        ko: '각 인스턴스의 콜백 서버가 다른 인스턴스가 아니라 자기 접속 URL인지 확인합니다.',
      },
    ],
    logSeverity: 'info',
  },
  {
    id: 'redirect-uri-mismatch',
    title: {
      en: 'IMS answers that the redirect_uri does not match (redirect_uri mismatch)',
      ko: 'IMS가 redirect_uri가 일치하지 않는다고 응답합니다(redirect_uri mismatch)',
    },
    exact: ['redirect_uri_mismatch', 'invalid redirect_uri', 'redirect_uri mismatch', 'invalid_redirect_uri'],
    phrases: {
      en: ['redirect uri mismatch', 'redirect uri does not match', 'redirect_uri is not allowed', 'invalid redirect uri'],
      ko: ['리디렉션 uri가 일치하지 않습니다', 'redirect_uri가 맞지 않습니다', '리다이렉트 uri 불일치'],
    },
    keywords: [
      ['redirect_uri', 'redirect uri', '리디렉션 uri', '리다이렉트 uri'],
      ['mismatch', 'does not match', 'not allowed', 'invalid', '일치하지 않', '불일치', '맞지 않'],
    ],
    causes: [
      {
        rule: 'callback-url',
        prior: 0.9,
        why: {
          en: "The redirect_uri Campaign sends (its callback server) matches none of the IMS client's redirect URI patterns.",
          ko: 'Campaign이 보내는 redirect_uri(콜백 서버)가 IMS 클라이언트의 리디렉션 URI 패턴과 하나도 일치하지 않습니다.',
        },
      },
      {
        rule: 'client-id',
        prior: 0.1,
        why: {
          en: "Another client's ID is checked against that client's patterns.",
          ko: '다른 클라이언트의 ID는 그 클라이언트의 패턴으로 확인됩니다.',
        },
        explains: ANOTHER_CLIENTS_ID,
        otherwise: UNKNOWN_CLIENT_ID,
      },
    ],
    tellApart: [
      {
        en: "Compare the redirect_uri of the failing request (address bar or HAR) with the IMS client's redirect URI patterns.",
        ko: '실패한 요청의 redirect_uri(주소 표시줄이나 HAR)를 IMS 클라이언트의 리디렉션 URI 패턴과 비교하십시오.',
      },
    ],
    checklist: [
      {
        en: "The callback server matches one of the IMS client's redirect URI patterns (dots escaped once: \\.).",
        ko: '콜백 서버가 IMS 클라이언트의 리디렉션 URI 패턴 중 하나와 일치하는지 확인합니다(점은 한 번만 이스케이프: \\.).',
      },
    ],
    logSeverity: 'warn',
  },
  {
    id: 'adobe-id-login-fails',
    title: {
      en: 'The Adobe ID login does not work (no more detail given)',
      ko: 'Adobe ID로 로그인이 되지 않습니다(자세한 내용 없음)',
    },
    exact: [],
    phrases: {
      en: ['cannot log in with adobe id', 'adobe id login does not work', 'connect with an adobe id fails', 'adobe id login is broken'],
      ko: ['adobe id로 로그인이 안 돼요', 'adobe id 로그인이 안 됩니다', '어도비 아이디로 로그인이 안 돼요', 'adobe id 로그인 실패'],
    },
    keywords: [],
    causes: [
      {
        rule: 'external-account',
        prior: 0.2,
        why: {
          en: 'Without one enabled Adobe_Marketing_Cloud account Campaign offers no Adobe ID login.',
          ko: '활성화된 Adobe_Marketing_Cloud 계정이 하나 없으면 Campaign이 Adobe ID 로그인을 제공하지 않습니다.',
        },
      },
      {
        rule: 'callback-url',
        prior: 0.25,
        why: {
          en: 'The most common break: the callback is not allowlisted in IMS (the user lands on adobe.com).',
          ko: '가장 흔한 원인: 콜백이 IMS 허용 목록에 없습니다(사용자가 adobe.com으로 이동).',
        },
      },
      {
        rule: 'association-mask',
        prior: 0.25,
        why: {
          en: 'The login reaches Campaign but no profile matches the association mask.',
          ko: '로그인은 Campaign까지 오지만 연결 마스크와 일치하는 프로필이 없습니다.',
        },
      },
      {
        rule: 'scope',
        prior: 0.15,
        why: {
          en: 'An unprovisioned scope makes IMS answer an error instead of its sign-in page.',
          ko: '프로비저닝되지 않은 범위 때문에 IMS가 로그인 페이지 대신 오류로 응답합니다.',
        },
      },
      {
        rule: 'client-secret',
        prior: 0.15,
        why: { en: 'A wrong secret fails the code exchange (invalid_client).', ko: '잘못된 암호로 코드 교환이 실패합니다(invalid_client).' },
      },
    ],
    tellApart: [
      {
        en: 'Ask what the user sees at the end (an adobe.com page, a Campaign message, an IMS error) and run triage with that text, or run `ims-doctor check <workspace>`.',
        ko: '사용자가 마지막에 무엇을 보는지(adobe.com 페이지, Campaign 메시지, IMS 오류) 물어 그 내용으로 triage를 실행하거나 `ims-doctor check <워크스페이스>`를 실행하십시오.',
      },
    ],
    checklist: [{ en: 'Run the whole checklist: ims-doctor check <workspace>.', ko: '점검 목록 전체를 실행합니다: ims-doctor check <워크스페이스>.' }],
    logSeverity: 'info',
  },
];

// ---- i9b: paraphrases users write, added to existing symptoms (kept apart from the entries above) ----
const MORE_PHRASES: Partial<Record<SymptomId, Partial<Record<Lang, string[]>>>> = {
  'redirected-to-adobe-com': { ko: ['로그인하면 adobe.com으로 가요', '로그인하면 어도비 사이트로 가요'] },
  'no-matching-right': { ko: ['권한이 없다고 나옴', '권한이 없다고 나와요'] },
  'org-mismatch': { ko: ['조직이 다르다고 나와요', '조직이 다르다고 나옴'] },
};
for (const symptom of SYMPTOMS) {
  for (const [lang, phrases] of Object.entries(MORE_PHRASES[symptom.id] ?? {}) as [Lang, string[]][]) symptom.phrases[lang].push(...phrases);
}

/** Manual fixes, step by step (the seed's WebView2 tip; Campaign's security zones [V]). */
export const ACTIONS: Record<ActionId, { title: Texts; steps: Texts[] }> = {
  'webview2-cache': {
    title: { en: "Clear the client console's embedded browser cache (WebView2)", ko: '클라이언트 콘솔의 내장 브라우저(WebView2) 캐시 삭제' },
    steps: [
      { en: 'Close the Campaign client console.', ko: 'Campaign 클라이언트 콘솔을 닫습니다.' },
      {
        en: 'Stop the nlclient process (Task Manager → nlclient.exe → End task).',
        ko: 'nlclient 프로세스를 종료합니다(작업 관리자 → nlclient.exe → 작업 끝내기).',
      },
      {
        en: 'Delete the folders webview2 and webview2Cache under C:\\ProgramData\\Neolane\\NL_5\\nlclient\\.',
        ko: 'C:\\ProgramData\\Neolane\\NL_5\\nlclient\\ 아래의 webview2 및 webview2Cache 폴더를 삭제합니다.',
      },
      {
        en: 'Delete the same two folders under C:\\Users\\<username>\\AppData\\Roaming\\Neolane\\NL_5\\nlclient\\.',
        ko: 'C:\\Users\\<사용자 이름>\\AppData\\Roaming\\Neolane\\NL_5\\nlclient\\ 아래의 같은 두 폴더도 삭제합니다.',
      },
      { en: 'Start the console again and log in.', ko: '콘솔을 다시 시작하고 로그인합니다.' },
    ],
  },
  reconnect: {
    title: { en: 'Log in again', ko: '다시 로그인' },
    steps: [
      {
        en: "Log in again; if it recurs right after each Adobe ID login in the console, clear the console's WebView2 cache.",
        ko: '다시 로그인하십시오. 콘솔에서 Adobe ID로 로그인할 때마다 바로 다시 나타나면 콘솔의 WebView2 캐시를 삭제하십시오.',
      },
    ],
  },
  'security-zone': {
    title: { en: "Allow the operator's IP range in a security zone", ko: '보안 영역에 운영자의 IP 범위 허용' },
    steps: [
      {
        en: 'Add the network the operator connects from (subNetwork) to a securityZone in serverConf.xml.',
        ko: '운영자가 접속하는 네트워크(subNetwork)를 serverConf.xml의 securityZone에 추가합니다.',
      },
      {
        en: 'Link the operator to that zone (Administration > Access management > Operators), then restart the web server.',
        ko: '운영자를 그 영역에 연결하고(관리 > 액세스 관리 > 운영자) 웹 서버를 다시 시작합니다.',
      },
    ],
  },
  // ---- i9b ----
  'update-client-console': {
    title: { en: "Install the client console of the server's (current) build", ko: '서버와 같은 최신 빌드의 클라이언트 콘솔 설치' },
    steps: [
      {
        en: "Download the client console of the server's build from the instance (https://<instance>/nl/jsp/logon.jsp → client console) or Adobe's distribution site, and install it.",
        ko: '인스턴스(https://<instance>/nl/jsp/logon.jsp → 클라이언트 콘솔)나 Adobe 배포 사이트에서 서버 빌드의 클라이언트 콘솔을 내려받아 설치합니다.',
      },
      {
        en: 'If the server itself runs an old build, upgrade it: current builds sign in through WebView2.',
        ko: '서버 자체가 오래된 빌드라면 업그레이드합니다. 최신 빌드는 WebView2로 로그인합니다.',
      },
    ],
  },
};

/**
 * What identifies a symptom in a Campaign log (logins.log, web.log): a byte pattern, matched as is
 * (never a column). The Korean message is looked for in UTF-8 and in EUC-KR (CP949), the encoding of
 * Korean Windows servers [I].
 */
export interface LogSignature {
  id: string;
  symptom: SymptomId;
  /** The text looked for, as it appears in the line. */
  text: string;
  encoding: 'utf-8' | 'euc-kr';
  lang: Lang | null;
  source: 'V' | 'I';
}

export const LOG_SIGNATURES: readonly LogSignature[] = [
  { id: 'no-right-en', symptom: 'no-matching-right', text: NO_MATCHING_RIGHT_MESSAGE.en, encoding: 'utf-8', lang: 'en', source: 'V' },
  // [I] Campaign has no Korean UI, so it never logs these two: the text is the Korean docs' translation,
  // matched only where a person pasted or translated a log line (kept for triage of such reports).
  { id: 'no-right-ko', symptom: 'no-matching-right', text: NO_RIGHT_KO_BARE, encoding: 'utf-8', lang: 'ko', source: 'I' },
  { id: 'no-right-ko-euckr', symptom: 'no-matching-right', text: NO_RIGHT_KO_BARE, encoding: 'euc-kr', lang: 'ko', source: 'I' },
  { id: 'xsv-350008', symptom: 'session-expired', text: 'XSV-350008', encoding: 'utf-8', lang: null, source: 'V' },
  { id: 'xsv-350013', symptom: 'ip-security-zone', text: 'XSV-350013', encoding: 'utf-8', lang: null, source: 'V' },
  { id: 'jst-310027', symptom: 'ims-host-blocked', text: 'JST-310027', encoding: 'utf-8', lang: null, source: 'V' },
  // [I] Campaign quotes IMS's OAuth error when the code exchange fails.
  { id: 'invalid-client', symptom: 'invalid-client', text: 'invalid_client', encoding: 'utf-8', lang: null, source: 'I' },
  { id: 'unauthorized-client', symptom: 'invalid-client', text: 'unauthorized_client', encoding: 'utf-8', lang: null, source: 'I' },
  { id: 'invalid-scope', symptom: 'login-page-unreachable', text: 'invalid_scope', encoding: 'utf-8', lang: null, source: 'I' },
];

/**
 * [I] How a log line names the person: the first e-mail address, else a quoted name after one of
 * these words (English and Korean logs). The line layout itself is not public.
 */
export const LOG_USER_PATTERNS: readonly RegExp[] = [
  // Linear on a 64 KiB line (i10h): a match starts only where a run of address characters starts, and
  // the spaces around `:`/`=` split one way, so a long line is never re-read from every position.
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u,
  /\b(?:login|operator|user|account)\s*(?:[:=]\s*)?['"‘“]([^'"’”]{1,128})['"’”]/i,
  /(?:로그인|운영자|사용자|계정)\s*(?:[:=]\s*)?['"‘“]([^'"’”]{1,128})['"’”]/,
];

export function symptomById(id: string): Symptom | undefined {
  return SYMPTOMS.find((symptom) => symptom.id === id);
}
