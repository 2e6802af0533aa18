import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { afterEach, describe, it } from 'node:test';
import { explainLogin, PersonFilter, PREREQUISITE_RULES, type ExplainResult } from '../../src/analyzers/explain.js';
import { collectFromConfig, collectWorkspace } from '../../src/collectors/collect.js';
import { readWorkspaceConfig } from '../../src/collectors/workspace-config.js';
import type { Lang } from '../../src/i18n/lang.js';
import { runCli } from '../support/cli.js';
import { ACME, Workspace } from '../support/workspace.js';

async function explain(who: string, options: { dir?: string; lang?: Lang; instances?: string[] } = {}): Promise<ExplainResult> {
  const config = await readWorkspaceConfig(options.dir ?? ACME);
  const snapshot = await collectFromConfig(config, { adminConsole: { keepUser: new PersonFilter(who).keepUser } });
  return explainLogin(who, snapshot, options.lang ?? 'en', { instances: options.instances });
}

/** The text view as one line per sentence (the view wraps to COLUMNS when not at a terminal). */
const UNWRAPPED = { env: { COLUMNS: '1000' } };

const instance = (result: ExplainResult, name: string) => result.instances.find((item) => item.name === name)!;

/** ACME with prod repaired (one MAC account, server restarted after the change): only the person's own steps decide. */
function healthyProd(): Workspace {
  return new Workspace()
    .edit('campaign/prod.xml', /<extAccount name="Adobe_Marketing_Cloud1"[\s\S]*?\/>\n/, '')
    .edit('ims-doctor.yaml', 'serverStartedAt: "2026-10-01T06:00:00Z"', 'serverStartedAt: "2026-10-03T06:00:00Z"');
}

