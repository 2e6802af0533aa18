import type { ConsoleCredential } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { ims, instance, ok, PROD, serverConf, snapshot, src } from '../support/snapshot-builder.js';

const CONSOLE = 'ims/console.json';

function credential(name: string, kind: string, email?: string): ConsoleCredential {
  return {
    name,
    kind: src(kind, CONSOLE, 'credentials[1].integration_type'),
    technicalAccountEmail: email ? src(email, CONSOLE, 'credentials[1].technical_account_email') : undefined,
  };
}
const withCredentials = (credentials: ConsoleCredential[]) => () => snapshot([instance(PROD, { ims: ok(ims(PROD, { credentials })) })]);

export const CASES: RuleCase[] = [
  {
    name: 'passes when serverConf has no JWT private key',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'none', params: { serverConf: true, console: false } }],
  },
  {
    name: 'passes when neither serverConf nor the console export has a JWT credential',
    snapshot: withCredentials([credential('Campaign login', 'oauthwebapp')]),
    expect: [{ status: 'pass', messageId: 'none', params: { serverConf: true, console: true } }],
  },
  {
    name: 'skips when neither serverConf nor a console export is read',
    snapshot: () =>
      snapshot([instance(PROD, { serverConf: { state: 'absent', reason: 'serverConfNotConfigured' }, ims: { state: 'absent', reason: 'imsNotConfigured' } })]),
    expect: [{ status: 'skip', messageId: 'unknown' }],
  },
  {
    name: 'warns on a JWT technical account in serverConf (authIMSTAPrivateKey), with the setimsoauth step',
    snapshot: () =>
      snapshot([instance(PROD, { serverConf: ok(serverConf(PROD, { jwtPrivateKeyAt: { file: 'campaign/prod-serverConf.xml', line: 9, column: 12 } })) })]),
    expect: [{ status: 'warn', messageId: 'jwtServerConf', remediationId: 'fixMigrate' }],
  },
  {
    name: 'warns on a JWT credential in the console export',
    snapshot: withCredentials([credential('Campaign login', 'oauthwebapp'), credential('Old integration', 'service', 'abc@techacct.adobe.com')]),
    expect: [{ status: 'warn', messageId: 'jwtConsole', params: { credential: 'Old integration', kind: 'service' }, remediationId: 'fixMigrate' }],
  },
  {
    name: 'warns when the technical account of a server-to-server credential is not an operator',
    snapshot: withCredentials([credential('Message Center', 'oauth_server_to_server', '1234abcd@techacct.adobe.com')]),
    expect: [{ status: 'warn', messageId: 's2sOperatorMissing', params: { email: '1234abcd@techacct.adobe.com' }, remediationId: 'fixS2sOperator' }],
  },
  {
    name: 'passes when the technical account is an operator',
    snapshot: withCredentials([credential('Message Center', 'oauth_server_to_server', 'Jane.Doe@acme.example')]),
    expect: [{ status: 'pass', messageId: 's2sOperatorPresent' }],
  },
];
