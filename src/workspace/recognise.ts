import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { ADMIN_CONSOLE_COLUMNS } from '../domain/facts.js';

/** What a file of a support case holds, told from its content (never from its name alone). */
export type FileKind = 'package' | 'serverConf' | 'imsClient' | 'consoleExport' | 'adminConsoleUsers' | 'userGroups' | 'workspace' | 'har' | 'unknown';

export interface RecognisedFile {
  /** Relative to the folder, with `/`. */
  file: string;
  kind: FileKind;
}

/** Enough of a file to tell what it is: an export's root element, a CSV header, a YAML or JSON document's keys. */
const SNIFF_BYTES = 64 * 1024;
/** A folder of a support case, not a disk: deeper or larger trees are not walked further. */
const MAX_DEPTH = 5;
const MAX_FILES = 2000;

/** Every regular file under `folder` (hidden entries and node_modules left out), sorted, at most MAX_FILES. */
export async function listFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (found.length >= MAX_FILES) return;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await walk(full, depth + 1);
      else if (entry.isFile()) found.push(path.relative(folder, full).split(path.sep).join('/'));
    }
  };
  await walk(folder, 0);
  return found;
}

async function head(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    // latin1 keeps every byte: enough to read ASCII markup and headers of either encoding.
    return buffer
      .subarray(0, bytesRead)
      .toString('latin1')
      .replace(/^\u00ef\u00bb\u00bf/, '');
  } finally {
    await handle.close();
  }
}

/** What one file is, from its first 64 KB. */
export async function recogniseFile(folder: string, file: string): Promise<FileKind> {
  let text: string;
  try {
    text = await head(path.join(folder, file));
  } catch {
    return 'unknown';
  }
  if (text.includes('\u0000')) return 'unknown';
  const start = text.trimStart();
  if (start.startsWith('<')) {
    // The first element after the declaration, comments and doctype.
    const root = /^(?:\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->|\s*<![^>]*>)*\s*<([A-Za-z_][\w:.-]*)/.exec(start)?.[1]?.toLowerCase();
    if (root === 'package') return 'package';
    if (root === 'serverconf') return 'serverConf';
    return 'unknown';
  }
  if (start.startsWith('{')) {
    if (/"project"\s*:/.test(text) && /"credentials"\s*:/.test(text)) return 'consoleExport';
    if (/"log"\s*:/.test(text) && /"entries"\s*:/.test(text)) return 'har';
    return 'unknown';
  }
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  const columns = firstLine.split(/[,;]/).map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  if (
    columns.includes(ADMIN_CONSOLE_COLUMNS.email.toLowerCase()) &&
    (columns.includes(ADMIN_CONSOLE_COLUMNS.profiles.toLowerCase()) || columns.includes(ADMIN_CONSOLE_COLUMNS.userGroups.toLowerCase()))
  )
    return 'adminConsoleUsers';
  return yamlKind(text);
}

function yamlKind(text: string): FileKind {
  // A file cut at SNIFF_BYTES may end mid-value; its keys are still read.
  const document = parseDocument(text, { uniqueKeys: false });
  const root = document.contents;
  if (!isMap(root) || root.items.length === 0) return 'unknown';
  const keys = root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  if (keys.includes('instances')) return 'workspace';
  if (keys.includes('clientId') && (keys.includes('redirectUriPatterns') || keys.includes('endpoint') || keys.includes('scopes'))) return 'imsClient';
  // User group → its profiles: every value a list of names or one comma-separated text.
  const mapsGroups = root.items.every((pair) => isSeq(pair.value) || (isScalar(pair.value) && typeof pair.value.value === 'string'));
  if (mapsGroups && root.items.some((pair) => isSeq(pair.value))) return 'userGroups';
  return 'unknown';
}