describe('explain: one login, step by step', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });

  it('a profile whose case differs from the mask: the step says why, the outcome quotes both messages', async () => {
    const result = await explain('lucas.martin@acme.example', { instances: ['prod'] });
    assert.equal(result.person.status, 'pass');
    assert.deepEqual(
      result.memberships.profiles.map((profile) => profile.name),
      ['Campaign - Acme - delivery'],
    );
    const prod = instance(result, 'prod');
    const [step] = prod.profiles;
    assert.equal(step!.matches, false);
    assert.equal(step!.why!.kind, 'case');
    assert.match(step!.message, /only upper\/lower case differs \(its prefix is "Campaign - Acme -·"\)/);
    assert.equal(prod.outcome.status, 'fail');
    assert.deepEqual(prod.outcome.shown, { en: 'Login does not have any right matching the expression', ko: '로그인에 표현식과 일치하는 권한이 없습니다.' });
  });

  it('a match naming a renamed operator group: the closest existing name is given', async () => {
    const result = await explain('minho.kim@acme.example', { instances: ['prod'] });
    const step = instance(result, 'prod').profiles[0]!;
    assert.equal(step.matches, true);
    assert.equal(step.group, 'campaign_managers');
    assert.equal(step.groupExists, false);
    assert.equal(step.closestGroup, 'campaignManagers');
    assert.match(step.message, /the closest is "campaignManagers" \(renamed\?\)/);
    assert.equal(instance(result, 'prod').outcome.status, 'fail');
  });

  it("another instance's profile is told apart from a near miss", async () => {
    const result = await explain('jane.doe@acme.example');
    const stage = instance(result, 'stage');
    const prodProfile = stage.profiles.find((profile) => profile.name === 'campaign - acme - admin')!;
    assert.equal(prodProfile.why!.kind, 'other-instance');
    assert.equal(prodProfile.status, 'skip');
    const stageProfile = stage.profiles.find((profile) => profile.name === 'campaign - acme-stage - admin')!;
    assert.equal(stageProfile.why!.kind, 'spaces', 'the stage mask has a double space');
    assert.equal(stageProfile.status, 'warn');
  });

  it('the instance prerequisites come from the rules themselves; a failing one stops the login even with a group', async () => {
    // prod's only account, disabled: Campaign then offers no Adobe ID login to anybody.
    ws = healthyProd().edit('campaign/prod.xml', 'label="Adobe Experience Cloud" type="14" active="1"', 'label="Adobe Experience Cloud" type="14" active="0"');
    const result = await explain('jane.doe@acme.example', { dir: ws.dir, instances: ['prod'] });
    const prod = instance(result, 'prod');
    assert.ok(PREREQUISITE_RULES.includes('external-account') && !PREREQUISITE_RULES.includes('association-mask'));
    assert.equal(prod.prerequisites.status, 'fail');
    assert.deepEqual(
      prod.prerequisites.blocking.map((finding) => [finding.rule, finding.messageId]),
      [['external-account', 'disabled']],
    );
    assert.deepEqual(prod.outcome.groups, ['admin']);
    assert.equal(prod.outcome.status, 'fail');
    assert.match(prod.outcome.message, /would get the operator groups "admin" on prod, but nobody logs in there until these checks pass: external-account/);
  });

  it('a second MAC account beside Adobe_Marketing_Cloud fails external-account but stops no login: Campaign reads only Adobe_Marketing_Cloud', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const result = await explain('jane.doe@acme.example', { instances: ['prod'], lang });
      const prod = instance(result, 'prod');
      assert.deepEqual(prod.prerequisites.blocking, [], 'nothing stops everybody on prod');
      assert.equal(prod.prerequisites.status, 'warn');
      assert.deepEqual(
        prod.prerequisites.warnings.map((finding) => [finding.rule, finding.status, finding.messageId, finding.params.found ?? null]),
        [
          ['external-account', 'fail', 'duplicate', 'Adobe_Marketing_Cloud1'],
          ['restart', 'warn', 'restart', null],
        ],
      );
      assert.ok(!prod.prerequisites.passed.includes('external-account'));
      assert.equal(
        prod.prerequisites.message,
        lang === 'en'
          ? 'prod: nothing stops everybody. external-account fails on something Campaign does not read, which stops no login (tidy it up); warnings from restart.'
          : 'prod: 모든 사용자를 막는 문제는 없습니다. 실패했지만 Campaign이 읽지 않는 항목에 관한 것이라 로그인을 막지 않는 점검(정리 필요): external-account. 경고가 있는 점검: restart.',
      );
      assert.match(
        prod.prerequisites.whyWarn!,
        lang === 'en'
          ? /Campaign reads only Adobe_Marketing_Cloud, so it stops no login/
          : /Campaign은 Adobe_Marketing_Cloud만 읽으므로 로그인을 막지 않습니다/,
      );
      // Jane holds a profile of prod that names an existing group: she gets in (the restart warning may still get in the way).
      assert.equal(prod.outcome.access, 'granted');
      assert.equal(prod.outcome.status, 'warn');
      assert.deepEqual(prod.outcome.groups, ['admin']);
    }
    const run = await runCli(['explain', 'lucas.martin@acme.example', 'examples/acme', '--format', 'text', '--instance', 'prod']);
    assert.doesNotMatch(run.stdout, /stops every login to prod, whoever the user/);
  });

  it('no profile for an instance whose mask has stray spaces: the Fix sets the mask first and names a profile the corrected mask accepts', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const result = await explain('lucas.martin@acme.example', { instances: ['stage'], lang });
      const stage = instance(result, 'stage');
      assert.equal(stage.outcome.access, 'none');
      assert.equal(
        stage.outcome.fix,
        lang === 'en'
          ? 'The association mask "campaign - acme-stage··-·" has stray spaces: set it to "campaign - acme-stage - " first ("ims-doctor check --instance stage --only association-mask" tells why), then add the person in the Admin Console to a product profile it accepts, for example "campaign - acme-stage - <group>".'
          : '연결 마스크(Association mask)에 불필요한 공백이 있습니다: "campaign - acme-stage··-·". 먼저 마스크를 다음 값으로 고치십시오(이유: "ims-doctor check --instance stage --only association-mask"): "campaign - acme-stage - ". 그다음 Admin Console에서 고친 마스크가 받아들이는 제품 프로필에 사용자를 추가하십시오. 예: "campaign - acme-stage - <운영자 그룹>"',
      );
      assert.doesNotMatch(stage.outcome.fix, /acme-stage {2}-/, 'never the broken double-space mask as a profile to create');
    }
    // The mask the Fix sets is the one association-mask asks for.
    const check = await runCli(['check', 'examples/acme', '--format', 'json', '--instance', 'stage', '--only', 'association-mask']);
    const finding = JSON.parse(check.stdout).findings.find((item: { messageId: string }) => item.messageId === 'noMatch');
    assert.equal(finding.remediationParams.suggested, 'campaign - acme-stage - ');
  });

  it('with the prerequisites met: "logs in with groups …", exit 0', async () => {
    ws = healthyProd();
    const result = await explain('jane.doe@acme.example', { dir: ws.dir, instances: ['prod'] });
    const prod = instance(result, 'prod');
    assert.equal(prod.prerequisites.status, 'pass', JSON.stringify(prod.prerequisites.blocking.map((finding) => finding.message)));
    assert.equal(prod.outcome.status, 'pass');
    assert.equal(prod.outcome.message, 'jane.doe@acme.example logs in to prod with the operator groups "admin".');
    const run = await runCli(['explain', 'jane.doe@acme.example', ws.dir, '--instance', 'prod', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
  });

  // i9b: a user group carries profiles, it is none: known only through the workspace's mapping.
  it('a person whose only access may come through a user group: not known without a mapping, never refused', async () => {
    ws = healthyProd();
    const result = await explain('yuna.choi@acme.example', { dir: ws.dir, instances: ['prod'] });
    assert.equal(result.memberships.status, 'warn');
    assert.match(result.memberships.message, /user group "campaign - acme - content", which carry product profiles the export does not name/);
    const prod = instance(result, 'prod');
    assert.equal(prod.outcome.status, 'skip');
    assert.match(prod.outcome.message, /^Not known whether yuna\.choi@acme\.example can log in to prod/);
  });

  it('a user group mapped in the workspace grants the profiles it carries', async () => {
    ws = healthyProd().edit(
      'ims-doctor.yaml',
      'users: admin-console/users.csv',
      'users: admin-console/users.csv\n  userGroups: { "campaign - acme - content": [campaign - acme - content] }',
    );
    const result = await explain('yuna.choi@acme.example', { dir: ws.dir, instances: ['prod'] });
    assert.deepEqual(instance(result, 'prod').outcome.groups, ['content']);
  });

  it("someone with only other products' profiles", async () => {
    const result = await explain('freelance.designer@gmail.example', { instances: ['prod'] });
    const prod = instance(result, 'prod');
    assert.deepEqual(
      prod.profiles.map((profile) => profile.why?.kind),
      ['unrelated'],
    );
    // No profile for the instance is no access, not a failed login: said once, with what would give access.
    assert.equal(prod.outcome.status, 'skip');
    assert.equal(prod.outcome.access, 'none');
    assert.equal(prod.outcome.message, 'No access to prod: no profile for it.');
    assert.equal(
      prod.outcome.fix,
      'In the Admin Console, add the person to a product profile the association mask accepts, for example "campaign - acme - <group>".',
    );
    assert.equal(result.summary.message, 'freelance.designer@gmail.example holds no profile for any instance checked: no access to any.');
  });

  it('the address in other capitals is the same person (a warning), other domains and typos are near misses', async () => {
    const cased = await explain('Jisoo.Park@ACME.example');
    assert.equal(cased.person.status, 'warn');
    assert.equal(cased.person.found!.email, 'jisoo.park@acme.example');

    const typo = await explain('jane.doe@acme.exampel');
    assert.equal(typo.person.found, null);
    assert.deepEqual(
      typo.person.nearMisses.map((miss) => [miss.email, miss.kind, miss.distance]),
      [['jane.doe@acme.example', 'similar', 2]],
    );

    const domain = await explain('sofia.garcia@acme-corp.example');
    assert.deepEqual(
      domain.person.nearMisses.map((miss) => [miss.email, miss.kind]),
      [['sofia.garcia@acme.example', 'other-domain']],
    );
  });

  it('Korean', async () => {
    const result = await explain('lucas.martin@acme.example', { lang: 'ko', instances: ['prod'] });
    assert.match(instance(result, 'prod').outcome.message, /로그인에 표현식과 일치하는 권한이 없습니다\./);
    assert.match(instance(result, 'prod').profiles[0]!.message, /대소문자만 다름/);
  });
});

