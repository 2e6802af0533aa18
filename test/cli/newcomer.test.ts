import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { BIN, runCli } from '../support/cli.js';
import { ROOT } from '../support/workspace.js';

const run = promisify(execFile);

/** Words of a shell command line: double- and single-quoted words kept whole, a `#` comment dropped. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(#.*$)|(\S+)/g;
  for (const match of line.matchAll(pattern)) {
    if (match[3] !== undefined) break;
    words.push(match[1] ?? match[2] ?? match[4]!);
  }
  return words;
}

/** Every `npx ims-doctor …` command of the README's shell blocks. */
export function readmeCommands(readme: string): string[][] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return blocks.flatMap((block) =>
    block
      .split('\n')
      .filter((line) => line.startsWith('npx ims-doctor '))
      .map((line) => shellWords(line).slice(2)),
  );
}

/**
 * `serve` runs until stopped: start it, open the URL of its first line (a fixed port may be taken
 * here and no browser can open, so any free port and no --open), load the page and its script
 * (bundled apart, in dist/web: a package that leaves it out fails only here), then stop it.
 */
async function serveOnce(args: string[], cwd: string, bin = BIN): Promise<void> {
  const asked = args.filter((arg, index) => arg !== '--open' && args[index - 1] !== '--port' && arg !== '--port');
  const child = spawn(process.execPath, [bin, ...asked, '--port', '0'], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!.trim());
      });
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => reject(new Error(`ims-doctor ${args.join(' ')} ended with ${code} before printing its URL: ${stderr}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/, `ims-doctor ${args.join(' ')} printed ${url}`);
    const entry = await fetch(url, { redirect: 'manual' });
    assert.equal(entry.status, 303, `GET ${url}`);
    const cookie = (entry.headers.get('set-cookie') ?? '').split(';')[0]!;
    const page = await fetch(new URL('/', url), { headers: { cookie } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<script type="module" src="\/assets\/app\.js">/);
    const script = await fetch(new URL('/assets/app.js', url), { headers: { cookie } });
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    assert.ok((await script.text()).length > 1000, 'the bundled page script');
  } finally {
    child.kill('SIGTERM');
  }
}

describe("the newcomer's path", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-newcomer-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('every `npx ims-doctor` command the README shows runs as written on a fresh clone (no usage error, no crash)', async () => {
    const commands = readmeCommands(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    assert.ok(commands.length >= 8, `${commands.length} commands`);
    // A folder laid out as the clone (examples/ as shipped), so files the commands write land there.
    const clone = path.join(dir, 'clone');
    mkdirSync(clone);
    symlinkSync(path.join(ROOT, 'examples'), path.join(clone, 'examples'));
    symlinkSync(path.join(ROOT, 'test'), path.join(clone, 'test')); // the fleet example adds a healthy fixture
    for (const args of commands) {
      if (args[0] === 'serve') {
        await serveOnce(args, clone);
        continue;
      }
      const result = await runCli(args, { cwd: clone });
      assert.ok([0, 3, 4].includes(result.code ?? -1), `ims-doctor ${args.join(' ')} ended with ${result.code}: ${result.stderr}`);
      assert.doesNotMatch(result.stderr, /internal error|stack/i);
    }
  });

  it('installs from `npm pack` (offline, from the npm cache) and runs from any folder', { timeout: 240_000 }, async () => {
    const packed = path.join(dir, 'pack');
    mkdirSync(packed);
    // dist/ is built by `npm test`; --ignore-scripts keeps `prepare` from building it once more.
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packed], { cwd: ROOT });
    const tarball = path.join(packed, stdout.trim().split('\n').at(-1)!);
    // A project that depends on the tarball, locked to the clone's own dependency versions so that
    // `npm ci --offline` installs from the cache (npm ci of the clone filled it) without the registry.
    const app = path.join(dir, 'app');
    mkdirSync(app);
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string; dev?: boolean; link?: boolean }>;
    };
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
      bin: Record<string, string>;
    };
    const spec = `file:${tarball}`;
    const packages: Record<string, unknown> = {
      '': { dependencies: { 'ims-doctor': spec } },
      'node_modules/ims-doctor': { version: pkg.version, resolved: spec, dependencies: pkg.dependencies, bin: pkg.bin },
    };
    for (const [key, value] of Object.entries(lock.packages)) {
      if (key === '' || value.dev || value.link) continue;
      const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      packages[key] = { resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${value.version}.tgz`, ...value };
    }
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'try-ims-doctor', version: '1.0.0', private: true, dependencies: { 'ims-doctor': spec } }),
    );
    writeFileSync(
      path.join(app, 'package-lock.json'),
      JSON.stringify({ name: 'try-ims-doctor', version: '1.0.0', lockfileVersion: 3, requires: true, packages }),
    );
    await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
    const bin = path.join(app, 'node_modules/.bin/ims-doctor');
    const version = await run(bin, ['--version'], { cwd: tmpdir() });
    assert.equal(version.stdout.trim(), pkg.version);
    // From another folder, on the example by its absolute path.
    const check = await run(bin, ['check', path.join(ROOT, 'examples/acme'), '--format', 'json'], { cwd: tmpdir() }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    assert.equal((check as { code?: number }).code, 3);
    assert.equal((JSON.parse(check.stdout) as { summary: { fail: number } }).summary.fail, 15);
    // The web UI from the installed package: its page script ships in the tarball too.
    await serveOnce(['serve', path.join(ROOT, 'examples/acme')], tmpdir(), path.join(app, 'node_modules/ims-doctor', pkg.bin['ims-doctor']!));
  });

  it("npm has nothing to warn about install scripts: esbuild's is reviewed in package.json", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    assert.equal(pkg.allowScripts?.esbuild, false, 'esbuild works without its postinstall (which only checks or links its binary)');
  });
});
