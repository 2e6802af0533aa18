import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { Workspace, statuses } from '../support/workspace.js';

const CONFIG_PROD = `<?xml version='1.0'?>
<serverconf>
  <shared>
    <imsConfig>
      <nonIMSAuthnAPI disableAPI="true">
        <allowOperator name="admin"/>
        <allowOperator name="internal|monitoring"/>
      </nonIMSAuthnAPI>
    </imsConfig>
    <ims authIMSEndpoint="https://ims-na1.adobelogin.com" authIMSTAPrivateKey="@c2VjcmV0LWtleS1ub3QtdG8tYmUta2VwdA=="/>
  </shared>
</serverconf>
`;
const PRIVATE_KEY = 'c2VjcmV0LWtleS1ub3QtdG8tYmUta2VwdA';

const prod = (snapshot: Snapshot) => snapshot.instances.find((instance) => instance.name === 'prod')!;

describe('serverConf: a list of files, later ones win (config-<instance>.xml)', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('reads imsConfig and the JWT key presence from config-prod.xml, naming the file whose value won', async () => {
    ws = new Workspace()
      .write('campaign/config-prod.xml', CONFIG_PROD)
      .edit('ims-doctor.yaml', 'serverConf: campaign/prod-serverConf.xml', 'serverConf: [campaign/prod-serverConf.xml, campaign/config-prod.xml]');
    const snapshot = await collectWorkspace(ws.dir);
    const plane = prod(snapshot).serverConf;
    assert.equal(plane.state, 'ok');
    if (plane.state !== 'ok') return;
    assert.deepEqual(
      plane.data.files?.map((file) => file.replace(/.*campaign\//, '')),
      ['prod-serverConf.xml', 'config-prod.xml'],
    );
    assert.match(plane.data.imsConfig!.disableApi!.at.file!, /config-prod\.xml$/);
    assert.deepEqual(
      plane.data.imsConfig!.allowOperators.map((entry) => entry.value),
      ['admin', 'internal|monitoring'],
    );
    assert.match(plane.data.jwtPrivateKeyAt!.file!, /config-prod\.xml$/);
    // urlPermission is written only in serverConf.xml: it still comes from there.
    assert.match(plane.data.urlPermissionAction.at.file!, /prod-serverConf\.xml$/);
    assert.match(plane.data.authImsEndpoint!.at.file!, /config-prod\.xml$/);
    // The private key is a secret: never in the snapshot.
    assert.ok(!JSON.stringify(snapshot).includes(PRIVATE_KEY));

    const result = await ws.check({ only: ['ims-config', 'technical-account'] });
    const of = (rule: string) =>
      result.findings.filter((finding) => finding.rule === rule && finding.instance === 'prod').map((finding) => `${finding.status} ${finding.messageId}`);
    assert.deepEqual(of('ims-config'), ['pass restricted']);
    assert.deepEqual(of('technical-account'), ['warn jwtServerConf']);
    assert.match(result.findings.find((finding) => finding.messageId === 'jwtServerConf')!.evidence[0]!.at.file!, /config-prod\.xml$/);
  });

  it('one file (a string) reads as before: no imsConfig, no JWT key', async () => {
    ws = new Workspace();
    const result = await ws.check({ only: ['ims-config', 'technical-account'] });
    const prodFindings = result.findings.filter((finding) => finding.instance === 'prod');
    assert.deepEqual(
      prodFindings.map((finding) => `${finding.status} ${finding.messageId}`),
      ['pass open', 'pass none'],
    );
  });
});

describe('operators from a package export', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('reads the disabled state and the e-mail of operators, and judges them', async () => {
    ws = new Workspace()
      .edit(
        'campaign/prod.xml',
        '<operator name="jisoo.park@acme.example" label="Park Jisoo">',
        '<operator name="jisoo.park@acme.example" label="Park Jisoo" disabled="1">',
      )
      .edit(
        'campaign/prod.xml',
        '<operator name="jane.doe@acme.example" label="Jane Doe">',
        '<operator name="jane.doe@acme.example" label="Jane Doe" email="Jane.Doe@acme.example">',
      );
    const plane = prod(await collectWorkspace(ws.dir)).campaign;
    assert.equal(plane.state, 'ok');
    if (plane.state !== 'ok') return;
    const jisoo = plane.data.operators.find((operator) => operator.name.value === 'jisoo.park@acme.example')!;
    assert.equal(jisoo.disabled?.value, true);
    assert.match(jisoo.disabled.at.path!, /@disabled$/);
    assert.equal(plane.data.operators.find((operator) => operator.name.value === 'jane.doe@acme.example')!.email?.value, 'Jane.Doe@acme.example');
    const findings = await ws.findings('operators', 'prod');
    assert.deepEqual(
      findings.map((finding) => `${finding.status} ${finding.messageId}`),
      ['warn disabled', 'fail disabledMapped'],
    );
  });

  it('passes the example operators', async () => {
    ws = new Workspace();
    assert.deepEqual(statuses(await ws.findings('operators', 'prod')), ['pass']);
  });
});