describe('explain: one person among many, without keeping the others', () => {
  it('keeps the person and a bounded few near misses of a 200,000-user export', async () => {
    const ws = new Workspace();
    try {
      const out = createWriteStream(ws.path('admin-console/users.csv'));
      out.write(
        'Identity Type,Username,Domain,Email,First Name,Last Name,Country Code,ID,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access\r\n',
      );
      let buffer = '';
      for (let i = 0; i < 200_000; i++) {
        buffer += `Federated ID,user${i}@acme.example,acme.example,user${i}@acme.example,A,B,KR,${i}@AcmeFed,${i === 123_456 ? '"campaign - acme - delivery,campaign - acme - report"' : 'campaign - acme - delivery'},,,,,,\r\n`;
        if (buffer.length > 1 << 16) {
          if (!out.write(buffer)) await once(out, 'drain');
          buffer = '';
        }
      }
      out.end(buffer);
      await once(out, 'finish');

      const filter = new PersonFilter('user123456@acme.example');
      const snapshot = await collectWorkspace(ws.dir, { adminConsole: { keepUser: filter.keepUser } });
      assert.equal(snapshot.adminConsole.state, 'ok');
      const plane = snapshot.adminConsole.state === 'ok' ? snapshot.adminConsole.data : undefined;
      assert.equal(plane!.userCount, 200_000);
      assert.ok(plane!.users.length <= 21, `kept ${plane!.users.length} users`);
      const result = explainLogin('user123456@acme.example', snapshot, 'en', { instances: ['prod'] });
      assert.equal(result.person.found!.line, 123_458);
      assert.deepEqual(
        instance(result, 'prod').profiles.map((profile) => profile.group),
        ['delivery', 'report'],
      );
    } finally {
      ws.dispose();
    }
  });
});

