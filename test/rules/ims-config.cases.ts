import type { ServerConfPlane } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { campaign, instance, ok, PROD, serverConf, snapshot, src } from '../support/snapshot-builder.js';

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

/** The prod instance on a server of this version (package buildVersion) or build, with the serverConf given (none: not configured). */
function onRelease(written: { version?: string; build?: string }, conf?: ServerConfPlane, logon?: { user?: string; tokenEnv?: string }) {
  return () => {
    const plane = campaign(PROD);
    if (written.version !== undefined) plane.version = src(written.version, 'campaign/prod.xml', 'package/@buildVersion');
    if (written.build !== undefined) plane.buildNumber = src(written.build, 'campaign/prod.xml', 'package/@buildNumber');
    const prod = instance(PROD, { campaign: ok(plane), serverConf: conf ? ok(conf) : { state: 'absent', reason: 'serverConfNotConfigured' } });
    if (logon) prod.liveLogon = { user: logon.user, tokenEnv: logon.tokenEnv, at: { file: 'ims-doctor.yaml', line: 8, column: 7 } };
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
  // ---- real9: the server's version ----
  {
    name: 'v8.6: passes without serverConf, saying native logons are gone whatever serverConf says (package buildVersion)',
    snapshot: onRelease({ version: '8.6' }),
    expect: [{ status: 'pass', messageId: 'nativeGone', params: { release: '8.6', basis: 'version', written: '8.6', serverConf: null } }],
  },
  {
    name: 'v8.6.1: serverConf disableAPI="false" changes nothing',
    snapshot: onRelease({ version: '8.6.1' }, withImsConfig('false')),
    expect: [{ status: 'pass', messageId: 'nativeGone', params: { release: '8.6.1', serverConf: 'false' } }],
  },
  {
    name: 'v8.9.2 told by its published build (no buildVersion)',
    snapshot: onRelease({ build: '9830' }),
    expect: [{ status: 'pass', messageId: 'nativeGone', params: { release: '8.9.2', basis: 'publishedBuild', written: '9830' } }],
  },
  {
    name: 'a build past the published v8.6+ builds is taken for v8.6 or later [I]',
    snapshot: onRelease({ build: '9912' }),
    expect: [{ status: 'pass', messageId: 'nativeGone', params: { release: '8.6', basis: 'buildFloor', written: '9912' } }],
  },
  {
    name: 'v8.6: warns when the live read logs on with a password, suggesting tokenEnv',
    snapshot: onRelease({ version: '8.6.1' }, withImsConfig('true'), { user: 'admin' }),
    expect: [{ status: 'warn', messageId: 'nativeGoneLiveUser', params: { release: '8.6.1', user: 'admin' }, remediationId: 'fixUseToken' }],
  },
  {
    name: 'v8.5.2 (before native login is removed) without serverConf: skips as before',
    snapshot: onRelease({ version: '8.5.2' }),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneAbsent', params: { reason: 'serverConfNotConfigured' } }],
  },
  {
    name: 'v7.4 with serverConf: judged on serverConf alone',
    snapshot: onRelease({ version: '7.4', build: '9383' }, withImsConfig('true')),
    expect: [{ status: 'pass', messageId: 'restricted', params: { count: 4 } }],
  },
  {
    name: 'an unknown build (not published, below the v8.6 threshold) tells nothing',
    snapshot: onRelease({ build: '9381' }),
    expect: [{ status: 'skip', messageId: 'common:skipPlaneAbsent' }],
  },
];
