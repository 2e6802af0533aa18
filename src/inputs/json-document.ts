import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Provenance } from '../model/provenance.js';
import { InputError, positionOf } from './input-error.js';
import { decodeText, readBytes } from './read-text.js';

export type JsonNode = Node;

/** A JSON file parsed strictly into a tree that keeps each value's offset, for file:line provenance. */
export class JsonFile {
  private constructor(
    readonly file: string,
    readonly text: string,
    readonly root: Node,
  ) {}

  static async read(file: string): Promise<JsonFile> {
    return JsonFile.parse(file, decodeText(file, await readBytes(file)));
  }

  static parse(file: string, text: string): JsonFile {
    if (text.trim() === '') throw new InputError(file, { id: 'empty', params: { what: 'file' } }, 1, 1);
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first || !root) {
      const { line, column } = positionOf(text, first?.offset ?? 0);
      throw new InputError(file, { id: 'jsonSyntax', params: { code: first ? printParseErrorCode(first.error) : 'NoValue' } }, line, column);
    }
    return new JsonFile(file, text, root);
  }

  node(path: (string | number)[], from: Node = this.root): Node | undefined {
    return findNodeAtLocation(from, path);
  }

  value(node: Node | undefined): unknown {
    return node ? getNodeValue(node) : undefined;
  }

  at(node: Node | undefined, path?: string): Provenance {
    const { line, column } = positionOf(this.text, node?.offset ?? 0);
    return { file: this.file, line, column, ...(path ? { path } : {}) };
  }
}
