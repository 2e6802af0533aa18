import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../support/cli.js';

/**
 * The verdicts on the bundled example, rule by rule: a contract kept across rewrites (issue 8 rebuilt
 * the core on typed data and had to give exactly these). A change here is a change of behaviour.
 */
const EXPECTED = `external-account prod fail
external-account stage pass
product-context prod pass
product-context stage fail
ims-server prod pass
ims-server stage fail
ims-server-consistency null fail
url-permission prod pass
url-permission stage fail
association-mask prod fail
association-mask stage fail
association-users prod fail
association-users prod fail
association-users stage fail
scope prod pass
scope stage fail
scope stage fail
callback-url prod pass
callback-url stage fail
callback-url stage fail
client-id prod pass
client-id stage fail
client-secret prod skip
client-secret stage skip suppressed
org-id prod pass
org-id stage pass
restart prod warn
restart stage skip
ims-config prod pass
ims-config stage pass
operators prod pass
operators stage pass
technical-account prod pass
technical-account stage pass`;

describe('the verdicts on examples/acme', () => {
  for (const lang of ['en', 'ko']) {
    it(`are the same rules, statuses and exit code (${lang})`, async () => {
      const run = await runCli(['check', 'examples/acme', '--format', 'json', '--lang', lang]);
      assert.equal(run.code, 3, run.stderr);
      const result = JSON.parse(run.stdout) as { findings: { rule: string; instance: string | null; status: string; suppressed?: unknown }[] };
      const got = result.findings.map((f) => `${f.rule} ${f.instance} ${f.status}${f.suppressed ? ' suppressed' : ''}`).join('\n');
      assert.equal(got, EXPECTED);
    });
  }
});
