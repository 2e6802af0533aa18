import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder (same file
 * system), is flushed, then renamed over the target, so a reader never sees half a plan or half a
 * package, and an interrupted run leaves the previous file as it was.
 */
export async function writeFileAtomic(file: string, content: string | Buffer): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface OutputFile {
  /** Relative to the output folder. */
  path: string;
  content: string | Buffer;
}

/** Writes each file under `folder`, atomically one by one; refuses a path that leaves the folder. */
export async function writeFilesAtomic(folder: string, files: readonly OutputFile[]): Promise<string[]> {
  const root = path.resolve(folder);
  const written: string[] = [];
  for (const file of files) {
    const target = path.resolve(root, file.path);
    if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`refusing to write outside ${folder}: ${file.path}`);
    await writeFileAtomic(target, file.content);
    written.push(target);
  }
  return written;
}
