import { PRODUCT_CONTEXT_FIELD_VALUE } from '../../domain/facts.js';
import type { InstanceContext } from '../../model/instance-context.js';
import type { ChangeDraft } from '../types.js';
import { imsDraft } from './ims-steps.js';
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
  const current = context.ims?.productContext;
  return imsDraft(context, { op: 'set', field: 'productContext', from: current?.value ?? null, to: value, at: current?.at ?? null });
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
