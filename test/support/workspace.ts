import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { CheckResult, Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { Lang } from '../../src/i18n/lang.js';

/** The repository root (tests run from dist/test/...). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const ACME = path.join(ROOT, 'examples/acme');

/** A copy of the ACME example in a temporary folder, to edit into a fixture. */
export class Workspace {
  readonly dir: string;

  constructor(from: string = ACME) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-'));
    cpSync(from, this.dir, { recursive: true });
  }

  path(file: string): string {
    return path.join(this.dir, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, content: string | Buffer): this {
    writeFileSync(this.path(file), content);
    return this;
  }

  /** Replaces text in a file; fails loudly when the text is not there, so fixtures never drift silently. */
  edit(file: string, from: string | RegExp, to: string): this {
    const before = this.read(file);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture edit found nothing to replace in ${file}: ${String(from)}`);
    return this.write(file, after);
  }

  remove(file: string): this {
    rmSync(this.path(file), { force: true, recursive: true });
    return this;
  }

  async check(options: { lang?: Lang; only?: string[] } = {}): Promise<CheckResult> {
    const snapshot = await collectWorkspace(this.dir);
    return runRules(snapshot, RULES, { lang: options.lang ?? 'en', only: options.only });
  }

  /** The findings of one rule for one instance (null: cross-instance), suppressed ones included. */
  async findings(rule: string, instance: string | null, lang: Lang = 'en'): Promise<Finding[]> {
    const result = await this.check({ lang, only: [rule] });
    return result.findings.filter((finding) => finding.instance === instance);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function statuses(findings: Finding[]): string[] {
  return findings.map((finding) => finding.status);
}
