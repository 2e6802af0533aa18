import { explainProfiles, isNearMiss } from '../../domain/association-mask.js';
import { otherMasks } from '../../rules/association-mask.js';
import { grantsOf, personOf } from '../access.js';
import type { FixProposal } from './fixer.js';
import { none, options, stringParam, type Fixer } from './fixer.js';
import { maskScene, nameFor, noMatchOptions, renamedGroupOptions, renameProfile } from './association-mask.js';

/**
 * association-users: the people the mask leaves without rights. When the mask itself matches
 * nothing, or a profile names a renamed group, the fix is association-mask's (the same changes,
 * so the plan merges them). Otherwise, per near-miss profile: add its holders to the profile they
 * meant when it exists, else rename the profile. The finding lists ten people; the snapshot has all.
 */
const fixer: Fixer = {
  rule: 'association-users',
  propose({ finding, context, result }) {
    const scene = maskScene(context);
    if (!scene) return none({ id: 'reasonNoFix' });
    const sameInstance = result.findings.filter((other) => other.rule === 'association-mask' && other.instance === finding.instance);

    if (finding.remediationId === 'fixNearUsersMask') {
      const noMatch = sameInstance.find((other) => other.remediationId === 'fixNoMatchNear');
      const suggested = stringParam(noMatch?.remediationParams, 'suggested');
      if (suggested === undefined) return none({ id: 'reasonYourChoice' });
      return noMatchOptions(scene, suggested);
    }

    if (finding.messageId === 'missingGroupUsers') {
      const proposals = sameInstance.flatMap((other): FixProposal[] => {
        const group = stringParam(other.remediationParams, 'group');
        const closest = stringParam(other.remediationParams, 'closest');
        if (other.remediationId !== 'fixRenamedGroup' || group === undefined || closest === undefined || scene.groups.has(group)) return [];
        return [renamedGroupOptions(scene, group, closest)];
      });
      return proposals.length > 0 ? proposals : stillMissing(scene) ? none({ id: 'reasonYourChoice' }) : { kind: 'resolved' };
    }

    if (finding.messageId === 'nearUsers') {
      const grants = grantsOf(scene.context.snapshot, scene.context.instance.name);
      const names = scene.plane.profiles.map((profile) => profile.name);
      const byName = new Map(names.map((name, index) => [name, index]));
      const verdicts = explainProfiles(scene.mask, names, scene.groups, otherMasks(scene.context.snapshot, scene.context.instance));
      const taken = new Set(names);
      const proposals: FixProposal[] = [];
      verdicts.forEach((verdict, index) => {
        const explanation = verdict.explanation;
        if (explanation.matches || !isNearMiss(explanation.why) || !scene.groups.has(explanation.why.group)) return;
        // The holders left with nothing: those who hold no profile granting a group here.
        const people = scene.plane.users
          .filter((user) => user.profiles.includes(index) && !user.profiles.some((held) => grants[held] !== null && grants[held] !== undefined))
          .map(personOf);
        if (people.length === 0) return;
        const meant = scene.mask.literal === undefined ? undefined : scene.mask.literal + explanation.why.group;
        const existing = meant === undefined ? undefined : byName.get(meant);
        if (existing !== undefined && grants[existing]) {
          const profile = scene.plane.profiles[existing]!;
          proposals.push(
            options([
              {
                plane: 'adminConsole',
                record: 'profile',
                op: 'addMembers',
                instance: scene.context.instance.name,
                target: profile.name,
                field: 'users',
                from: null,
                to: [...new Set(people)],
                at: profile.at,
                applyWith: 'steps',
                risk: [{ id: 'riskAddMembers', params: { profile: profile.name, count: people.length } }],
              },
            ]),
          );
          return;
        }
        const to = nameFor(scene, explanation.why.group, taken);
        if (to === undefined) return;
        taken.add(to);
        proposals.push(options([renameProfile(scene, index, to)]));
      });
      return proposals.length > 0 ? proposals : { kind: 'resolved' };
    }
    return none({ id: 'reasonNoFix' });
  },
};

/** Whether some profile the mask matches still names a group Campaign lacks. */
function stillMissing(scene: NonNullable<ReturnType<typeof maskScene>>): boolean {
  const verdicts = explainProfiles(
    scene.mask,
    scene.plane.profiles.map((profile) => profile.name),
    scene.groups,
  );
  return verdicts.some((verdict) => verdict.explanation.matches && !verdict.groupExists);
}

export default fixer;
