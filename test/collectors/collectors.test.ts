import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { collectAdminConsoleUsers } from '../../src/collectors/admin-console-users.js';
import { collectCampaignPackage } from '../../src/collectors/campaign-package.js';
import { collectDeveloperConsoleExport, collectImsClientFile, mergeImsPlanes } from '../../src/collectors/ims-client.js';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { RULES } from '../../src/rules/index.js';
import { ACME } from '../support/workspace.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-collectors-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};

describe('Campaign package collector', () => {
  it('reads accounts with provenance per attribute, defaults for absent ones, groups and IMS operators', async () => {
    const plane = await collectCampaignPackage(path.join(ACME, 'campaign/prod.xml'));
    assert.equal(plane.buildNumber?.value, '9381');
    assert.deepEqual(
      plane.externalAccounts.map((a) => a.name.value),
      ['Adobe_Marketing_Cloud', 'Adobe_Marketing_Cloud1', 'defaultPopAccount'],
    );
    const [mac, , pop] = plane.externalAccounts;
    assert.equal(mac!.imsServer.value, 'https://ims-na1.adobelogin.com');
    assert.equal(mac!.imsServer.at.line, 7);
    assert.equal(mac!.imsRightsMask.value, 'campaign - acme - ');
    // A package export never carries the secret: "not exported", at the record's line, not "empty".
    assert.equal(mac!.clientSecret.value.form, 'not-exported');
    assert.equal(mac!.clientSecret.at.line, 6);
    assert.equal(mac!.clientSecret.at.defaulted, true);
    assert.equal(mac!.productContext?.value, 'dma_campaign_classic');
    assert.equal(pop!.carriesImsFields, false);
    assert.equal(pop!.imsServer.value, '');
    assert.equal(pop!.imsServer.at.defaulted, true);
    assert.equal(pop!.productContext, undefined);
    assert.ok(plane.groups.some((g) => g.name.value === 'campaignManagers'));
    assert.deepEqual(
      plane.operators.map((o) => [o.name.value, o.authenticationType, o.groups]),
      [
        ['jisoo.park@acme.example', 'ims', ['delivery']],
        ['jane.doe@acme.example', 'ims', ['admin']],
      ],
    );
  });

  it('skips records being deleted and refuses a file that is no package', async () => {
    const plane = await collectCampaignPackage(
      file('del.xml', '<package><entities schema="xtk:group"><group name="a"/><group name="b" _operation="delete"/></entities></package>'),
    );
    assert.deepEqual(
      plane.groups.map((g) => g.name.value),
      ['a'],
    );
    await assert.rejects(collectCampaignPackage(file('other.xml', '<srcSchema name="x"/>')), /root element is <srcSchema>, expected <package>/);
  });

  it('decodes ISO-8859-1 as declared', async () => {
    const xml = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><package><entities schema="xtk:group"><group name="r" label="Réseau"/></entities></package>',
      'latin1',
    );
    const plane = await collectCampaignPackage(file('latin1.xml', xml));
    assert.equal(plane.groups[0]!.label, 'Réseau');
  });
});