describe('ims-doctor explain (built binary)', () => {
  let ws: Workspace | undefined;
  afterEach(() => {
    ws?.dispose();
    ws = undefined;
  });
  it('exit 3 when the login fails, with the chain as JSON', async () => {
    const run = await runCli(['explain', 'lucas.martin@acme.example', 'examples/acme', '--format', 'json']);
    assert.equal(run.code, 3, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.command, 'explain');
    assert.deepEqual(Object.keys(result.instances[0]).sort(), ['mask', 'name', 'outcome', 'prerequisites', 'profiles', 'role']);
  });

  it('text: the prerequisites first, then each step, and the message the user will see in both languages', async () => {
    const run = await runCli(['explain', 'lucas.martin@acme.example', 'examples/acme', '--format', 'text', '--instance', 'prod'], UNWRAPPED);
    const text = run.stdout;
    assert.ok(text.indexOf('Prerequisites') < text.indexOf('1. In the Admin Console export'));
    assert.match(
      text,
      /FAIL {2}lucas\.martin@acme\.example cannot log in to prod: no profile grants an existing operator group, and Campaign answers "Login does not have any right matching the expression"\.\n/,
    );
    assert.match(
      text,
      /\n {10}Fix: In the Admin Console, rename the product profile "Campaign - Acme - delivery" to "campaign - acme - delivery" \(the name the association mask accepts\), or add the person to a profile of that name\.\n/,
    );
    assert.match(text, /\n {10}Why a warning: the profile looks meant for prod but grants nothing as written;/);
  });

  it('text: the login message is said once; an instance the person has no profile for is no access, not a FAIL', async () => {
    const run = await runCli(['explain', 'lucas.martin@acme.example', 'examples/acme', '--format', 'text'], UNWRAPPED);
    assert.equal(run.stdout.split('Login does not have any right matching the expression').length - 1, 1, run.stdout);
    const stage = run.stdout.slice(run.stdout.indexOf('Instance stage'));
    assert.doesNotMatch(stage.slice(0, stage.lastIndexOf('\n\n')), /FAIL/);
    assert.match(stage, /SKIP {2}No access to stage: no profile for it\./);
    assert.match(run.stdout, /lucas\.martin@acme\.example cannot log in to any instance checked\. No profile for stage: no access there\.\n$/);

    const ko = await runCli(['explain', 'lucas.martin@acme.example', 'examples/acme', '--format', 'text', '--lang', 'ko'], UNWRAPPED);
    assert.equal(ko.stdout.split('로그인에 표현식과 일치하는 권한이 없습니다.').length - 1, 1);
    assert.match(ko.stdout, /건너뜀 {2}stage에 대한 접근 권한 없음: 이 인스턴스용 프로필이 없습니다\./);
    assert.match(
      ko.stdout,
      /해결 방법: Admin Console에서 제품 프로필 이름을 연결 마스크가 받아들이는 이름으로 바꾸거나, 그 이름의 프로필에 사용자를 추가하십시오\. 현재 이름: "Campaign - Acme - delivery", 바꿀 이름: "campaign - acme - delivery"\n/,
    );
    assert.match(ko.stdout, /경고인 이유: 이 프로필은 prod용으로 보이지만 지금 이름으로는 아무 권한도 주지 않습니다\./);
  });

  it('a later denied instance refers to the message said before, and each outcome has its own fix', async () => {
    ws = healthyProd();
    const result = await explain('jisoo.park@acme.example', { dir: ws.dir });
    assert.equal(instance(result, 'prod').outcome.access, 'granted');
    const stage = instance(result, 'stage').outcome;
    assert.equal(stage.access, 'denied');
    assert.match(stage.message, /and Campaign answers "Login does not have any right matching the expression"\.$/);
    // The stage mask's double space is the mask's mistake: the person's profile is right.
    assert.equal(
      stage.fix,
      'Nothing to change for this person: the association mask itself has stray spaces; set it to "campaign - acme-stage - " and restart the server ("ims-doctor check --instance stage --only association-mask" tells why).',
    );
    const minho = await explain('minho.kim@acme.example', { dir: ws.dir, lang: 'ko' });
    assert.equal(
      instance(minho, 'prod').outcome.fix,
      'Campaign의 운영자 그룹 이름은 "campaignManagers"입니다. 제품 프로필("campaign - acme - campaign_managers") 이름의 끝을 이 그룹 이름으로 바꾸거나, Campaign에서 운영자 그룹을 만드십시오(관리(Administration) > 접근 관리(Access management) > 운영자 그룹(Operator groups)). 만들 그룹: "campaign_managers"',
    );
  });

  it('finds a person by first and last name, in either order, whatever the case and spaces', async () => {
    for (const who of ['Lucas Martin', 'martin  LUCAS', 'lucasmartin']) {
      const result = await explain(who, { instances: ['prod'] });
      assert.equal(result.person.found?.email, 'lucas.martin@acme.example', who);
      assert.equal(result.person.how, 'name');
      assert.equal(
        result.person.message,
        `"${who.replace(/ /g, ' ').replace(/ {2}/g, '··')}" is Lucas Martin, lucas.martin@acme.example in the Admin Console export (examples/acme/admin-console/users.csv:6).`,
      );
    }
    // Korean order, family name first; accents do not count.
    assert.equal((await explain('김민호')).person.found?.email, 'minho.kim@acme.example');
    assert.equal((await explain('Sofia Garcia')).person.found?.email, 'sofia.garcia@acme.example');
  });

  it('a name several people bear: each is listed, none is chosen (exit 2)', async () => {
    ws = new Workspace().edit(
      'admin-console/users.csv',
      'Federated ID,ops.bot@acme.example',
      'Federated ID,l.martin@acme.example,acme.example,l.martin@acme.example,Lucas,Martin,FR,A1B2C3D4E5F60010@AcmeFed,campaign - acme - delivery,,,,,,\r\nFederated ID,ops.bot@acme.example',
    );
    const result = await explain('Lucas Martin', { dir: ws.dir });
    assert.equal(result.person.found, null);
    assert.deepEqual(result.person.ambiguous, [
      { name: 'Lucas Martin', email: 'lucas.martin@acme.example', line: 6 },
      { name: 'Lucas Martin', email: 'l.martin@acme.example', line: 10 },
    ]);
    const run = await runCli(['explain', 'lucas martin', ws.dir, '--format', 'text', '--lang', 'ko']);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /users\.csv에서 이름이 일치하는 사용자가 2명입니다\(입력: "lucas martin"\)\. 설명할 사용자의 이메일 주소를 지정하십시오\.\n {2}- Lucas Martin, lucas\.martin@acme\.example \(6행\)\n {2}- Lucas Martin, l\.martin@acme\.example \(10행\)/,
    );
  });

  it('an unknown person: a sentence naming the near miss, exit 2, no stack trace', async () => {
    const run = await runCli(['explain', 'jane.doe@acme.exampel', 'examples/acme', '--format', 'json']);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /^ims-doctor: "jane\.doe@acme\.exampel" is not in the Admin Console export examples\/acme\/admin-console\/users\.csv \(9 users\)\. Did you mean jane\.doe@acme\.example\?/,
    );
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(JSON.parse(run.stdout).person.found, null);
  });

  it('a workspace without an Admin Console export: a sentence, exit 2', async () => {
    const ws = new Workspace().edit('ims-doctor.yaml', /adminConsole:\n {2}users: admin-console\/users.csv\n/, '');
    try {
      const run = await runCli(['explain', 'jane.doe@acme.example', ws.dir, '--format', 'text']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /without the Admin Console user export/);
    } finally {
      ws.dispose();
    }
  });

  it('an unknown --instance is a usage error', async () => {
    const run = await runCli(['explain', 'jane.doe@acme.example', 'examples/acme', '--instance', 'prd']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown instance "prd"/);
  });
});
