import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { NO_MATCHING_RIGHT_MESSAGE } from '../../src/domain/facts.js';
import { CampaignDouble } from '../doubles/campaign-server.js';
import { webLoginRoutes } from '../doubles/campaign-web-login.js';
import { ImsDouble, type ImsClient, type ImsUser } from '../doubles/ims-server.js';
import { TestCa, type TestCertificate } from '../doubles/tls.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.js';
import { acmeClients, ACME_ORG, ACME_PROD_SECRET, JANE } from '../support/live-fixture.js';
import { ROOT, Workspace } from '../support/workspace.js';

/**
 * The real-browser proof: Debian's Chromium walks "Connect with an Adobe ID" through the IMS double
 * and back to the Campaign double, for a healthy set-up and for each symptom of the checklist's
 * "common errors" table; each walk is recorded as a HAR, and `ims-doctor har` must name the rule.
 */
const BIN = path.join(ROOT, 'dist/bin/ims-doctor.js');
const RECORDED = path.join(ROOT, 'test/fixtures/har/recorded');
const HAR_COMMAND = existsSync(path.join(ROOT, 'dist/src/cli/commands/har.js'));

interface Scenario {
  name: string;
  clients?: ImsClient[];
  user?: ImsUser;
  edit?: (ws: Workspace) => void;
  /** Where the browser must end, and what it must show. */
  expectHost: string;
  expectText: RegExp;
  loginPage: boolean;
  /** The rule `ims-doctor har` must name in a failing finding (none for the healthy walk). */
  rule?: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'healthy', expectHost: 'campaign.acme.example', expectText: /Welcome, jane\.doe@acme\.example/, loginPage: true },
  {
    name: 'callback-not-allowlisted',
    clients: acmeClients({ prod: { redirectUriPatterns: ['https://campaign\\.acme\\.example/nl/jsp/.*'] } }),
    expectHost: 'www.adobe.com',
    expectText: /Welcome to adobe\.com/,
    loginPage: false,
    rule: 'callback-url',
  },
  {
    name: 'association-mask-mismatch',
    user: { ...JANE, profiles: [{ name: 'Campaign - ACME - admin', serviceCode: 'dma_campaign_classic', owningEntity: ACME_ORG }] },
    expectHost: 'campaign.acme.example',
    expectText: new RegExp(NO_MATCHING_RIGHT_MESSAGE.en),
    loginPage: true,
    rule: 'association-mask',
  },
  {
    name: 'bad-scope',
    edit: (ws) =>
      ws.edit(
        'campaign/prod.xml',
        /userScope="openid,AdobeID,read_organizations,additional_info.projectedProductContext"\n {6}productContext/,
        'userScope="openid,AdobeID,read_organization,additional_info.projectedProductContext"\n      productContext',
      ),
    expectHost: 'ims-na1.adobelogin.com',
    expectText: /invalid_scope/,
    loginPage: false,
    rule: 'scope',
  },
];

