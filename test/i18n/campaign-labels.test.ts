import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LOG_SIGNATURES } from '../../src/domain/symptoms.js';
import { CHECKLIST_URL, NO_MATCHING_RIGHT_MESSAGE } from '../../src/domain/facts.js';
import { runCli } from '../support/cli.js';
import { ROOT } from '../support/workspace.js';

// Issue 9: there is no Korean Campaign UI; Korean reports give Campaign's labels and menus in English with
// a Korean gloss; the checklist is linked at its current address, in the report's language.

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, ext));
    else if (ext.test(entry)) out.push(full);
  }
  return out;
}

const SOURCES = [
  ...filesUnder(path.join(ROOT, 'src'), /\.ts$/),
  ...filesUnder(path.join(ROOT, 'docs'), /\.md$/),
  ...filesUnder(path.join(ROOT, 'examples'), /\.(ya?ml|md|xml|json)$/),
  path.join(ROOT, 'README.md'),
];

describe('no Korean Campaign UI', () => {
  it('no source, doc or example claims a Korean UI label ("(Korean UI: …)")', () => {
    const claims = SOURCES.filter((file) => /\(Korean UI: /.test(readFileSync(file, 'utf8'))).map((file) => path.relative(ROOT, file));
    assert.deepEqual(claims, []);
  });

  it('the Korean "no matching right" text is never a verified log signature (Campaign logs it in English)', () => {
    const korean = LOG_SIGNATURES.filter((signature) => signature.lang === 'ko');
    assert.ok(korean.length > 0);
    assert.deepEqual(
      korean.filter((signature) => signature.source === 'V').map((signature) => signature.id),
      [],
    );
    assert.equal(LOG_SIGNATURES.find((signature) => signature.text === NO_MATCHING_RIGHT_MESSAGE.en)?.source, 'V');
  });

  it('a Korean report names Campaign labels and menus in English with a Korean gloss, never a Korean label alone', async () => {
    const run = await runCli(['check', 'examples/acme', '--lang', 'ko', '--format', 'text']);
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stdout, /관리\(Administration\) > 플랫폼\(Platform\) > 외부 계정\(External accounts\)/);
    // Evidence labels of the account's fields: the Korean gloss, then the English label of Campaign's form.
    assert.match(run.stdout, /연결 마스크\(Association mask\): "campaign - acme/);
    assert.match(run.stdout, /콜백 서버\(Callback server\): /);
    assert.doesNotMatch(run.stdout, /연결 마스크: |IMS 서버: /);
    assert.doesNotMatch(run.stdout, /관리 > |플랫폼 > /);
  });
});

describe('the checklist at its current address, in the report language', () => {
  const pages = filesUnder(path.join(ROOT, 'docs/rules'), /\.md$/);
  it('every rule page linking the checklist links the current URL of its language', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const lang = page.endsWith('.ko.md') ? 'ko' : 'en';
      const links = readFileSync(page, 'utf8').match(/https:\/\/experienceleague\.adobe\.com\/[^\s)>\]]*ims-troubleshooting[^\s)>\]]*/g) ?? [];
      for (const link of links) if (link !== CHECKLIST_URL[lang] && !(path.basename(page) === 'README.md')) wrong.push(`${path.basename(page)}: ${link}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(pages.some((page) => readFileSync(page, 'utf8').includes(CHECKLIST_URL.ko)));
  });

  it('nothing links the checklist at its old address', () => {
    const old = SOURCES.filter((file) => /getting-started\/integrations\/connecting-via-an-adobe-id/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(
      old.map((file) => path.relative(ROOT, file)),
      [],
    );
  });

  it('the Korean URL is the English one under /ko/', () => {
    assert.equal(CHECKLIST_URL.ko, CHECKLIST_URL.en.replace('/en/docs/', '/ko/docs/'));
  });
});
