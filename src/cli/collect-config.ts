import { collectFromConfig, type CollectOptions } from '../collectors/collect.js';
import type { WorkspaceConfig } from '../collectors/workspace-config.js';
import type { Lang } from '../i18n/lang.js';
import type { Snapshot } from '../model/snapshot.js';

/** Collects a workspace already read and checked; a live Admin Console read shows its progress at a terminal. */
export async function collectConfig(
  read: WorkspaceConfig,
  instances: string[] | undefined,
  lang: Lang,
  collect: CollectOptions & { adminConsole?: CollectOptions['adminConsole'] | false } = {},
): Promise<Snapshot> {
  const { adminConsole, ...rest } = collect;
  const config = adminConsole === false ? { ...read, adminConsoleUsers: undefined } : read;
  // A live Admin Console read can take minutes (UMAPI throttles): its progress shows at a terminal.
  const onUmapiProgress =
    config.adminConsoleUmapi && !rest.onUmapiProgress ? (await import('./progress-umapi.js')).umapiProgressPrinter(lang) : rest.onUmapiProgress;
  return collectFromConfig(config, {
    ...rest,
    onUmapiProgress,
    ...(adminConsole ? { adminConsole } : {}),
    instances: instances?.length ? instances : undefined,
  });
}
