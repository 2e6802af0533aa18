import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { workspaceYaml } from '../../src/cli/commands/init.js';
import { planWorkspace } from '../../src/workspace/init-plan.js';
import { ACME, ROOT } from '../support/workspace.js';

const SCHEMA = path.join(ROOT, 'docs/ims-doctor.schema.json');

// ajv is CommonJS: seen from ESM, the class is on `default`. Strict, so that a mistake in the schema fails too.
const ajv = new Ajv.default({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
const errorsOf = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);

/** Every ims-doctor.yaml under a folder. */
function workspaces(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return workspaces(full);
    return name === 'ims-doctor.yaml' ? [full] : [];
  });
}

describe('the JSON Schema of ims-doctor.yaml (docs/ims-doctor.schema.json)', () => {
  const files = [...workspaces(path.join(ROOT, 'examples')), ...workspaces(path.join(ROOT, 'test/fixtures'))];

  it('finds the workspaces of examples/ and the test fixtures', () => {
    assert.ok(files.length >= 2, files.join(', '));
  });
  for (const file of files) {
    it(`validates ${path.relative(ROOT, file)}`, () => {
      assert.deepEqual(errorsOf(parse(readFileSync(file, 'utf8'))), []);
    });
  }

  it('validates the three live blocks and what init writes', async () => {
    const live = {
      instances: [
        {
          name: 'prod',
          role: 'production',
          accessUrl: 'https://campaign.acme.example',
          campaign: { url: 'https://campaign.acme.example', user: 'ims-doctor', passwordEnv: 'CAMPAIGN_PASSWORD' },
        },
      ],
      ims: {
        client: 'ims/client.yaml',
        consoleProject: { orgId: '1234567', projectId: '4566206088344794932', workspaceId: '4566206088344859372', tokenEnv: 'AIO_ACCESS_TOKEN' },
      },
      adminConsole: {
        umapi: { orgId: '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg', clientId: 'acme-umapi-s2s', clientSecretEnv: 'ACME_UMAPI_SECRET', deadlineMinutes: 90 },
      },
    };
    assert.deepEqual(errorsOf(live), []);
    const written = workspaceYaml(await planWorkspace(ACME), 'en', '../../docs/ims-doctor.schema.json');
    assert.deepEqual(errorsOf(parse(written)), []);
  });

  it('rejects a bad workspace: a misspelt key, a wrong role, a secret where a variable name goes, both exports and live', () => {
    const base = { name: 'prod', role: 'production', accessUrl: 'https://campaign.acme.example', campaign: { package: 'prod.xml' } };
    assert.notDeepEqual(errorsOf({ instances: [{ ...base, serverconf: 'a.xml' }] }), []);
    assert.notDeepEqual(errorsOf({ instances: [{ ...base, role: 'prod' }] }), []);
    assert.notDeepEqual(
      errorsOf({
        instances: [base],
        adminConsole: { umapi: { orgId: '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg', clientId: 'x', clientSecretEnv: 'p8e-S2S-secret!' } },
      }),
      [],
    );
    assert.notDeepEqual(
      errorsOf({
        instances: [base],
        adminConsole: { users: 'u.csv', umapi: { orgId: '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg', clientId: 'x', clientSecretEnv: 'X' } },
      }),
      [],
    );
    assert.notDeepEqual(errorsOf({ instances: [] }), []);
  });
});
