import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { WORKSPACE_FILE_NAME, displayPath } from '../../collectors/workspace-config.js';
import { render, type MessageRef } from '../../i18n/catalogue.js';
import { INIT } from '../../i18n/init.js';
import type { Lang } from '../../i18n/lang.js';
import { resolveLang } from '../options.js';
import { problemText } from '../../i18n/problems.js';
import type { InstanceRole } from '../../model/snapshot.js';
import { planWorkspace, type InitPlan, type PlannedInstance } from '../../workspace/init-plan.js';
import { EXIT, UsageError } from '../exit.js';
import { writeFilesSafely } from '../safe-write.js';

export interface InitOptions {
  force?: boolean;
  lang?: string;
}

const ROLES: readonly InstanceRole[] = ['production', 'stage', 'development'];
const SCHEMA_FILE = 'ims-doctor.schema.json';

/** docs/ims-doctor.schema.json of this installation (the bundle and the compiled sources sit at different depths). */
export function schemaPath(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', SCHEMA_FILE);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** `ims-doctor init [folder]`: recognise the exports of a folder and write the ims-doctor.yaml that uses them. */
export async function runInit(folder: string, options: InitOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  const t = (ref: MessageRef<typeof INIT>): string => render(INIT, ref, lang);
  const dir = path.resolve(folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(t({ id: 'notFolder', params: { folder: displayPath(dir) } }));
  const target = path.join(dir, WORKSPACE_FILE_NAME);
  if (existsSync(target) && !options.force) throw new UsageError(t({ id: 'exists', params: { file: displayPath(target) } }));

  const plan = await planWorkspace(dir);
  // What an earlier init wrote here is no export to report.
  plan.unused = plan.unused.filter((entry) => entry.file !== WORKSPACE_FILE_NAME);
  plan.unrecognised = plan.unrecognised.filter((entry) => entry.file !== SCHEMA_FILE);
  if (plan.instances.length === 0) {
    process.stderr.write(`ims-doctor: ${t({ id: 'noPackage' })}\n`);
    printReport(plan, lang);
    return EXIT.badInput;
  }
  // A role the host does not tell is asked at a terminal; without one it stays production, with a comment.
  const answered = new Set<string>();
  if (process.stdin.isTTY && process.stderr.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    try {
      for (const instance of plan.instances.filter((entry) => entry.roleFrom === undefined)) {
        const answer = (await prompt.question(t({ id: 'roleAsk', params: { name: instance.name, accessUrl: instance.accessUrl } }))).trim().toLowerCase();
        const role = ROLES.find((item) => item === answer || (answer !== '' && item.startsWith(answer)));
        if (role) {
          instance.role = role;
          answered.add(instance.name);
        }
      }
    } finally {
      prompt.close();
    }
  }
  // The schema is copied beside the file and named relatively: a path into this installation (or an
  // absolute file URL) breaks once the folder is moved or handed to a colleague, or the tool is
  // installed elsewhere (npx caches under a hash); the project publishes no URL to point at. The
  // copy is the schema of the version that wrote the file; ims-doctor's own errors stay the authority.
  const schema = schemaPath();
  const copy = path.join(dir, SCHEMA_FILE);
  const writes = [{ file: target, content: workspaceYaml(plan, lang, schema ? `./${SCHEMA_FILE}` : undefined, answered) }];
  if (schema && path.resolve(schema) !== copy) writes.push({ file: copy, content: readFileSync(schema, 'utf8') });
  await writeFilesSafely(writes, { inputs: [], lang });
  process.stdout.write(`${t({ id: 'wrote', params: { file: displayPath(target), count: plan.instances.length } })}\n`);
  printReport(plan, lang);
  return EXIT.ok;
}

function printReport(plan: InitPlan, lang: Lang): void {
  const t = (ref: MessageRef<typeof INIT>): string => render(INIT, ref, lang);
  const lines: string[] = [];
  if (plan.instances.length > 0) {
    lines.push(t({ id: 'assigned' }));
    for (const instance of plan.instances) {
      const files = [instance.packageFile, ...instance.serverConf, ...[instance.imsClient, instance.consoleExport].filter((file): file is string => !!file)];
      lines.push(t({ id: 'instanceLine', params: { name: instance.name, role: instance.role, accessUrl: instance.accessUrl, files } }));
    }
    const shared = [plan.adminConsoleUsers, plan.userGroups].filter((file): file is string => !!file);
    if (shared.length > 0) lines.push(t({ id: 'sharedLine', params: { files: shared } }));
  }
  if (plan.unused.length > 0) {
    lines.push(t({ id: 'unused' }));
    for (const entry of plan.unused) lines.push(t({ id: 'unusedLine', params: entry }));
  }
  if (plan.unrecognised.length > 0) {
    lines.push(t({ id: 'unrecognised' }));
    for (const entry of plan.unrecognised)
      lines.push(t({ id: 'unrecognisedLine', params: { file: entry.file, why: entry.problem ? problemText(entry.problem, lang) : null } }));
  }
  const missing: string[] = [];
  for (const instance of plan.instances) {
    if (instance.serverConf.length === 0) missing.push(t({ id: 'missingServerConf', params: { instance: instance.name } }));
    if (!instance.imsClient && !instance.consoleExport) missing.push(t({ id: 'missingIms', params: { instance: instance.name } }));
    missing.push(t({ id: 'missingStarted', params: { instance: instance.name } }));
  }
  if (!plan.adminConsoleUsers) missing.push(t({ id: 'missingUsers' }));
  if (missing.length > 0) lines.push(t({ id: 'missing' }), ...missing);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A YAML scalar as written: plain when YAML reads it back the same, else double-quoted. */
function scalar(value: string): string {
  return /^[A-Za-z0-9_./][\w./:@ -]*$/.test(value) && !/:\s|\s#|\s$/.test(value) ? value : JSON.stringify(value);
}

/** The commented workspace file (by hand, not by a YAML library: the comments are the point). */
export function workspaceYaml(plan: InitPlan, lang: Lang, schema: string | undefined, answered: ReadonlySet<string> = new Set()): string {
  const t = (ref: MessageRef<typeof INIT>): string => render(INIT, ref, lang);
  const out: string[] = [];
  if (schema) out.push(`# yaml-language-server: $schema=${schema}`);
  out.push(`# ${t({ id: 'headComment' })}`, 'instances:');
  const roleComment = (instance: PlannedInstance): string =>
    answered.has(instance.name)
      ? t({ id: 'roleAnswered' })
      : instance.roleFrom
        ? t({ id: 'roleGuessed', params: { word: instance.roleFrom } })
        : t({ id: 'roleDefault' });
  for (const instance of plan.instances) {
    const urlSource = instance.urlFrom === 'imsRedirect' ? (instance.imsClient ?? instance.consoleExport ?? '') : instance.packageFile;
    out.push(
      `  - name: ${scalar(instance.name)}`,
      `    role: ${instance.role}   # ${roleComment(instance)}`,
      `    accessUrl: ${scalar(instance.accessUrl)}   # ${t({ id: 'urlFrom', params: { from: instance.urlFrom, file: urlSource } })}`,
      `    campaign: { package: ${scalar(instance.packageFile)} }`,
      `    # campaign: { url: ${scalar(instance.accessUrl)}, user: ims-doctor, passwordEnv: CAMPAIGN_PASSWORD }   # ${t({ id: 'liveCampaign' })}`,
    );
    if (instance.serverConf.length === 1) out.push(`    serverConf: ${scalar(instance.serverConf[0]!)}`);
    else if (instance.serverConf.length > 1) out.push(`    serverConf: [${instance.serverConf.map(scalar).join(', ')}]`);
    out.push(`    # serverStartedAt: "2026-01-01T06:00:00Z"   # ${t({ id: 'startedComment' })}`);
    if (instance.imsClient || instance.consoleExport) {
      out.push('    ims:');
      if (instance.imsClient) out.push(`      client: ${scalar(instance.imsClient)}`);
      if (instance.consoleExport) out.push(`      console: ${scalar(instance.consoleExport)}`);
      out.push(`      # consoleProject: { orgId: "1234567", projectId: "…", workspaceId: "…", tokenEnv: AIO_ACCESS_TOKEN }   # ${t({ id: 'liveConsole' })}`);
    }
  }
  if (plan.adminConsoleUsers) {
    out.push('adminConsole:', `  users: ${scalar(plan.adminConsoleUsers)}`);
    if (plan.userGroups) out.push(`  userGroups: ${scalar(plan.userGroups)}`);
  }
  out.push(
    '',
    `# ${t({ id: 'liveComment' })}`,
    `# adminConsole:   # ${t({ id: 'liveUmapi' })}`,
    '#   umapi: { orgId: "…@AdobeOrg", clientId: "…", clientSecretEnv: UMAPI_CLIENT_SECRET }',
  );
  return `${out.join('\n')}\n`;
}
