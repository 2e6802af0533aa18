import { constants, fstatSync, openSync, closeSync, readFileSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from './input-error.js';

/** Larger than any configuration file ims-doctor reads whole; user exports are streamed. */
const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Opened without blocking, so that a named pipe nobody writes to cannot hang the run: the open
 * returns at once and fstat (of what was opened, links resolved) says it is no regular file.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Refuses a folder, a named pipe, a socket or a device (`/dev/zero` would never end). */
export function assertRegular(file: string, info: Stats): void {
  if (info.isDirectory()) throw new InputError(file, { id: 'isFolder', params: { expected: 'file' } });
  if (info.isFile()) return;
  const kind = info.isFIFO() ? 'fifo' : info.isSocket() ? 'socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'device' : 'other';
  throw new InputError(file, { id: 'notRegularFile', params: { kind } });
}

/** Checks, before streaming it, that a path names a regular file (after resolving links). */
export async function assertRegularFile(file: string): Promise<void> {
  try {
    assertRegular(file, await stat(file));
  } catch (error) {
    throw asInputError(file, error);
  }
}

export async function readBytes(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    throw asInputError(file, error);
  }
  try {
    const info = await handle.stat();
    assertRegular(file, info);
    if (info.size > MAX_WHOLE_FILE_BYTES) throw new InputError(file, { id: 'tooLarge', params: { bytes: info.size, limit: MAX_WHOLE_FILE_BYTES } });
    return await handle.readFile();
  } catch (error) {
    throw asInputError(file, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The synchronous twin of readBytes, decoded as UTF-8 (the HAR reader's one read). */
export function readRegularFileSync(file: string, folderAs: 'file' | 'har' = 'file'): string {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw asInputError(file, error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(file, { id: 'isFolder', params: { expected: folderAs } });
    assertRegular(file, info);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export function asInputError(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new InputError(file, { id: 'notFound' });
  if (code === 'EACCES' || code === 'EPERM') return new InputError(file, { id: 'permissionDenied' });
  if (code === 'EISDIR') return new InputError(file, { id: 'isFolder', params: { expected: 'file' } });
  // The code (EMFILE, EIO, …) says it in any language; the system's English message is not quoted.
  return new InputError(file, { id: 'unreadable', params: { code: code ?? null } });
}

/** Refuses binary content: NUL bytes in text formats mean the wrong file was given. */
export function assertText(file: string, bytes: Buffer): void {
  const probe = bytes.subarray(0, 8192);
  const nul = probe.indexOf(0);
  const utf16 = (probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff);
  if (nul !== -1 && !utf16) {
    const before = probe.subarray(0, nul).toString('latin1');
    const line = before.split('\n').length;
    throw new InputError(file, { id: 'binary', params: { format: 'text' } }, line, nul - before.lastIndexOf('\n'));
  }
}

/**
 * Decodes text the way its producer wrote it: a BOM wins; otherwise the XML declaration's
 * encoding (Campaign packages may say ISO-8859-1); otherwise UTF-8, strictly.
 */
export function decodeText(file: string, bytes: Buffer, declaredEncoding?: string): string {
  if (bytes.length === 0) throw new InputError(file, { id: 'empty', params: { what: 'file' } }, 1, 1);
  assertText(file, bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict(file, bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const encoding = (declaredEncoding ?? 'utf-8').toLowerCase();
  if (/^(iso-?8859-1|latin-?1|windows-1252|cp1252)$/.test(encoding)) return new TextDecoder('windows-1252').decode(bytes);
  if (encoding === 'utf-8' || encoding === 'utf8' || encoding === 'us-ascii' || encoding === 'ascii') return decodeStrict(file, bytes, 'utf-8');
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    throw new InputError(file, { id: 'unknownEncoding', params: { encoding: declaredEncoding ?? encoding } }, 1, 1);
  }
}

function decodeStrict(file: string, bytes: Uint8Array, encoding: 'utf-8'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder(encoding).decode(bytes).split('\uFFFD')[0] ?? '';
    const line = good.split('\n').length;
    throw new InputError(file, { id: 'notUtf8', params: { what: 'file' } }, line, good.length - good.lastIndexOf('\n'));
  }
}
