import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render, type ParamsOf } from '../src/i18n/catalogue.js';
import { LANGS } from '../src/i18n/lang.js';
import { PROBLEMS, type ProblemRef } from '../src/i18n/problems.js';
import { englishRuns } from './support/english.js';

const HANGUL = /[\uac00-\ud7a3]/;

type Samples = { [K in keyof typeof PROBLEMS]: ParamsOf<(typeof PROBLEMS)[K]>[] };

const NET = { kind: 'timeout', host: 'campaign.acme.example', timeoutMs: 30000 } as const;
const BODY_TEXT = { kind: 'text', contentType: 'text/plain', bytes: 42, start: 'Service Unavailable' } as const;
const FAULT = { code: 'XSV-350022', text: 'Incorrect login or password', faultCode: 'SOAP-ENV:Client' };

/** Facts for every entry (the mapped type makes a missing entry a compile error), each variant of a union once. */
const SAMPLES: Samples = {
  notFound: [{}],
  isFolder: [{ expected: 'file' }, { expected: 'har' }],
  permissionDenied: [{}],
  unreadable: [{ code: 'EIO' }, { code: null }],
  tooLarge: [{ bytes: 300_000_000, limit: 268_435_456 }],
  binary: [{ format: 'text' }, { format: 'har' }, { format: 'log' }],
  empty: [{ what: 'file' }, { what: 'settings' }, { what: 'userExport' }, { what: 'har' }],
  unknownEncoding: [{ encoding: 'EBCDIC' }],
  notUtf8: [{ what: 'file' }, { what: 'userExport' }],
  yamlSyntax: [{ code: 'BAD_INDENT' }, { code: 'DUPLICATE_KEY' }, { code: 'IMPOSSIBLE' }],
  notMapping: [
    { place: { owner: 'workspace' } },
    { place: { owner: 'imsClient' } },
    { place: { owner: { instance: 2 } } },
    { place: { owner: { ignore: 1 } } },
  ],
  notText: [{ place: { owner: { instance: 'prod' }, key: 'campaign.url' } }, { place: { owner: 'imsClient', key: 'scopes', item: true } }],
  notList: [{ place: { owner: 'workspace', key: 'instances' } }],
  unknownKey: [
    { place: { owner: { instance: 1 } }, key: 'accesUrl', suggestion: 'accessUrl', known: ['name', 'role', 'accessUrl'] },
    { place: { owner: 'workspace' }, key: 'zzz', suggestion: null, known: ['instances', 'ims'] },
  ],
  missingKey: [{ place: { owner: { instance: 'prod' } }, key: 'role' }],
  noWorkspaceFile: [{}],
  imsNeedsSource: [{}],
  instanceNameInvalid: [{ name: 'prod east' }],
  instanceNameTwice: [{ name: 'prod' }],
  roleInvalid: [{ role: 'qa', instance: 'prod', allowed: ['production', 'stage', 'development'] }],
  noInstances: [{}],
  ignoreUnknownInstance: [{ instance: 'qa' }],
  ignoreNeedsReason: [{ index: 2 }],
  campaignPackageAndUrl: [{ instance: 'prod' }],
  campaignUrlInvalid: [{ instance: 'prod', url: 'campaign.acme.example' }],
  campaignUrlCredentials: [{ instance: 'prod' }],
  envNameInvalid: [
    { instance: 'prod', key: 'passwordEnv' },
    { instance: 'prod', key: 'tokenEnv' },
  ],
  campaignAuthBoth: [{ instance: 'prod' }],
  campaignAuthMissing: [{ instance: 'prod' }],
  wrongRoot: [
    { found: 'navtree', expected: 'package' },
    { found: 'config', expected: 'serverconf' },
  ],
  notUserExport: [
    {
      missing: [
        { column: 'Email', found: 'Mail' },
        { column: 'Product Configurations', found: null },
      ],
    },
  ],
  xmlSyntax: [{ kind: 'unclosed-tag' }, { kind: 'mismatched-tag' }, { kind: 'syntax' }],
  xmlEntities: [{}],
  xmlNoElement: [{}],
  jsonSyntax: [{ code: 'CommaExpected' }, { code: 'SomethingNew' }],
  snapshotMissingKey: [
    { path: '', key: 'instances' },
    { path: 'instances[0]', key: 'name' },
  ],
  snapshotWrongType: [{ path: 'instances[0]', key: 'probes', expected: 'object', found: 'array' }],
  snapshotNotObject: [{ path: '' }, { path: 'instances[1]' }],
  snapshotVersion: [{ found: '7', supported: 1 }],
  snapshotBadState: [{ path: 'instances[0].campaign', value: 'maybe' }],
  snapshotUnknownProblem: [{ path: 'problems[0].problem.id', id: 'legacy' }],
  harTooLarge: [{ limit: 536_870_888 }],
  harNoLog: [{}],
  harNoEntries: [{}],
  harTruncated: [{}],
  harNotJson: [{}],
  gzipCorrupt: [{ code: 'Z_BUF_ERROR' }, { code: 'Z_DATA_ERROR' }, { code: null }],
  utf16Log: [{}],
  secretNotSet: [
    { variable: 'ACME_PROD_PASSWORD', secret: { kind: 'password', user: 'ims-doctor', url: 'https://campaign.acme.example' }, prompted: false },
    { variable: 'ACME_TOKEN', secret: { kind: 'token', url: 'https://campaign.acme.example' }, prompted: true },
  ],
  campaignUnreachable: [
    { step: { method: '/r/test' }, failure: NET },
    {
      step: { method: 'xtk:queryDef#ExecuteQuery', schema: 'nms:extAccount' },
      failure: { kind: 'tls', host: 'campaign.acme.example', code: 'SELF_SIGNED_CERT_IN_CHAIN' },
    },
    { step: { method: 'xtk:session#Logon' }, failure: { kind: 'unreachable', host: 'campaign.acme.example', code: 'EHOSTUNREACH' } },
  ],
  notCampaign: [
    { answer: { kind: 'redirect', path: '/nl/jsp/soaprouter.jsp', status: 302 } },
    { answer: { kind: 'not-found', path: '/nl/jsp/soaprouter.jsp' } },
    { answer: { kind: 'element', name: 'html' } },
    { answer: { kind: 'body', body: { kind: 'html', title: 'Welcome to nginx!' } } },
    { answer: { kind: 'body', body: { kind: 'empty' } } },
  ],
  campaignLogonRefused: [
    { user: 'ims-doctor', fault: FAULT },
    { user: null, fault: { code: '', text: '', faultCode: 'SOAP-ENV:Client' } },
  ],
  campaignSoapFault: [{ step: { method: 'xtk:queryDef#ExecuteQuery', schema: 'xtk:operator' }, fault: FAULT }],
  campaignHttpRefused: [
    { step: { method: 'xtk:session#Logon' }, status: 401, logon: true },
    { step: { method: 'xtk:queryDef#ExecuteQuery' }, status: 403, logon: false },
  ],
  campaignHttpError: [{ step: { method: 'xtk:session#Logon' }, status: 503, body: BODY_TEXT }],
  campaignCutOff: [{ step: { method: 'xtk:queryDef#ExecuteQuery', schema: 'xtk:group' }, body: BODY_TEXT }],
  campaignFailed: [{ step: { method: 'xtk:session#Logon' }, detail: 'socket hang up' }],
  // i10s
  campaignUrlInsecure: [{ instance: 'prod' }],
  // ---- i9b ----
  probeUnreachable: [{ instance: 'prod', failure: { kind: 'dns', host: 'ims-na1.adobelogin.com', code: 'ENOTFOUND' } }],
  // i10h
  notRegularFile: [{ kind: 'fifo' }, { kind: 'socket' }, { kind: 'device' }, { kind: 'other' }],
  tooDeep: [{ limit: 256 }],
  jsonDuplicateKey: [{ key: 'client_id' }],
  jsonWrongType: [
    { key: 'oauth2.client_id', expected: 'string', found: 'number' },
    { key: 'credentials', expected: 'array', found: 'object' },
  ],
  yamlTag: [{}],
  yamlTooDeep: [{}],
  fleetWorkspaceTwice: [{ workspace: 'orgs/acme' }],
  yamlUnclosedFlow: [{ opener: '[' }, { opener: '{' }],
  csvUnclosedQuote: [{}],
  campaignPageTooLarge: [{ step: { method: 'xtk:queryDef#ExecuteQuery', schema: 'xtk:group' }, asked: 500, got: 1000 }],
  campaignTooManyRows: [{ step: { method: 'xtk:queryDef#ExecuteQuery', schema: 'xtk:operator' }, limit: 100000 }],
  resultNotCheck: [
    { path: '', key: 'findings', expected: 'array' },
    { path: 'findings[0]', key: 'rule', expected: 'string' },
  ],
  resultVersion: [{ found: '1', supported: 2 }],
  umapiFailure: [
    { fact: { kind: 'invalid-client', imsServer: 'https://ims-na1.adobelogin.com', clientId: 'acme-umapi-s2s', status: 401 } },
    {
      fact: {
        kind: 'org-invalid',
        orgId: '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg',
        endpoint: 'https://usermanagement.adobe.io/v2/usermanagement/groups/4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg/0',
        status: 400,
        message: 'Organization ID is invalid',
      },
    },
  ],
  devConsoleFailure: [
    {
      fact: {
        kind: 'unauthorized',
        endpoint: 'https://developers.adobe.io/console/organizations/1234567/projects/1/workspaces/2/download',
        status: 401,
        tokenEnv: 'AIO_ACCESS_TOKEN',
      },
    },
  ],
  liveEnvNameInvalid: [{ key: 'adminConsole.umapi.clientSecretEnv' }],
  umapiOrgIdInvalid: [{ orgId: 'acme' }],
  positiveMinutes: [{ key: 'adminConsole.umapi.deadlineMinutes', value: '-5' }],
  adminConsoleUsersAndUmapi: [{}],
  consoleExportAndProject: [{}],
  // ---- Fleets ----
  fleetEmpty: [{}],
  fleetGlobEmpty: [{ pattern: 'orgs/*/ims-doctor.yaml' }],
  fleetLabelTwice: [{ label: 'acme' }],
  instanceDeadline: [{ instance: 'prod', seconds: 20 }],
  probeDeadline: [{ instance: 'prod', seconds: 20 }],
};

