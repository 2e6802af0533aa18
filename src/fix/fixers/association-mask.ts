import { compileMask, explainProfiles, isNearMiss, matchProfile, OperatorGroups, type Mask } from '../../domain/association-mask.js';
import type { InstanceContext } from '../../model/instance-context.js';
import type { AdminConsolePlane, CampaignPlane, ExternalAccount } from '../../model/snapshot.js';
import { otherMasks } from '../../rules/association-mask.js';
import type { ChangeDraft } from '../types.js';
import { none, options, setAccount, stringParam, type Fixer, type FixProposal } from './fixer.js';

/** What the association fixers read: the instance's account, its groups and the Admin Console, all there. */
export interface MaskScene {
  context: InstanceContext;
  account: ExternalAccount;
  campaign: CampaignPlane;
  plane: AdminConsolePlane;
  mask: Extract<Mask, { ok: true }>;
  groups: OperatorGroups;
}

export function maskScene(context: InstanceContext | undefined): MaskScene | undefined {
  const account = context?.account;
  const campaign = context?.campaign;
  const plane = context?.adminConsole;
  if (!context || !account || !campaign || !plane) return undefined;
  const mask = compileMask(account.imsRightsMask.value);
  if (!mask.ok) return undefined;
  return { context, account, campaign, plane, mask, groups: new OperatorGroups(campaign.groups.map((group) => group.name.value)) };
}

/** The profile name the mask reads as `group`, when the mask has a literal prefix and the name is free. */
export function nameFor(scene: MaskScene, group: string, taken: ReadonlySet<string>): string | undefined {
  if (scene.mask.literal === undefined) return undefined;
  const name = scene.mask.literal + group;
  return matchProfile(scene.mask, name) === group && !taken.has(name) ? name : undefined;
}

export function renameProfile(scene: MaskScene, index: number, to: string): ChangeDraft {
  const profile = scene.plane.profiles[index]!;
  return {
    plane: 'adminConsole',
    record: 'profile',
    op: 'rename',
    instance: scene.context.instance.name,
    target: profile.name,
    field: 'name',
    from: profile.name,
    to,
    at: profile.at,
    applyWith: 'steps',
    risk: [{ id: 'riskProfileRename', params: { profile: profile.name, users: profile.userCount } }],
  };
}

/** No profile matches: set the mask to the near-miss profiles' prefix, or rename every near-miss profile to the mask. */
export function noMatchOptions(scene: MaskScene, suggested: string): FixProposal {
  const setMask = setAccount(scene.context, scene.account, 'imsRightsMask', suggested, [{ id: 'riskMask', params: { instance: scene.context.instance.name } }]);
  const taken = new Set(scene.plane.profiles.map((profile) => profile.name));
  const verdicts = explainProfiles(
    scene.mask,
    scene.plane.profiles.map((profile) => profile.name),
    scene.groups,
    otherMasks(scene.context.snapshot, scene.context.instance),
  );
  const renames: ChangeDraft[] = [];
  verdicts.forEach((verdict, index) => {
    const explanation = verdict.explanation;
    if (explanation.matches || !isNearMiss(explanation.why) || !scene.groups.has(explanation.why.group)) return;
    const to = nameFor(scene, explanation.why.group, taken);
    if (to === undefined) return;
    taken.add(to);
    renames.push(renameProfile(scene, index, to));
  });
  return options([setMask], renames);
}

/** A profile names a group Campaign lacks but has under a close name: rename the profiles, or give the group its old name back. */
export function renamedGroupOptions(scene: MaskScene, group: string, closest: string): FixProposal {
  const taken = new Set(scene.plane.profiles.map((profile) => profile.name));
  const renames: ChangeDraft[] = [];
  scene.plane.profiles.forEach((profile, index) => {
    if (matchProfile(scene.mask, profile.name) !== group) return;
    const to = nameFor(scene, closest, taken);
    if (to === undefined) return;
    taken.add(to);
    renames.push(renameProfile(scene, index, to));
  });
  const record = scene.campaign.groups.find((candidate) => candidate.name.value === closest);
  const operators = scene.campaign.operators.filter((operator) => operator.groups.includes(closest)).length;
  const renameGroup: ChangeDraft = {
    plane: 'campaign',
    record: 'operatorGroup',
    op: 'rename',
    instance: scene.context.instance.name,
    target: closest,
    field: 'name',
    from: closest,
    to: group,
    at: record?.name.at ?? null,
    applyWith: 'steps',
    risk: [{ id: 'riskGroupRename', params: { group: closest, operators } }],
  };
  return options(renames, [renameGroup]);
}

/** association-mask: the mask, the profiles, or the operator group, whichever touches least. */
const fixer: Fixer = {
  rule: 'association-mask',
  propose({ finding, context }) {
    const scene = maskScene(context);
    const suggested = stringParam(finding.remediationParams, 'suggested');
    switch (finding.remediationId) {
      case 'fixNoMatchNear':
        if (!scene || suggested === undefined) break;
        return noMatchOptions(scene, suggested);
      case 'fixTrailingSpace':
        if (!scene || suggested === undefined) break;
        return options([
          setAccount(scene.context, scene.account, 'imsRightsMask', suggested, [{ id: 'riskMask', params: { instance: scene.context.instance.name } }]),
        ]);
      case 'fixRenamedGroup': {
        const group = stringParam(finding.remediationParams, 'group');
        const closest = stringParam(finding.remediationParams, 'closest');
        if (!scene || group === undefined || closest === undefined) break;
        return renamedGroupOptions(scene, group, closest);
      }
      case 'fixMaskSpacing': {
        if (!scene || suggested === undefined || scene.mask.form !== 'prefix') break;
        // The mask and every profile it matches change together, or logins break in between.
        const taken = new Set(scene.plane.profiles.map((profile) => profile.name));
        const renames: ChangeDraft[] = [];
        scene.plane.profiles.forEach((profile, index) => {
          const group = matchProfile(scene.mask, profile.name);
          if (group === undefined || taken.has(suggested + group)) return;
          taken.add(suggested + group);
          renames.push(renameProfile(scene, index, suggested + group));
        });
        return options([
          setAccount(scene.context, scene.account, 'imsRightsMask', suggested, [{ id: 'riskMask', params: { instance: scene.context.instance.name } }]),
          ...renames,
        ]);
      }
      case 'fixMissingGroup':
      case 'fixNoMatch':
      case 'fixEmpty':
        return none({ id: 'reasonYourChoice' });
    }
    return none({ id: 'reasonNoFix' });
  },
};

export default fixer;
