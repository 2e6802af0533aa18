import type { ErrorCode as YamlErrorCode } from 'yaml';
import { catalogue, render, type Format, type MessageRef } from './catalogue.js';
import { COMMON } from './common.js';
import type { Lang } from './lang.js';
import type { NetFailure } from '../model/probes.js';
import type { ProblemFact, SourceProblem } from '../model/snapshot.js';
import { formatProvenance } from '../model/provenance.js';
import type { UmapiFact } from '../collectors/live/umapi-errors.js';
import type { DevConsoleFact } from '../collectors/live/dev-console-errors.js';
import { UMAPI } from './umapi.js';
import { DEV_CONSOLE } from './dev-console.js';

/**
 * The problems catalogue: every way an input, a network request or a live read can fail, as one
 * sentence in each language. Inputs, collectors, the HTTP layer and the SOAP collector record a
 * reference to an entry (`ProblemRef`) with its facts; the sentence is made here, at the edge.
 * A sentence follows the file's position, as in `path:line:col: is not valid YAML (…)`; the
 * position is never a parameter (it stays on InputError / SourceProblem).
 * Parsers' own messages are never quoted (they may quote the source, a secret included): they are
 * classified into a kind here.
 */

/** Where a YAML value sits, as data: the file's top level, an instance (by position until its name is read) or an "ignore" entry, and the key. */
export interface YamlPlace {
  owner: 'workspace' | 'imsClient' | { instance: number | string } | { ignore: number };
  /** The key, dotted from its owner (`campaign.url`); absent for the owner itself. */
  key?: string;
  /** Each item of the list at `key`. */
  item?: boolean;
}

function placeEn(place: YamlPlace, f: Format): string {
  const { owner, key } = place;
  let text: string;
  if (owner === 'workspace' || owner === 'imsClient') {
    text = key ? `"${key}"` : owner === 'workspace' ? 'the workspace' : 'the IMS client file';
  } else {
    const of =
      'instance' in owner
        ? typeof owner.instance === 'number'
          ? `instance #${owner.instance}`
          : `instance ${f.v(owner.instance)}`
        : `"ignore" entry #${owner.ignore}`;
    text = key ? `"${key}" of ${of}` : of;
  }
  return place.item ? `each item of ${text}` : text;
}

function placeKo(place: YamlPlace, f: Format): string {
  const { owner, key } = place;
  let text: string;
  if (owner === 'workspace' || owner === 'imsClient') {
    text = key ? `"${key}"` : owner === 'workspace' ? '워크스페이스' : 'IMS 클라이언트 파일';
  } else {
    const of =
      'instance' in owner
        ? typeof owner.instance === 'number'
          ? `인스턴스 #${owner.instance}`
          : `인스턴스 ${f.v(owner.instance)}`
        : `"ignore" 항목 #${owner.ignore}`;
    text = key ? `"${key}"(${of})` : of;
  }
  return place.item ? `${text} 목록의 각 항목` : text;
}

