import type { ImsPlane, PlaneResult, ServerConfPlane } from '../../src/model/snapshot.js';
import type { RuleCase } from '../support/rule-tester.js';
import { account, campaign, ims, instance, ok, ORG, PROD, serverConf, snapshot, src } from '../support/snapshot-builder.js';

const OTHER = '9E8D7C6B5A4F3E2D1C0B9A87@AdobeOrg';
const CONF = 'campaign/prod-serverConf.xml';
const NO_IMS: PlaneResult<ImsPlane> = { state: 'absent', reason: 'imsNotConfigured' };
const UNREADABLE_IMS: PlaneResult<ImsPlane> = {
  state: 'error',
  problem: { file: 'ims/client.yaml', line: 3, column: 1, problem: { id: 'legacy', params: { text: 'not valid YAML' } } },
};

interface Sides {
  account?: string;
  ims?: PlaneResult<ImsPlane>;
  imsEdit?: Partial<ImsPlane>;
  redirection?: string | null;
}
/** A prod instance whose three organization IDs are set one by one (default: all ORG). */
function sides(edit: Sides) {
  return () => {
    const conf: Partial<ServerConfPlane> =
      edit.redirection === undefined
        ? {}
        : { redirectionImsOrgId: edit.redirection === null ? undefined : src(edit.redirection, CONF, 'serverconf/web/redirection/@IMSOrgId') };
    return snapshot([
      instance(PROD, {
        campaign: ok(campaign(PROD, [account(PROD, edit.account === undefined ? {} : { imsOrgId: edit.account })])),
        ims: edit.ims ?? ok(ims(PROD, edit.imsEdit ?? {})),
        serverConf: ok(serverConf(PROD, conf)),
      }),
    ]);
  };
}

