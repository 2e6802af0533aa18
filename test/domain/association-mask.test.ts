import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareMisses,
  compileMask,
  explainProfile,
  explainProfiles,
  isNearMiss,
  maskSpacingIssues,
  matchProfile,
  OperatorGroups,
  suggestedMask,
  type MissReason,
} from '../../src/domain/association-mask.js';

const why = (mask: string, profile: string, others: { instance: string; mask: string }[] = []): MissReason => {
  const explanation = explainProfile(
    compileMask(mask),
    profile,
    others.map((other) => ({ instance: other.instance, mask: compileMask(other.mask) })),
  );
  assert.equal(explanation.matches, false, `${profile} should not match ${mask}`);
  return explanation.why;
};

describe('association mask: reading the mask', () => {
  it('reads a mask without a capture group as a literal prefix', () => {
    const mask = compileMask('campaign - acme - ');
    assert.equal(mask.ok && mask.form, 'prefix');
    assert.equal(matchProfile(mask, 'campaign - acme - delivery'), 'delivery');
    assert.equal(matchProfile(mask, 'campaign - acme - campaign_managers'), 'campaign_managers');
    assert.equal(matchProfile(mask, 'Photoshop - Default'), undefined);
  });

  it('compares case-sensitively by default, and can be told otherwise (the [I] fact)', () => {
    assert.equal(matchProfile(compileMask('campaign - acme - '), 'Campaign - Acme - delivery'), undefined);
    assert.equal(matchProfile(compileMask('campaign - acme - ', false), 'Campaign - Acme - delivery'), 'delivery');
    assert.equal(matchProfile(compileMask('campaign - acme - (.*)', false), 'Campaign - Acme - delivery'), 'delivery');
  });

  it('reads a mask with a capture group as a whole-string regex whose group 1 is the operator group', () => {
    const mask = compileMask('Campaign - acme - (.*)');
    assert.equal(mask.ok && mask.form, 'regex');
    assert.equal(mask.ok && mask.literal, 'Campaign - acme - ');
    assert.equal(matchProfile(mask, 'Campaign - acme - delivery'), 'delivery');
    // Whole string: a prefix before the mask does not match.
    assert.equal(matchProfile(mask, 'old Campaign - acme - delivery'), undefined);
    assert.equal(matchProfile(compileMask('^Campaign - acme - ([a-z]+)$'), 'Campaign - acme - report'), 'report');
    assert.equal(matchProfile(compileMask('^Campaign - acme - ([a-z]+)$'), 'Campaign - acme - report2'), undefined);
  });

  it('says why an empty mask or an invalid regex cannot be used', () => {
    assert.deepEqual(compileMask(''), { ok: false, raw: '', problem: 'empty' });
    const invalid = compileMask('Campaign - acme - (.*');
    assert.equal(invalid.ok, false);
    assert.equal(!invalid.ok && invalid.problem, 'invalid-regex');
    assert.match(!invalid.ok && invalid.problem === 'invalid-regex' ? invalid.error : '', /missing closing \)/);
    assert.equal(matchProfile(invalid, 'Campaign - acme - delivery'), undefined);
  });

  it('keeps an escaped parenthesis literal (prefix form)', () => {
    const mask = compileMask('campaign \\(acme\\) - ');
    assert.equal(mask.ok && mask.form, 'prefix');
  });
});

