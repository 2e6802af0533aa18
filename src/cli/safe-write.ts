import { randomBytes } from 'node:crypto';
import { lstatSync, statSync, unlinkSync } from 'node:fs';
import { lstat, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { securityText } from '../security/messages.js';
import { UsageError } from './exit.js';

/**
 * Every file ims-doctor writes (reports, snapshots, sanitized HAR copies) goes through here:
 * - never onto a file the run reads (compared by device and inode, so a hard link, a symbolic
 *   link or another spelling of the path is caught);
 * - never through a symbolic link at the target;
 * - atomically: a temporary file in the same folder, then a rename, so an interrupted run leaves
 *   the old file or the new one, never a truncated one;
 * - a set of files is written all or none (every temporary file is complete before the first rename).
 * Refusals are usage errors: exit 2 with one sentence.
 */

export interface PlannedWrite {
  file: string;
  /** A Buffer is written byte for byte (a Latin-1 serverConf patch). */
  content: string | Buffer;
}

export interface WriteOptions {
  /** The files the run read (any path; unreadable ones are ignored). */
  inputs: readonly string[];
  lang: Lang;
  /** Create missing folders (reports) rather than refusing (snapshots). */
  makeFolders?: boolean;
}

/** Temporary files not yet renamed: removed if the process ends on the way. */
const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const file of pending) {
      try {
        unlinkSync(file);
      } catch {
        /* already gone */
      }
    }
  });
}

/** `dev:ino` of each input that exists. */
export function inputIdentities(inputs: readonly string[]): Set<string> {
  const identities = new Set<string>();
  for (const input of inputs) {
    try {
      const info = statSync(input);
      identities.add(`${info.dev}:${info.ino}`);
    } catch {
      /* an input that does not exist cannot be overwritten */
    }
    try {
      // The link itself, too: replacing it would lose what the user pointed at.
      const info = lstatSync(input);
      identities.add(`${info.dev}:${info.ino}`);
    } catch {
      /* ignored */
    }
  }
  return identities;
}

/** Refuses a target that is an input, a link or a folder; undefined when it may be written. */
async function checkTarget(file: string, identities: Set<string>, lang: Lang, makeFolders: boolean): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  let link;
  try {
    link = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw failed(file, error, lang);
  }
  if (link) {
    if (link.isSymbolicLink()) throw new UsageError(securityText(lang, { id: 'writeOntoLink', params: { file } }));
    if (link.isDirectory()) throw new UsageError(securityText(lang, { id: 'writeOntoFolder', params: { file } }));
    if (identities.has(`${link.dev}:${link.ino}`)) throw new UsageError(securityText(lang, { id: 'writeOntoInput', params: { file } }));
  }
  if (makeFolders) {
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw failed(file, error, lang);
    }
  }
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new UsageError(securityText(lang, { id: 'writeNoFolder', params: { file, folder } }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new UsageError(securityText(lang, { id: 'writeNoFolder', params: { file, folder } }));
    }
    throw failed(file, error, lang);
  }
}

function failed(file: string, error: unknown, lang: Lang): UsageError {
  return new UsageError(securityText(lang, { id: 'writeFailed', params: { file, error: (error as NodeJS.ErrnoException).code ?? 'EIO' } }));
}

/** Writes every planned file, or none of them; see the module comment. */
export async function writeFilesSafely(writes: readonly PlannedWrite[], options: WriteOptions): Promise<void> {
  installCleanup();
  const identities = inputIdentities(options.inputs);
  for (const write of writes) await checkTarget(write.file, identities, options.lang, options.makeFolders ?? false);
  const temporaries: { temporary: string; file: string }[] = [];
  try {
    for (const write of writes) {
      const folder = path.dirname(path.resolve(write.file));
      const temporary = path.join(folder, `.${path.basename(write.file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      pending.add(temporary);
      temporaries.push({ temporary, file: write.file });
      // 'wx': created here, never an existing file or a link someone placed at that name.
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(write.content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await discard(temporaries);
    throw error instanceof UsageError ? error : failed(temporaries.at(-1)?.file ?? writes[0]?.file ?? '', error, options.lang);
  }
  for (const { temporary, file } of temporaries) {
    try {
      await rename(temporary, file);
      pending.delete(temporary);
    } catch (error) {
      await discard(temporaries.filter((entry) => pending.has(entry.temporary)));
      throw failed(file, error, options.lang);
    }
  }
}

async function discard(temporaries: readonly { temporary: string }[]): Promise<void> {
  for (const { temporary } of temporaries) {
    await unlink(temporary).catch(() => undefined);
    pending.delete(temporary);
  }
}