describe('Developer Console export: credential kinds and technical accounts', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  const withCredentials = (extra: string) => new Workspace().edit('ims/console.json', /\n {10}}\n {8}\],/, `\n          },\n${extra}\n        ],`);

  it('warns on a JWT credential and on a server-to-server technical account that is no operator', async () => {
    ws =
      withCredentials(`          { "id": "1", "name": "Old JWT", "integration_type": "service", "jwt": { "client_id": "x", "technical_account_email": "old@techacct.adobe.com" } },
          { "id": "2", "name": "Message Center", "integration_type": "oauth_server_to_server", "oauth_server_to_server": { "client_id": "y", "client_secrets": ["s"], "technical_account_email": "abcd@techacct.adobe.com", "scopes": ["openid"] } }`);
    const findings = await ws.findings('technical-account', 'prod');
    assert.deepEqual(
      findings.map((finding) => `${finding.status} ${finding.messageId}`),
      ['warn jwtConsole', 'warn s2sOperatorMissing'],
    );
    assert.match(findings[1]!.message, /"abcd@techacct\.adobe\.com"/);
  });

  it('passes a server-to-server technical account that is an operator', async () => {
    ws = withCredentials(
      `          { "id": "2", "name": "Message Center", "integration_type": "oauth_server_to_server", "oauth_server_to_server": { "technical_account_email": "jane.doe@acme.example" } }`,
    );
    assert.deepEqual(
      (await ws.findings('technical-account', 'prod')).map((finding) => `${finding.status} ${finding.messageId}`),
      ['pass s2sOperatorPresent'],
    );
  });
});

describe('Admin Console: user groups are not product profiles', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  // A user whose only Campaign-looking name is a user group, and one with a near-miss profile and a user group.
  const rows = [
    'Federated ID,mina@acme.example,acme.example,mina@acme.example,Mina,Cho,KR,ID9,,,,Campaign Marketers,,,',
    'Federated ID,leo.martin@acme.example,acme.example,leo.martin@acme.example,Leo,Martin,FR,ID10,Campaign - acme - delivery,,,Campaign Marketers,,,',
  ].join('\r\n');
  const addRows = (workspace: Workspace): Workspace =>
    workspace.write('admin-console/users.csv', workspace.read('admin-console/users.csv').replace(/\r?\n?$/, '\r\n') + rows + '\r\n');

  it('keeps "User Groups" apart from "Product Configurations" in the plane', async () => {
    ws = addRows(new Workspace());
    const plane = (await collectWorkspace(ws.dir)).adminConsole;
    assert.equal(plane.state, 'ok');
    if (plane.state !== 'ok') return;
    assert.ok(!plane.data.profiles.some((profile) => profile.name === 'Campaign Marketers'));
    assert.ok(plane.data.userGroups?.some((group) => group.name === 'Campaign Marketers'));
    // The example's own user group named like a profile stays a user group.
    assert.ok(plane.data.userGroups?.some((group) => group.name === 'campaign - acme - content'));
    assert.ok(!plane.data.profiles.some((profile) => profile.name === 'campaign - acme - content'));
    const mina = plane.data.users.find((user) => user.email === 'mina@acme.example')!;
    assert.deepEqual(mina.profiles, []);
    assert.equal(mina.userGroups?.length, 1);
  });

  it('without a mapping: the near-miss user in a user group is unknown (warn), never a failure', async () => {
    ws = addRows(new Workspace());
    const findings = await ws.findings('association-users', 'prod');
    const lucas = findings.find((finding) => finding.messageId === 'unknownViaGroups');
    assert.ok(lucas, JSON.stringify(findings.map((finding) => finding.messageId)));
    assert.equal(lucas.status, 'warn');
    assert.match(lucas.message, /leo\.martin@acme\.example/);
    assert.ok(!findings.some((finding) => finding.status === 'fail' && /leo\.martin/.test(finding.message)));
  });

  it('with a mapping file: the group carries its profiles, and the verdict is known', async () => {
    ws = addRows(new Workspace())
      .write('admin-console/user-groups.yaml', '"Campaign Marketers":\n  - campaign - acme - delivery\n')
      .edit('ims-doctor.yaml', 'users: admin-console/users.csv', 'users: admin-console/users.csv\n  userGroups: admin-console/user-groups.yaml');
    const findings = await ws.findings('association-users', 'prod');
    assert.ok(!findings.some((finding) => finding.messageId === 'unknownViaGroups'));
    assert.ok(!findings.some((finding) => /leo\.martin|mina@/.test(finding.message) && finding.status === 'fail'));
  });

  it('with an inline mapping to a near-miss profile: the failure is known', async () => {
    ws = addRows(new Workspace()).edit(
      'ims-doctor.yaml',
      'users: admin-console/users.csv',
      'users: admin-console/users.csv\n  userGroups: { "Campaign Marketers": [Campaign - acme - delivery] }',
    );
    const findings = await ws.findings('association-users', 'prod');
    const near = findings.find((finding) => finding.messageId === 'nearUsers');
    assert.ok(near);
    assert.match(near.message, /mina@acme\.example/);
  });
});
