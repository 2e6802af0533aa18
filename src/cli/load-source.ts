import { existsSync, statSync } from 'node:fs';
import { collectFromConfig, inputFilesOf } from '../collectors/collect.js';
import { loadSnapshot } from '../collectors/snapshot-file.js';
import { readWorkspaceConfig } from '../collectors/workspace-config.js';
import type { Lang } from '../i18n/lang.js';
import type { Snapshot } from '../model/snapshot.js';
import { liveOptionsFrom, type LiveCliOptions } from './live-options.js';
import { assertInstances } from './options.js';

/** A snapshot to work on, and every file read to make it (no output may be written onto one). */
export interface LoadedSource {
  snapshot: Snapshot;
  inputs: string[];
}

/** A saved snapshot (`--save-snapshot`): a JSON file; a workspace is a folder or its YAML file. */
export function isSnapshotFile(target: string): boolean {
  return /\.json$/i.test(target) && existsSync(target) && statSync(target).isFile();
}

/**
 * The snapshot of `target` (a workspace, or a saved snapshot), or of `options.snapshot` when given.
 * Every instance is collected whatever --instance says: a cross-instance rule (a callback pointing
 * to another instance, one IMS endpoint for all) needs the others to judge the asked ones.
 */
export async function loadSource(target: string, options: LiveCliOptions & { snapshot?: string; instances?: string[]; lang: Lang }): Promise<LoadedSource> {
  const file = options.snapshot ?? (isSnapshotFile(target) ? target : undefined);
  if (file !== undefined) {
    const snapshot = await loadSnapshot(file);
    assertInstances(
      options.instances ?? [],
      snapshot.instances.map((instance) => instance.name),
      options.lang,
    );
    return { snapshot, inputs: [file] };
  }
  const config = await readWorkspaceConfig(target);
  assertInstances(
    options.instances ?? [],
    config.instances.map((instance) => instance.name),
    options.lang,
  );
  const snapshot = await collectFromConfig(config, { live: liveOptionsFrom(options, options.lang) });
  return { snapshot, inputs: inputFilesOf(config) };
}