function spki(certificate: TestCertificate): string {
  const leaf = new X509Certificate(certificate.cert);
  return createHash('sha256')
    .update(leaf.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
}

function harCommand(file: string, workspace: string): { code: number; json: { verdict: { status: string }; findings: { status: string; rules: string[] }[] } } {
  const result = spawnSync(process.execPath, [BIN, 'har', file, workspace, '--format', 'json'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C' },
    timeout: 30_000,
  });
  return { code: result.status ?? -1, json: JSON.parse(result.stdout) };
}

describe(
  'real browser: Chromium walks the Adobe ID login through the doubles',
  { skip: existsSync(CHROMIUM) ? false : 'Debian chromium is not installed' },
  () => {
    let ca: TestCa;
    let imsCert: TestCertificate;
    let campaignCert: TestCertificate;
    const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-har-'));
    const browsers: Browser[] = [];

    before(async () => {
      ca = await TestCa.create();
      imsCert = await ca.issue(['ims-na1.adobelogin.com', 'www.adobe.com', '127.0.0.1']);
      campaignCert = await ca.issue(['campaign.acme.example']);
    });
    after(async () => {
      await Promise.all(browsers.map((browser) => browser.close()));
      rmSync(dir, { recursive: true, force: true });
    });

    for (const scenario of SCENARIOS) {
      it(`${scenario.name}: ends on ${scenario.expectHost}${scenario.rule ? ` and \`ims-doctor har\` names ${scenario.rule}` : ''}`, async (t) => {
        const ws = new Workspace();
        scenario.edit?.(ws);
        const ims = await ImsDouble.start({ tls: imsCert, clients: scenario.clients ?? acmeClients(), users: [scenario.user ?? JANE] });
        const routes = { handler: undefined as ReturnType<typeof webLoginRoutes> | undefined };
        const campaign: CampaignDouble | undefined = await CampaignDouble.start({
          packageFile: ws.path('campaign/prod.xml'),
          tls: campaignCert,
          extraRoutes: (req, res) => routes.handler!(req, res),
        });
        routes.handler = webLoginRoutes({
          records: (schemaId) => campaign.records(schemaId),
          clientSecret: ACME_PROD_SECRET,
          net: { timeoutMs: 5000, retries: 0, ca: ca.cert, connectTo: [{ host: 'ims-na1.adobelogin.com', port: 443, toHost: '127.0.0.1', toPort: ims.port }] },
        });
        const harFile = path.join(dir, `${scenario.name}.har`);
        try {
          const browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: [
              ...CHROMIUM_ARGS,
              // Every name goes to a double on 127.0.0.1, on its port; nothing leaves the machine.
              `--host-resolver-rules=MAP ims-na1.adobelogin.com 127.0.0.1:${ims.port}, MAP www.adobe.com 127.0.0.1:${ims.port}, MAP campaign.acme.example 127.0.0.1:${campaign.port}, MAP * ~NOTFOUND`,
              // Trust exactly the doubles' keys (the test CA is not in Chromium's store); verification stays on for everything else.
              `--ignore-certificate-errors-spki-list=${spki(imsCert)},${spki(campaignCert)}`,
            ],
          });
          browsers.push(browser);
          const context = await browser.newContext({ recordHar: { path: harFile, content: 'embed' } });
          const page = await context.newPage();
          page.setDefaultTimeout(10_000);
          await page.goto('https://campaign.acme.example/nl/jsp/logon.jsp');
          await Promise.all([page.waitForLoadState('load'), page.click('#adobe-id')]);
          await page.waitForLoadState('load');
          const sawLogin = (await page.locator('input[name="password"]').count()) > 0;
          assert.equal(sawLogin, scenario.loginPage, `login page shown: ${sawLogin}`);
          if (sawLogin) {
            await page.fill('input[name="email"]', JANE.email);
            await page.fill('input[name="password"]', JANE.password);
            await Promise.all([page.waitForURL((url) => url.hostname === 'campaign.acme.example'), page.click('button[type="submit"]')]);
            await page.waitForLoadState('load');
          }
          assert.equal(new URL(page.url()).hostname, scenario.expectHost, `ended on ${page.url()}`);
          assert.match(await page.content(), scenario.expectText);
          await context.close(); // writes the HAR
          await browser.close();
        } finally {
          await ims.close();
          await campaign.close();
        }

        const har = JSON.parse(readFileSync(harFile, 'utf8')) as { log: { entries: { request: { url: string } }[] } };
        assert.ok(
          har.log.entries.some((entry) => entry.request.url.startsWith('https://ims-na1.adobelogin.com/ims/authorize/v2?')),
          'the HAR holds the authorize request',
        );
        if (process.env.IMS_DOCTOR_RECORD_HARS) {
          mkdirSync(RECORDED, { recursive: true });
          copyFileSync(harFile, path.join(RECORDED, `${scenario.name}.har`));
        }
        if (!HAR_COMMAND) {
          t.skip('the har command is not in this build yet');
          ws.dispose();
          return;
        }
        const { json } = harCommand(harFile, ws.dir);
        const failing = json.findings.filter((finding) => finding.status === 'fail');
        if (scenario.rule)
          assert.ok(
            failing.some((finding) => finding.rules.includes(scenario.rule!)),
            `har names ${scenario.rule}: ${JSON.stringify(json.findings)}`,
          );
        else
          assert.ok(
            !failing.some((finding) => finding.rules.some((rule) => ['callback-url', 'scope', 'association-mask'].includes(rule))),
            JSON.stringify(failing),
          );
        ws.dispose();
      });
    }
  },
);

describe(
  'recorded walks kept as fixtures (test/fixtures/har/recorded, sanitized)',
  { skip: HAR_COMMAND ? false : 'the har command is not in this build yet' },
  () => {
    for (const scenario of SCENARIOS) {
      it(`${scenario.name}.har: ${scenario.rule ? `\`ims-doctor har\` names ${scenario.rule}` : 'no failure of the login rules'}`, () => {
        const ws = new Workspace();
        try {
          scenario.edit?.(ws);
          const file = path.join(RECORDED, `${scenario.name}.har`);
          const text = readFileSync(file, 'utf8');
          assert.ok(!text.includes(JANE.password), 'the typed password was sanitized away');
          const { json } = harCommand(file, ws.dir);
          const failing = json.findings.filter((finding) => finding.status === 'fail');
          if (scenario.rule)
            assert.ok(
              failing.some((finding) => finding.rules.includes(scenario.rule!)),
              JSON.stringify(json.findings),
            );
          else
            assert.ok(
              !failing.some((finding) => finding.rules.some((rule) => ['callback-url', 'scope', 'association-mask'].includes(rule))),
              JSON.stringify(failing),
            );
        } finally {
          ws.dispose();
        }
      });
    }
  },
);