/** The YAML library's error codes, as a phrase; an unknown code is shown as is. */
const YAML_KINDS: Partial<Record<YamlErrorCode, { en: string; ko: string }>> = {
  BAD_INDENT: { en: 'bad indentation', ko: '들여쓰기가 잘못되었습니다' },
  TAB_AS_INDENT: { en: 'a tab is used for indentation (use spaces)', ko: '들여쓰기에 탭을 사용했습니다(공백 사용)' },
  DUPLICATE_KEY: { en: 'duplicate key', ko: '키가 중복되었습니다' },
  MISSING_CHAR: { en: 'a closing character is missing (a quote, "]" or "}")', ko: '닫는 문자(따옴표, "]" 또는 "}")가 없습니다' },
  UNEXPECTED_TOKEN: { en: 'unexpected character', ko: '예상하지 못한 문자가 있습니다' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a block is used as a key', ko: '블록을 키로 사용했습니다' },
  MULTILINE_IMPLICIT_KEY: { en: 'a key spans several lines (a ":" is missing?)', ko: '키가 여러 줄에 걸쳐 있습니다(":" 누락?)' },
  BLOCK_IN_FLOW: { en: 'a block inside a flow collection ([…] or {…})', ko: '흐름 컬렉션([…] 또는 {…}) 안에 블록이 있습니다' },
  BAD_DQ_ESCAPE: { en: 'bad escape in a double-quoted string', ko: '큰따옴표 문자열의 이스케이프가 잘못되었습니다' },
  BAD_SCALAR_START: { en: 'a value starts with a reserved character (quote it)', ko: '값이 예약 문자로 시작합니다(따옴표로 감싸십시오)' },
  MULTIPLE_DOCS: { en: 'several documents in one file', ko: '한 파일에 문서가 여러 개 있습니다' },
  KEY_OVER_1024_CHARS: { en: 'a key longer than 1024 characters', ko: '1024자보다 긴 키가 있습니다' },
  BAD_ALIAS: { en: 'bad alias', ko: '별칭(alias)이 잘못되었습니다' },
  ALIAS_PROPS: { en: 'an alias with a tag or an anchor', ko: '별칭(alias)에 태그나 앵커가 있습니다' },
  MULTIPLE_ANCHORS: { en: 'several anchors on one node', ko: '한 노드에 앵커가 여러 개 있습니다' },
  MULTIPLE_TAGS: { en: 'several tags on one node', ko: '한 노드에 태그가 여러 개 있습니다' },
  BAD_DIRECTIVE: { en: 'bad directive', ko: '지시문이 잘못되었습니다' },
  RESOURCE_EXHAUSTION: { en: 'too many aliases expanded', ko: '확장되는 별칭(alias)이 너무 많습니다' },
};

/** What saxes complained about, classified (its messages may quote names from the source). */
export type XmlSyntaxKind =
  | 'unclosed-tag'
  | 'mismatched-tag'
  | 'attribute'
  | 'duplicate-attribute'
  | 'bad-name'
  | 'entity'
  | 'bad-character'
  | 'outside-root'
  | 'no-root'
  | 'unexpected-end'
  | 'declaration'
  | 'comment'
  | 'namespace'
  | 'syntax';

const XML_KINDS: Record<XmlSyntaxKind, { en: string; ko: string }> = {
  'unclosed-tag': { en: 'an element is not closed', ko: '닫히지 않은 요소가 있습니다' },
  'mismatched-tag': { en: 'a closing tag does not match the open element', ko: '닫는 태그가 열린 요소와 맞지 않습니다' },
  attribute: {
    en: 'a malformed attribute (a value must be quoted, attributes separated by spaces)',
    ko: '속성 형식이 잘못되었습니다(값은 따옴표로 감싸고 속성은 공백으로 구분)',
  },
  'duplicate-attribute': { en: 'an attribute appears twice on one element', ko: '한 요소에 같은 속성이 두 번 있습니다' },
  'bad-name': { en: 'a character not allowed in a name', ko: '이름에 쓸 수 없는 문자가 있습니다' },
  entity: { en: 'an undefined or malformed entity (write & as &amp;)', ko: '정의되지 않았거나 잘못된 엔터티가 있습니다(&는 &amp;로 작성)' },
  'bad-character': { en: 'a character XML does not allow', ko: 'XML에서 허용하지 않는 문자가 있습니다' },
  'outside-root': { en: 'content after the root element', ko: '루트 요소 뒤에 내용이 있습니다' },
  'no-root': { en: 'no root element', ko: '루트 요소가 없습니다' },
  'unexpected-end': { en: 'the file ends too soon', ko: '파일이 중간에 끝납니다' },
  declaration: { en: 'a malformed XML declaration or doctype', ko: 'XML 선언이나 doctype이 잘못되었습니다' },
  comment: { en: 'a malformed comment', ko: '주석 형식이 잘못되었습니다' },
  namespace: { en: 'an undeclared or misused namespace prefix', ko: '선언되지 않았거나 잘못 쓰인 네임스페이스 접두사가 있습니다' },
  syntax: { en: 'a syntax error', ko: '구문 오류가 있습니다' },
};

/** jsonc-parser's error codes (printParseErrorCode), as a phrase. */
const JSON_KINDS: Record<string, string> = {
  InvalidSymbol: '잘못된 기호가 있습니다',
  InvalidNumberFormat: '숫자 형식이 잘못되었습니다',
  PropertyNameExpected: '속성 이름이 있어야 합니다',
  ValueExpected: '값이 있어야 합니다',
  ColonExpected: '콜론(:)이 있어야 합니다',
  CommaExpected: '쉼표(,)가 있어야 합니다',
  CloseBraceExpected: '닫는 중괄호(})가 있어야 합니다',
  CloseBracketExpected: '닫는 대괄호(])가 있어야 합니다',
  EndOfFileExpected: '값 뒤에 내용이 더 있습니다',
  InvalidCommentToken: '주석은 쓸 수 없습니다',
  UnexpectedEndOfComment: '주석이 끝나지 않았습니다',
  UnexpectedEndOfString: '문자열이 끝나지 않았습니다',
  UnexpectedEndOfNumber: '숫자가 끝나지 않았습니다',
  InvalidUnicode: '유니코드 이스케이프가 잘못되었습니다',
  InvalidEscapeCharacter: '이스케이프 문자가 잘못되었습니다',
  InvalidCharacter: '잘못된 문자가 있습니다',
  NoValue: '값이 없습니다',
};

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
const JSON_KIND_KO: Record<JsonKind, string> = { object: '객체', array: '배열', string: '문자열', number: '숫자', boolean: '불리언', null: 'null' };

/** Which secret a live source needs. */
export type SecretWhat =
  { kind: 'password'; user: string; url: string } | { kind: 'token'; url: string } | { kind: 'umapiSecret'; clientId: string } | { kind: 'consoleToken' };

export function secretEn(secret: SecretWhat, f: Format): string {
  switch (secret.kind) {
    case 'password':
      return `the password of Campaign operator ${f.v(secret.user)} at ${secret.url}`;
    case 'token':
      return `the IMS bearer token for ${secret.url}`;
    case 'umapiSecret':
      return `the client secret of the UMAPI credential ${f.v(secret.clientId)}`;
    case 'consoleToken':
      return 'an IMS access token for the Developer Console';
  }
}

export function secretKo(secret: SecretWhat, f: Format): string {
  switch (secret.kind) {
    case 'password':
      return `${secret.url}의 Campaign 운영자 암호(운영자: ${f.v(secret.user)})`;
    case 'token':
      return `${secret.url}용 IMS 베어러 토큰`;
    case 'umapiSecret':
      return `UMAPI 자격 증명의 클라이언트 암호(클라이언트 ID: ${f.v(secret.clientId)})`;
    case 'consoleToken':
      return 'Developer Console용 IMS 액세스 토큰';
  }
}

/** A SOAP method (and the schema it was called on), as the Campaign collector calls it. */
export interface SoapStep {
  method: string;
  schema?: string;
}

const step = (s: SoapStep): string => (s.schema ? `${s.method} (${s.schema})` : s.method);

/** What came back instead of a SOAP answer, without quoting more than its start. */
export type BodyFacts = { kind: 'empty' } | { kind: 'html'; title: string | null } | { kind: 'text'; contentType: string; bytes: number; start: string };

function bodyEn(body: BodyFacts, f: Format): string {
  switch (body.kind) {
    case 'empty':
      return 'an empty body';
    case 'html':
      return `an HTML page${body.title ? ` titled ${f.v(body.title)}` : ''}`;
    case 'text':
      return `${f.n(body.bytes)} bytes of ${body.contentType} starting ${f.v(body.start)}`;
  }
}

function bodyKo(body: BodyFacts, f: Format): string {
  switch (body.kind) {
    case 'empty':
      return '빈 본문';
    case 'html':
      return `HTML 페이지${body.title ? `(제목: ${f.v(body.title)})` : ''}`;
    case 'text':
      return `${body.contentType} ${f.n(body.bytes)}바이트(시작: ${f.v(body.start)})`;
  }
}

/** A SOAP fault as Campaign wrote it: its error code (XSV-…), its text, and the SOAP fault code. */
export interface SoapFault {
  code: string;
  text: string;
  faultCode: string;
}

function faultText(fault: SoapFault, f: Format): string {
  const parts = [fault.code, fault.text ? f.v(fault.text) : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : `fault ${fault.faultCode || '?'}`;
}

/** Why the first answer says this is not a Campaign server. */
export type NotCampaignAnswer =
  | { kind: 'redirect'; path: string; status: number }
  | { kind: 'not-found'; path: string }
  | { kind: 'element'; name: string }
  | { kind: 'body'; body: BodyFacts };

const NET_ADVICE: Partial<Record<NetFailure['kind'], { en: string; ko: string }>> = {
  dns: { en: 'check the URL in the workspace, and DNS on this machine', ko: '워크스페이스의 URL과 이 컴퓨터의 DNS를 확인하십시오' },
  refused: { en: 'the server is down, or the URL has the wrong port', ko: '서버가 중지되었거나 URL의 포트가 틀렸습니다' },
  timeout: {
    en: 'the server is slow or unreachable; raise --timeout if it is just slow',
    ko: '서버가 느리거나 연결할 수 없습니다. 느린 것뿐이라면 --timeout 값을 늘리십시오',
  },
  tls: {
    en: 'fix the certificate, or add the CA that signed it with NODE_EXTRA_CA_CERTS (verification is never switched off)',
    ko: '인증서를 고치거나, 서명한 CA를 NODE_EXTRA_CA_CERTS로 추가하십시오(검증은 끄지 않습니다)',
  },
  reset: { en: 'the server or a proxy dropped the connection', ko: '서버나 프록시가 연결을 끊었습니다' },
  proxy: { en: 'check HTTPS_PROXY / NO_PROXY', ko: 'HTTPS_PROXY / NO_PROXY를 확인하십시오' },
};

export const PROBLEMS = catalogue({
  // ---- Reading a file (inputs/read-text.ts) ----
  notFound: { en: () => 'does not exist.', ko: () => '파일이 없습니다.' },
  isFolder: {
    en: (p: { expected: 'file' | 'har' }) => (p.expected === 'har' ? 'is a folder, not a HAR file.' : 'is a folder, not a file.'),
    ko: (p) => (p.expected === 'har' ? 'HAR 파일이 아니라 폴더입니다.' : '파일이 아니라 폴더입니다.'),
  },
  permissionDenied: { en: () => 'cannot be read (permission denied).', ko: () => '읽을 수 없습니다(권한 없음).' },
  unreadable: {
    en: (p: { code: string | null }) => `cannot be read (${p.code ?? 'unknown error'}).`,
    ko: (p) => `읽을 수 없습니다(${p.code ?? '알 수 없는 오류'}).`,
  },
  tooLarge: {
    en: (p: { bytes: number; limit: number }, f: Format) => `is ${f.n(p.bytes)} bytes, more than ims-doctor reads whole (${f.n(p.limit)}).`,
    ko: (p, f) => `크기가 ${f.n(p.bytes)}바이트로, ims-doctor가 한 번에 읽는 한도(${f.n(p.limit)}바이트)를 넘습니다.`,
  },
  binary: {
    en: (p: { format: 'text' | 'har' | 'log' }) =>
      ({
        text: 'is not a text file (it contains binary data); give the exported text file instead.',
        har: "is not a HAR file: it contains binary data (a HAR is JSON text saved from the browser's Network panel).",
        log: "is not a text log (it contains binary data); give Campaign's .log files (logins.log, web.log) or their .gz copies.",
      })[p.format],
    ko: (p) =>
      ({
        text: '텍스트 파일이 아닙니다(바이너리 데이터 포함). 내보낸 텍스트 파일을 지정하십시오.',
        har: 'HAR 파일이 아닙니다. 바이너리 데이터가 들어 있습니다(HAR는 브라우저의 네트워크(Network) 패널에서 저장한 JSON 텍스트입니다).',
        log: '텍스트 로그가 아닙니다(바이너리 데이터 포함). Campaign의 .log 파일(logins.log, web.log)이나 그 .gz 사본을 지정하십시오.',
      })[p.format],
  },
  empty: {
    en: (p: { what: 'file' | 'settings' | 'userExport' | 'har' }) =>
      ({
        file: 'is empty.',
        settings: 'is empty: it holds no settings.',
        userExport: 'is empty: an Admin Console user export starts with its header line.',
        har: 'is empty: a HAR file is the JSON the browser saves from its Network panel ("Save all as HAR").',
      })[p.what],
    ko: (p) =>
      ({
        file: '비어 있습니다.',
        settings: '비어 있습니다. 설정이 하나도 없습니다.',
        userExport: '비어 있습니다. Admin Console 사용자 내보내기 파일은 머리글 줄로 시작합니다.',
        har: '비어 있습니다. HAR 파일은 브라우저가 네트워크(Network) 패널에서 저장하는 JSON입니다(모두 HAR로 저장(Save all as HAR)).',
      })[p.what],
  },
  unknownEncoding: {
    en: (p: { encoding: string }, f: Format) => `declares the encoding ${f.v(p.encoding)}, which ims-doctor cannot read; save it as UTF-8.`,
    ko: (p, f) => `ims-doctor가 읽을 수 없는 인코딩을 선언합니다(${f.v(p.encoding)}). UTF-8로 저장하십시오.`,
  },
  notUtf8: {
    en: (p: { what: 'file' | 'userExport' }) =>
      p.what === 'userExport'
        ? 'is not valid UTF-8; export it again from the Admin Console or save it as UTF-8.'
        : 'is not valid UTF-8; save it as UTF-8 or declare its encoding (e.g. ISO-8859-1).',
    ko: (p) =>
      p.what === 'userExport'
        ? '올바른 UTF-8이 아닙니다. Admin Console에서 다시 내보내거나 UTF-8로 저장하십시오.'
        : '올바른 UTF-8이 아닙니다. UTF-8로 저장하거나 인코딩을 선언하십시오(예: ISO-8859-1).',
  },

  // ---- YAML (inputs/yaml-document.ts) ----
  yamlSyntax: {
    en: (p: { code: YamlErrorCode }) => `is not valid YAML: ${YAML_KINDS[p.code]?.en ?? `syntax error (${p.code})`}.`,
    ko: (p) => `올바른 YAML이 아닙니다: ${YAML_KINDS[p.code]?.ko ?? `구문 오류(${p.code})`}.`,
  },
  notMapping: {
    en: (p: { place: YamlPlace }, f: Format) => `${placeEn(p.place, f)} should be a mapping (key: value lines).`,
    ko: (p, f) => `${placeKo(p.place, f)}: 매핑(키: 값 형식의 줄)이어야 합니다.`,
  },
  notText: {
    en: (p: { place: YamlPlace }, f: Format) => `${placeEn(p.place, f)} should be a text value.`,
    ko: (p, f) => `${placeKo(p.place, f)}: 텍스트 값이어야 합니다.`,
  },
  notList: {
    en: (p: { place: YamlPlace }, f: Format) => `${placeEn(p.place, f)} should be a list.`,
    ko: (p, f) => `${placeKo(p.place, f)}: 목록이어야 합니다.`,
  },
  unknownKey: {
    en: (p: { place: YamlPlace; key: string; suggestion: string | null; known: string[] }, f: Format) =>
      `unknown key ${f.v(p.key)} in ${placeEn(p.place, f)}.${p.suggestion !== null ? ` Did you mean ${f.code(p.suggestion)}?` : ` Known keys: ${f.list(p.known)}.`}`,
    ko: (p, f) =>
      `알 수 없는 키입니다(${f.v(p.key)}, 위치: ${placeKo(p.place, f)}).${p.suggestion !== null ? ` 혹시 ${f.code(p.suggestion)} 키입니까?` : ` 사용 가능한 키: ${f.list(p.known)}.`}`,
  },
  missingKey: {
    en: (p: { place: YamlPlace; key: string }, f: Format) => `${placeEn(p.place, f)} is missing the key "${p.key}".`,
    ko: (p, f) => `${placeKo(p.place, f)}: "${p.key}" 키가 없습니다.`,
  },

  // ---- The workspace file (collectors/workspace-config.ts) ----
  noWorkspaceFile: {
    en: () => 'holds no ims-doctor.yaml; give the workspace folder or the path of its YAML file.',
    ko: () => '이 폴더에 ims-doctor.yaml이 없습니다. 워크스페이스 폴더나 그 YAML 파일의 경로를 지정하십시오.',
  },
  imsNeedsSource: {
    en: () => '"ims" should name a "client" file, a "console" file, or both.',
    ko: () => '"ims" 항목에 "client" 파일, "console" 파일 또는 둘 다를 지정해야 합니다.',
  },
  instanceNameInvalid: {
    en: (p: { name: string }, f: Format) =>
      `instance name ${f.v(p.name)} should be letters, digits, "-", "_" or "." (it is used in --instance and in reports).`,
    ko: (p, f) => `인스턴스 이름에는 문자, 숫자, "-", "_", "."만 쓸 수 있습니다(--instance와 보고서에 사용): ${f.v(p.name)}.`,
  },
  instanceNameTwice: {
    en: (p: { name: string }, f: Format) => `instance name ${f.v(p.name)} is used twice; names must be unique.`,
    ko: (p, f) => `인스턴스 이름이 두 번 쓰였습니다(${f.v(p.name)}). 이름은 서로 달라야 합니다.`,
  },
  roleInvalid: {
    en: (p: { role: string; instance: string; allowed: string[] }, f: Format) =>
      `role ${f.v(p.role)} of instance ${f.v(p.instance)} should be one of ${f.list(p.allowed, 'or')}.`,
    ko: (p, f) => `인스턴스 ${f.v(p.instance)}의 역할(${f.v(p.role)})은 ${f.list(p.allowed, 'or')} 중 하나여야 합니다.`,
  },
  noInstances: {
    en: () => '"instances" is empty: describe at least one Campaign instance.',
    ko: () => '"instances" 목록이 비어 있습니다. Campaign 인스턴스를 하나 이상 기술하십시오.',
  },
  ignoreUnknownInstance: {
    en: (p: { instance: string }, f: Format) => `"ignore" names the instance ${f.v(p.instance)}, which the workspace does not describe.`,
    ko: (p, f) => `"ignore" 항목이 워크스페이스에 없는 인스턴스를 가리킵니다: ${f.v(p.instance)}.`,
  },
  ignoreNeedsReason: {
    en: (p: { index: number }) => `"ignore" entry #${p.index} is missing the key "reason" (every suppression needs its reason).`,
    ko: (p) => `"ignore" 항목 #${p.index}: "reason" 키가 없습니다(제외할 때마다 이유가 필요합니다).`,
  },
  campaignPackageAndUrl: {
    en: (p: { instance: string }, f: Format) =>
      `"campaign" of instance ${f.v(p.instance)} names both a "package" and a "url": read the instance from a package export or live, not both.`,
    ko: (p, f) =>
      `"campaign"(인스턴스 ${f.v(p.instance)})에 "package"와 "url"이 모두 있습니다. 인스턴스는 패키지 내보내기나 실시간 중 한 가지 방법으로만 읽습니다.`,
  },
  campaignUrlInvalid: {
    en: (p: { instance: string; url: string }, f: Format) =>
      `"campaign.url" of instance ${f.v(p.instance)} should be the instance's URL, like https://campaign.example.com (got ${f.v(p.url)}).`,
    ko: (p, f) => `"campaign.url"(인스턴스 ${f.v(p.instance)}): https://campaign.example.com 같은 인스턴스 URL이어야 합니다(현재 값: ${f.v(p.url)}).`,
  },
  campaignUrlCredentials: {
    en: (p: { instance: string }, f: Format) =>
      `"campaign.url" of instance ${f.v(p.instance)} carries a user or password: name them with "user" and "passwordEnv" instead.`,
    ko: (p, f) => `"campaign.url"(인스턴스 ${f.v(p.instance)})에 사용자나 암호가 들어 있습니다. 대신 "user"와 "passwordEnv"로 지정하십시오.`,
  },
  envNameInvalid: {
    en: (p: { instance: string; key: 'passwordEnv' | 'tokenEnv' }, f: Format) =>
      `"campaign.${p.key}" of instance ${f.v(p.instance)} names an environment variable (letters, digits, "_"), not the secret itself.`,
    ko: (p, f) => `"campaign.${p.key}"(인스턴스 ${f.v(p.instance)}): 비밀 값 자체가 아니라 환경 변수 이름(문자, 숫자, "_")을 써야 합니다.`,
  },
  campaignAuthBoth: {
    en: (p: { instance: string }, f: Format) => `"campaign" of instance ${f.v(p.instance)}: give either "user" with "passwordEnv", or "tokenEnv", not both.`,
    ko: (p, f) => `"campaign"(인스턴스 ${f.v(p.instance)}): "user"와 "passwordEnv", 또는 "tokenEnv" 중 하나만 지정하십시오.`,
  },
  campaignAuthMissing: {
    en: (p: { instance: string }, f: Format) =>
      `"campaign" of instance ${f.v(p.instance)} needs "user" and "passwordEnv" (the environment variable holding the password), or "tokenEnv" (the one holding an IMS bearer token).`,
    ko: (p, f) =>
      `"campaign"(인스턴스 ${f.v(p.instance)})에 "user"와 "passwordEnv"(암호가 든 환경 변수), 또는 "tokenEnv"(IMS 베어러 토큰이 든 환경 변수)가 필요합니다.`,
  },

  // ---- Exports (collectors) ----
  wrongRoot: {
    en: (p: { found: string; expected: 'package' | 'serverconf' }) =>
      p.expected === 'package'
        ? `is not a Campaign package export: its root element is <${p.found}>, expected <package>.`
        : `is not a Campaign serverConf.xml: its root element is <${p.found}>, expected <serverconf>.`,
    ko: (p) =>
      p.expected === 'package'
        ? `Campaign 패키지 내보내기 파일이 아닙니다. 루트 요소가 <package>가 아닙니다(<${p.found}>).`
        : `Campaign serverConf.xml이 아닙니다. 루트 요소가 <serverconf>가 아닙니다(<${p.found}>).`,
  },
  notUserExport: {
    en: (p: { missing: { column: string; found: string | null }[] }, f: Format) =>
      `is not an Admin Console user export: its header lacks ${f.list(p.missing.map((m) => (m.found !== null ? `"${m.column}" (found ${f.v(m.found)})` : `"${m.column}"`)))}.`,
    ko: (p, f) =>
      `Admin Console 사용자 내보내기 파일이 아닙니다. 머리글에 다음 열이 없습니다: ${f.list(p.missing.map((m) => (m.found !== null ? `"${m.column}"(비슷한 열: ${f.v(m.found)})` : `"${m.column}"`)))}.`,
  },

  // ---- XML (inputs/xml-document.ts) ----
  xmlSyntax: {
    en: (p: { kind: XmlSyntaxKind }) => `is not well-formed XML: ${XML_KINDS[p.kind].en}.`,
    ko: (p) => `올바른 형식의 XML이 아닙니다: ${XML_KINDS[p.kind].ko}.`,
  },
  xmlEntities: {
    en: () => 'declares XML entities; ims-doctor does not expand entities (they can hide or multiply content). Export the package again from Campaign.',
    ko: () => 'XML 엔터티를 선언합니다. ims-doctor는 엔터티를 확장하지 않습니다(내용을 숨기거나 부풀릴 수 있음). Campaign에서 패키지를 다시 내보내십시오.',
  },
  xmlNoElement: { en: () => 'holds no XML element.', ko: () => 'XML 요소가 없습니다.' },

  // ---- JSON (inputs/json-document.ts) ----
  jsonSyntax: {
    // The code's words, as jsonc-parser names it (CommaExpected: "comma expected").
    en: (p: { code: string }) => `is not valid JSON: ${p.code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.`,
    ko: (p) => `올바른 JSON이 아닙니다: ${JSON_KINDS[p.code] ?? `구문 오류(${p.code})`}.`,
  },

  // ---- Saved snapshots (collectors/snapshot-file.ts); `path` is a JSON path such as instances[0].campaign ----
  snapshotMissingKey: {
    en: (p: { path: string; key: string }) => `is not an ims-doctor snapshot: ${p.path || 'the snapshot'} has no "${p.key}".`,
    ko: (p) => `ims-doctor 스냅샷이 아닙니다. ${p.path || '스냅샷'}: "${p.key}" 항목이 없습니다.`,
  },
  snapshotWrongType: {
    en: (p: { path: string; key: string; expected: JsonKind; found: JsonKind }) =>
      `is not an ims-doctor snapshot: "${p.key}" of ${p.path || 'the snapshot'} should be ${p.expected === 'array' || p.expected === 'object' ? 'an' : 'a'} ${p.expected}, not ${p.found}.`,
    ko: (p) =>
      `ims-doctor 스냅샷이 아닙니다. ${p.path || '스냅샷'}의 "${p.key}" 항목 형식이 맞지 않습니다(필요: ${JSON_KIND_KO[p.expected]}, 현재: ${JSON_KIND_KO[p.found]}).`,
  },
  snapshotNotObject: {
    en: (p: { path: string }) => `is not an ims-doctor snapshot: ${p.path ? `${p.path} should be an object` : 'it should hold a JSON object'}.`,
    ko: (p) => `ims-doctor 스냅샷이 아닙니다. ${p.path ? `${p.path} 항목은 객체여야 합니다` : 'JSON 객체여야 합니다'}.`,
  },
  snapshotVersion: {
    en: (p: { found: string; supported: number }, f: Format) =>
      `is a snapshot of schema version ${f.v(p.found)}; this ims-doctor reads version ${p.supported}.`,
    ko: (p, f) => `스냅샷 스키마 버전이 맞지 않습니다(파일: ${f.v(p.found)}, 이 ims-doctor: ${p.supported}).`,
  },
  snapshotBadState: {
    en: (p: { path: string; value: string }, f: Format) =>
      `is not an ims-doctor snapshot: "state" of ${p.path} should be "ok", "absent" or "error", not ${f.v(p.value)}.`,
    ko: (p, f) => `ims-doctor 스냅샷이 아닙니다. ${p.path}의 "state"는 "ok", "absent", "error" 중 하나여야 합니다(현재: ${f.v(p.value)}).`,
  },
  snapshotUnknownProblem: {
    en: (p: { path: string; id: string }, f: Format) =>
      `is not a snapshot this ims-doctor can read: ${p.path} names the problem ${f.v(p.id)}, which it does not know.`,
    ko: (p, f) => `이 ims-doctor가 읽을 수 없는 스냅샷입니다. ${p.path}: 알 수 없는 문제 ID입니다(${f.v(p.id)}).`,
  },

  // ---- HAR recordings (analyzers/har-file.ts) ----
  harTooLarge: {
    en: (p: { limit: number }, f: Format) => `is larger than ims-doctor can read whole (${f.n(p.limit)} characters); record a shorter session.`,
    ko: (p, f) => `ims-doctor가 한 번에 읽을 수 있는 크기(${f.n(p.limit)}자)보다 큽니다. 더 짧게 기록하십시오.`,
  },
  harNoLog: {
    en: () => 'is JSON but not a HAR file: it has no "log" object (HAR 1.2 keeps everything under "log").',
    ko: () => 'JSON이지만 HAR 파일이 아닙니다. "log" 객체가 없습니다(HAR 1.2는 모든 내용을 "log" 아래에 둡니다).',
  },
  harNoEntries: {
    en: () => 'is not a complete HAR file: "log" has no "entries" list (where HAR 1.2 keeps the requests).',
    ko: () => '완전한 HAR 파일이 아닙니다. "log"에 "entries" 목록(HAR 1.2에서 요청을 담는 곳)이 없습니다.',
  },
  harTruncated: {
    en: () =>
      'is truncated: the JSON ends before the HAR does. Save it again from the browser (Network panel → "Save all as HAR") and wait until the download finishes.',
    ko: () =>
      '파일이 잘렸습니다. HAR가 끝나기 전에 JSON이 끝납니다. 브라우저에서 다시 저장하고(네트워크(Network) 패널 → 모두 HAR로 저장(Save all as HAR)) 다운로드가 끝날 때까지 기다리십시오.',
  },
  harNotJson: {
    en: () => 'is not valid JSON, so not a HAR file the browser saved; save it again from the Network panel.',
    ko: () => '올바른 JSON이 아니므로 브라우저가 저장한 HAR 파일이 아닙니다. 네트워크(Network) 패널에서 다시 저장하십시오.',
  },

  // ---- Logs (analyzers/log-scan.ts) ----
  gzipCorrupt: {
    en: (p: { code: string | null }) =>
      `is a gzip file that cannot be decompressed (${p.code === 'Z_BUF_ERROR' ? 'it is truncated' : (p.code ?? 'unknown error')}); copy it again from the server.`,
    ko: (p) => `압축을 풀 수 없는 gzip 파일입니다(${p.code === 'Z_BUF_ERROR' ? '파일이 잘림' : (p.code ?? '알 수 없는 오류')}). 서버에서 다시 복사하십시오.`,
  },
  utf16Log: {
    en: () => 'is UTF-16 text; ims-doctor reads logs in UTF-8 or EUC-KR. Convert it (e.g. iconv -f UTF-16 -t UTF-8) and run again.',
    ko: () => 'UTF-16 텍스트입니다. ims-doctor는 UTF-8 또는 EUC-KR 로그를 읽습니다. 변환한 뒤(예: iconv -f UTF-16 -t UTF-8) 다시 실행하십시오.',
  },

  // ---- Secrets of live sources (collectors/live/secrets.ts) ----
  secretNotSet: {
    en: (p: { variable: string; secret: SecretWhat; prompted: boolean }, f: Format) =>
      `the environment variable ${p.variable} holding ${secretEn(p.secret, f)} is not set${p.prompted ? ' and nothing was typed' : ' (and there is no terminal to ask on)'}; export it before running ims-doctor.`,
    ko: (p, f) =>
      `환경 변수가 설정되지 않았습니다(${p.variable}: ${secretKo(p.secret, f)})${p.prompted ? ', 입력된 값도 없습니다' : ', 물어볼 터미널도 없습니다'}. ims-doctor를 실행하기 전에 export로 설정하십시오.`,
  },

  // ---- The live Campaign collector (collectors/live/campaign-soap.ts); the endpoint stands for the path ----
  campaignUnreachable: {
    en: (p: { step: SoapStep; failure: NetFailure }, f: Format) => {
      const advice = NET_ADVICE[p.failure.kind];
      return `could not read Campaign (${step(p.step)}): ${f.say(COMMON, { id: 'netFailure', params: { failure: p.failure } })}${advice ? `; ${advice.en}` : ''}.`;
    },
    ko: (p, f) => {
      const advice = NET_ADVICE[p.failure.kind];
      return `Campaign을 읽을 수 없습니다(${step(p.step)}): ${f.say(COMMON, { id: 'netFailure', params: { failure: p.failure } })}.${advice ? ` ${advice.ko}.` : ''}`;
    },
  },
  notCampaign: {
    en: (p: { answer: NotCampaignAnswer }, f: Format) => {
      const a = p.answer;
      switch (a.kind) {
        case 'redirect':
          return `does not look like a Campaign server: ${a.path} answered HTTP ${a.status} (a redirect), which Campaign's SOAP router never does.`;
        case 'not-found':
          return `does not look like a Campaign server: ${a.path} answered HTTP 404 (check the URL: it is the instance's address, without /nl/jsp/…).`;
        case 'element':
          return `does not look like a Campaign server: /r/test answered <${a.name}> instead of <redir …/>.`;
        case 'body':
          return `does not look like a Campaign server: /r/test answered ${bodyEn(a.body, f)} instead of <redir …/>.`;
      }
    },
    ko: (p, f) => {
      const a = p.answer;
      switch (a.kind) {
        case 'redirect':
          return `Campaign 서버가 아닌 것 같습니다. ${a.path}에서 HTTP ${a.status}(리디렉션)로 응답했습니다. Campaign의 SOAP 라우터는 리디렉션하지 않습니다.`;
        case 'not-found':
          return `Campaign 서버가 아닌 것 같습니다. ${a.path}에서 HTTP 404로 응답했습니다(URL 확인: /nl/jsp/… 없이 인스턴스 주소만 씁니다).`;
        case 'element':
          return `Campaign 서버가 아닌 것 같습니다. /r/test가 <redir …/> 대신 다른 요소로 응답했습니다: <${a.name}>.`;
        case 'body':
          return `Campaign 서버가 아닌 것 같습니다. /r/test가 <redir …/> 대신 다른 내용으로 응답했습니다: ${bodyKo(a.body, f)}.`;
      }
    },
  },
  campaignLogonRefused: {
    en: (p: { user: string | null; fault: SoapFault }, f: Format) =>
      `Campaign refused ${p.user !== null ? `the login and password of operator ${f.v(p.user)}` : 'the IMS bearer token'} (${faultText(p.fault, f)}).`,
    ko: (p, f) =>
      `Campaign이 ${p.user !== null ? `운영자 로그인과 암호를 거부했습니다(운영자: ${f.v(p.user)}; ` : 'IMS 베어러 토큰을 거부했습니다('}${faultText(p.fault, f)}).`,
  },
  campaignSoapFault: {
    en: (p: { step: SoapStep; fault: SoapFault }, f: Format) => `Campaign answered a SOAP fault to ${step(p.step)} (${faultText(p.fault, f)}).`,
    ko: (p, f) => `Campaign이 ${step(p.step)} 호출에 SOAP 오류로 응답했습니다(${faultText(p.fault, f)}).`,
  },
  campaignHttpRefused: {
    en: (p: { step: SoapStep; status: number; logon: boolean }) =>
      `Campaign refused the request ${step(p.step)} with HTTP ${p.status}${p.logon ? ': check the credentials' : ': the operator may lack the rights to read this'}.`,
    ko: (p) =>
      `Campaign이 ${step(p.step)} 요청을 거부했습니다(HTTP ${p.status}). ${p.logon ? '자격 증명을 확인하십시오' : '운영자에게 이 항목을 읽을 권한이 없을 수 있습니다'}.`,
  },
  campaignHttpError: {
    en: (p: { step: SoapStep; status: number; body: BodyFacts }, f: Format) =>
      `Campaign answered HTTP ${p.status} to ${step(p.step)} with ${bodyEn(p.body, f)} instead of a SOAP answer.`,
    ko: (p, f) => `Campaign이 ${step(p.step)} 호출에 SOAP 응답이 아닌 다른 내용으로 응답했습니다(HTTP ${p.status}): ${bodyKo(p.body, f)}.`,
  },
  campaignCutOff: {
    en: (p: { step: SoapStep; body: BodyFacts }, f: Format) =>
      `Campaign's answer to ${step(p.step)} is not a complete SOAP message (${bodyEn(p.body, f)}): the answer was cut off, or this is not a Campaign server.`,
    ko: (p, f) =>
      `${step(p.step)} 호출에 대한 Campaign의 응답이 완전한 SOAP 메시지가 아닙니다(${bodyKo(p.body, f)}). 응답이 잘렸거나 Campaign 서버가 아닙니다.`,
  },
  campaignFailed: {
    // The SDK's own words, quoted: the last resort when nothing above tells what happened.
    en: (p: { step: SoapStep; detail: string }, f: Format) => `could not read Campaign (${step(p.step)}): ${f.v(p.detail)}.`,
    ko: (p, f) => `Campaign을 읽을 수 없습니다(${step(p.step)}): ${f.v(p.detail)}.`,
  },
  // ---- i10s (issue 10, secrets): a password or token never crosses the network in clear without a word ----
  campaignUrlInsecure: {
    en: (p: { instance: string }, f: Format) =>
      `"campaign.url" of instance ${f.v(p.instance)} is http://: the password or token would cross the network in clear. Use https://, or add "allowInsecureHttp: true" to "campaign" to send it anyway (a test server on a trusted network).`,
    ko: (p, f) =>
      `"campaign.url"(인스턴스 ${f.v(p.instance)})이 http://입니다. 암호나 토큰이 암호화되지 않은 채 네트워크로 전송됩니다. https://를 사용하거나, 그래도 보내려면(신뢰할 수 있는 네트워크의 테스트 서버) "campaign"에 "allowInsecureHttp: true"를 추가하십시오.`,
  },
  // ---- i9b: a live probe that could not run from this machine ----
  probeUnreachable: {
    en: (p: { instance: string; failure: NetFailure }, f: Format) =>
      `could not probe IMS from this machine for instance ${p.instance}: ${f.say(COMMON, { id: 'netFailure', params: { failure: p.failure } })}. This says nothing about Campaign: run --probe from a machine that reaches IMS (check DNS, the firewall and HTTPS_PROXY).`,
    ko: (p, f) =>
      `이 컴퓨터에서 인스턴스 ${p.instance}의 IMS를 확인할 수 없습니다: ${f.say(COMMON, { id: 'netFailure', params: { failure: p.failure } })}. Campaign 문제가 아닙니다. IMS에 접속할 수 있는 컴퓨터에서 --probe를 실행하십시오(DNS, 방화벽, HTTPS_PROXY 확인).`,
  },
  // ---- i10h: hardening (inputs that hang, nest, overflow or read wrong) ----
  notRegularFile: {
    en: (p: { kind: 'fifo' | 'socket' | 'device' | 'other' }) =>
      `is not a regular file (${{ fifo: 'a named pipe', socket: 'a socket', device: 'a device', other: 'not a file with content' }[p.kind]}); give the exported file itself.`,
    ko: (p) =>
      `일반 파일이 아닙니다(${{ fifo: '이름 있는 파이프', socket: '소켓', device: '장치', other: '내용이 있는 파일이 아님' }[p.kind]}). 내보낸 파일 자체를 지정하십시오.`,
  },
  tooDeep: {
    en: (p: { limit: number }, f: Format) => `nests values more than ${f.n(p.limit)} levels deep, which no export does; ims-doctor stops reading it here.`,
    ko: (p, f) => `값이 ${f.n(p.limit)}단계보다 깊게 중첩되어 있습니다. 어떤 내보내기 파일도 이렇게 깊지 않으므로 ims-doctor는 여기서 읽기를 멈춥니다.`,
  },
  jsonDuplicateKey: {
    en: (p: { key: string }, f: Format) => `names the key ${f.v(p.key)} twice in the same object; tools disagree on which one counts, so remove one.`,
    ko: (p, f) => `같은 객체에 같은 키가 두 번 있습니다(${f.v(p.key)}). 어느 쪽을 쓰는지 도구마다 다르므로 하나를 지우십시오.`,
  },
  jsonWrongType: {
    en: (p: { key: string; expected: JsonKind; found: JsonKind }) =>
      `"${p.key}" should be ${p.expected === 'array' || p.expected === 'object' ? 'an' : 'a'} ${p.expected}, not ${p.found === 'array' || p.found === 'object' ? 'an' : 'a'} ${p.found}; download the export again from the Developer Console.`,
    ko: (p) =>
      `"${p.key}" 항목의 형식이 맞지 않습니다(필요: ${JSON_KIND_KO[p.expected]}, 현재: ${JSON_KIND_KO[p.found]}). Developer Console에서 다시 내려받으십시오.`,
  },
  yamlTag: {
    en: () => 'has a value starting with "!", which YAML reads as a tag, not as text; put the value in quotes to keep it as written.',
    ko: () => '값이 "!"로 시작하여 YAML이 텍스트가 아니라 태그로 읽습니다. 값을 따옴표로 감싸 쓴 그대로 유지하십시오.',
  },
  csvUnclosedQuote: {
    en: () =>
      'opens a quoted field here that is never closed, so every line after it would be read as part of this field; export the list again, or close the quote.',
    ko: () => '여기서 시작한 따옴표 필드가 닫히지 않아, 이후의 모든 줄이 이 필드의 일부로 읽힙니다. 목록을 다시 내보내거나 따옴표를 닫으십시오.',
  },
  campaignPageTooLarge: {
    en: (p: { step: SoapStep; asked: number; got: number }, f: Format) =>
      `Campaign answered ${step(p.step)} with ${f.n(p.got)} records when ${f.n(p.asked)} were asked for: ims-doctor stops reading this server (it ignores the page size, or it is not Campaign).`,
    ko: (p, f) =>
      `Campaign이 ${step(p.step)} 호출에 요청한 레코드 수(${f.n(p.asked)}건)보다 많은 ${f.n(p.got)}건을 응답했습니다. 페이지 크기를 무시하는 서버이거나 Campaign이 아니므로 ims-doctor는 이 서버 읽기를 멈춥니다.`,
  },
  campaignTooManyRows: {
    en: (p: { step: SoapStep; limit: number }, f: Format) =>
      `Campaign kept answering ${step(p.step)} with full pages past ${f.n(p.limit)} records, more than any instance has: ims-doctor stops reading this server.`,
    ko: (p, f) =>
      `Campaign이 ${step(p.step)} 호출에 레코드 ${f.n(p.limit)}건이 넘도록 계속 가득 찬 페이지를 응답했습니다. 어떤 인스턴스도 이만큼 많지 않으므로 ims-doctor는 이 서버 읽기를 멈춥니다.`,
  },

  // ---- Earlier results read by check --baseline (diff/result-file.ts) ----
  resultNotCheck: {
    en: (p: { path: string; key: string; expected: JsonKind }) =>
      `is not an ims-doctor check result (check --format json): "${p.key}" of ${p.path || 'the result'} should be ${p.expected === 'array' || p.expected === 'object' ? 'an' : 'a'} ${p.expected}.`,
    ko: (p) => `ims-doctor 검사 결과(check --format json)가 아닙니다. ${p.path || '결과'}의 "${p.key}" 항목은 ${JSON_KIND_KO[p.expected]} 형식이어야 합니다.`,
  },
  resultVersion: {
    en: (p: { found: string; supported: number }, f: Format) =>
      `is a check result of schema version ${f.v(p.found)}; this ims-doctor compares with version ${p.supported}: run the earlier check again with this version.`,
    ko: (p, f) => `검사 결과의 스키마 버전이 맞지 않습니다(파일: ${f.v(p.found)}, 이 ims-doctor: ${p.supported}). 이 버전으로 이전 검사를 다시 실행하십시오.`,
  },
  // ---- issue 11: the live Admin Console (UMAPI) and Developer Console reads, worded by their own catalogues ----
  umapiFailure: {
    en: (p: { fact: UmapiFact }, f: Format) => f.say(UMAPI, { id: 'failure', params: { fact: p.fact } }),
    ko: (p, f) => f.say(UMAPI, { id: 'failure', params: { fact: p.fact } }),
  },
  devConsoleFailure: {
    en: (p: { fact: DevConsoleFact }, f: Format) => f.say(DEV_CONSOLE, { id: 'failure', params: { fact: p.fact } }),
    ko: (p, f) => f.say(DEV_CONSOLE, { id: 'failure', params: { fact: p.fact } }),
  },
  liveEnvNameInvalid: {
    en: (p: { key: string }) => `"${p.key}" names an environment variable (letters, digits, "_"), not the secret itself.`,
    ko: (p) => `"${p.key}": 비밀 값 자체가 아니라 환경 변수 이름(문자, 숫자, "_")을 써야 합니다.`,
  },
  umapiOrgIdInvalid: {
    en: (p: { orgId: string }, f: Format) =>
      `"adminConsole.umapi.orgId" should be the IMS organization ID, 24 hexadecimal digits and "@AdobeOrg" (Admin Console: Settings > Identity), not ${f.v(p.orgId)}.`,
    ko: (p, f) => `"adminConsole.umapi.orgId"에는 IMS 조직 ID(16진수 24자리와 "@AdobeOrg", Admin Console: 설정 > ID)를 써야 합니다(현재 값: ${f.v(p.orgId)}).`,
  },
  positiveMinutes: {
    en: (p: { key: string; value: string }, f: Format) => `"${p.key}" should be a number of minutes above 0 and at most a week (got ${f.v(p.value)}).`,
    ko: (p, f) => `"${p.key}": 0보다 크고 일주일 이하인 분 단위 숫자여야 합니다(현재 값: ${f.v(p.value)}).`,
  },
  adminConsoleUsersAndUmapi: {
    en: () => '"adminConsole" names both "users" (the CSV export) and "umapi" (the live read): keep one.',
    ko: () => '"adminConsole" 항목에 "users"(CSV 내보내기)와 "umapi"(실시간 읽기)가 모두 있습니다. 하나만 남기십시오.',
  },
  consoleExportAndProject: {
    en: () => '"ims" names both "console" (the Developer Console export) and "consoleProject" (the same project read live): keep one.',
    ko: () => '"ims" 항목에 "console"(Developer Console 내보내기)과 "consoleProject"(같은 프로젝트의 실시간 읽기)가 모두 있습니다. 하나만 남기십시오.',
  },
  // ---- Fleets (src/fleet/) ----
  fleetEmpty: {
    en: () => '"workspaces" is empty: list at least one workspace (a folder, its ims-doctor.yaml, or a glob such as orgs/*/ims-doctor.yaml).',
    ko: () => '"workspaces" 목록이 비어 있습니다. 워크스페이스를 하나 이상 지정하십시오(폴더, 그 ims-doctor.yaml 또는 orgs/*/ims-doctor.yaml 같은 glob).',
  },
  fleetGlobEmpty: {
    en: (p: { pattern: string }, f: Format) => `the pattern ${f.v(p.pattern)} matches no file or folder (patterns are relative to the fleet file).`,
    ko: (p, f) => `일치하는 파일이나 폴더가 없는 패턴입니다: ${f.v(p.pattern)}(패턴은 플릿 파일 기준의 상대 경로입니다).`,
  },
  fleetLabelTwice: {
    en: (p: { label: string }, f: Format) => `the workspace label ${f.v(p.label)} is used twice; labels name the workspaces in the reports and must be unique.`,
    ko: (p, f) => `워크스페이스 레이블이 두 번 쓰였습니다(${f.v(p.label)}). 레이블은 보고서에서 워크스페이스를 가리키므로 서로 달라야 합니다.`,
  },
  instanceDeadline: {
    en: (p: { instance: string; seconds: number }, f: Format) =>
      `instance ${f.v(p.instance)} was not read within its deadline of ${f.n(p.seconds)} s: ims-doctor stopped waiting for it and checked the others (raise --deadline, or look at the server).`,
    ko: (p, f) =>
      `인스턴스 ${f.v(p.instance)}: 기한(${f.n(p.seconds)}초) 안에 읽지 못해 더 기다리지 않고 나머지 인스턴스를 검사했습니다. --deadline 값을 늘리거나 서버를 확인하십시오.`,
  },
  // ---- YAML that the library cannot say well where or why it stops ----
  yamlTooDeep: {
    en: () => 'nests values deeper than any settings file does (the YAML reader ran out of stack); ims-doctor stops reading it here.',
    ko: () => '값이 어떤 설정 파일보다도 깊게 중첩되어 있습니다(YAML 읽기 중 스택 한도 초과). ims-doctor는 여기서 읽기를 멈춥니다.',
  },
  yamlUnclosedFlow: {
    en: (p: { opener: '[' | '{' }) =>
      `opens a ${p.opener === '[' ? 'list' : 'mapping'} with ${p.opener} here that is never closed (a ${p.opener === '[' ? ']' : '}'} is missing).`,
    ko: (p) => `여기서 시작한 ${p.opener === '[' ? '목록([)' : '매핑({)'}이 닫히지 않았습니다(${p.opener === '[' ? ']' : '}'} 없음).`,
  },
  // ---- fleet probes (issue 14) ----
  probeDeadline: {
    en: (p: { instance: string; seconds: number }, f: Format) =>
      `the probes of instance ${f.v(p.instance)} did not end within its deadline of ${f.n(p.seconds)} s: ims-doctor stopped waiting for IMS and the callback host, judged the instance without probes and checked the others (raise --deadline, or look at those hosts).`,
    ko: (p, f) =>
      `인스턴스 ${f.v(p.instance)}: 기한(${f.n(p.seconds)}초) 안에 프로브가 끝나지 않아 IMS와 콜백 호스트를 더 기다리지 않았습니다. 이 인스턴스는 프로브 없이 판정하고 나머지 인스턴스를 검사했습니다. --deadline 값을 늘리거나 해당 호스트를 확인하십시오.`,
  },
  fleetWorkspaceTwice: {
    en: (p: { workspace: string }, f: Format) =>
      `lists the workspace ${f.v(p.workspace)} a second time; each workspace is checked once, so remove one of the entries.`,
    ko: (p, f) => `같은 워크스페이스가 두 번 나옵니다(${f.v(p.workspace)}). 워크스페이스마다 한 번만 검사하므로 항목 하나를 지우십시오.`,
  },
});

export type ProblemRef = MessageRef<typeof PROBLEMS>;

/** True when a snapshot's problem names an entry of this catalogue. */
export function isProblemId(id: string): id is keyof typeof PROBLEMS {
  return Object.prototype.hasOwnProperty.call(PROBLEMS, id);
}

/** Renders a problem recorded in a snapshot (ids are checked when a snapshot is loaded). */
export function problemText(problem: ProblemFact, lang: Lang): string {
  if (!isProblemId(problem.id)) return problem.id;
  return render(PROBLEMS, problem as ProblemRef, lang);
}

/** `path:line:col: sentence`, as a terminal prints it. */
export function problemLine(problem: SourceProblem, lang: Lang): string {
  return `${formatProvenance(problem)}: ${problemText(problem.problem, lang)}`;
}
