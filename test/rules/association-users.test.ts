import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { instanceContext } from '../../src/model/instance-context.js';
import type { AdminConsolePlane, AdminConsoleUser } from '../../src/model/snapshot.js';
import associationUsers from '../../src/rules/association-users.js';
import { render } from '../../src/i18n/catalogue.js';
import type { InstanceRule } from '../../src/rules/rule.js';
import { findingsOf, ruleTester } from '../support/rule-tester.js';
import { Workspace, statuses } from '../support/workspace.js';
import { CASES } from './association-users.cases.js';

ruleTester(associationUsers, CASES);

describe('rule association-users: long lists', () => {
  it('keeps ten users as data and says how many more there are, in both languages', () => {
    const testCase = CASES.find((item) => item.name.startsWith('shows ten users'))!;
    const [en] = findingsOf(associationUsers, testCase.snapshot(), 'prod');
    const [ko] = findingsOf(associationUsers, testCase.snapshot(), 'prod', 'ko');
    assert.equal((en!.params.users as unknown[]).length, 10);
    assert.match(en!.message, /^13 Admin Console users match/);
    assert.match(en!.message, /near9@acme\.example \(admin-console\/users\.csv:13\): .*, and 3 more\.$/);
    assert.match(ko!.message, / 외 3명\.$/);
  });
});

