import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Provenance } from '../model/provenance.js';
import { InputError, LineIndex, positionOf } from './input-error.js';
import { decodeText, readBytes } from './read-text.js';

export type JsonNode = Node;

/** Deeper than any export or snapshot nests (they stay under 20); beyond it recursion would end the run. */
export const MAX_JSON_DEPTH = 256;

/** The offset of the first bracket that opens one level too many, or -1: one pass, strings skipped. */
export function tooDeepAt(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote, the first not escaped (an even run of backslashes before it).
      // indexOf jumps over the text of strings (most of a HAR), which a loop per character crawled through.
      const start = i;
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return -1; // never closed: the parser says where
        let backslashes = 0;
        while (i - backslashes - 1 > start && text.charCodeAt(i - backslashes - 1) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** A JSON file parsed strictly into a tree that keeps each value's offset, for file:line provenance. */
export class JsonFile {
  private readonly lines: LineIndex;

  private constructor(
    readonly file: string,
    readonly text: string,
    readonly root: Node,
  ) {
    this.lines = new LineIndex(text);
  }

  static async read(file: string): Promise<JsonFile> {
    return JsonFile.parse(file, decodeText(file, await readBytes(file)));
  }

  /** Strict JSON; a key twice in one object is refused (readers disagree on which one wins). */
  static parse(file: string, text: string): JsonFile {
    if (text.trim() === '') throw new InputError(file, { id: 'empty', params: { what: 'file' } }, 1, 1);
    const deep = tooDeepAt(text);
    if (deep !== -1) {
      const { line, column } = positionOf(text, deep);
      throw new InputError(file, { id: 'tooDeep', params: { limit: MAX_JSON_DEPTH } }, line, column);
    }
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first || !root) {
      const { line, column } = positionOf(text, first?.offset ?? 0);
      throw new InputError(file, { id: 'jsonSyntax', params: { code: first ? printParseErrorCode(first.error) : 'NoValue' } }, line, column);
    }
    const json = new JsonFile(file, text, root);
    json.refuseDuplicateKeys();
    return json;
  }

  private refuseDuplicateKeys(): void {
    const stack: Node[] = [this.root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'object') {
        const seen = new Set<string>();
        for (const property of node.children ?? []) {
          const key = property.children?.[0];
          if (!key) continue;
          const name = String(key.value);
          if (seen.has(name)) {
            const at = this.at(key);
            throw new InputError(this.file, { id: 'jsonDuplicateKey', params: { key: name } }, at.line, at.column);
          }
          seen.add(name);
        }
      }
      for (const child of node.children ?? []) stack.push(child);
    }
  }

  node(path: (string | number)[], from: Node = this.root): Node | undefined {
    return findNodeAtLocation(from, path);
  }

  value(node: Node | undefined): unknown {
    return node ? getNodeValue(node) : undefined;
  }

  at(node: Node | undefined, path?: string): Provenance {
    const { line, column } = this.lines.positionOf(node?.offset ?? 0);
    return { file: this.file, line, column, ...(path ? { path } : {}) };
  }
}