/** The rule's table: each case a snapshot and the findings it must give, as data. */
export const CASES: RuleCase[] = [
  {
    name: 'passes on the IMS client alone when serverConf has no redirection IMSOrgId',
    snapshot: sides({ redirection: null }),
    expect: [{ status: 'pass', messageId: 'pass', params: { agrees: 'ims' } }],
  },
  {
    name: 'compares with serverConf alone when the IMS client file cannot be read',
    snapshot: sides({ ims: UNREADABLE_IMS }),
    expect: [
      {
        status: 'pass',
        messageId: 'pass',
        params: { agrees: 'serverConf', imsUnknown: { state: 'error', where: { file: 'ims/client.yaml', line: 3, column: 1 } } },
      },
    ],
  },
  {
    name: 'compares with serverConf alone when the IMS client gives no organization',
    snapshot: sides({ imsEdit: { orgId: undefined, sources: ['ims/client.yaml', 'ims/console.json'] } }),
    expect: [
      {
        status: 'pass',
        messageId: 'pass',
        params: { agrees: 'serverConf', imsUnknown: { state: 'noField', sources: ['ims/client.yaml', 'ims/console.json'] } },
      },
    ],
  },
  {
    name: 'compares with serverConf alone when no IMS client is given, saying IMS was not compared',
    snapshot: sides({ ims: NO_IMS }),
    expect: [{ status: 'pass', messageId: 'pass', params: { agrees: 'serverConf', imsUnknown: { state: 'absent' } } }],
  },
  {
    name: 'passes when account, IMS client and serverConf agree',
    snapshot: sides({}),
    expect: [{ status: 'pass', messageId: 'pass', params: { value: ORG, agrees: 'both', imsUnknown: null } }],
  },
  {
    name: 'skips with nothing to compare with',
    snapshot: sides({ ims: NO_IMS, redirection: null }),
    expect: [{ status: 'skip', messageId: 'nothingToCompare', params: { value: ORG, imsUnknown: { state: 'absent' } }, remediationId: 'fixNothingToCompare' }],
  },
  {
    name: 'fails on an empty organization without an IMS one',
    snapshot: sides({ account: '', ims: NO_IMS }),
    expect: [{ status: 'fail', messageId: 'empty', params: { ims: null }, remediationId: 'fixEmpty' }],
  },
  {
    name: 'fails on an empty organization, giving the IMS one',
    snapshot: sides({ account: '' }),
    expect: [{ status: 'fail', messageId: 'empty', params: { ims: ORG, name: 'Adobe_Marketing_Cloud' }, remediationId: 'fixEmpty' }],
  },
  {
    name: 'fails on spaces around the suffix, once',
    snapshot: sides({ account: `${ORG} ` }),
    expect: [{ status: 'fail', messageId: 'format', params: { source: 'account', hint: 'edgeSpaces' }, remediationId: 'fixFormat' }],
  },
  {
    name: 'fails on the suffix in another case, once',
    snapshot: sides({ account: '4F2A9C1B5E6D7A8B0C1D2E3F@adobeorg' }),
    expect: [{ status: 'fail', messageId: 'format', params: { source: 'account', hint: 'case' } }],
  },
  {
    name: 'fails on the format of the IMS client and of the account, without comparing them',
    snapshot: sides({ account: '4F2A9C1B5E6D7A8B0C1D2E3F', imsEdit: { orgId: src('4F2A9C1B5E6D7A8B0C1D2E3F', 'ims/client.yaml', 'orgId') } }),
    expect: [
      { status: 'fail', messageId: 'format', params: { source: 'account', hint: null } },
      { status: 'fail', messageId: 'format', params: { source: 'ims', value: '4F2A9C1B5E6D7A8B0C1D2E3F', hint: null }, remediationId: 'fixFormat' },
    ],
  },
  {
    name: 'fails on the format of serverConf redirection',
    snapshot: sides({ redirection: 'acme' }),
    expect: [{ status: 'fail', messageId: 'format', params: { source: 'serverConf', value: 'acme', suffix: '@AdobeOrg', hint: null } }],
  },
  {
    name: 'fails on the format of the account, naming the IMS organization as the example',
    snapshot: sides({ account: '4F2A9C1B5E6D7A8B0C1D2E3F' }),
    expect: [{ status: 'fail', messageId: 'format', params: { source: 'account', value: '4F2A9C1B5E6D7A8B0C1D2E3F', hint: null }, remediationId: 'fixFormat' }],
  },
  {
    name: 'fails on a conflict between the client file and the Developer Console export, naming both',
    snapshot: sides({
      imsEdit: {
        conflicts: [{ field: 'orgId', client: src(ORG, 'ims/client.yaml', 'orgId'), console: src(OTHER, 'ims/console.json', 'project.org.ims_org_id') }],
      },
    }),
    expect: [
      { status: 'fail', messageId: 'conflict', params: { campaign: ORG, client: ORG, console: OTHER, matches: 'client' }, remediationId: 'fixConflict' },
    ],
  },
  {
    name: 'fails on an organization in another case, naming the near miss',
    snapshot: sides({ account: '4f2a9c1b5e6d7a8b0c1d2e3f@AdobeOrg' }),
    expect: [{ status: 'fail', messageId: 'mismatchAccount', params: { nearMiss: 'case' } }],
  },
  {
    name: 'fails when the account names another organization than the IMS client, saying which to change',
    snapshot: sides({ account: OTHER }),
    expect: [{ status: 'fail', messageId: 'mismatchAccount', params: { value: OTHER, reference: ORG, nearMiss: null }, remediationId: 'fixAccount' }],
  },
  {
    name: 'without IMS, a serverConf disagreement asks to align both on the organization of the IMS client',
    snapshot: sides({ ims: NO_IMS, redirection: OTHER }),
    expect: [
      {
        status: 'fail',
        messageId: 'mismatchServerConf',
        params: { value: OTHER, reference: ORG, referenceSide: 'account' },
        remediationId: 'fixServerConfUnknown',
      },
    ],
  },
  {
    name: 'fails when serverConf redirection names another organization, pointing at serverConf',
    snapshot: sides({ redirection: OTHER }),
    expect: [
      {
        status: 'fail',
        messageId: 'mismatchServerConf',
        params: { value: OTHER, reference: ORG, referenceSide: 'ims', nearMiss: null },
        remediationId: 'fixServerConf',
      },
    ],
  },
  {
    name: 'skips without the account, through the engine',
    snapshot: () => snapshot([instance(PROD, { campaign: ok(campaign(PROD, [])) })]),
    expect: [{ status: 'skip', messageId: 'common:skipNoAccount' }],
  },
];
