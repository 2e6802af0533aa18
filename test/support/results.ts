import type { CheckResult, Finding } from '../../src/model/finding.js';
import { summarize } from '../../src/engine/run-rules.js';
import type { Lang } from '../../src/i18n/lang.js';

const DOC = 'https://experienceleague.adobe.com/docs/campaign-classic/using/getting-started/integrations/connecting-via-an-adobe-id/ims-troubleshooting.html';

/** Markup a customer file could carry: every report must show it as text, never run it. */
export const HOSTILE = '<script>alert(1)</script>';
export const HOSTILE_ATTR = '"><img src=x onerror=alert(2)>';

type EvidenceSketch = Omit<Finding['evidence'][number], 'field'> & { field?: string };

function finding(partial: Partial<Omit<Finding, 'evidence'>> & Pick<Finding, 'rule' | 'status' | 'instance'> & { evidence?: EvidenceSketch[] }): Finding {
  return {
    title: `Title of ${partial.rule}`,
    section: 1,
    docUrl: DOC,
    messageId: partial.status,
    params: {},
    message: `Message of ${partial.rule} (${partial.status})`,
    remediationId: partial.status === 'pass' || partial.status === 'skip' ? null : 'fix',
    remediationParams: partial.status === 'pass' || partial.status === 'skip' ? null : {},
    remediation: partial.status === 'pass' || partial.status === 'skip' ? null : `Fix ${partial.rule}`,
    ...partial,
    evidence: (partial.evidence ?? []).map((item) => ({ ...item, field: item.field ?? 'value' })),
  };
}

/**
 * A result built by hand, so reporter tests do not depend on what the rules conclude today: every
 * status, both suppression kinds, a cross-instance finding, evidence from each kind of source
 * (package XML, serverConf, CSV, YAML, JSON, a default, a live endpoint), an unreadable source, and
 * markup in values.
 */