describe('Admin Console collector', () => {
  const header =
    'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,ID,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access';

  it('reads BOM, CRLF, quoted multi-name cells, user groups, Korean names, with true line numbers', async () => {
    const csv = `\ufeff${header}\r\nFederated ID,a@x.example,x.example,a@x.example,지수,박,KR,1,"p1,p2",,,g1,,,\r\nAdobe ID,b@x.example,x.example,b@x.example,"Multi\r\nLine",B,US,2,p2,,,,,,\r\nAdobe ID,c@x.example,x.example,c@x.example,C,C,US,3,"p3\r\n",,,,,,\r\n`;
    const plane = await collectAdminConsoleUsers(file('users.csv', csv));
    assert.equal(plane.userCount, 3);
    // A user group carries profiles; it is none (i9b): kept apart in userGroups.
    assert.deepEqual(
      plane.profiles.map((p) => [p.name, p.userCount]),
      [
        ['p1', 1],
        ['p2', 2],
        ['p3', 1],
      ],
    );
    assert.deepEqual(
      plane.userGroups?.map((g) => [g.name, g.userCount]),
      [['g1', 1]],
    );
    assert.deepEqual(
      plane.users[0]!.userGroups?.map((i) => plane.userGroups![i]!.name),
      ['g1'],
    );
    assert.deepEqual(
      plane.users.map((u) => [u.email, u.line, u.profiles.map((i) => plane.profiles[i]!.name)]),
      [
        ['a@x.example', 2, ['p1', 'p2']],
        ['b@x.example', 3, ['p2']],
        ['c@x.example', 5, ['p3']],
      ],
    );
  });

  it('reads a file that mixes CRLF and LF line ends (saved again by another tool), with true line numbers', async () => {
    const csv = `${header}\r\nAdobe ID,a@x.example,x.example,a@x.example,A,A,US,1,p1,,,,,,\nAdobe ID,b@x.example,x.example,b@x.example,B,B,US,2,p2,,,,,,\r\nAdobe ID,c@x.example,x.example,c@x.example,C,C,US,3,"p1,p3",,,,,,\n`;
    const plane = await collectAdminConsoleUsers(file('mixed.csv', csv));
    assert.deepEqual(
      plane.users.map((u) => [u.email, u.line, u.profiles.map((i) => plane.profiles[i]!.name)]),
      [
        ['a@x.example', 2, ['p1']],
        ['b@x.example', 3, ['p2']],
        ['c@x.example', 4, ['p1', 'p3']],
      ],
    );
  });

  it('reads a semicolon-separated export with LF line ends and an older header without ID', async () => {
    const plane = await collectAdminConsoleUsers(
      file('semi.csv', 'Identity Type;Username;Domain;Email;Product Configurations\nAdobe ID;u;d;u@d.example;"x, y"\n'),
    );
    assert.deepEqual(
      plane.profiles.map((p) => p.name),
      ['x', 'y'],
    );
    assert.equal(plane.users[0]!.email, 'u@d.example');
  });

  it('keeps only the users asked for, while counting every profile', async () => {
    const plane = await collectAdminConsoleUsers(file('keep.csv', `${header}\nA,a,d,a@d,,,,,p1,,,,,,\nA,b,d,b@d,,,,,p1,,,,,,\n`), {
      keepUser: (email) => email === 'b@d',
    });
    assert.deepEqual(
      plane.users.map((u) => u.email),
      ['b@d'],
    );
    assert.equal(plane.profiles[0]!.userCount, 2);
  });

  it('refuses invalid UTF-8 with its line', async () => {
    await assert.rejects(
      collectAdminConsoleUsers(file('bad.csv', Buffer.concat([Buffer.from(`${header}\n`), Buffer.from([0x41, 0xc3, 0x28, 0x0a])]))),
      /not valid UTF-8/,
    );
  });
});

describe('IMS collectors', () => {
  it('reads the client file (scope text or list) and the Developer Console export, and records conflicts', async () => {
    const client = await collectImsClientFile(
      file('client.yaml', 'clientId: abc\norgId: O1@AdobeOrg\nscopes: openid, AdobeID\nredirectUriPatterns: https://a\\.example/.*\nclientSecret: s3cret\n'),
    );
    assert.deepEqual(
      client.scopes?.map((s) => s.value),
      ['openid', 'AdobeID'],
    );
    assert.equal(client.scopes?.[0]?.at.line, 3);
    assert.equal(client.clientSecret?.value.form, 'plain');
    assert.ok(!JSON.stringify(client).includes('s3cret'), 'no secret in the plane');
    const exported = await collectDeveloperConsoleExport(path.join(ACME, 'ims/console.json'));
    assert.equal(exported.clientId?.value, 'acme-campaign-prod');
    assert.equal(exported.clientId?.at.line, 24);
    const merged = mergeImsPlanes(client, exported);
    assert.deepEqual(
      merged.conflicts.map((c) => [c.field, c.client.value, c.console.value]).filter(([f]) => f !== 'clientSecret' && f !== 'redirectUriPatterns'),
      [
        ['orgId', 'O1@AdobeOrg', '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg'],
        ['clientId', 'abc', 'acme-campaign-prod'],
      ],
    );
  });
});

describe('workspace snapshot', () => {
  it('is plain JSON: the rules find the same from its round trip, and no secret is in it', async () => {
    const snapshot = await collectWorkspace(ACME);
    const text = JSON.stringify(snapshot);
    const options = { lang: 'en' as const };
    assert.deepEqual(runRules(JSON.parse(text), RULES, options).findings, runRules(snapshot, RULES, options).findings);
    for (const secret of [
      'p8e-PROD-U3VwZXJTZWNyZXRQcm9kdWN0aW9uS2V5',
      'p8e-STAGE-Q29uZmlkZW50aWFsU3RhZ2VTZWNyZXQ',
      '@Zk3qWm9vT1lYb2JmR0hRbUlpUkxtc0Z4bEE9PQ==',
    ]) {
      assert.ok(!text.includes(secret));
    }
    assert.equal(snapshot.instances[1]!.ims.state, 'ok', 'stage has its own IMS client');
  });
});
