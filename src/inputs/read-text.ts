import { readFile, stat } from 'node:fs/promises';
import { InputError } from './input-error.js';

/** Larger than any configuration file ims-doctor reads whole; user exports are streamed. */
const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

export async function readBytes(file: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(file, { id: 'isFolder', params: { expected: 'file' } });
    size = info.size;
  } catch (error) {
    throw asInputError(file, error);
  }
  if (size > MAX_WHOLE_FILE_BYTES) throw new InputError(file, { id: 'tooLarge', params: { bytes: size, limit: MAX_WHOLE_FILE_BYTES } });
  try {
    return await readFile(file);
  } catch (error) {
    throw asInputError(file, error);
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