describe('the problems catalogue', () => {
  for (const [id, samples] of Object.entries(SAMPLES)) {
    it(`${id}: every variant renders in English and Korean, and the Korean is Korean`, () => {
      assert.ok(samples.length > 0);
      for (const params of samples) {
        const ref = { id, params } as ProblemRef;
        for (const lang of LANGS) {
          const text = render(PROBLEMS, ref, lang);
          assert.ok(text.trim().length > 0, `${id} is empty in ${lang}`);
          assert.doesNotMatch(text, /undefined|null\b(?!")|\[object Object\]|NaN/, `${id} (${lang}): ${text}`);
        }
        const ko = render(PROBLEMS, ref, 'ko');
        assert.match(ko, HANGUL, `${id}: ${ko}`);
        assert.deepEqual(englishRuns(ko), [], `${id}: English left in the Korean text: ${ko}`);
        // No particle right after a placeholder value (Korean particles depend on the word before).
        assert.doesNotMatch(ko, /["”]\s*(?:은\(는\)|을\(를\)|이\(가\)|\(으\)로)/, `${id}: ${ko}`);
      }
    });
  }

  it('has a sample for every entry', () => {
    assert.deepEqual(Object.keys(SAMPLES).sort(), Object.keys(PROBLEMS).sort());
  });
});