describe('association mask: why a profile misses', () => {
  it('names a case-only difference, with the prefix and the group it would grant', () => {
    assert.deepEqual(why('campaign - acme - ', 'Campaign - Acme - delivery'), { kind: 'case', prefix: 'Campaign - Acme - ', group: 'delivery' });
    assert.deepEqual(why('campaign - acme - (.*)', 'Campaign - Acme - delivery'), { kind: 'case', prefix: 'Campaign - Acme - ', group: 'delivery' });
  });

  it('names a spacing difference: doubled, missing, no-break or tab', () => {
    assert.deepEqual(why('campaign - acme-stage  - ', 'campaign - acme-stage - admin'), {
      kind: 'spaces',
      prefix: 'campaign - acme-stage - ',
      group: 'admin',
      alsoCase: false,
    });
    assert.deepEqual(why('campaign -acme - ', 'campaign - acme - admin'), { kind: 'spaces', prefix: 'campaign - acme - ', group: 'admin', alsoCase: false });
    assert.deepEqual(why('campaign\u00a0- acme - ', 'campaign - acme - admin'), {
      kind: 'spaces',
      prefix: 'campaign - acme - ',
      group: 'admin',
      alsoCase: false,
    });
    assert.deepEqual(why('campaign\t- acme - ', 'Campaign - acme - admin'), { kind: 'spaces', prefix: 'Campaign - acme - ', group: 'admin', alsoCase: true });
  });

  it('names a typo with its edit distance', () => {
    assert.deepEqual(why('campaing - acme - ', 'campaign - acme - report'), { kind: 'typo', prefix: 'campaign - acme - ', group: 'report', distance: 2 });
    assert.deepEqual(why('campaign - acm - ', 'campaign - acme - report'), { kind: 'typo', prefix: 'campaign - acme - ', group: 'report', distance: 1 });
  });

  it('does not call another instance\'s profile a spacing slip ("acme-stage" is not "acme" + spaces)', () => {
    assert.deepEqual(why('campaign - acme - ', 'campaign - acme-stage - admin'), { kind: 'other-prefix', prefix: 'campaign - acme-stage - ' });
    assert.deepEqual(why('campaign - acme - ', 'Campaign - globex - delivery'), { kind: 'other-prefix', prefix: 'Campaign - globex - ' });
  });

  it('names the workspace instance whose mask the profile matches, before any near miss', () => {
    const stageMask = { instance: 'stage', mask: 'campaign - acme-stage - ' };
    assert.deepEqual(why('campaign - acme - ', 'campaign - acme-stage - admin', [stageMask]), {
      kind: 'other-instance',
      instance: 'stage',
      mask: 'campaign - acme-stage - ',
      group: 'admin',
    });
    // Even a profile one edit away belongs to the other instance when its mask matches it.
    assert.equal(why('campaign - acme - ', 'campaign - acne - admin', [{ instance: 'acne', mask: 'campaign - acne - ' }]).kind, 'other-instance');
  });

  it('calls a profile of another product unrelated', () => {
    assert.deepEqual(why('campaign - acme - ', 'Photoshop - Default'), { kind: 'unrelated' });
    assert.deepEqual(why('campaign - acme - ', 'Marketing Korea'), { kind: 'unrelated' });
  });

  it('orders misses from the nearest and tells near misses apart', () => {
    const misses: MissReason[] = [
      { kind: 'other-prefix', prefix: 'x' },
      { kind: 'typo', prefix: 'x', group: 'g', distance: 3 },
      { kind: 'typo', prefix: 'x', group: 'g', distance: 1 },
      { kind: 'case', prefix: 'x', group: 'g' },
    ];
    assert.deepEqual(
      misses.sort(compareMisses).map((miss) => (miss.kind === 'typo' ? `typo${miss.distance}` : miss.kind)),
      ['case', 'typo1', 'typo3', 'other-prefix'],
    );
    assert.deepEqual(misses.map(isNearMiss), [true, true, true, false]);
  });
});

describe('association mask: operator groups and the mask text', () => {
  it('judges every profile once, with whether the group it names exists', () => {
    const groups = new OperatorGroups(['admin', 'delivery', 'campaignManagers']);
    const verdicts = explainProfiles(
      compileMask('campaign - acme - '),
      ['campaign - acme - admin', 'campaign - acme - campaign_managers', 'Photoshop - Default'],
      groups,
    );
    assert.deepEqual(
      verdicts.map((verdict) => [verdict.explanation.matches, verdict.groupExists]),
      [
        [true, true],
        [true, false],
        [false, false],
      ],
    );
  });

  it('finds the group a renamed or mistyped name meant', () => {
    const groups = new OperatorGroups(['admin', 'delivery', 'campaignManagers']);
    assert.equal(groups.has('campaign_managers'), false);
    assert.equal(groups.has('CampaignManagers'), false);
    assert.equal(groups.closest('campaign_managers'), 'campaignManagers');
    assert.equal(groups.closest('delivry'), 'delivery');
    assert.equal(groups.closest(' delivery'), 'delivery');
    assert.equal(groups.closest('workflowSupervisor'), undefined);
  });

  it('takes a group whose name extends the missing one for its rename (delivery → deliveryOps), the shortest first', () => {
    const groups = new OperatorGroups(['admin', 'deliveryOpsEurope', 'deliveryOps', 'report']);
    assert.equal(groups.closest('delivery'), 'deliveryOps');
    assert.equal(new OperatorGroups(['admin', 'report']).closest('delivery'), undefined);
    // Too short to say: "ad" is no rename of "admin".
    assert.equal(new OperatorGroups(['admin']).closest('xy'), undefined);
  });

  it('lists the spaces nobody types on purpose, but accepts the single trailing space', () => {
    assert.deepEqual(maskSpacingIssues('campaign - acme - '), []);
    assert.deepEqual(maskSpacingIssues('campaign - acme-stage  - '), ['double']);
    assert.deepEqual(maskSpacingIssues(' campaign\t-\u00a0acme - '), ['leading', 'tab', 'no-break']);
    assert.deepEqual(maskSpacingIssues('campaign -\u2003acme - '), ['other-whitespace']);
  });

  it('suggests a corrected mask in the form of the current one', () => {
    assert.equal(suggestedMask(compileMask('campaign - acme-stage  - '), 'campaign - acme-stage - '), 'campaign - acme-stage - ');
    assert.equal(suggestedMask(compileMask('campaign - acme.x - (.*)'), 'campaign - acme.x - '), 'campaign - acme\\.x - (.*)');
  });
});
