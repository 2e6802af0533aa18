import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { readHar } from '../../src/analyzers/har-file.js';
import { scanLogFiles } from '../../src/analyzers/log-scan.js';
import { collectAdminConsoleUsers } from '../../src/collectors/admin-console-users.js';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { collectDeveloperConsoleExport, collectImsClientFile } from '../../src/collectors/ims-client.js';
import { loadSnapshot } from '../../src/collectors/snapshot-file.js';
import { compileMask, explainProfile } from '../../src/domain/association-mask.js';
import { allowedBy, compilePatterns } from '../../src/domain/redirect-uri.js';
import { wholeStringRegex } from '../../src/domain/urls.js';
import { InputError } from '../../src/inputs/input-error.js';
import { JsonFile } from '../../src/inputs/json-document.js';
import { parseXml } from '../../src/inputs/xml-document.js';
import { runCli } from '../support/cli.js';
import { Workspace } from '../support/workspace.js';

/** Runs `work` and fails when it takes longer than `ms` (the inputs below took minutes, or for ever, before). */
async function within<T>(ms: number, work: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  const result = await work();
  const took = Date.now() - started;
  assert.ok(took < ms, `took ${took} ms, more than ${ms} ms`);
  return result;
}

async function inputError(work: () => unknown): Promise<InputError> {
  try {
    await work();
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an InputError');
}

describe('user regexes are evaluated in linear time (RE2 semantics)', () => {
  const evil = 'a'.repeat(40);

  it('`(a+)+b` against 40 characters: redirect URI patterns, the association mask, urlPermission', async () => {
    await within(1000, () => {
      const compiled = wholeStringRegex('(a+)+b');
      assert.ok('regex' in compiled);
      assert.equal(compiled.regex.test(evil), false);
      assert.equal(compiled.regex.test(`${evil}b`), true);
      assert.equal(allowedBy(evil, compilePatterns([{ value: '(a+)+b' }])), undefined);
      const mask = compileMask('(a+)+(.*)b');
      assert.ok(mask.ok);
      assert.equal(explainProfile(mask, evil).matches, false);
    });
  });

  it('an invalid pattern is an error, never a match-all once wrapped', () => {
    const compiled = wholeStringRegex('a)|(.*');
    assert.ok('error' in compiled, 'a)|(.* must not compile');
    assert.equal(allowedBy('https://evil.example', compilePatterns([{ value: 'a)|(.*' }])), undefined);
  });

  it('a construct only a backtracking engine knows (backreference, lookahead) is reported, not evaluated', () => {
    for (const pattern of ['(a)\\1', '(?=a)a', '(?!x)https://.*']) {
      const compiled = wholeStringRegex(pattern);
      assert.ok('error' in compiled, pattern);
      assert.match(compiled.error, /backreferences and lookaround are not supported/);
    }
  });

  it('groups and case-insensitive masks still read as before', () => {
    const mask = compileMask('Campaign - acme - (.*)', false);
    assert.ok(mask.ok);
    assert.deepEqual(explainProfile(mask, 'campaign - ACME - admin'), { matches: true, group: 'admin' });
  });

  it('check and explain end quickly on an exponential pattern and mask', { timeout: 60_000 }, async () => {
    const ws = new Workspace()
      .edit('ims/client.yaml', '  - https://campaign\\.acme\\.example(/.*)?', '  - (h|h|t|t|p|p|s|s|:|/|.)*x')
      .edit('campaign/prod.xml', /imsRightsMask="campaign - acme - "/, 'imsRightsMask="campaign - ((.|.|.)*)x"');
    try {
      const check = await within(20_000, () => runCli(['check', ws.dir, '--format', 'json']));
      assert.notEqual(check.code, 1, check.stderr);
      const explain = await within(20_000, () => runCli(['explain', 'lucas.martin@acme.example', ws.dir, '--format', 'json']));
      assert.notEqual(explain.code, 1, explain.stderr);
    } finally {
      ws.dispose();
    }
  });
});

describe('only regular files are read', () => {
  const fifo = (ws: Workspace, file: string): string => {
    ws.remove(file);
    execFileSync('mkfifo', [ws.path(file)]);
    return ws.path(file);
  };

  it('a named pipe as any workspace source is refused with one sentence; the other sources are still read', { timeout: 60_000 }, async () => {
    for (const file of ['admin-console/users.csv', 'ims/client.yaml', 'campaign/prod.xml', 'ims/console.json']) {
      const ws = new Workspace();
      try {
        fifo(ws, file);
        const run = await within(20_000, () => runCli(['check', ws.dir, '--format', 'json']));
        assert.equal(run.code, 2, `${file}: ${run.stderr}`);
        const result = JSON.parse(run.stdout) as { problems: { problemId: string }[]; findings: unknown[] };
        assert.ok(
          result.problems.some((problem) => problem.problemId === 'notRegularFile'),
          file,
        );
        assert.ok(result.findings.length > 0, 'the other sources are still checked');
      } finally {
        ws.dispose();
      }
    }
  });

  it('a named pipe or /dev/zero as a HAR, a log or a snapshot: exit 2, no hang', { timeout: 60_000 }, async () => {
    const ws = new Workspace();
    try {
      const pipe = fifo(ws, 'pipe.log');
      for (const args of [
        ['har', pipe, ws.dir],
        ['har', '/dev/zero', ws.dir],
        ['logs', pipe],
        ['logs', '/dev/zero'],
        ['check', '--snapshot', pipe],
        ['check', '--snapshot', '/dev/zero'],
      ]) {
        const run = await within(20_000, () => runCli(args));
        assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}${run.stdout}`);
        assert.match(run.stderr + run.stdout, /not a regular file/, args.join(' '));
      }
    } finally {
      ws.dispose();
    }
  });
});

describe('work stays linear in the input', () => {
  it('logs: a 64 KiB line of address characters with a signature is read in milliseconds', async () => {
    const ws = new Workspace();
    try {
      const lines = Array.from(
        { length: 20 },
        () => `2026-10-02 09:14:02 error Login does not have any right matching the expression ${'a'.repeat(60_000)} login ${' '.repeat(2000)}`,
      );
      ws.write('long.log', `${lines.join('\n')}\n`);
      const scan = await within(5000, () => scanLogFiles([ws.path('long.log')]));
      assert.equal(scan.hits, 20);
    } finally {
      ws.dispose();
    }
  });

  it('a console export with 100,000 redirect URIs reads with every position in seconds', async () => {
    const ws = new Workspace();
    try {
      const uris = Array.from({ length: 100_000 }, (_, i) => `"https://campaign${i}\\\\.acme\\\\.example(/.*)?"`);
      ws.edit('ims/console.json', /"redirect_uri": \[[^\]]*\]/, `"redirect_uri": [\n${uris.join(',\n')}\n]`);
      const plane = await within(5000, () => collectDeveloperConsoleExport(ws.path('ims/console.json')));
      assert.equal(plane.redirectUriPatterns?.length, 100_000);
      assert.equal(plane.redirectUriPatterns?.at(-1)?.at.line, plane.redirectUriPatterns[0]!.at.line! + 99_999);
    } finally {
      ws.dispose();
    }
  });
});

describe('deep nesting ends in a sentence, not a crash', () => {
  it('8000-level XML', async () => {
    const text = `${'<a>'.repeat(8000)}${'</a>'.repeat(8000)}`;
    const error = await inputError(() => parseXml('deep.xml', text));
    assert.equal(error.problem.id, 'tooDeep');
  });

  it('50,000 [ in JSON, and a deep HAR', async () => {
    assert.equal((await inputError(() => JsonFile.parse('deep.json', '['.repeat(50_000)))).problem.id, 'tooDeep');
    const ws = new Workspace();
    try {
      ws.write('deep.har', `{"log":{"entries":[${'['.repeat(50_000)}${']'.repeat(50_000)}]}}`);
      assert.equal((await inputError(() => readHar(ws.path('deep.har')))).problem.id, 'tooDeep');
    } finally {
      ws.dispose();
    }
  });

  it('a deep Campaign package: exit 2 with the position, the other sources still read', { timeout: 30_000 }, async () => {
    const ws = new Workspace();
    try {
      ws.write('campaign/prod.xml', `<?xml version="1.0"?>\n${'<a>'.repeat(8000)}${'</a>'.repeat(8000)}`);
      const run = await runCli(['check', ws.dir, '--format', 'json']);
      assert.equal(run.code, 2, run.stderr);
      const result = JSON.parse(run.stdout) as { problems: { line?: number; problemId: string }[]; findings: { instance: string | null }[] };
      assert.ok(result.problems.some((problem) => problem.problemId === 'tooDeep' && problem.line === 2));
      assert.ok(result.findings.some((finding) => finding.instance === 'stage'));
    } finally {
      ws.dispose();
    }
  });
});

describe('nothing is read wrong in silence', () => {
  it('an unbalanced quote in the user export stops with path:line:col', async () => {
    const ws = new Workspace();
    try {
      const lines = ws.read('admin-console/users.csv').split('\n');
      lines[3] = lines[3]!.replace(',campaign - acme - campaign_managers,', ',"campaign - acme - campaign_managers,');
      ws.write('admin-console/users.csv', lines.join('\n'));
      const error = await inputError(() => collectAdminConsoleUsers(ws.path('admin-console/users.csv')));
      assert.equal(error.problem.id, 'csvUnclosedQuote');
      assert.equal(error.line, 4);
      assert.equal(error.column, lines[3].indexOf('"') + 1);
    } finally {
      ws.dispose();
    }
  });

  it('invalid UTF-8 in the user export names its own line', async () => {
    const ws = new Workspace();
    try {
      const text = ws.read('admin-console/users.csv');
      const lines = text.split('\n');
      const bad = Buffer.concat([
        Buffer.from(`${lines.slice(0, 5).join('\n')}\nFederated ID,x@acme.example,acme.example,x@acme.example,X`),
        Buffer.from([0xff]),
        Buffer.from(`,Y\n${lines.slice(5).join('\n')}`),
      ]);
      ws.write('admin-console/users.csv', bad);
      const error = await inputError(() => collectAdminConsoleUsers(ws.path('admin-console/users.csv')));
      assert.equal(error.problem.id, 'notUtf8');
      assert.equal(error.line, 6);
      assert.equal(error.column, 'Federated ID,x@acme.example,acme.example,x@acme.example,X'.length + 1);
    } finally {
      ws.dispose();
    }
  });

  it('YAML values are read as written: leading zeros, long numbers; a tag stops with its position', async () => {
    const ws = new Workspace();
    try {
      ws.edit('ims/client.yaml', 'clientId: acme-campaign-prod', 'clientId: 0012345\nclientSecret: 123456789012345678901234567890');
      const plane = await collectImsClientFile(ws.path('ims/client.yaml'));
      assert.equal(plane.clientId?.value, '0012345');
      assert.equal(plane.clientSecret?.value.length, 30);
      ws.edit('ims/client.yaml', 'clientSecret: 123456789012345678901234567890', 'clientSecret: !p8e-abcdef');
      const error = await inputError(() => collectImsClientFile(ws.path('ims/client.yaml')));
      assert.equal(error.problem.id, 'yamlTag');
      assert.equal(error.line, 5);
      assert.ok(!error.text('en').includes('p8e-abcdef'));
    } finally {
      ws.dispose();
    }
  });

  it('console JSON: a value of the wrong type or a key twice is refused where it stands', async () => {
    const ws = new Workspace();
    try {
      ws.edit('ims/console.json', '"client_id": "acme-campaign-prod"', '"client_id": 12345');
      let error = await inputError(() => collectDeveloperConsoleExport(ws.path('ims/console.json')));
      assert.equal(error.problem.id, 'jsonWrongType');
      assert.match(error.text('en'), /oauth2\.client_id/);
      ws.edit('ims/console.json', '"client_id": 12345', '"client_id": "a", "client_id": "b"');
      error = await inputError(() => collectDeveloperConsoleExport(ws.path('ims/console.json')));
      assert.equal(error.problem.id, 'jsonDuplicateKey');
      assert.ok(error.line !== undefined && error.column !== undefined);
    } finally {
      ws.dispose();
    }
  });

  it('a snapshot of the wrong shape stops at load with file:line:col', async () => {
    const ws = new Workspace();
    try {
      const snapshot = await collectWorkspace(ws.dir);
      const broken = structuredClone(snapshot) as unknown as { instances: { campaign: { data: { externalAccounts: { clientId: unknown }[] } } }[] };
      broken.instances[0]!.campaign.data.externalAccounts[0]!.clientId = 42;
      ws.write('snap.json', JSON.stringify(broken, null, 2));
      const error = await inputError(() => loadSnapshot(ws.path('snap.json')));
      assert.equal(error.problem.id, 'snapshotWrongType');
      assert.ok(error.line !== undefined && error.line > 1);
      const run = await runCli(['check', '--snapshot', ws.path('snap.json')]);
      assert.equal(run.code, 2, run.stderr);
      ws.write('good.json', JSON.stringify(snapshot));
      await loadSnapshot(ws.path('good.json'));
    } finally {
      ws.dispose();
    }
  });
});
