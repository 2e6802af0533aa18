import type { ServerConfPlane } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { instance, ok, PROD, serverConf, snapshot, src } from '../support/snapshot-builder.js';

const CONF = 'campaign/config-prod.xml';
const ALLOWED = ['admin', 'aemserver', 'campaign-loginmonitor', 'internal|monitoring'];

/** serverConf with shared > imsConfig > nonIMSAuthnAPI as given (undefined: no disableAPI written). */
function withImsConfig(disableApi: string | undefined, allow: string[] = ALLOWED): ServerConfPlane {
  return serverConf(PROD, {
    imsConfig: {
      at: { file: CONF, line: 3, column: 5, path: 'serverconf/shared/imsConfig' },
      disableApi: disableApi === undefined ? undefined : src(disableApi, CONF, 'serverconf/shared/imsConfig/nonIMSAuthnAPI/@disableAPI'),
      allowOperators: allow.map((name) => src(name, CONF, 'serverconf/shared/imsConfig/nonIMSAuthnAPI/allowOperator/@name')),
    },
  });
}

function live(conf: ServerConfPlane, logon: { user?: string; tokenEnv?: string }) {
  return () => {
    const prod = instance(PROD, { serverConf: ok(conf) });
    prod.liveLogon = { user: logon.user, tokenEnv: logon.tokenEnv, at: { file: 'ims-doctor.yaml', line: 8, column: 7 } };
    return snapshot([prod]);
  };
}

export const CASES: RuleCase[] = [
  {
    name: 'passes when serverConf has no imsConfig (native logons allowed), noting v8.6',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'open', params: { written: null } }],
  },
  {
    name: 'passes when imsConfig writes no disableAPI',
    snapshot: () => snapshot([instance(PROD, { serverConf: ok(withImsConfig(undefined)) })]),
    expect: [{ status: 'pass', messageId: 'open', params: { written: null } }],
  },
  {
    name: 'passes when disableAPI is "false"',
    snapshot: () => snapshot([instance(PROD, { serverConf: ok(withImsConfig('false')) })]),
    expect: [{ status: 'pass', messageId: 'open', params: { written: 'false' } }],
  },
  {
    name: 'passes, listing the allowed operators, when native API logons are refused',
    snapshot: () => snapshot([instance(PROD, { serverConf: ok(withImsConfig('true')) })]),
    expect: [{ status: 'pass', messageId: 'restricted', params: { allowed: ALLOWED, count: 4 } }],
  },
  {
    name: 'says so when no operator is allowed',
    snapshot: () => snapshot([instance(PROD, { serverConf: ok(withImsConfig('true', [])) })]),
    expect: [{ status: 'pass', messageId: 'restricted', params: { count: 0 } }],
  },
  {
    name: 'warns on a disableAPI value that is neither true nor false',
    snapshot: () => snapshot([instance(PROD, { serverConf: ok(withImsConfig('yes')) })]),
    expect: [{ status: 'warn', messageId: 'disableApiOdd', params: { written: 'yes' }, remediationId: 'fixDisableApi' }],
  },
  {
    name: 'fails when the live read logs on with a password as an operator not allowed, suggesting tokenEnv',
    snapshot: live(withImsConfig('true'), { user: 'ims-doctor' }),
    expect: [{ status: 'fail', messageId: 'liveUserRefused', params: { user: 'ims-doctor', allowed: ALLOWED }, remediationId: 'fixUseToken' }],
  },
  {
    name: 'passes when the live read logs on as an allowed operator (alternatives split on |)',
    snapshot: live(withImsConfig('true'), { user: 'monitoring' }),
    expect: [{ status: 'pass', messageId: 'liveUserAllowed', params: { user: 'monitoring' } }],
  },
  {
    name: 'passes when the live read logs on with a token',
    snapshot: live(withImsConfig('true'), { tokenEnv: 'ACME_TOKEN' }),
    expect: [{ status: 'pass', messageId: 'restricted' }],
  },
];
