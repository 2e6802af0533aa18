import { PRODUCT_CONTEXT_FIELD_VALUE } from '../../domain/facts.js';
import type { InstanceContext } from '../../model/instance-context.js';
import type { ChangeDraft, FixMessage } from '../types.js';
import { none, options, setAccount, stringParam, type Fixer } from './fixer.js';

/**
 * Whether this build of Campaign shows the "Product context" field: known from a live read, or
 * from another instance of the same build whose export carries the attribute; else unknown.
 */
function fieldShown(context: InstanceContext): boolean | undefined {
  const live = context.campaign?.live;
  if (live) return live.productContextField;
  const build = context.campaign?.buildNumber?.value;
  if (build === undefined) return undefined;
  const sameBuild = context.snapshot.instances.some((instance) => {
    const plane = instance.campaign.state === 'ok' ? instance.campaign.data : undefined;
    return plane?.buildNumber?.value === build && plane.externalAccounts.some((account) => account.productContext !== undefined);
  });
  return sameBuild ? true : undefined;
}

/** Asks Adobe to provision the IMS client with a product context: a step, IMS cannot be changed from here. */
function provision(context: InstanceContext, value: string): ChangeDraft | undefined {
  const ims = context.ims;
  if (!ims) return undefined;
  const sharedWith = context.snapshot.instances
    .filter(
      (instance) => instance.name !== context.instance.name && instance.ims.state === 'ok' && instance.ims.data.sources.join('\n') === ims.sources.join('\n'),
    )
    .map((instance) => instance.name);
  const risk: FixMessage[] = sharedWith.length > 0 ? [{ id: 'riskImsShared', params: { instances: sharedWith } }] : [];
  return {
    plane: 'ims',
    record: 'imsClient',
    op: 'set',
    instance: context.instance.name,
    target: ims.clientId?.value ?? context.instance.name,
    field: 'productContext',
    from: ims.productContext?.value ?? null,
    to: value,
    at: ims.productContext?.at ?? null,
    applyWith: 'steps',
    risk,
  };
}

/** product-context: set the field in Campaign, or have IMS provisioned with Campaign's value. */
const fixer: Fixer = {
  rule: 'product-context',
  propose({ finding, context }) {
    const account = context?.account;
    if (!context || !account) return none({ id: 'reasonNoAccount' });
    switch (finding.remediationId) {
      case 'fixValue':
        return options([setAccount(context, account, 'productContext', stringParam(finding.remediationParams, 'expected') ?? PRODUCT_CONTEXT_FIELD_VALUE)]);
      case 'fixMismatchDefault': {
        // No field in the account: set it if the build shows it, or have IMS match Campaign's default.
        const expected = stringParam(finding.remediationParams, 'expected') ?? PRODUCT_CONTEXT_FIELD_VALUE;
        const campaignValue = stringParam(finding.remediationParams, 'campaign');
        const shown = fieldShown(context);
        const inCampaign =
          shown === false
            ? []
            : [
                setAccount(
                  context,
                  account,
                  'productContext',
                  expected,
                  shown === true ? [] : [{ id: 'riskFieldUnknown', params: { build: context.campaign?.buildNumber?.value ?? null } }],
                ),
              ];
        const inIms = campaignValue !== undefined ? provision(context, campaignValue) : undefined;
        return options(inCampaign, inIms ? [inIms] : []);
      }
      case 'fixMismatch': {
        // Campaign holds the right value: IMS is what differs.
        const campaignValue = stringParam(finding.remediationParams, 'campaign');
        const inIms = campaignValue !== undefined ? provision(context, campaignValue) : undefined;
        return inIms ? options([inIms]) : none({ id: 'reasonNoFix' });
      }
    }
    return none({ id: 'reasonNoFix' });
  },
};

export default fixer;
