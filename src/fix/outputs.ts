import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { Snapshot } from '../model/snapshot.js';
import { campaignPackage } from './package-writer.js';
import { ADMIN_CONSOLE_STEPS, outputPaths, planMarkdown, stepsMarkdown } from './render.js';
import { decodeKeepingBytes, serverConfChanges, serverConfPatch } from './server-conf-patch.js';
import type { FixPlan } from './types.js';
import { writeFilesAtomic, type OutputFile } from './write-files.js';

/**
 * Everything `fix --output-dir DIR` writes, as files to write: plan.json, plan.md (in `lang`),
 * campaign/<instance>.xml (the package), server-conf/<instance>.patch and the patched copy
 * server-conf/<instance>.xml, the steps ims-doctor cannot make: ims/<instance>.md (Developer Console
 * and IMS, the values to paste) and admin-console/steps.md. Patch paths are relative to the workspace folder, where
 * `patch -p0` / `git apply -p0` is run.
 */
export async function fixOutputs(plan: FixPlan, snapshot: Snapshot, options: { lang: Lang; read?: (file: string) => Promise<Buffer> }): Promise<OutputFile[]> {
  const read = options.read ?? ((file: string) => readFile(file));
  const now = new Date(plan.createdAt);
  const files: OutputFile[] = [
    { path: 'plan.json', content: `${JSON.stringify(plan, null, 2)}\n` },
    { path: 'plan.md', content: planMarkdown(plan, options.lang) },
  ];
  const adminSteps = stepsMarkdown(plan, 'adminConsole', null, options.lang);
  if (adminSteps !== undefined) files.push({ path: ADMIN_CONSOLE_STEPS, content: adminSteps });
  const workspaceFolder = path.resolve(path.dirname(snapshot.workspace.file));
  for (const instance of snapshot.instances) {
    const paths = outputPaths(instance.name);
    const campaign = instance.campaign.state === 'ok' ? instance.campaign.data : undefined;
    const xml = campaignPackage(plan.changes, { instance: instance.name, now, lang: options.lang, campaign });
    if (xml !== undefined) files.push({ path: paths.package, content: xml });
    const imsSteps = stepsMarkdown(plan, 'ims', instance.name, options.lang);
    if (imsSteps !== undefined) files.push({ path: paths.ims, content: imsSteps });

    const conf = instance.serverConf.state === 'ok' ? instance.serverConf.data : undefined;
    const changes = conf
      ? serverConfChanges(
          plan.changes.filter((change) => change.instance === instance.name),
          conf.source,
        )
      : [];
    if (!conf || changes.length === 0) continue;
    // From a saved snapshot the serverConf file may not be on this machine: the plan still says the change, without a patch.
    const bytes = await read(conf.source).catch(() => undefined);
    if (bytes === undefined) continue;
    const { text, encoding } = decodeKeepingBytes(bytes);
    const relative = path.relative(workspaceFolder, path.resolve(conf.source)).split(path.sep).join('/');
    const result = serverConfPatch({ path: relative, text }, changes);
    if (!result) continue;
    files.push({ path: paths.patch, content: Buffer.from(result.patch, encoding) }, { path: paths.patched, content: Buffer.from(result.patched, encoding) });
  }
  return files;
}

/** Writes the plan's files under `folder`, each atomically; returns the paths written. */
export async function writeFixDirectory(folder: string, plan: FixPlan, snapshot: Snapshot, lang: Lang): Promise<string[]> {
  return writeFilesAtomic(folder, await fixOutputs(plan, snapshot, { lang }));
}
