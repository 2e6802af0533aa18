import type { Lang } from './lang.js';

/** Names of the values findings quote as evidence, in every language. */
export const FIELD_LABELS = {
  accessUrl: { en: 'Access URL (workspace)', ko: '접속 URL (워크스페이스)' },
  accountName: { en: 'External account internal name', ko: '외부 계정 내부 이름' },
  accountLabel: { en: 'External account label', ko: '외부 계정 레이블' },
  accountType: { en: 'External account type', ko: '외부 계정 유형' },
  accountActive: { en: 'Enabled', ko: '활성화' },
  imsServer: { en: 'IMS server', ko: 'IMS 서버' },
  imsEndpoint: { en: 'IMS endpoint (IMS client)', ko: 'IMS 엔드포인트 (IMS 클라이언트)' },
  clientId: { en: 'IMS client identifier', ko: 'IMS 클라이언트 ID' },
  imsClientId: { en: 'Client ID provisioned in IMS', ko: 'IMS에 프로비저닝된 클라이언트 ID' },
  clientSecret: { en: 'IMS client secret (Campaign)', ko: 'IMS 클라이언트 암호 (Campaign)' },
  imsClientSecret: { en: 'Client secret provisioned in IMS', ko: 'IMS에 프로비저닝된 클라이언트 암호' },
  callbackServer: { en: 'Callback server', ko: '콜백 서버' },
  redirectUriPattern: { en: 'IMS redirect URI pattern', ko: 'IMS 리디렉션 URI 패턴' },
  defaultRedirectUri: { en: 'IMS default redirect URI', ko: 'IMS 기본 리디렉션 URI' },
  imsOrgId: { en: 'IMS organization ID (Campaign)', ko: 'IMS 조직 ID (Campaign)' },
  imsOrgIdIms: { en: 'IMS organization ID (IMS client)', ko: 'IMS 조직 ID (IMS 클라이언트)' },
  redirectionImsOrgId: { en: 'serverConf redirection IMSOrgId', ko: 'serverConf redirection IMSOrgId' },
  associationMask: { en: 'Association mask', ko: '연결 마스크' },
  profile: { en: 'Admin Console product profile', ko: 'Admin Console 제품 프로필' },
  operatorGroup: { en: 'Campaign operator group', ko: 'Campaign 운영자 그룹' },
  adminConsoleUser: { en: 'Admin Console user', ko: 'Admin Console 사용자' },
  userScope: { en: 'IMS scope (Campaign)', ko: 'IMS 범위 (Campaign)' },
  imsScopes: { en: 'Scopes provisioned in IMS', ko: 'IMS에 프로비저닝된 범위' },
  productContext: { en: 'Product context (Campaign)', ko: '제품 컨텍스트 (Campaign)' },
  imsProductContext: { en: 'Product context (IMS)', ko: '제품 컨텍스트 (IMS)' },
  urlPermissionAction: { en: 'urlPermission action', ko: 'urlPermission 동작' },
  urlPermission: { en: 'urlPermission entry', ko: 'urlPermission 항목' },
  lastModified: { en: 'Account last modified', ko: '계정 마지막 수정 시각' },
  serverStartedAt: { en: 'Server last started', ko: '서버 마지막 시작 시각' },
  conflictClient: { en: 'IMS client file', ko: 'IMS 클라이언트 파일' },
  conflictConsole: { en: 'Developer Console export', ko: 'Developer Console 내보내기' },
  liveDiscovery: { en: 'Live: IMS discovery document', ko: '실시간: IMS 검색 문서' },
  liveAuthorize: { en: 'Live: IMS authorize request', ko: '실시간: IMS 인증 요청' },
  liveTokenRequest: { en: 'Live: IMS token request', ko: '실시간: IMS 토큰 요청' },
  liveCallback: { en: 'Live: callback server', ko: '실시간: 콜백 서버' },
  // ---- h4: what a browser recording shows was sent (model/as-sent.ts) ----
  sentClientId: { en: 'client_id sent (recording)', ko: '보낸 client_id (기록)' },
  sentRedirectUri: { en: 'redirect_uri sent (recording)', ko: '보낸 redirect_uri (기록)' },
  sentScope: { en: 'scope sent (recording)', ko: '보낸 scope (기록)' },
  sentImsHost: { en: 'IMS host sent to (recording)', ko: '요청한 IMS 호스트 (기록)' },
  // ---- i9a ----
  accountAttribute: { en: 'Attribute Campaign does not read', ko: 'Campaign이 읽지 않는 속성' },
} satisfies Record<string, Record<Lang, string>>;

export type FieldKey = keyof typeof FIELD_LABELS;
