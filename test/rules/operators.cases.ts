import type { Operator, ServerConfPlane } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { adminConsole, campaign, HEALTHY_USERS, instance, ok, PROD, serverConf, snapshot, src } from '../support/snapshot-builder.js';

const FILE = 'campaign/prod.xml';
const CONF = 'campaign/prod-serverConf.xml';

function operator(name: string, edit: { auth?: string; disabled?: boolean; email?: string; groups?: string[] } = {}): Operator {
  const made: Operator = {
    name: src(name, FILE, `operator[@name="${name}"]`),
    label: name,
    authenticationType: edit.auth ?? 'ims',
    groups: edit.groups ?? ['delivery'],
  };
  if (edit.disabled !== undefined) made.disabled = src(edit.disabled, FILE, `operator[@name="${name}"]/access/@disabled`);
  if (edit.email !== undefined) made.email = src(edit.email, FILE, `operator[@name="${name}"]/@email`);
  return made;
}

const restricted = (): ServerConfPlane =>
  serverConf(PROD, {
    imsConfig: {
      at: { file: CONF, line: 3, column: 5 },
      disableApi: src('true', CONF, 'serverconf/shared/imsConfig/nonIMSAuthnAPI/@disableAPI'),
      allowOperators: ['admin', 'internal|monitoring'].map((name) => src(name, CONF, 'allowOperator/@name')),
    },
  });

function withOperators(operators: Operator[], conf?: ServerConfPlane) {
  return () => {
    const plane = campaign(PROD);
    plane.operators = operators;
    return snapshot([instance(PROD, { campaign: ok(plane), ...(conf ? { serverConf: ok(conf) } : {}) })]);
  };
}

export const CASES: RuleCase[] = [
  {
    name: 'passes on unique, enabled IMS operators',
    snapshot: () => snapshot(),
    expect: [{ status: 'pass', messageId: 'pass', params: { count: 1, ims: 1 } }],
  },
  {
    name: 'passes on native operators that the instance still allows (no imsConfig)',
    snapshot: withOperators([operator('jane.doe@acme.example'), operator('admin', { auth: 'native' }), operator('integration', { auth: '' })]),
    expect: [{ status: 'pass', messageId: 'pass', params: { count: 3, ims: 1 } }],
  },
  {
    name: 'skips an export without operators',
    snapshot: withOperators([]),
    expect: [{ status: 'skip', messageId: 'noOperators', remediationId: 'addOperators' }],
  },
  {
    name: 'fails on two operators sharing an e-mail (case ignored)',
    snapshot: withOperators([operator('jane.doe@acme.example'), operator('jdoe', { auth: 'native', email: 'Jane.Doe@acme.example' })]),
    expect: [
      {
        status: 'fail',
        messageId: 'duplicateEmails',
        params: { count: 1, duplicates: [{ email: 'jane.doe@acme.example', operators: ['jane.doe@acme.example', 'jdoe'] }] },
        remediationId: 'fixDuplicates',
      },
    ],
  },
  {
    name: 'warns on a disabled IMS operator',
    snapshot: withOperators([operator('jane.doe@acme.example'), operator('old.user@acme.example', { disabled: true })]),
    expect: [{ status: 'warn', messageId: 'disabled', params: { count: 1, operators: ['old.user@acme.example'] }, remediationId: 'fixDisabled' }],
  },
  {
    name: 'warns on native operators refused by nonIMSAuthnAPI, not on the allowed ones',
    snapshot: withOperators(
      [
        operator('jane.doe@acme.example'),
        operator('admin', { auth: 'native' }),
        operator('monitoring', { auth: 'native' }),
        operator('batch', { auth: 'native' }),
      ],
      restricted(),
    ),
    expect: [{ status: 'warn', messageId: 'nativeRefused', params: { count: 1, operators: ['batch'] }, remediationId: 'fixNativeRefused' }],
  },
  {
    name: 'passes native operators all on the allowlist',
    snapshot: withOperators([operator('jane.doe@acme.example'), operator('admin', { auth: 'native' })], restricted()),
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
  {
    name: 'fails when an Admin Console user granted groups here has a disabled operator',
    snapshot: () => {
      const plane = campaign(PROD);
      plane.operators = [operator('jisoo.park@acme.example', { disabled: true })];
      return snapshot([instance(PROD, { campaign: ok(plane) })], ok(adminConsole(HEALTHY_USERS)));
    },
    expect: [
      { status: 'warn', messageId: 'disabled' },
      {
        status: 'fail',
        messageId: 'disabledMapped',
        params: { count: 1, users: [{ user: 'jisoo.park@acme.example', operator: 'jisoo.park@acme.example' }] },
        remediationId: 'fixDisabledMapped',
      },
    ],
  },
  // ---- real9: v8.6 no longer allows native logons ----
  {
    name: "v8.6: warns on native operators even without serverConf, sparing Adobe's default technical operators",
    snapshot: () => {
      const plane = campaign(PROD);
      plane.version = src('8.6.1', FILE, 'package/@buildVersion');
      plane.operators = [operator('jane.doe@acme.example'), operator('legacy.user', { auth: 'native' }), operator('admin', { auth: 'native' })];
      return snapshot([instance(PROD, { campaign: ok(plane), serverConf: { state: 'absent', reason: 'serverConfNotConfigured' } })]);
    },
    expect: [
      {
        status: 'warn',
        messageId: 'nativeRemoved',
        params: { release: '8.6.1', basis: 'version', count: 1, operators: ['legacy.user'] },
        remediationId: 'fixNativeRefused',
      },
    ],
  },
  {
    name: 'v8.6: the serverConf allowlist is the one spared',
    snapshot: () => {
      const plane = campaign(PROD);
      plane.version = src('8.6', FILE, 'package/@buildVersion');
      plane.operators = [operator('monitoring', { auth: 'native' }), operator('aemserver', { auth: 'native' })];
      return snapshot([instance(PROD, { campaign: ok(plane), serverConf: ok(restricted()) })]);
    },
    expect: [{ status: 'warn', messageId: 'nativeRemoved', params: { count: 1, operators: ['aemserver'] } }],
  },
  {
    name: 'v8.5: native operators pass where serverConf does not refuse them',
    snapshot: () => {
      const plane = campaign(PROD);
      plane.version = src('8.5.2', FILE, 'package/@buildVersion');
      plane.operators = [operator('legacy.user', { auth: 'native' })];
      return snapshot([instance(PROD, { campaign: ok(plane) })]);
    },
    expect: [{ status: 'pass', messageId: 'pass' }],
  },
];
