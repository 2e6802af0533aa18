import type { ChangeDraft, UrlEntryValue } from './types.js';
import { xmlAttribute } from './package-writer.js';
import { splitLines, unifiedDiff } from './unified-diff.js';

/**
 * The serverConf.xml (or config-<instance>.xml) changes of a plan as a patched copy and a unified
 * diff, applicable from the workspace folder with `patch -p0` or `git apply -p0`. The text is
 * edited line by line, keeping its line endings, indentation and everything else as written; the
 * original file is never touched (the caller writes the copy elsewhere).
 */

export interface ServerConfText {
  /** The path written in the diff headers: the file relative to the folder the patch is applied from. */
  path: string;
  text: string;
}

export interface ServerConfPatch {
  patch: string;
  patched: string;
}

export class PatchError extends Error {}

/** The serverConf changes of one file, in plan order. */
export function serverConfChanges(changes: readonly ChangeDraft[], source: string): ChangeDraft[] {
  return changes.filter((change) => change.plane === 'serverConf' && change.target === source);
}

/** Comments and CDATA blanked out (same length, newlines kept), so searches see only markup. */
function markupOnly(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (block) => block.replace(/[^\n]/g, ' '));
}

function lineIndexAt(lines: readonly string[], offset: number): number {
  let position = 0;
  for (let index = 0; index < lines.length; index++) {
    position += lines[index]!.length;
    if (offset < position) return index;
  }
  return lines.length - 1;
}

const indentOf = (line: string): string => /^[ \t]*/.exec(line)?.[0] ?? '';

function addUrl(text: string, entry: UrlEntryValue): string {
  const lines = splitLines(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const markup = markupOnly(text);
  const element = `<url dnsSuffix="${xmlAttribute(entry.dnsSuffix)}" urlRegEx="${xmlAttribute(entry.urlRegEx)}"/>`;
  const open = /<urlPermission\b[^>]*?(\/?)>/.exec(markup);
  if (!open) {
    // No urlPermission at all: add one inside <shared>, with the default action left to the server.
    const close = /<\/shared\s*>/.exec(markup);
    if (!close) throw new PatchError('serverConf has neither <urlPermission> nor <shared>');
    const at = lineIndexAt(lines, close.index);
    const indent = indentOf(lines[at]!);
    const inner = `${indent}  `;
    lines.splice(at, 0, `${inner}<urlPermission>${eol}`, `${inner}  ${element}${eol}`, `${inner}</urlPermission>${eol}`);
    return lines.join('');
  }
  const openLine = lineIndexAt(lines, open.index);
  const indent = indentOf(lines[openLine]!);
  if (open[1] === '/') {
    // <urlPermission …/>: open it, add the entry, close it.
    const line = lines[openLine]!;
    const column = open.index - lines.slice(0, openLine).join('').length;
    const tag = line.slice(column, column + open[0].length);
    const before = line.slice(0, column);
    const after = line.slice(column + tag.length);
    lines.splice(
      openLine,
      1,
      `${before}${tag.replace(/\s*\/>$/, '>')}${eol}`,
      `${indent}  ${element}${eol}`,
      `${indent}</urlPermission>${after.trim() === '' ? eol : after}`,
    );
    return lines.join('');
  }
  const closeMatch = /<\/urlPermission\s*>/.exec(markup.slice(open.index));
  if (!closeMatch) throw new PatchError('serverConf has an unclosed <urlPermission>');
  const closeLine = lineIndexAt(lines, open.index + closeMatch.index);
  if (closeLine === openLine) throw new PatchError('<urlPermission> is written on one line');
  // After the last <url> entry, with its indentation; else inside the element, one step in.
  const body = markup.slice(open.index, open.index + closeMatch.index);
  let lastUrl = -1;
  for (const match of body.matchAll(/<url\b[^>]*>/g)) lastUrl = lineIndexAt(lines, open.index + match.index);
  const after = lastUrl !== -1 ? lastUrl : openLine;
  const entryIndent = lastUrl !== -1 ? indentOf(lines[lastUrl]!) : `${indent}  `;
  lines.splice(after + 1, 0, `${entryIndent}${element}${eol}`);
  return lines.join('');
}

function setRedirectionOrgId(text: string, to: string, line: number | undefined): string {
  const lines = splitLines(text);
  const pattern = /(\bIMSOrgId\s*=\s*)(["'])([^"']*)\2/;
  const markup = splitLines(markupOnly(text));
  const candidates =
    line !== undefined && pattern.test(markup[line - 1] ?? '')
      ? [line - 1]
      : markup.flatMap((item, index) => (/<redirection\b/.test(item) || pattern.test(item) ? [index] : []));
  const index = candidates.find((candidate) => pattern.test(markup[candidate] ?? ''));
  if (index === undefined) throw new PatchError('serverConf has no <redirection IMSOrgId="…">');
  lines[index] = lines[index]!.replace(pattern, (_, head: string, quote: string) => `${head}${quote}${xmlAttribute(to)}${quote}`);
  return lines.join('');
}

/** The patched text and the diff; undefined when there is no change for this file. */
export function serverConfPatch(file: ServerConfText, changes: readonly ChangeDraft[]): ServerConfPatch | undefined {
  let patched = file.text;
  // Edits in place first, while the lines the snapshot recorded are still where they were; insertions after.
  const ordered = [...changes].sort((a, b) => Number(a.record === 'urlPermission') - Number(b.record === 'urlPermission'));
  for (const change of ordered) {
    if (change.record === 'urlPermission' && change.op === 'add' && change.to !== null && typeof change.to === 'object' && !Array.isArray(change.to)) {
      patched = addUrl(patched, change.to);
    } else if (change.record === 'redirection' && change.op === 'set' && typeof change.to === 'string') {
      patched = setRedirectionOrgId(patched, change.to, change.at?.line);
    }
  }
  if (patched === file.text) return undefined;
  return { patch: unifiedDiff(file.path, file.text, patched), patched };
}

/** Reads a file's bytes as text that writes back to the same bytes: UTF-8 when it is valid UTF-8, else Latin-1. */
export function decodeKeepingBytes(bytes: Buffer): { text: string; encoding: 'utf8' | 'latin1' } {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? { text, encoding: 'utf8' } : { text: bytes.toString('latin1'), encoding: 'latin1' };
}