describe('rule association-users', () => {
  let ws: Workspace;
  afterEach(() => ws?.dispose());

  it('fails for users whose only profile names a renamed group, and for users holding only a near-miss profile (prod in the example)', async () => {
    ws = new Workspace();
    const findings = await ws.findings('association-users', 'prod');
    assert.deepEqual(statuses(findings), ['fail', 'fail']);
    const [missing, near] = findings;
    assert.match(
      missing!.message,
      /^1 Admin Console user matches the association mask "campaign - acme -·" only through profiles naming an operator group that does not exist in Campaign/,
    );
    assert.match(missing!.message, /Campaign answers "Login does not have any right matching the expression"(?! \(Korean)/);
    assert.match(
      missing!.message,
      /minho\.kim@acme\.example \(.*users\.csv:4\): "campaign - acme - campaign_managers" — names the operator group "campaign_managers", which does not exist in Campaign/,
    );
    assert.deepEqual(
      missing!.evidence.map((item) => [item.value, item.at.line]),
      [
        ['campaign - acme - ', 11],
        ['minho.kim@acme.example', 4],
      ],
    ); // line 11 since the example's export lost its clientSecret line (issue 9)

    assert.match(
      near!.message,
      /^1 Admin Console user looks like a Campaign user of this instance \(a profile nearly matches the association mask "campaign - acme -·"\) but holds no profile that matches it/,
    );
    assert.match(
      near!.message,
      /lucas\.martin@acme\.example \(.*users\.csv:6\): "Campaign - Acme - delivery" — only upper\/lower case differs \(its prefix is "Campaign - Acme -·"\)/,
    );
    assert.match(near!.remediation!, /rename each near-miss profile .* \(for example "campaign - acme - delivery"\)/);
    assert.match(near!.evidence[1]!.at.file!, /users\.csv$/);
    assert.equal(near!.evidence[1]!.at.line, 6);
  });

  it('passes once the group is renamed back and the profile spelled right', async () => {
    ws = new Workspace()
      .edit('campaign/prod.xml', 'name="campaignManagers"', 'name="campaign_managers"')
      .edit('admin-console/users.csv', 'Campaign - Acme - delivery', 'campaign - acme - delivery');
    const findings = await ws.findings('association-users', 'prod');
    assert.deepEqual(statuses(findings), ['pass']);
    // yuna.choi holds only the user group "campaign - acme - content": a group carries profiles, it is none (i9b).
    assert.match(
      findings[0]!.message,
      /^No Admin Console user is left without rights by the association mask "campaign - acme -·": 6 of 9 users get an operator group through it/,
    );
    assert.match(findings[0]!.message, /1 user belongs only to user groups whose profiles are not known: not judged\.$/);
  });

  it('lists stage users whose stage profile differs by spaces, not those holding only production profiles', async () => {
    ws = new Workspace();
    const findings = await ws.findings('association-users', 'stage');
    assert.deepEqual(statuses(findings), ['fail']);
    const [finding] = findings;
    assert.match(finding!.message, /^2 Admin Console users look like Campaign users of this instance/);
    assert.match(
      finding!.message,
      /jane\.doe@acme\.example \(.*users\.csv:2\): "campaign - acme-stage - admin" — only spaces differ \(its prefix is "campaign - acme-stage -·"\) and jisoo\.park@acme\.example \(.*users\.csv:3\)/,
    );
    // Production profiles belong to prod; lucas' "Campaign - Acme - delivery" is no stage near miss either.
    assert.doesNotMatch(finding!.message, /seoyeon|minho|lucas/);
    // No profile matches the stage mask at all: the mask is what to fix.
    assert.match(finding!.remediation!, /No profile matches the association mask at all, so the mask is what is wrong/);
  });

  it("says it in Korean, quoting Campaign's English message with its Korean translation", async () => {
    ws = new Workspace();
    const findings = await ws.findings('association-users', 'prod', 'ko');
    assert.match(findings[1]!.message, /^Admin Console 사용자 1명은 이 인스턴스의 Campaign 사용자로 보이지만/);
    assert.match(findings[1]!.message, /"Login does not have any right matching the expression"\(번역: "로그인에 표현식과 일치하는 권한이 없습니다\."\)/);
    assert.match(findings[1]!.message, /대소문자만 다름/);
  });

  it('skips when the mask itself cannot be used', async () => {
    ws = new Workspace().edit('campaign/prod.xml', 'imsRightsMask="campaign - acme - "', 'imsRightsMask=""');
    const findings = await ws.findings('association-users', 'prod');
    assert.deepEqual(statuses(findings), ['skip']);
    assert.match(findings[0]!.message, /the association mask "" cannot be used \(see rule association-mask\)/);
  });

  it('judges a million users, counting them all and showing the first ten (speed: npm run bench)', async () => {
    ws = new Workspace();
    const snapshot = await collectWorkspace(ws.dir);
    const plane = (snapshot.adminConsole as { state: 'ok'; data: AdminConsolePlane }).data;
    const index = (name: string): number => plane.profiles.findIndex((profile) => profile.name === name);
    const held = [
      [index('campaign - acme - delivery')],
      [index('Campaign - Acme - delivery')],
      [index('campaign - acme - campaign_managers')],
      [index('Photoshop - Default')],
      [index('Photoshop - Default'), index('campaign - acme - report')],
    ];
    assert.ok(held.flat().every((i) => i >= 0));
    const users: AdminConsoleUser[] = new Array(1_000_000);
    for (let i = 0; i < users.length; i++)
      users[i] = { email: `user${i}@acme.example`, username: `user${i}@acme.example`, line: i + 2, profiles: held[i % 5]! };
    snapshot.adminConsole = { state: 'ok', data: { ...plane, userCount: users.length, users } };

    const context = instanceContext(
      snapshot,
      snapshot.instances.find((instance) => instance.name === 'prod')!,
    );
    const reports = (associationUsers as InstanceRule).check(context as never);

    assert.deepEqual(
      reports.map((report) => report.status),
      ['fail', 'fail'],
    );
    const message = (i: number): string => render(associationUsers.messages, reports[i]!.message, 'en');
    assert.match(message(0), /^200,000 Admin Console users match the association mask/);
    assert.match(message(0), /user2@acme\.example \(.*users\.csv:4\)/);
    assert.match(message(0), /, and 199,990 more\.$/);
    assert.match(message(1), /^200,000 Admin Console users look like Campaign users/);
    assert.equal(reports[1]!.evidence!.length, 11);
  });
});
