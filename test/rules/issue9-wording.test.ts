import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Finding } from '../../src/model/finding.js';
import { MAC_TYPE_LABELS } from '../../src/domain/facts.js';
import { ACME, Workspace } from '../support/workspace.js';

// Issue 9: the wording of verdicts that rest on an inference, and the bundled example as real exports are.

describe('url-permission: the code exchange being governed by urlPermission is worded as inferred', () => {
  let en: Finding[] = [];
  let ko: Finding[] = [];
  const ws = new Workspace();
  before(async () => {
    en = (await ws.check({ only: ['url-permission'] })).findings;
    ko = (await ws.check({ only: ['url-permission'], lang: 'ko' })).findings;
  });
  after(() => ws.dispose());
  const of = (findings: Finding[], instance: string) => findings.find((finding) => finding.instance === instance)!;

  it('the failure (stage) says [I] and that 7.4.2+ builds may use the CampaignIO endpoint, in both languages', () => {
    assert.equal(of(en, 'stage').messageId, 'blocked');
    assert.match(
      of(en, 'stage').message,
      /probably cannot exchange the login code.*inferred \[I\].*7\.4\.2 and later may reach IMS through the CampaignIO endpoint/,
    );
    assert.match(of(ko, 'stage').message, /추론이며\[I\], 7\.4\.2 이후 빌드는 IMS 로그인에 CampaignIO 엔드포인트를/);
  });

  it('the pass (prod) claims nothing of the kind', () => {
    assert.equal(of(en, 'prod').status, 'pass');
    assert.doesNotMatch(of(en, 'prod').message, /\[I\]|CampaignIO/);
  });
});

describe('the bundled example is shaped as real exports', () => {
  const dir = path.join(ACME, 'campaign');
  const packages = readdirSync(dir)
    .filter((file) => /^(prod|stage)\.xml$/.test(file))
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'latin1') }));

  it('carries no client secret (Campaign leaves passwords out of exports)', () => {
    assert.equal(packages.length, 2);
    assert.deepEqual(
      packages.filter((item) => /\bclientSecret=/.test(item.text)).map((item) => item.file),
      [],
    );
  });

  it("labels its MAC accounts with today's type label, and its client-secret verdicts are 'not exported'", async () => {
    for (const { file, text } of packages) {
      const labels = [...text.matchAll(/<extAccount [^>]*imsServer=[^>]*>/g)].map((match) => /label="([^"]*)"/.exec(match[0])?.[1] ?? '');
      assert.ok(labels.length > 0, file);
      for (const label of labels) assert.ok(label.startsWith(MAC_TYPE_LABELS[0]!), `${file}: ${label}`);
    }
    const ws = new Workspace();
    try {
      const secrets = (await ws.check({ only: ['client-secret'] })).findings.map((finding) => `${finding.instance} ${finding.status} ${finding.messageId}`);
      assert.deepEqual(secrets, ['prod skip notExported', 'stage skip notExported']);
    } finally {
      ws.dispose();
    }
  });
});
