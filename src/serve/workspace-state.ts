import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { collectFromConfig, inputFilesOf, type LiveCollectOptions } from '../collectors/collect.js';
import { readWorkspaceConfig, type WorkspaceConfig } from '../collectors/workspace-config.js';
import { runRules } from '../engine/run-rules.js';
import type { Lang } from '../i18n/lang.js';
import { InputError } from '../inputs/input-error.js';
import type { CheckResult } from '../model/finding.js';
import type { Snapshot } from '../model/snapshot.js';
import { RULES } from '../rules/index.js';
import { PeopleIndex } from './people-index.js';

/** Saves in an editor come as bursts of events (write, rename, chmod): one reload after the last. */
const WATCH_DEBOUNCE_MS = 300;

export type RunPhase = 'idle' | 'reading' | 'probing' | 'checking' | 'done' | 'failed';

export interface RunProgress {
  /** Bumped by every completed collection (a re-run or a change on disk): the page reloads what it shows. */
  version: number;
  phase: RunPhase;
  /** When the last collection ended (ISO), or null before the first. */
  at: string | null;
  /** Why the last collection failed (the workspace file itself could not be read), in both languages. */
  error: { en: string; ko: string } | null;
  probed: boolean;
}

export interface Loaded {
  config: WorkspaceConfig;
  snapshot: Snapshot;
  people: PeopleIndex | null;
}

/**
 * The workspace the server shows: read once with every Admin Console user (indexed for the explain
 * search), checked per language on demand, read again on a re-run or when one of its files
 * changes. Collection, rules and probes are the CLI's own functions.
 */
export class WorkspaceState {
  private loaded: Loaded | null = null;
  private readonly results = new Map<Lang, CheckResult>();
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<(progress: RunProgress) => void>();
  readonly progress: RunProgress = { version: 0, phase: 'idle', at: null, error: null, probed: false };

  constructor(
    readonly target: string,
    private readonly live: LiveCollectOptions,
    /** `serve --probe`: a re-run may probe IMS and the callbacks live. */
    readonly probeAllowed: boolean,
  ) {}

  get current(): Loaded | null {
    return this.loaded;
  }

  /** The folder the workspace file is in: nothing outside it is ever read on a request. */
  get folder(): string | null {
    return this.loaded ? path.dirname(path.resolve(this.loaded.config.file)) : null;
  }

  onProgress(listener: (progress: RunProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(phase: RunPhase, extra: Partial<RunProgress> = {}): void {
    Object.assign(this.progress, { phase }, extra);
    for (const listener of this.listeners) listener({ ...this.progress });
  }

  /** Collects again (one at a time: a second request joins the running one). */
  run(options: { probe?: boolean } = {}): Promise<void> {
    this.running ??= this.collect(options.probe === true && this.probeAllowed).finally(() => (this.running = null));
    return this.running;
  }

  private async collect(probe: boolean): Promise<void> {
    this.set('reading');
    try {
      const config = await readWorkspaceConfig(this.target);
      // Names arrive while the export streams (the plane keeps none); the index is built on the plane once read.
      const names: string[] = [];
      const snapshot = await collectFromConfig(config, {
        live: this.live,
        adminConsole: { onNames: (index, first, last) => (names[index] = first && last ? `${first} ${last}` : first || last) },
      });
      const people = snapshot.adminConsole.state === 'ok' ? new PeopleIndex(snapshot.adminConsole.data, names).build() : null;
      if (probe) {
        this.set('probing');
        await (await import('../probes/run-probes.js')).runProbes(snapshot, config, this.live);
      }
      this.set('checking');
      this.loaded = { config, snapshot, people };
      this.results.clear();
      this.watchInputs(config);
      this.set('done', { version: this.progress.version + 1, at: new Date().toISOString(), error: null, probed: probe });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.set('failed', { version: this.progress.version + 1, at: new Date().toISOString(), error: { en: error.text('en'), ko: error.text('ko') } });
    }
  }

  /** The check, in a language, as `check` computes it. */
  result(lang: Lang): CheckResult | null {
    if (!this.loaded) return null;
    let result = this.results.get(lang);
    if (!result) {
      result = runRules(this.loaded.snapshot, RULES, { lang, ignore: [] });
      this.results.set(lang, result);
    }
    return result;
  }

  /** Watches the folders of the workspace's inputs; a change reads everything again, once the burst is over. */
  private watchInputs(config: WorkspaceConfig): void {
    this.stopWatching();
    const files = new Set([path.resolve(config.file), ...inputFilesOf(config).map((file) => path.resolve(file))]);
    const folders = new Set([...files].map((file) => path.dirname(file)));
    for (const folder of folders) {
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          if (name !== null && !files.has(path.join(folder, name.toString()))) return;
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.run().catch(() => undefined), WATCH_DEBOUNCE_MS);
        });
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch {
        // A folder that cannot be watched (gone, or no inotify left): a re-run from the page still reads it.
      }
    }
  }

  private stopWatching(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }

  close(): void {
    clearTimeout(this.timer);
    this.stopWatching();
    this.listeners.clear();
  }
}
