import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CollectOptions } from '../collectors/collect.js';
import { collectConfig } from './collect-config.js';
import { loadSnapshot } from '../collectors/snapshot-file.js';
import { readWorkspaceConfig, WORKSPACE_FILE_NAME, type WorkspaceConfig } from '../collectors/workspace-config.js';
import type { Snapshot } from '../model/snapshot.js';
import { dxText } from '../i18n/diagnose.js';
import type { Lang } from '../i18n/lang.js';
import { UsageError } from './exit.js';
import { assertInstances, interactiveDefault, useColor } from './options.js';

/** Options every symptom-first command takes (explain, triage, har, logs). */
export interface DiagnoseOptions {
  format?: string;
  lang?: string;
  instance?: string[];
  /** Replay a snapshot saved by `check --save-snapshot` instead of reading a workspace (support's view of a customer's state). */
  snapshot?: string;
}

export type DiagnoseFormat = 'text' | 'json';

/** text at a terminal, json when piped (as `check` does); these commands render no other format. */
export function resolveDiagnoseFormat(value: string | undefined, lang: Lang): DiagnoseFormat {
  if (value === undefined) return interactiveDefault();
  const format = value.trim().toLowerCase();
  if (format === 'text' || format === 'json') return format;
  throw new UsageError(dxText(lang, { id: 'formatInvalid', params: { format: value } }));
}

/** True when `target` is a workspace: a folder holding ims-doctor.yaml, or a YAML file. */
export function isWorkspace(target: string): boolean {
  const resolved = path.resolve(target);
  if (!existsSync(resolved)) return false;
  if (statSync(resolved).isDirectory()) return existsSync(path.join(resolved, WORKSPACE_FILE_NAME));
  return /\.ya?ml$/i.test(resolved);
}

/**
 * The workspace an optional last argument names; without one, the current folder when it holds an
 * ims-doctor.yaml; otherwise none (the command then works from the symptom alone).
 */
export function optionalWorkspace(argument: string | undefined): string | undefined {
  if (argument !== undefined) return argument;
  return existsSync(WORKSPACE_FILE_NAME) ? '.' : undefined;
}

export interface LoadedWorkspace {
  config: WorkspaceConfig;
  snapshot: Snapshot;
}

/**
 * The state a symptom-first command works on: the saved snapshot of `--snapshot` (the workspace
 * argument is then not read), else the workspace collected; undefined when neither is given.
 * `workspace` is the file the state came from, as reports name it.
 */
export async function loadState(
  target: string | undefined,
  options: DiagnoseOptions,
  lang: Lang,
  collect: CollectOptions & { adminConsole?: CollectOptions['adminConsole'] | false } = {},
): Promise<{ snapshot: Snapshot; workspace: string } | undefined> {
  if (options.snapshot !== undefined) {
    const snapshot = await loadSnapshot(options.snapshot);
    if (options.instance?.length)
      assertInstances(
        options.instance,
        snapshot.instances.map((instance) => instance.name),
        lang,
      );
    return { snapshot, workspace: snapshot.workspace.file };
  }
  if (target === undefined) return undefined;
  const { config, snapshot } = await loadWorkspace(target, options.instance, lang, collect);
  return { snapshot, workspace: config.file };
}

/**
 * Reads a workspace (exit 2 on a bad workspace file or an unknown --instance) and collects it.
 * `adminConsole: false` leaves the user export unread when the command needs no person.
 */
export async function loadWorkspace(
  target: string,
  instances: string[] | undefined,
  lang: Lang,
  collect: CollectOptions & { adminConsole?: CollectOptions['adminConsole'] | false } = {},
): Promise<LoadedWorkspace> {
  const read = await readWorkspaceConfig(target);
  if (instances?.length)
    assertInstances(
      instances,
      read.instances.map((instance) => instance.name),
      lang,
    );
  return { config: read, snapshot: await collectConfig(read, instances, lang, collect) };
}

/** Writes a command's result: its data as JSON, or the text view. Views never decide anything. */
export function writeDiagnosis<T>(result: T, format: DiagnoseFormat, renderText: (result: T, options: { color: boolean }) => string): void {
  process.stdout.write(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderText(result, { color: useColor() }));
}