export function sampleResult(lang: Lang = 'en'): CheckResult {
  const findings: Finding[] = [
    finding({
      rule: 'external-account',
      status: 'fail',
      instance: 'prod',
      messageId: 'duplicate',
      message: '"Adobe_Marketing_Cloud1" is a second Adobe Marketing Cloud account.',
      remediation: 'Delete the external account "Adobe_Marketing_Cloud1", then restart the server.',
      evidence: [
        {
          label: 'External account internal name',
          value: 'Adobe_Marketing_Cloud1',
          at: { file: 'campaign/prod.xml', line: 17, column: 17, path: 'extAccount[@name="Adobe_Marketing_Cloud1"]/@name' },
        },
        {
          label: 'External account internal name',
          value: 'Adobe_Marketing_Cloud',
          at: { file: 'campaign/prod.xml', line: 6, column: 17, path: 'extAccount[@name="Adobe_Marketing_Cloud"]/@name' },
        },
      ],
    }),
    finding({ rule: 'external-account', status: 'pass', instance: 'stage', message: 'One enabled account.' }),
    finding({
      rule: 'url-permission',
      section: 3,
      status: 'warn',
      instance: 'prod',
      evidence: [
        {
          label: 'urlPermission action',
          value: 'deny',
          at: { file: 'campaign/prod-serverConf.xml', line: 4, column: 20, path: 'serverconf/shared/urlPermission/@action' },
        },
      ],
    }),
    finding({
      rule: 'association-users',
      section: 4,
      status: 'fail',
      instance: 'stage',
      message: `Profile ${HOSTILE} grants nothing.`,
      remediation: `Rename ${HOSTILE_ATTR}.`,
      evidence: [
        { label: 'Admin Console user', value: HOSTILE, at: { file: 'admin-console/users.csv', line: 4, path: 'Product Configurations / User Groups' } },
        {
          label: 'Association mask',
          value: HOSTILE_ATTR,
          at: { file: 'campaign/stage.xml', line: 12, column: 7, path: 'extAccount[@name="Adobe_Marketing_Cloud"]/@imsRightsMask' },
        },
      ],
    }),
    finding({
      rule: 'client-id',
      section: 7,
      status: 'error',
      instance: 'stage',
      messageId: 'internal-error',
      message: 'ims-doctor failed while running this rule (boom).',
      remediation: null,
      evidence: [
        { label: 'Client ID provisioned in IMS', value: 'acme-campaign-stage', at: { file: 'ims/stage-client.yaml', line: 4, column: 11, path: 'clientId' } },
      ],
    }),
    finding({
      rule: 'org-id',
      section: 7,
      status: 'fail',
      instance: 'prod',
      evidence: [
        {
          label: 'IMS organization ID (IMS client)',
          value: '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg',
          at: { file: 'ims/console.json', line: 9, column: 23, path: 'project.org.ims_org_id' },
        },
        {
          label: 'IMS organization ID (Campaign)',
          value: '',
          at: { file: 'campaign/prod.xml', line: 6, column: 6, path: 'extAccount[@name="Adobe_Marketing_Cloud"]/@imsOrgId', defaulted: true },
        },
      ],
    }),
    finding({ rule: 'scope', section: 5, status: 'skip', instance: 'prod', messageId: 'skipped', message: 'Not checked: the IMS client could not be read.' }),
    finding({
      rule: 'client-secret',
      section: 7,
      status: 'fail',
      instance: 'stage',
      evidence: [
        { label: 'IMS client secret (Campaign)', value: 'sha256:1a2b3c4d (encrypted by Campaign)', at: { file: 'campaign/stage.xml', line: 9, column: 7 } },
      ],
      suppressed: { reason: 'rotated 2026-10-01, ticket 4711', by: 'workspace' },
    }),
    finding({
      rule: 'callback-url',
      section: 6,
      status: 'warn',
      instance: 'prod',
      suppressed: { reason: 'ignored on the command line (--ignore)', by: 'command-line' },
    }),
    finding({
      rule: 'ims-server-consistency',
      section: 3,
      status: 'fail',
      instance: null,
      evidence: [
        {
          label: 'IMS server',
          value: 'https://ims-na1-stg1.adobelogin.com',
          at: { file: 'campaign/stage.xml', line: 7, column: 7, path: 'extAccount[@name="Adobe_Marketing_Cloud"]/@imsServer' },
        },
        {
          label: 'IMS endpoint (IMS client)',
          value: 'https://ims-na1.adobelogin.com',
          at: { endpoint: 'https://ims-na1.adobelogin.com/ims/.well-known/openid-configuration', live: true },
        },
      ],
    }),
    finding({ rule: 'restart', section: 8, status: 'pass', instance: 'prod', message: 'Restarted after the last change.' }),
  ];
  return {
    schemaVersion: 2,
    tool: { name: 'ims-doctor', version: '0.1.0' },
    lang,
    workspace: 'ims-doctor.yaml',
    instances: [
      { name: 'prod', role: 'production' },
      { name: 'stage', role: 'stage' },
    ],
    summary: summarize(findings),
    problems: [{ file: 'ims/broken.yaml', line: 3, column: 5, problemId: 'yamlInvalid', params: {}, message: 'is not valid YAML: bad indentation' }],
    findings,
  };
}

/** A result whose every text field carries markup, for escaping tests. */
export function hostileResult(): CheckResult {
  const result = sampleResult();
  result.workspace = `ws/${HOSTILE}/ims-doctor.yaml`;
  result.instances.push({ name: HOSTILE_ATTR, role: HOSTILE });
  result.findings.push(
    finding({
      rule: 'product-context',
      section: 2,
      status: 'fail',
      instance: HOSTILE_ATTR,
      title: HOSTILE,
      message: HOSTILE,
      remediation: HOSTILE,
      docUrl: 'javascript:alert(3)',
      evidence: [{ label: HOSTILE, value: `${HOSTILE}\u0001\u0007]]>`, at: { file: `${HOSTILE}.xml`, line: 1, column: 1, path: HOSTILE_ATTR } }],
      suppressed: undefined,
    }),
  );
  result.problems.push({ file: `${HOSTILE}.yaml`, problemId: 'hostile', params: {}, message: HOSTILE });
  result.summary = summarize(result.findings);
  return result;
}
